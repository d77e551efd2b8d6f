//! Places: China's provinces, prefectures and counties with their short forms (新疆, 辽宁,
//! 塔县 for 塔什库尔干塔吉克自治县), the world's countries, and other places jieba's
//! dictionary knows (data/places.txt, see scripts/gen_lexicon.py).
//!
//! Convention: a place written inside an organisation name (辽宁 in 辽宁省委, 鞍山 in
//! 鞍山钢铁) is listed as a place too, so that a search for the place finds it; the NER
//! score counts only outermost names (examples/eval/ner.rs). When the text uses a short
//! form, the official full name is added to `aliases`.

use crate::layout::Doc;
use crate::lexicon::tag::{entities, Tagged};
use crate::model::Entity;
use crate::text::any_char::AnyChar;

pub fn find(doc: &Doc) -> Vec<Entity> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Entity> {
    let lex = crate::lexicon::get();
    // a place inside a work's title (《中国在发展》) is a mention too, as the People's Daily
    // annotation counts it
    // (a road that opens a community's or a subdistrict's name is the name's: 玉林北路 of
    // 玉林北路社区; a place inside a station's or a hall's name stays one, 香港 of 香港站)
    // (the communities first, few or none: no scan of all pairs of a long text's places)
    let outer: Vec<&std::ops::Range<usize>> = tags
        .places
        .iter()
        .filter(|o| doc.fold[..o.end].ends_with_any(words!["社区", "街道"]))
        .collect();
    let spans: Vec<std::ops::Range<usize>> = tags
        .places
        .iter()
        .filter(|r| {
            !outer.iter().any(|o| {
                o.start == r.start
                    && r.end < o.end
                    && doc.fold[..r.end].ends_with_any(words!["路", "街", "巷", "道"])
            })
        })
        .cloned()
        .collect();
    let mut out = entities(doc, &spans);
    for e in &mut out {
        let key = crate::text::script::fold(&e.name);
        if let Some(full) = lex.places.get(key.as_str()).and_then(|p| p.full) {
            let full = full.of(&key);
            if full != key {
                e.aliases.push(full);
            }
        }
    }
    out
}
