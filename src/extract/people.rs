//! Filled in by a later issue; see ARCHITECTURE.md.
use crate::layout::Doc;
use crate::model::Person;

pub fn find(_doc: &Doc) -> Vec<Person> {
    Vec::new()
}
