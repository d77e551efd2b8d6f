//! Stage 4: links across mentions.
//!
//! - Credits (撰稿 …, 责任编辑 …) add their names to `people`, with the credit's label as
//!   the role title and its organisation, merged with other mentions of the same name.
//! - Short names join full ones: a transliterated name's last or first part (特朗普 → 唐纳德·特朗普, 卢卡 → 卢卡·东契奇),
//!   a court's short name (杭州中院 → 杭州市中级人民法院), a name without its leading place
//!   (海港队 → 上海海港队), and what `（以下简称…）` names (《通知》, “中国足协”), each only
//!   where it fits one full name.
//! - A role's organisation written as 公司 or 集团 alone is the one company the text
//!   named before the person, if it named exactly one.
//! - Every further occurrence of a person's or an organisation's name in the text is a
//!   mention of it (王军 again, later in the article), unless it lies inside a longer
//!   mention of something else.
//! - An organisation's abbreviation is linked to its full name when the text shows both
//!   (鞍钢 ↔ 鞍山钢铁): the first character of the full name plus one of its later
//!   characters, written elsewhere in the text and not a common word or a place.
//! - Such a generated short name counts, as evidence and as a mention, only where it is a
//!   word of the text: not where it starts or ends inside another word (国电 in 全国电影,
//!   国科 in 我国科学家, 阿联 in 阿联酋). The sentences that hold one are segmented for that,
//!   each once.

use crate::extract::people::add_role;
use crate::layout::Doc;
use crate::model::{CreditRole, Entity, Extraction, Person, Role, Span};
use crate::text::any_char::AnyChar;
use crate::text::multi::Matcher;
use crate::text::script::fold;

pub fn run(doc: &Doc, x: &mut Extraction) {
    add_credits(doc, x);
    // (a speaker read as the tail of a name is the name as written: 唐纳 of 麦克唐纳表示)
    for (old, new) in merge_last_names(doc, &mut x.people) {
        for q in &mut x.quotes {
            if q.speaker.as_deref() == Some(old.as_str()) {
                q.speaker = Some(new.clone());
            }
        }
    }
    short_names(doc, x);
    bracketed_short_forms(doc, x);
    merge_short_forms(&mut x.organizations);
    let mut words = Words::new(doc);
    link_abbreviations(doc, &mut x.organizations, &mut words);
    the_company(x);
    let taken = taken_spans(x, true);
    later_mentions_people(doc, &mut x.people, &taken);
    people_inside_orgs(doc, x);
    // (an organisation may be named again inside an event's name, as the tagger names it:
    // 全国人大 in 十四届全国人大三次会议)
    let taken = taken_spans(x, false);
    later_mentions_orgs(doc, &mut x.organizations, &taken, &mut words);
    orgs_of_bare_titles(doc, x);
    dotted_speakers(x);
    // (a body that speaks by a short form the text gave it is the body: 醫管局表示 after
    // 醫院管理局（醫管局）)
    for q in &mut x.quotes {
        let Some(sp) = q.speaker.as_deref() else { continue };
        if let Some(o) = x
            .organizations
            .iter()
            .find(|o| o.aliases.iter().any(|a| a == sp))
            .filter(|_| !x.organizations.iter().any(|o| o.name == sp))
        {
            q.speaker = Some(o.name.clone());
        }
    }
}

/// An organisation's short form in brackets right after its name, made of its chars in
/// their order (醫院管理局（醫管局）, 广东省防汛防旱防风总指挥部（省防总）) or its Latin
/// initials (世界卫生组织（WHO）): the body's, as after 简称 ([`short_names`]).
#[inline(never)]
fn bracketed_short_forms(doc: &Doc, x: &mut Extraction) {
    let t = doc.fold;
    // (the full name's mention, the short name's bytes)
    let mut found: Vec<(usize, Span)> = Vec::new();
    for o in &x.organizations {
        for m in &o.mentions {
            let Some(body) = t.get(m.end..).and_then(|r| r.strip_prefix('（')) else {
                continue;
            };
            let Some(close) = body.find('）') else { continue };
            // (or its Latin initials: 世界卫生组织（WHO）, 全国银行雇员职工会（NUBE）)
            let initials = (2..=8).contains(&close)
                && body[..close].bytes().all(|b| b.is_ascii_uppercase())
                && t[m.start..m.end].chars().nth(3).is_some();
            if initials || abbreviates(&body[..close], &t[m.start..m.end]) {
                let a = m.end + '（'.len_utf8();
                found.push((m.start, Span::new(a, a + close)));
            }
        }
    }
    for (full, at) in found {
        let list = &mut x.organizations;
        if let Some(i) = list.iter().position(|e| e.mentions.iter().any(|m| m.start == full)) {
            // (the short form in the brackets is a mention of the body too)
            join_short(doc, list, i, &t[at.start..at.end], false, Some(at));
        }
    }
}

/// Whether `short` (2 to 8 Han chars) is made of `full`'s chars in their order, and
/// shorter.
#[inline(never)]
fn abbreviates(short: &str, full: &str) -> bool {
    let mut f = full.chars();
    let (mut n, mut m) = (0usize, 0usize);
    for c in short.chars() {
        if !crate::text::is_han(c) {
            return false;
        }
        loop {
            m += 1;
            match f.next() {
                Some(x) if x == c => break,
                Some(_) => {}
                None => return false,
            }
        }
        n += 1;
    }
    (2..=8).contains(&n) && n < m + f.count()
}

/// A speaker named by the last part of a dotted name (席尔瓦表示 after 若泽·卡瓦略·席尔瓦) is
/// that person, when only one person's name ends so.
#[inline(never)]
fn dotted_speakers(x: &mut Extraction) {
    for q in &mut x.quotes {
        let Some(sp) = q.speaker.as_deref() else { continue };
        if sp.contains('·') || x.people.iter().any(|p| p.name == sp) {
            continue;
        }
        // (or by its first part, as Malay and Arabic names are: 罗斯兰 of 罗斯兰·依斯迈)
        let mut full = x.people.iter().filter(|p| {
            p.name.rsplit_once('·').is_some_and(|(_, last)| last == sp)
                || p.name.split_once('·').is_some_and(|(first, _)| first == sp)
                // (or a monk's without 释: 明觉 of 释明觉)
                || p.name.strip_prefix('释') == Some(sp)
        });
        if let (Some(p), None) = (full.next(), full.next()) {
            q.speaker = Some(p.name.clone());
        }
    }
}

