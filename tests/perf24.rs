//! perf24 (issue 8): the word-list compares test one byte of a word before the whole word
//! (`has_prefix` / `has_suffix`), and the char tables' direct lookup is inlined with the
//! search of their extra pairs out of line. The output is meant to be the same: these check
//! the new compares against `str`'s on the words of real text (words that share a first or
//! a last char, the cases the byte test tells apart), and a text whose organisations, credit
//! labels, conversions and word lists go through the changed paths.

#[cfg(not(target_arch = "wasm32"))]
use zhextract::text::any_char::{has_prefix, has_suffix, AnyChar, Slice};
use zhextract::text::tables::{s2t_char, t2s_char};

/// Words of a news text: many share a first char (中国, 中央, 中共) or a last one (委员会,
/// 联合会, 局, 管理局).
const WORDS: &[&str] = &[
    "",
    "中",
    "中国",
    "中央",
    "中共中央",
    "中国人民银行",
    "委员会",
    "联合会",
    "局",
    "管理局",
    "记者",
    "记者：",
    "编辑",
    "责任编辑",
    "（",
    "）",
    "a",
    "ab",
    "é",
    "市场监管总局",
    "国务院",
];

// (natively the word lists are slices, in the wasm build packed: any_char's own tests hold
// the packed form to the slice's answers)
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn byte_first_compares_agree_with_str() {
    let text = "新华社北京12月4日电（记者王刚）中共中央、国务院日前印发《意见》，\
        中国人民银行、市场监管总局和全国工商联合会共同发布通知。责任编辑：李明";
    let mut cuts: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    cuts.dedup();
    for &a in &cuts {
        let s = &text[a..];
        let t = &text[..a];
        for w in WORDS {
            assert_eq!(has_prefix(s, w), s.starts_with(w), "{s} / {w}");
            assert_eq!(has_suffix(t, w), t.ends_with(w), "{t} / {w}");
        }
        assert_eq!(
            s.prefix_in(Slice(WORDS)),
            WORDS.iter().find(|w| s.starts_with(**w)).copied()
        );
        assert_eq!(
            t.suffix_in(Slice(WORDS)),
            WORDS.iter().find(|w| t.ends_with(**w)).copied()
        );
        let head = &s[..s.char_indices().nth(2).map_or(s.len(), |(i, _)| i)];
        assert_eq!(head.is_one_of(Slice(WORDS)), WORDS.contains(&head), "{head}");
    }
}

#[test]
fn char_tables_direct_and_extra_pairs() {
    // 國 and 們 are in the direct range; 𠮶 (U+20BB6) and ＡＢ are outside it.
    assert_eq!(t2s_char('國'), Some('国'));
    assert_eq!(t2s_char('們'), Some('们'));
    assert_eq!(s2t_char('国'), Some('國'));
    assert_eq!(t2s_char('a'), None);
    for c in [
        '\u{20BB6}',
        'Ａ',
        '€',
        '\u{10FFFF}',
        '\u{3400}',
        '\u{9FFF}',
        '\u{4E00}',
    ] {
        // no panic, and a value that maps back to a char
        let _ = (t2s_char(c), s2t_char(c));
    }
}

#[test]
fn a_release_through_the_changed_paths() {
    let text =
        "新华社北京12月4日电（记者王刚）中国人民银行、国家市场监督管理总局日前联合发布通知，\
        要求加强支付领域监管。人民银行有关负责人表示，通知自2027年1月1日起施行。\n\
        （责任编辑：李明）\n";
    let x = zhextract::extract(text, &zhextract::Options::default());
    let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(orgs.contains(&"中国人民银行"), "{orgs:?}");
    assert!(
        x.credits
            .iter()
            .any(|c| c.names.iter().any(|n| n == "李明")),
        "{:?}",
        x.credits
    );
    assert!(x.dates.iter().any(|d| d.text.contains("2027年1月1日")));
}
