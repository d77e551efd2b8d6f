//! Events: meetings, fairs, forums, festivals and games (座谈会, 第七届进博会, 两会, 论坛,
//! 博览会 …): an event word with the nouns, places, organisations and the ordinal
//! (第七届) or year written before it. A bare generic word (会议 alone) is not an event;
//! a word that names one event (进博会, 两会) is. See [`crate::lexicon::tag`].

use crate::layout::Doc;
use crate::lexicon::tag::{entities, Tagged, KIND_EVENTS};
use crate::text::any_char::AnyChar;
use crate::model::Entity;

pub fn find(doc: &Doc) -> Vec<Entity> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Entity> {
    let mut out = entities(doc, &tags.events);
    the_named_one(&mut out);
    out
}

/// A bare kind of event (签约仪式, 记者会) after the one of that kind the text named in full
/// (…战略合作协议签约仪式 … 签约仪式上) is that one: its mention moves to the last event
/// named before it whose name ends with the word.
#[inline(never)]
fn the_named_one(out: &mut Vec<Entity>) {
    use crate::text::script::fold;
    let names: Vec<String> = out.iter().map(|e| fold(&e.name)).collect();
    for b in 0..out.len() {
        if !names[b].is_one_of(KIND_EVENTS) {
            continue;
        }
        let mentions = std::mem::take(&mut out[b].mentions);
        for m in mentions {
            // (the event of that kind whose mention comes last before this one)
            let mut home = (0, b);
            for i in 0..out.len() {
                if i == b || names[i].len() <= names[b].len() || !names[i].ends_with(names[b].as_str()) {
                    continue;
                }
                for n in &out[i].mentions {
                    if n.end <= m.start && n.start >= home.0 {
                        home = (n.start, i);
                    }
                }
            }
            out[home.1].mentions.push(m);
        }
    }
    out.retain(|e| !e.mentions.is_empty());
}
