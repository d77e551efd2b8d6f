//! Stage 2, layout: paragraphs (by line breaks), their kinds, and sentences.
//!
//! Everything here is in byte offsets of the repaired text.

pub mod kinds;
pub mod links;
pub mod sentences;

use crate::model::{ParagraphKind, Script};
use crate::options::Options;
use crate::text::Cleaned;
use std::ops::Range;

/// A paragraph of the repaired text: a non-blank line, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    pub range: Range<usize>,
    pub kind: ParagraphKind,
}

/// The laid-out document every extractor reads.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The repaired text.
    pub text: &'a str,
    /// `text` folded to simplified, same byte offsets: match dictionaries here.
    pub fold: &'a str,
    pub paragraphs: Vec<Para>,
    /// Sentences, each inside one paragraph, in order.
    pub sentences: Vec<Range<usize>>,
    pub script: Script,
    pub options: &'a Options,
    /// The titles in 《》 and 〈〉, read once (works and organisations both use them): see
    /// [`crate::extract::works::spans`].
    pub(crate) works: std::sync::OnceLock<Vec<Range<usize>>>,
}

impl<'a> Doc<'a> {
    pub fn new(clean: &'a Cleaned, options: &'a Options) -> Doc<'a> {
        let text = clean.text.as_str();
        let mut paragraphs: Vec<Para> = split_paragraphs(text)
            .into_iter()
            .map(|range| Para {
                range,
                kind: ParagraphKind::Body,
            })
            .collect();
        kinds::classify(text, &clean.fold, &mut paragraphs);
        let sentences = paragraphs
            .iter()
            .flat_map(|p| sentences::split(text, p.range.clone()))
            .collect();
        Doc {
            text,
            fold: &clean.fold,
            paragraphs,
            sentences,
            script: clean.script,
            options,
            works: std::sync::OnceLock::new(),
        }
    }

    /// The paragraph that holds byte `at`.
    pub fn paragraph_at(&self, at: usize) -> Option<&Para> {
        let i = self.paragraphs.partition_point(|p| p.range.end <= at);
        self.paragraphs.get(i).filter(|p| p.range.start <= at)
    }

    /// Paragraphs whose content is the article itself (not credits, promos, decoration).
    pub fn content_paragraphs(&self) -> impl Iterator<Item = &Para> {
        self.paragraphs.iter().filter(|p| {
            matches!(
                p.kind,
                ParagraphKind::Headline | ParagraphKind::Lead | ParagraphKind::Body
            )
        })
    }
}

/// Whitespace that may pad a paragraph.
pub fn is_pad(c: char) -> bool {
    c.is_whitespace()
}

/// Non-blank lines, with their padding trimmed.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let trimmed = line.trim_matches(is_pad);
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start_matches(is_pad).len();
            out.push(start + lead..start + lead + trimmed.len());
        }
        start = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let t = "  第一段。\n\n\t第二段 \n";
        let p = split_paragraphs(t);
        assert_eq!(p.len(), 2);
        assert_eq!(&t[p[0].clone()], "第一段。");
        assert_eq!(&t[p[1].clone()], "第二段");
    }
}
