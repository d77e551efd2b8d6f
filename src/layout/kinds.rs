//! Paragraph kinds: headline, lead, body, credit, disclaimer, promo, decoration.
//! The repair issue makes these complete; the foundation tells decoration (no letters or
//! Han characters at all) from body, and the first body paragraph is the lead.

use super::Para;
use crate::model::ParagraphKind;

fn has_words(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}

pub fn classify(text: &str, _fold: &str, paras: &mut [Para]) {
    let mut seen_lead = false;
    for p in paras.iter_mut() {
        let s = &text[p.range.clone()];
        p.kind = if !has_words(s) {
            ParagraphKind::Decoration
        } else if !seen_lead {
            seen_lead = true;
            ParagraphKind::Lead
        } else {
            ParagraphKind::Body
        };
    }
}
