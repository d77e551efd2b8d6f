//! Summary: the article's first sentence and the two most informative others of its content
//! paragraphs, in text order. A sentence scores the keyword weights of the words it holds,
//! over the square root of its length (long sentences do not win by length alone), with a
//! bonus for the lead paragraph and for the facts it holds (a date, money, a notice's
//! deadline); clauses ending with ； are joined to the next; sentences of
//! credits, disclaimers and promotions are skipped, and so are lines without a full stop
//! (titles, labels, list items that go on), and the tag of a quote split from it; a
//! paragraph's first sentence reads from after the dateline and byline that open it.

use crate::extract::numbers::CharBits;
use crate::layout::Doc;
use crate::model::{Keyword, ParagraphKind};
use crate::text::any_char::{AnyChar, Words};

/// How many sentences the summary has.
pub const SENTENCES: usize = 3;

/// Phrases of boilerplate that the paragraph classifier may not catch. (Not the bare words:
/// 发表声明, 版权保护, 点击量 and 被多家媒体转载 are news.)
const BOILERPLATE: Words = words![
    "撰稿",
    "编辑：",
    "编辑:",
    "责任编辑",
    "免责声明",
    "版权声明",
    "声明：",
    "声明:",
    "转载自",
    "转载请",
    "禁止转载",
    "系转载",
    "扫一扫",
    "版权归",
    "版权所有",
    "来源：",
    "来源:",
    "点击阅读",
    "点击关注",
    "点击下方",
    "点击上方",
    "点击蓝字",
    "关注我们",
    "原标题",
];

/// The first chars of [`BOILERPLATE`] (a test checks them).
const BOILERPLATE_FIRST: [char; 14] = [
    '撰', '编', '责', '免', '版', '声', '转', '禁', '系', '扫', '来', '点', '关', '原',
];
const BOILERPLATE_BITS: CharBits = CharBits::of(&BOILERPLATE_FIRST);

/// Quotation marks and brackets that may close a sentence after its stop: 。” ！」 。）
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '」' | '』' | '’' | '"' | '）' | ')' | '》')
}

pub fn find(doc: &Doc) -> Vec<String> {
    from_keywords(doc, &super::keywords::find(doc))
}

pub fn from_keywords(doc: &Doc, keywords: &[Keyword]) -> Vec<String> {
    from_parts(doc, keywords, &[], &[])
}

/// How much a sentence's figures raise its score (as a share of it): a date of a day or
/// month, an amount of money; a deadline (a date followed by 前 or 止, or preceded by 截止,
/// or a span of days) in a notice, what its readers must act by.
const DATE_WEIGHT: f64 = 0.3;
const MONEY_WEIGHT: f64 = 0.2;
const DEADLINE_WEIGHT: f64 = 1.0;

