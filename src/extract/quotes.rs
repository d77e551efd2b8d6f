//! Quotes: a speaker, a reporting verb and what was said. Two forms:
//! - `X表示，……` / `X说：“……”`: the speaker (a person, an organisation or a pronoun)
//!   stands in the same sentence before the verb, with at most a short adverbial between
//!   (王军在讲话中表示); the content runs to the end of the paragraph, or to the closing
//!   quotation mark when it opens with one;
//! - `“……”，X说。`: the content is the quotation just before the speaker.
//!
//! A verb that opens a clause after the first one speaks for the sentence's subject
//! (楊潤雄亦於社交平台發文祝賀，稱…), and 称, 形容 … may have a short object before the
//! quotation (稱影片「…」).
//!
//! An unquoted content stops where the next reported speech of the paragraph begins
//! (布林肯称，…。毛宁回应说，… are two quotes), at the reporter's narration (据悉, 据…报道,
//! 记者…, …数据显示), and at a sentence about someone named the content has not named so
//! far (刘雨桐说，…。北京教育考试院数据显示…; 楊英偉表示，…。…局長楊潤雄亦於…): a sentence
//! that opens with a pronoun or with no subject goes on with the same speaker.
//!
//! A speaker 他/她 is the person the sentence before it is about: the first person named in
//! the nearest sentence before that names one, in the same or the previous paragraph; the
//! pronoun stays when there is none.
//!
//! The span of a quote is the span of its content, so that `text` is exactly what the span
//! covers. A reporting verb with no speaker in front is not a quote (需要指出，…).

use crate::layout::Doc;
use crate::model::{Entity, Person, Quote};
use crate::text::any_char::{AnyChar, Words};
use std::ops::Range;

/// Reporting verbs, longest first where one starts another: `verb_at` has them by first
/// char (a test checks its lists against this one), and [`VERB_FIRSTS`] their first chars
/// (only at compile time: the list itself is in no build).
const VERBS: Words = words![
    "表示",
    "强调",
    "指出",
    "指控",
    "说道",
    // (Taiwan's courts and offices explain: 發言人黃書萍下午說明，…)
    "说明",
    "认为",
    "介绍说",
    "介绍",
    "透露",
    "要求",
    "宣布",
    "坦言",
    "提出",
    "表态",
    "建议",
    "呼吁",
    "回应",
    "回忆说",
    "回忆道",
    "回忆",
    "解释说",
    "解释",
    "称赞",
    "承认",
    "承诺",
    "补充说",
    "补充",
    "告诉本报记者",
    "告诉记者",
    "告诉笔者",
    "对记者说",
    "说",
    "称",
    "谈到",
    "提到",
    "写道",
    "问道",
    "答道",
    "感慨",
    "直言",
    "直指",
    "叮嘱",
    "重申",
    "预计",
    "表明",
    "批评",
    "警告",
    "质疑",
    "反驳",
    "声称",
    "坦承",
    "形容",
    "提醒",
    "通报",
    "评价说",
    "评价道",
    "话",
    "指",
    "笑言",
    "笑称",
    "笑说",
    "笑道",
    "提示",
];

/// The first char of a non-empty UTF-8 `b`, at compile time (for [`VERB_FIRSTS`]).
const fn first_char(b: &[u8]) -> u32 {
    let b0 = b[0] as u32;
    if b0 < 0x80 {
        b0
    } else if b0 < 0xE0 {
        (b0 & 0x1F) << 6 | (b[1] as u32 & 0x3F)
    } else if b0 < 0xF0 {
        (b0 & 0x0F) << 12 | (b[1] as u32 & 0x3F) << 6 | (b[2] as u32 & 0x3F)
    } else {
        (b0 & 0x07) << 18
            | (b[1] as u32 & 0x3F) << 12
            | (b[2] as u32 & 0x3F) << 6
            | (b[3] as u32 & 0x3F)
    }
}

/// Bit `c % 128` of the first char `c` of every verb of [`VERBS`]: most chars of a text
/// have theirs clear and start no verb.
const VERB_FIRSTS: u128 = {
    let mut m = 0u128;
    let mut k = 0;
    while let Some((w, next)) = VERBS.word(k) {
        m |= 1 << (first_char(w) % 128);
        k = next;
    }
    m
};

/// The reporting verb that `rest` starts with. The first character is checked against
/// [`VERB_FIRSTS`], then with a `match`, before any comparison: this runs at every position
/// of every sentence.
#[inline]
fn verb_at(rest: &str) -> Option<&'static str> {
    verb_at_char(rest.chars().next()?, rest)
}

/// [`verb_at`] with the first char `c` of `rest` already read.
#[inline]
fn verb_at_char(c: char, rest: &str) -> Option<&'static str> {
    if VERB_FIRSTS & (1 << (c as u32 % 128)) == 0 {
        return None;
    }
    verb_starting(c, rest)
}

/// [`verb_at`] past its filter: `c` is the first char of `rest`.
#[inline(never)]
fn verb_starting(c: char, rest: &str) -> Option<&'static str> {
    // the verbs of VERBS that start with `c`, in its order (a test checks the lists)
    let verbs: Words = match c {
        '表' => words!["表示", "表态", "表明"],
        '强' => words!["强调"],
        '指' => words!["指出", "指控", "指"],
        '说' => words!["说道", "说明", "说"],
        '认' => words!["认为"],
        '介' => words!["介绍说", "介绍"],
        '透' => words!["透露"],
        '要' => words!["要求"],
        '宣' => words!["宣布"],
        '坦' => words!["坦言", "坦承"],
        '提' => words!["提出", "提到", "提醒", "提示"],
        '笑' => words!["笑言", "笑称", "笑说", "笑道"],
        '通' => words!["通报"],
        '评' => words!["评价说", "评价道"],
        '建' => words!["建议"],
        '呼' => words!["呼吁"],
        '回' => words!["回应", "回忆说", "回忆道", "回忆"],
        '解' => words!["解释说", "解释"],
        '称' => words!["称赞", "称"],
        '承' => words!["承认", "承诺"],
        '补' => words!["补充说", "补充"],
        '告' => words!["告诉本报记者", "告诉记者", "告诉笔者"],
        '对' => words!["对记者说"],
        '谈' => words!["谈到"],
        '写' => words!["写道"],
        '问' => words!["问道"],
        '答' => words!["答道"],
        '感' => words!["感慨"],
        '直' => words!["直言", "直指"],
        '叮' => words!["叮嘱"],
        '重' => words!["重申"],
        '预' => words!["预计"],
        '批' => words!["批评"],
        '警' => words!["警告"],
        '质' => words!["质疑"],
        '反' => words!["反驳"],
        '声' => words!["声称"],
        '形' => words!["形容"],
        '话' => words!["话"],
        _ => return None,
    };
    rest.prefix_in(verbs)
}

/// Sentence openings of the reporter's narration: an open-ended quote stops before them.
const NARRATION: Words = words![
    "据悉",
    "据了解",
    "据报道",
    "据统计",
    "据记者了解",
    "记者了解到",
    "记者获悉",
    "记者注意到",
    "另据",
    "另讯",
    "另悉",
    "此前",
    "截至目前",
    "截至发稿",
    "目前，",
    // (the reporter's question: 有记者提问，…？)
    "有记者",
    "记者问",
    "记者提问",
    "当记者问",
    "当被问及",
    "被问及",
    "问及",
];

const PRONOUNS: Words = words!["他们", "她们", "他", "她", "对方", "后者", "前者"];

/// Most characters between the speaker and the verb (在讲话中, 在接受采访时).
const MAX_GAP: usize = 14;

/// Words that open an adverbial between a speaker and the verb (在…上, 接受…采访时).
const ADVERBIAL: Words = words![
    "在", "于", "接受", "出席", "参加", "会见", "做客", "回答", "就", "对", "向", "通过",
];

/// Adverbs between a subject and its adverbial (蔡崇信此前在接受…采访时称, 他近日在…表示).
const SUBJECT_ADVERBS: Words = words![
    "此前", "日前", "近日", "近期", "随后", "同日", "当天", "当日", "早前", "稍早", "也", "还",
    "则", "曾", "亦", "又", "再次", "已", "更", "均", "都", "分别", "当庭", "当场", "随即",
    "当地时间", "北京时间",
];

/// The end of a bracketed aside right after a name (萨姆·奥尔特曼（Sam Altman）), or `at`
/// itself: the name's original spelling, an age or a party is no gap between the speaker and
/// the verb.
fn after_aside(fold: &str, at: usize, limit: usize) -> usize {
    let Some(open) = fold[at..limit]
        .chars()
        .next()
        .filter(|c| matches!(c, '（' | '('))
    else {
        return at;
    };
    let close = if open == '（' { '）' } else { ')' };
    let inner = at + open.len_utf8();
    match fold[inner..limit].find(close) {
        Some(i) if fold[inner..inner + i].chars().count() <= 40 => inner + i + close.len_utf8(),
        _ => at,
    }
}

/// Chars of a day or a time between a speaker and an adverbial (5日, 今（5）日, 昨天上午).
#[inline(never)]
fn is_time_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(
            c,
            '一' | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '〇'
                | '零'
                | '日'
                | '号'
                | '今'
                | '昨'
                | '明'
                | '前'
                | '天'
                | '月'
                | '上'
                | '下'
                | '午'
                | '晚'
                | '早'
                | '中'
                | '凌'
                | '晨'
                | '时'
                | '点'
                | '分'
                | '（'
                | '）'
                | '('
                | ')'
        )
}

fn is_lead_in(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '“' | '「' | '"')
}

/// The person a 他/她 at byte `at` stands for: the first person of the nearest earlier
/// sentence that names one, no further back than the previous paragraph.
#[inline(never)]
fn antecedent(doc: &Doc, at: usize, people: &[(Range<usize>, &str)]) -> Option<String> {
    let para = doc.paragraphs.partition_point(|p| p.range.end <= at);
    let floor = doc
        .paragraphs
        .get(para.saturating_sub(1))
        .map_or(0, |p| p.range.start);
    // The latest person mention before the pronoun, then the first one of its sentence.
    let last = people
        .partition_point(|(r, _)| r.end <= at)
        .checked_sub(1)?;
    let (r, _) = &people[last];
    if r.start < floor {
        return None;
    }
    let si = doc.sentences.partition_point(|s| s.end <= r.start);
    let sent = doc.sentences.get(si)?;
    let first = people.partition_point(|(p, _)| p.start < sent.start);
    people
        .get(first)
        .filter(|(p, _)| p.end <= at)
        .map(|(_, n)| n.to_string())
}

