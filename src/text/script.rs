//! Simplified/traditional: detection of the input's script, the char-for-char fold to
//! simplified that dictionaries match on, and conversion of output strings.
//!
//! The tables come from OpenCC (data/t2s_*.txt, data/s2t_*.txt). The fold keeps byte
//! offsets: a character is folded only to one of the same UTF-8 length, and the phrases
//! that the character table gets wrong (乾隆, 頭髮) are applied where they keep the length.

use super::multi::Matcher;
use super::tables::{s2t_char, t2s_char, S2T_PHRASES, T2S_PHRASES};
use crate::model::{Convert, Script};
use std::sync::LazyLock;

/// Simplified form of one character, or the character itself.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match t2s_char(c) {
        Some(f) if f.len_utf8() == c.len_utf8() => f,
        _ => c,
    }
}

/// True for a character that only traditional text uses (it has a different simplified form).
pub fn is_traditional_only(c: char) -> bool {
    t2s_char(c).is_some_and(|s| s != c)
}

/// True for a character that only simplified text uses: it converts to a different
/// traditional form and is not itself a traditional character. A few characters that
/// traditional text also writes (并, 干, 台, 里, 后, 只, 系 ...) do not count.
pub fn is_simplified_only(c: char) -> bool {
    // The cheap tests first: most characters have no traditional form.
    s2t_char(c).is_some_and(|t| t != c) && t2s_char(c).is_none() && !in_both(c)
}

/// [`is_simplified_only`] of a char that has no simplified form (`t2s_char(c)` is `None`).
#[inline]
fn simplified_only_unfolded(c: char) -> bool {
    s2t_char(c).is_some_and(|t| t != c) && !in_both(c)
}

/// `BOTH.contains(&c)` as a `match` (a few compares instead of a scan of the list: this runs
/// for most simplified chars of a text; a test checks it against the list).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn in_both(c: char) -> bool {
    matches!(
        c,
        '并' | '干'
            | '台'
            | '里'
            | '后'
            | '只'
            | '系'
            | '面'
            | '余'
            | '松'
            | '制'
            | '冲'
            | '卷'
            | '征'
            | '布'
            | '范'
            | '采'
            | '谷'
            | '朴'
            | '丑'
            | '斗'
            | '了'
            | '板'
            | '表'
            | '出'
            | '千'
            | '同'
            | '向'
            | '志'
            | '致'
            | '舍'
    )
}

/// Simplified characters that traditional text commonly writes too ([`in_both`] tests them).
#[cfg(test)]
const BOTH: &[char] = &[
    '并', '干', '台', '里', '后', '只', '系', '面', '余', '松', '制', '冲', '卷', '征', '布', '范',
    '采', '谷', '朴', '丑', '斗', '了', '板', '表', '出', '千', '同', '向', '志', '致', '舍',
];

struct Phrases {
    ac: Matcher,
    to: Vec<&'static str>,
}

fn phrases(table: &[(&'static str, &'static str)]) -> Option<Phrases> {
    let ac = Matcher::new(table.iter().map(|p| p.0));
    Some(Phrases {
        ac,
        to: table.iter().map(|p| p.1).collect(),
    })
}

static T2S: LazyLock<Option<Phrases>> = LazyLock::new(|| phrases(&T2S_PHRASES));
static S2T: LazyLock<Option<Phrases>> = LazyLock::new(|| phrases(&S2T_PHRASES));

/// True when `to` can stand for `from` char for char with the same byte lengths.
fn same_shape(from: &str, to: &str) -> bool {
    from.chars().count() == to.chars().count()
        && from
            .chars()
            .zip(to.chars())
            .all(|(a, b)| a.len_utf8() == b.len_utf8())
}

/// `text` folded to simplified, char for char, with the same byte offsets.
pub fn fold(text: &str) -> String {
    if text.chars().all(|c| !needs_fold(c)) {
        return text.to_string();
    }
    fold_phrases(text)
}

/// One char of each phrase that folds to something else but holds no traditional-only
/// char (一目瞭然 → 一目了然: 瞭 folds to itself; 新抱 → 媳妇), its rarest one: such a
/// phrase matches only where that char stands.
struct Guards {
    /// Bit `c % 1024` of each guard char: most chars are ruled out by one test.
    bits: [u64; 16],
    chars: Vec<char>,
}

