//! # zhextract
//!
//! Structured data from pasted Chinese article text: the repaired text, its paragraphs by
//! kind, dates, money, quantities, people with their roles, organisations, places, works,
//! events, quotes, credits, keywords and a summary. Every mention points back at the
//! characters the caller passed in.
//!
//! The same core runs natively (the `zhextract` CLI) and in the browser (the wasm module,
//! see `www/`).
//!
//! ```
//! use zhextract::{extract, Options};
//!
//! let text = "2024年，鞍山钢铁无偿帮扶投入1830萬(wàn)元。";
//! let x = extract(text, &Options::default());
//! assert_eq!(x.money.len(), 1);
//! let m = &x.money[0];
//! assert_eq!(m.amount, 18_300_000.0);
//! assert_eq!(m.currency, "CNY");
//! // Offsets count chars of the input by default; the span covers the reading (wàn).
//! let pasted: String = text.chars().skip(m.start).take(m.end - m.start).collect();
//! assert_eq!(pasted, "1830萬(wàn)元");
//! assert_eq!(m.text, "1830萬元");
//! ```
//!
//! ## Stages
//! 1. [`text`]: repair (pinyin readings, mojibake, width, control characters) with an
//!    offset map back to the input;
//! 2. [`layout`]: paragraphs, their kinds, sentences;
//! 3. [`extract`]: one pure function per kind of mention;
//! 4. [`resolve`]: links across mentions.

// .cargo/config.toml sets RUSTC_BOOTSTRAP for one -Z flag of the wasm build; no unstable
// feature of the language may come in with it.
#![forbid(unstable_features)]

/// A constant list of words as a [`text::any_char::Packed`]: `packed_words!["厅", "局"]`.
#[allow(unused_macros)]
macro_rules! packed_words {
    ($($w:literal),* $(,)?) => {{
        const JOINED: &str = concat!($($w, "|"),*);
        const PACKED: [u8; JOINED.len()] = $crate::text::any_char::pack(JOINED);
        const WORDS: $crate::text::any_char::Packed = $crate::text::any_char::Packed::new(&PACKED);
        WORDS
    }};
}

/// A constant list of words as a [`text::any_char::Words`]: packed in the wasm module (8
/// bytes less per word), a slice natively (issue 8).
#[cfg(target_arch = "wasm32")]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        packed_words![$($w),*]
    };
}
/// See the wasm build's `words!`.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::text::any_char::Slice(&[$($w),*])
    };
}

pub mod extract;
pub mod layout;
pub mod lexicon;
pub mod model;
pub mod options;
mod pipeline;
pub mod resolve;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::*;
pub use options::{Date, Error, Options, MAX_INPUT_BYTES};

/// Extracts everything from `text`. Empty text gives an empty extraction. Text over
/// [`MAX_INPUT_BYTES`] gives an empty extraction whose `warnings` say why; use
/// [`try_extract`] to get that as an error.
pub fn extract(text: &str, options: &Options) -> Extraction {
    match try_extract(text, options) {
        Ok(x) => x,
        Err(e) => {
            let mut x = Extraction::empty(options.offsets);
            x.warnings.push(e.to_string());
            x
        }
    }
}

/// Like [`extract`], but refuses input over [`MAX_INPUT_BYTES`] with an error.
pub fn try_extract(text: &str, options: &Options) -> Result<Extraction, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge {
            bytes: text.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    Ok(pipeline::run(text, options))
}

/// The crate version, as the CLI and `version()` in JS report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
