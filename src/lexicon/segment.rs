//! Word segmentation: the most probable path through a lattice of dictionary words
//! (unigram model, `data/words.txt`) and person names (surname + 1–2 given characters,
//! scored by the name model of `data/surnames.txt` and `data/given.txt`). Linear in the
//! length of the text: one walk of the dictionary trie per character, at most `MAX_WORD` steps.

use super::{dict, get, is_han, Dict, Lexicon, Pos, Word};

/// Longest word looked up, in chars.
const MAX_WORD: usize = 12;
/// ln of the share of person names among tokens of news text.
const LN_NAME_SHARE: f32 = -4.2;
/// Extra cost of a 2-char name (a surname and one given char) over a 3-char one.
const TWO_CHAR_NAME_COST: f32 = 2.0;
/// Extra cost of a surname that is also a common function word.
const FUNCTION_SURNAME_COST: f32 = 2.5;
/// Extra cost of a Chinese name that starts after two transliteration chars, on a third.
const TRANSLIT_RUN_NAME_COST: f32 = 4.0;
/// Extra cost of a Chinese name of three chars whose last is an adverb of the clause.
const ADVERB_END_NAME_COST: f32 = 4.0;
/// ln of the share of a common adverb or time word (正在 -9.5) that a name's last char starts.
const ADVERB_WORD_FLOOR: f32 = -10.5;

/// Adverbs that follow a subject (他则认为, 她也表示, 我们还说): after a name they end it.
fn is_clause_adverb(c: char) -> bool {
    matches!(
        c,
        '则' | '也' | '还' | '就' | '都' | '又' | '却' | '便' | '亦' | '仍' | '曾' | '已' | '再'
            // (and the word joining two names: 西村康稔|与|植田和男)
            | '与'
            // (未 "not yet" before the verb it negates: 谈兴|未|减)
            | '未'
    )
}

/// Whether `w` is a common adverb or time word (正在, 同时, 明天): see [`ADVERB_WORD_FLOOR`].
#[inline(never)]
fn adverb_word(lex: &Lexicon, w: &str) -> bool {
    dict()
        .word(w)
        .is_some_and(|w| matches!(w.pos, Pos::Function | Pos::Time) && w.log_freq - lex.log_total > ADVERB_WORD_FLOOR)
}

/// Extra cost of a single char the dictionary does not know.
const UNKNOWN_COST: f32 = 3.0;
/// A name of three whose surname and first given char are a common noun (高铁|武): the
/// noun's least ln frequency share, and the cost.
const NOUN_START_FREQ: f32 = -13.0;
const NOUN_START_NAME_COST: f32 = 1.5;
/// A level's federation (区|总工会) over the title word that would take its last chars
/// (工会主席).
const LEVEL_BODY_BONUS: f32 = 4.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word(Pos),
    /// A person name proposed by the name model.
    Name,
    /// A Han char the dictionary does not know.
    Unknown,
    /// Letters (and digits mixed with them).
    Latin,
    Digits,
    Punct,
}

/// One token: byte range of the text, its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Token {
    pub fn pos(&self) -> Option<Pos> {
        match self.kind {
            Kind::Word(p) => Some(p),
            _ => None,
        }
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '.' | '．' | '%' | '％')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c)
}

/// Cuts `text[start..end]` into tokens. Whitespace is dropped.
pub fn segment(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    segment_into(text, start, end, &mut Scratch::default(), &mut out);
    shrink_slack(&mut out);
    out
}

/// A large reserve that turned out too large is given back.
pub(crate) fn shrink_slack(out: &mut Vec<Token>) {
    if out.capacity() > 4096 && out.capacity() - out.len() > out.len() / 4 {
        out.shrink_to_fit();
    }
}

