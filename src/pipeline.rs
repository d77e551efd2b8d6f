//! The order of the stages, in one function.

use crate::extract::{
    credits, dates, events, keywords, locations, money, organizations, people, quantities, quotes, summary, works,
};
use crate::layout::Doc;
use crate::model::{Convert, Extraction, Paragraph, Span};
use crate::options::Options;
use crate::text::{self, offsets::UnitConverter, Cleaned};
use crate::resolve;

/// repair → layout → extract → resolve → map back to the input.
pub fn run(input: &str, options: &Options) -> Extraction {
    let clean = text::repair(input);
    let doc = Doc::new(&clean, options);

    let mut x = Extraction::empty(options.offsets);
    x.script = clean.script;
    x.paragraphs = doc
        .paragraphs
        .iter()
        .map(|p| Paragraph { start: p.range.start, end: p.range.end, kind: p.kind, text: doc.text[p.range.clone()].to_string() })
        .collect();
    x.sentences = doc.sentences.iter().map(|r| Span::new(r.start, r.end)).collect();
    x.dates = dates::find(&doc);
    x.money = money::find(&doc);
    x.quantities = quantities::find(&doc);
    let tags = crate::lexicon::tag::Tagged::new(&doc);
    x.people = people::from_tags(&doc, &tags);
    x.organizations = organizations::from_tags(&doc, &tags);
    x.locations = locations::from_tags(&doc, &tags);
    x.works = works::find(&doc);
    x.events = events::from_tags(&doc, &tags);
    x.quotes = quotes::find_with(&doc, &x.people, &x.organizations);
    x.credits = credits::find(&doc);
    x.keywords = keywords::from_tags(&doc, &tags);
    x.summary = summary::from_keywords(&doc, &x.keywords);
    resolve::run(&doc, &mut x);
    drop_unrepresentable(&mut x);

    finish(input, &clean, options, x)
}

/// A numeral too long for f64 (a run of 400 digits) is not a figure: JSON has no infinity.
fn drop_unrepresentable(x: &mut Extraction) {
    let ok = |v: f64, max: Option<f64>| v.is_finite() && max.map_or(true, f64::is_finite);
    x.money.retain(|m| ok(m.amount, m.amount_max));
    x.quantities.retain(|q| ok(q.value, q.value_max));
}

/// Maps every span to the input in the requested unit, sorts, converts the script.
fn finish(input: &str, clean: &Cleaned, options: &Options, mut x: Extraction) -> Extraction {
    let units = UnitConverter::new(input, options.offsets);
    x.for_each_span_mut(|s, e| {
        let r = clean.map.map_range(*s..*e);
        *s = units.convert(r.start);
        *e = units.convert(r.end);
    });
    x.repairs = clean.repairs.clone();
    for r in &mut x.repairs {
        r.start = units.convert(r.start);
        r.end = units.convert(r.end);
    }
    sort_mentions(&mut x);
    x.text = clean.text.clone();
    x.warnings.extend(clean.warnings.iter().cloned());
    if options.convert != Convert::None {
        x.for_each_text_mut(|s| *s = text::script::convert(s, options.convert));
    }
    x
}

/// Mentions in text order; entities by their first mention.
fn sort_mentions(x: &mut Extraction) {
    x.dates.sort_by_key(|m| (m.start, m.end));
    x.money.sort_by_key(|m| (m.start, m.end));
    x.quantities.sort_by_key(|m| (m.start, m.end));
    x.quotes.sort_by_key(|m| (m.start, m.end));
    x.credits.sort_by_key(|m| (m.start, m.end));
    for p in &mut x.people {
        p.mentions.sort();
    }
    x.people.sort_by_key(|p| p.mentions.first().copied());
    for list in [&mut x.organizations, &mut x.locations, &mut x.works, &mut x.events] {
        for e in list.iter_mut() {
            e.mentions.sort();
        }
        list.sort_by_key(|e| e.mentions.first().copied());
    }
}
