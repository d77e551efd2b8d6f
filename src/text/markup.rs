//! HTML left in pasted text: character references (`&nbsp;`, `&ldquo;`, `&#20013;`) from a
//! page's source, a feed or a content system's export, and the tags of a paragraph's
//! markup (`<p>`, `<br/>`, `<strong>`). A reference becomes the character it stands for; a
//! tag that breaks a line (`<p>`, `<br>`, `<div>`, `<li>`, headings …) becomes a line break
//! and any other known tag goes. An unknown name, an `&` or `<` that starts no reference
//! or tag (`AT&T`, `<5%`, `&c`), and a reference without its `;` (but `&nbsp`, which pages
//! write bare) stay as they are.

use super::Fix;
use crate::model::RepairKind;
use crate::text::any_char::Words;

/// Named references and what they stand for (the no-break spaces as plain spaces: the
/// later passes read a real U+00A0 as a byte of mojibake).
const NAMED: &[(&str, char)] = &[
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("deg", '°'),
    ("yen", '¥'),
    ("euro", '€'),
    ("pound", '£'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("permil", '‰'),
    ("plusmn", '±'),
];

/// Tags whose element starts on a line of its own: the tag becomes a line break.
const BLOCK: Words = words![
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "hr",
    "figure",
    "figcaption",
    "header",
    "footer",
];
/// Tags inside a line: the tag goes.
const INLINE: Words = words![
    "span", "strong", "b", "i", "em", "u", "a", "font", "img", "sup", "sub", "small", "big", "td",
    "th", "tbody", "thead", "mark", "center",
];

/// The longest tag read, attributes and all (a stray `<` is not followed far).
const MAX_TAG: usize = 600;

pub fn fixes(text: &str) -> Vec<Fix> {
    let b = text.as_bytes();
    // (two word-at-a-time searches: most texts hold neither)
    if !b.contains(&b'&') && !b.contains(&b'<') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let found = match b[i] {
            b'&' => reference(text, i),
            b'<' => tag(text, i),
            _ => None,
        };
        match found {
            Some((end, rep)) => {
                out.push(Fix::new(i..end, rep, RepairKind::Markup));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The reference starting at `at` (an `&`): where it ends and its character.
fn reference(text: &str, at: usize) -> Option<(usize, String)> {
    let rest = &text.as_bytes()[at + 1..];
    let name_len = rest
        .iter()
        .take(9)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'#')
        .count();
    let name = &text[at + 1..at + 1 + name_len];
    let semi = rest.get(name_len) == Some(&b';');
    let c = if let Some(num) = name.strip_prefix('#') {
        if !semi {
            return None;
        }
        let v = match num.strip_prefix(['x', 'X']) {
            Some(h) if !h.is_empty() && h.len() <= 6 => u32::from_str_radix(h, 16).ok()?,
            None if !num.is_empty() && num.len() <= 7 => num.parse::<u32>().ok()?,
            _ => return None,
        };
        match v {
            0xA0 => ' ',
            0 => return None,
            _ => char::from_u32(v)?,
        }
    } else {
        let c = NAMED.iter().find(|(n, _)| *n == name)?.1;
        if !semi && name != "nbsp" {
            return None;
        }
        c
    };
    Some((at + 1 + name_len + semi as usize, c.to_string()))
}

/// The tag or comment starting at `at` (a `<`): where it ends and what stands instead.
fn tag(text: &str, at: usize) -> Option<(usize, String)> {
    let b = text.as_bytes();
    let rest = &text[at..];
    if rest.starts_with("<!--") {
        let end = rest.get(..MAX_TAG.min(rest.len()))?.find("-->")?;
        return Some((at + end + 3, String::new()));
    }
    let mut p = at + 1;
    if b.get(p) == Some(&b'/') {
        p += 1;
    }
    let name_start = p;
    while p < b.len() && b[p].is_ascii_alphanumeric() {
        p += 1;
    }
    let name = text[name_start..p].to_ascii_lowercase();
    let block = BLOCK.contains(&name.as_str());
    if !block && !INLINE.contains(&name.as_str()) {
        return None;
    }
    // the name ends at `>`, `/>` or a space before attributes
    match b.get(p) {
        Some(b'>') => {}
        Some(b'/') if b.get(p + 1) == Some(&b'>') => {}
        Some(b' ' | b'\t') => {}
        _ => return None,
    }
    let limit = (p + MAX_TAG).min(b.len());
    let close = b[p..limit]
        .iter()
        .position(|&c| c == b'>' || c == b'<' || c == b'\n')?;
    // attributes are `name=value`s (a bare `< b and c>` is no tag)
    let attrs = text[p..p + close].trim_matches([' ', '\t', '/']);
    if b[p + close] != b'>' || !(attrs.is_empty() || attrs.contains('=')) {
        return None;
    }
    let rep = if block { "\n" } else { "" };
    Some((p + close + 1, rep.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(t: &str) -> String {
        let mut s = t.to_string();
        for f in fixes(t).into_iter().rev() {
            s.replace_range(f.range, &f.replacement);
        }
        s
    }

    #[test]
    fn decodes_references_and_drops_tags() {
        assert_eq!(
            apply("&nbsp;&nbsp;新华社北京12月3日电（记者&nbsp;王思北）&ldquo;书香中国&rdquo;"),
            "  新华社北京12月3日电（记者 王思北）“书香中国”"
        );
        assert_eq!(apply("&#20013;&#x56FD;&amp;&nbsp"), "中国& ");
        assert_eq!(
            apply("<p>第一段<strong>重点</strong></p><p class=\"x\">第二段<br/>续</p>"),
            "\n第一段重点\n\n第二段\n续\n"
        );
        assert_eq!(apply("<!-- 注释 -->正文"), "正文");
    }

    #[test]
    fn leaves_what_is_not_markup() {
        for t in [
            "AT&T与T&C",
            "增速<5%，比例>3",
            "&c &foo; &#; &#xZZ; &#0;",
            "<未知>标签<abc>与<p 没有结尾",
            "a<b and c>d",
        ] {
            assert_eq!(apply(t), t, "{t}");
        }
        assert!(fixes("纯文本，没有标记。").is_empty());
    }
}
