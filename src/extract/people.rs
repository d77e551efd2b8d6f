//! People: Chinese names (surname + one or two given characters, single and compound
//! surnames), transliterated names joined by `·`, and the titles written next to them,
//! each stored as a role {title, organization}. The tagging is in
//! [`crate::lexicon::tag`]; this module groups the hits by name, and joins a later
//! "surname + title" (王董事长) to the person who holds that title.
//!
//! Convention: a role's organisation is the organisation written right before the titles
//! (organisations joined by `/` are kept together: 鞍山钢铁/鞍钢股份); every title of a
//! `、` list before the name gets it. A former or acting holder's 原, 前, 代 is part of the
//! title (原所长, 美国前总统 → 前总统 @ 美国); 公司 alone before a title is the one company
//! the text named before (see [`crate::resolve`]). A party to a case (被告人, 犯罪嫌疑人)
//! is a role without an organisation. A name inside a work's title (《周恩来传》) is a
//! mention too, as the People's Daily annotation counts it.

use crate::layout::Doc;
use crate::lexicon::tag::Tagged;
use crate::model::{Person, Role, Span};
// Lookups only, never iterated: the hasher does not change the output.
use rustc_hash::FxHashMap as HashMap;

pub fn find(doc: &Doc) -> Vec<Person> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    // a name inside a work's title (《周恩来传》) is a mention of the person too
    for hit in &tags.people {
        let key = &doc.fold[hit.span.clone()];
        let i = *by_key.entry(key).or_insert_with(|| {
            people.push(Person {
                name: doc.text[hit.span.clone()].to_string(),
                mentions: Vec::new(),
                roles: Vec::new(),
            });
            people.len() - 1
        });
        let p = &mut people[i];
        p.mentions.push(Span::new(hit.span.start, hit.span.end));
        for r in &hit.roles {
            let role = Role {
                title: doc.text[r.title.clone()].to_string(),
                organization: r.org.clone().map(|o| doc.text[o].to_string()),
            };
            add_role(p, role);
        }
    }
    // 王董事长: a surname right before a title that one person of that surname holds
    // (surname, 0, person), sorted: each surname's people in order
    let mut by_surname: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if let Some(f) = p.name.chars().next() {
            by_surname.push((crate::text::script::fold_char(f) as usize, 0, i));
        }
    }
    crate::pipeline::sort_keys(&mut by_surname);
    for t in &tags.titles {
        let before = &doc.fold[..t.start];
        let Some(c) = before.chars().next_back() else {
            continue;
        };
        let cands = crate::pipeline::key_range(&by_surname, c as usize, 0);
        if cands.is_empty() {
            continue;
        }
        let title = &doc.fold[t.clone()];
        let holders: Vec<usize> = cands
            .iter()
            .map(|k| k.2)
            .take(64)
            .filter(|&i| people[i].roles.iter().any(|r| fold(&r.title) == title))
            .collect();
        if let [i] = holders[..] {
            let s = Span::new(t.start - c.len_utf8(), t.end);
            let p = &mut people[i];
            if !p
                .mentions
                .iter()
                .any(|m| m.start < s.end && s.start < m.end)
            {
                p.mentions.push(s);
            }
        }
    }
    people
}

fn fold(s: &str) -> String {
    s.chars().map(crate::text::script::fold_char).collect()
}

/// Adds a role unless the person has it; a role with an organisation replaces the same
/// title without one.
#[inline(never)]
pub fn add_role(p: &mut Person, role: Role) {
    if let Some(r) = p.roles.iter_mut().find(|r| r.title == role.title) {
        if r.organization.is_none() {
            r.organization = role.organization;
        }
        return;
    }
    p.roles.push(role);
}
