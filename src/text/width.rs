//! Width and invisible characters: CRLF and lone CR become LF; zero-width and control
//! characters are removed; full-width ASCII letters and digits (１９９８, ＡＢＣ) and the
//! ideographic space become their ASCII forms so that every later stage matches one form.
//! Full-width Chinese punctuation (，。：) is the normal form and stays.

use super::Fix;
use crate::model::RepairKind;

/// Full-width ASCII variants (U+FF01..U+FF5E) that are letters or digits.
fn fold_fullwidth(c: char) -> Option<char> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

/// Characters that carry no text: C0/C1 controls other than tab and newline, zero-width
/// marks, the BOM, bidi controls, and lone surrogate replacements are left alone (U+FFFD
/// is visible and means something was lost).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        | '\u{200B}'..='\u{200F}' // zero width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' // word joiner, bidi isolates
        | '\u{FEFF}' // BOM / zero width no-break space
        | '\u{AD}') // soft hyphen
}

pub fn fixes(text: &str) -> Vec<Fix> {
    let mut out: Vec<Fix> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                out.push(Fix::new(i..end, "", RepairKind::Whitespace));
            } else {
                out.push(Fix::new(i..end, "\n", RepairKind::Whitespace));
            }
        } else if c == '\u{3000}' {
            out.push(Fix::new(i..end, " ", RepairKind::Width));
        } else if is_invisible(c) {
            out.push(Fix::new(i..end, "", RepairKind::ControlChar));
        } else if let Some(a) = fold_fullwidth(c) {
            // A run of full-width characters is one repair.
            match out.last_mut() {
                Some(last) if last.kind == RepairKind::Width && last.range.end == i && !last.replacement.is_empty() && last.replacement != " " => {
                    last.range.end = end;
                    last.replacement.push(a);
                }
                _ => out.push(Fix::new(i..end, a.to_string(), RepairKind::Width)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::repair;

    #[test]
    fn folds_width_and_drops_invisibles() {
        let s = "\u{FEFF}１９９８年\u{200B}４月\r\n第二行\r第三行";
        let c = repair(s);
        assert_eq!(c.text, "1998年4月\n第二行\n第三行");
        let w: Vec<_> = c.repairs.iter().map(|r| (r.original.as_str(), r.replacement.as_str())).collect();
        assert!(w.contains(&("１９９８", "1998")), "{w:?}");
    }
}
