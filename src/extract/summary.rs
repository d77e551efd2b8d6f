//! Summary: the three most informative sentences of the article's content paragraphs, in
//! text order. A sentence scores the keyword weights of the words it holds, over the
//! square root of its length (long sentences do not win by length alone), with a bonus
//! for the lead; clauses ending with ； are joined to the next; sentences of credits, disclaimers and promotions are skipped.

use crate::layout::Doc;
use crate::model::{Keyword, ParagraphKind};

/// How many sentences the summary has.
pub const SENTENCES: usize = 3;

/// Phrases of boilerplate that the paragraph classifier may not catch.
const BOILERPLATE: &[&str] = &["撰稿", "编辑", "声明", "转载", "扫一扫", "版权", "来源：", "来源:", "点击", "关注我们", "原标题"];

pub fn find(doc: &Doc) -> Vec<String> {
    from_keywords(doc, &super::keywords::find(doc))
}

pub fn from_keywords(doc: &Doc, keywords: &[Keyword]) -> Vec<String> {
    let kws: Vec<(String, f64)> = keywords.iter().map(|k| (crate::text::script::fold(&k.word), k.score)).collect();
    let mut cands: Vec<(f64, usize, std::ops::Range<usize>)> = Vec::new();
    let content: Vec<_> = doc.content_paragraphs().collect();
    // A summary sentence ends with a full stop: clauses that end with ； join the next one
    // of the same paragraph (the layout splits them for the other extractors).
    let mut units: Vec<std::ops::Range<usize>> = Vec::with_capacity(doc.sentences.len());
    let mut open_clause = false;
    for s in &doc.sentences {
        match units.last_mut() {
            Some(last) if open_clause && doc.paragraph_at(last.start).map(|p| p.range.end) == doc.paragraph_at(s.start).map(|p| p.range.end) => {
                last.end = s.end
            }
            _ => units.push(s.clone()),
        }
        open_clause = doc.text[s.clone()].trim_end().ends_with(['；', ';']);
    }
    for (i, s) in units.iter().enumerate() {
        // the content paragraph that holds the sentence (both lists are in text order)
        let at = content.partition_point(|p| p.range.end <= s.start);
        let Some(p) = content.get(at).filter(|p| p.range.start <= s.start && s.end <= p.range.end) else { continue };
        {
            let f = &doc.fold[s.clone()];
            let n = f.chars().count();
            if n < 12 || BOILERPLATE.iter().any(|b| f.contains(b)) {
                continue;
            }
            let mut score: f64 = kws.iter().filter(|(w, _)| f.contains(w.as_str())).map(|(_, s)| s).sum();
            score /= (n as f64).sqrt();
            if p.kind == ParagraphKind::Lead {
                score *= 1.3;
            }
            cands.push((score, i, s.clone()));
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    cands.truncate(SENTENCES);
    crate::pipeline::sort_by_span(&mut cands, |c| (c.1, 0));
    cands.into_iter().map(|(_, _, r)| doc.text[r].to_string()).collect()
}

#[cfg(test)]
mod tests {
    use crate::options::Options;

    #[test]
    fn summary_sentences_end_with_a_full_stop_and_skip_credits() {
        let t = "某公司发布三季报。公司前三季度营业收入1231亿元，同比增长16.95%；净利润608亿元，同比增长15.04%。\n\
                 董事长在股东大会上表示，公司营业收入和净利润保持增长，市场价格体系总体稳定。\n\
                 责任编辑：王刚";
        let x = crate::extract(t, &Options::default());
        assert!(!x.summary.is_empty());
        for s in &x.summary {
            assert!(s.ends_with('。'), "{s}");
            assert!(!s.contains("责任编辑"), "{s}");
        }
        assert!(x.summary.iter().any(|s| s.starts_with("公司前三季度") && s.ends_with("同比增长15.04%。")), "{:?}", x.summary);
    }
}
