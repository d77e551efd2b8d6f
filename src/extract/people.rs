//! People: Chinese names (surname + one or two given characters, single and compound
//! surnames), transliterated names joined by `·`, and the titles written next to them,
//! each stored as a role {title, organization}. The tagging is in
//! [`crate::lexicon::tag`]; this module groups the hits by name, and joins a later
//! "surname + title" (王董事长) to the person who holds that title.
//!
//! Convention: a role's organisation is the organisation written right before the titles
//! (organisations joined by `/` are kept together: 鞍山钢铁/鞍钢股份); every title of a
//! `、` list before the name gets it. A former or acting holder's 原, 前, 代 is part of the
//! title (原所长, 美国前总统 → 前总统 @ 美国), as is a rank (助理国务卿, 常务副主席); 公司
//! alone before a title is the one company the text named before (see [`crate::resolve`]).
//! A party to a case (被告人, 犯罪嫌疑人) is a role without an organisation. A title that
//! names its own ministry (外交部长) takes no organisation of a `、` list, only a country's.
//! A name inside a work's title (《周恩来传》) is a mention too, as the People's Daily
//! annotation counts it.

use crate::layout::Doc;
use crate::text::any_char::{AnyChar, Words};
use crate::lexicon::tag::{RoleHit, Tagged};
use crate::model::{Person, Role, Span};
// Lookups only, never iterated: the hasher does not change the output.
use rustc_hash::FxHashMap as HashMap;

pub fn find(doc: &Doc) -> Vec<Person> {
    from_tags(doc, &Tagged::new(doc))
}