/// Whether the verb `v` at `at` may say: 話 and 指 only right after the speaker, or one
/// adverb after (梁太話, 她又指), not in 电话, 一席话, 手指; 指 after a post anywhere.
#[inline(never)]
fn right_after_speaker(fold: &str, at: usize, v: &str, persons: &[(Range<usize>, &str)]) -> bool {
    if !v.is_one_of(words!["话", "指"]) {
        return true;
    }
    // (a post or a statement that 指 reports says like 称, wherever its author stands:
    // 林世雄昨日在社交平台發文指，…)
    // (and at the end of a clause of time, before a comma: 余嘉朗…會見傳媒時指，…)
    if v == "指"
        && (["发文", "撰文", "发帖", "留言", "声明", "贴文"].iter().any(|w| fold[..at].ends_with(w))
            || (fold[..at].ends_any(&['时', '后']) && fold[at + v.len()..].starts_with('，'))
            // (or a body's head right before it, a comma after: 运输署指，…)
            || (fold[..at].ends_any(&['署', '处', '局', '部', '委', '会', '院', '司', '台', '府'])
                && fold[at + v.len()..].starts_with('，')))
    {
        return true;
    }
    // (a verb before 指 says it with it: 孫玉菡回應指，…, 她批评指)
    let at = [
        "回应", "批评", "反驳", "解释", "补充", "强调", "透露", "质疑", "重申",
    ]
    .iter()
    .find(|w| v == "指" && fold[..at].ends_with(**w))
    .map_or(at, |w| at - w.len());
    speaker_ends_near(fold, at, 1, |c| "又亦也则更还就都".contains(c), persons).is_some()
}

/// Whether the person (or 他/她) that ends at `e` opens its clause: after a punctuation mark,
/// a space or nothing.
#[inline(never)]
fn opens_clause(fold: &str, e: usize, persons: &[(Range<usize>, &str)]) -> bool {
    let start = persons
        .get(persons.partition_point(|(r, _)| r.end < e))
        .filter(|(r, _)| r.end == e)
        .map_or(e.saturating_sub('他'.len_utf8()), |(r, _)| r.start);
    fold.get(..start)
        .and_then(|h| h.chars().next_back())
        .is_none_or(|c| !crate::text::is_han(c))
}

/// Where a person (or 他/她) ends at most `gap` chars before `at`, each of them Han and
/// `ok` (杨秀英寄语道, 她看得很淡, 梁太話, 她又指).
#[inline(never)]
fn speaker_ends_near(
    fold: &str,
    at: usize,
    gap: usize,
    ok: fn(char) -> bool,
    persons: &[(Range<usize>, &str)],
) -> Option<usize> {
    let mut e = at;
    for k in 0..=gap {
        let person = persons
            .get(persons.partition_point(|(r, _)| r.end < e))
            .is_some_and(|(r, _)| r.end == e);
        if person || fold[..e].ends_any(&['他', '她']) {
            return Some(e);
        }
        let c = fold[..e].chars().next_back()?;
        if k == gap || !crate::text::is_han(c) || !ok(c) {
            return None;
        }
        e -= c.len_utf8();
    }
    None
}

/// The first of `words` that `s` starts with (one loop, not one unrolled per list).
#[inline(never)]
fn first_prefix(s: &str, words: Words) -> Option<&'static str> {
    s.prefix_in(words)
}

fn pronoun_at(s: &str) -> Option<&'static str> {
    first_prefix(s, PRONOUNS)
}

/// The subject before an adverbial that names others: 刘爱华在国新办举行的发布会上表示 is
/// 刘爱华's, not 国新办's. The first name (or pronoun) of the clause followed by 在, 于, 接受,
/// 出席 … speaks; a day or a time may stand between (李强5日在…, 卓荣泰今（5）日出席…).
#[inline(never)]
fn subject_before_adverbial(
    doc: &Doc,
    sent: &Range<usize>,
    at: usize,
    names: &[(Range<usize>, &str)],
    people: &[(Range<usize>, &str)],
) -> Option<(String, usize)> {
    let fold = doc.fold;
    let clause = fold[sent.start..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | '。' | '：' | '“' | '”' | '、'))
        .map_or(sent.start, |(i, c)| sent.start + i + c.len_utf8());
    let from = names.partition_point(|(r, _)| r.start < clause);
    let pronoun = fold[clause..at].char_indices().find_map(|(i, _)| {
        pronoun_at(&fold[clause + i..at]).map(|p| (clause + i, clause + i + p.len()))
    });
    let first = names[from..]
        .iter()
        .take_while(|(r, _)| r.start < at)
        .map(|(r, _)| (r.start, r.end))
        .chain(pronoun);
    for (s0, e0) in first.filter(|&(_, e0)| e0 < at) {
        if adverbial_between(fold, e0, at) {
            if fold[s0..e0].is_one_of(words!["他", "她"]) {
                if let Some(n) = antecedent(doc, s0, people) {
                    return Some((n, s0));
                }
            }
            let name = names[from..]
                .iter()
                .find(|(r, _)| r.start == s0 && r.end == e0)
                .map_or(&doc.text[s0..e0], |(_, n)| *n);
            return Some((name.to_string(), s0));
        }
    }
    None
}

/// Whether `fold[e..at]`, after a name, is an adverbial before the verb at `at`: maybe an
/// aside, a day or a time and adverbs (5日, 昨天, 此前, 也), then 在, 于, 接受 … (王军在讲话中,
/// 王辉在6月3日的新闻发布会上), in all no longer than `subject_before_adverbial` allows.
fn adverbial_between(fold: &str, e: usize, at: usize) -> bool {
    let e1 = after_aside(fold, e, at);
    // a day or a time, then adverbs (此前, 近日, 也, 还 …), in any order
    let mut when = e1;
    loop {
        let t = fold[when..at]
            .char_indices()
            .find(|&(_, c)| !is_time_char(c))
            .map_or(at, |(i, _)| when + i);
        match first_prefix(&fold[t..at], SUBJECT_ADVERBS) {
            Some(w) => when = t + w.len(),
            None => {
                when = t;
                break;
            }
        }
    }
    when - e1 <= 24
        && first_prefix(&fold[when..at], ADVERBIAL).is_some()
        && fold[e..at].chars().count() <= 3 * MAX_GAP
}

/// Whether `gap`, between a speaker and the verb, is something they did, a comma and the
/// manner they speak in (手捧奖杯，几度哽咽地 before 说; 放下话筒，笑着 before 说): one
/// comma, at most 12 Han chars before it and 2 to 8 after it, ending in 地 or 着.
fn deed_then_manner(gap: &str) -> bool {
    gap.split_once('，').is_some_and(|(deed, manner)| {
        let (d, m) = (deed.chars().count(), manner.chars().count());
        (1..=12).contains(&d)
            && (2..=8).contains(&m)
            && manner.ends_any(&['地', '着'])
            && deed.chars().chain(manner.chars()).all(crate::text::is_han)
    })
}

/// A speaker ending at or before `at` inside the sentence `sent`: (name, start).
fn speaker_before(
    doc: &Doc,
    sent: &Range<usize>,
    at: usize,
    names: &[(Range<usize>, &str)],
    people: &[(Range<usize>, &str)],
) -> Option<(String, usize)> {
    let fold = doc.fold;
    if let Some(found) = subject_before_adverbial(doc, sent, at, names, people) {
        return Some(found);
    }
    let mut best: Option<(String, usize, usize)> = None;
    // names are sorted by start: those that start inside the sentence, before the verb
    let from = names.partition_point(|(r, _)| r.start < sent.start);
    for (r, name) in names[from..].iter().take_while(|(r, _)| r.start < at) {
        // (not a name in an aside in brackets: 罗斯兰·依斯迈（国盟—士拉央）随即起身质疑)
        let head = &fold[sent.start..r.start];
        let aside = head.rfind('（').is_some_and(|o| !head[o..].contains('）'));
        if r.end <= at && !aside && best.as_ref().is_none_or(|b| r.end > b.2) {
            best = Some((name.to_string(), r.start, r.end));
        }
    }
    // the last pronoun before the verb
    let region = fold.get(sent.start..at)?;
    if let Some((i, p)) = region
        .char_indices()
        .rev()
        .find_map(|(i, _)| pronoun_at(&region[i..]).map(|p| (i, p)))
    {
        let (s, e) = (sent.start + i, sent.start + i + p.len());
        if best.as_ref().is_none_or(|b| e > b.2) {
            best = Some((doc.text[s..e].to_string(), s, e));
        }
    }
    let (name, start, end) = best?;
    // (whose hand the speaker holds is no speaker: 李大爷拉着王丽娜的手说; the person before
    // in the clause is)
    const STOPS: [char; 8] = ['，', ',', '；', '。', '：', '“', '”', '、'];
    let holder = names[from..]
        .iter()
        .take_while(|(r, _)| r.end <= start)
        .filter(|(r, _)| r.end < start && !fold[r.end..start].contains_any(&STOPS))
        .last()
        .filter(|(r, _)| {
            fold[end..].starts_with('的')
                && !fold[end..at].contains_any(&STOPS)
                && people.iter().any(|(p, _)| p == r)
        });
    let (name, start, end) = match holder {
        Some((r, n)) => (n.to_string(), r.start, r.end),
        None => (name, start, end),
    };
    let gap = &fold[after_aside(fold, end, at)..at];
    // (the object of a clause of time, not its subject: 视察兀兰北站和新山武吉查卡站后宣布;
    // a person named before the clause is: 卢志强昨日巡视玛丽医院时亦表示)
    if gap
        .strip_suffix(['亦', '也', '还', '又', '则', '均', '都'])
        .unwrap_or(gap)
        .is_one_of(words!["后", "之后", "以后", "时", "期间"])
    {
        let subject = names[from..]
            .iter()
            .take_while(|(r, _)| r.start < start)
            .filter(|(r, _)| {
                r.end <= start
                    && !fold[r.end..start].contains_any(&['，', ',', '；', '。', '：', '“', '”', '、'])
            })
            .last()?;
        return people
            .iter()
            .any(|(r, _)| *r == subject.0)
            .then(|| (subject.1.to_string(), subject.0.start));
    }
    if gap.chars().count() > MAX_GAP
        || (gap.contains_any(&['，', ',', '；', '。', '：', '“', '”', '、'])
            && !(deed_then_manner(gap) && start == subject_start(fold, sent)))
        // (a place where someone is, who says: 旺角信和中心有手机店店主表示)
        || (gap.starts_with('有') && !gap.starts_with("有关"))
    {
        return None;
    }
    if fold[start..end].is_one_of(words!["他", "她"]) {
        if let Some(n) = antecedent(doc, start, people) {
            return Some((n, start));
        }
    }
    // someone of an organisation described, not named: 商务部市场运行和消费促进司负责人表示
    // speaks as that description, as written (a person's name is the speaker itself)
    // (`people` is sorted by end: a look-up, not a scan, for each of many quotes)
    let from = people.partition_point(|(r, _)| r.end < end);
    let person = people[from..]
        .iter()
        .take_while(|(r, _)| r.end == end)
        .any(|(r, _)| r.start == start);
    if !person {
        if let Some(e) = description_end(fold, end, at) {
            return Some((doc.text[start..e].to_string(), start));
        }
    }
    Some((name, start))
}