static PHRASE_GUARDS: LazyLock<Guards> = LazyLock::new(|| {
    let mut g = Guards {
        bits: [0; 16],
        chars: Vec::new(),
    };
    for &(from, to) in T2S_PHRASES.iter() {
        if from == to || !same_shape(from, to) || from.chars().any(is_traditional_only) {
            continue;
        }
        let mut rarest = None;
        for c in from.chars() {
            let l = super::tables::char_level(c);
            if rarest.map_or(true, |(_, r)| l < r) {
                rarest = Some((c, l));
            }
        }
        if let Some((c, _)) = rarest {
            g.chars.push(c);
            let k = c as usize % 1024;
            g.bits[k / 64] |= 1 << (k % 64);
        }
    }
    crate::pipeline::sort_by_span(&mut g.chars, |&c| (c as usize, 0));
    g.chars.dedup();
    g
});

fn is_guard(c: char) -> bool {
    let g = &*PHRASE_GUARDS;
    let k = c as usize % 1024;
    g.bits[k / 64] & (1 << (k % 64)) != 0 && g.chars.binary_search(&c).is_ok()
}

/// True for a char that may make [`fold`] change the text: a traditional-only char or a
/// guard of a phrase. A text without one is its own fold: char for char, and every phrase
/// that folds to something else holds one.
fn needs_fold(c: char) -> bool {
    !c.is_ascii() && (is_traditional_only(c) || is_guard(c))
}

/// [`fold`] and [`detect`] in one pass over the chars (the repair stage needs both).
pub fn fold_and_detect(text: &str) -> (String, Script) {
    fold_and_detect_counted(text, None)
}

/// [`fold_and_detect`] given, when known, the [`script_counts`] of `text` (the mojibake
/// pass counts them on a text that no pass changes): then only the guards of the phrases
/// are looked for, and only when there is no traditional-only char.
pub fn fold_and_detect_counted(text: &str, counts: Option<(usize, usize)>) -> (String, Script) {
    if let Some((t, s)) = counts {
        let any = t > 0 || text.chars().any(|c| !c.is_ascii() && is_guard(c));
        let folded = if any {
            fold_phrases_with(text, t == 0)
        } else {
            text.to_string()
        };
        return (folded, script_of(t, s));
    }
    let (mut t, mut s) = (0, 0);
    let mut any = false;
    for c in text.chars() {
        if c.is_ascii() {
            continue;
        }
        count_script(c, &mut t, &mut s);
        // as `needs_fold`
        any = any || t > 0 || is_guard(c);
    }
    let folded = if any {
        fold_phrases_with(text, t == 0)
    } else {
        text.to_string()
    };
    (folded, script_of(t, s))
}

/// The folding proper: phrases (leftmost-longest), then chars.
fn fold_phrases(text: &str) -> String {
    fold_phrases_with(text, false)
}

/// [`fold_phrases`]; `no_traditional` when the text has no traditional-only char (no
/// `t2s_char(c)` other than `c`): then [`fold_char`] leaves every char as it is and the
/// text between phrases is copied, not folded char by char.
fn fold_phrases_with(text: &str, no_traditional: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let fold_into = |out: &mut String, piece: &str| {
        if no_traditional {
            out.push_str(piece);
            return;
        }
        // the stretches that fold to themselves copied whole, not char by char
        let mut from = 0;
        for (i, c) in piece.char_indices() {
            let f = fold_char(c);
            if f != c {
                out.push_str(&piece[from..i]);
                out.push(f);
                from = i + c.len_utf8();
            }
        }
        out.push_str(&piece[from..]);
    };
    let mut at = 0;
    if text.bytes().any(|b| b >= 0x80) {
        if let Some(p) = T2S.as_ref() {
            for m in p.ac.find_iter(text) {
                let to = p.to[m.pattern()];
                if !same_shape(&text[m.range()], to) {
                    continue;
                }
                fold_into(&mut out, &text[at..m.start()]);
                out.push_str(to);
                at = m.end();
            }
        }
    }
    fold_into(&mut out, &text[at..]);
    debug_assert_eq!(out.len(), text.len());
    out
}

/// One non-ASCII char into the counts of traditional-only (`t`) and simplified-only (`s`)
/// chars, with one lookup of its fold. (Natively always inlined: with the conversion
/// tables filled in at run time, LLVM kept it out of line in the mojibake scan, +27 M
/// instructions per corpus.)
#[cfg_attr(target_arch = "wasm32", inline)]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn count_script(c: char, t: &mut usize, s: &mut usize) {
    match t2s_char(c) {
        Some(f) if f != c => *t += 1,
        Some(_) => {}
        None => *s += simplified_only_unfolded(c) as usize,
    }
}

/// Counts of characters only traditional and only simplified text uses.
pub fn script_counts(text: &str) -> (usize, usize) {
    let (mut t, mut s) = (0, 0);
    // as `is_traditional_only`, then `is_simplified_only`, with one lookup of the fold
    for c in text.chars() {
        if c.is_ascii() {
            continue;
        }
        count_script(c, &mut t, &mut s);
    }
    (t, s)
}

