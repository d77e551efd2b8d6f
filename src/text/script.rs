//! Simplified/traditional: detection of the input's script, the char-for-char fold to
//! simplified that dictionaries match on, and conversion of output strings.
//!
//! The fold keeps byte offsets: a character is folded only to one of the same UTF-8 length.

use crate::model::{Convert, Script};

/// Simplified form of one character, or the character itself.
pub fn fold_char(c: char) -> char {
    c
}

/// `text` folded to simplified, char for char, with the same byte offsets.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let f = fold_char(c);
            if f.len_utf8() == c.len_utf8() {
                f
            } else {
                c
            }
        })
        .collect()
}

/// The script of the Han text.
pub fn detect(_text: &str) -> Script {
    Script::None
}

/// `s` in the requested script.
pub fn convert(s: &str, to: Convert) -> String {
    match to {
        Convert::None | Convert::Simplified | Convert::Traditional => s.to_string(),
    }
}
