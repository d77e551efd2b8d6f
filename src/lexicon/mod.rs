//! Embedded word lists (from `data/`) and their loader: parsed once, lazily.
