//! The output types of `SCHEMA.md`: what `extract` returns, what the CLI prints and what
//! JS receives. Field names are camelCase in JSON. Nothing but types lives here.
//!
//! Inside the pipeline every `start`/`end` is a byte offset into the *repaired* text; the
//! last stage of the pipeline maps them to the caller's input in the unit the caller asked
//! for (see [`crate::text::offsets`]).

use serde::{Deserialize, Serialize};

/// Version of this contract; bumped when a documented field is renamed or dropped.
pub const SCHEMA_VERSION: u32 = 1;

/// Unit of every `start`/`end` in an [`Extraction`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript's `String.prototype.slice` counts.
    Utf16,
    /// Unicode scalar values (Python `str` indices).
    #[default]
    Char,
    /// UTF-8 bytes (Rust `str` indices).
    Byte,
}

/// Script of the strings in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Convert {
    /// As pasted.
    #[default]
    None,
    Simplified,
    Traditional,
}

/// Script of the input's Han text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Simplified,
    Traditional,
    Mixed,
    /// No Han text, or none that tells the scripts apart.
    #[default]
    None,
}

/// A stretch of the input, end exclusive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RepairKind {
    PinyinAnnotation,
    Mojibake,
    Width,
    Whitespace,
    ControlChar,
    /// An HTML character reference decoded or a tag removed.
    Markup,
}

/// One change the text stage made to the pasted string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Repair {
    pub start: usize,
    pub end: usize,
    pub kind: RepairKind,
    /// The pasted characters.
    pub original: String,
    /// What stands in the repaired text instead (empty for a removal).
    pub replacement: String,
    /// For a guessed character: how sure the repair is (0..1), to two decimals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ParagraphKind {
    Headline,
    Lead,
    Body,
    Credit,
    Disclaimer,
    Promo,
    Decoration,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
    /// Repaired text of the paragraph.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// ISO 8601, as precise as the text: "2025-01-22", "2024", "--01-22", "2025-01-22T14:30".
    pub value: String,
    /// High end of a range (1月22日至25日).
    #[serde(rename = "end_value", skip_serializing_if = "Option::is_none")]
    pub end_value: Option<String>,
    /// True when the year was not written next to the date.
    pub year_inferred: bool,
    /// 今年, 昨天, 上周三 ...
    pub relative: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// 1830万元 -> 18300000; for a range, its low end.
    pub amount: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    pub approximate: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum QuantityKind {
    Count,
    Percent,
    Ordinal,
    Measure,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub unit: String,
    pub kind: QuantityKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The text gives the number loosely: 十几个, 100多人, 约30%, ranges.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
}

/// An organisation, place, work or event, with every place the text names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    pub name: String,
    pub mentions: Vec<Span>,
    /// Other names of the same thing in this text (鞍钢 for 鞍山钢铁).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub name: String,
    pub mentions: Vec<Span>,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub verb: String,
    /// The quoted content.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum CreditRole {
    Author,
    Reporter,
    Editor,
    ChiefEditor,
    Photographer,
    Contributor,
    Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Credit {
    pub start: usize,
    pub end: usize,
    pub role: CreditRole,
    /// As written: 撰稿, 责任编辑, 微信编辑, 来源 ...
    pub label: String,
    pub names: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Keyword {
    pub word: String,
    pub score: f64,
}

/// Everything `extract` finds in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Extraction {
    pub schema_version: u32,
    pub offsets: OffsetUnit,
    pub script: Script,
    /// The repaired text.
    pub text: String,
    pub repairs: Vec<Repair>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    pub dates: Vec<DateMention>,
    pub money: Vec<Money>,
    pub quantities: Vec<Quantity>,
    pub people: Vec<Person>,
    pub organizations: Vec<Entity>,
    pub locations: Vec<Entity>,
    pub works: Vec<Entity>,
    pub events: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub credits: Vec<Credit>,
    pub keywords: Vec<Keyword>,
    pub summary: Vec<String>,
    pub warnings: Vec<String>,
}

