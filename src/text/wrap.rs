//! Lines broken inside a paragraph: text copied from a PDF or a narrow column comes with a
//! line break wherever the column ended (…我在北京大学物\n理系读研究生…), and pages set
//! in short lines for phones break a sentence after its commas (近日，\n某某法院\n审结一起…).
//! Such a break is removed, so the paragraph is one line again.
//!
//! A break is joined when the text shows a column: at least [`MIN_WRAPPED`] lines of
//! about one width (within [`SLACK`]) that end inside a sentence and go on in the next
//! line, and hardly a line wider than that width (an ordinary article's paragraphs are
//! wider than any short line in it). A line that ends a sentence, a shorter line (a
//! heading, a paragraph's last line) and a break before an indented line stay as they are.
//!
//! A break after a comma or an enumeration comma is joined too (no sentence ends there),
//! and so are the breaks after the lines that follow it up to the line that ends the
//! sentence, when they are short bare phrases (at most [`MAX_CHAIN`] of them, with no
//! space inside: not a line of names). A line that starts a list item stays apart.

use super::Fix;
use crate::model::RepairKind;
use crate::text::any_char::AnyChar;

/// Lines of the column's width that must go on in the next line.
const MIN_WRAPPED: usize = 3;
/// How much narrower than the column a full line may be, in half-width units (two Han
/// characters: a line that would end in a character kept off the line start is shorter).
const SLACK: usize = 4;
/// The narrowest column, in half-width units (eight Han characters; shorter lines of equal
/// width are verse or lists).
const MIN_WIDTH: usize = 16;
/// Lines without a comma or a full stop at their end joined after a line that ends in a
/// comma, before the sentence must have ended.
const MAX_CHAIN: usize = 6;

fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Whether the line ends with a comma: the sentence goes on in the next line.
fn ends_comma(s: &str) -> bool {
    s.ends_any(&['，', '、'])
}

/// Whether the line starts an item of a list (1. 2、 一、 （二） • …).
fn starts_item(s: &str) -> bool {
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    let han = s
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    let after = |n: usize| s.chars().nth(n);
    (digits > 0 && matches!(after(digits), Some('、' | '.' | '．' | '）' | ')')))
        || (han > 0 && matches!(after(han), Some('、' | '是')))
        || s.starts_any(&['（', '(', '•', '●', '■', '◆', '▲', '★', '-', '*', '·'])
}

/// The marks after which a line ends a sentence or a quotation.
fn ends_sentence(s: &str) -> bool {
    s.ends_any(&[
        '。', '！', '？', '!', '?', '；', '…', '”', '」', '』', '）', ')', '】', '.',
    ])
}

struct Line {
    /// Where the line's content ends (trailing spaces excluded) and the next line's starts.
    end: usize,
    next_start: usize,
    width: usize,
    /// The line ends inside a sentence and the next line, not blank and not indented,
    /// follows it directly.
    goes_on: bool,
    /// The line holds a comma or a full stop: it is prose.
    prose: bool,
    /// The next line follows directly: not blank, not indented, no list item.
    follows: bool,
    /// The line ends with a comma.
    comma: bool,
    /// The line may go on after a comma's line: it ends no sentence and has no space in it.
    bare: bool,
}

