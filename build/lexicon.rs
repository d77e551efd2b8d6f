//! Derived tables for `src/lexicon` (words, places, names).

pub fn run() {}