/// [`segment`], the tokens appended to `out`, with buffers `sc` that a caller may keep from
/// one sentence to the next (the same tokens: the buffers are cleared before each run).
pub(crate) fn segment_into(
    text: &str,
    start: usize,
    end: usize,
    sc: &mut Scratch,
    out: &mut Vec<Token>,
) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    // Reserving the most tokens there can be once avoids the doubling of a growing vector
    // (up to twice the tokens, on one huge sentence: peak heap, issue 7); a large reserve
    // that turned out too large is given back at the end (`shrink_slack`).
    // Only a long sentence is counted first: a short one's tokens grow the vector as the
    // reserve would (by doubling, once it is full), and the buffers, kept from one sentence
    // to the next, soon have room for its runs (the count was a second pass over every
    // sentence).
    if s.len() > RESERVE_FROM {
        let (most, longest_run) = max_tokens_and_run(s);
        out.reserve(most);
        // the buffers sized once for the longest run of Han chars
        sc.reserve(longest_run);
    }
    let lex = get();
    let mut it = s.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        let at = start + i;
        if is_han(c) {
            // the run's chars, codes and offsets gathered on the way (one decode of each char)
            sc.chars.clear();
            sc.codes.clear();
            sc.at.clear();
            let mut j = i;
            while let Some(&(k, c)) = it.peek() {
                if !is_han(c) {
                    break;
                }
                sc.chars.push(c);
                sc.codes.push(Dict::codes(c));
                sc.at.push((k - i) as u32);
                j = k + c.len_utf8();
                it.next();
            }
            segment_han(lex, sc, text, at, start + j, out);
        } else if is_digit(c) || is_latin(c) {
            let mut j = i;
            let mut latin = false;
            while let Some(&(k, c)) = it.peek() {
                if !(is_digit(c) || is_latin(c)) {
                    break;
                }
                latin |= is_latin(c);
                j = k + c.len_utf8();
                it.next();
            }
            out.push(Token {
                start: at,
                end: start + j,
                kind: if latin { Kind::Latin } else { Kind::Digits },
            });
        } else {
            it.next();
            if !c.is_whitespace() {
                out.push(Token {
                    start: at,
                    end: at + c.len_utf8(),
                    kind: Kind::Punct,
                });
            }
        }
    }
}

/// Sentences longer than this many bytes are counted before they are cut, for
/// [`segment_into`]'s reserves.
const RESERVE_FROM: usize = 4096;

/// The most tokens [`segment`] can cut `s` into: one per Han char, per run of letters and
/// digits, per other char that is not a space (exact but for the Han chars).
#[cfg(test)]
fn max_tokens(s: &str) -> usize {
    max_tokens_and_run(s).0
}

/// [`max_tokens`], and the length in chars of the longest run of Han chars.
fn max_tokens_and_run(s: &str) -> (usize, usize) {
    let mut n = 0;
    let mut in_run = false;
    let (mut han, mut longest) = (0usize, 0usize);
    for c in s.chars() {
        if is_han(c) {
            // a Han char is neither a digit, a letter nor a space: one token's room
            han += 1;
            n += 1;
            in_run = false;
            continue;
        }
        longest = longest.max(han);
        han = 0;
        let run = is_digit(c) || is_latin(c);
        if (run && !in_run) || (!run && !c.is_whitespace()) {
            n += 1;
        }
        in_run = run;
    }
    (n, longest.max(han))
}

/// `chars` end in an ordinal: 第 and Chinese numeral chars (第三, 第二十二).
fn is_ordinal_end(chars: &[char]) -> bool {
    let digits = chars
        .iter()
        .rev()
        .take_while(|c| "一二三四五六七八九十百零两".contains(**c))
        .count();
    digits > 0 && digits < chars.len() && chars[chars.len() - 1 - digits] == '第'
}

/// A name of two given chars ending before char `e` stands right before a verb of saying
/// (孙晓萌|表示, not 孙晓|萌|表示): a verb's char there is the name's, not a verb before the
/// verb; an adverb or a particle there is none (王军|等|表示).
#[inline(never)]
fn speaks_after(chars: &[char], e: usize) -> bool {
    e + 1 < chars.len()
        && matches!(
            (chars[e], chars[e + 1]),
            ('表', '示') | ('指', '出') | ('认', '为') | ('强', '调') | ('透', '露')
        )
        && !is_clause_adverb(chars[e - 1])
        && !NOT_NAME_ENDS.contains(&chars[e - 1])
}