pub fn fixes(text: &str) -> Vec<Fix> {
    // Most texts have no line that ends inside a sentence before another line (a line that
    // goes on needs both), so a scan of the line ends settles them.
    let mut open = 0;
    let mut prev_open = false;
    let mut prev_comma = false;
    let mut comma_break = false;
    for l in text.split('\n') {
        let t = l.trim();
        if !t.is_empty() {
            open += prev_open as usize;
            comma_break |= prev_comma;
            if open >= MIN_WRAPPED && comma_break {
                break;
            }
        }
        prev_open = !t.is_empty() && !ends_sentence(t);
        prev_comma = ends_comma(t);
    }
    if open < MIN_WRAPPED && !comma_break {
        return Vec::new();
    }
    let raw: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut at = 0;
        for l in text.split('\n') {
            v.push((at, l));
            at += l.len() + 1;
        }
        v
    };
    let mut lines: Vec<Line> = Vec::with_capacity(raw.len());
    for (k, &(at, l)) in raw.iter().enumerate() {
        let t = l.trim_end();
        if t.trim_start().is_empty() {
            lines.push(Line {
                end: at,
                next_start: at,
                width: 0,
                goes_on: false,
                prose: false,
                follows: false,
                comma: false,
                bare: false,
            });
            continue;
        }
        let next = raw.get(k + 1);
        let indented = next.is_some_and(|(_, n)| n.starts_any(&[' ', '\t', '\u{3000}']));
        let next_text = next.map(|(_, n)| n.trim()).unwrap_or("");
        let lead = next.map_or(0, |(_, n)| n.len() - n.trim_start().len());
        // (a line of names or labels has spaces in it: 撰稿 宣传部 李明)
        let bare = !ends_sentence(t) && !t.trim_start().contains_any(&[' ', '\t']);
        lines.push(Line {
            end: at + t.len(),
            next_start: next.map_or(text.len(), |(a, _)| a + lead),
            width: width(t.trim_start()),
            goes_on: !next_text.is_empty() && !indented && bare,
            prose: t.contains_any(&['，', '。', '、', ',']),
            follows: !next_text.is_empty() && !indented && !starts_item(next_text),
            comma: ends_comma(t),
            bare,
        });
    }
    // The column: the width that most lines going on fill.
    let mut best: Option<(usize, usize)> = None;
    if open >= MIN_WRAPPED {
        // (as key triples: the module's one sort of them serves, no new sort is compiled in)
        let mut widths: Vec<(usize, usize, usize)> = lines
            .iter()
            .filter(|l| l.goes_on && l.width >= MIN_WIDTH)
            .map(|l| (l.width, 0, 0))
            .collect();
        crate::pipeline::sort_keys(&mut widths);
        widths.dedup();
        for &(w, _, _) in &widths {
            let (full, prose) = lines
                .iter()
                .filter(|l| l.goes_on && l.width + SLACK >= w && l.width <= w)
                .fold((0, 0), |(n, p), l| (n + 1, p + l.prose as usize));
            let wider = lines.iter().filter(|l| l.width > w + SLACK).count();
            if prose >= MIN_WRAPPED && wider <= 2 && best.is_none_or(|(_, n)| full > n) {
                best = Some((w, full));
            }
        }
    }
    let mut out = Vec::new();
    // lines joined since the last comma's line (0: no sentence open)
    let mut chain = 0;
    for l in &lines {
        let column =
            best.is_some_and(|(w, _)| l.goes_on && l.width + SLACK >= w && l.width <= w + SLACK);
        let chained = l.follows && (l.comma || (chain > 0 && chain <= MAX_CHAIN && l.bare));
        chain = if !chained {
            0
        } else if l.comma {
            1
        } else {
            chain + 1
        };
        if !(column || chained) {
            continue;
        }
        // (words of a Latin-script language keep a space between them)
        let before = text[..l.end].chars().next_back();
        let after = text[l.next_start..].chars().next();
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        let sep = if latin(before) && latin(after) {
            " "
        } else {
            ""
        };
        out.push(Fix::new(l.end..l.next_start, sep, RepairKind::Whitespace));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(t: &str) -> String {
        let mut s = t.to_string();
        for f in fixes(t).into_iter().rev() {
            s.replace_range(f.range, &f.replacement);
        }
        s
    }

    #[test]
    fn joins_the_lines_of_a_narrow_column() {
        let t = "对话一位老农\n\n问：今年的麦子长得怎么样，和去年比有\n什么不同？\n\n答：今年雨水多，前期长得很好，可是到了\n五月又刮了两场大风，倒伏了不少，产量估\n计要比去年少一成左右。\n\n（记者 王涛）";
        assert_eq!(
            join(t),
            "对话一位老农\n\n问：今年的麦子长得怎么样，和去年比有什么不同？\n\n答：今年雨水多，前期长得很好，可是到了五月又刮了两场大风，倒伏了不少，产量估计要比去年少一成左右。\n\n（记者 王涛）"
        );
        // joined text gives nothing more to join
        assert!(fixes(&join(t)).is_empty());
    }

    #[test]
    fn joins_a_sentence_set_in_short_lines() {
        let t = "本报讯（记者 张伟 通讯员 刘洋）近日，\n江苏省南京市中级人民法院\n审结一起\n涉案金额达2.3亿元的\n非法吸收公众存款案，\n被告人陈某被判处有期徒刑。\n法官提醒，\n投资者应通过正规渠道理财。\n\n（完）\n记者 张伟\n编辑 王芳";
        assert_eq!(
            join(t),
            "本报讯（记者 张伟 通讯员 刘洋）近日，江苏省南京市中级人民法院审结一起涉案金额达2.3亿元的非法吸收公众存款案，被告人陈某被判处有期徒刑。\n法官提醒，投资者应通过正规渠道理财。\n\n（完）\n记者 张伟\n编辑 王芳"
        );
        assert!(fixes(&join(t)).is_empty());
        // a sentence after its comma goes on in one line; the line after stays
        let t = "三条线路均连接地铁站和大型居民区，\n方便市民换乘。\n市交通运输局表示";
        assert_eq!(
            join(t),
            "三条线路均连接地铁站和大型居民区，方便市民换乘。\n市交通运输局表示"
        );
    }

    #[test]
    fn leaves_ordinary_lines_alone() {
        // paragraphs one to a line, a title over its text, lines of verse
        let t = "市区新增三条公交线路\n本报讯 记者从市交通运输局获悉，新增的三条公交线路将于下周一开通运营。\n三条线路均连接地铁站和大型居民区。\n床前明月光\n疑是地上霜\n举头望明月\n低头思故乡";
        assert!(fixes(t).is_empty());
        // a list after a comma's line keeps its items apart
        let t = "主要措施包括，\n1. 加大投入；\n2、优化服务。\n一、支持企业，\n（二）支持人才。";
        assert!(fixes(t).is_empty());
        // lines of credits, names and labels
        let t = "撰稿 宣传部记者站 李明\n组织部 刘旭东 张林\n编辑：王芳 校对：赵强\n通讯员：张晓明李红\n审核：王立新周明\n监制：刘海洋陈伟\n来源：新华网";
        assert!(fixes(t).is_empty());
        // an indented line starts a paragraph
        let t = "今年雨水多，前期长得很好，可是到了\n五月又刮了两场大风，倒伏了不少，产量估\n计要比去年少一成左右，大家都很着急，\n　　村里请来了农技员指导抢收，不到三天\n就把麦子收完了。";
        assert_eq!(
            join(t),
            "今年雨水多，前期长得很好，可是到了五月又刮了两场大风，倒伏了不少，产量估计要比去年少一成左右，大家都很着急，\n　　村里请来了农技员指导抢收，不到三天就把麦子收完了。"
        );
    }
}
