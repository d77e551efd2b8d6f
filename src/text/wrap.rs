//! Lines broken inside a paragraph: text copied from a PDF or a narrow column comes with a
//! line break wherever the column ended (…我在北京大学物\n理系读研究生…). Such a break is
//! removed, so the paragraph is one line again.
//!
//! A break is joined only when the text shows a column: at least [`MIN_WRAPPED`] lines of
//! about one width (within [`SLACK`]) that end inside a sentence and go on in the next
//! line, and hardly a line wider than that width (an ordinary article's paragraphs are
//! wider than any short line in it). A line that ends a sentence, a shorter line (a
//! heading, a paragraph's last line) and a break before an indented line stay as they are.

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

fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
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
}

pub fn fixes(text: &str) -> Vec<Fix> {
    // Most texts have no line that ends inside a sentence before another line (a line that
    // goes on needs both), so a scan of the line ends settles them.
    let mut open = 0;
    let mut prev_open = false;
    for l in text.split('\n') {
        let t = l.trim();
        if prev_open && !t.is_empty() {
            open += 1;
            if open == MIN_WRAPPED {
                break;
            }
        }
        prev_open = !t.is_empty() && !ends_sentence(t);
    }
    if open < MIN_WRAPPED {
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
            });
            continue;
        }
        let next = raw.get(k + 1);
        let indented = next.is_some_and(|(_, n)| n.starts_any(&[' ', '\t', '\u{3000}']));
        let next_text = next.map(|(_, n)| n.trim()).unwrap_or("");
        let lead = next.map_or(0, |(_, n)| n.len() - n.trim_start().len());
        lines.push(Line {
            end: at + t.len(),
            next_start: next.map_or(text.len(), |(a, _)| a + lead),
            width: width(t.trim_start()),
            // (a line of names or labels has spaces in it: 撰稿 宣传部 李明)
            goes_on: !next_text.is_empty()
                && !indented
                && !ends_sentence(t)
                && !t.trim_start().contains_any(&[' ', '\t']),
            prose: t.contains_any(&['，', '。', '、', ',']),
        });
    }
    // The column: the width that most lines going on fill.
    let mut best: Option<(usize, usize)> = None;
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
    let Some((w, _)) = best else {
        return Vec::new();
    };
    lines
        .iter()
        .filter(|l| l.goes_on && l.width + SLACK >= w && l.width <= w + SLACK)
        .map(|l| {
            // (words of a Latin-script language keep a space between them)
            let before = text[..l.end].chars().next_back();
            let after = text[l.next_start..].chars().next();
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            let sep = if latin(before) && latin(after) {
                " "
            } else {
                ""
            };
            Fix::new(l.end..l.next_start, sep, RepairKind::Whitespace)
        })
        .collect()
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
    fn leaves_ordinary_lines_alone() {
        // paragraphs one to a line, a title over its text, lines of verse
        let t = "市区新增三条公交线路\n本报讯 记者从市交通运输局获悉，新增的三条公交线路将于下周一开通运营。\n三条线路均连接地铁站和大型居民区，\n方便市民换乘。\n床前明月光\n疑是地上霜\n举头望明月\n低头思故乡";
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