/// Adverbs, particles and verbs of saying before a verb of saying: no given name's last char.
static NOT_NAME_ENDS: [char; 31] = [
    '等', '均', '并', '皆', '们', '特', '更', '亲', '首', '早', '先', '后', '当', '随', '即', '今', '昨',
    '只', '仅', '同', '共', '对', '向', '将', '要', '会', '可', '不', '没', '时', '称',
];

/// [`name_score_with`] for a name before a verb of saying ([`speaks_after`]) whose last given
/// char the name list lacks as a common char: scored as a rare one (孙晓萌).
#[inline(never)]
fn speaking_name_score(lex: &Lexicon, ps: f32, sur_word: Option<Word>, given: &[char]) -> Option<f32> {
    let [a, b] = *given else { return None };
    if !is_han(b) {
        return None;
    }
    let one = name_score_with(lex, ps, sur_word, &[a])?;
    Some(one + TWO_CHAR_NAME_COST - lex.given.get(&a)?.1 + given_ln(lex, a, 0)? + UNSEEN_GIVEN)
}

/// Score of a person name `sur` + `given` (1 or 2 chars), if the model allows it.
pub fn name_score(lex: &Lexicon, sur: &str, given: &[char]) -> Option<f32> {
    name_score_with(lex, *lex.surnames.get(sur)?, lex.word(sur), given)
}

/// [`name_score`] with the surname's share `ps` and its dictionary entry already looked up.
fn name_score_with(
    lex: &Lexicon,
    mut ps: f32,
    sur_word: Option<Word>,
    given: &[char],
) -> Option<f32> {
    // a surname that is mostly a preposition or a particle (向, 于, 和, 从) needs more
    if sur_word.is_some_and(|w| matches!(w.pos, Pos::Function | Pos::Pronoun)) {
        ps -= FUNCTION_SURNAME_COST;
    }
    // a name does not end in a head of an organisation or place name (松日|队, 王|村)
    if given.last().is_some_and(|c| {
        matches!(
            c,
            '队' | '部'
                | '局'
                | '厅'
                | '厂'
                | '省'
                | '市'
                | '县'
                | '区'
                | '镇'
                | '乡'
                | '村'
                | '州'
                | '委'
                | '院'
                | '所'
                | '社'
                | '湾'
                | '坪'
                | '坝'
                | '寨'
                | '屯'
                | '洼'
                | '坡'
                | '科'
                | '处'
                | '室'
                | '署'
                // (a workshop, a hall, a station, a shop: 共|富工坊, 文化|馆)
                | '坊'
                | '馆'
                | '站'
                | '店'
                | '说'
                // (a doer, a state, a body: 施救|者, 智能|化, 叶绿|体)
                | '者'
                | '化'
                | '体'
                // (a people: 阿美|族)
                | '族'
                // (a product, a period: 危化|品, 易发|期)
                | '品'
                | '期'
        )
    }) || given.contains(&'的')
        // (nor is a language one: 吴|语, 粤|语)
        || given == ['语']
        // (nor the zero of a year written in numerals: 将|於二〇|二七年)
        || given.contains(&'〇')
    {
        // (nor holds the particle 的: 以严|的|基调)
        return None;
    }
    // no one is named 嘉宾 "guest" (邀请好友|任|嘉宾, 做|嘉宾)
    if given == ['嘉', '宾'] {
        return None;
    }
    // a name hidden by 某 takes no char of the word after it (孙某|如实, 郑某|叫来), though
    // it may keep one given char (张某明)
    if given.first() == Some(&'某')
        && given.get(1).is_some_and(|c| {
            matches!(
                c,
                '如' | '叫'
                    | '称'
                    | '在'
                    | '等'
                    | '因'
                    | '被'
                    | '将'
                    | '于'
                    | '以'
                    | '与'
            // (未 "not yet" before the verb it negates: 谈兴|未|减)
            | '未'
                    | '和'
                    | '向'
                    | '对'
                    | '把'
                    | '从'
                    | '已'
                    | '又'
                    | '也'
                    | '还'
                    | '曾'
                    | '便'
                    | '就'
                    // (经 before the verb of what was done: 刘某|经送医院; 系 "is")
                    | '经'
                    | '系'
                    // (原 "formerly", 现 "now": 刘某|原系, 李某|现任)
                    | '原'
                    | '现'
                    | '持'
                    | '涉'
                    | '趁'
                    | '伙'
                    | '驾'
                    | '为'
                    | '是'
                    | '到'
                    | '至'
                    | '遂'
                    | '即'
                    | '却'
                    | '均'
                    | '都'
                    // (分别, 各自, 并, 仍, 则: 覃某|分别处以)
                    | '分'
                    | '各'
                    | '并'
                    | '仍'
                    | '则'
            )
        })
    {
        return None;
    }
    let g = match given {
        [c] => lex.given.get(c)?.1 - TWO_CHAR_NAME_COST,
        // (of two given chars one may be unseen, not both: 官|邂逅)
        [a, b] if lex.given.contains_key(a) || lex.given.contains_key(b) => {
            given_ln(lex, *a, 0)? + given_ln(lex, *b, 1)?
        }
        _ => return None,
    };
    Some(LN_NAME_SHARE + ps + g)
}