/// `rest` (folded text after a name) starts with a prize: 奖, or a field and 奖 (物理学奖,
/// 和平奖), so that the name is the prize's; not the verb 奖励.
fn prize_after(rest: &str) -> bool {
    const FIELDS: [&str; 9] = [
        "物理学", "化学", "生理学或医学", "医学", "文学", "和平", "经济学", "数学", "科学",
    ];
    let rest = FIELDS
        .iter()
        .find_map(|f| rest.strip_prefix(f))
        .unwrap_or(rest);
    // (王军奖励了员工: the verb 奖励, 奖赏)
    rest.starts_with('奖') && !rest[3..].starts_with(['励', '赏', '惩', '掖'])
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    // a name inside a work's title (《周恩来传》) is a mention of the person too
    // (where the last name ends, its roles)
    let mut prev: (usize, Vec<RoleHit>) = (usize::MAX, Vec::new());
    // whether the last person shared the roles of a 、 list
    let mut in_list = false;
    // the person of each hit (usize::MAX for none)
    let mut of_hit: Vec<usize> = Vec::with_capacity(tags.people.len());
    // the last role given with an organisation: its sentence's end, its title without 副,
    // and the organisation
    let mut last_org: Option<(usize, &str)> = None;
    let mut last_org_span: Option<std::ops::Range<usize>> = None;
    for hit in &tags.people {
        // a prize named after a person is no mention of them (诺贝尔物理学奖, 图灵奖)
        // (nor is a road: 中|山东|路 read as 中山东路)
        if prize_after(doc.fold.get(hit.span.end..).unwrap_or(""))
            || doc.fold[hit.span.clone()].ends_with_any(words!["东路", "西路", "南路", "北路", "中路", "大道", "大街"])
        {
            of_hit.push(usize::MAX);
            continue;
        }
        // the next of a 、 list after a role shares it: 副校长黄先海、何莲珍 (both 副校长), and
        // a title alone there the organisation (吉首大学党委书记白晋湘、校长游俊), not one of
        // the reporter's own outlet (新华社记者王黎、本报记者董洪亮)
        // (and after 和, 与, 及 the title alone there: 总裁王传福和副总裁李云飞)
        let rest = doc.fold.get(prev.0..).unwrap_or("");
        let listed = !prev.1.is_empty() && rest.starts_with('、');
        let joined = !prev.1.is_empty() && rest.starts_with(['和', '与', '及']);
        // (or a comma of a list of guests, a title alone after it: 南京航空航天大学党委书记
        // 周建华，校长刘宏 — not the head of a place, 董事长王军，副市长李强)
        let comma = !prev.1.is_empty()
            && rest.starts_with('，')
            && hit.roles.len() == 1
            && hit.roles[0].org.is_none()
            && !doc.fold[hit.roles[0].title.clone()].ends_with_any(words!["市长", "省长", "县长", "区长", "镇长", "乡长", "州长", "记者"]);
        let after = prev.0.wrapping_add('、'.len_utf8());
        // (and the last of a 、 list after 和 with no title: 航天员张陆、武飞和韩旭)
        let last_of_list = in_list && joined && hit.roles.is_empty() && hit.span.start == after;
        in_list = listed && hit.roles.is_empty() && hit.span.start == after;
        let shared: Vec<RoleHit> = if in_list || last_of_list {
            prev.1.clone()
        } else if (listed || joined || comma) && hit.roles.first().is_some_and(|r| r.title.start == after) {
            hit.roles
                .iter()
                .map(|r| RoleHit {
                    title: r.title.clone(),
                    // (a title naming its own ministry only a country's: 国家主席习近平、
                    // 外交部长王毅 is China's, 政治局委员…、外交部长 no post of the Politburo)
                    org: r.org.clone().or_else(|| {
                        prev.1.last().and_then(|q| q.org.clone()).filter(|o| {
                            let title = &doc.fold[r.title.clone()];
                            // (a party committee's only for a party post: 市委书记曹普华、
                            // 市长李爱武 is no mayor of the 市委; 省委书记…、副书记 is)
                            let body = &doc.fold[o.clone()];
                            let party = body.ends_with('委') || body.ends_with("党组");
                            !title.starts_with('本')
                                && (!party
                                    || title.contains("书记")
                                    || title.ends_with("常委")
                                    || title.ends_with("委员"))
                                && (!crate::lexicon::tag::names_own_body(title)
                                    || tags.places.contains(o))
                        })
                    }),
                })
                .collect()
        } else {
            hit.roles.clone()
        };
        // a title alone after the same title of an organisation earlier in the sentence is
        // that organisation's (省人大常委会副主任周建林主持，副主任谢卫江、杨晓红出席)
        let sent_end = doc
            .sentences
            .get(doc.sentences.partition_point(|r| r.end <= hit.span.start))
            .map_or(usize::MAX, |r| r.end);
        let shared: Vec<RoleHit> = shared
            .into_iter()
            .map(|mut r| {
                if let (None, Some((end, base)), Some(o)) = (&r.org, last_org, &last_org_span) {
                    let t = title_base(&doc.fold[r.title.clone()]);
                    // (and a committee's secretary-general after its chair: 秘书长龙海波)
                    let secretary = t == "秘书长"
                        && doc.fold[o.clone()].ends_with_any(words!["常委会", "委员会", "政协", "人大"]);
                    if end == sent_end && (base == t || secretary) {
                        r.org = Some(o.clone());
                    }
                }
                r
            })
            .collect();
        for r in &shared {
            if let Some(o) = &r.org {
                last_org = Some((sent_end, title_base(&doc.fold[r.title.clone()])));
                last_org_span = Some(o.clone());
            }
        }
        prev = (hit.span.end, shared.clone());
        // (a name withheld by 某 is named as written, 刘某 and 刘某某 two people; the mention
        // is the surname, as the People's Daily marks it)
        let end = hit.span.end + withheld(doc, &hit.span);
        let key = &doc.fold[hit.span.start..end];
        let i = *by_key.entry(key).or_insert_with(|| {
            people.push(Person {
                name: doc.text[hit.span.start..end].to_string(),
                mentions: Vec::new(),
                roles: Vec::new(),
            });
            people.len() - 1
        });
        of_hit.push(i);
        let p = &mut people[i];
        p.mentions.push(Span::new(hit.span.start, hit.span.end));
        for r in &shared {
            give_role(doc, p, r);
        }
    }
    titled_list(doc, tags, &of_hit, &mut people);
    current_posts(doc, tags, &mut people);
    listed_posts(doc, tags, &mut people);
    join_surnames(doc, tags, &mut people);
    named_by_address(doc, &mut people);
    glued_chars(doc, &mut people);
    // 王董事长: a surname right before a title that one person of that surname holds (the
    // mention is the surname's char, as the People's Daily marks 程|先生)
    // (surname, 0, person), sorted: each surname's people in order
    let mut by_surname: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if p.name.chars().nth(1).is_none() || p.name.contains('某') {
            continue;
        }
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
        // (not the end of a place or an organisation: 俄罗斯|外长)
        let sur = t.start - c.len_utf8();
        if tags
            .places
            .iter()
            .chain(&tags.orgs)
            .any(|r| r.start < sur && sur < r.end)
        {
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
            // (the surname alone is the mention, as for 程先生 and the joined 毛省长)
            let s = Span::new(sur, t.start);
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

/// A title without the words that make it a deputy's or an acting one (副主任 → 主任,
/// 常务副市长 → 市长): the post a bare title after it may share an organisation with.
fn title_base(t: &str) -> &str {
    let t = t.trim_start_matches(['原', '前']);
    let t = t.strip_prefix("常务").unwrap_or(t);
    let t = t.strip_prefix("执行").unwrap_or(t);
    t.strip_prefix('副').unwrap_or(t)
}

/// A title written after the last name of a 、 list is every one's, when none has a title
/// of its own: 李鸿忠、王东明、…、铁凝副委员长和秘书长刘奇出席会议.
#[inline(never)]
fn titled_list(doc: &Doc, tags: &Tagged, of_hit: &[usize], people: &mut [Person]) {
    let hits = &tags.people;
    let mut k = 0;
    while k < hits.len() {
        let mut e = k;
        while e + 1 < hits.len()
            && doc.fold.get(hits[e].span.end..hits[e + 1].span.start) == Some("、")
        {
            e += 1;
        }
        let last = &hits[e];
        let after = last.roles.iter().filter(|r| r.title.start == last.span.end);
        if e > k && hits[k..e].iter().all(|h| h.roles.is_empty()) {
            for r in after {
                for &i in &of_hit[k..e] {
                    if let Some(p) = people.get_mut(i) {
                        give_role(doc, p, r);
                    }
                }
            }
        }
        k = e + 1;
    }
}

/// A biography's or a notice's posts (王建军，男，1975年8月生，现任市发展和改革委员会副主任;
/// 郭振岳转任甘谷县委副书记、县长; 2008年4月任庆阳市委常委、常务副市长; 他当选甘肃省政协副主席):
/// the titles right after a verb of taking a post, each with the organisation written right
/// before it (or the first one's, along a 、 list), are roles of the last person named
/// before the verb in its sentence, or, when the verb's clause has no subject of its own
/// (it opens with a date, 他 or the verb), in its paragraph or the one before.
#[inline(never)]
fn current_posts(doc: &Doc, tags: &Tagged, people: &mut [Person]) {
    let t = doc.fold;
    // each 任 with the char before it when that makes the verb (现任, 转任, 出任 …), and
    // each 当选 (with its 为), in the text's order
    let mut verbs: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while let Some(off) = t[from..].find('任') {
        let at = from + off;
        from = at + '任'.len_utf8();
        let before = t[..at].chars().next_back().unwrap_or('。');
        if "现转升调改出担兼历曾".contains(before) {
            verbs.push((at - before.len_utf8(), from));
        } else if !crate::text::is_han(before)
            || "年月日起后他她".contains(before)
            || people.iter().any(|p| p.mentions.iter().any(|m| m.end == at))
        {
            // (任 alone after a date, a name or a clause's start, not inside a word: 主任,
            // 责任)
            verbs.push((at, from));
        }
    }
    let mut from = 0;
    while let Some(off) = t[from..].find("当选") {
        let at = from + off;
        from = at + "当选".len();
        let end = if t[from..].starts_with('为') { from + '为'.len_utf8() } else { from };
        verbs.push((at, end));
    }
    verbs.sort_unstable();
    for (at, end) in verbs {
        post_after(doc, tags, people, at, end);
    }
}

/// A post written after a name in a list of people, in brackets (胡明哲（浙江大学教授）) or
/// after a wide space to the line's end (冯雅琪　河南科技大学第一附属医院重症医学科护士长):
/// the organisation and its title, filling the bracket or the line.
#[inline(never)]
fn listed_posts(doc: &Doc, tags: &Tagged, people: &mut [Person]) {
    let t = doc.fold;
    for p in people.iter_mut() {
        let mut roles = Vec::new();
        for m in &p.mentions {
            let rest = &t[m.end..];
            let (from, bracket) = if rest.starts_with(['（', '(']) {
                (m.end + rest.chars().next().map_or(0, char::len_utf8), true)
            } else if rest.starts_with([' ', '　', '\t'])
                // (the name opening its line)
                && t[..m.start].trim_end_matches([' ', '　']).ends_with(['\n', '：'])
            {
                (m.end + rest.len() - rest.trim_start_matches([' ', '　', '\t']).len(), false)
            } else {
                continue;
            };
            let Some(o) = tags.orgs.iter().find(|o| o.start == from) else {
                continue;
            };
            let Some(ti) = tags.titles.iter().find(|r| r.start == o.end) else {
                continue;
            };
            let after = t[ti.end..].chars().next().unwrap_or('\n');
            let closes = if bracket {
                matches!(after, '）' | ')')
            } else {
                matches!(after, '\n' | '\r' | ' ' | '　')
            };
            if closes {
                roles.push(Role {
                    title: doc.text[ti.clone()].to_string(),
                    organization: Some(doc.text[o.clone()].to_string()),
                });
            }
        }
        for r in roles {
            add_role(p, r);
        }
    }
}

/// The roles written right after a verb of taking a post at `at..from`, given to its
/// subject (see [`current_posts`]).
#[inline(never)]
fn post_after(doc: &Doc, tags: &Tagged, people: &mut [Person], at: usize, from: usize) {
    let t = doc.fold;
    if tags.titles.iter().chain(&tags.orgs).any(|r| r.start < at && at < r.end) {
        return;
    }
    let Some(sent) = doc.sentences.iter().find(|r| r.start <= at && at < r.end) else {
        return;
    };
    let mut pos = from;
    let mut first_org = None;
    let mut roles: Vec<Role> = Vec::new();
    // (历任, 曾任, 先后任 list the posts of a career in groups, a comma between them:
    // 历任株洲市委副书记、市长，湖南省委副秘书长…)
    let career = t[..from].ends_with_any(words!["历任", "曾任", "先后任"]);
    loop {
        // (an organisation read with 现任 in it stands for the rest: 现任|市财政局)
        let org = tags
            .orgs
            .iter()
            .find(|o| (o.start == pos || (o.start == at && pos == from)) && o.end < sent.end)
            .map(|o| pos..o.end);
        let title_at = org.as_ref().map_or(pos, |o| o.end);
        let ti = tags.titles.iter().find(|r| r.start == title_at).or_else(|| {
            // (a title read with the organisation's end in it: 农牧厅|党组书记; or a
            // place before its head's title: 天水市秦城区|副区长)
            tags.titles
                .iter()
                .find(|r| r.start > pos && r.start < title_at.max(pos + 24) && r.end > title_at)
        });
        let Some(ti) = ti else {
            break;
        };
        let org = match org {
            Some(o) if ti.start < o.end => (ti.start > o.start).then(|| o.start..ti.start),
            None if ti.start > pos => {
                // (a place's government before its head's title is the place: 大观区人民政府|
                // 副区长 → 大观区)
                let bare = &t[pos..ti.start];
                let bare = bare
                    .strip_suffix("人民政府")
                    .or_else(|| bare.strip_suffix("政府"))
                    .filter(|b| b.chars().count() >= 2)
                    .unwrap_or(bare);
                let level = t[ti.clone()].strip_suffix('长').and_then(|h| h.chars().next_back());
                level
                    .is_some_and(|l| "省市县区州旗".contains(l) && bare.ends_with(l))
                    .then(|| pos..pos + bare.len())
            }
            o => o,
        };
        if org.is_none() && ti.start != title_at {
            break;
        }
        // (the first one's as a later title of the list shares it: 现任市委常委、常务副市长
        // is the city's)
        let org = org.or_else(|| {
            first_org
                .as_ref()
                .and_then(|o| crate::lexicon::tag::shared_org(t, o, ti))
        });
        first_org = first_org.or(org.clone());
        roles.push(Role {
            title: doc.text[ti.clone()].to_string(),
            organization: org.map(|o| doc.text[o].to_string()),
        });
        pos = ti.end;
        if t[pos..].starts_with('、') {
            pos += '、'.len_utf8();
        } else if career && t[pos..].starts_with('，') && pos + '，'.len_utf8() < sent.end {
            pos += '，'.len_utf8();
            first_org = None;
        } else {
            break;
        }
    }
    if roles.is_empty() {
        return;
    }
    // the person: the last mention before the verb in the sentence; or, for a clause
    // with no subject of its own, in the paragraph or the one before
    let last_before = |lo: usize| {
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in people.iter().enumerate() {
            for m in &p.mentions {
                if lo <= m.end && m.end <= at && best.is_none_or(|b| m.end > b.1) {
                    best = Some((i, m.end));
                }
            }
        }
        best.map(|b| b.0)
    };
    let clause = t[sent.start..at]
        .rfind('，')
        .max(t[sent.start..at].rfind('；'))
        .map_or(sent.start, |c| sent.start + c + '，'.len_utf8());
    // (a date, 他 or 她 and nothing else before the verb; or the verb opening a clause
    // of a sentence that opens so: 2011年9月，他回到省直部门，出任…; not 1965年我当选…,
    // nor 党委书记…进入董事会，出任董事长)
    let subjectless = |h: &str| {
        h.chars().all(|c| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || "年月日号起初底中旬上下以后此随其同次他她，".contains(c)
        })
    };
    let head = &t[clause..at];
    let first = t[sent.start..at].split('，').next().unwrap_or("");
    let open = !head.is_empty() && subjectless(head)
        || head.is_empty() && (subjectless(first) || first.starts_with(['他', '她']));
    let who = last_before(sent.start).or_else(|| {
        let i = doc.paragraphs.partition_point(|p| p.range.end <= at);
        let lo = doc.paragraphs.get(i.saturating_sub(1))?.range.start;
        open.then(|| last_before(lo)).flatten()
    });
    if let Some(i) = who {
        for r in roles {
            add_role(&mut people[i], r);
        }
    }
}

/// A surname alone before a title or a form of address (毛省长, 李教授, 老王; the tagger's
/// person of one char) is the one person of the text with that surname and that title, or
/// failing a title the one such person named before it in its paragraph. Its mentions join that person's; what stays ambiguous stays apart.
/// A surname before 某 (王某) is a withheld name, no later mention.
fn join_surnames(doc: &Doc, tags: &Tagged, people: &mut Vec<Person>) {
    let short: Vec<usize> = (0..people.len())
        .filter(|&i| people[i].name.chars().nth(1).is_none())
        .collect();
    if short.is_empty() {
        return;
    }
    let mut gone = vec![false; people.len()];
    for s in short {
        let sur = crate::text::script::fold_char(people[s].name.chars().next().unwrap_or(' '));
        // full Chinese names of that surname
        let cands: Vec<usize> = people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                let n = p.name.chars().count();
                (2..=4).contains(&n)
                    && !p.name.contains(['·', '某'])
                    && p.name.chars().next().map(crate::text::script::fold_char) == Some(sur)
            })
            .map(|(i, _)| i)
            .collect();
        if cands.is_empty() {
            continue;
        }
        let mentions = std::mem::take(&mut people[s].mentions);
        let mut kept = Vec::new();
        for m in mentions {
            let after = &doc.fold[m.end..];
            let title = tags.titles.iter().find(|t| t.start == m.end);
            let target = if let Some(t) = title {
                let title = &doc.fold[t.clone()];
                let holds = |i: usize, exact: bool| {
                    people[i].roles.iter().any(|r| {
                        let f = fold(&r.title);
                        if exact {
                            f == title
                        } else {
                            f.ends_with(title)
                        }
                    })
                };
                let exact: Vec<usize> = cands.iter().copied().filter(|&i| holds(i, true)).collect();
                let loose: Vec<usize> =
                    cands.iter().copied().filter(|&i| holds(i, false)).collect();
                match (&exact[..], &loose[..]) {
                    ([i], _) | ([], [i]) => Some(*i),
                    _ => None,
                }
            } else if after.starts_with('某') {
                None
            } else {
                // a form of address or 老王: the one named before it in its paragraph
                let para = doc.paragraph_at(m.start).map_or(0, |p| p.range.start);
                let near: Vec<usize> = people
                    .iter()
                    .enumerate()
                    .filter(|(i, p)| {
                        cands.contains(i)
                            && p.mentions
                                .iter()
                                .any(|x| para <= x.start && x.start < m.start)
                    })
                    .map(|(i, _)| i)
                    .collect();
                match near[..] {
                    [i] => Some(i),
                    _ => None,
                }
            };
            match target {
                Some(i) => {
                    if let Some(t) = title {
                        add_role(
                            &mut people[i],
                            Role {
                                title: doc.text[t.clone()].to_string(),
                                organization: None,
                            },
                        );
                    }
                    people[i].mentions.push(m);
                }
                None => kept.push(m),
            }
        }
        if kept.is_empty() {
            gone[s] = true;
        }
        people[s].mentions = kept;
    }
    let mut i = 0;
    people.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

