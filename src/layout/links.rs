//! Web addresses and e-mail addresses in the text. What is inside them is not a mention:
//! `https://www.gov.cn/2024/12/1/abc.html` holds no date, `sales2024@163.com` no number.

use crate::model::Extraction;
use std::ops::Range;

/// Characters a bare address runs over (RFC 3986 unreserved, reserved and %).
fn in_url(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&c)
}

/// Byte ranges of the links (`http://`, `https://`, `www.`) and e-mail addresses of `text`.
pub fn find(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // (a link starts at h or w, an address has its @: every other byte is passed over
        // with one test)
        if !matches!(b[i], b'h' | b'w' | b'@') {
            i += 1;
            continue;
        }
        let rest = &b[i..];
        let starts = rest.starts_with(b"http://")
            || rest.starts_with(b"https://")
            || rest.starts_with(b"www.");
        let word_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if starts && word_start {
            let mut e = i;
            while e < b.len() && in_url(b[e]) {
                e += 1;
            }
            // A sentence's own punctuation after the address is not part of it.
            while e > i && matches!(b[e - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b')') {
                e -= 1;
            }
            out.push(i..e);
            i = e.max(i + 1);
            continue;
        }
        if b[i] == b'@' && i > 0 {
            let local = b[..i]
                .iter()
                .rev()
                .take_while(|&&c| c.is_ascii_alphanumeric() || b"._%+-".contains(&c))
                .count();
            let domain = b[i + 1..]
                .iter()
                .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
                .count();
            let d = &b[i + 1..i + 1 + domain];
            let d = &d[..d.len() - d.iter().rev().take_while(|&&c| c == b'.').count()];
            if local > 0 && d.contains(&b'.') {
                let s = i - local;
                // Merge with a link that already covers the local part.
                if out.last().is_some_and(|l| l.end >= s) {
                    i += 1;
                    continue;
                }
                out.push(s..i + 1 + d.len());
                i += 1 + d.len();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Drops the mentions that overlap a link (byte offsets of the repaired text).
pub fn drop_mentions_inside(text: &str, x: &mut Extraction) {
    // Links are ASCII: a text without any of these bytes has none.
    if !text.bytes().any(|c| c == b'@' || c == b'/' || c == b'.') {
        return;
    }
    let links = find(text);
    if links.is_empty() {
        return;
    }
    let hit = |s: usize, e: usize| {
        let i = links.partition_point(|l| l.end <= s);
        links.get(i).is_some_and(|l| l.start < e.max(s + 1))
    };
    x.dates.retain(|m| !hit(m.start, m.end));
    x.money.retain(|m| !hit(m.start, m.end));
    x.quantities.retain(|m| !hit(m.start, m.end));
    for p in &mut x.people {
        p.mentions.retain(|m| !hit(m.start, m.end));
    }
    x.people.retain(|p| !p.mentions.is_empty());
    for list in [
        &mut x.organizations,
        &mut x.locations,
        &mut x.works,
        &mut x.events,
    ] {
        for e in list.iter_mut() {
            e.mentions.retain(|m| !hit(m.start, m.end));
        }
        list.retain(|e| !e.mentions.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(t: &str) -> Vec<&str> {
        find(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn finds_links_and_addresses() {
        assert_eq!(
            links("详情请访问 https://www.zj.gov.cn/art/2024/12/1/abc.html 。或www.gov.cn/a?b=1，邮箱sales2024@163.com。"),
            vec!["https://www.zj.gov.cn/art/2024/12/1/abc.html", "www.gov.cn/a?b=1", "sales2024@163.com"]
        );
        assert_eq!(links("见http://a.cn."), vec!["http://a.cn"]);
        assert!(links("2024/12/1 和 3.5% 以及 @某人 和 a@b").is_empty());
        assert!(links("").is_empty());
        assert!(links("@@@@ http").is_empty());
    }

    #[test]
    fn nothing_inside_a_link_is_a_mention() {
        let x = crate::extract(
            "2024年11月28日发布。详情请访问 https://www.zj.gov.cn/art/2024/12/1/abc.html ，或发邮件至 sales2024@163.com 。",
            &crate::options::Options::default(),
        );
        let dates: Vec<&str> = x.dates.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(dates, vec!["2024年11月28日"]);
        assert!(
            x.quantities.iter().all(|q| !q.text.contains("2024")),
            "{:?}",
            x.quantities
        );
    }
}
