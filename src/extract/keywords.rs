//! Keywords: TF-IDF over the words of the article's content paragraphs, against the
//! background frequencies of data/words.txt (jieba's dictionary counts): idf = ln(total /
//! count). Candidates are nouns, verbal nouns, proper nouns, places, organisation words
//! and person names of two characters or more, except the generic words of news prose in
//! data/stopwords.txt; scores are scaled so the best is 1.

use crate::layout::Doc;
use crate::lexicon::segment::Kind;
use crate::lexicon::tag::Tagged;
use crate::lexicon::{get, Pos};
use crate::model::Keyword;

/// Words that are never keywords (data/stopwords.txt), on the fold. (A map to nothing
/// rather than a set: the same hash-table type as people's keys, one copy of its code.)
static STOP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, usize>> =
    std::sync::LazyLock::new(|| {
        include_str!(concat!(env!("OUT_DIR"), "/text_stopwords.txt"))
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(|w| (w, 0))
            .collect()
    });

/// How many keywords are returned.
pub const COUNT: usize = 10;
/// ln(count) assumed for a word the dictionary does not know (a name).
const UNKNOWN_LOG_FREQ: f32 = 3.0;

/// How often a pair or triple of one-char words must recur to be a keyword.
const GRAM_MIN: u32 = 3;

/// Chars of grammar and counting that make no word with their neighbour (的, 是, 在, 三, 个,
/// the measure word after a number: 100名|减少), and 转 between two states of the weather
/// (晴|转|多云), and the particles that end a clause (做人|难|矣).
const NOT_IN_GRAMS: &str =
    "的了是在和与及或也都就还又被把将从对向于以为等个一二三四五六七八九十两百千万亿第每各该本此这那其之而并但由所有无不没已曾要会能可让使给到上下中内外前后里时年月日号名位件次种项元岁米斤份批只转矣乎哉焉兮吗呢吧啊呀嘛啦";

/// One-char words of grammar that may stand next to a word: any other one-char token
/// next to a run of one-char words (or to a name the tagger did not take for a person) may be
/// a piece of the same word, cut apart by the dictionary: 恐|龙|节, 大连|万|达|队,
/// 前|卫|寰|岛, 着|陆器, 阿尔|茨|海默病, 千|方百计. Before a word, the measure words
/// (3名|援|疆|干部) are no piece of it; after it, the words of place and time (画|室|里).
const GRAMMAR: &str = "的了是在和与及或也都就还又被把将从对向于以为等之而并但由所有无不没已曾要会能可让使给到很更最再才仅均即却亦得令矣乎哉焉兮吗呢吧啊呀嘛啦";
const BEFORE: &str = "个名位件次种项岁批只号条家座";
const AFTER: &str = "上下中内外前后里时";

/// Whether `t` is a one-Han-char token that touches `at` (its start or end) and is no word of
/// grammar nor one of `also`: the word before or after may go on into it.
fn loose_at(fold: &str, t: Option<&crate::lexicon::segment::Token>, at: usize, also: &str) -> bool {
    t.is_some_and(|t| {
        (t.end == at || t.start == at)
            && t.end - t.start == 3
            && fold[t.start..t.end].chars().next().is_some_and(|c| {
                ('\u{4E00}'..'\u{A000}').contains(&c) && !GRAMMAR.contains(c) && !also.contains(c)
            })
    })
}

/// A token of one Han char that may be part of a word the dictionary cut apart.
#[inline]
fn is_single(fold: &str, t: &crate::lexicon::segment::Token) -> bool {
    // the cheap tests first: most tokens are longer, or of a kind that is no part of a word
    // (a Han char of the basic planes is three bytes)
    if t.end - t.start != 3
        || !matches!(
            t.kind,
            Kind::Unknown
                | Kind::Word(
                    Pos::Noun
                        | Pos::VerbNoun
                        | Pos::Verb
                        | Pos::Adj
                        | Pos::Proper
                        | Pos::Place
                        | Pos::Numeral
                        | Pos::Time
                        | Pos::Other
                )
        )
    {
        return false;
    }
    // (the code point from its three bytes)
    let b = &fold.as_bytes()[t.start..t.end];
    let c = (u32::from(b[0]) & 0x0F) << 12 | (u32::from(b[1]) & 0x3F) << 6 | u32::from(b[2]) & 0x3F;
    (0x4E00..0xA000).contains(&c)
        && char::from_u32(c).is_some_and(|c| !NOT_IN_GRAMS_SET.contains(c))
}