/// The end of a description of a speaker (a word of DESCRIBED, after Han chars only) that
/// follows a name at `from`, with at most an adverbial or two chars before the verb at `at`
/// (部…司负责人表示, 外交部发言人近日表示).
fn description_end(fold: &str, from: usize, at: usize) -> Option<usize> {
    let mut found = None;
    for (i, c) in fold[from..at].char_indices() {
        // (a verb or a preposition makes the word its object: 派出所|接|群众报警称 is the
        // station's report, 向|网友|称 no net user's)
        if !crate::text::is_han(c) || (i == 0 && matches!(c, '接' | '向' | '对' | '据' | '经' | '给')) {
            break;
        }
        if let Some(w) = first_prefix(&fold[from + i..at], DESCRIBED) {
            found = Some(from + i + w.len());
        }
    }
    found.filter(|&e| e == at || fold[e..at].chars().count() <= 2 || adverbial_between(fold, e, at))
}

/// Whether the sentence opens with a named speaker and a verb of saying, whatever follows
/// the verb: 经民联议员林健锋则建议政府…, 李华则认为…. A title or an organisation may stand
/// before the name; a few adverbs between it and the verb.
fn named_speaker_opens(doc: &Doc, sent: &Range<usize>, names: &[(Range<usize>, &str)]) -> bool {
    let fold = doc.fold;
    let start = after_time_clause(fold, sent.start, sent.end);
    let from = names.partition_point(|(r, _)| r.start < start);
    names[from..]
        .iter()
        .take_while(|(r, _)| {
            r.start < sent.end && fold[start..r.start].chars().count() <= MAX_DESCRIPTION
        })
        .filter(|(r, _)| !fold[start..r.start].contains(|c: char| !crate::text::is_han(c)))
        .any(|(r, _)| {
            let mut at = r.end;
            for _ in 0..2 {
                if verb_at(&fold[at..]).is_some() {
                    return true;
                }
                match fold[at..].prefix_in(SUBJECT_ADVERBS) {
                    Some(a) => at += a.len(),
                    None => return false,
                }
            }
            verb_at(&fold[at..]).is_some()
        })
}

/// Where a sentence's subject starts after a short clause of time or a frame of place that
/// opens it (宣判后，会议结束时，在会上，): `at` when there is none.
#[inline(never)]
fn after_time_clause(fold: &str, at: usize, end: usize) -> usize {
    let s = &fold[at..end];
    let Some(k) = s.find('，') else {
        return at;
    };
    let head = &s[..k];
    let n = head.chars().count();
    // (or a frame of place: 在随后召开的座谈会上，)
    if head.chars().all(crate::text::is_han)
        && ((n <= 8 && head.ends_any(&['后', '时', '前']))
            || (n <= 12 && head.starts_with('在') && head.ends_any(&['上', '中'])))
    {
        at + k + '，'.len_utf8()
    } else {
        at
    }
}

/// Words that open a sentence before its subject and say nothing of who speaks
/// (另外，应急管理部已派出…).
const CONNECTIVES: Words = words!["与此同时", "另外", "此外", "同时", "对此", "而", "另", "据"];

/// Chars a description before a name never ends with: the name is then an object
/// (感谢李华同志, 向王军学习, 由郑保瑞执导), not the subject of the sentence.
#[inline(never)]
fn is_object_marker(c: char) -> bool {
    matches!(
        c,
        '向' | '对'
            | '把'
            | '被'
            | '让'
            | '给'
            | '和'
            | '与'
            | '同'
            | '跟'
            | '为'
            | '替'
            | '请'
            | '将'
            | '据'
            | '从'
            | '在'
            | '由'
            | '及'
            | '令'
            | '使'
            | '叫'
            | '谢'
            | '见'
            | '是'
    )
}

/// Who a sentence is about, when it is not the speaker who goes on: it opens (after a
/// connective) with a frame of the reporter's (据新华社报道, 记者从…获悉, 北京教育考试院数据
/// 显示) or with a named person or organisation as its subject, the person maybe after a
/// title or a description (文化体育及旅游局局长杨润雄亦…, 北京考生刘雨桐…). A sentence that
/// opens with a pronoun or with no subject gives None: it goes on with the same speaker.
/// `names` sorted by start, `persons` by end.
#[inline(never)]
fn sentence_subject<'n>(
    doc: &Doc,
    sent: &Range<usize>,
    names: &[(Range<usize>, &'n str)],
    persons: &[(Range<usize>, &'n str)],
) -> Option<Subject<'n>> {
    let fold = doc.fold;
    let at = subject_start(fold, sent);
    let s = &fold[at..sent.end];
    // the reporter's frames: 据…报道/了解/统计 (not 据此, accordingly), 记者…, …数据显示，
    if (s.starts_with('据') && !s.starts_with("据此")) || s.starts_with("记者") {
        return Some(Subject::Frame);
    }
    if s.find('，').is_some_and(|i| s[..i].ends_with("显示")) {
        return Some(Subject::Frame);
    }
    // not the name of a possessor (鞍钢的发展…): that sentence is about something else
    let subject = |r: &Range<usize>| !fold[r.end..sent.end].starts_with('的');
    // a person, maybe after a title or a description of a few Han chars, none of them a pronoun
    // and the last no preposition or verb that makes the name its object
    let from = persons.partition_point(|(r, _)| r.end <= at);
    let person = persons[from..]
        .iter()
        .take_while(|(r, _)| fold[at..r.start.clamp(at, sent.end)].len() <= 3 * MAX_DESCRIPTION)
        .filter(|(r, _)| r.start >= at && r.end <= sent.end && subject(r))
        .find(|(r, _)| {
            let desc = &fold[at..r.start];
            desc.chars().count() <= MAX_DESCRIPTION
                && desc.chars().all(crate::text::is_han)
                && !desc.contains_any(&['我', '你', '他', '她', '它', '咱', '您'])
                && desc
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_object_marker(c))
        })
        .map(|(_, n)| Subject::Named(n));
    if person.is_some() {
        return person;
    }
    // else a name right at the start (an organisation)
    let from = names.partition_point(|(r, _)| r.start < at);
    names[from..]
        .iter()
        .take_while(|(r, _)| r.start == at)
        .find(|(r, _)| subject(r))
        .map(|(_, n)| Subject::Named(n))
}

/// Verbs that may take what they speak of before a quotation: 称影片「…」, 形容这次访问“…”.
const OBJECT_VERBS: Words = words!["称", "声称", "形容", "称赞", "批评"];

/// The length in bytes of a short object between the verb `v` and an opening quotation
/// mark at the start of `rest` (1 to 3 Han chars: 称影片「…」), if there is one. An object
/// with 为, 作, 是, 其 or 成 names a thing (称其为“…”, 称之为, 称作), it quotes no one.
#[inline(never)]
fn object_before_quotation(v: &str, rest: &str) -> Option<usize> {
    if !v.is_one_of(OBJECT_VERBS) {
        return None;
    }
    let (k, _) = rest
        .char_indices()
        .take(4)
        .find(|&(_, c)| matches!(c, '“' | '「'))?;
    let object = &rest[..k];
    (!object.is_empty()
        && object.chars().all(crate::text::is_han)
        && !object.contains_any(&['为', '作', '是', '其', '成', '之']))
    .then_some(k)
}

/// Where a sentence's subject starts: after a connective (and its comma) and a clause of time
/// (此外，…; 接警后，…).
fn subject_start(fold: &str, sent: &Range<usize>) -> usize {
    let mut at = sent.start;
    if let Some(w) = first_prefix(&fold[at..sent.end], CONNECTIVES) {
        at += w.len();
        at += fold[at..sent.end]
            .chars()
            .next()
            .filter(|c| matches!(c, '，' | ','))
            .map_or(0, char::len_utf8);
    }
    after_time_clause(fold, at, sent.end)
}

/// Counted qualifiers of a description (一位小学老师), in the 4 chars before it.
const COUNTED: Words = words!["一位", "一名", "多位", "多名", "几位", "一家"];

/// The word of DESCRIBED a sentence opens with as its subject, after a connective or a
/// clause of time (接警后，民警迅速赶到现场): someone other than a speaker before, who is not
/// described so, is what the reporter tells of.
fn described_subject(doc: &Doc, sent: &Range<usize>) -> Option<&'static str> {
    let fold = doc.fold;
    let at = subject_start(fold, sent);
    let w = first_prefix(&fold[at..sent.end], DESCRIBED)?;
    (!fold[at + w.len()..].starts_any(&['的', '们'])).then_some(w)
}

/// Verbs of a statement that may run on without a comma after a named speaker (卢比奥则表示
/// 美方愿意…, 李华强调要…).
const NO_COMMA_VERBS: Words = words!["表示", "强调", "透露", "坦言", "直言", "呼吁"];

/// What 表示 may take as its object, not a statement (表示感谢, 表示欢迎, 表示强烈不满).
const STATED_OBJECTS: Words = words![
    "感谢", "欢迎", "祝贺", "慰问", "哀悼", "同情", "遗憾", "赞赏", "赞同", "支持", "反对",
    "同意", "满意", "关切", "谢意", "敬意", "歉意", "不满", "理解", "认可", "肯定", "强烈",
    "高度", "衷心", "诚挚", "热烈", "深切", "深表", "愤慨", "抗议", "谴责", "担忧", "关注",
    "震惊", "惋惜", "钦佩", "赞扬", "感激", "了", "过", "出", "的", "对", "向",
];

/// Whether `rest`, after a verb of NO_COMMA_VERBS with no comma, reads as a statement: at
/// least 6 Han chars before any punctuation, not opening with an object of the verb.
#[inline(never)]
fn statement_after(rest: &str) -> bool {
    let clause = rest
        .char_indices()
        .find(|&(_, c)| !crate::text::is_han(c))
        .map_or(rest, |(i, _)| &rest[..i]);
    // (强调…的重要性, 表示…的意义: what is stressed, a noun)
    clause.chars().count() >= 6
        && first_prefix(rest, STATED_OBJECTS).is_none()
        && !clause.ends_with_any(words!["性", "意义", "作用", "现象", "问题"])
}

/// Verbs that may name whom they address before a comma: 提醒广大市民，…, 呼吁公众，….
const ADDRESS_VERBS: Words = words!["提醒", "呼吁", "建议", "要求", "警告", "叮嘱"];