/// A name of three Han chars whose first two are another person of the text, and that is
/// always written glued to the words after it (武磊接队友传球…, and 武磊在赛后说 elsewhere):
/// the segmenter took the first char of what follows (a verb) as a given-name char. Its
/// mentions are that person's, the third char left out. But where the short name is always
/// followed by the third char (詹秋|实在 after 詹秋实出席), it is the long name cut short.
#[inline(never)]
fn glued_chars(doc: &Doc, people: &mut Vec<Person>) {
    let chars = |n: &str| {
        let mut cs = n.chars().map(crate::text::script::fold_char);
        (cs.next(), cs.next(), cs.next(), cs.next())
    };
    // the names of two chars, by their chars (sorted triples, no hash map: issue 8)
    let mut two: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if let (Some(a), Some(b), None, _) = chars(&p.name) {
            two.push((a as usize, b as usize, i));
        }
    }
    if two.is_empty() {
        return;
    }
    crate::pipeline::sort_keys(&mut two);
    let mut gone = vec![false; people.len()];
    for i in 0..people.len() {
        let (Some(a), Some(b), Some(c), None) = chars(&people[i].name) else {
            continue;
        };
        // (刘某某 is not 刘某 glued to a char: its mention is the surname alone)
        if b == '某' {
            continue;
        }
        let Some(j) = crate::pipeline::key_range(&two, a as usize, b as usize)
            .first()
            .map(|t| t.2)
        else {
            continue;
        };
        // (glued: a Han char follows every mention, not the end of a clause)
        let glued = people[i].mentions.iter().all(|m| {
            doc.fold
                .get(m.end..)
                .and_then(|r| r.chars().next())
                .is_some_and(crate::text::is_han)
        });
        if gone[j] || ![a, b, c].into_iter().all(crate::text::is_han) {
            continue;
        }
        // (the short name always followed by that char is the long name cut short, where the
        // char made a word with the next: 詹秋|实在 after 詹秋实出席; its mentions are the
        // long one's)
        let alone = people[j].mentions.iter().any(|m| {
            doc.fold.get(m.end..).and_then(|r| r.chars().next()) != Some(c)
        });
        if !alone {
            for mut m in std::mem::take(&mut people[j].mentions) {
                m.end += c.len_utf8();
                people[i].mentions.push(m);
            }
            for r in std::mem::take(&mut people[j].roles) {
                add_role(&mut people[i], r);
            }
            crate::pipeline::sort_by_span(&mut people[i].mentions, |m| (m.start, m.end));
            gone[j] = true;
            continue;
        }
        if !glued {
            continue;
        }
        for mut m in std::mem::take(&mut people[i].mentions) {
            m.end -= c.len_utf8();
            people[j].mentions.push(m);
        }
        for r in std::mem::take(&mut people[i].roles) {
            add_role(&mut people[j], r);
        }
        crate::pipeline::sort_by_span(&mut people[j].mentions, |m| (m.start, m.end));
        gone[i] = true;
    }
    let mut i = 0;
    people.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

