//! Helpers shared by the test crates (`mod common;`): extraction with byte offsets, so that
//! a test can slice its own text with a mention's span, and the quotes as tuples.
#![allow(dead_code)]

use zhextract::{extract, Date, Extraction, OffsetUnit, Options, Person};

/// The extraction of `s`, spans in bytes of `s`.
pub fn run(s: &str) -> Extraction {
    extract(
        s,
        &Options {
            offsets: OffsetUnit::Byte,
            ..Options::default()
        },
    )
}

/// The money of `s` as (text, amount, currency).
pub fn money(s: &str) -> Vec<(String, f64, String)> {
    run(s)
        .money
        .iter()
        .map(|m| (m.text.clone(), m.amount, m.currency.clone()))
        .collect()
}

/// The quotes of `s` as (speaker, verb, text); each span must point at its text.
pub fn quotes(s: &str) -> Vec<(String, String, String)> {
    run(s)
        .quotes
        .into_iter()
        .map(|q| {
            assert_eq!(&s[q.start..q.end], q.text);
            (q.speaker.unwrap_or_default(), q.verb, q.text)
        })
        .collect()
}

/// An expected quote, as [`quotes`] gives it.
pub fn q(speaker: &str, verb: &str, text: &str) -> (String, String, String) {
    (speaker.into(), verb.into(), text.into())
}

/// The person named `name`; panics with the names found when there is none.
pub fn person<'a>(x: &'a Extraction, name: &str) -> &'a Person {
    x.people.iter().find(|p| p.name == name).unwrap_or_else(|| {
        panic!(
            "{name} in {:?}",
            x.people.iter().map(|p| &p.name).collect::<Vec<_>>()
        )
    })
}

/// The roles of the person named `name` as (title, organisation).
pub fn roles(x: &Extraction, name: &str) -> Vec<(String, Option<String>)> {
    person(x, name)
        .roles
        .iter()
        .map(|r| (r.title.clone(), r.organization.clone()))
        .collect()
}

/// Options with `date` (YYYY-MM-DD) as the reference date.
pub fn with_reference(date: &str) -> Options {
    Options {
        reference_date: Date::parse_iso(date),
        ..Options::default()
    }
}

/// The dates found: text, value, end value.
pub fn date_ranges(x: &Extraction) -> Vec<(&str, &str, Option<&str>)> {
    x.dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str(), d.end_value.as_deref()))
        .collect()
}

/// The organisations' names in `s`.
pub fn orgs(s: &str) -> Vec<String> {
    run(s).organizations.into_iter().map(|e| e.name).collect()
}

/// The places' names in `s`.
pub fn places(s: &str) -> Vec<String> {
    run(s).locations.into_iter().map(|e| e.name).collect()
}

/// Whether `name` is in `list`.
pub fn has(list: &[String], name: &str) -> bool {
    list.iter().any(|n| n == name)
}

/// Each quantity's text, unit and subject, in order.
pub fn subjects(x: &Extraction) -> Vec<(&str, &str, Option<&str>)> {
    x.quantities
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_str(), q.subject.as_deref()))
        .collect()
}

/// The names of an extraction's people, places, organisations and events, in its order.
pub fn people_of(x: &Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

pub fn places_of(x: &Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

pub fn orgs_of(x: &Extraction) -> Vec<&str> {
    x.organizations.iter().map(|p| p.name.as_str()).collect()
}

pub fn events_of(x: &Extraction) -> Vec<&str> {
    x.events.iter().map(|p| p.name.as_str()).collect()
}
