//! The checks of one fuzz case, shared by the fuzz target (fuzz/fuzz_targets/extract.rs)
//! and the regression replay (tests/fuzz_regressions.rs): besides "no panic", the cheap
//! invariants of the result, so a wrong offset is a crash too.
//!
//! Input layout: byte 0 picks the options (bits 0-1 offsets, 2-3 convert, 4 a reference
//! date from bytes 1-3); the rest is the text (UTF-8; invalid input is decoded lossily,
//! as a page would receive it).

use zhextract::extract::numbers;
use zhextract::text::script;
use zhextract::{try_extract, Convert, Date, Extraction, OffsetUnit, Options};

fn options(b: &[u8]) -> Options {
    let head = b.first().copied().unwrap_or(0);
    let offsets = [
        OffsetUnit::Utf16,
        OffsetUnit::Char,
        OffsetUnit::Byte,
        OffsetUnit::Char,
    ][(head & 3) as usize];
    let convert = [
        Convert::None,
        Convert::Simplified,
        Convert::Traditional,
        Convert::None,
    ][((head >> 2) & 3) as usize];
    let reference_date = if head & 0x10 != 0 && b.len() >= 4 {
        let year = 1900 + i32::from(b[1]) * 2;
        Date::new(year, u32::from(b[2] % 12) + 1, u32::from(b[3] % 28) + 1)
    } else {
        None
    };
    Options {
        reference_date,
        offsets,
        convert,
    }
}

/// A span widened over the repairs it cuts. A mojibake repair of characters decoded one by
/// one maps a mention inside it to its own pasted characters (`Fix::parts`): such a mention
/// starts or ends inside the repair, and its text is part of the repair's replacement.
pub fn widen(x: &Extraction, start: usize, end: usize) -> (usize, usize) {
    let (mut s, mut e) = (start, end);
    loop {
        let (s0, e0) = (s, e);
        for r in &x.repairs {
            if r.start < s && s < r.end {
                s = r.start;
            }
            if r.start < e && e < r.end {
                e = r.end;
            }
        }
        if (s, e) == (s0, e0) {
            return (s, e);
        }
    }
}

/// The repaired slice is the text with a proper part of a repair's replacement before or
/// after it: the mention starts or ends inside that repair (`start..end` as given, before
/// [`widen`]).
pub fn widened(x: &Extraction, start: usize, end: usize, got: &str, text: &str) -> bool {
    let front = x
        .repairs
        .iter()
        .find(|r| r.start <= start && start < r.end)
        .map_or("", |r| r.replacement.as_str());
    let back = x
        .repairs
        .iter()
        .rev()
        .find(|r| r.start < end && end <= r.end)
        .map_or("", |r| r.replacement.as_str());
    !text.is_empty()
        && got.find(text).into_iter().chain(got.rfind(text)).any(|at| {
            let (p, q) = (&got[..at], &got[at + text.len()..]);
            (p.is_empty() || (p.len() < front.len() && front.starts_with(p)))
                && (q.is_empty() || (q.len() < back.len() && back.ends_with(q)))
        })
}

