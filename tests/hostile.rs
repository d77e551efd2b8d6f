//! Hostile and extreme input (issue 7): each case must finish without a panic, in bounded
//! time, with a sane result. Sizes here are a tenth or so of the issue's, to keep a debug
//! `cargo test` quick; `cargo run --release --example scaling` runs the full sizes and
//! measures time and peak memory.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};
use zhextract::{extract, try_extract, Error, Extraction, OffsetUnit, Options, MAX_INPUT_BYTES};

const SEED: &str = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");

/// A debug build on a busy machine: only a hang or a quadratic blow-up takes this long.
const BOUND: Duration = Duration::from_secs(60);

/// Runs extract in UTF-16 offsets and checks what must hold for any input.
fn run(input: &str) -> Extraction {
    let t = Instant::now();
    let x = try_extract(
        input,
        &Options {
            offsets: OffsetUnit::Utf16,
            ..Options::default()
        },
    )
    .expect("below the limit");
    let took = t.elapsed();
    assert!(took < BOUND, "{} bytes took {took:?}", input.len());
    let len = input.encode_utf16().count();
    let mut copy = x.clone();
    copy.for_each_span_mut(|s, e| assert!(*s <= *e && *e <= len, "span {s}..{e} of {len}"));
    for r in &x.repairs {
        assert!(
            r.start <= r.end && r.end <= len,
            "repair {}..{} of {len}",
            r.start,
            r.end
        );
    }
    // Output stays proportionate to the input.
    assert!(
        x.text.len() <= input.len() * 2 + 16,
        "repaired text grew from {} to {} bytes",
        input.len(),
        x.text.len()
    );
    serde_json::to_string(&x).expect("serializes");
    x
}

/// Realistic text of about `bytes` bytes: the seed, repeated.
fn article(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + SEED.len());
    while s.len() < bytes {
        s.push_str(SEED);
        s.push('\n');
    }
    s
}

#[test]
fn a_megabyte_of_articles() {
    let input = article(1 << 20);
    let x = run(&input);
    let copies = input.matches("1830萬(wàn)元").count();
    assert!(copies > 50);
    assert!(
        x.money.len() >= copies,
        "{} money mentions for {copies} copies",
        x.money.len()
    );
    assert_eq!(
        x.money.iter().filter(|m| m.amount == 18_300_000.0).count(),
        copies
    );
}

#[test]
fn half_a_megabyte_of_sports_news() {
    // a rule of one sentence that read the whole document's text made this quadratic
    let line = "本届汤尤杯在香港举行，中国队曾夺得苏迪曼杯。记者王军报道，国庆节前夕比赛结束。\n";
    let input = line.repeat((1 << 19) / line.len());
    let x = run(&input);
    let copies = input.matches("汤尤杯").count();
    let tang = x.people.iter().find(|p| p.name == "汤").expect("汤");
    assert_eq!(tang.mentions.len(), copies);
}

#[test]
fn one_character_repeated() {
    for c in [
        '中', 'a', '1', '一', '万', '元', '。', '(', '（', '“', '《', '】', '?', ' ', '\u{3000}',
        '\r', '\u{FFFD}', '😀', '\u{200B}',
    ] {
        let input: String = std::iter::repeat(c).take(100_000).collect();
        let x = run(&input);
        assert!(
            x.paragraphs.len() <= 1,
            "{c:?}: {} paragraphs",
            x.paragraphs.len()
        );
        assert!(x.sentences.len() <= 100_000);
    }
}

#[test]
fn numerals_without_end() {
    // The numeral parser meets a numeral 100,000 digits long: one finite number or none.
    for unit in [
        "1",
        "一",
        "万",
        "1万",
        "十",
        "零",
        "1,",
        "1.",
        "百分之",
        ",000",
        ".5",
        "1.1",
        "万亿",
        "负",
        "一又",
        "二分之一又",
        "第",
        "几",
        "多",
        "点",
    ] {
        let input = unit.repeat(100_000 / unit.chars().count());
        let x = run(&format!("投入1{input}元，增长{input}%"));
        for m in &x.money {
            assert!(m.amount.is_finite(), "{unit}: {m:?}");
        }
        for q in &x.quantities {
            assert!(q.value.is_finite(), "{unit}: {q:?}");
        }
    }
}

