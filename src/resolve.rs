//! Stage 4: links across mentions.
//!
//! - Credits (撰稿 …, 责任编辑 …) add their names to `people`, with the credit's label as
//!   the role title and its organisation, merged with other mentions of the same name.
//! - Every further occurrence of a person's or an organisation's name in the text is a
//!   mention of it (王军 again, later in the article), unless it lies inside a longer
//!   mention of something else.
//! - An organisation's abbreviation is linked to its full name when the text shows both
//!   (鞍钢 ↔ 鞍山钢铁): the first character of the full name plus one of its later
//!   characters, written elsewhere in the text and not a common word or a place.

use crate::extract::people::add_role;
use crate::layout::Doc;
use crate::model::{Entity, Extraction, Person, Role, Span};
use crate::text::script::fold;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

pub fn run(doc: &Doc, x: &mut Extraction) {
    add_credits(doc, x);
    link_abbreviations(doc, &mut x.organizations);
    let taken = taken_spans(x);
    later_mentions_people(doc, &mut x.people, &taken);
    later_mentions_orgs(doc, &mut x.organizations, &taken);
}

fn add_credits(doc: &Doc, x: &mut Extraction) {
    for c in &x.credits {
        for name in &c.names {
            let key = fold(name);
            if key.chars().count() < 2 {
                continue;
            }
            // a credit line without a label (党委组织部 刘旭东) gives no title to record
            let role = (!c.label.trim().is_empty()).then(|| Role { title: c.label.clone(), organization: c.organization.clone() });
            let i = match x.people.iter().position(|p| fold(&p.name) == key) {
                Some(i) => i,
                None => {
                    x.people.push(Person { name: name.clone(), mentions: Vec::new(), roles: Vec::new() });
                    x.people.len() - 1
                }
            };
            let p = &mut x.people[i];
            if let Some(role) = role {
                add_role(p, role);
            }
            // the name inside the credit line
            if let Some(off) = doc.fold.get(c.start..c.end).and_then(|s| s.find(key.as_str())) {
                let m = Span::new(c.start + off, c.start + off + key.len());
                if !p.mentions.contains(&m) {
                    p.mentions.push(m);
                }
            }
        }
    }
}

/// Spans already given to some entity: a later mention may not overlap them.
fn taken_spans(x: &Extraction) -> Vec<Span> {
    let mut v: Vec<Span> = Vec::new();
    v.extend(x.people.iter().flat_map(|p| p.mentions.iter().copied()));
    for list in [&x.organizations, &x.works, &x.events] {
        v.extend(list.iter().flat_map(|e| e.mentions.iter().copied()));
    }
    crate::pipeline::sort_by_span(&mut v, |s| (s.start, s.end));
    v
}

/// Whether `s` overlaps a span of `taken` (sorted). Mentions are short, so looking back
/// from the first span that starts at or after `s.end` over those that may still reach `s`
/// is enough.
fn overlaps(taken: &[Span], s: Span) -> bool {
    let i = taken.partition_point(|t| t.start < s.end);
    taken[..i].iter().rev().take(64).any(|t| s.start < t.end)
}

/// Occurrences of each name in the text (leftmost-longest, non-overlapping).
fn occurrences(doc: &Doc, names: &[String]) -> Vec<(usize, Span)> {
    if names.is_empty() {
        return Vec::new();
    }
    if names.iter().any(String::is_empty) {
        // An empty name matches everywhere; never seen, but left to the general matcher.
        let Ok(ac) = AhoCorasick::builder().kind(Some(AhoCorasickKind::ContiguousNFA)).match_kind(MatchKind::LeftmostLongest).build(names) else { return Vec::new() };
        return ac.find_iter(doc.fold).map(|m| (m.pattern().as_usize(), Span::new(m.start(), m.end()))).collect();
    }
    leftmost_longest(doc.fold, names)
}

