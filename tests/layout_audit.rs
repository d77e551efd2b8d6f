//! Paragraph kinds, credits, summary and keywords on the shapes of real articles that an
//! audit of 20 pasted pieces found wrong (CNA headlines, bylines on their own line, the
//! foot of a notice, lists of links, ...).

use zhextract::{extract, Extraction, Options, ParagraphKind};

fn run(s: &str) -> Extraction {
    extract(s, &Options::default())
}

fn kinds(x: &Extraction) -> Vec<ParagraphKind> {
    x.paragraphs.iter().map(|p| p.kind).collect()
}

/// role, label, names, organisation of each credit, one string each.
fn credits(x: &Extraction) -> Vec<String> {
    x.credits
        .iter()
        .map(|c| {
            format!(
                "{:?} {} [{}] {}",
                c.role,
                c.label,
                c.names.join(","),
                c.organization.clone().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn a_long_two_clause_headline_over_a_dateline() {
    use ParagraphKind::*;
    let x = run("台股創高後震盪 加權指數漲逾200點收21,858點 台積電市值衝破新臺幣23兆元\n\
         （中央社記者韋樞台北7日電）美股科技股強勢上漲，激勵台股今天開高走高，加權股價指數終場上漲215.56點。\n\
         外資今天買超台股約126.7億元，投信買超19.3億元。\n\
         （編輯：楊凱翔）1130607");
    assert_eq!(kinds(&x)[..3], [Headline, Lead, Body]);
    assert!(
        credits(&x).contains(&"Source 電 [] 中央社".to_string()),
        "{:?}",
        credits(&x)
    );
    assert!(
        x.summary.iter().all(|s| !s.starts_with("台股創高")),
        "{:?}",
        x.summary
    );
}