/// A role written without an organisation right after a later mention of one (恒睿精密|
/// 董事长兼总经理|沈国平, where 恒睿精密 is the short name the text gave 浙江恒睿精密机械股份
/// 有限公司): the titles between the mention and the person, joined by 兼 or 、, are that
/// organisation's.
#[inline(never)]
fn orgs_of_bare_titles(doc: &Doc, x: &mut Extraction) {
    if x.organizations.is_empty() {
        return;
    }
    let mut ends: Vec<(usize, usize, usize)> = Vec::new();
    for (i, o) in x.organizations.iter().enumerate() {
        ends.extend(o.mentions.iter().map(|m| (m.end, i, 0)));
    }
    crate::pipeline::sort_keys(&mut ends);
    let orgs = &x.organizations;
    // (the end of a mention whose titles took a body here, the body, the titles)
    let mut done: Vec<(usize, String, Vec<String>)> = Vec::new();
    for p in &mut x.people {
        for m in &p.mentions {
            // (a name listed after one whose titles took a body shares them: 党委常委、
            // 副总经理王蕾、皇甫文杰)
            if let Some((_, name, titles)) = doc.text[..m.start]
                .strip_suffix('、')
                .and_then(|r| done.iter().find(|d| d.0 == r.len()))
            {
                for r in p.roles.iter_mut().filter(|r| r.organization.is_none() && titles.contains(&r.title)) {
                    r.organization = Some(name.clone());
                }
            }
            // the titles with no organisation written right before the mention, the longest
            // first, joined by 兼 or 、 (a role's title is a slice of the text as pasted)
            let mut at = m.start;
            let mut took = 0u64;
            while let Some(i) = (0..p.roles.len().min(64))
                .filter(|&i| {
                    p.roles[i].organization.is_none()
                        && doc.text[..at].ends_with(p.roles[i].title.as_str())
                })
                .max_by_key(|&i| p.roles[i].title.len())
            {
                at -= p.roles[i].title.len();
                took |= 1 << i;
                match ["兼", "、"].into_iter().find(|c| doc.text[..at].ends_with(c)) {
                    Some(c) => at -= c.len(),
                    None => break,
                }
            }
            if took == 0 {
                continue;
            }
            let k = ends.partition_point(|e| e.0 < at);
            let name = match ends.get(k).filter(|e| e.0 == at) {
                Some(&(_, o, _)) => Some(orgs[o].name.clone()),
                // (公司|首席财务官, 该公司|董事长: the company the text is about, as for a
                // role whose organisation is 公司)
                None => ["该公司", "公司", "该集团", "集团"]
                    .into_iter()
                    .find_map(|w| doc.fold[..at].strip_suffix(w))
                    .filter(|r| {
                        r.chars()
                            .next_back()
                            .is_none_or(|c| !crate::text::is_han(c) || "的，。；".contains(c))
                    })
                    .and_then(|r| one_company_before(orgs, r.len(), COMPANY_ENDS))
                    // (a company's officer opening a clause: the company of the sentence, or
                    // of the text)
                    .or_else(|| {
                        // (a body's party and union officers with them: 党委常委、副总经理;
                        // a school's officers, of the one school named before: 副校长)
                        let all_of = |kind: crate::text::any_char::Words| {
                            (0..p.roles.len().min(64))
                                .filter(|&i| took >> i & 1 == 1)
                                .all(|i| fold(&p.roles[i].title).is_one_of(kind) || fold(&p.roles[i].title).is_one_of(BODY_OFFICERS))
                        };
                        let opens = doc.fold[..at].is_empty()
                            || doc.fold[..at].ends_any(&['，', '。', '；', '\n', '：', '！']);
                        if !opens {
                            return None;
                        }
                        all_of(CORPORATE_TITLES)
                            .then(|| company_of_clause(doc, orgs, &ends, at))
                            .flatten()
                            .or_else(|| {
                                all_of(words!["校长", "副校长", "常务副校长"])
                                    .then(|| one_company_before(orgs, at, SCHOOL_ENDS))
                                    .flatten()
                            })
                    }),
            };
            if let Some(name) = name {
                let mut titles = Vec::new();
                for (i, r) in p.roles.iter_mut().enumerate().take(64) {
                    if took >> i & 1 == 1 {
                        r.organization = Some(name.clone());
                        titles.push(r.title.clone());
                    }
                }
                done.push((m.end, name, titles));
                break;
            }
        }
    }
}

/// The word boundaries of the sentences asked about, each sentence segmented once and only
/// when asked: a short name of two chars found by its chars alone is often the end of one
/// word and the start of the next (全国|电影), which only a segmentation tells.
struct Words<'d, 'a> {
    doc: &'d Doc<'a>,
    /// per sentence, once asked: the sorted byte offsets where a token starts or ends
    cuts: Vec<Option<Vec<usize>>>,
}

impl<'d, 'a> Words<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        Words {
            doc,
            cuts: vec![None; doc.sentences.len()],
        }
    }

    /// Whether `s` starts and ends on word boundaries of its sentence (text outside any
    /// sentence has no words to cut through).
    fn is_word(&mut self, s: Span) -> bool {
        let sents = &self.doc.sentences;
        let si = sents.partition_point(|r| r.end <= s.start);
        let Some(r) = sents
            .get(si)
            .filter(|r| r.start <= s.start && s.end <= r.end)
        else {
            return true;
        };
        let fold = self.doc.fold;
        let cuts = self.cuts[si].get_or_insert_with(|| {
            let mut v: Vec<usize> = crate::lexicon::segment::segment(fold, r.start, r.end)
                .iter()
                .flat_map(|t| [t.start, t.end])
                .collect();
            v.dedup();
            v
        });
        cuts.binary_search(&s.start).is_ok() && cuts.binary_search(&s.end).is_ok()
    }
}

/// Where `key` is in `hay`, maybe padded with spaces between its chars (赵　璐, a name of
/// two written as wide as three): (offset, length).
#[inline(never)]
fn find_padded(hay: &str, key: &str) -> Option<(usize, usize)> {
    if let Some(o) = hay.find(key) {
        return Some((o, key.len()));
    }
    // (its first char, then its last one within two pads)
    let first = key.chars().next()?;
    let last = key.chars().next_back()?;
    let o = hay.find(first)?;
    let from = o + first.len_utf8();
    let e = from + hay[from..].find(last)? + last.len_utf8();
    (e - o <= key.len() + 6).then_some((o, e - o))
}

