//! Golden tests on the seed article: each kind of result is rendered one item per line into
//! `tests/golden/seed/<kind>.txt`, so that a review reads a diff of behaviour.
//! `UPDATE_GOLDEN=1 cargo test --test seed` rewrites the files; review every change.

use std::fmt::Write as _;
use zhextract::{extract, Extraction, Options};

const SEED: &str = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");

fn seed() -> Extraction {
    extract(SEED, &Options::default())
}

/// The pasted characters of a char-offset span.
fn pasted(start: usize, end: usize) -> String {
    SEED.chars().skip(start).take(end - start).collect()
}

fn check(kind: &str, rendered: String) {
    let path = format!("{}/tests/golden/seed/{kind}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &rendered).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if want != rendered {
        panic!(
            "{kind} on the seed changed; if the change is right, review it and run \
             UPDATE_GOLDEN=1 cargo test --test seed\n--- {path}\n{want}\n--- now\n{rendered}"
        );
    }
}

#[test]
fn golden_paragraphs() {
    let x = seed();
    let mut s = String::new();
    for p in &x.paragraphs {
        let head: String = p.text.chars().take(24).collect();
        writeln!(s, "{}..{}\t{:?}\t{}", p.start, p.end, p.kind, head).unwrap();
    }
    check("paragraphs", s);
}

#[test]
fn golden_money() {
    let x = seed();
    let mut s = String::new();
    for m in &x.money {
        writeln!(s, "{}..{}\t{}\t{}\t{} {}\tapprox={}", m.start, m.end, pasted(m.start, m.end), m.text, m.amount, m.currency, m.approximate)
            .unwrap();
    }
    check("money", s);
}

#[test]
fn golden_dates() {
    let x = seed();
    let mut s = String::new();
    for d in &x.dates {
        writeln!(
            s,
            "{}..{}\t{}\t{}\tend={}\tyearInferred={}\trelative={}",
            d.start,
            d.end,
            d.text,
            d.value,
            d.end_value.as_deref().unwrap_or("-"),
            d.year_inferred,
            d.relative
        )
        .unwrap();
    }
    check("dates", s);
}

#[test]
fn golden_quantities() {
    let x = seed();
    let mut s = String::new();
    for q in &x.quantities {
        writeln!(
            s,
            "{}..{}\t{}\t{:?}\t{}{}\t{}\tsubject={}",
            q.start,
            q.end,
            q.text,
            q.kind,
            q.value,
            q.value_max.map(|m| format!("..{m}")).unwrap_or_default(),
            q.unit,
            q.subject.as_deref().unwrap_or("-")
        )
        .unwrap();
    }
    check("quantities", s);
}

