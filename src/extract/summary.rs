//! Filled in by a later issue; see ARCHITECTURE.md.
use crate::layout::Doc;

pub fn find(_doc: &Doc) -> Vec<String> {
    Vec::new()
}