/// Those addressed (the public, a group of people), as the addressee ends.
const AUDIENCE: Words = words![
    "市民",
    "群众",
    "民众",
    "居民",
    "村民",
    "网友",
    "家长",
    "游客",
    "公众",
    "朋友",
    "大家",
    "读者",
    "消费者",
    "驾驶人",
    "司机",
    "车主",
    "乘客",
    "旅客",
    "学生",
    "师生",
    "用户",
    "投资者",
    "各界",
    "人员",
    "干部",
    "政府",
    // (compatriots abroad and at home, pensioners, candidates, firms: 提醒在西侨胞，…)
    "侨胞",
    "同胞",
    "公民",
    "老人",
    "考生",
    "商家",
    "企业",
];

/// The length in bytes of an addressee between the verb `v` and a comma or colon at
/// `rest` (提醒广大市民，…: 2 to 8 Han chars that end in a word of AUDIENCE), or a full stop
/// when `stop` (”…。”韦国栋叮嘱现场工作人员。).
#[inline(never)]
fn addressee_before_comma(v: &str, rest: &str, stop: bool) -> Option<usize> {
    if !v.is_one_of(ADDRESS_VERBS) {
        return None;
    }
    let (k, _) = rest
        .char_indices()
        .take(9)
        .find(|&(_, c)| matches!(c, '，' | '：') || (stop && c == '。'))?;
    let who = &rest[..k];
    (who.chars().count() >= 2
        && who.chars().all(crate::text::is_han)
        && who.ends_with_any(AUDIENCE))
    .then_some(k)
}

/// The speaker of a verb that opens a clause after the sentence's first (楊潤雄亦於社交平台
/// 發文祝賀，稱…; 刘强出席开幕式，并表示…): the named subject the sentence opens with, when the
/// verb's clause holds nothing else but 并 or an adverb.
fn clause_opening_speaker(
    doc: &Doc,
    sent: &Range<usize>,
    at: usize,
    names: &[(Range<usize>, &str)],
    persons: &[(Range<usize>, &str)],
) -> Option<String> {
    let head = &doc.fold[sent.start..at];
    let (k, c) = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ','))?;
    let mut clause = &head[k + c.len_utf8()..];
    while let Some(w) =
        first_prefix(clause, SUBJECT_ADVERBS).or(first_prefix(clause, words!["并", "一边"]))
    {
        clause = &clause[w.len()..];
    }
    if !clause.is_empty() {
        return None;
    }
    match sentence_subject(doc, sent, names, persons)? {
        Subject::Named(n) => Some(n.to_string()),
        Subject::Frame => None,
    }
}

/// People described, not named, who speak in the news (审稿人评价称, 有家长向本网表示, 多名
/// 业内人士认为): the quote gets the description as written for its speaker.
const DESCRIBED: Words = words![
    "审稿人",
    "公诉人",
    "法官",
    "检察官",
    "家长",
    "专家",
    "学者",
    "人士",
    "负责人",
    "发言人",
    "网友",
    "市民",
    "村民",
    "居民",
    "游客",
    "学生",
    "考生",
    "患者",
    "消费者",
    "投资者",
    "分析师",
    "律师",
    "医生",
    "教师",
    "老师",
    "工作人员",
    "警方",
    "交警",
    "民警",
    "受访者",
    "业者",
    "评论员",
    "官员",
    "股民",
    "乘客",
    "旅客",
    "民众",
    "群众",
    "公司",
    "该局",
    "该部",
    "该院",
    "该校",
    "该所",
    "校方",
    "院方",
    "官方",
    "当局",
];

/// A speaker described, not named, that the verb's clause opens with: a word of DESCRIBED
/// after at most 4 chars of a qualifier (一位, 多名, 有; the 有 of 有家长 is left out), and
/// at most a short gap to the verb at `at` (评价, 向本网). Only asked when no name speaks.
fn described_speaker(doc: &Doc, sent: &Range<usize>, at: usize) -> Option<String> {
    let fold = doc.fold;
    // the clause, looked for no further back than a description and a gap can reach
    let most = 4 + 6 + MAX_GAP;
    let mut clause = None;
    for (n, (i, c)) in fold[sent.start..at].char_indices().rev().enumerate() {
        if matches!(c, '，' | ',' | '；' | '。' | '：' | '“' | '”' | '、') {
            clause = Some(sent.start + i + c.len_utf8());
            break;
        }
        if n == most {
            return None;
        }
    }
    let clause = clause.unwrap_or(sent.start);
    // the first word of DESCRIBED (by the first char of each before a comparison)
    // (further in after a counted qualifier: 广州市海珠区一位小学老师告诉记者)
    let reach = |n: usize, i: usize| {
        n < 5 || {
            let before = &fold[clause..clause + i];
            // (一位小学老师, 一家连锁书店负责人: the count and a few words of qualifier)
            let q = before.char_indices().rev().nth(7).map_or(0, |(k, _)| k);
            n < 14
                && before[q..]
                    .char_indices()
                    .any(|(k, _)| first_prefix(&before[q + k..], COUNTED).is_some())
        }
    };
    let (s, e) = fold[clause..at]
        .char_indices()
        .enumerate()
        .filter(|&(n, (i, _))| reach(n, i))
        .map(|(_, x)| x)
        .filter(|&(_, c)| {
            "审家专学人负发网市村居游考患消投分律医教老工受业评官股乘旅民群警交公该校院当法检"
                .contains(c)
        })
        .find_map(|(i, _)| {
            let w = first_prefix(&fold[clause + i..at], DESCRIBED)?;
            Some((clause + i, clause + i + w.len()))
        })
        .filter(|&(s, e)| {
            let qualifier = &fold[clause..s];
            // (据 alone opens who is cited: 据公司相关负责人透露)
            qualifier.chars().all(crate::text::is_han)
                && (qualifier == "据"
                    || qualifier
                        .chars()
                        .next_back()
                        .is_none_or(|c| !is_object_marker(c)))
                && !qualifier.contains_any(&['我', '你', '他', '她', '它', '咱', '您'])
                && fold[e..at].chars().count() <= MAX_GAP
        })?;
    // 同时这位负责人: the connective is no part of the description; 有家长: there is a parent
    // who says, the parent speaks
    let mut from = clause + first_prefix(&fold[clause..s], CONNECTIVES).map_or(0, str::len);
    if fold[from..s].starts_with('有') && !fold[from..].starts_with("有关") {
        from += '有'.len_utf8();
    }
    // (交警大队负责人: the description runs to its last word)
    let e = description_end(fold, e, at).unwrap_or(e);
    // (学生们: a group, see `is_group`)
    let e = e + if fold[e..at].starts_with('们') { 3 } else { 0 };
    Some(doc.text[from..e].to_string())
}

/// Forms of address after a surname that name a person the text does not (市民张女士, 王师傅).
const ADDRESSES: Words = words![
    "女士", "先生", "小姐", "师傅", "阿姨", "大爷", "大妈", "大姐", "大哥", "老人", "老师", "同学",
    "奶奶", "爷爷", "大叔", "大婶",
];

/// A person the text names by surname and a form of address only, right before the verb at
/// `at` or an adverb before it (市民张女士告诉记者, 李先生也说): the surname and the address
/// as written. The tagger makes no person of them, so no other rule finds the speaker.
fn addressed_speaker(doc: &Doc, from: usize, at: usize) -> Option<String> {
    let fold = doc.fold;
    let head = &fold[from..at];
    let head = head.strip_suffix_any(&['也', '则', '还', '又']).unwrap_or(head);
    // (a manner before the verb: 刘奶奶笑着说, 王师傅高兴地说)
    let manner = |h: &str| {
        let cs: Vec<(usize, char)> = h.char_indices().rev().take(3).collect();
        match cs.first() {
            Some(&(_, '着')) if cs.len() >= 2 => Some(cs[1].0),
            Some(&(_, '地')) if cs.len() >= 3 => Some(cs[2].0),
            _ => None,
        }
    };
    let head = match manner(head) {
        Some(cut) if head[..cut].ends_with_any(ADDRESSES) => &head[..cut],
        _ => head,
    };
    let w = head.suffix_in(ADDRESSES)?;
    let before = &head[..head.len() - w.len()];
    let sur = before.chars().next_back()?;
    let mut b = [0u8; 4];
    let s = from + before.len() - sur.len_utf8();
    // (这位女士, 一位老师: a measure after a demonstrative or a count, no surname)
    if !crate::lexicon::get().surnames.contains_key(sur.encode_utf8(&mut b) as &str)
        || fold[..s].ends_any(&['这', '那', '一', '该', '此', '每', '某', '两', '几', '各', '哪'])
    {
        return None;
    }
    Some(doc.text[s..from + head.len()].to_string())
}

/// Whether `head`, the sentence before a 说, ends in 对（于）…来: 对于喜爱李白的读者来说 is "as
/// for those readers", no one speaks (站起来说 is speech: no 对 opens its clause).
fn as_for(head: &str) -> bool {
    let Some(body) = head.strip_suffix('来') else {
        return false;
    };
    let clause = body
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | '。' | '：'))
        .map_or(body, |(i, c)| &body[i + c.len_utf8()..]);
    clause.starts_with('对')
}

/// What [`sentence_subject`] finds.
enum Subject<'n> {
    /// the reporter's frame: it ends any open quote
    Frame,
    /// someone named: it ends an open quote that has not named them before (a speech about
    /// 阮文灵 goes on with 阮文灵毕生…)
    Named(&'n str),
}

/// Most characters of a description before the speaker after a quotation
/// (”申花队主教练|斯卢茨基说: the team and the title).
const MAX_DESCRIPTION: usize = 16;

