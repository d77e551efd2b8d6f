//! Fuzz target over the whole public API: `extract`/`try_extract` with every option, the
//! option parser, the numeral parser and the script conversion (see ../check.rs).
//!
//! cargo +nightly fuzz run extract fuzz/corpus-work/extract fuzz/corpus/extract
#![no_main]

#[path = "../check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::run(data));
