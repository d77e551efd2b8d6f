//! Events: meetings, fairs, forums, festivals and games (座谈会, 第七届进博会, 两会, 论坛,
//! 博览会 …): an event word with the nouns, places, organisations and the ordinal
//! (第七届) or year written before it. A bare generic word (会议 alone) is not an event;
//! a word that names one event (进博会, 两会) is. See [`crate::lexicon::tag`].

use crate::layout::Doc;
use crate::lexicon::tag::{entities, Tagged};
use crate::model::Entity;

pub fn find(doc: &Doc) -> Vec<Entity> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Entity> {
    entities(doc, &tags.events)
}