/// [`NOT_IN_GRAMS`] as a bitmap built at compile time (a scan of the string per token cost
/// 2 % of the pipeline).
static NOT_IN_GRAMS_SET: crate::lexicon::charset::HanSet =
    crate::lexicon::charset::HanSet::of(NOT_IN_GRAMS);

/// Pairs and triples of one-char words: how many sentences hold one, where the first is,
/// whether one stood alone, the last sentence counted.
type Grams<'a> = rustc_hash::FxHashMap<&'a str, (u32, usize, bool, usize)>;

/// Counts the pairs and triples of a run of one-char words (once a sentence each), and the
/// run itself as one that stood alone, when no loose char stood before it (the token
/// `run.3`) or after it (`after`): looked at only for runs of two or more.
fn add_run<'a>(
    doc: &Doc<'a>,
    toks: &[crate::lexicon::segment::Token],
    run: (usize, usize, u32, usize),
    after: Option<&crate::lexicon::segment::Token>,
    grams: &mut Grams<'a>,
) {
    let (start, end, n, before) = run;
    if n < 2 {
        return;
    }
    let bounded = !loose_at(doc.fold, toks.get(before), start, BEFORE)
        && !loose_at(doc.fold, after, end, AFTER);
    let si = doc.sentences.partition_point(|s| s.end <= start);
    let mut add = |from: usize, to: usize| {
        let e = grams
            .entry(&doc.fold[from..to])
            .or_insert((0, from, false, usize::MAX));
        if e.3 != si {
            e.0 += 1;
            e.3 = si;
        }
        e.2 |= bounded && from == start && to == end;
    };
    // A run with a name the tagger did not take for a person in it counts as a whole
    // (阿尔|茨|海默病), when it stands alone.
    if end - start != 3 * n as usize {
        if bounded {
            add(start, end);
        }
        return;
    }
    // (else each word of the run is one char of three bytes: see `is_single`)
    for k in 2..=3 {
        for i in 0..(n as usize + 1).saturating_sub(k) {
            add(start + 3 * i, start + 3 * (i + k));
        }
    }
}

pub fn find(doc: &Doc) -> Vec<Keyword> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Keyword> {
    from_tags_with_people(doc, tags, tags.people.iter().map(|p| p.span.clone()), &[])
}