#[test]
fn a_chain_of_ranges() {
    // 1-2-3-…-50000人: each number could start a range; one step each, no recursion as deep
    // as the chain (the wasm stack is 1 MB), no quadratic rescans
    for conn in ["-", "至", "~"] {
        let chain: Vec<String> = (1..=50_000).map(|i| i.to_string()).collect();
        let x = run(&format!("{}人", chain.join(conn)));
        assert!(x.quantities.len() <= 2, "{conn}: {}", x.quantities.len());
        let last = x.quantities.last().expect("the last pair");
        assert_eq!((last.value, last.value_max), (49_999.0, Some(50_000.0)));
    }
}

#[test]
fn hundred_thousand_empty_lines() {
    let x = run(&"\n".repeat(100_000));
    assert!(x.paragraphs.is_empty() && x.sentences.is_empty());
    let x = run(&"\r\n".repeat(100_000));
    assert!(x.paragraphs.is_empty());
    assert_eq!(x.text, "\n".repeat(100_000));
    let x = run(&format!(
        "{}投入5万元。{}",
        "\n".repeat(100_000),
        "\n \t\u{3000}\n".repeat(50_000)
    ));
    assert_eq!(x.paragraphs.len(), 1);
    assert_eq!(x.money.len(), 1);
    assert_eq!(x.money[0].start, 100_002);
}

#[test]
fn no_punctuation_at_all() {
    // One paragraph, one sentence of 100,000 Han characters (no stop, no line break).
    let han: String = (0..100_000u32)
        .map(|i| char::from_u32(0x4E00 + (i * 7919) % 0x5000).unwrap_or('中'))
        .collect();
    let x = run(&han);
    assert_eq!(x.paragraphs.len(), 1);
    assert_eq!(x.sentences.len(), 1);
    // The same with numbers and units sprinkled in, still without a stop.
    let mixed = "公司投入1830万元完成项目15个增长百分之十二北京上海".repeat(3_000);
    let x = run(&mixed);
    assert_eq!(x.sentences.len(), 1);
    assert_eq!(
        x.money.iter().filter(|m| m.amount == 18_300_000.0).count(),
        3_000
    );
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    for (open, close) in [
        ("《", "》"),
        ("“", "”"),
        ("「", "」"),
        ("（", "）"),
        ("(", ")"),
        ("【", "】"),
        ("‘", "’"),
    ] {
        for input in [
            open.repeat(10_000),
            close.repeat(10_000),
            format!("{}书名{}", open.repeat(10_000), close.repeat(10_000)),
            format!("{}他说：{}", open.repeat(10_000), close.repeat(9_999)),
            format!("{}。", format!("{open}好{close}").repeat(10_000)),
            format!("{open}{}", "投入5万元。".repeat(10_000)),
        ] {
            let x = run(&input);
            assert!(
                x.works.len() <= 10_001 && x.quotes.len() <= 10_001,
                "{open}: {} works, {} quotes",
                x.works.len(),
                x.quotes.len()
            );
        }
    }
}

#[test]
fn invisible_and_control_characters() {
    // NUL, BOM, zero-width marks, bidi controls: removed from the text as repairs, and a
    // mention after them still points at the right characters.
    let input = "\u{FEFF}\0\u{200B}\u{200D}\u{202E}\u{2067}投入\u{200B}1830万元\u{202C}\0。";
    let x = run(input);
    assert_eq!(x.money.len(), 1);
    assert_eq!(x.money[0].amount, 18_300_000.0);
    let s: String = input.encode_utf16().collect::<Vec<_>>()[x.money[0].start..x.money[0].end]
        .iter()
        .map(|&u| char::from_u32(u as u32).unwrap())
        .collect();
    // Removed characters right after a mention belong to it (as a reading would).
    assert!(s.starts_with("1830万元"), "{s:?}");
    assert!(!x.text.contains('\0') && !x.text.contains('\u{FEFF}') && !x.text.contains('\u{202E}'));
    // Every C0/C1 control and format character, one by one and all together.
    let controls: String = (0u32..0x20)
        .chain(0x7F..0xA0)
        .chain(0x200B..0x2010)
        .chain(0x2028..0x202F)
        .chain(0x2060..0x2070)
        .filter_map(char::from_u32)
        .collect();
    run(&controls);
    run(&controls.repeat(1_000));
    run(&format!("{controls}投入{controls}1830{controls}万元"));
    // RTL script and marks around Chinese.
    let x = run("\u{202B}مرحبا بالعالم\u{202C} 投入5万元 שלום\u{200F}");
    assert_eq!(x.money.len(), 1);
}