/// The outlet a credit names (中证网讯, 北京商报记者, 来源：成都日报锦观) is an organisation
/// the text mentions there, as the dictionary's outlets (新华社) already are; outlets joined
/// by ·  are one each (中国证券报·中证网), a date after the dot (星洲日报·2026.12.04) or a
/// handle's @ is none of the name. An outlet a credit only infers (a reporter's, from the
/// source line) is not written there and adds nothing, nor does a line with no label.
#[inline(never)]
fn credit_outlets(doc: &Doc, x: &mut Extraction) {
    let mut found: Vec<Span> = Vec::new();
    for c in &x.credits {
        // (a line with no label may be a section's heading read as a source: 警情通报,
        // 相关新闻)
        // (nor a reporter's line that names no one: 记者：印巴两国间关系… is a question; nor
        // a report's source in a sentence, 据巴西新闻媒体报道, nor words glued to 本报)
        let Some(o) = c.organization.as_deref().filter(|o| {
            !c.label.trim().is_empty()
                && c.label != "报道"
                && (c.role == CreditRole::Source || !c.names.is_empty())
                && o.chars().count() <= 16
                && !o.contains("本报")
        }) else {
            continue;
        };
        // (in the credit's line, or right before its label: 北京商报|记者 宋一鸣)
        // (the credit's organisation is a copy of the text there)
        let Some(base) = doc
            .text
            .get(c.start..c.end)
            // (a scan of the char starts, not a substring searcher: kilobytes of wasm)
            .and_then(|line| line.char_indices().map(|(i, _)| i).find(|&i| line[i..].starts_with(o)))
            .map(|at| c.start + at)
            .or_else(|| doc.text.get(..c.start)?.ends_with(o).then(|| c.start - o.len()))
        else {
            continue;
        };
        for part in o.split(['·', '•', '・']) {
            // (羊城晚报全媒体|记者: the reporter's desk, not the paper's name)
            let part = part.strip_suffix("全媒体").unwrap_or(part);
            let name = part.trim_start_matches(['@', '＠']);
            let end = part.as_ptr() as usize - o.as_ptr() as usize + part.len();
            if name.chars().filter(|&ch| crate::text::is_han(ch)).count() >= 2
                && !name.contains(|ch: char| ch.is_ascii_digit())
            {
                found.push(Span::new(base + end - name.len(), base + end));
            }
        }
    }
    for m in found {
        // (an organisation read across the outlet's edge stays, and one that ends it, the
        // words before it none of its name: 本栏均据|新华社|电; one inside it, 成都日报 of
        // 成都日报锦观, goes; a place inside stays, as in any organisation's name)
        let crosses = x.organizations.iter().flat_map(|e| &e.mentions).any(|n| {
            n.start < m.end && m.start < n.end && (n.start < m.start || n.end > m.end || (n.end == m.end && n.start > m.start))
        });
        if crosses {
            continue;
        }
        drop_within(&mut x.organizations, &[m]);
        let key = &doc.fold[m.start..m.end];
        match x
            .organizations
            .iter_mut()
            .find(|e| e.mentions.first().is_some_and(|n| doc.fold.get(n.start..n.end) == Some(key)))
        {
            Some(e) => e.mentions.push(m),
            None => x.organizations.push(Entity {
                name: doc.text[m.start..m.end].to_string(),
                mentions: vec![m],
                aliases: Vec::new(),
            }),
        }
    }
}

/// Drops the mentions of `list` that lie within one of `spans`, and the entities left with
/// none.
#[inline(never)]
fn drop_within(list: &mut Vec<Entity>, spans: &[Span]) {
    for e in list.iter_mut() {
        e.mentions
            .retain(|m| !spans.iter().any(|n| n.start <= m.start && m.end <= n.end));
    }
    list.retain(|e| !e.mentions.is_empty());
}

fn add_credits(doc: &Doc, x: &mut Extraction) {
    credit_outlets(doc, x);
    let mut named: Vec<Span> = Vec::new();
    for c in &x.credits {
        for name in &c.names {
            let key = fold(name);
            if key.chars().count() < 2 {
                continue;
            }
            // a credit line without a label (党委组织部 刘旭东) gives no title to record, nor
            // a WeChat post's 原创 (original work) before its author
            // (of a label of parts, 文/记者, the last part of two chars or more: 记者; 文/图
            // gives none)
            let label = c.label.rsplit(['/', '／']).find(|p| p.chars().nth(1).is_some()).unwrap_or("");
            let role = (!label.trim().is_empty() && label != "原创").then(|| Role {
                title: label.to_string(),
                organization: c.organization.clone(),
            });
            let i = match x.people.iter().position(|p| fold(&p.name) == key) {
                Some(i) => i,
                None => {
                    x.people.push(Person {
                        name: name.clone(),
                        mentions: Vec::new(),
                        roles: Vec::new(),
                    });
                    x.people.len() - 1
                }
            };
            let p = &mut x.people[i];
            if let Some(role) = role {
                add_role(p, role);
            }
            // the name inside the credit line
            if let Some((off, len)) = doc
                .fold
                .get(c.start..c.end)
                .and_then(|s| find_padded(s, &key))
            {
                let m = Span::new(c.start + off, c.start + off + len);
                if !p.mentions.contains(&m) {
                    p.mentions.push(m);
                }
                named.push(m);
            }
        }
    }
    // a name after a credit label is the person's, not a place or an organisation of the
    // same words (责任编辑：黄海 is no sea), nor one inside it (编辑：李华山 is no 华山)
    if !named.is_empty() {
        drop_within(&mut x.locations, &named);
        drop_within(&mut x.organizations, &named);
        // nor part of another name (编辑：林兴盟 is no 林兴)
        let inside = |m: &Span| {
            named
                .iter()
                .any(|n| n.start <= m.start && m.end <= n.end && n != m)
        };
        if x.people.iter().any(|p| p.mentions.iter().any(inside)) {
            // (a person all of whose mentions were inside goes; one never found keeps)
            x.people.retain_mut(|p| {
                let had = p.mentions.len();
                p.mentions.retain(|m| !inside(m));
                had == 0 || !p.mentions.is_empty()
            });
        }
    }
}

/// Entity names looked up by their text without a hash map (its code for string keys was
/// kilobytes of the module): (hash, index) pairs in order.
struct Names<'k> {
    keys: &'k [String],
    /// (hash, index, 0), in order (by the pipeline's one sort of triples)
    by_hash: Vec<(usize, usize, usize)>,
}