/// The names serde gives the variants (the JS boundary builds its objects by hand).
impl OffsetUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Char => "char",
            OffsetUnit::Byte => "byte",
        }
    }
}
impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
            Script::None => "none",
        }
    }
}
impl RepairKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RepairKind::PinyinAnnotation => "pinyinAnnotation",
            RepairKind::Mojibake => "mojibake",
            RepairKind::Width => "width",
            RepairKind::Whitespace => "whitespace",
            RepairKind::ControlChar => "controlChar",
            RepairKind::Markup => "markup",
        }
    }
}
impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Headline => "headline",
            ParagraphKind::Lead => "lead",
            ParagraphKind::Body => "body",
            ParagraphKind::Credit => "credit",
            ParagraphKind::Disclaimer => "disclaimer",
            ParagraphKind::Promo => "promo",
            ParagraphKind::Decoration => "decoration",
        }
    }
}
impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Count => "count",
            QuantityKind::Percent => "percent",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Measure => "measure",
        }
    }
}
impl CreditRole {
    pub fn as_str(self) -> &'static str {
        match self {
            CreditRole::Author => "author",
            CreditRole::Reporter => "reporter",
            CreditRole::Editor => "editor",
            CreditRole::ChiefEditor => "chiefEditor",
            CreditRole::Photographer => "photographer",
            CreditRole::Contributor => "contributor",
            CreditRole::Source => "source",
        }
    }
}