#[test]
fn seed_acceptance_of_the_figures() {
    let x = seed();
    let d = &x.dates[0];
    assert_eq!((d.text.as_str(), d.value.as_str(), d.year_inferred), ("1月22日", "2025-01-22", true));
    assert!(x.dates.iter().any(|d| d.text == "2024年" && d.value == "2024" && !d.year_inferred));
    let counts: Vec<(f64, &str)> = x
        .quantities
        .iter()
        .filter(|q| q.kind == zhextract::QuantityKind::Count)
        .map(|q| (q.value, q.subject.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(counts, vec![(3.0, "援疆干部"), (8.0, "省內鄉村振興干部"), (15.0, "幫扶項目")]);
    assert!(x.quantities.iter().any(|q| q.text == "第七屆" && q.kind == zhextract::QuantityKind::Ordinal && q.value == 7.0));
    // Money is not also a count, and years are not quantities.
    for q in &x.quantities {
        assert!(x.money.iter().all(|m| q.end <= m.start || m.end <= q.start), "{q:?}");
        assert!(x.dates.iter().all(|d| q.end <= d.start || d.end <= q.start), "{q:?}");
    }
}

#[test]
fn golden_repairs() {
    let x = seed();
    let mut s = String::new();
    for r in &x.repairs {
        writeln!(s, "{}..{}\t{:?}\t{}\t→\t{}", r.start, r.end, r.kind, r.original, r.replacement).unwrap();
    }
    check("repairs", s);
}

#[test]
fn every_span_slices_the_input_to_its_text_up_to_repairs() {
    let x = seed();
    for m in &x.money {
        let p = pasted(m.start, m.end);
        let without_readings: String = {
            let mut t = p.clone();
            for r in &x.repairs {
                t = t.replace(&r.original, &r.replacement);
            }
            t
        };
        assert_eq!(without_readings, m.text);
    }
    for p in &x.paragraphs {
        assert!(p.start < p.end && p.end <= SEED.chars().count());
    }
}

#[test]
fn seed_acceptance_of_the_foundation() {
    let x = seed();
    assert_eq!(x.paragraphs.len(), 16);
    let money: Vec<(f64, &str)> = x.money.iter().map(|m| (m.amount, m.currency.as_str())).collect();
    assert_eq!(money, vec![(18_300_000.0, "CNY"), (27_790_000.0, "CNY"), (5_690_000.0, "CNY")]);
    assert_eq!(pasted(x.money[0].start, x.money[0].end), "1830萬(wàn)元");
}

#[test]
fn golden_credits() {
    let x = seed();
    let mut s = String::new();
    for c in &x.credits {
        writeln!(s, "{}..{}\t{:?}\t{}\t{}\t{}", c.start, c.end, c.role, c.label, c.names.join(" "), c.organization.as_deref().unwrap_or("")).unwrap();
    }
    check("credits", s);
}

#[test]
fn seed_acceptance_of_layout_and_credits() {
    use zhextract::model::{CreditRole, ParagraphKind::*};
    let x = seed();
    let kinds: Vec<_> = x.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, vec![Lead, Decoration, Body, Body, Body, Body, Body, Body, Body, Credit, Credit, Credit, Credit, Disclaimer, Promo, Promo]);
    let credits: Vec<(CreditRole, &str, Vec<&str>, Option<&str>)> = x
        .credits
        .iter()
        .map(|c| (c.role, c.label.as_str(), c.names.iter().map(|n| n.as_str()).collect(), c.organization.as_deref()))
        .collect();
    assert_eq!(
        credits,
        vec![
            (CreditRole::Author, "撰稿", vec!["王曉光"], Some("鞍山鋼鐵記者站")),
            (CreditRole::Contributor, "", vec!["劉旭東", "張林"], Some("黨委組織部")),
            (CreditRole::Editor, "微信編輯", vec!["蔡銘澤"], None),
            (CreditRole::ChiefEditor, "責任編輯", vec!["張雷"], None),
            (CreditRole::Source, "聲明", vec![], Some("鐵甲網")),
        ]
    );
}

#[test]
fn seed_acceptance_of_repair() {
    use zhextract::model::{RepairKind, Script};
    let x = seed();
    for want in ["什地委對幫扶", "行業標桿", "群眾真正解決", "《助力鄉村振興藍皮書(2023)》"] {
        assert!(x.text.contains(want), "{want} missing");
    }
    // No reading is left, with or without its opening parenthesis.
    for (i, c) in x.text.char_indices() {
        if c == ')' {
            let head: String = x.text[..i].chars().rev().take(7).collect::<Vec<_>>().into_iter().rev().collect();
            let inner = head.rsplit(['(', '?', '\u{FFFD}']).next().unwrap_or("");
            assert!(!inner.chars().any(|c| "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c)), "reading left before {i}: {head})");
        }
    }
    let readings = x.repairs.iter().filter(|r| r.kind == RepairKind::PinyinAnnotation).count();
    assert!(readings >= 155, "{readings}");
    assert_eq!(x.script, Script::Traditional);
    // Idempotent: the repaired text needs no further repair.
    let again = extract(&x.text, &Options::default());
    assert!(again.repairs.is_empty(), "{:?}", again.repairs);
    assert_eq!(again.text, x.text);
}
