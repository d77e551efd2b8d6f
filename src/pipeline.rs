//! The order of the stages, in one function.

use crate::extract::{
    credits, dates, events, keywords, locations, money, organizations, people, quantities, quotes,
    summary, works,
};
use crate::layout::Doc;
use crate::model::{Convert, Entity, Extraction, Paragraph, Span};
use crate::options::Options;
use crate::resolve;
use crate::text::any_char::AnyChar;
use crate::text::{self, offsets::UnitConverter, Cleaned};

/// A date inside a credit, its outlet before it included, is part of a name: 21世纪 of
/// 21世纪经济报道记者 陆敏, 立冬 of 图片编辑：蒋立冬.
#[inline(never)]
fn drop_dates_in_credits(text: &str, x: &mut Extraction) {
    if x.credits.is_empty() || x.dates.is_empty() {
        return;
    }
    let spans: Vec<std::ops::Range<usize>> = x
        .credits
        .iter()
        .map(|c| {
            let head = text.get(..c.start).unwrap_or("");
            let o = c.organization.as_deref().filter(|o| head.ends_with(o));
            c.start - o.map_or(0, str::len)..c.end
        })
        .collect();
    x.dates
        .retain(|d| !spans.iter().any(|s| s.start <= d.start && d.end <= s.end));
}

/// A meeting speaks in the report of it (会议指出, 全会强调): each meeting among the events,
/// as a speaker named by its own mentions and by 会议 opening a clause after its first one
/// (before the next meeting's).
#[inline(never)]
fn meeting_speakers(doc: &Doc, x: &mut Extraction) {
    fn meeting(e: &Entity) -> bool {
        e.name.ends_with("会议") || e.name.ends_with("全会")
    }
    // (the events come in the order of their first mentions)
    for (i, e) in x.events.iter().enumerate() {
        let Some(&first) = e.mentions.first().filter(|_| meeting(e)) else {
            continue;
        };
        // (up to the next meeting named)
        let until = x.events[i + 1..]
            .iter()
            .find(|n| meeting(n))
            .and_then(|n| n.mentions.first())
            .map_or(doc.fold.len(), |m| m.start.max(first.end));
        let mut mentions: Vec<Span> = e.mentions.clone();
        // (each within a few paragraphs of the one before: 会议结果表明 in a story of
        // another meeting is not this one's)
        let mut last = first.end;
        let mut from = first.end;
        while let Some(p) = doc.fold[from..until].find("会议") {
            let at = from + p;
            from = at + "会议".len();
            let opens = doc.fold[..at].ends_any(&['。', '，', '；', '：', '\n', '！']);
            let says = doc.fold[from..].starts_with_any(words![
                "指出", "强调", "认为", "要求", "表示", "提出", "明确", "号召", "提醒", "呼吁",
            ]);
            if opens && says && at - last <= 2400 {
                mentions.push(Span::new(at, from));
                last = at;
            }
        }
        x.organizations.push(Entity {
            name: e.name.clone(),
            mentions,
            aliases: Vec::new(),
        });
    }
}

/// A court or a procuratorate the text named, written again as the bare word opening a
/// clause before its finding (法院经审理认为, 法院认为, 检察院指控): the last one named before
/// it speaks there, as [`meeting_speakers`] adds, for the quotes only.
fn court_speakers(doc: &Doc, x: &mut Extraction) {
    let mut found: Vec<Entity> = Vec::new();
    for head in ["法院", "检察院"] {
        let mut from = 0;
        while let Some(p) = doc.fold[from..].find(head) {
            let at = from + p;
            from = at + head.len();
            let opens = at == 0 || doc.fold[..at].ends_any(&['。', '，', '；', '\n', '！']);
            let rest = doc.fold[from..].strip_prefix("经审理").unwrap_or(&doc.fold[from..]);
            let says = rest.starts_with_any(words!["认为", "指出", "表示", "指控", "查明", "通报"]);
            if !(opens && says) {
                continue;
            }
            // (the court named last before it)
            let named = x
                .organizations
                .iter()
                .filter(|o| o.name.ends_with(head))
                .filter_map(|o| o.mentions.iter().filter(|m| m.end <= at).map(|m| m.start).max().map(|m| (m, o)))
                .max_by_key(|&(m, _)| m)
                .map(|(_, o)| o.name.clone());
            if let Some(name) = named {
                match found.iter_mut().find(|e| e.name == name) {
                    Some(e) => e.mentions.push(Span::new(at, from)),
                    None => found.push(Entity {
                        name,
                        mentions: vec![Span::new(at, from)],
                        aliases: Vec::new(),
                    }),
                }
            }
        }
    }
    x.organizations.extend(found);
}

