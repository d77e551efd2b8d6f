//! Filled in by a later issue; see ARCHITECTURE.md.
use crate::layout::Doc;
use crate::model::Quote;

pub fn find(_doc: &Doc) -> Vec<Quote> {
    Vec::new()
}