/// Forms of address that name a person with the surname before them (张女士, 刘奶奶).
const PERSONAL_ADDRESSES: Words = words![
    "女士", "先生", "小姐", "师傅", "阿姨", "大爷", "大妈", "大娘", "大姐", "大哥", "奶奶", "爷爷",
    "老汉", "老伯", "婆婆", "阿婆", "伯伯", "老先生", "老太太",
];

/// A surname alone that joined no full name, before a form of address (张女士, 赵先生): the
/// person is named with it as written (the mention stays the surname, as the People's Daily
/// marks it), and 张女士 and 张先生 are two people.
fn named_by_address(doc: &Doc, people: &mut Vec<Person>) {
    let mut added: Vec<Person> = Vec::new();
    for p in people.iter_mut() {
        if p.name.chars().nth(1).is_some() || p.mentions.is_empty() {
            continue;
        }
        let address = |m: &Span| {
            let after = doc.fold.get(m.end..).unwrap_or("");
            PERSONAL_ADDRESSES.iter().position(|a| after.starts_with(a))
        };
        let mut groups: Vec<(Option<usize>, Vec<Span>)> = Vec::new();
        for m in std::mem::take(&mut p.mentions) {
            let a = address(&m);
            match groups.iter_mut().find(|g| g.0 == a) {
                Some(g) => g.1.push(m),
                None => groups.push((a, vec![m])),
            }
        }
        let surname = p.name.clone();
        let named = |a: Option<usize>, ms: &[Span]| match a {
            Some(i) => {
                let m = ms[0];
                let end = m.end + PERSONAL_ADDRESSES.iter().nth(i).map_or(0, str::len);
                doc.text.get(m.start..end).map_or(surname.clone(), str::to_string)
            }
            None => surname.clone(),
        };
        let mut groups = groups.into_iter();
        if let Some((a, ms)) = groups.next() {
            p.name = named(a, &ms);
            p.mentions = ms;
        }
        for (a, ms) in groups {
            added.push(Person {
                name: named(a, &ms),
                mentions: ms,
                roles: Vec::new(),
            });
        }
    }
    people.append(&mut added);
    // a name the segmenter read whole with its form of address (钟大爷 as one name) is the
    // person named by the surname and the address just above: one person, its mentions
    // the surname's
    let mut i = 0;
    while i < people.len() {
        let whole = PERSONAL_ADDRESSES.iter().any(|a| {
            people[i].name.strip_suffix(a).is_some_and(|s| s.chars().count() == 1)
        });
        let twin = whole
            .then(|| (0..people.len()).find(|&j| j != i && people[j].name == people[i].name))
            .flatten();
        let Some(j) = twin else {
            i += 1;
            continue;
        };
        let gone = people.remove(i);
        let j = if j > i { j - 1 } else { j };
        people[j].mentions.extend(gone.mentions);
        for m in &mut people[j].mentions {
            let c = doc.fold[m.start..].chars().next().map_or(0, char::len_utf8);
            m.end = m.start + c;
        }
        for r in gone.roles {
            add_role(&mut people[j], r);
        }
        crate::pipeline::sort_by_span(&mut people[j].mentions, |m| (m.start, m.end));
        people[j].mentions.dedup();
    }
}