/// repair → layout → extract → resolve → map back to the input.
pub fn run(input: &str, options: &Options) -> Extraction {
    let clean = text::repair(input);
    let doc = Doc::new(&clean, options);

    let mut x = Extraction::empty(options.offsets);
    x.script = clean.script;
    x.paragraphs = doc
        .paragraphs
        .iter()
        // the text of each paragraph is copied in `finish`, once the tags and the layout are
        // freed: it is a second copy of the whole text (peak heap, issue 7)
        .map(|p| Paragraph {
            start: p.range.start,
            end: p.range.end,
            kind: p.kind,
            text: String::new(),
        })
        .collect();
    x.sentences = doc
        .sentences
        .iter()
        .map(|r| Span::new(r.start, r.end))
        .collect();
    let tags = crate::lexicon::tag::Tagged::new(&doc);
    // (no date inside a name: 周一 of 周一鸣)
    let mut names: Vec<std::ops::Range<usize>> = tags.people.iter().map(|p| p.span.clone()).collect();
    names.sort_unstable_by_key(|r| r.start);
    x.dates = dates::find_outside(&doc, dates::Prefer::NEWS, &names);
    x.money = money::find(&doc);
    x.quantities = quantities::find_unclaimed(&doc, &x.money, &x.dates);
    x.people = people::from_tags(&doc, &tags);
    x.organizations = organizations::from_tags(&doc, &tags);
    x.locations = locations::from_tags(&doc, &tags);
    x.works = works::find(&doc);
    x.events = events::from_tags(&doc, &tags);
    // (the meetings speak as organisations do, for the quotes only)
    let orgs = x.organizations.len();
    meeting_speakers(&doc, &mut x);
    court_speakers(&doc, &mut x);
    x.quotes = quotes::find_with(&doc, &x.people, &x.organizations);
    x.organizations.truncate(orgs);
    x.credits = credits::find(&doc);
    quotes::cut_at_credits(&doc, &mut x.quotes, &x.credits);
    drop_dates_in_credits(doc.text, &mut x);
    resolve::run(&doc, &mut x);
    // (after the resolver: every mention of a person is one keyword candidate)
    let people = x
        .people
        .iter()
        .flat_map(|p| p.mentions.iter().map(|m| m.start..m.end));
    // no keyword from a credit line (a reporter's name), nor from a measure or a sum of
    // money: 微克/立方米 of 37微克/立方米 is the unit of a figure, not a topic of the text
    let skip: Vec<std::ops::Range<usize>> = x
        .credits
        .iter()
        .map(|c| c.start..c.end)
        .chain(
            x.quantities
                .iter()
                .filter(|q| q.kind == crate::model::QuantityKind::Measure)
                .map(|q| q.start..q.end),
        )
        .chain(x.money.iter().map(|m| m.start..m.end))
        // (nor the label of a title line: 原标题：…)
        .chain(doc.paragraphs.iter().filter_map(|p| {
            let s = p.range.start;
            (p.kind == crate::model::ParagraphKind::Headline
                && doc.fold.get(s..)?.starts_with("原标题"))
            .then(|| s..s + "原标题".len())
        }))
        .collect();
    x.keywords = keywords::from_tags_with_people(&doc, &tags, people, &skip);
    x.summary = summary::from_parts(&doc, &x.keywords, &x.dates, &x.money);
    crate::layout::links::drop_mentions_inside(doc.text, &mut x);
    drop_unrepresentable(&mut x);
    // The tags and the layout are done with: free them before the output is built, and
    // move the repaired text and the repairs into it instead of copying them (peak heap).
    drop(tags);
    drop(doc);
    finish(input, clean, options, x)
}