fn check(input: &str, x: &Extraction, o: &Options) {
    assert_eq!(x.offsets, o.offsets);
    // Offsets of every span as bytes (all at once, so the check stays linear).
    let mut bytes_at = std::collections::HashMap::new();
    let (mut chars, mut units) = (0usize, 0usize);
    for (b, c) in input.char_indices() {
        let key = match o.offsets {
            OffsetUnit::Byte => b,
            OffsetUnit::Char => chars,
            OffsetUnit::Utf16 => units,
        };
        bytes_at.insert(key, b);
        chars += 1;
        units += c.len_utf16();
    }
    let end_key = match o.offsets {
        OffsetUnit::Byte => input.len(),
        OffsetUnit::Char => chars,
        OffsetUnit::Utf16 => units,
    };
    bytes_at.insert(end_key, input.len());
    let byte = |at: usize| -> usize {
        *bytes_at.get(&at).unwrap_or_else(|| {
            panic!(
                "offset {at} is not a character boundary ({:?}) of {input:?}",
                o.offsets
            )
        })
    };
    for r in &x.repairs {
        assert!(r.start <= r.end, "repair {}..{}", r.start, r.end);
        assert_eq!(
            &input[byte(r.start)..byte(r.end)],
            r.original,
            "repair original"
        );
    }
    let mut copy = x.clone();
    copy.for_each_span_mut(|s, e| {
        assert!(*s <= *e, "span {s}..{e}");
        byte(*s);
        byte(*e);
    });
    // Slicing the input at a mention, with the repairs inside it applied, gives its text; a
    // mention that starts or ends inside a repair covers all of it, or a part of it (see `widen`
    // and `widened`).
    let repaired = |s: usize, e: usize| -> String {
        let (s, e) = widen(x, s, e);
        let mut out = String::new();
        let mut at = byte(s);
        // Outermost repairs first: a later round's repair may cover earlier ones.
        let mut inside: Vec<_> = x
            .repairs
            .iter()
            .filter(|r| r.start >= s && r.end <= e)
            .collect();
        inside.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        for r in inside {
            let (rs, re) = (byte(r.start), byte(r.end));
            if rs >= at {
                out.push_str(&input[at..rs]);
                out.push_str(&r.replacement);
                at = re;
            }
        }
        out.push_str(&input[at..byte(e).max(at)]);
        out
    };
    if o.convert == Convert::None {
        let mut mentions: Vec<(&str, usize, usize, &str)> = Vec::new();
        mentions.extend(
            x.paragraphs
                .iter()
                .map(|m| ("paragraph", m.start, m.end, m.text.as_str())),
        );
        mentions.extend(
            x.dates
                .iter()
                .map(|m| ("date", m.start, m.end, m.text.as_str())),
        );
        mentions.extend(
            x.money
                .iter()
                .map(|m| ("money", m.start, m.end, m.text.as_str())),
        );
        mentions.extend(
            x.quantities
                .iter()
                .map(|m| ("quantity", m.start, m.end, m.text.as_str())),
        );
        for (kind, s, e, t) in mentions {
            let got = repaired(s, e);
            assert!(
                got == t || widened(x, s, e, &got, t),
                "{kind} {s}..{e}: text {t:?}, repaired input {got:?}"
            );
        }
    }
    for w in x.dates.windows(2) {
        assert!(
            (w[0].start, w[0].end) <= (w[1].start, w[1].end),
            "dates out of order"
        );
    }
    for w in x.money.windows(2) {
        assert!(
            (w[0].start, w[0].end) <= (w[1].start, w[1].end),
            "money out of order"
        );
    }
    for w in x.quantities.windows(2) {
        assert!(
            (w[0].start, w[0].end) <= (w[1].start, w[1].end),
            "quantities out of order"
        );
    }
    for m in &x.money {
        assert!(
            m.amount.is_finite() && m.amount_max.map_or(true, f64::is_finite),
            "money {m:?}"
        );
    }
    for q in &x.quantities {
        assert!(
            q.value.is_finite() && q.value_max.map_or(true, f64::is_finite),
            "quantity {q:?}"
        );
    }
    serde_json::to_string(x).expect("the result serializes");
}

/// One fuzz case: panics on any broken invariant.
pub fn run(data: &[u8]) {
    let o = options(data);
    let body = data
        .get(
            if data.first().is_some_and(|h| h & 0x10 != 0) {
                4
            } else {
                1
            }..,
        )
        .unwrap_or_default();
    let text = String::from_utf8_lossy(body);
    let x = try_extract(&text, &o).expect("fuzz input is far below the limit");
    check(&text, &x, &o);

    // The repaired text is repaired no further.
    if o.convert == Convert::None {
        let again = try_extract(&x.text, &Options::default()).expect("below the limit");
        assert!(
            again.repairs.is_empty(),
            "repaired text {:?} repaired again: {:?}",
            x.text,
            again.repairs
        );
    }

    // Options by name, as JS and JSONL set them: "name=value" taken from the text.
    if let Some((name, value)) = text.split_once('=') {
        let mut o = Options::default();
        let _ = o.set(name, value);
        let _ = Date::parse_iso(value);
    }

    // The numeral parser at the first few character boundaries; its range is inside the text.
    for (at, _) in text.char_indices().take(48) {
        if let Some(n) = numbers::parse_at(&text, at) {
            assert!(
                n.range.start == at
                    && n.range.end <= text.len()
                    && text.is_char_boundary(n.range.end),
                "{n:?}"
            );
            assert!(!n.value.is_nan(), "{n:?}");
        }
    }

    // Script conversion keeps the number of characters.
    for to in [Convert::Simplified, Convert::Traditional] {
        let c = script::convert(&text, to);
        assert_eq!(
            c.chars().count(),
            text.chars().count(),
            "convert {to:?} changed the length"
        );
    }
}