/// The length of the 某 or 某某 that withholds the given name after a surname alone.
fn withheld(doc: &Doc, span: &std::ops::Range<usize>) -> usize {
    let one = doc.fold[span.clone()].chars().nth(1).is_none();
    let after = doc.fold.get(span.end..).unwrap_or("");
    if !one || !after.starts_with('某') {
        0
    } else if after.starts_with("某某") {
        2 * '某'.len_utf8()
    } else {
        '某'.len_utf8()
    }
}

fn fold(s: &str) -> String {
    s.chars().map(crate::text::script::fold_char).collect()
}

/// The role a tagger's hit names, as written.
#[inline(never)]
fn give_role(doc: &Doc, p: &mut Person, r: &RoleHit) {
    let role = Role {
        title: doc.text[r.title.clone()].to_string(),
        organization: r.org.clone().map(|o| doc.text[o].to_string()),
    };
    add_role(p, role);
}

/// Adds a role unless the person has it; a role with an organisation replaces the same
/// title without one.
#[inline(never)]
pub fn add_role(p: &mut Person, role: Role) {
    // (one title of two organisations is two roles, a career's: 菏泽市委副书记, 济宁市委
    // 副书记; an organisation written in part is the same one: 市委, 烟台市委)
    let same = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => a.contains(b.as_str()) || b.contains(a.as_str()),
        _ => true,
    };
    if let Some(r) = p
        .roles
        .iter_mut()
        .find(|r| r.title == role.title && same(&r.organization, &role.organization))
    {
        let longer = match (&r.organization, &role.organization) {
            (None, Some(_)) => true,
            (Some(a), Some(b)) => b.len() > a.len(),
            _ => false,
        };
        if longer {
            r.organization = role.organization;
        }
        return;
    }
    p.roles.push(role);
}