/// A numeral too long for f64 (a run of 400 digits) is not a figure: JSON has no infinity.
fn drop_unrepresentable(x: &mut Extraction) {
    let ok = |v: f64, max: Option<f64>| v.is_finite() && max.map_or(true, f64::is_finite);
    x.money.retain(|m| ok(m.amount, m.amount_max));
    x.quantities.retain(|q| ok(q.value, q.value_max));
}

/// Maps every span to the input in the requested unit, sorts, converts the script.
fn finish(input: &str, mut clean: Cleaned, options: &Options, mut x: Extraction) -> Extraction {
    for p in &mut x.paragraphs {
        p.text = clean
            .text
            .get(p.start..p.end)
            .unwrap_or_default()
            .to_string();
    }
    let units = UnitConverter::new(input, options.offsets);
    x.for_each_span_mut(|s, e| map_span(&clean.map, &units, s, e));
    x.repairs = std::mem::take(&mut clean.repairs);
    for r in &mut x.repairs {
        r.start = units.convert(r.start);
        r.end = units.convert(r.end);
    }
    sort_mentions(&mut x);
    x.text = std::mem::take(&mut clean.text);
    x.warnings.append(&mut clean.warnings);
    if options.convert != Convert::None {
        x.for_each_text_mut(|s| convert_in_place(s, options.convert));
    }
    x
}

/// A span of the repaired text as a span of the input in the requested unit. Not inlined:
/// `for_each_span_mut` calls it from ten places, and ten inlined copies of the mapping
/// made `finish` one of the largest functions of the module.
#[inline(never)]
fn map_span(map: &text::offsets::OffsetMap, units: &UnitConverter, s: &mut usize, e: &mut usize) {
    let r = map.map_range(*s..*e);
    *s = units.convert(r.start);
    *e = units.convert(r.end);
}

/// A text of the output in the requested script. Not inlined: `for_each_text_mut` calls it
/// from some twenty places.
#[inline(never)]
fn convert_in_place(s: &mut String, to: Convert) {
    *s = text::script::convert(s, to);
}

/// Mentions in text order; entities by their first mention.
fn sort_mentions(x: &mut Extraction) {
    sort_by_span(&mut x.dates, |m| (m.start, m.end));
    sort_by_span(&mut x.money, |m| (m.start, m.end));
    sort_by_span(&mut x.quantities, |m| (m.start, m.end));
    sort_by_span(&mut x.quotes, |m| (m.start, m.end));
    sort_by_span(&mut x.credits, |m| (m.start, m.end));
    for p in &mut x.people {
        sort_by_span(&mut p.mentions, |s| (s.start, s.end));
    }
    sort_by_span(&mut x.people, |p| {
        p.mentions.first().map_or((0, 0), |s| (s.start, s.end))
    });
    for list in [
        &mut x.organizations,
        &mut x.locations,
        &mut x.works,
        &mut x.events,
    ] {
        for e in list.iter_mut() {
            sort_by_span(&mut e.mentions, |s| (s.start, s.end));
        }
        sort_by_span(list, |e| {
            e.mentions.first().map_or((0, 0), |s| (s.start, s.end))
        });
    }
}

