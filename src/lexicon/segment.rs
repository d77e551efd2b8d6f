//! Word segmentation: the most probable path through a lattice of dictionary words
//! (unigram model, `data/words.txt`) and person names (surname + 1–2 given characters,
//! scored by the name model of `data/surnames.txt` and `data/given.txt`). Linear in the
//! length of the text: one walk of the dictionary trie per character, at most `MAX_WORD` steps.

use super::{dict, get, is_han, Dict, Lexicon, Pos};

/// Longest word looked up, in chars.
const MAX_WORD: usize = 12;
/// ln of the share of person names among tokens of news text.
const LN_NAME_SHARE: f32 = -4.2;
/// Extra cost of a 2-char name (a surname and one given char) over a 3-char one.
const TWO_CHAR_NAME_COST: f32 = 0.6;
/// Extra cost of a surname that is also a common function word.
const FUNCTION_SURNAME_COST: f32 = 2.5;
/// Extra cost of a single char the dictionary does not know.
const UNKNOWN_COST: f32 = 3.0;

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
    let Some(s) = text.get(start..end) else { return out };
    let lex = get();
    let mut it = s.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        let at = start + i;
        if is_han(c) {
            let mut j = i;
            while let Some(&(k, c)) = it.peek() {
                if !is_han(c) {
                    break;
                }
                j = k + c.len_utf8();
                it.next();
            }
            segment_han(lex, text, at, start + j, &mut out);
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
            out.push(Token { start: at, end: start + j, kind: if latin { Kind::Latin } else { Kind::Digits } });
        } else {
            it.next();
            if !c.is_whitespace() {
                out.push(Token { start: at, end: at + c.len_utf8(), kind: Kind::Punct });
            }
        }
    }
    out
}

/// Score of a person name `sur` + `given` (1 or 2 chars), if the model allows it.
pub fn name_score(lex: &Lexicon, sur: &str, given: &[char]) -> Option<f32> {
    let mut ps = *lex.surnames.get(sur)?;
    // a surname that is mostly a preposition or a particle (向, 于, 和, 从) needs more
    if lex.word(sur).is_some_and(|w| matches!(w.pos, Pos::Function | Pos::Pronoun)) {
        ps -= FUNCTION_SURNAME_COST;
    }
    // a name does not end in a head of an organisation or place name (松日|队, 王|村)
    if given.last().is_some_and(|c| "队部局厅厂省市县区镇乡村州委院所社".contains(*c)) {
        return None;
    }
    let g = match given {
        [c] => lex.given.get(c)?.1 - TWO_CHAR_NAME_COST,
        [a, b] => lex.given.get(a)?.0 + lex.given.get(b)?.1,
        _ => return None,
    };
    Some(LN_NAME_SHARE + ps + g)
}

fn segment_han(lex: &Lexicon, text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let run = &text[start..end];
    // byte offset of each char, plus the end
    let mut at: Vec<usize> = run.char_indices().map(|(i, _)| i).collect();
    let chars: Vec<char> = run.chars().collect();
    at.push(run.len());
    let n = chars.len();
    let mut best = vec![f32::NEG_INFINITY; n + 1];
    let mut back: Vec<(usize, Kind)> = vec![(0, Kind::Unknown); n + 1];
    best[0] = 0.0;
    let unknown = -lex.log_total - UNKNOWN_COST;
    let dict = dict();
    for i in 0..n {
        let base = best[i];
        if base == f32::NEG_INFINITY {
            continue;
        }
        let mut relax = |j: usize, score: f32, kind: Kind| {
            let s = base + score;
            if s > best[j] {
                best[j] = s;
                back[j] = (i, kind);
            }
        };
        // every dictionary word that starts here, shortest first, in one walk of the trie
        let mut single = false;
        let mut node = Dict::ROOT;
        for len in 1..=MAX_WORD.min(n - i).min(lex.max_word_chars) {
            let Some(next) = dict.step(node, chars[i + len - 1]) else { break };
            node = next;
            if let Some(word) = dict.word_at(node) {
                relax(i + len, word.log_freq - lex.log_total, Kind::Word(word.pos));
                single |= len == 1;
            }
        }
        if !single {
            relax(i + 1, unknown, Kind::Unknown);
        }
        for slen in 1..=2usize {
            if i + slen >= n {
                break;
            }
            let sur = &run[at[i]..at[i + slen]];
            if !lex.surnames.contains_key(sur) {
                continue;
            }
            for glen in 1..=2usize {
                if i + slen + glen > n {
                    break;
                }
                if let Some(s) = name_score(lex, sur, &chars[i + slen..i + slen + glen]) {
                    relax(i + slen + glen, s, Kind::Name);
                }
            }
        }
    }
    let mut toks = Vec::new();
    let mut j = n;
    while j > 0 {
        let (i, kind) = back[j];
        toks.push(Token { start: start + at[i], end: start + at[j], kind });
        j = i;
    }
    out.extend(toks.into_iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        segment(s, 0, s.len()).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn words_and_names() {
        assert_eq!(cut("董事长王军出席会议并讲话"), ["董事长", "王军", "出席", "会议", "并", "讲话"]);
        let t = cut("工会主席赵忠民主持会议");
        assert!(t.contains(&"赵忠民"), "{t:?}");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", " ", "a", "𠀀𠀁", "《《", "王", "\u{0}\u{FFFF}", "１２３ab王"] {
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
        let v: Vec<String> = t.iter().map(|t| format!("{}/{:?}", &s[t.start..t.end], t.kind)).collect();
        println!("{}", v.join(" "));
    }
}