impl<'k> Names<'k> {
    fn new(keys: &'k [String], ids: Vec<usize>) -> Self {
        let mut by_hash: Vec<(usize, usize, usize)> =
            ids.into_iter().map(|i| (hash(&keys[i]), i, 0)).collect();
        crate::pipeline::sort_keys(&mut by_hash);
        Names { keys, by_hash }
    }

    /// The first listed name that is `s`.
    #[inline(never)]
    fn get(&self, s: &str) -> Option<usize> {
        let h = hash(s);
        let at = self.by_hash.partition_point(|p| p.0 < h);
        self.by_hash[at..]
            .iter()
            .take_while(|p| p.0 == h)
            .map(|p| p.1)
            .find(|&i| self.keys[i] == s)
    }
}

/// The part after the last dot of a transliterated name (特朗普 of 唐纳德·特朗普).
fn last_part(k: &str) -> Option<&str> {
    k.char_indices()
        .filter(|&(_, c)| matches!(c, '·' | '・' | '•' | '‧'))
        .last()
        .map(|(i, c)| &k[i + c.len_utf8()..])
}

/// The part before the first dot of a transliterated name (卢卡 of 卢卡·东契奇).
fn first_part(k: &str) -> Option<&str> {
    k.char_indices()
        .find(|&(_, c)| matches!(c, '·' | '・' | '•' | '‧'))
        .map(|(i, _)| &k[..i])
}

/// Whether the text between a name and its 简称 is an aside in brackets the short name is
/// part of (》（商消费函〔2024〕255号，以下): opened, not closed, no sentence end.
fn bracketed(gap: &str) -> bool {
    let mut open = false;
    for (n, c) in gap.chars().enumerate() {
        match c {
            '》' | '”' | '」' if n == 0 => {}
            '（' | '(' if n <= 1 => open = true,
            '）' | ')' | '。' => return false,
            _ if !open => return false,
            _ => {}
        }
    }
    open
}

/// Whether `p` is a province or a city, with or without its 省/市 (河北省, 河北).
#[inline(never)]
fn place(p: &str) -> bool {
    let bare = p
        .strip_suffix('省')
        .or_else(|| p.strip_suffix('市'))
        .filter(|b| b.chars().count() >= 2)
        .unwrap_or(p);
    province_or_city(p) || province_or_city(bare)
}

/// Whether `w` is a province or a city of the gazetteer (a county's name is often a word:
/// 大厂|台积电).
#[inline(never)]
fn province_or_city(w: &str) -> bool {
    crate::lexicon::get().places.get(w).is_some_and(|pl| {
        matches!(
            pl.level,
            crate::lexicon::PlaceLevel::Province | crate::lexicon::PlaceLevel::Prefecture
        )
    })
}

/// FNV-1a of a name.
fn hash(s: &str) -> usize {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) as usize
}

/// Keeps the (short, full) pairs whose short name fits one full name only, and of those
/// the ones whose full name is no other's short form (that one keeps its own); gives the
/// short names that go, or `None` when none does.
fn once_only(pairs: &mut Vec<(usize, usize)>, n: usize) -> Option<Vec<bool>> {
    let mut count = vec![0u8; n];
    for &(s, _) in pairs.iter() {
        count[s] = count[s].saturating_add(1);
    }
    pairs.retain(|&(s, _)| count[s] == 1);
    if pairs.is_empty() {
        return None;
    }
    let mut gone = vec![false; n];
    for &(s, _) in pairs.iter() {
        gone[s] = true;
    }
    pairs.retain(|&(_, f)| !gone[f]);
    gone.fill(false);
    for &(s, _) in pairs.iter() {
        gone[s] = true;
    }
    Some(gone)
}

/// A transliterated full name and its last part are one person (唐纳德·特朗普, 特朗普) when
/// only one full name of the text ends with that part, and so are a full name and its first
/// part (卢卡·东契奇, 卢卡): the part's mentions and roles join the full name's.
///
/// A name the tagger cut from the front of that last part (克里|滕布林克 of 丹尼尔·克里滕布林克)
/// is the last part whole where the text before each of its mentions completes it.
fn merge_last_names(doc: &Doc, people: &mut Vec<Person>) -> Vec<(String, String)> {
    let mut renamed = Vec::new();
    let mut lasts: Vec<String> = Vec::new();
    for p in people.iter() {
        if let Some(l) = last_part(&p.name).map(fold) {
            if l.chars().count() >= 3 {
                lasts.push(l);
            }
        }
    }
    if !lasts.is_empty() {
        for p in people.iter_mut() {
            let k = fold(&p.name);
            if last_part(&k).is_some() || k.chars().count() < 2 {
                continue;
            }
            // (the one last part it ends, when only one does)
            let (mut fit, mut fits) = (None, 0);
            for l in &lasts {
                if l.len() > k.len() && l.ends_with(k.as_str()) {
                    fit = Some(l);
                    fits += 1;
                }
            }
            let (Some(l), 1) = (fit, fits) else {
                continue;
            };
            let d = l.len() - k.len();
            let whole = p
                .mentions
                .iter()
                .all(|m| m.start >= d && doc.fold.get(m.start - d..m.start) == Some(&l[..d]));
            if whole {
                for m in &mut p.mentions {
                    m.start -= d;
                }
                if let Some(m) = p.mentions.first() {
                    let name = doc.text[m.start..m.end].to_string();
                    renamed.push((std::mem::replace(&mut p.name, name.clone()), name));
                }
            }
        }
    }
    // a last part one char longer than a name found alone is that name and a word's char
    // after it (安德烈斯·帕拉西奥斯|连换两人 … 帕拉西奥斯表示)
    let alone: Vec<String> = people
        .iter()
        .map(|p| fold(&p.name))
        .filter(|k| last_part(k).is_none())
        .collect();
    for p in people.iter_mut() {
        let Some(l) = last_part(&p.name) else { continue };
        let Some(c) = l.chars().next_back() else { continue };
        let short = &l[..l.len() - c.len_utf8()];
        if short.chars().count() < 3 || !alone.contains(&fold(short)) {
            continue;
        }
        for m in &mut p.mentions {
            if doc.text[..m.end].ends_with(c) {
                m.end -= c.len_utf8();
            }
        }
        let name = p.name[..p.name.len() - c.len_utf8()].to_string();
        renamed.push((std::mem::replace(&mut p.name, name.clone()), name));
    }
    merge_dotted_prefixes(people);
    let keys: Vec<String> = people.iter().map(|p| fold(&p.name)).collect();
    let by_name = Names::new(
        &keys,
        (0..keys.len())
            .filter(|&i| last_part(&keys[i]).is_none() && keys[i].chars().count() >= 2)
            .collect(),
    );
    // (short, full)
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(s) = last_part(k).and_then(|last| by_name.get(last)) {
            pairs.push((s, i));
        }
        // (or its first part, as sports news calls a player: 卢卡·东契奇 … 卢卡今晚)
        if let Some(s) = first_part(k)
            .filter(|f| f.chars().count() >= 2)
            .and_then(|first| by_name.get(first))
        {
            pairs.push((s, i));
        }
    }
    // (a full name has a dot, a short one none: no full name is another's short form)
    let Some(gone) = once_only(&mut pairs, keys.len()) else {
        return renamed;
    };
    for (s, f) in pairs {
        let short = std::mem::take(&mut people[s].mentions);
        let roles = std::mem::take(&mut people[s].roles);
        let p = &mut people[f];
        for m in short {
            if !p.mentions.contains(&m) {
                p.mentions.push(m);
            }
        }
        for r in roles {
            add_role(p, r);
        }
    }
    let mut i = 0;
    people.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
    renamed
}