/// The first two bytes of `s` (one byte and 0 for a one-byte string) as a key.
fn key2(s: &[u8]) -> u16 {
    u16::from_le_bytes([s[0], s.get(1).copied().unwrap_or(0)])
}

/// Leftmost-longest, non-overlapping matches of the non-empty `names` in `hay`, equal names
/// going to the first: what aho-corasick's `LeftmostLongest` finds, without building an
/// automaton per document (the builds were most of this stage). A document has a few dozen
/// names: a bitmap of their first two bytes rules out almost every position, and the few
/// names that share those bytes are compared longest first.
fn leftmost_longest(hay: &str, names: &[String]) -> Vec<(usize, Span)> {
    // (first two bytes, names by length, longest first, then in order)
    let mut order: Vec<(u16, std::cmp::Reverse<usize>, usize)> =
        names.iter().enumerate().map(|(i, n)| (key2(n.as_bytes()), std::cmp::Reverse(n.len()), i)).collect();
    order.sort_unstable();
    let mut pairs = vec![0u64; 1024];
    // names of one byte: matched on that byte alone
    let mut singles = [false; 256];
    for n in names {
        let b = n.as_bytes();
        if b.len() == 1 {
            singles[b[0] as usize] = true;
        } else {
            let k = key2(b) as usize;
            pairs[k / 64] |= 1 << (k % 64);
        }
    }
    let any_single = singles.iter().any(|&x| x);
    let h = hay.as_bytes();
    let mut out = Vec::new();
    let mut p = 0;
    while p < h.len() {
        let k = key2(&h[p..]) as usize;
        let pair = p + 1 < h.len() && pairs[k / 64] & (1 << (k % 64)) != 0;
        if pair || (any_single && singles[h[p] as usize]) {
            let mut hit = None;
            // names of two bytes or more under this key, then those of one byte
            let from = order.partition_point(|o| (o.0 as usize) < k);
            for o in order[from..].iter().take_while(|o| o.0 as usize == k) {
                if h[p..].starts_with(names[o.2].as_bytes()) {
                    hit = Some((o.2, o.1 .0));
                    break;
                }
            }
            if hit.is_none() && any_single && singles[h[p] as usize] {
                let k1 = key2(&h[p..p + 1]);
                let from = order.partition_point(|o| o.0 < k1);
                hit = order[from..].iter().take_while(|o| o.0 == k1).find(|o| o.1 .0 == 1).map(|o| (o.2, 1));
            }
            if let Some((i, len)) = hit {
                out.push((i, Span::new(p, p + len)));
                p += len;
                continue;
            }
        }
        p += 1;
    }
    out
}

fn later_mentions_people(doc: &Doc, people: &mut [Person], taken: &[Span]) {
    let names: Vec<String> = people.iter().map(|p| fold(&p.name)).collect();
    let known: std::collections::HashSet<Span> = people.iter().flat_map(|p| p.mentions.iter().copied()).collect();
    for (i, s) in occurrences(doc, &names) {
        if known.contains(&s) || overlaps(taken, s) {
            continue;
        }
        people[i].mentions.push(s);
    }
}

fn later_mentions_orgs(doc: &Doc, orgs: &mut [Entity], taken: &[Span]) {
    let mut names: Vec<String> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, o) in orgs.iter().enumerate() {
        for n in std::iter::once(&o.name).chain(o.aliases.iter()) {
            names.push(fold(n));
            owner.push(i);
        }
    }
    let known: std::collections::HashSet<Span> = orgs.iter().flat_map(|o| o.mentions.iter().copied()).collect();
    for (k, s) in occurrences(doc, &names) {
        if known.contains(&s) || overlaps(taken, s) {
            continue;
        }
        orgs[owner[k]].mentions.push(s);
    }
}

/// Whether byte `p` lies inside one of `spans` (few: one entity's mentions).
fn inside(spans: &[Span], p: usize) -> bool {
    spans.iter().any(|m| m.start <= p && p < m.end)
}

