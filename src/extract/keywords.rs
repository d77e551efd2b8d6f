//! Filled in by a later issue; see ARCHITECTURE.md.
use crate::layout::Doc;
use crate::model::Keyword;

pub fn find(_doc: &Doc) -> Vec<Keyword> {
    Vec::new()
}