/// The speaker and the verb after a closing quotation mark at `j` (“……”，X说): the verb
/// ends its clause, and the speaker is the name nearest before it, after a description of
/// them (”公司总经理李晓峰说, ”外交部发言人毛宁说) and with a short adverbial between
/// (”樊振东赛后说, ”李晓峰对记者说). A 他/她 right at `j` is the person the sentences before
/// the quotation (which opens at `oi`) are about. Gives (speaker, verb start, verb).
fn speaker_after(
    doc: &Doc,
    oi: usize,
    j: usize,
    names: &[(Range<usize>, &str)],
    persons: &[(Range<usize>, &str)],
) -> Option<(String, usize, &'static str)> {
    let fold = doc.fold;
    // a name in quotation marks that describes what follows (“美国的关心”的民间机构负责人)
    if fold[j..].starts_with('的') {
        return None;
    }
    // the first verb of saying that ends its clause, within the description and the gap
    let mut g = j;
    let mut verb = None;
    let mut crossed = false;
    // (a day may stand in an adverbial: 王辉在6月3日的新闻发布会上说)
    for (n, c) in fold[j..].chars().enumerate() {
        // (一边…，一边对记者说: the two clauses of one subject)
        let both = c == '，' && fold[j..g].contains("一边") && fold[g + 3..].starts_with("一边");
        crossed |= both;
        // (a deed, then the manner: ”李明放下话筒，笑着说)
        let manner = c == '，'
            && !fold[j..g].contains('，')
            && fold[g + 3..].char_indices().take(9).any(|(i, _)| {
                verb_at(&fold[g + 3 + i..]).is_some() && deed_then_manner(&fold[j..g + 3 + i])
            });
        if n > MAX_DESCRIPTION + 3 * MAX_GAP
            || !(crate::text::is_han(c)
                || c == '·'
                // (two posts: ”项目首席科学家、中国科学院…研究员苏云帆说)
                || c == '、'
                || c.is_ascii_digit()
                || is_time_char(c)
                || both
                || manner)
        {
            break;
        }
        if let Some(v) = verb_at(&fold[g..]).filter(|v| right_after_speaker(fold, g, v, persons)) {
            let rest = &fold[g + v.len()..];
            // (or after the one addressed: ”韦国栋叮嘱现场工作人员。)
            let rest = &rest[addressee_before_comma(v, rest, true).unwrap_or(0)..];
            if rest
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '。' | '，' | ',' | '.' | '！' | '？' | '\n'))
            {
                verb = Some(v);
                break;
            }
        }
        g += c.len_utf8();
    }
    let v = verb?;
    // (一边…，一边…说: the subject both clauses share opens the first)
    if crossed {
        let from = persons.partition_point(|(r, _)| r.end <= j);
        if let Some((_, n)) = persons[from..]
            .iter()
            .take_while(|(r, _)| r.end <= g)
            .find(|(r, _)| r.start == j)
        {
            return Some((n.to_string(), g, v));
        }
    }
    if fold[j..g].starts_with_any(words!["他", "她"]) && g - j <= MAX_GAP * 3 {
        let p = &fold[j..j + "他".len()];
        let name =
            antecedent(doc, oi, persons).unwrap_or_else(|| doc.text[j..j + p.len()].to_string());
        return Some((name, g, v));
    }
    // the name that ends nearest before the verb: a person first, else an organisation
    // (only the mentions that start between `j` and the verb: `persons` is sorted by end,
    // `names` by start, so each is cut to that window first; a long text has many)
    // (if none, the first name followed by an adverbial that runs to the verb: 司长王辉在6月3日
    // 的新闻发布会上说)
    let near = |list: &[(Range<usize>, &str)], by_end: bool| {
        let key = |r: &Range<usize>| if by_end { r.end } else { r.start };
        let from = list.partition_point(|(r, _)| key(r) < j);
        let within = || {
            list[from..]
                .iter()
                .take_while(|(r, _)| key(r) <= g)
                .filter(|(r, _)| r.start >= j && r.end <= g)
        };
        within()
            // (or doing something else meanwhile: ”…负责人姜永胜一边盯着遥控器一边说)
            .filter(|(r, _)| {
                fold[r.end..g].chars().count() <= 4
                    || (fold[r.end..g].starts_with("一边") && fold[..g].ends_with("一边"))
                    // (or saying it in a manner: ”孙大爷事后心有余悸地说)
                    || (fold[r.end..g].ends_with('地') && fold[r.end..g].chars().count() <= 8)
                    || deed_then_manner(&fold[r.end..g])
            })
            .max_by_key(|(r, _)| (r.end, usize::MAX - r.start))
            .or_else(|| {
                within()
                    .filter(|(r, _)| adverbial_between(fold, r.end, g))
                    .min_by_key(|(r, _)| (r.start, usize::MAX - r.end))
            })
            .map(|(_, name)| name.to_string())
    };
    let name = near(persons, true)
        .or_else(|| near(names, false))
        .or_else(|| addressed_speaker(doc, j, g))
        .or_else(|| described_after(doc, j, g))?;
    Some((name, g, v))
}

/// A speaker described, not named, between a closing quotation mark at `j` and the verb at
/// `g` (”该负责人说, ”一位业内人士表示): the description as written, when it ends in a word of
/// DESCRIBED after at most 4 chars of a qualifier, with at most 4 chars or an adverbial
/// before the verb.
fn described_after(doc: &Doc, j: usize, g: usize) -> Option<String> {
    let fold = doc.fold;
    // (further in after a count: ”一家连锁书店负责人告诉记者)
    let reach = if first_prefix(&fold[j..g], COUNTED).is_some() {
        12
    } else {
        5
    };
    let s = fold[j..g]
        .char_indices()
        .take(reach)
        .find_map(|(i, _)| first_prefix(&fold[j + i..g], DESCRIBED).map(|w| (j + i, w)))?;
    let e = description_end(fold, s.0, g).unwrap_or(s.0 + s.1.len());
    (fold[e..g].chars().count() <= 4 || adverbial_between(fold, e, g))
        .then(|| doc.text[j..e].to_string())
}

/// A quote's content ends before a credit inside it (…送立法院审议。（编辑：林克伦）: the
/// editor's credit closes the paragraph, it is no part of what was said).
pub fn cut_at_credits(doc: &Doc, quotes: &mut [Quote], credits: &[crate::model::Credit]) {
    for q in quotes.iter_mut() {
        // a post's topics after what was said are no part of it (…验收。#亚运会#)
        let mut t = q.text.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{200b}');
        while let Some(body) = t.strip_suffix('#') {
            match body.rfind('#') {
                Some(h) if h > 0 && body.len() - h <= 3 * 30 && !body[h..].contains(['。', '，']) => {
                    t = body[..h].trim_end_matches(|c: char| c.is_whitespace() || c == '\u{200b}');
                }
                _ => break,
            }
        }
        if t.len() < q.text.len() && !t.is_empty() {
            if let Some(i) = doc.text.get(q.start..q.end).and_then(|w| w.find(t)) {
                q.end = q.start + i + t.len();
                q.text = t.to_string();
            }
        }
        // a name of a byline in the quote's paragraph is no speaker of it (南方日报讯（记者/陈慧
        // 通讯员/罗法宣）自称能“消灾解难”: who claims it is the article's subject)
        let para = doc.paragraph_at(q.start).map(|p| p.range.clone());
        if let (Some(sp), Some(para)) = (q.speaker.as_deref(), para) {
            if credits.iter().any(|c| {
                para.start <= c.start && c.end <= q.start && c.names.iter().any(|n| n == sp)
            }) {
                q.speaker = None;
            }
        }
        let Some(cut) = credits
            .iter()
            .map(|c| c.start)
            .filter(|&c| q.start < c && c < q.end)
            .min()
        else {
            continue;
        };
        let kept = doc.text[q.start..cut]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '（' | '(' | '【' | '['));
        if !kept.is_empty() {
            q.end = q.start + kept.len();
            q.text = kept.to_string();
        }
    }
}

pub fn find(doc: &Doc) -> Vec<Quote> {
    find_with(doc, &[], &[])
}