/// The script of the Han text. A text is mixed only when the minority script has at least
/// three characters and a tenth of the majority's (a few stray characters from a careless
/// converter, or a name written in the other script, do not make a text mixed).
pub fn detect(text: &str) -> Script {
    let (t, s) = script_counts(text);
    script_of(t, s)
}

#[inline(never)]
fn script_of(t: usize, s: usize) -> Script {
    let minority = t.min(s);
    match (t, s) {
        (0, 0) => Script::None,
        _ if minority >= 3 && minority * 10 >= t.max(s) => Script::Mixed,
        (t, s) if t > s => Script::Traditional,
        (t, s) if s > t => Script::Simplified,
        _ => Script::Mixed,
    }
}

/// `s` in the requested script: phrases first (longest match), then characters.
pub fn convert(s: &str, to: Convert) -> String {
    let (phrases, chars) = match to {
        Convert::None => return s.to_string(),
        Convert::Simplified => (&*T2S, t2s_char as fn(char) -> Option<char>),
        Convert::Traditional => (&*S2T, s2t_char as fn(char) -> Option<char>),
    };
    let mut out = String::with_capacity(s.len() + 8);
    let mut at = 0;
    let map =
        |out: &mut String, piece: &str| out.extend(piece.chars().map(|c| chars(c).unwrap_or(c)));
    if let Some(p) = phrases.as_ref() {
        for m in p.ac.find_iter(s) {
            map(&mut out, &s[at..m.start()]);
            out.push_str(p.to[m.pattern()]);
            at = m.end();
        }
    }
    map(&mut out, &s[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_both_is_the_list() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(in_both(c), BOTH.contains(&c), "{c}");
        }
    }

    #[test]
    fn fold_keeps_offsets() {
        let s = "鞍山鋼鐵無償幫扶投入1830萬元，完成幫扶項目15個。第七屆𠮷";
        let f = fold(s);
        assert_eq!(f.len(), s.len());
        assert_eq!(
            f,
            "鞍山钢铁无偿帮扶投入1830万元，完成帮扶项目15个。第七届𠮷"
        );
        // Phrases the character table gets wrong, where they keep the shape.
        assert_eq!(fold("乾隆皇帝"), "乾隆皇帝");
        assert_eq!(fold("乾淨"), "干净");
        assert_eq!(fold("頭髮和發展"), "头发和发展");
    }

    /// [`fold`] skips the phrases in a text without a char of [`needs_fold`]: every phrase
    /// that folds to something else holds one.
    #[test]
    fn changing_phrases_need_folding() {
        for &(from, to) in T2S_PHRASES.iter() {
            if from != to && same_shape(from, to) {
                assert!(from.chars().any(needs_fold), "{from} -> {to}");
            }
        }
        for s in [
            "乾隆皇帝",
            "乾淨",
            "頭髮和發展",
            "中文",
            "",
            "abc",
            "鞍山钢铁无偿帮扶",
            "𠮷",
            "一目瞭然",
            "瞭望",
        ] {
            assert_eq!(fold_and_detect(s), (fold_phrases(s), detect(s)), "{s}");
        }
    }

    #[test]
    fn detects_the_script() {
        assert_eq!(detect("鞍山鋼鐵召開援疆幫扶座談會"), Script::Traditional);
        assert_eq!(detect("鞍山钢铁召开援疆帮扶座谈会"), Script::Simplified);
        assert_eq!(
            detect("这是一个測試，簡體和繁體混在一起的文本说明"),
            Script::Mixed
        );
        assert_eq!(
            detect("这是一个简体的句子，只有一個字是繁体"),
            Script::Simplified
        );
        assert_eq!(detect("2024 abc 中国人民"), Script::Simplified);
        assert_eq!(detect("2024 abc 中人民"), Script::None);
        // 并 and 干 appear in traditional text too.
        assert_eq!(detect("鄉村振興干部出席會議并講話"), Script::Traditional);
    }

    #[test]
    fn converts_both_ways() {
        assert_eq!(
            convert("鞍山鋼鐵無償幫扶", Convert::Simplified),
            "鞍山钢铁无偿帮扶"
        );
        assert_eq!(
            convert("乾隆年間，頭髮乾淨", Convert::Simplified),
            "乾隆年间，头发干净"
        );
        assert_eq!(
            convert("鞍山钢铁无偿帮扶", Convert::Traditional),
            "鞍山鋼鐵無償幫扶"
        );
        assert_eq!(convert("头发和发展", Convert::Traditional), "頭髮和發展");
        assert_eq!(convert("abc", Convert::None), "abc");
    }
}