/// ln P of a given-name char the name list never saw (珮 in 彭珮云, 沣 in 何基沣), for a
/// rare char only: a common char the list lacks is no name char.
const UNSEEN_GIVEN: f32 = -10.0;
/// Frequency level (`char_level`, about log2 of its count) at or below which a char the
/// name list lacks may still be a given-name char.
const RARE_CHAR_LEVEL: u8 = 8;

/// ln P of `c` as the first (`k` 0) or last (`k` 1) given-name char.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn given_ln(lex: &Lexicon, c: char, k: usize) -> Option<f32> {
    match lex.given.get(&c) {
        Some(x) => Some(if k == 0 { x.0 } else { x.1 }),
        None if is_han(c) && crate::text::tables::char_level(c) <= RARE_CHAR_LEVEL => {
            Some(UNSEEN_GIVEN)
        }
        None => None,
    }
}

/// Buffers of [`segment_han`], reused from one run of Han chars to the next. Offsets are
/// u32 from the start of the run (inputs are far below 4 GiB): 20 bytes a char in all.
#[derive(Default)]
pub(crate) struct Scratch {
    chars: Vec<char>,
    /// Each char's node below the trie's root and code further down (`Dict::codes`).
    codes: Vec<u32>,
    /// Byte offset of each char in the run, plus the end.
    at: Vec<u32>,
    best: Vec<f32>,
    back: Vec<(u32, Kind)>,
}

impl Scratch {
    /// Room for a run of `n` chars (the buffers are empty between runs).
    fn reserve(&mut self, n: usize) {
        self.chars.reserve(n);
        self.codes.reserve(n);
        self.at.reserve(n + 1);
        self.best.reserve(n + 1);
        self.back.reserve(n + 1);
    }
}