/// [`from_keywords`] with the dates and money of the text (byte offsets of `doc`): a
/// sentence that holds them tells the facts (when, how much), and a notice's deadline is
/// what it is about.
pub fn from_parts(
    doc: &Doc,
    keywords: &[Keyword],
    dates: &[crate::model::DateMention],
    money: &[crate::model::Money],
) -> Vec<String> {
    let kws: Vec<(String, f64)> = keywords
        .iter()
        .map(|k| (crate::text::script::fold(&k.word), k.score))
        .collect();
    // The phrases and keywords a sentence holds are found in one pass over its chars,
    // trying them only where a first char of one stands (not 21 substring searches).
    let kw_first: Vec<char> = kws.iter().filter_map(|(w, _)| w.chars().next()).collect();
    let kw_bits = CharBits::of(&kw_first);
    let mut found: Vec<bool> = vec![false; kws.len()];
    let mut cands: Vec<(f64, usize, std::ops::Range<usize>)> = Vec::new();
    let content: Vec<_> = doc.content_paragraphs().collect();
    // A summary sentence ends with a full stop: clauses that end with ； join the next one
    // of the same paragraph (the layout splits them for the other extractors).
    let mut units: Vec<std::ops::Range<usize>> = Vec::with_capacity(doc.sentences.len());
    let mut open_clause = false;
    for s in &doc.sentences {
        match units.last_mut() {
            Some(last)
                if open_clause
                    && doc.paragraph_at(last.start).map(|p| p.range.end)
                        == doc.paragraph_at(s.start).map(|p| p.range.end) =>
            {
                last.end = s.end
            }
            _ => units.push(s.clone()),
        }
        open_clause = doc.text[s.clone()].trim_end().ends_any(&['；', ';']);
    }
    // (a notice: its headline names it so, or it says 通知如下)
    let notice = content.iter().any(|p| {
        let f = doc.fold[p.range.clone()].trim_end();
        (p.kind == ParagraphKind::Headline && f.ends_with_any(words!["通知", "公告", "通告", "启事"]))
            || (f.ends_any(&['：', ':']) && f.contains("通知如下"))
    });
    // the weight of the figures each unit holds (a date or money once each)
    // (the start of the last date, to tell one of a dateline, which does not count)
    let mut figures: Vec<(Option<usize>, bool, bool)> = vec![(None, false, false); units.len()];
    let unit_of = |at: usize| {
        let u = units.partition_point(|u| u.end <= at);
        (u < units.len() && units[u].start <= at).then_some(u)
    };
    for d in dates {
        // (a year alone is no fact of the sentence: 2024年度)
        if d.value.len() < 7 {
            continue;
        }
        if let Some(u) = unit_of(d.start) {
            let after = doc.fold.get(d.end..).unwrap_or("");
            let before = doc.fold.get(..d.start).unwrap_or("");
            let deadline = d.end_value.is_some()
                || after.starts_any(&['前', '止'])
                || after.starts_with("之前")
                || before.ends_with_any(words!["截止", "截止到"]);
            figures[u].0 = figures[u].0.max(Some(d.start));
            figures[u].2 |= deadline;
        }
    }
    for m in money {
        if let Some(u) = unit_of(m.start) {
            figures[u].1 = true;
        }
    }
    // (the article's title, when it is long enough to tell)
    let title = content
        .iter()
        .find(|p| p.kind == ParagraphKind::Headline)
        .map(|p| doc.fold[p.range.clone()].trim())
        .filter(|t| t.chars().count() >= 6);
    for (i, s) in units.iter().enumerate() {
        // the content paragraph that holds the sentence (both lists are in text order)
        let at = content.partition_point(|p| p.range.end <= s.start);
        // (a headline titles the article; the summary is of what it says)
        let Some(p) = content.get(at).filter(|p| {
            p.range.start <= s.start && s.end <= p.range.end && p.kind != ParagraphKind::Headline
        }) else {
            continue;
        };
        // (an editor's lead-in, 核心提示：…, tells again what the text tells)
        if crate::layout::kinds::is_lead_in(&doc.fold[p.range.clone()]) {
            continue;
        }
        // (the article's first sentence reads from after the dateline and byline that open
        // it: 新华社北京11月28日电（记者王晓东）国家统计局…)
        // (and so does any paragraph's that opens with one, a digest of reports: the parse
        // only where its cue 电, 讯, 消息 or 报道 is near the start)
        // (or a byline in brackets alone: 【记者 何咏诗】港铁…)
        // (after a post's title or an outlet in brackets, a sentence of its own: 【财新网】（记者
        // 王力）国家统计局…)
        let opens = s.start == p.range.start || {
            let before = doc.fold[p.range.start..s.start].trim();
            before.starts_with(['【', '#']) && before.ends_with(['】', '#'])
        };
        let s = if opens
            && (doc.fold[s.clone()]
                .chars()
                .take(24)
                .any(|c| matches!(c, '电' | '讯' | '息' | '道'))
                || doc.fold[s.clone()].starts_any(&['【', '〔', '［', '['])
                || doc.fold[s.clone()].starts_with_any(words!["（记者", "(记者"]))
        {
            super::credits::after_dateline(doc, s.clone())..s.end
        } else {
            s.clone()
        };
        // (an interview's answer reads without its label: 答：总体来看，…)
        let s = match doc.fold[s.clone()].prefix_in(words!["答：", "答:"]) {
            Some(w) if s.start == p.range.start => s.start + w.len()..s.end,
            _ => s,
        };
        {
            let f = &doc.fold[s.clone()];
            let mut n = 0;
            let mut boilerplate = false;
            found.iter_mut().for_each(|x| *x = false);
            for (i, c) in f.char_indices() {
                n += 1;
                if !boilerplate && BOILERPLATE_BITS.may_hold(c) {
                    boilerplate = f[i..].starts_with_any(BOILERPLATE);
                }
                if kw_bits.may_hold(c) {
                    for (x, (w, _)) in found.iter_mut().zip(&kws) {
                        *x = *x || crate::text::any_char::has_prefix(&f[i..], w);
                    }
                }
            }
            // (a line that leads into what follows is no sentence of the summary: 各区人民政府：,
            // 现通知如下：)
            let lead_in = f.trim_end().ends_any(&['：', ':', '，', ',']);
            // (nor is a line without a full stop, a title or a label: 附件：1.2024年度职称评审
            // 申报表, nor an item of a list that goes on in the next line: 2.户外工作者…；)
            let unstopped = !f
                .trim_end_matches(|c: char| c.is_whitespace() || is_closing(c))
                .ends_any(&['。', '！', '？', '!', '?', '…']);
            // (nor the tag of the quote before it, split from it: “…。”王辉在发布会上说。)
            let tag = doc.text[p.range.start..s.start]
                .trim_end()
                .ends_any(&['”', '」'])
                && f.trim_end().ends_with("说。");
            // (nor a question: an interviewer's, a Q&A's 问：…？)
            let question = f
                .trim_end_matches(|c: char| c.is_whitespace() || is_closing(c))
                .ends_any(&['？', '?']);
            // (nor a picture's caption: 图为青屿隧道施工现场。; nor the title said again, after
            // the first sentence: 全省首条跨海隧道主体完工，标志着…)
            let caption = f.starts_with_any(words!["图为", "上图", "下图"]);
            let restated = !cands.is_empty() && title.is_some_and(|t| f.starts_with(t));
            if n < 12 || boilerplate || lead_in || unstopped || tag || question || caption || restated {
                continue;
            }
            // (an empty word is in every sentence, as `contains` has it)
            let mut score: f64 = kws
                .iter()
                .zip(&found)
                .filter(|((w, _), &x)| x || w.is_empty())
                .map(|((_, s), _)| s)
                .sum();
            let (date, cash, deadline) = figures[i];
            let date = date.is_some_and(|d| d >= s.start);
            score *= 1.0
                + f64::from(u8::from(date)) * DATE_WEIGHT
                + f64::from(u8::from(cash)) * MONEY_WEIGHT
                + f64::from(u8::from(deadline && notice)) * DEADLINE_WEIGHT;
            score /= (n as f64).sqrt();
            if p.kind == ParagraphKind::Lead {
                score *= 1.3;
            }
            // (a sentence that opens with a pronoun, 他预计…, reads badly without the one
            // before it: a summary's sentences stand alone)
            if f.starts_any(&['他', '她', '它', '其']) {
                score *= 0.5;
            }
            // the article's first sentence tells what happened (news is written so): it
            // is in the summary, the others are the best of the rest
            if cands.is_empty() {
                score = f64::INFINITY;
            }
            cands.push((score, i, s.clone()));
        }
    }
    // the SENTENCES best, highest score first (ties: earlier sentence), as a stable sort and
    // a truncation would leave them: picked by selection, so that the module holds no sort
    // of its own for these triples (issue 8)
    let better =
        |a: &(f64, usize, _), b: &(f64, usize, _)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).is_lt();
    for k in 0..SENTENCES.min(cands.len()) {
        let mut best = k;
        for j in k + 1..cands.len() {
            if better(&cands[j], &cands[best]) {
                best = j;
            }
        }
        // (no two are equal: the sentence indexes differ, so the order of the rest is free)
        cands.swap(k, best);
    }
    cands.truncate(SENTENCES);
    crate::pipeline::sort_by_span(&mut cands, |c| (c.1, 0));
    cands
        .into_iter()
        .map(|(_, _, r)| doc.text[r].to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::options::Options;

    #[test]
    fn the_lead_sentence_without_its_dateline_and_no_reporter_as_keyword() {
        let t =
            "本报讯（记者 周明 通讯员 李小红）11月30日，第十五届全国运动会在广州奥体中心闭幕。\n\
                 国家体育总局局长高志丹出席闭幕式并讲话。本届全运会共设34个大项。\n\
                 广东代表团以45枚金牌位列金牌榜第一，全运会金牌榜前三名均为东部省份。\n\
                 下一届全运会将于2029年在湖北举行，全运会组委会已开始筹备。";
        let x = crate::extract(t, &Options::default());
        assert_eq!(x.summary.len(), 3, "{:?}", x.summary);
        assert_eq!(
            x.summary[0],
            "11月30日，第十五届全国运动会在广州奥体中心闭幕。"
        );
        let words: Vec<&str> = x.keywords.iter().map(|k| k.word.as_str()).collect();
        assert!(
            !words.contains(&"周明") && !words.contains(&"李小红"),
            "{words:?}"
        );
        assert!(words.contains(&"高志丹"), "{words:?}");
        let t = "新华社北京11月28日电（记者王晓东、李娜）国家统计局28日发布数据显示，工业企业利润增长。\n其他内容。";
        let x = crate::extract(t, &Options::default());
        assert_eq!(
            x.summary[0],
            "国家统计局28日发布数据显示，工业企业利润增长。"
        );
        // (nor the comma after the dateline: 财联社6月7日讯，港股…)
        let t = "财联社6月7日讯，港股三大指数周五集体收跌。\n其他内容。";
        let x = crate::extract(t, &Options::default());
        assert_eq!(x.summary[0], "港股三大指数周五集体收跌。");
        // a notice's addressees and its 通知如下： lead into the text; they are no summary
        let t = "各区人民政府，市政府各委、办、局：\n经市政府同意，现就元旦春节期间有关工作通知如下：\n\
                 一、元旦放假时间为2025年1月1日，共1天。\n二、各单位要在节前组织开展安全大检查。";
        let x = crate::extract(t, &Options::default());
        assert!(
            x.summary.iter().all(|s| s.ends_with('。')),
            "{:?}",
            x.summary
        );
        assert_eq!(x.summary[0], "一、元旦放假时间为2025年1月1日，共1天。");
    }

    #[test]
    fn a_notice_keeps_its_deadline_and_no_quote_tag_alone() {
        let t = "关于做好2024年度职称评审申报工作的通知\n\n各区人力资源和社会保障局，各有关单位：\n\n\
                 为做好我市2024年度专业技术职称评审工作，现将有关事项通知如下：\n\n一、申报范围\n\
                 在本市各类企事业单位、社会组织中从事专业技术工作的人员，以及自由职业专业技术人员。\
                 公务员和参照公务员法管理的人员不得申报。\n\n二、申报时间\n\
                 网上申报时间为2024年7月1日至7月31日，逾期系统将自动关闭，不再受理。\n\n三、申报条件\n\
                 申报人应具备相应学历和任职年限要求。其中，申报高级职称的，应取得中级职称后从事本专业工作满5年；\
                 博士研究生取得中级职称满2年的，可直接申报副高级职称。\n";
        let x = crate::extract(t, &Options::default());
        assert!(
            x.summary
                .iter()
                .any(|s| s.starts_with("网上申报时间为2024年7月1日")),
            "{:?}",
            x.summary
        );
        let t = "2024年全国高考7日拉开帷幕，今年报名人数达1342万人，比去年增加51万人。\n\
                 “考试期间，各地将全面启用无线电信号屏蔽和作弊防控系统，对违规行为依法依规严肃处理。”\
                 教育部高校学生司司长王辉在6月3日的新闻发布会上说。\n\
                 在北京市第八十中学考点，记者看到，不少家长身穿红色旗袍为孩子送考。\n\
                 北京教育考试院数据显示，今年北京高考报名人数为6.9万人。";
        let x = crate::extract(t, &Options::default());
        assert!(
            x.summary.iter().all(|s| !s.starts_with("教育部高校学生司")),
            "{:?}",
            x.summary
        );
    }

    #[test]
    fn a_sentence_that_opens_with_a_pronoun_gives_way() {
        let t = "股市收盘走低\n今天，沪深两市股指震荡下跌，沪指跌0.8%。\n\
                 券商板块领跌，多只券商股跌幅超过3%，成交额有所萎缩。\n\
                 银行板块小幅上涨，成交额较上周放大。\n\
                 分析师张明认为，市场短期仍将震荡。他预计，沪指在3000点附近有较强支撑，券商板块成交额有望回升。";
        let got = crate::extract(t, &Options::default()).summary;
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|s| !s.starts_with('他')), "{got:?}");
    }

    #[test]
    fn boilerplate_first_chars() {
        for b in super::BOILERPLATE {
            assert!(
                super::BOILERPLATE_FIRST.contains(&b.chars().next().unwrap()),
                "{b}"
            );
        }
    }

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
        assert!(
            x.summary
                .iter()
                .any(|s| s.starts_with("公司前三季度") && s.ends_with("同比增长15.04%。")),
            "{:?}",
            x.summary
        );
    }
}
