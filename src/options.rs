//! Options of one `extract` call, and the errors a caller can cause.
//!
//! Options are set by name from strings ([`Options::set`]) so that the CLI, the JSONL batch
//! mode and the JS boundary validate them in one place and name the bad option alike.

use crate::model::{Convert, OffsetUnit};
use std::fmt;

/// The largest input `extract` accepts, in UTF-8 bytes (32 MiB). Larger input is refused
/// with [`Error::InputTooLarge`] instead of risking an out-of-memory abort in a page.
pub const MAX_INPUT_BYTES: usize = 32 << 20;

/// A calendar date, as given in `referenceDate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A valid Gregorian date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

#[inline(never)]
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Options of one `extract` call. `Options::default()` is what the CLI uses with no flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Resolves 今年, 昨天 and dates without a year. Without it, years come only from the
    /// text itself.
    pub reference_date: Option<Date>,
    /// Unit of every `start`/`end` in the output.
    pub offsets: OffsetUnit,
    /// Script of the output strings.
    pub convert: Convert,
}

impl Options {
    /// The option names, as JS and JSONL spell them.
    pub const NAMES: [&'static str; 3] = ["referenceDate", "offsets", "convert"];

    /// Sets one option from its JS/JSONL name and string value.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), Error> {
        let bad = |expected: &str| Error::InvalidOption {
            name: name.to_string(),
            message: format!("{value:?} is not {expected}"),
        };
        match name {
            "referenceDate" => {
                self.reference_date = Some(
                    Date::parse_iso(value)
                        .ok_or_else(|| bad("a valid date of the form YYYY-MM-DD"))?,
                );
            }
            "offsets" => {
                self.offsets = match value {
                    "utf16" => OffsetUnit::Utf16,
                    "char" => OffsetUnit::Char,
                    "byte" => OffsetUnit::Byte,
                    _ => return Err(bad("one of \"utf16\", \"char\", \"byte\"")),
                }
            }
            "convert" => {
                self.convert = match value {
                    "none" => Convert::None,
                    "simplified" => Convert::Simplified,
                    "traditional" => Convert::Traditional,
                    _ => return Err(bad("one of \"none\", \"simplified\", \"traditional\"")),
                }
            }
            _ => {
                return Err(Error::InvalidOption {
                    name: name.to_string(),
                    message: format!("unknown option; the options are {}", Self::NAMES.join(", ")),
                })
            }
        }
        Ok(())
    }
}

/// What can go wrong in a call: always the caller's input, never an internal fault.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An option has an unknown name or a value of the wrong kind.
    InvalidOption { name: String, message: String },
    /// The input is longer than [`MAX_INPUT_BYTES`].
    InputTooLarge { bytes: usize, limit: usize },
    /// The text argument is not a string (JS boundary only).
    InvalidText { message: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidOption { name, message } => write!(f, "invalid option `{name}`: {message}"),
            Error::InputTooLarge { bytes, limit } => write!(
                f,
                "input too large: {bytes} bytes of UTF-8; the limit is {limit} bytes ({} MiB); split the text",
                limit >> 20
            ),
            Error::InvalidText { message } => write!(f, "invalid text: {message}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_validated() {
        assert_eq!(
            Date::parse_iso("2025-01-22"),
            Some(Date {
                year: 2025,
                month: 1,
                day: 22
            })
        );
        assert_eq!(Date::parse_iso("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse_iso("2025-02-29"), None);
        assert_eq!(Date::parse_iso("2025-13-01"), None);
        assert_eq!(Date::parse_iso("2025-1-22"), None);
        assert_eq!(Date::parse_iso("２０２５-01-22"), None);
    }

    #[test]
    fn bad_options_are_named() {
        let mut o = Options::default();
        let e = o.set("offsets", "words").unwrap_err().to_string();
        assert!(e.contains("`offsets`") && e.contains("words"), "{e}");
        let e = o
            .set("referenceDate", "2025-02-30")
            .unwrap_err()
            .to_string();
        assert!(e.contains("`referenceDate`"), "{e}");
        let e = o.set("colour", "red").unwrap_err().to_string();
        assert!(e.contains("`colour`") && e.contains("unknown"), "{e}");
        o.set("convert", "simplified").unwrap();
        assert_eq!(o.convert, Convert::Simplified);
    }
}