pub fn find_with<'a>(doc: &Doc<'a>, people: &'a [Person], orgs: &'a [Entity]) -> Vec<Quote> {
    let mut names: Vec<(Range<usize>, &'a str)> = Vec::new();
    for p in people {
        names.extend(
            p.mentions
                .iter()
                .map(|m| masked(doc, m.start..m.end, &p.name)),
        );
    }
    later_mentions(doc, people, orgs, &mut names);
    let mut persons = names.clone();
    crate::pipeline::sort_by_span(&mut persons, |(r, _)| (r.end, r.start));
    for o in orgs {
        names.extend(o.mentions.iter().map(|m| (m.start..m.end, o.name.as_str())));
    }
    crate::pipeline::sort_by_span(&mut names, |(r, _)| (r.start, r.end));
    let fold = doc.fold;
    let mut out: Vec<Quote> = Vec::new();
    // Where each reported speech begins (the sentence of a form-1 quote, the opening mark of
    // a form-2 one), and which quotes run to the end of their paragraph.
    let mut begins: Vec<usize> = Vec::new();
    let mut open_ended: Vec<usize> = Vec::new(); // indices in `out`
                                                 // sentences about someone named: (start, name), in text order
    let mut subjects: Vec<(usize, &str)> = Vec::new();
    // (content start, end of its sentence) of each unquoted content, in text order
    let mut open_sents: Vec<(usize, usize)> = Vec::new();
    // the end of the paragraph of the last unquoted content
    let mut open_until = 0usize;
    let answers = interview_answers(doc, &persons, &mut out);
    for sent in &doc.sentences {
        // (an interviewee's answer is one quote, read above)
        if answers.iter().any(|r| r.contains(&sent.start)) {
            continue;
        }
        let Some(para) = doc.paragraph_at(sent.start) else {
            continue;
        };
        let s = &fold[sent.clone()];
        // the reporter's own narration (据悉, 记者了解到) ends what a speaker said before it,
        // and so does a sentence in which someone named speaks (。李华则认为…) or which is
        // about someone named (。应急管理部已派出…); only asked where an unquoted content
        // runs (most sentences follow none)
        if sent.start < open_until {
            if s.starts_with_any(NARRATION) || named_speaker_opens(doc, sent, &names) {
                begins.push(sent.start);
            } else {
                match sentence_subject(doc, sent, &names, &persons) {
                    Some(Subject::Frame) => begins.push(sent.start),
                    Some(Subject::Named(n)) => subjects.push((sent.start, n)),
                    None => {
                        if let Some(w) = described_subject(doc, sent) {
                            subjects.push((sent.start, w));
                        }
                    }
                }
            }
        }
        // form 1: X + verb + lead-in
        let mut i = 0;
        while i < s.len() {
            let rest = &s[i..];
            // (the char read once: this runs at every char of every sentence)
            let Some(c) = rest.chars().next() else {
                break;
            };
            let pos = sent.start + i;
            // where the verb starts: at `pos`, or before a colon the words after the speaker
            let mut vstart = pos;
            let hit = match verb_at_char(c, rest) {
                Some(v) if !right_after_speaker(fold, pos, v, &persons) => None,
                Some(v) => Some(v),
                // a person, a few words and a colon before a quotation (杨秀英寄语道：“…”,
                // 她看得很淡：“…”, 梁太话：「…」)
                // (a name right before the colon opens its clause: 劝她：“…” is said to her)
                None if c == '：' && rest.starts_with_any(words!["：“", "：「"]) => {
                    speaker_ends_near(fold, pos, 4, |c| !"的上中里".contains(c), &persons)
                        .filter(|&e| e < pos || opens_clause(fold, e, &persons))
                        .map(|e| {
                            vstart = e;
                            "："
                        })
                }
                None => None,
            };
            let Some(v) = hit else {
                i += c.len_utf8();
                continue;
            };
            let after = sent.start + i + v.len();
            let lead = fold[after..].chars().next();
            // 受到批评, 遭到质疑, 被警告: the subject is the one criticised, not the speaker
            let passive = s[..i].ends_with_any(words![
                "受到", "遭到", "遭受", "招致", "引起", "引发", "被", "遭", "挨",
            ])
                // 对于市民的质疑，…: after 的 the verb is a noun, no one says it
                || s[..i].ends_with('的')
                // 警方通报：男子… as a headline labels a notice, it quotes no one
                || (v == "通报"
                    && lead == Some('：')
                    && para.kind == crate::model::ParagraphKind::Headline)
                || (v == "说" && as_for(&s[..i]))
                // the 说 of a noun (小说, 学说, 传说, 解说) or of hearsay (据说, 听说)
                || (v == "说" && s[..i].ends_any(&['小', '学', '學', '传', '傳', '解', '游', '據', '据', '听', '聽']))
                // 号称, 堪称, 简称, 人称: a name given, nothing said; and 自称“客服”的电话, a
                // label (陈寅恪自称“思想囿于…”, what he said of himself, stays a quote)
                || (v == "称"
                    && s[..i].ends_any(&NAMING_BEFORE_CHENG)
                    && (!s[..i].ends_with('自') || labels_a_noun(&fold[after..sent.end])));
            // the content follows a lead-in, or a short object before a quotation (称影片「…」)
            // (a statement with no comma after its verb is told in its own sentence)
            let mut run_on = false;
            let skip = if lead.is_some_and(is_lead_in) {
                Some(0)
            } else {
                object_before_quotation(v, &fold[after..sent.end])
                    .or_else(|| addressee_before_comma(v, &fold[after..sent.end], false))
                    // what one thinks needs no comma when the person opens the clause right
                    // before the verb (。他认为要…, 李华也认为应…)
                    .or_else(|| {
                        // (not inside what someone says: 王军说，…。他认为… goes on with it)
                        // (so does a statement after a named speaker the sentence opens
                        // with, maybe after a title: 国务卿卢比奥则表示美方愿意…, when what
                        // follows is a clause, not the object of 表示 (表示感谢))
                        let near = || {
                            speaker_ends_near(fold, pos, 1, |c| "也则还更亦".contains(c), &persons)
                        };
                        (sent.start >= open_until
                            && lead.is_some_and(crate::text::is_han)
                            && if v == "认为" {
                                near().is_some_and(|e| opens_clause(fold, e, &persons))
                            } else {
                                run_on = true;
                                v.is_one_of(NO_COMMA_VERBS)
                                    && statement_after(&fold[after..sent.end])
                                    && near().is_some_and(|e| {
                                        opens_clause(fold, e, &persons)
                                            || named_speaker_opens(doc, sent, &names)
                                    })
                            })
                        .then_some(0)
                    })
            };
            if let (Some(skip), false) = (skip, passive) {
                if let Some(speaker) = speaker_before(doc, sent, vstart, &names, &persons)
                    .map(|(n, _)| n)
                    .or_else(|| clause_opening_speaker(doc, sent, vstart, &names, &persons))
                    .or_else(|| addressed_speaker(doc, sent.start, vstart))
                    .or_else(|| described_speaker(doc, sent, vstart))
                {
                    let mut cstart = after + skip;
                    for c in fold[cstart..].chars() {
                        if matches!(c, '，' | ',' | '：' | ':') {
                            cstart += c.len_utf8();
                        } else {
                            break;
                        }
                    }
                    let mut cend = if run_on { sent.end } else { para.range.end };
                    let mut quoted = false;
                    // (the verb ends its paragraph, …一边对记者说，: what was said is the
                    // quotation that opens the next one)
                    let mut para_end = para.range.end;
                    if fold[cstart..para.range.end].trim().is_empty() {
                        if let Some(next) = doc
                            .paragraphs
                            .get(
                                doc.paragraphs
                                    .partition_point(|p| p.range.end <= sent.start)
                                    + 1,
                            )
                            .filter(|p| fold[p.range.clone()].starts_any(&['“', '「']))
                        {
                            cstart = next.range.start;
                            para_end = next.range.end;
                        }
                    }
                    if let Some(open) = fold[cstart..]
                        .chars()
                        .next()
                        .filter(|c| matches!(c, '“' | '「' | '"'))
                    {
                        let close = match open {
                            '“' => '”',
                            '「' => '」',
                            _ => '"',
                        };
                        let inner = cstart + open.len_utf8();
                        // (a name in quotation marks that the clause goes on after is no
                        // quotation: 宣布“阿耳忒弥斯3号”任务推迟至2028年 says the whole clause)
                        // (a name has no comma or stop of its own; 指出“…”时 is said)
                        let label = |j: usize| {
                            !fold[inner..inner + j].contains_any(&['。', '！', '？', '!', '?', '…', '，', ',', '；'])
                                && fold[inner + j + close.len_utf8()..]
                                    .chars()
                                    .next()
                                    .is_some_and(|c| crate::text::is_han(c) && !"时后".contains(c))
                        };
                        if let Some(j) = fold[inner..para_end].find(close).filter(|&j| !label(j)) {
                            cstart = inner;
                            cend = inner + j;
                            quoted = true;
                        }
                    }
                    if cend > cstart {
                        if !quoted {
                            open_ended.push(out.len());
                            open_sents.push((cstart, sent.end));
                            open_until = para.range.end;
                        }
                        begins.push(sent.start);
                        out.push(Quote {
                            start: cstart,
                            end: cend,
                            speaker: Some(speaker),
                            verb: if vstart < pos {
                                doc.text[vstart..pos].to_string()
                            } else {
                                doc.text[pos..after].to_string()
                            },
                            // an unquoted content gets its text once it is cut (below): a
                            // copy to the end of the paragraph for each of many quotes in
                            // one long paragraph was quadratic in memory
                            text: if quoted {
                                doc.text[cstart..cend].to_string()
                            } else {
                                String::new()
                            },
                        });
                        // the rest of the paragraph is this quote
                        break;
                    }
                }
            }
            i += v.len();
        }
    }
    // form 2: “……”，X说
    for (ci, c) in fold.char_indices() {
        if c != '”' && c != '」' {
            continue;
        }
        let Some(para) = doc.paragraph_at(ci) else {
            continue;
        };
        let open = if c == '”' { '“' } else { '「' };
        let Some(oi) = fold[para.range.start..ci]
            .rfind(open)
            .map(|j| para.range.start + j)
        else {
            continue;
        };
        // a quotation that opens in the sentence of an unquoted content, after its start, goes
        // on with what that speaker says (林紹波表示，…新高，「今年…。」他又透露…): it is part of
        // that quote, whoever the verb after it gives
        let k = open_sents.partition_point(|&(start, _)| start < oi);
        if k > 0 && oi < open_sents[k - 1].1 {
            continue;
        }
        let mut j = ci + c.len_utf8();
        if fold[j..].starts_any(&['，', ',']) {
            j += 3.min(fold[j..].chars().next().map_or(0, char::len_utf8));
        }
        // (a day and its comma before the speaker: ”12月3日晚，薛冰峰在杭州…时说)
        let day = fold[j..].char_indices().take(12).take_while(|&(_, c)| is_time_char(c)).last();
        if let Some((i, c)) = day.filter(|&(i, _)| i > 0) {
            let after = j + i + c.len_utf8();
            if fold[after..].starts_with('，') && fold[j..after].contains(['日', '天', '晚', '午', '时']) {
                j = after + '，'.len_utf8();
            }
        }
        // speaker then verb, then the end of the clause; a 他/她 there is the person the
        // sentences before are about
        let Some((name, vs, v)) = speaker_after(doc, oi, j, &names, &persons) else {
            continue;
        };
        let k = vs + v.len();
        let (cs, ce) = (oi + open.len_utf8(), ci);
        // Only a bounded quote (in marks) excludes another; an open-ended one is cut below.
        let clash = out.iter().enumerate().any(|(qi, q)| {
            q.start < ce && cs < q.end && !(open_ended.contains(&qi) && q.start < oi)
        });
        if ce > cs && !clash {
            begins.push(oi);
            out.push(Quote {
                start: cs,
                end: ce,
                speaker: Some(name),
                verb: doc.text[vs..k].to_string(),
                text: doc.text[cs..ce].to_string(),
            });
        }
    }
    // An unquoted content ends before the next reported speech of its paragraph, or before
    // a sentence about someone named it has not named so far (a look-up in sorted lists, not
    // a scan per quote: a text may hold tens of thousands of quotes).
    crate::pipeline::sort_by_span(&mut begins, |&b| (b, 0));
    // (a map to nothing rather than a set: the same hash-table type as people's keys, one
    // copy of its code in the module)
    let mut seen: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for (&qi, &(_, sent_end)) in open_ended.iter().zip(&open_sents) {
        let q = &out[qi];
        let next = begins.partition_point(|&b| b <= q.start);
        let mut cut = begins.get(next).copied().filter(|&b| b < q.end);
        // what a group says (学生们说，…) is told in one sentence: the next one is the
        // reporter's again (她每天都会…, 学校今年投入…)
        if q.speaker.as_deref().is_some_and(is_group) {
            cut = Some(cut.map_or(sent_end, |c| c.min(sent_end))).filter(|&c| c < q.end);
        }
        let limit = cut.unwrap_or(q.end);
        // the names of the content so far, gathered as the sentences about someone go by
        seen.clear();
        let mut m = names.partition_point(|(r, _)| r.start < q.start);
        let first = subjects.partition_point(|&(b, _)| b <= q.start);
        for &(b, n) in subjects[first..].iter().take_while(|&&(b, _)| b < limit) {
            while let Some((r, name)) = names.get(m).filter(|(r, _)| r.start < b) {
                if r.end <= b {
                    seen.insert(name, 0);
                }
                m += 1;
            }
            // (a description is the speaker going on when it ends theirs: 警方…。警方还…)
            if !seen.contains_key(&n) && !q.speaker.as_deref().is_some_and(|s| s.ends_with(n)) {
                cut = Some(b);
                break;
            }
        }
        let end = match cut {
            Some(cut) => q.start + doc.text[q.start..cut].trim_end().len(),
            None => q.end,
        };
        let q = &mut out[qi];
        if end > q.start {
            q.end = end;
        }
        q.text = doc.text[q.start..q.end].to_string();
    }
    crate::pipeline::sort_by_span(&mut out, |q| (q.start, q.end));
    same_speaker_goes_on(doc, &mut out);
    out
}

/// Every further occurrence of a person's name of two chars or more that no mention covers
/// (发言人何亚东表示，…。何亚东说，…: the tagger reads the second 何亚东 as 何|亚东), added to
/// `names` (the people's mentions): the resolver adds them after the quotes, which need them
/// to find a speaker and to end what the one before said.
#[inline(never)]
fn later_mentions<'a>(
    doc: &Doc,
    people: &'a [Person],
    orgs: &[Entity],
    names: &mut Vec<(Range<usize>, &'a str)>,
) {
    if people.is_empty() {
        return;
    }
    let mut known: Vec<(usize, usize)> = names.iter().map(|(r, _)| (r.start, r.end)).collect();
    known.extend(orgs.iter().flat_map(|o| o.mentions.iter().map(|m| (m.start, m.end))));
    crate::pipeline::sort_by_span(&mut known, |&k| k);
    let keys: Vec<String> = people.iter().map(|p| crate::text::script::fold(&p.name)).collect();
    let m = crate::text::multi::Matcher::new(&keys);
    for x in m.find_iter(doc.fold) {
        let (s, e) = (x.start(), x.end());
        // (a surname alone, 毛 of 毛省长, is a person only where the tagger found it)
        let i = known.partition_point(|&(a, _)| a < e);
        if e - s <= 3 || known[..i].iter().rev().take(64).any(|&(_, b)| s < b) {
            continue;
        }
        names.push((s..e, people[x.pattern()].name.as_str()));
    }
}

/// A name withheld by 某 (刘某, 赵某某: the people's mention is the surname alone, as the
/// People's Daily marks it) speaks as written, 某 included: 刘某 and 刘某某 are two people.
fn masked<'a>(doc: &Doc<'a>, r: Range<usize>, name: &'a str) -> (Range<usize>, &'a str) {
    let after = &doc.fold[r.end..];
    let n = if after.starts_with("某某") {
        2
    } else if after.starts_with('某') {
        1
    } else {
        return (r, name);
    };
    let end = r.end + n * '某'.len_utf8();
    (r.start..end, &doc.text[r.start..end])
}

