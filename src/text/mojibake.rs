//! Mojibake: text that went through the wrong decoder (UTF-8 read as GBK or Latin-1, GBK
//! read one byte out of step). The repair issue fills in the detectors; until then the
//! pass proposes nothing and the stage only warns when it sees the marks of lost bytes.

use super::Fix;

pub fn fixes(_text: &str) -> Vec<Fix> {
    Vec::new()
}

/// A warning when the text still holds the replacement marks of lost bytes (锟斤拷, U+FFFD,
/// or `?` glued between Han characters).
pub fn lost_text_warning(text: &str) -> Option<String> {
    let mut count = 0usize;
    let mut prev = '\0';
    for c in text.chars() {
        if c == '\u{FFFD}' || (c == '?' && super::is_han(prev)) {
            count += 1;
        }
        prev = c;
    }
    count += text.matches("锟斤拷").count();
    (count > 0).then(|| format!("{count} place(s) where characters were lost in a wrong decoding could not be repaired"))
}
