//! Stage 1, repair: turns the pasted string into clean text plus an [`OffsetMap`] back to
//! the input.
//!
//! Each pass looks at the text left by the passes before it and proposes [`Fix`]es; the
//! driver applies them as one layer of the offset map and records each as a [`Repair`] in
//! input coordinates. A pass that finds nothing costs one scan and no copy.

pub mod mojibake;
pub mod offsets;
pub mod pinyin;
pub mod script;
pub mod tables;
pub mod width;

use crate::model::{Repair, RepairKind, Script};
use offsets::{apply_edits, Edit, OffsetMap};
use std::ops::Range;

/// One change a pass proposes, in the coordinates of the text the pass was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub range: Range<usize>,
    pub replacement: String,
    pub kind: RepairKind,
    /// For a guessed character: how sure the pass is.
    pub confidence: Option<f32>,
}

impl Fix {
    pub fn new(range: Range<usize>, replacement: impl Into<String>, kind: RepairKind) -> Self {
        Fix { range, replacement: replacement.into(), kind, confidence: None }
    }
}

/// What the text stage hands on.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// The repaired text.
    pub text: String,
    /// `text` folded char for char to simplified Chinese, with the same byte offsets;
    /// dictionaries match on it.
    pub fold: String,
    /// Repaired-text byte offsets to input byte offsets.
    pub map: OffsetMap,
    /// Every change, with input byte offsets.
    pub repairs: Vec<Repair>,
    pub warnings: Vec<String>,
    pub script: Script,
}

/// The passes, in order. Each takes the current text and proposes sorted, non-overlapping
/// fixes.
///
/// Invisible characters that no mis-decoding produces go first, so they cannot split a
/// garbled run or a reading. Mojibake comes next: it reads the bytes behind C1 controls
/// and no-break spaces (which the width pass would drop) and uses pinyin readings as
/// evidence for lost characters.
const PASSES: &[fn(&str) -> Vec<Fix>] = &[width::invisible_fixes, mojibake::fixes, width::fixes, pinyin::fixes];

/// Rounds of all the passes at most (each round after the first only when the one before
/// changed something).
const ROUNDS: usize = 3;

/// Runs every repair pass over `input`.
pub fn repair(input: &str) -> Cleaned {
    let mut map = OffsetMap::new();
    let mut repairs = Vec::new();
    let mut text: Option<String> = None;
    // A later pass can make work for an earlier one (dropped controls or a removed reading
    // join two characters into mojibake), so the passes run again while they find
    // something: the repaired text then needs no repair. Clean text takes one round.
    for _round in 0..ROUNDS {
        let mut changed = false;
        for pass in PASSES {
            let current: &str = text.as_deref().unwrap_or(input);
            let fixes = pass(current);
            if fixes.is_empty() {
                continue;
            }
            changed = true;
            for f in &fixes {
                let r = map.map_range(f.range.clone());
                repairs.push(Repair {
                    start: r.start,
                    end: r.end,
                    kind: f.kind,
                    original: input.get(r.clone()).unwrap_or_default().to_string(),
                    replacement: f.replacement.clone(),
                    confidence: f.confidence,
                });
            }
            let edits: Vec<Edit> =
                fixes.into_iter().map(|f| Edit { range: f.range, replacement: f.replacement }).collect();
            let (next, layer) = apply_edits(current, &edits);
            map.push(layer);
            text = Some(next);
        }
        if !changed {
            break;
        }
    }
    let text = text.unwrap_or_else(|| input.to_string());
    crate::pipeline::sort_by_span(&mut repairs, |r| (r.start, r.end));
    let mut warnings = Vec::new();
    for r in repairs.iter().filter(|r| r.kind == RepairKind::Mojibake) {
        if let Some(c) = r.confidence {
            warnings.push(format!(
                "guessed lost characters: \"{}\" repaired as \"{}\" (confidence {:.2})",
                r.original, r.replacement, c
            ));
        }
    }
    if let Some(w) = mojibake::lost_text_warning(&text) {
        warnings.push(w);
    }
    let fold = script::fold(&text);
    let script = script::detect(&text);
    Cleaned { text, fold, map, repairs, warnings, script }
}

/// True for the characters of the CJK Unified Ideographs blocks (BMP and astral).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'   // URO
        | '\u{3400}'..='\u{4DBF}' // Ext A
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{20000}'..='\u{3134F}' // Ext B..H
        | '〇')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_untouched() {
        let s = "2024年，鞍山钢铁无偿帮扶投入1830万元，完成帮扶项目15个。";
        let c = repair(s);
        assert_eq!(c.text, s);
        assert!(c.repairs.is_empty());
        assert!(c.map.is_identity());
    }

    #[test]
    fn repairs_point_at_the_input() {
        let s = "投入1830萬(wàn)元\r\n完成";
        let c = repair(s);
        assert_eq!(c.text, "投入1830萬元\n完成");
        for r in &c.repairs {
            assert_eq!(&s[r.start..r.end], r.original);
        }
        assert!(c.repairs.iter().any(|r| r.kind == RepairKind::PinyinAnnotation && r.original == "(wàn)"));
    }
}