/// The best path over the run of Han chars `text[start..end]`, whose chars, codes and
/// offsets the caller put into `sc.chars`, `sc.codes` and `sc.at` (without the end).
fn segment_han(
    lex: &Lexicon,
    sc: &mut Scratch,
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<Token>,
) {
    let run = &text[start..end];
    sc.at.push(run.len() as u32);
    let (chars, codes, at) = (&sc.chars[..], &sc.codes[..], &sc.at[..]);
    let first_kids = Dict::first_kids();
    let n = chars.len();
    sc.best.clear();
    sc.best.resize(n + 1, f32::NEG_INFINITY);
    sc.back.clear();
    sc.back.resize(n + 1, (0, Kind::Unknown));
    let (best, back) = (&mut sc.best[..], &mut sc.back[..]);
    best[0] = 0.0;
    let unknown = -lex.log_total - UNKNOWN_COST;
    let dict = dict();
    let max_len = MAX_WORD.min(lex.max_word_chars);
    // (10万名主播: right after digits 万, 亿, 千 and 百 are the figure's, no surname)
    let after_digits = out
        .last()
        .is_some_and(|t| t.end == start && t.kind == Kind::Digits);
    for i in 0..n {
        let base = best[i];
        if base == f32::NEG_INFINITY {
            continue;
        }
        let mut relax = |j: usize, score: f32, kind: Kind| {
            let s = base + score;
            if s > best[j] {
                best[j] = s;
                back[j] = (i as u32, kind);
            }
        };
        // every dictionary word that starts here, shortest first, in one walk of the trie;
        // the words of one and two chars are kept for the surname check below
        let mut short: [Option<Word>; 2] = [None, None];
        let mut node = Dict::ROOT;
        for len in 1..=max_len.min(n - i) {
            let next = if len == 1 {
                Dict::root_child(codes[i])
            } else {
                Dict::step_code(first_kids, node, codes[i + len - 1] >> 16)
            };
            let Some(next) = next else {
                break;
            };
            node = next;
            if let Some(&word) = dict.word_at(node) {
                // 区|总工会|主席, not 区|总|工会主席: a level's federation of trade unions
                let bonus = if len == 3
                    && i > 0
                    && chars[i] == '总'
                    && matches!(chars[i + 1], '工' | '商')
                    && "省市县区縣區州旗镇鎮乡鄉".contains(chars[i - 1])
                {
                    LEVEL_BODY_BONUS
                } else {
                    0.0
                };
                relax(i + len, word.log_freq - lex.log_total + bonus, Kind::Word(word.pos));
                if len <= 2 {
                    short[len - 1] = Some(word);
                }
            }
        }
        if short[0].is_none() {
            relax(i + 1, unknown, Kind::Unknown);
        }
        if !lex.may_start_surname(chars[i])
            || (i == 0 && after_digits && matches!(chars[0], '万' | '萬' | '亿' | '億' | '千' | '百'))
        {
            continue;
        }
        // 农 after a crop is a kind of farmer (菜农|李明, 果农|王海涛), no surname
        if chars[i] == '农' && i > 0 && "菜果花茶棉蕉稻粮瓜烟蔗药菇桑蚕蜂椒".contains(chars[i - 1]) {
            continue;
        }
        // right after an ordinal the char is its measure (第三|盘|克莱塞斯基, 第二|局), no surname
        if i >= 2 && is_ordinal_end(&chars[..i]) {
            continue;
        }
        // inside a transliterated name (克莱|塞斯基, 阿克谢|年科) no Chinese name starts
        let in_run = i >= 2
            && super::tag::is_translit(chars[i - 1])
            && super::tag::is_translit(chars[i - 2])
            && super::tag::is_translit(chars[i]);
        let run_cost = if in_run { TRANSLIT_RUN_NAME_COST } else { 0.0 };
        for slen in 1..=2usize {
            if i + slen >= n {
                break;
            }
            // (two chars only where a surname of two may start: most chars start none, and
            // the lookup hashes the pair)
            if slen == 2 && !lex.may_start_compound_surname(chars[i]) {
                break;
            }
            let sur = &run[at[i] as usize..at[i + slen] as usize];
            let Some(&ps) = lex.surnames.get(sur) else {
                continue;
            };
            // 单 before a unit of time or count is "single" (单季|营收, 单日, 单场, 单笔)
            if sur == "单" && "季月日周年天场笔次项个件".contains(chars[i + 1]) {
                continue;
            }
            // 季 after a count or an order is the quarter (第三季|纯利, 第一季|落成, 首季, 上季)
            if sur == "季" && i > 0 && "一二三四1234１２３４首上下本该該前后後单單每当當".contains(chars[i - 1]) {
                continue;
            }
            // 暨 "and" inside a run joins two names of events (庆典|暨|新春联欢会): a
            // surname only where a run starts
            if sur == "暨" && i > 0 {
                continue;
            }
            // (季增, 季减: "quarter on quarter", as Taiwan's papers write it: 營收季增可望…)
            if sur == "季" && matches!(chars[i + 1], '增' | '减' | '減' | '衰') {
                continue;
            }
            for glen in 1..=2usize {
                if i + slen + glen > n {
                    break;
                }
                let e = i + slen + glen;
                // a given name of two transliteration chars with a third right after it: the
                // name would end inside a transliterated one (原|切尔|诺梅尔金, 第三盘|克莱|塞斯基)
                let ends_in_run = glen == 2
                    && e < n
                    && chars[e - 2..=e].iter().all(|&c| super::tag::is_translit(c));
                // a third char that is an adverb of the clause, with more text after it
                // (主教练赵勇|则|认为, 李明|也|表示): seldom the last char of a given name
                // (or a third char that starts a common adverb or time word with the char
                // after it: 李欣|正在, 张伟|同时; the chars that start most such words first)
                let adverb_end = glen == 2
                    && e < n
                    // (答 before 记者问 or 问: 毛宁|答|记者问)
                    && (is_clause_adverb(chars[e - 1])
                        || (chars[e - 1] == '答' && matches!(chars[e], '记' | '问'))
                        // (为 "as" before the place or body one is appointed in: 顾晨|为|苏州市…)
                        || (chars[e - 1] == '为' && (2..=3).any(|l| {
                            e + l <= n
                                && dict.word(&run[at[e] as usize..at[e + l] as usize]).is_some_and(|w| {
                                    matches!(w.pos, Pos::Place | Pos::Org | Pos::Abbrev)
                                })
                        }))
                        // (为 before the company appointing: 聘任邵静|为|公司财务负责人)
                        || (chars[e - 1] == '为'
                            && e + 1 < n
                            && matches!((chars[e], chars[e + 1]), ('公', '司') | ('集', '团') | ('本', '公')))
                        // (新 before 区 is a new district's: 郑东|新区)
                        || (chars[e - 1] == '新' && chars[e] == '区')
                        || (matches!(chars[e - 1], '正' | '同' | '明' | '今' | '昨' | '当' | '随' | '立' | '一' | '刚')
                            && adverb_word(lex, &run[at[e - 1] as usize..at[e + 1] as usize])));
                // a name of one given char right before 说, which would take that char as a word
                // (张明|说, not 张|明说): the 2-char cost would hand the char to the verb
                let says = glen == 1
                    && e < n
                    && chars[e] == '说'
                    && !is_clause_adverb(chars[e - 1])
                    && !matches!(chars[e - 1], '来' | '据' | '听' | '所' | '虽' | '小' | '传' | '学')
                    // (an honorific is no given name: 胡老|说, 张总|说)
                    && !matches!(chars[e - 1], '老' | '总');
                let speaks = glen == 2 && speaks_after(&chars[..n], e);
                // the surname and the first given char a common noun, and two given chars
                // (高铁|武宜段 is no 高铁武)
                let noun_start = glen == 2
                    && slen == 1
                    && short[1].is_some_and(|w| {
                        w.pos == Pos::Noun && w.log_freq - lex.log_total > NOUN_START_FREQ
                    });
                let cost = run_cost - if says || speaks { TWO_CHAR_NAME_COST } else { 0.0 }
                    + if noun_start { NOUN_START_NAME_COST } else { 0.0 }
                    + if ends_in_run {
                        TRANSLIT_RUN_NAME_COST
                    } else {
                        0.0
                    }
                    + if adverb_end {
                        ADVERB_END_NAME_COST
                    } else {
                        0.0
                    };
                // a modal verb before a verb is no surname and its name (天气|应|开|启|雾灯,
                // 企业|要|落实): 应 and 要 are surnames, but not before a verb (a word of the
                // two given chars, or the first alone)
                if glen == 2
                    && slen == 1
                    && matches!(
                        chars[i],
                        '应' | '應' | '要' | '能' | '会' | '會' | '须' | '須'
                    )
                    && [e, i + 2].iter().any(|&g| {
                        dict.word(&run[at[i + 1] as usize..at[g] as usize])
                            .is_some_and(|w| matches!(w.pos, Pos::Verb | Pos::VerbNoun))
                    })
                {
                    continue;
                }
                let score = name_score_with(lex, ps, short[slen - 1], &chars[i + slen..e])
                    .or_else(|| speaks.then(|| speaking_name_score(lex, ps, short[slen - 1], &chars[i + slen..e])).flatten());
                if let Some(s) = score {
                    relax(e, s - cost, Kind::Name);
                }
            }
        }
    }
    // the best path, read backwards into `out`, then turned around in place
    let from = out.len();
    let mut j = n;
    while j > 0 {
        let (i, kind) = back[j];
        let i = i as usize;
        out.push(Token {
            start: start + at[i] as usize,
            end: start + at[j] as usize,
            kind,
        });
        j = i;
    }
    out[from..].reverse();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        segment(s, 0, s.len())
            .iter()
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn words_and_names() {
        assert_eq!(
            cut("董事长王军出席会议并讲话"),
            ["董事长", "王军", "出席", "会议", "并", "讲话"]
        );
        let t = cut("工会主席赵忠民主持会议");
        assert!(t.contains(&"赵忠民"), "{t:?}");
    }

    #[test]
    fn an_adverb_after_a_name_is_no_given_name_char() {
        assert_eq!(cut("主教练赵勇则认为"), ["主教练", "赵勇", "则", "认为"]);
        assert_eq!(cut("李明也表示"), ["李明", "也", "表示"]);
        // a name whose last char is one at the end of the text, or no adverb, stays whole
        assert!(cut("王亦凡说").contains(&"王亦凡"));
    }

    #[test]
    fn common_words_jieba_files_as_places_or_numbers() {
        // (jieba tags 城市, 太阳, 外国 ns and 十分, 左右 m: they are words, not cut in two)
        let t = cut("这座城市十分美丽，外国游客在太阳下等了两小时左右");
        for w in ["城市", "十分", "外国", "太阳", "左右"] {
            assert!(t.contains(&w), "{w}: {t:?}");
        }
    }

    #[test]
    fn reserves_no_more_than_the_tokens_there_can_be() {
        for s in [
            "",
            "  ",
            "abc 123 x",
            "中文",
            "1111111111",
            "a，b。",
            "😀👍🏽",
            "王军说：１２３ab王 。",
        ] {
            let toks = segment(s, 0, s.len());
            assert!(toks.len() <= max_tokens(s), "{s}");
            if !s.chars().any(is_han) {
                assert_eq!(toks.len(), max_tokens(s), "{s}");
            }
        }
        // a long run of digits is one token, and one token's room
        let digits = "1".repeat(100_000);
        assert_eq!(max_tokens(&digits), 1);
        assert!(segment(&digits, 0, digits.len()).capacity() < 16);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            " ",
            "a",
            "𠀀𠀁",
            "《《",
            "王",
            "\u{0}\u{FFFF}",
            "１２３ab王",
        ] {
            let _ = cut(s);
        }
    }
}

#[cfg(test)]
mod debug_cut {
    #[test]
    #[ignore]
    fn show() {
        let s = std::env::var("CUT").unwrap_or_default();
        let t = super::segment(&s, 0, s.len());
        let v: Vec<String> = t
            .iter()
            .map(|t| format!("{}/{:?}", &s[t.start..t.end], t.kind))
            .collect();
        println!("{}", v.join(" "));
        let clean = crate::text::repair(&s);
        let o = crate::Options::default();
        let doc = crate::layout::Doc::new(&clean, &o);
        let t = crate::lexicon::tag::Tagged::new(&doc);
        for p in &t.people {
            println!("person/ {}", &doc.fold[p.span.clone()]);
        }
        for o in &t.orgs {
            println!("org/ {}", &doc.fold[o.clone()]);
        }
    }
}