/// Where each of `cands` (sorted, distinct, two chars each) occurs in `hay`, overlaps
/// included, the first million occurrences: what aho-corasick's overlapping search gives
/// (two-char patterns end, and so start, in text order), by one pass over the chars with a
/// bitmap of the first chars instead of an automaton built per document.
fn pair_positions(hay: &str, cands: &[String]) -> Vec<Vec<usize>> {
    let mut counts: Vec<Vec<usize>> = vec![Vec::new(); cands.len()];
    let mut pairs: Vec<(char, char, usize)> = Vec::with_capacity(cands.len());
    let mut first = vec![0u64; 1024];
    for (i, c) in cands.iter().enumerate() {
        let mut it = c.chars();
        if let (Some(a), Some(b), None) = (it.next(), it.next(), it.next()) {
            pairs.push((a, b, i));
            let k = a as usize & 0xFFFF;
            first[k / 64] |= 1 << (k % 64);
        }
    }
    // sorted strings of two chars are sorted pairs of chars (UTF-8 keeps the order)
    let mut total = 0usize;
    let mut prev: Option<(usize, char)> = None;
    for (p, c) in hay.char_indices() {
        if let Some((q, a)) = prev {
            let k = a as usize & 0xFFFF;
            if first[k / 64] & (1 << (k % 64)) != 0 {
                if let Ok(j) = pairs.binary_search_by(|x| (x.0, x.1).cmp(&(a, c))) {
                    if total == 1_000_000 {
                        break;
                    }
                    total += 1;
                    counts[pairs[j].2].push(q);
                }
            }
        }
        prev = Some((p, c));
    }
    counts
}