/// A speaker that is a group of people described (学生们, 多名村民, 不少网友), not 他们.
fn is_group(speaker: &str) -> bool {
    let s = crate::text::script::fold(speaker);
    (s.ends_with('们') && !s.as_str().is_one_of(PRONOUNS))
        || first_prefix(
            &s,
            words!["多名", "多位", "不少", "许多", "很多", "部分", "一些"],
        )
        .is_some()
}

/// Chars before 称 that make it a naming, not a saying: 自称, 号称, 堪称, 俗称, 简称, 人称,
/// 通称, 又称, 统称, 并称, 名称, 职称, 昵称, 尊称, 戏称, 爱称, 美称, 对称, 相称, 著称, 总称.
const NAMING_BEFORE_CHENG: [char; 21] = [
    '自', '号', '堪', '俗', '简', '人', '通', '又', '统', '并', '名', '职', '昵', '尊', '戏', '爱',
    '美', '对', '相', '著', '总',
];

/// Whether `rest` opens with a quotation that qualifies a noun: “某宝客服”的电话.
fn labels_a_noun(rest: &str) -> bool {
    let close = match rest.chars().next() {
        Some('“') => '”',
        Some('「') => '」',
        _ => return false,
    };
    rest.find(close)
        .is_some_and(|k| rest[k + close.len_utf8()..].starts_with('的'))
}

/// How an interviewer's question opens its paragraph in an interview written as questions
/// and answers (any words before 记者： or 主持人： too: 法新社记者：, see `question_cue`).
const QUESTION_CUES: Words = words!["记者：", "记者:", "问：", "问:", "主持人：", "Q：", "Q:"];

/// The interviewer's cue that opens a paragraph: the label as written before the colon
/// (记者, 法新社记者, 主持人（省政府新闻办副主任 王建军）, 问) and where the colon starts.
/// Words before 记者 / 主持人 are an outlet or the host's title, at most 24 chars without a
/// stop or a comma.
pub(crate) fn question_cue(s: &str) -> Option<usize> {
    if let Some(w) = first_prefix(s, QUESTION_CUES) {
        return Some(w.len() - if w.ends_with(':') { 1 } else { 3 });
    }
    // (most paragraphs hold neither word in their first 26 chars: one search each)
    let mut n = s.len().min(26 * 3);
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    if !s[..n].contains_any_of(words!["记者", "主持人"]) {
        // (or an outlet's name, as its interviews label its questions: 第一财经：…你怎么看？)
        let colon = s[..n].find('：')?;
        let line = &s[..s.find('\n').unwrap_or(s.len())];
        return (super::credits::is_outlet(&s[..colon]) && line.contains_any(&['？', '?']))
            .then_some(colon);
    }
    // (the colon, in the first 26 chars, before any other stop or comma)
    let mut colon = None;
    for (i, c) in s.char_indices().take(26) {
        if matches!(c, '：' | ':') {
            colon = Some(i);
        }
        if matches!(c, '：' | ':' | '，' | '。' | '；' | '？' | '！' | '、') {
            break;
        }
    }
    let colon = colon?;
    let label = &s[..colon];
    // 主持人（省政府新闻办副主任 王建军）: the cue before its bracket
    let head = label.find_any(&['（', '(']).map_or(label, |i| &label[..i]);
    // (告诉记者：, 对记者说 … : someone telling the reporter, no reporter asking)
    (head.ends_with_any(words!["记者", "主持人"])
        && !head.ends_with_any(words!["告诉记者", "对记者", "向记者", "跟记者", "给记者", "接受记者"]))
    .then_some(colon)
}

/// The turns of an interview or a press conference written as questions and answers, in a
/// text where some paragraph opens with the interviewer's cue (记者：…？, 新华社记者：…,
/// 主持人：…). An answer is a paragraph that opens with a person's name and a colon
/// (李新海：最关键的还是品种。…, the colon as written for its verb) or with 答： for the one
/// person the introduction names (the verb is 答); a question is the interviewer's paragraph,
/// its speaker the label as written (记者, 法新社记者, 主持人, or the person the label's
/// bracket names: 主持人（…副主任 王建军）), none after 问： / Q：, whose verb is the cue.
/// A paragraph with no cue of its own between two turns goes on with the turn before it (an
/// answer in two paragraphs). Each turn is a quote of its whole paragraph. Returns the
/// turns' paragraphs.
#[inline(never)]
fn interview_answers(
    doc: &Doc,
    persons: &[(Range<usize>, &str)],
    out: &mut Vec<Quote>,
) -> Vec<Range<usize>> {
    use crate::model::ParagraphKind as K;
    let fold = doc.fold;
    let para_start = |r: &Range<usize>| r.end - fold[r.clone()].trim_start().len();
    let turn_kind = |k: K| matches!(k, K::Body | K::Lead);
    let Some(first) = doc
        .paragraphs
        .iter()
        .find(|p| turn_kind(p.kind) && question_cue(&fold[para_start(&p.range)..]).is_some())
    else {
        return Vec::new();
    };
    let mut turns = Vec::new();
    let interviewee = interviewee(doc, persons, first.range.start);
    // the speaker and verb of the last turn, and the paragraphs since that have no cue
    let mut last: Option<(Option<String>, String)> = None;
    let mut pending: Vec<Range<usize>> = Vec::new();
    // the paragraphs' stretches, split where a turn opens after a stop (…很紧凑。记者：…？
    // 邓亚萍：…, turns run together)
    let mut parts: Vec<Range<usize>> = Vec::new();
    for p in doc.paragraphs.iter().filter(|p| turn_kind(p.kind)) {
        let base = para_start(&p.range);
        let mut from = base;
        for (i, c) in fold[base..p.range.end].char_indices() {
            let at = base + i + c.len_utf8();
            if matches!(c, '。' | '？' | '！' | '?')
                && at < p.range.end
                && (question_cue(&fold[at..p.range.end]).is_some()
                    || speaker_and_colon(doc, persons, at, p.range.end).is_some())
            {
                parts.push(from..at);
                from = at;
            }
        }
        parts.push(from..p.range.end);
    }
    let mut parts = parts.into_iter().peekable();
    while let Some(p) = parts.next() {
        let start = p.start;
        let rest = &fold[start..p.end];
        // (speaker, verb, content start)
        let turn: Option<(Option<String>, Range<usize>, usize)> =
            if let Some(colon) = question_cue(rest) {
                let (vs, ve) = (start, start + colon);
                let label = &fold[vs..ve];
                let speaker = if label.is_one_of(words!["问", "Q"]) {
                    None
                } else {
                    // a person the bracket names, else the label as written
                    let from = persons.partition_point(|(r, _)| r.end <= vs);
                    persons[from..]
                        .iter()
                        .take_while(|(r, _)| r.end <= ve)
                        .find(|(r, _)| r.start > vs && label.contains_any(&['（', '(']))
                        .map(|(_, n)| n.to_string())
                        .or_else(|| Some(doc.text[vs..ve].to_string()))
                };
                let verb = if speaker.is_none() { vs..ve } else { ve..ve };
                Some((speaker, verb, ve))
            } else {
                match first_prefix(rest, ANSWER_CUES) {
                    // (no one to answer for when the introduction names none or several)
                    Some(label) => {
                        let ve = start + label.len() - 3;
                        Some((interviewee.map(str::to_string), start..ve, ve))
                    }
                    _ => speaker_and_colon(doc, persons, start, p.end)
                        .map(|(name, vs, ve)| (Some(name.to_string()), vs..ve, ve)),
                }
            };
        let Some((speaker, verb, colon)) = turn else {
            if last.is_some() {
                pending.push(p);
            }
            continue;
        };
        // the paragraphs since the last turn go on with it
        if let Some((sp, v)) = &last {
            for r in std::mem::take(&mut pending) {
                out.push(turn_quote(doc, r.clone(), sp, v));
                turns.push(r);
            }
        }
        let cs = colon + fold[colon..].chars().next().map_or(0, char::len_utf8);
        // (the colon itself for a name: 李新海：…)
        let verb = if verb.is_empty() {
            doc.text[colon..cs].to_string()
        } else {
            doc.text[verb].to_string()
        };
        let mut q = turn_quote(doc, cs..p.end, &speaker, &verb);
        // (a label alone on its line: the turn is the paragraph after it, 何立群：⏎谢谢主持人。…)
        if q.end == q.start {
            if let Some(next) = parts.next_if(|n| {
                let r = &fold[n.start..n.end];
                question_cue(r).is_none()
                    && first_prefix(r, ANSWER_CUES).is_none()
                    && speaker_and_colon(doc, persons, n.start, n.end).is_none()
            }) {
                q = turn_quote(doc, next.clone(), &speaker, &verb);
            }
        }
        last = None;
        if q.end > q.start {
            out.push(q);
            turns.push(p);
            last = Some((speaker, verb));
        }
        pending.clear();
    }
    turns
}

