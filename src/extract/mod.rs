//! Stage 3: one module per kind of mention, each a pure function of the laid-out [`Doc`].
//!
//! [`Doc`]: crate::layout::Doc

pub mod credits;
pub mod dates;
pub mod events;
pub(crate) mod festivals;
pub mod keywords;
pub mod locations;
pub mod money;
pub mod numbers;
pub mod organizations;
pub mod people;
pub mod quantities;
pub mod quotes;
pub mod summary;
pub mod works;