fn link_abbreviations(doc: &Doc, orgs: &mut Vec<Entity>) {
    let lex = crate::lexicon::get();
    // the shortest full name takes an abbreviation first (鞍钢 → 鞍山钢铁, not 鞍山钢铁记者站)
    crate::pipeline::sort_by_span(orgs, |o| (o.name.chars().count(), 0));
    let mut used: Vec<String> = Vec::new();
    // every candidate abbreviation (first char + a later one), counted in one pass
    let mut cands: Vec<String> = Vec::new();
    for o in orgs.iter() {
        let full: Vec<char> = fold(&o.name).chars().collect();
        if full.len() >= 4 {
            for j in 2..full.len().min(6) {
                cands.push([full[0], full[j]].iter().collect());
            }
        }
    }
    cands.sort();
    cands.dedup();
    let counts = pair_positions(doc.fold, &cands);
    let mut i = 0;
    while i < orgs.len() {
        let full: Vec<char> = fold(&orgs[i].name).chars().collect();
        i += 1;
        if full.len() < 4 {
            continue;
        }
        let mut best: Option<(String, usize)> = None;
        let own = &orgs[i - 1].mentions;
        for j in 1..full.len().min(6) {
            let ab: String = [full[0], full[j]].iter().collect();
            if j == 1 || used.contains(&ab) || lex.places.contains_key(ab.as_str()) || lex.word(&ab).is_some_and(|w| w.log_freq > 8.0) {
                continue;
            }
            let at = cands.binary_search(&ab).ok().and_then(|k| counts.get(k));
            let n = at.map_or(0, |at| at.iter().filter(|p| !inside(own, **p)).count());
            if n > 0 && best.as_ref().is_none_or(|b| n > b.1) {
                best = Some((ab, n));
            }
        }
        let Some((ab, _)) = best else { continue };
        used.push(ab.clone());
        let idx = i - 1;
        // the abbreviation written alone, not only inside longer names (鞍钢 in 鞍钢股份 counts
        // as evidence but stays with 鞍钢股份)
        let text_form = doc.fold.find(ab.as_str()).and_then(|p| doc.text.get(p..p + ab.len())).unwrap_or(&ab).to_string();
        if orgs.iter().any(|o| fold(&o.name) == ab) {
            // an organisation named by the abbreviation: merge it into the full name
            if let Some(k) = orgs.iter().position(|o| fold(&o.name) == ab) {
                let other = orgs.remove(k);
                let idx = if k < idx { idx - 1 } else { idx };
                orgs[idx].mentions.extend(other.mentions);
                orgs[idx].aliases.push(other.name);
                if k < i {
                    i -= 1;
                }
            }
        } else if !orgs[idx].aliases.contains(&text_form) {
            orgs[idx].aliases.push(text_form);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Credit, CreditRole, Span};
    use crate::options::Options;
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

    /// A small deterministic generator (xorshift).
    fn rng(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// The matchers give what the automata they replace gave, on texts and names over a few
    /// chars of 1 to 4 bytes (shared prefixes, equal names, names inside names).
    #[test]
    fn matchers_agree_with_aho_corasick() {
        let alphabet = ['a', 'b', '\0', '王', '军', '鞍', '钢', '𠮷', 'é'];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let pick = |n: u64, seed: &mut u64| -> String { (0..n).map(|_| alphabet[(rng(seed) % alphabet.len() as u64) as usize]).collect() };
            let len = rng(&mut seed) % 60;
            let hay = pick(len, &mut seed);
            let k = 1 + rng(&mut seed) % 6;
            let names: Vec<String> = (0..k).map(|_| { let l = 1 + rng(&mut seed) % 4; pick(l, &mut seed) }).collect();
            let ac = AhoCorasick::builder().kind(Some(AhoCorasickKind::ContiguousNFA)).match_kind(MatchKind::LeftmostLongest).build(&names).unwrap();
            let want: Vec<(usize, Span)> = ac.find_iter(&hay).map(|m| (m.pattern().as_usize(), Span::new(m.start(), m.end()))).collect();
            assert_eq!(super::leftmost_longest(&hay, &names), want, "{hay:?} {names:?}");
            let mut cands: Vec<String> = names.iter().map(|n| n.chars().chain(n.chars()).take(2).collect()).collect();
            cands.sort();
            cands.dedup();
            let ac = AhoCorasick::builder().kind(Some(AhoCorasickKind::ContiguousNFA)).match_kind(MatchKind::Standard).build(&cands).unwrap();
            let mut want = vec![Vec::new(); cands.len()];
            for m in ac.find_overlapping_iter(&hay) {
                want[m.pattern().as_usize()].push(m.start());
            }
            assert_eq!(super::pair_positions(&hay, &cands), want, "{hay:?} {cands:?}");
        }
    }

    #[test]
    fn credits_become_people_with_roles() {
        let text = "王晓光出席会议。\n撰稿 鞍山钢铁记者站 王晓光\n责任编辑 张雷";
        let clean = crate::text::repair(text);
        let o = Options::default();
        let doc = crate::layout::Doc::new(&clean, &o);
        let mut x = crate::model::Extraction::empty(o.offsets);
        x.people = crate::extract::people::find(&doc);
        let line2 = text.find("撰稿").unwrap();
        let line3 = text.find("责任编辑").unwrap();
        x.credits = vec![
            Credit { start: line2, end: line3 - 1, role: CreditRole::Author, label: "撰稿".into(), names: vec!["王晓光".into()], organization: Some("鞍山钢铁记者站".into()) },
            Credit { start: line3, end: text.len(), role: CreditRole::Editor, label: "责任编辑".into(), names: vec!["张雷".into()], organization: None },
        ];
        super::run(&doc, &mut x);
        let wang: Vec<_> = x.people.iter().filter(|p| p.name == "王晓光").collect();
        assert_eq!(wang.len(), 1);
        assert_eq!(wang[0].roles[0].title, "撰稿");
        assert_eq!(wang[0].roles[0].organization.as_deref(), Some("鞍山钢铁记者站"));
        assert!(wang[0].mentions.len() >= 2);
        let zhang = x.people.iter().find(|p| p.name == "张雷").unwrap();
        assert_eq!(zhang.roles[0].title, "责任编辑");
    }
}
