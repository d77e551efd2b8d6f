//! Organisations: companies, government bodies, party committees, media, teams. Found by
//! a head word (公司, 集团, 党委, 省委, 组织部, 记者站, 网 …, and jieba's organisation
//! words) extended left over the proper nouns before it, and by "place + industry"
//! (鞍山钢铁); see [`crate::lexicon::tag`]. Abbreviations are linked to full names in
//! [`crate::resolve`].

use crate::layout::Doc;
use crate::lexicon::tag::{entities, Tagged};
use crate::model::Entity;

pub fn find(doc: &Doc) -> Vec<Entity> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Entity> {
    entities(doc, &tags.orgs)
}