/// Sorts `v` by a (start, end) key, keeping the order of ties, like `sort_by_key`. The sort
/// itself runs once on (key, index) triples in [`sort_swaps`], which is not generic: every
/// `sort_by_key` call site compiles its own copy of the sort (about 5 KB of wasm each), and
/// those copies were 30% of the module (issue 8). What stays generic, at each of some thirty
/// call sites, is the keys' collection and one swap per element out of place.
pub fn sort_by_span<T>(v: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize)) {
    // (one element or none: no allocation; sorted input costs a scan of the keys)
    if v.len() < 2 {
        return;
    }
    let mut keys: Vec<(usize, usize, usize)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let (start, end) = key(x);
            (start, end, i)
        })
        .collect();
    sort_swaps(&mut keys);
    for &(a, b, _) in &keys {
        v.swap(a, b);
    }
}

/// Sorts (key, index) triples stably and turns them into the swaps, in order, that put each
/// element in its place (`(a, b, 0)`: swap elements a and b); none when they are in order.
#[inline(never)]
fn sort_swaps(keys: &mut Vec<(usize, usize, usize)>) {
    if keys
        .windows(2)
        .all(|w| (w[0].0, w[0].1) <= (w[1].0, w[1].1))
    {
        keys.clear();
        return;
    }
    sort_keys(keys);
    // who[k]: the element now at position k; at[i]: where element i now is
    let mut who: Vec<usize> = (0..keys.len()).collect();
    let mut at = who.clone();
    let mut swaps = Vec::new();
    for (k, &(_, _, i)) in keys.iter().enumerate() {
        let j = at[i];
        if j != k {
            swaps.push((k, j, 0));
            let other = who[k];
            who[j] = other;
            at[other] = j;
            who[k] = i;
            at[i] = k;
        }
    }
    *keys = swaps;
}

#[inline(never)]
pub(crate) fn sort_keys(keys: &mut [(usize, usize, usize)]) {
    keys.sort_unstable();
}

/// The keys of sorted `keys` whose first two fields are `(a, b)`: a sorted vector of
/// triples serves as the few sets and multimaps of the extractors, where each hash map
/// type compiled its own table code (issue 8).
#[inline(never)]
pub(crate) fn key_range(
    keys: &[(usize, usize, usize)],
    a: usize,
    b: usize,
) -> &[(usize, usize, usize)] {
    let lo = keys.partition_point(|k| (k.0, k.1) < (a, b));
    let hi = lo + keys[lo..].partition_point(|k| (k.0, k.1) == (a, b));
    &keys[lo..hi]
}

#[cfg(test)]
mod tests {
    use super::sort_by_span;

    #[test]
    fn sort_by_span_is_a_stable_sort_by_key() {
        let mut v = vec![
            (5, 6, 'a'),
            (1, 2, 'b'),
            (5, 6, 'c'),
            (1, 1, 'd'),
            (0, 9, 'e'),
            (5, 6, 'f'),
        ];
        let mut want = v.clone();
        want.sort_by_key(|t| (t.0, t.1));
        sort_by_span(&mut v, |t| (t.0, t.1));
        assert_eq!(v, want);
        let mut empty: Vec<(usize, usize, char)> = Vec::new();
        sort_by_span(&mut empty, |t| (t.0, t.1));
        assert!(empty.is_empty());
        let mut one = vec![(3, 4, 'x')];
        sort_by_span(&mut one, |t| (t.0, t.1));
        assert_eq!(one, vec![(3, 4, 'x')]);
    }

    #[test]
    fn sort_by_span_swaps_give_the_stable_order_on_many_inputs() {
        // (the permutation is applied by swaps: cycles of every length, ties, sorted runs)
        let mut seed = 12345u64;
        for n in 0..60 {
            for _ in 0..20 {
                let mut v: Vec<(usize, usize, usize)> = (0..n)
                    .map(|i| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        ((seed >> 33) as usize % 7, (seed >> 40) as usize % 3, i)
                    })
                    .collect();
                let mut want = v.clone();
                want.sort_by_key(|t| (t.0, t.1));
                sort_by_span(&mut v, |t| (t.0, t.1));
                assert_eq!(v, want);
            }
        }
    }
}
