//! Stage 4: links across mentions (person ↔ title ↔ organisation, short names to full
//! names, speakers, year inference). Filled in by the entity issue.
use crate::layout::Doc;
use crate::model::Extraction;

pub fn run(_doc: &Doc, _x: &mut Extraction) {}