/// A dotted name whose parts open one longer dotted name only (卢卡斯·费雷拉 of 卢卡斯·费雷拉·
/// 达席尔瓦, a headline's short form) is that person: its mentions and roles join the longer;
/// so is a monk's name written without 释 (明觉 of 释明觉).
#[inline(never)]
fn merge_dotted_prefixes(people: &mut Vec<Person>) {
    let mut i = 0;
    while i < people.len() {
        let name = people[i].name.as_str();
        let mut longer = (0..people.len()).filter(|&j| {
            let l = people[j].name.as_str();
            (l.len() > name.len() && l.starts_with(name) && l[name.len()..].starts_with('·'))
                // (a monk's name without 释, the surname every monk takes: 明觉 of 释明觉)
                || l.strip_prefix('释') == Some(name)
        });
        match (longer.next(), longer.next()) {
            (Some(j), None) if last_part(name).is_some() || people[j].name.starts_with('释') => {
                let p = people.remove(i);
                let j = if j > i { j - 1 } else { j };
                people[j].mentions.extend(p.mentions);
                people[j].roles.extend(p.roles);
            }
            _ => i += 1,
        }
    }
}

/// Where the text names something and then its short name, in brackets or after a comma
/// (关于…的通知（以下简称《通知》）, 中国足球协会（简称“中国足协”）), the short name's
/// mentions are the thing's: a work's short title joins the work written right before,
/// an organisation's its organisation.
fn short_names(doc: &Doc, x: &mut Extraction) {
    let t = doc.fold;
    let mut from = 0;
    // (by its last char: no substring searcher; 简称, 下称 and 以下称 name it)
    while let Some(off) = t.get(from..).and_then(|r| r.find('称')) {
        let pos = from + off;
        from = pos + '称'.len_utf8();
        let Some(at) = ['简', '下']
            .into_iter()
            .find(|&c| t[..pos].ends_with(c))
            .map(|c| pos - c.len_utf8())
        else {
            continue;
        };
        // the short name: in 《》 or quotes, or up to the bracket or the comma that ends it
        let rest = &t[from..];
        let rest = rest
            .strip_prefix('为')
            .or_else(|| rest.strip_prefix('：'))
            .unwrap_or(rest);
        let (name, work) = match rest.chars().next() {
            Some(c @ ('《' | '“' | '"' | '「')) => {
                let close = match c {
                    '《' => '》',
                    '“' => '”',
                    '「' => '」',
                    _ => '"',
                };
                let body = &rest[c.len_utf8()..];
                match body.find(close) {
                    Some(e) => (&body[..e], c == '《'),
                    None => continue,
                }
            }
            _ => {
                let e = rest
                    .char_indices()
                    .find(|&(_, c)| matches!(c, '）' | ')' | '，' | '、' | '；' | '。'))
                    .map_or(rest.len(), |(i, _)| i);
                (&rest[..e], false)
            }
        };
        let n = name.chars().count();
        if !(2..=12).contains(&n) {
            continue;
        }
        // the thing named right before: its mention ends within a few chars of 简称
        // (（以下简称, ，简称, （下称)
        // (or with a number in the same brackets first: 《…通知》（商消费函〔2024〕255号，以下简称)
        let before = |m: &Span| {
            m.end <= at && {
                let gap = &t[m.end..at];
                let n = gap.chars().count();
                n <= 4 || (n <= 30 && bracketed(gap))
            }
        };
        let list = if work {
            &mut x.works
        } else {
            &mut x.organizations
        };
        let Some(i) = list
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|m| before(m))
                    .map(|m| (m.end, i))
                    .max()
            })
            .max()
            .map(|(_, i)| i)
        else {
            continue;
        };
        join_short(doc, list, i, name, work, None);
    }
}

/// The entity `list[i]` takes `name` (a slice of the folded text) as its short name: the
/// entity named so, if any, joins it; else the name is an alias (not a work's), and `at` a
/// mention of it.
#[inline(never)]
fn join_short(doc: &Doc, list: &mut Vec<Entity>, i: usize, name: &str, work: bool, at: Option<Span>) {
    if fold(&list[i].name) == name {
        return;
    }
    if let Some(k) = list.iter().position(|e| fold(&e.name) == name) {
        let other = list.remove(k);
        let i = if k < i { i - 1 } else { i };
        list[i].mentions.extend(other.mentions);
        list[i].aliases.push(other.name);
    } else if !work {
        // (as the text writes it: the fold keeps every char's bytes)
        let a = name.as_ptr() as usize - doc.fold.as_ptr() as usize;
        let shown = doc.text.get(a..a + name.len()).unwrap_or(name);
        list[i].aliases.push(shown.to_string());
        list[i].mentions.extend(at);
    }
}