/// [`from_tags`] with every mention of a person (the tagger's and the later ones the
/// resolver found), in byte offsets of the document: each is one candidate, whatever the
/// tokens of the name (王|建国 gives no 建国); no word inside `skip` counts (the bylines and
/// credits: a reporter's name is no keyword of the article).
pub fn from_tags_with_people(
    doc: &Doc,
    tags: &Tagged,
    people: impl Iterator<Item = std::ops::Range<usize>>,
    skip: &[std::ops::Range<usize>],
) -> Vec<Keyword> {
    let toks = &tags.tokens;
    // for each token, the end of the person mention it starts, or INSIDE (no sort of the
    // mentions: each finds its first token by a binary search)
    const INSIDE: usize = usize::MAX;
    let mut person_end: Vec<usize> = vec![0; toks.len()];
    for r in people {
        let mut i = toks.partition_point(|t| t.start < r.start);
        if toks
            .get(i)
            .is_some_and(|t| t.start == r.start && t.end <= r.end)
        {
            person_end[i] = r.end;
            i += 1;
        }
        while toks.get(i).is_some_and(|t| t.start < r.end) {
            person_end[i] = INSIDE;
            i += 1;
        }
    }
    for r in skip {
        let mut i = toks.partition_point(|t| t.end <= r.start);
        while toks.get(i).is_some_and(|t| t.start < r.end) {
            person_end[i] = INSIDE;
            i += 1;
        }
    }
    let lex = get();
    let content: Vec<_> = doc.content_paragraphs().map(|p| p.range.clone()).collect();
    // fold → (count, first, -, idf's bits); Fx hashing (SipHash showed in the profile): the
    // order of the map does not matter, the sort below has a total order (first positions
    // differ). (The type of `grams`: one hash table's code in the module, not two.)
    let mut tf: Grams =
        // (room for an article's words up front; a long text grows it as before)
        rustc_hash::FxHashMap::with_capacity_and_hasher((toks.len() / 4).min(1024), Default::default());
    // Runs of one-char words in a row (start, end, count of words): a word the dictionary
    // lacks is cut into its chars (台|风, 票|房, 端|午|档). Their pairs and triples are
    // counted once a sentence (a table of the weather repeats 多云 in one), with whether
    // one stood alone, as a whole run, at least once.
    let mut grams: Grams = rustc_hash::FxHashMap::with_capacity_and_hasher(
        (toks.len() / 8).min(512),
        Default::default(),
    );
    let mut run: (usize, usize, u32, usize) = (0, 0, 0, usize::MAX);
    let mut ci = 0;
    for (i, (t, &pe)) in toks.iter().zip(&person_end).enumerate() {
        let before = i.checked_sub(1).and_then(|j| toks.get(j));
        while ci < content.len() && content[ci].end <= t.start {
            ci += 1;
        }
        let inside = ci < content.len() && t.start >= content[ci].start;
        if inside && pe == 0 && (t.kind == Kind::Name || is_single(doc.fold, t)) {
            run = if run.2 > 0 && run.1 == t.start {
                (run.0, t.end, run.2 + 1, run.3)
            } else {
                add_run(doc, toks, run, None, &mut grams);
                (t.start, t.end, 1, i.wrapping_sub(1))
            };
        } else if run.2 > 0 {
            add_run(doc, toks, run, Some(t), &mut grams);
            run.2 = 0;
        }
        if !inside {
            continue;
        }
        let person = (pe != 0 && pe != INSIDE).then_some(pe);
        // the kind first: most tokens are of no candidate kind (no hashing for them)
        let word = match (pe, t.kind) {
            (INSIDE, _) => continue,
            (
                0,
                Kind::Word(
                    Pos::Noun | Pos::VerbNoun | Pos::Proper | Pos::Org | Pos::Abbrev | Pos::Place,
                ),
            ) => true,
            // (a name the tagger did not take for a person, next to a loose char, is
            // likely a piece of a longer word: 着|陆器, 阿尔|茨|海默病)
            (0, Kind::Name)
                if loose_at(doc.fold, before, t.start, BEFORE)
                    || loose_at(doc.fold, toks.get(i + 1), t.end, AFTER) =>
            {
                continue
            }
            (0, Kind::Name) => false,
            (0, _) => continue,
            _ => false,
        };
        let w = match person {
            Some(end) => &doc.fold[t.start..end.min(content[ci].end)],
            None => &doc.fold[t.start..t.end],
        };
        // A title that labels a named person (总统克林顿, 王军董事长) is part of naming
        // them, not a topic: that mention does not count (宇航员 alone still does).
        let named = |j: Option<usize>| {
            j.and_then(|j| Some((toks.get(j)?, *person_end.get(j)?)))
                .is_some_and(|(n, pe)| pe != 0 && (n.end == t.start || n.start == t.end))
        };
        if person.is_none() && (named(i.checked_sub(1)) || named(Some(i + 1))) && lex.is_title(w) {
            continue;
        }
        // a repeat is counted at once (its first mention passed the tests below and set
        // the idf: one hash, no dictionary search)
        let slot = match tf.entry(w) {
            std::collections::hash_map::Entry::Occupied(mut e) => {
                e.get_mut().0 += 1;
                continue;
            }
            std::collections::hash_map::Entry::Vacant(v) => v,
        };
        if w.chars().count() < 2 || STOP.contains_key(w) {
            continue;
        }
        let log_freq = if word {
            lex.word(w).map_or(UNKNOWN_LOG_FREQ, |x| x.log_freq)
        } else {
            UNKNOWN_LOG_FREQ
        };
        let idf = (lex.log_total - log_freq).max(0.0);
        slot.insert((1, t.start, false, idf.to_bits() as usize));
    }
    add_run(doc, toks, run, None, &mut grams);
    // A pair or triple that recurs, and stood alone at least once, is a word of the
    // article's topic, scored as an unknown word. (Chars that always come together in longer
    // runs, 援疆帮扶 or 多云转晴, are not cut into words here: 疆帮 and 云转 would be as
    // likely as 援疆 and 多云; nor are pairs that only stand inside a triple: 端午 of 端午档.)
    let idf = (lex.log_total - UNKNOWN_LOG_FREQ).max(0.0);
    for (&w, &(n, first, alone, _)) in &grams {
        if n >= GRAM_MIN && alone && !STOP.contains_key(w) {
            tf.entry(w)
                .or_insert((0, first, false, idf.to_bits() as usize))
                .0 += n;
        }
    }
    // A place named both in full and short (杭州市 and 杭州) is one keyword, the short
    // form, with the counts of both.
    let full: Vec<&str> = tf
        .keys()
        .copied()
        .filter(|w| w.len() >= 9 && w.ends_with(['市', '省', '县']))
        .collect();
    // (the entry API only, as above: no other hash-table method's code in the module; the
    // full form keeps a count of 0, skipped below)
    for w in full {
        let short = &w[..w.len() - 3];
        if let std::collections::hash_map::Entry::Occupied(_) = tf.entry(short) {
            let mut moved = (0, usize::MAX);
            if let std::collections::hash_map::Entry::Occupied(mut f) = tf.entry(w) {
                let f = f.get_mut();
                moved = (f.0, f.1);
                f.0 = 0;
            }
            if let std::collections::hash_map::Entry::Occupied(mut e) = tf.entry(short) {
                let s = e.get_mut();
                s.0 += moved.0;
                s.1 = s.1.min(moved.1);
            }
        }
    }
    // The best COUNT by score, then first position: kept in order by insertion (no sort of
    // every word; the order is total, first positions differ, so the same words and order
    // as sorting all of them).
    let before = |a: &(f32, usize, &str), b: &(f32, usize, &str)| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).is_lt()
    };
    let mut scored: Vec<(f32, usize, &str)> = Vec::with_capacity(COUNT + 1);
    for (w, &(n, first, _, idf)) in &tf {
        if n == 0 {
            continue;
        }
        let e = (n as f32 * f32::from_bits(idf as u32), first, *w);
        if scored.len() == COUNT && scored.last().is_some_and(|l| !before(&e, l)) {
            continue;
        }
        let at = scored
            .iter()
            .position(|x| before(&e, x))
            .unwrap_or(scored.len());
        scored.insert(at, e);
        scored.truncate(COUNT);
    }
    let top = scored.first().map_or(1.0, |s| s.0.max(1e-6));
    scored
        .into_iter()
        .take(COUNT)
        .map(|(s, first, w)| Keyword {
            word: doc.text[first..first + w.len()].to_string(),
            // Rounded in f64: an f32 rounded to 3 places prints as 0.4970000088214874.
            score: (f64::from(s / top) * 1000.0).round() / 1000.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chars_kept_out_of_pairs_are_in_the_set() {
        for c in NOT_IN_GRAMS.chars() {
            assert!(NOT_IN_GRAMS_SET.contains(c), "{c}");
        }
        let n = ('\u{4E00}'..'\u{A000}')
            .filter(|&c| NOT_IN_GRAMS_SET.contains(c))
            .count();
        let mut listed: Vec<char> = NOT_IN_GRAMS.chars().collect();
        listed.sort_unstable();
        listed.dedup();
        assert_eq!(n, listed.len());
    }
}

#[cfg(test)]
mod fragments {
    use crate::options::Options;

    fn words(t: &str) -> Vec<String> {
        crate::extract(t, &Options::default())
            .keywords
            .into_iter()
            .map(|k| k.word)
            .collect()
    }

    #[test]
    fn no_piece_of_a_word_cut_apart_and_a_disease_whole() {
        // 恐|龙|节: the pair after a loose char (恐) is a piece of a longer word
        let w = words(
            "各国恐龙参加世界恐龙节。\n四川自贡恐龙博物馆等单位参加了恐龙节。\n\
             这具本届恐龙节最庞大的主角占据了展场中心。",
        );
        assert!(!w.iter().any(|w| w == "龙节"), "{w:?}");
        // 阿尔|茨|海默病: a name the tagger did not take for a person, cut from its word
        let w = words(
            "国家药监局批准首个国产阿尔茨海默病创新药上市。\n\
             该药用于轻度至中度阿尔茨海默病，改善患者认知功能。\n\
             这是我国自主研发的阿尔茨海默病治疗药物。\n\
             我国现有阿尔茨海默病患者约983万人。",
        );
        assert!(w.iter().any(|w| w == "阿尔茨海默病"), "{w:?}");
        assert!(!w.iter().any(|w| w == "阿尔" || w == "海默病"), "{w:?}");
        // a classical particle ends a clause: 难|矣 is no word
        let w = words("所以做人难矣；人际关系复杂，所以做人难矣。\n人们心态变化，所以做人难矣。");
        assert!(!w.iter().any(|w| w == "难矣"), "{w:?}");
    }
}
