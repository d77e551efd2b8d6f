//! Derived tables for `src/text` (conversion, GBK, pinyin, character levels).

pub fn run() {}