impl Extraction {
    /// An extraction with nothing in it, in the given unit.
    pub fn empty(offsets: OffsetUnit) -> Self {
        Extraction {
            schema_version: SCHEMA_VERSION,
            offsets,
            script: Script::None,
            text: String::new(),
            repairs: Vec::new(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            dates: Vec::new(),
            money: Vec::new(),
            quantities: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            locations: Vec::new(),
            works: Vec::new(),
            events: Vec::new(),
            quotes: Vec::new(),
            credits: Vec::new(),
            keywords: Vec::new(),
            summary: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Calls `f` on every (start, end) pair in the extraction, repairs excepted (they are
    /// created in input coordinates already).
    pub fn for_each_span_mut(&mut self, mut f: impl FnMut(&mut usize, &mut usize)) {
        for p in &mut self.paragraphs {
            f(&mut p.start, &mut p.end);
        }
        for s in &mut self.sentences {
            f(&mut s.start, &mut s.end);
        }
        for d in &mut self.dates {
            f(&mut d.start, &mut d.end);
        }
        for m in &mut self.money {
            f(&mut m.start, &mut m.end);
        }
        for q in &mut self.quantities {
            f(&mut q.start, &mut q.end);
        }
        for p in &mut self.people {
            for s in &mut p.mentions {
                f(&mut s.start, &mut s.end);
            }
        }
        for list in [
            &mut self.organizations,
            &mut self.locations,
            &mut self.works,
            &mut self.events,
        ] {
            for e in list.iter_mut() {
                for s in &mut e.mentions {
                    f(&mut s.start, &mut s.end);
                }
            }
        }
        for q in &mut self.quotes {
            f(&mut q.start, &mut q.end);
        }
        for c in &mut self.credits {
            f(&mut c.start, &mut c.end);
        }
    }

    /// Calls `f` on every string that quotes or names something in the text (used to
    /// convert the output to another script). Labels like `verb` and `unit` are included;
    /// enum values and ISO codes are not.
    pub fn for_each_text_mut(&mut self, mut f: impl FnMut(&mut String)) {
        f(&mut self.text);
        for r in &mut self.repairs {
            f(&mut r.replacement);
        }
        for p in &mut self.paragraphs {
            f(&mut p.text);
        }
        for d in &mut self.dates {
            f(&mut d.text);
        }
        for m in &mut self.money {
            f(&mut m.text);
        }
        for q in &mut self.quantities {
            f(&mut q.text);
            f(&mut q.unit);
            if let Some(s) = &mut q.subject {
                f(s);
            }
        }
        for p in &mut self.people {
            f(&mut p.name);
            for r in &mut p.roles {
                f(&mut r.title);
                if let Some(o) = &mut r.organization {
                    f(o);
                }
            }
        }
        for list in [
            &mut self.organizations,
            &mut self.locations,
            &mut self.works,
            &mut self.events,
        ] {
            for e in list.iter_mut() {
                f(&mut e.name);
                for a in &mut e.aliases {
                    f(a);
                }
            }
        }
        for q in &mut self.quotes {
            if let Some(s) = &mut q.speaker {
                f(s);
            }
            f(&mut q.verb);
            f(&mut q.text);
        }
        for c in &mut self.credits {
            f(&mut c.label);
            for n in &mut c.names {
                f(n);
            }
            if let Some(o) = &mut c.organization {
                f(o);
            }
        }
        for k in &mut self.keywords {
            f(&mut k.word);
        }
        for s in &mut self.summary {
            f(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_name<T: Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    #[test]
    fn as_str_is_the_serde_name() {
        assert_eq!(OffsetUnit::Utf16.as_str(), serde_name(OffsetUnit::Utf16));
        assert_eq!(OffsetUnit::Char.as_str(), serde_name(OffsetUnit::Char));
        assert_eq!(OffsetUnit::Byte.as_str(), serde_name(OffsetUnit::Byte));
        assert_eq!(Script::Simplified.as_str(), serde_name(Script::Simplified));
        assert_eq!(
            Script::Traditional.as_str(),
            serde_name(Script::Traditional)
        );
        assert_eq!(Script::Mixed.as_str(), serde_name(Script::Mixed));
        assert_eq!(Script::None.as_str(), serde_name(Script::None));
        assert_eq!(
            RepairKind::PinyinAnnotation.as_str(),
            serde_name(RepairKind::PinyinAnnotation)
        );
        assert_eq!(
            RepairKind::Mojibake.as_str(),
            serde_name(RepairKind::Mojibake)
        );
        assert_eq!(RepairKind::Width.as_str(), serde_name(RepairKind::Width));
        assert_eq!(
            RepairKind::Whitespace.as_str(),
            serde_name(RepairKind::Whitespace)
        );
        assert_eq!(
            RepairKind::ControlChar.as_str(),
            serde_name(RepairKind::ControlChar)
        );
        assert_eq!(RepairKind::Markup.as_str(), serde_name(RepairKind::Markup));
        assert_eq!(
            ParagraphKind::Headline.as_str(),
            serde_name(ParagraphKind::Headline)
        );
        assert_eq!(
            ParagraphKind::Lead.as_str(),
            serde_name(ParagraphKind::Lead)
        );
        assert_eq!(
            ParagraphKind::Body.as_str(),
            serde_name(ParagraphKind::Body)
        );
        assert_eq!(
            ParagraphKind::Credit.as_str(),
            serde_name(ParagraphKind::Credit)
        );
        assert_eq!(
            ParagraphKind::Disclaimer.as_str(),
            serde_name(ParagraphKind::Disclaimer)
        );
        assert_eq!(
            ParagraphKind::Promo.as_str(),
            serde_name(ParagraphKind::Promo)
        );
        assert_eq!(
            ParagraphKind::Decoration.as_str(),
            serde_name(ParagraphKind::Decoration)
        );
        assert_eq!(
            QuantityKind::Count.as_str(),
            serde_name(QuantityKind::Count)
        );
        assert_eq!(
            QuantityKind::Percent.as_str(),
            serde_name(QuantityKind::Percent)
        );
        assert_eq!(
            QuantityKind::Ordinal.as_str(),
            serde_name(QuantityKind::Ordinal)
        );
        assert_eq!(
            QuantityKind::Measure.as_str(),
            serde_name(QuantityKind::Measure)
        );
        assert_eq!(CreditRole::Author.as_str(), serde_name(CreditRole::Author));
        assert_eq!(
            CreditRole::Reporter.as_str(),
            serde_name(CreditRole::Reporter)
        );
        assert_eq!(CreditRole::Editor.as_str(), serde_name(CreditRole::Editor));
        assert_eq!(
            CreditRole::ChiefEditor.as_str(),
            serde_name(CreditRole::ChiefEditor)
        );
        assert_eq!(
            CreditRole::Photographer.as_str(),
            serde_name(CreditRole::Photographer)
        );
        assert_eq!(
            CreditRole::Contributor.as_str(),
            serde_name(CreditRole::Contributor)
        );
        assert_eq!(CreditRole::Source.as_str(), serde_name(CreditRole::Source));
    }
}