#[test]
fn replacement_characters_where_lone_surrogates_were() {
    // JS strings with lone surrogates reach Rust with U+FFFD in their place: one UTF-16
    // unit each, so offsets still match the JS string.
    let input = "\u{FFFD}投入\u{FFFD}5万元\u{FFFD}";
    let x = run(input);
    assert_eq!(x.money.len(), 1);
    let units: Vec<u16> = input.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(&units[x.money[0].start..x.money[0].end]),
        "5万元"
    );
    run(&"\u{FFFD}".repeat(100_000));
}

#[test]
fn a_lot_of_ascii() {
    let text = "The company invested $5.2 billion (about 37.6 billion yuan) in 2024, up 12% from 2023; \"quotes\" <b>tags</b> & {json: [1,2]}\n";
    let x = run(&text.repeat(200_000 / text.len()));
    assert!(x.paragraphs.len() > 1_000);
    let bytes: String = (0u8..128).map(char::from).collect();
    run(&bytes.repeat(1_000));
}

#[test]
fn pure_emoji() {
    let emoji = "😀👍🏽👨‍👩‍👧‍👦🇨🇳🏳️‍🌈❤️‍🔥🧑🏻‍💻1️⃣#️⃣©️";
    let x = run(&emoji.repeat(2_000));
    assert!(x.money.is_empty() && x.people.is_empty());
    // Emoji between the parts of a mention, and UTF-16 offsets after them.
    let input = format!("{emoji}投入5万元");
    let x = run(&input);
    assert_eq!(x.money.len(), 1);
    let units: Vec<u16> = input.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(&units[x.money[0].start..x.money[0].end]),
        "5万元"
    );
}

#[test]
fn mojibake_and_readings_in_bulk() {
    let debris =
        "??κ驳匚瘜?duì)?shù)匦袠I锟斤拷ä¸\u{AD}æ–‡要?jiǎng)?chuàng)新會(huì)(((huì)))（wàn）";
    run(&debris.repeat(3_000));
    run(&"會(huì)".repeat(30_000));
    run(&"(huì)".repeat(30_000));
    run(&"會(".repeat(50_000));
}

#[test]
fn empty_and_tiny_inputs() {
    for input in [
        "",
        " ",
        "\n",
        "\0",
        "\u{FEFF}",
        "。",
        "万",
        "1",
        "(",
        "（huì）",
        "《",
        "“",
        "\r",
        "\u{FFFD}",
        "𠮷",
    ] {
        let x = run(input);
        assert!(x.money.is_empty(), "{input:?}");
    }
    assert_eq!(
        extract("", &Options::default()),
        zhextract::Extraction::empty(OffsetUnit::Char)
    );
}

#[test]
fn over_the_limit_is_a_clear_error_not_an_abort() {
    let big = "a".repeat(MAX_INPUT_BYTES + 1);
    match try_extract(&big, &Options::default()) {
        Err(Error::InputTooLarge { bytes, limit }) => {
            assert_eq!((bytes, limit), (MAX_INPUT_BYTES + 1, MAX_INPUT_BYTES));
        }
        other => panic!(
            "expected InputTooLarge, got {:?}",
            other.map(|x| x.text.len())
        ),
    }
    let x = extract(&big, &Options::default());
    assert!(x.text.is_empty());
    assert!(
        x.warnings[0].contains("input too large") && x.warnings[0].contains("32 MiB"),
        "{:?}",
        x.warnings
    );
    // Input right at the limit is accepted: `cargo run --release --example scaling` runs
    // 32 MiB of articles (too slow for a debug test).
}

#[test]
fn a_megabyte_of_quotations_each_with_its_speaker() {
    // “……”X说 30,000 times: the speaker after each quotation is looked up among the names
    // near it, not among all of the text's (that was quadratic in the number of quotes)
    let names = ["王军", "李华", "张伟", "刘洋", "陈静"];
    let text: String = (0..30_000)
        .map(|i| format!("“我们很好。”公司总经理{}说。", names[i % names.len()]))
        .collect();
    let x = run(&text);
    assert_eq!(x.quotes.len(), 30_000);
    assert!(x.quotes.iter().all(|q| q.speaker.is_some()));
}