/// Short forms of organisations the text also names in full: a court's (杭州中院 for
/// 杭州市中级人民法院), and a name without the place it starts with (海港队 for 上海海港队,
/// 省生态环境厅 for 河北省生态环境厅; not a country's: 国务院 is not 美国国务院). Each short
/// form that fits one full name only joins it.
fn merge_short_forms(orgs: &mut Vec<Entity>) {
    if orgs.len() < 2 {
        return;
    }
    let keys: Vec<String> = orgs.iter().map(|o| fold(&o.name)).collect();
    let by_name = Names::new(&keys, (0..keys.len()).collect());
    // (short, full)
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (f, key) in keys.iter().enumerate() {
        let court = key
            .strip_suffix("中级人民法院")
            .map(|p| (p, "中院"))
            .or_else(|| key.strip_suffix("高级人民法院").map(|p| (p, "高院")));
        if let Some((p, short)) = court {
            let p = p
                .strip_suffix('市')
                .or_else(|| p.strip_suffix('省'))
                .unwrap_or(p);
            if let Some(s) = by_name.get(&[p, short].concat()).filter(|_| !p.is_empty()) {
                pairs.push((s, f));
            }
        }
        // the place that starts the name: two to six chars, three at least left
        for (b, _) in key.char_indices().skip(2).take(5) {
            let short = &key[b..];
            // (河北|省生态环境厅: the place is 河北省)
            let with_level = short
                .starts_with(|c| c == '省' || c == '市')
                .then(|| &key[..b + '省'.len_utf8()]);
            if let Some(s) = by_name.get(short).filter(|_| {
                short.chars().count() >= 3 && (place(&key[..b]) || with_level.is_some_and(place))
            }) {
                pairs.push((s, f));
            }
        }
    }
    pairs.retain(|&(s, f)| s != f);
    let Some(gone) = once_only(&mut pairs, keys.len()) else {
        return;
    };
    for (s, f) in pairs {
        let mentions = std::mem::take(&mut orgs[s].mentions);
        let name = std::mem::take(&mut orgs[s].name);
        orgs[f].mentions.extend(mentions);
        orgs[f].aliases.push(name);
    }
    let mut i = 0;
    orgs.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

/// Last words of a company's name: what 公司 in 公司首席财务官 may refer back to.
const COMPANY_ENDS: crate::text::any_char::Words = words!["公司", "集团", "科技", "控股", "股份", "银行", "证券"];

/// Heads that name, alone before a title, the body of that kind the text is about
/// (公司|董事长, 协会|秘书长).
pub(crate) const BARE_HEADS: crate::text::any_char::Words = words![
    "公司", "集团", "协会", "学会", "商会", "基金会", "联合会", "研究院", "研究所", "医院", "学校", "校",
];

/// A role whose organisation is written as 公司 or 集团 alone (公司董事会主席何振宇) is one
/// of the company the text names before the person: when it names exactly one, the role is
/// that company's; otherwise the role keeps no organisation. So for the other bare heads
/// (深圳市房地产中介协会数据显示…协会秘书长刘莉): the one body of that head named before.
fn the_company(x: &mut Extraction) {
    let bare = |o: &str| o.is_one_of(BARE_HEADS);
    for i in 0..x.people.len() {
        let p = &x.people[i];
        if !p
            .roles
            .iter()
            .any(|r| r.organization.as_deref().is_some_and(bare))
        {
            continue;
        }
        let at = p.mentions.iter().map(|m| m.start).min().unwrap_or(0);
        for k in 0..x.people[i].roles.len() {
            let Some(head) = x.people[i].roles[k].organization.clone().filter(|o| bare(o)) else {
                continue;
            };
            let one = if head.is_one_of(words!["公司", "集团"]) {
                one_company_before(&x.organizations, at, COMPANY_ENDS)
            } else if head.is_one_of(words!["学校", "校"]) {
                one_company_before(&x.organizations, at, SCHOOL_ENDS)
            } else {
                one_body_before(&x.organizations, at, &head)
            };
            x.people[i].roles[k].organization = one;
        }
    }
}

/// Last words of a school's name: what 学校 and 校 before a title refer back to.
const SCHOOL_ENDS: crate::text::any_char::Words = words!["大学", "学院", "学校", "中学", "小学"];

/// A body's own officers beside its managers: its party committee's and union's, its chief
/// accountant (党委常委、副总经理, 党委副书记、工会主席).
const BODY_OFFICERS: crate::text::any_char::Words = words![
    "党委书记", "党委副书记", "党委常委", "党委委员", "纪委书记", "工会主席", "总会计师", "总工程师", "总经济师",
];

/// The one organisation named before byte `at` whose name ends with `head` and is longer.
fn one_body_before(orgs: &[Entity], at: usize, head: &str) -> Option<String> {
    let mut found = orgs.iter().filter(|o| {
        let n = fold(&o.name);
        n.len() > head.len() && n.ends_with(head) && o.mentions.iter().any(|m| m.end <= at)
    });
    let one = found.next()?;
    found.next().is_none().then(|| one.name.clone())
}

/// A company's officers, whose company a text often leaves to the reader (…有限公司今年订单
/// 增长近四成，副总经理彭志勇…).
const CORPORATE_TITLES: crate::text::any_char::Words = words![
    "董事长", "副董事长", "董事会主席", "总经理", "副总经理", "总裁", "副总裁", "首席执行官",
    "首席财务官", "首席技术官", "首席运营官", "行政总裁", "财务总监", "董事会秘书", "执行董事",
    "董事总经理", "执行总裁", "常务副总经理", "总经理助理",
];

/// The company an officer at `at` (a clause's start) works for: the one body named before
/// it in its sentence, else the company the text is about.
fn company_of_clause(doc: &Doc, orgs: &[Entity], ends: &[(usize, usize, usize)], at: usize) -> Option<String> {
    let from = doc.sentences.iter().find(|s| s.start <= at && at <= s.end).map_or(at, |s| s.start);
    let mut named = ends.iter().filter(|e| from < e.0 && e.0 <= at).map(|e| e.1);
    match named.next() {
        Some(o) if named.all(|x| x == o) => Some(orgs[o].name.clone()),
        Some(_) => None,
        None => one_company_before(orgs, at, COMPANY_ENDS),
    }
}

/// The one company the text names before byte `at`; with several, the one it is about:
/// named there at least three times and twice as often as any other, its short names
/// counted with it (芯躍科技 with 芯躍科技股份有限公司). So for schools, by `ends`.
#[inline(never)]
fn one_company_before(orgs: &[Entity], at: usize, ends: crate::text::any_char::Words) -> Option<String> {
    let cands: Vec<(String, usize, &Entity)> = orgs
        .iter()
        .filter_map(|o| {
            let n = fold(&o.name);
            let c = o.mentions.iter().filter(|m| m.end <= at).count();
            (c > 0 && !n.is_one_of(words!["公司", "集团"]) && n.ends_with_any(ends))
                .then_some((n, c, o))
        })
        .collect();
    let (mut best, mut first, mut second) = (None, 0, 0);
    for (n, _, o) in &cands {
        if cands.iter().any(|(m, _, _)| m.len() > n.len() && m.contains(n.as_str())) {
            continue;
        }
        let c: usize = cands.iter().filter(|(m, _, _)| n.contains(m.as_str())).map(|x| x.1).sum();
        if c > first {
            (second, first, best) = (first, c, Some(*o));
        } else {
            second = second.max(c);
        }
    }
    best.filter(|_| second == 0 || (first >= 2 * second && first >= 3))
        .map(|o| o.name.clone())
}

/// Spans already given to some entity (events' too, with `events`): a later mention may
/// not overlap them.
fn taken_spans(x: &Extraction, events: bool) -> Vec<Span> {
    let mut v: Vec<Span> = Vec::new();
    v.extend(x.people.iter().flat_map(|p| p.mentions.iter().copied()));
    let none = Vec::new();
    for list in [&x.organizations, &x.works, if events { &x.events } else { &none }] {
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

/// Occurrences of each name in the text (leftmost-longest, non-overlapping). Names are
/// never empty (an entity's name is text it was found in, credits' names have two chars).
fn occurrences(doc: &Doc, names: &[String]) -> Vec<(usize, Span)> {
    if names.is_empty() {
        return Vec::new();
    }
    // Built per document: no automaton (its build showed in profiles), a sort of the names.
    Matcher::new(names)
        .find_iter(doc.fold)
        .map(|m| (m.pattern(), Span::new(m.start(), m.end())))
        .collect()
}

/// A person read at the start of a later mention of an organisation's full name is part of
/// it (华晟 of 华晟智能董事会秘书, where the text named 华晟智能（301396） before): the mention
/// goes, and with its last mention the person, whose quotes are the organisation's.
#[inline(never)]
fn people_inside_orgs(doc: &Doc, x: &mut Extraction) {
    let mut gone: Vec<(String, String)> = Vec::new();
    // (the names of four chars or more, folded once, and the short names of as many the
    // text gave them: 杭州易汇通支付科技有限公司（以下简称“易汇通支付”） … 易汇通支付多名
    // 相关责任人 is no one 易汇通)
    let mut orgs: Vec<(String, &Entity)> = Vec::new();
    for o in &x.organizations {
        for n in std::iter::once(&o.name).chain(&o.aliases) {
            if n.chars().nth(3).is_some() {
                orgs.push((fold(n), o));
            }
        }
    }
    if orgs.is_empty() {
        return;
    }
    // (a surname alone before a title inside a body's name is none: 统计|司|首席统计师 of
    // 国家统计局贸易外经统计司)
    let spans: Vec<Span> = x.organizations.iter().flat_map(|o| o.mentions.iter().copied()).collect();
    x.people.retain_mut(|p| {
        let mut org = None;
        p.mentions.retain(|m| {
            if m.end - m.start <= 3 && spans.iter().any(|o| o.start < m.start && m.end <= o.end) {
                return false;
            }
            let at = doc.fold.get(m.start..).unwrap_or("");
            let inside = orgs
                .iter()
                .find(|(n, _)| n.len() > m.end - m.start && at.starts_with(n.as_str()))
                .map(|(_, o)| *o);
            if inside.is_some() {
                org = inside;
            }
            inside.is_none()
        });
        match org {
            Some(o) if p.mentions.is_empty() => {
                gone.push((std::mem::take(&mut p.name), o.name.clone()));
                false
            }
            _ => !p.mentions.is_empty(),
        }
    });
    // a name of two chars that opens a company's name in the text, with no post and no
    // word said, is the company's trade name (华岳 of 华岳基金管理有限公司 before its funds'
    // names: 华岳新兴成长混合), no person
    let speakers: Vec<&str> = x.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    x.people.retain(|p| {
        let n = fold(&p.name);
        !(p.roles.is_empty()
            && n.chars().count() == 2
            && !speakers.contains(&p.name.as_str())
            && orgs.iter().any(|(o, _)| o.starts_with(n.as_str())))
    });
    // (nor a name the tagger cut from a company's trade name by its first char, with no post:
    // 叶精机 of 三叶精机株式会社, read again in 三|叶精机|社长; what it said the company said)
    x.people.retain_mut(|p| {
        if !p.roles.is_empty() || p.mentions.is_empty() {
            return true;
        }
        let mut owner = None;
        let cut = p.mentions.iter().all(|m| {
            let Some(c) = doc.fold.get(..m.start).and_then(|h| h.chars().next_back()) else {
                return false;
            };
            let name = doc.fold.get(m.start..m.end).unwrap_or("");
            let at = m.start - c.len_utf8();
            let o = orgs.iter().find(|(o, _)| {
                o.len() > c.len_utf8() + name.len()
                    && o.strip_prefix(c).is_some_and(|r| r.starts_with(name))
                    && doc.fold.get(at..).is_some_and(|t| !t.starts_with(o.as_str()))
            });
            if let Some((_, e)) = o {
                owner.get_or_insert_with(|| e.name.clone());
            }
            o.is_some()
        });
        if let (true, Some(o)) = (cut, owner) {
            gone.push((std::mem::take(&mut p.name), o));
            return false;
        }
        true
    });
    for (person, org) in gone {
        for q in &mut x.quotes {
            if q.speaker.as_deref() == Some(person.as_str()) {
                q.speaker = Some(org.clone());
            }
        }
    }
}

fn later_mentions_people(doc: &Doc, people: &mut [Person], taken: &[Span]) {
    let names: Vec<String> = people.iter().map(|p| fold(&p.name)).collect();
    let mut known: Vec<(usize, usize, usize)> = people
        .iter()
        .flat_map(|p| p.mentions.iter().map(|m| (m.start, m.end, 0)))
        .collect();
    crate::pipeline::sort_keys(&mut known);
    for (i, s) in occurrences(doc, &names) {
        // (a surname alone, 毛 of 毛省长, is a person only where the tagger found it: the
        // char elsewhere is any word's, 原因, 回应)
        if s.end - s.start <= 3
            || !crate::pipeline::key_range(&known, s.start, s.end).is_empty()
            || overlaps(taken, s)
        {
            continue;
        }
        people[i].mentions.push(s);
    }
}

fn later_mentions_orgs(doc: &Doc, orgs: &mut [Entity], taken: &[Span], words: &mut Words) {
    let mut names: Vec<String> = Vec::new();
    // the organisation of each name, and whether the name is a short one (an alias)
    let mut owner: Vec<(usize, bool)> = Vec::new();
    for (i, o) in orgs.iter().enumerate() {
        for (k, n) in std::iter::once(&o.name).chain(o.aliases.iter()).enumerate() {
            names.push(fold(n));
            owner.push((i, k > 0));
        }
    }
    let mut known: Vec<(usize, usize, usize)> = orgs
        .iter()
        .flat_map(|o| o.mentions.iter().map(|m| (m.start, m.end, 0)))
        .collect();
    crate::pipeline::sort_keys(&mut known);
    for (k, s) in occurrences(doc, &names) {
        let (i, alias) = owner[k];
        if !crate::pipeline::key_range(&known, s.start, s.end).is_empty()
            || overlaps(taken, s)
            || (alias && !words.is_word(s))
        {
            continue;
        }
        orgs[i].mentions.push(s);
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
    if pairs.is_empty() {
        return counts;
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

fn link_abbreviations(doc: &Doc, orgs: &mut Vec<Entity>, words: &mut Words) {
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
    // two chars each: by their chars is by the strings (UTF-8 keeps the order), through the
    // shared sort of pipeline (no sort of Strings in the module, issue 8)
    crate::pipeline::sort_by_span(&mut cands, |s| {
        let mut cs = s.chars();
        (
            cs.next().map_or(0, |c| c as usize),
            cs.next().map_or(0, |c| c as usize),
        )
    });
    cands.dedup();
    let counts = pair_positions(doc.fold, &cands);
    let mut i = 0;
    while i < orgs.len() {
        let full: Vec<char> = fold(&orgs[i].name).chars().collect();
        i += 1;
        // (a bare level first is no part of the name to abbreviate: 省安委会 is not 省委)
        if full.len() < 4 || "省市县区乡镇村".contains(full[0]) {
            continue;
        }
        let mut best: Option<(String, usize)> = None;
        let own = &orgs[i - 1].mentions;
        for j in 1..full.len().min(6) {
            let ab: String = [full[0], full[j]].iter().collect();
            if j == 1
                || used.contains(&ab)
                || lex.places.contains_key(ab.as_str())
                || lex.word(&ab).is_some_and(|w| w.log_freq > 8.0)
            {
                continue;
            }
            let at = cands.binary_search(&ab).ok().and_then(|k| counts.get(k));
            // only where it is a word of its own (not 国电 in 全国电影)
            let n = at.map_or(0, |at| {
                at.iter()
                    .filter(|&&p| !inside(own, p) && words.is_word(Span::new(p, p + ab.len())))
                    .count()
            });
            if n > 0 && best.as_ref().is_none_or(|b| n > b.1) {
                best = Some((ab, n));
            }
        }
        let Some((ab, _)) = best else { continue };
        used.push(ab.clone());
        let idx = i - 1;
        // the abbreviation written alone, not only inside longer names (鞍钢 in 鞍钢股份 counts
        // as evidence but stays with 鞍钢股份)
        let text_form = doc
            .fold
            .find(ab.as_str())
            .and_then(|p| doc.text.get(p..p + ab.len()))
            .unwrap_or(&ab)
            .to_string();
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
    use crate::model::{Credit, CreditRole};
    use crate::options::Options;
    #[cfg(not(target_arch = "wasm32"))]
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

    /// A small deterministic generator (xorshift).
    #[cfg(not(target_arch = "wasm32"))]
    fn rng(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// The pair search gives what the automaton it replaces gave, on texts and names over a
    /// few chars of 1 to 4 bytes (text::multi checks the leftmost-longest search).
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn matchers_agree_with_aho_corasick() {
        let alphabet = ['a', 'b', '\0', '王', '军', '鞍', '钢', '𠮷', 'é'];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let pick = |n: u64, seed: &mut u64| -> String {
                (0..n)
                    .map(|_| alphabet[(rng(seed) % alphabet.len() as u64) as usize])
                    .collect()
            };
            let len = rng(&mut seed) % 60;
            let hay = pick(len, &mut seed);
            let k = 1 + rng(&mut seed) % 6;
            let names: Vec<String> = (0..k)
                .map(|_| {
                    let l = 1 + rng(&mut seed) % 4;
                    pick(l, &mut seed)
                })
                .collect();
            let mut cands: Vec<String> = names
                .iter()
                .map(|n| n.chars().chain(n.chars()).take(2).collect())
                .collect();
            cands.sort();
            cands.dedup();
            let ac = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .match_kind(MatchKind::Standard)
                .build(&cands)
                .unwrap();
            let mut want = vec![Vec::new(); cands.len()];
            for m in ac.find_overlapping_iter(&hay) {
                want[m.pattern().as_usize()].push(m.start());
            }
            assert_eq!(
                super::pair_positions(&hay, &cands),
                want,
                "{hay:?} {cands:?}"
            );
        }
    }

    #[test]
    fn a_padded_name_of_a_credit_is_found_in_its_line() {
        let text = "正文。\n编辑：赵　璐";
        let x = crate::extract(text, &Options::default());
        let p = x.people.iter().find(|p| p.name == "赵璐").expect("赵璐");
        let m = &p.mentions[0];
        let u: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&u[m.start..m.end]), "赵　璐");
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
            Credit {
                start: line2,
                end: line3 - 1,
                role: CreditRole::Author,
                label: "撰稿".into(),
                names: vec!["王晓光".into()],
                organization: Some("鞍山钢铁记者站".into()),
            },
            Credit {
                start: line3,
                end: text.len(),
                role: CreditRole::Editor,
                label: "责任编辑".into(),
                names: vec!["张雷".into()],
                organization: None,
            },
        ];
        super::run(&doc, &mut x);
        let wang: Vec<_> = x.people.iter().filter(|p| p.name == "王晓光").collect();
        assert_eq!(wang.len(), 1);
        assert_eq!(wang[0].roles[0].title, "撰稿");
        assert_eq!(
            wang[0].roles[0].organization.as_deref(),
            Some("鞍山钢铁记者站")
        );
        assert!(wang[0].mentions.len() >= 2);
        let zhang = x.people.iter().find(|p| p.name == "张雷").unwrap();
        assert_eq!(zhang.roles[0].title, "责任编辑");
    }
}