/// A turn of an interview: the text of `r` without its trailing space, as a quote.
#[inline(never)]
fn turn_quote(doc: &Doc, r: Range<usize>, speaker: &Option<String>, verb: &str) -> Quote {
    let end = r.start + doc.text[r.clone()].trim_end().len();
    Quote {
        start: r.start,
        end,
        speaker: speaker.clone(),
        verb: verb.to_string(),
        text: doc.text[r.start..end].to_string(),
    }
}

/// A person's name that opens a paragraph at `start`, then a colon (李新海：…), maybe after
/// their title (市粮食局局长许建华：…): the name, and where the colon starts (twice: the verb
/// is the colon). The name is a mention of the tagger's, or the name of one of `persons`
/// as it ends the label (高建国：, the tagger reading 高|建国 there; sought one by one, not
/// in a sorted copy: a sort of `&str` was a copy of quicksort, 8.5 KB in the wasm module).
fn speaker_and_colon<'n>(
    doc: &Doc,
    persons: &[(Range<usize>, &'n str)],
    start: usize,
    end: usize,
) -> Option<(&'n str, usize, usize)> {
    // the colon, after Han chars only, within a title's reach
    // (a label alone on its line may list titles: 新闻局副局长、新闻发言人 章晓萍：)
    let alone = doc.fold[start..end].trim_end().ends_with(['：', ':']);
    let colon = doc.fold[start..end]
        .char_indices()
        .take(MAX_DESCRIPTION + 8)
        .find(|&(_, c)| !(crate::text::is_han(c) || c == '·' || (alone && matches!(c, '、' | ' ' | '　'))))
        .filter(|&(_, c)| matches!(c, '：' | ':'))
        .map(|(i, _)| start + i)?;
    let short = |s0: usize| doc.fold[start..s0].chars().count() <= MAX_DESCRIPTION;
    // (`persons` is sorted by end, then start: the first name that ends at the colon and
    // passes is the one that starts first)
    let from = persons.partition_point(|(r, _)| r.end < colon);
    if let Some((_, name)) = persons[from..]
        .iter()
        .take_while(|(r, _)| r.end == colon)
        .find(|(r, _)| r.start >= start && short(r.start))
    {
        return Some((name, colon, colon));
    }
    let label = &doc.text[start..colon];
    label
        .char_indices()
        .filter(|&(i, _)| short(start + i) && label[i..].chars().nth(1).is_some())
        .find_map(|(i, _)| persons.iter().find(|(_, n)| *n == &label[i..]))
        .map(|&(_, n)| (n, colon, colon))
}

/// How an interviewee's answer opens its paragraph when it does not name them.
const ANSWER_CUES: Words = words!["答：", "A："];

/// The person interviewed: the one person named before the first question (in the
/// headline and the introduction: 本报记者专访了…首席专家张立平), not counting the reporter
/// (记者刘晓燕); None when there are none or several.
#[inline(never)]
fn interviewee<'n>(
    doc: &Doc,
    persons: &[(Range<usize>, &'n str)],
    first: usize,
) -> Option<&'n str> {
    let fold = doc.fold;
    let mut found: Option<&str> = None;
    for (r, name) in persons.iter().take_while(|(r, _)| r.end <= first) {
        if fold[..r.start].trim_end().ends_with("记者") {
            continue;
        }
        match found {
            Some(f) if f != *name => return None,
            _ => found = Some(name),
        }
    }
    found
}

/// A 他/她 no named person stands for (在采访结束时，他又补充说…, after a paragraph whose
/// speaker the tagger names in a quote only) speaks for the nearest quote before it, in the
/// same or the previous paragraph, when that quote's speaker is named.
#[inline(never)]
fn same_speaker_goes_on(doc: &Doc, out: &mut [Quote]) {
    let para = |at: usize| doc.paragraphs.partition_point(|p| p.range.end <= at);
    for i in 1..out.len() {
        if !matches!(out[i].speaker.as_deref(), Some("他" | "她")) {
            continue;
        }
        let prev = &out[i - 1];
        let named = prev
            .speaker
            .as_deref()
            .is_some_and(|s| !PRONOUNS.iter().any(|p| fold_eq(s, p)));
        if named && para(out[i].start) <= para(prev.start) + 1 {
            out[i].speaker = prev.speaker.clone();
        }
    }
}

/// Whether `s` (as written) is the pronoun `p` (simplified).
fn fold_eq(s: &str, p: &str) -> bool {
    s == p || crate::text::script::fold(s) == p
}

#[cfg(test)]
mod tests {
    use crate::options::Options;

    /// `verb_at` by first char gives what a scan of VERBS in order gives.
    #[test]
    fn verb_lists_by_first_char() {
        let scan = |rest: &str| super::VERBS.iter().find(|v| rest.starts_with(*v));
        let mut texts: Vec<String> = Vec::new();
        for v in super::VERBS {
            for w in super::VERBS {
                texts.push(format!("{v}{w}"));
                texts.push(format!("{}{w}", v.chars().next().unwrap()));
            }
            texts.push(format!("{v}，"));
        }
        texts.extend(
            (0..0x11_0000u32)
                .filter_map(char::from_u32)
                .map(|c| c.to_string()),
        );
        for t in &texts {
            assert_eq!(super::verb_at(t), scan(t), "{t}");
        }
    }

    fn quotes(t: &str) -> Vec<(String, String)> {
        crate::extract(t, &Options::default())
            .quotes
            .into_iter()
            .map(|q| (q.speaker.unwrap_or_default(), q.text))
            .collect()
    }

    #[test]
    fn an_unquoted_content_stops_at_the_next_speaker() {
        let q = quotes("国务卿布林肯对记者称，美方愿与中方保持沟通。发言人毛宁在记者会上回应说，中方敦促美方停止干涉。");
        assert_eq!(
            q,
            vec![
                ("布林肯".into(), "美方愿与中方保持沟通。".into()),
                ("毛宁".into(), "中方敦促美方停止干涉。".into())
            ]
        );
        // A quotation in marks later in the paragraph ends it too, and is a quote of its own.
        let q = quotes("董事长王军表示，要加强合作。“我们有信心完成任务。”王军说。");
        assert_eq!(
            q,
            vec![
                ("王军".into(), "要加强合作。".into()),
                ("王军".into(), "我们有信心完成任务。".into())
            ]
        );
        // Without another speaker the content runs to the end of the paragraph.
        let q = quotes("董事长王军表示，要加强合作。今年的任务很重。\n下一段。");
        assert_eq!(
            q,
            vec![("王军".into(), "要加强合作。今年的任务很重。".into())]
        );
    }

    #[test]
    fn every_verb_passes_the_first_character_filter() {
        for v in super::VERBS {
            assert_eq!(
                super::verb_at(&format!("{v}，")).map(str::len).unwrap_or(0) >= v.len(),
                true,
                "{v}"
            );
        }
    }

    #[test]
    fn a_person_a_few_words_and_a_colon_before_a_quotation() {
        let q = |t: &str| {
            crate::extract(t, &Options::default())
                .quotes
                .into_iter()
                .map(|q| (q.speaker.unwrap_or_default(), q.verb, q.text))
                .collect::<Vec<_>>()
        };
        let one = |a: &str, b: &str, c: &str| vec![(a.to_string(), b.to_string(), c.to_string())];
        assert_eq!(
            q("采访结束时，杨秀英寄语道：“希望更多年轻人到乡村来。”"),
            one("杨秀英", "寄语道", "希望更多年轻人到乡村来。")
        );
        assert_eq!(
            q("杨秀英被评为优秀教师。对于荣誉，她看得很淡：“荣誉是大家的。”"),
            one("杨秀英", "看得很淡", "荣誉是大家的。")
        );
        assert_eq!(
            q("住在四樓的街坊梁太話：「聞到好大陣燶味。」"),
            one("梁太", "話", "聞到好大陣燶味。")
        );
        // said to someone, not by them; a name in the middle of a clause
        assert!(q("5个中国人劝她：“放弃独身，早择佳婿。”").is_empty());
        assert!(q("他拿出5万元，交给支书张国华：“你拿去办点事吧。”").is_empty());
        assert!(q("王明的名片上印着：“诚信为本。”").is_empty());
    }

    #[test]
    fn the_reporters_figures_end_an_unquoted_content() {
        assert_eq!(
            quotes("王志刚强调，要在汛前完成整改。截至目前，全市已储备编织袋120万条。"),
            [("王志刚".to_string(), "要在汛前完成整改。".to_string())]
        );
        assert_eq!(
            quotes("叶利钦表示，局势可控。目前，产油国也提出了减产倡议。"),
            [("叶利钦".to_string(), "局势可控。".to_string())]
        );
    }

    #[test]
    fn hua_zhi_and_buchong_say_after_the_speaker() {
        assert_eq!(
            quotes("署長李佩詩說：「我們會講解。」她又指，市民可致電熱線查詢。"),
            [
                ("李佩詩".to_string(), "我們會講解。".to_string()),
                ("李佩詩".to_string(), "市民可致電熱線查詢。".to_string())
            ]
        );
        assert_eq!(
            quotes("王刚补充，这项政策将惠及更多人。"),
            [("王刚".to_string(), "这项政策将惠及更多人。".to_string())]
        );
        // 一席话, 电话, 手指: no saying
        assert!(quotes("“教育的关键是一个‘行’字”，主任周弘的一席话，道出了真谛。").is_empty());
        assert!(quotes("王刚接到电话，对方自称客服。王刚用手指，指向大门。").is_empty());
    }

    #[test]
    fn a_quotation_then_he_said() {
        let q = quotes("国务院总理李强作报告。“我们要坚定信心，迎难而上。”他说。");
        assert_eq!(
            q,
            [("李强".to_string(), "我们要坚定信心，迎难而上。".to_string())]
        );
        // no one named before: the pronoun is the speaker
        let q = quotes("“这是好事。”她说。");
        assert_eq!(q[0].0, "她");
    }

    #[test]
    fn he_and_she_are_the_person_of_the_sentence_before() {
        let q = quotes("行政长官李家超在立法会发表施政报告。他表示，政府将投入100亿元。");
        assert_eq!(q, vec![("李家超".into(), "政府将投入100亿元。".into())]);
        // The subject of that sentence, not the last name in it.
        let q = quotes("董事长王军会见了省长李明一行。他表示，欢迎各方合作。");
        assert_eq!(q[0].0, "王军");
        // No one named before: the pronoun stays.
        let q = quotes("他表示，欢迎各方合作。");
        assert_eq!(q[0].0, "他");
    }
}
