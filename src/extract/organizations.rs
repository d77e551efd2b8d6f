//! Organisations: companies, government bodies, party committees, media, teams. Found by
//! a head word (公司, 集团, 党委, 省委, 组织部, 记者站, 网 …, and jieba's organisation
//! words) extended left over the proper nouns before it, and by "place + industry"
//! (鞍山钢铁); see [`crate::lexicon::tag`]. A newspaper or magazine named in 《》
//! (《人民日报》) is an organisation too; a ministry written inside a title (外交部长) is
//! one (外交部). Abbreviations are linked to full names in
//! [`crate::resolve`].

use crate::layout::Doc;
use crate::lexicon::tag::{entities, Tagged};
use crate::model::Entity;
use crate::text::any_char::{AnyChar, Words};

pub fn find(doc: &Doc) -> Vec<Entity> {
    from_tags(doc, &Tagged::new(doc))
}

pub fn from_tags(doc: &Doc, tags: &Tagged) -> Vec<Entity> {
    // a newspaper or a magazine in 《》 (《人民日报》, 《时代》周刊) is its publisher too
    let mut spans = tags.orgs.clone();
    for w in super::works::spans(doc).iter().cloned() {
        let title = &doc.fold[w.clone()];
        if title.chars().count() >= 2
            && title.chars().count() <= 12
            && title.ends_with_any(PRESS)
            && !title.contains_any(&['《', '〈', '(', '（'])
        {
            spans.retain(|r| r.end <= w.start || r.start >= w.end);
            spans.push(w);
        }
    }
    entities(doc, &spans)
}

/// Last words of the names of newspapers and magazines.
const PRESS: Words = words![
    "日报",
    "晚报",
    "时报",
    "晨报",
    "周报",
    "导报",
    "商报",
    "邮报",
    "新闻",
    "论坛报",
    "杂志",
    "周刊",
    "画报",
];
