//! From the audit of session 17 (police notices, Q&A announcements, interviews copied from a
//! narrow column, features with a subtitle): wrapped lines, subtitles, events, summary, signers
//! (its described speakers are in quotes_audit.rs).

use zhextract::{extract, Extraction, OffsetUnit, Options, ParagraphKind};

fn run(s: &str) -> Extraction {
    extract(
        s,
        &Options {
            offsets: OffsetUnit::Byte,
            ..Options::default()
        },
    )
}

fn kinds(x: &Extraction) -> Vec<ParagraphKind> {
    x.paragraphs.iter().map(|p| p.kind).collect()
}

#[test]
fn lines_of_a_narrow_column_are_one_paragraph() {
    let s = "一位乡村教师的三十年\n\n记者：您在山里教书这么多年，最难的时候\n是什么时候？\n\n王秀梅：刚来的那几年吧，学校只有两间土\n坯房，冬天漏风，夏天漏雨，孩子们要走两\n个小时的山路来上学，我心里很不是滋味。\n\n（记者 李晓）";
    let x = run(s);
    use ParagraphKind::*;
    assert_eq!(kinds(&x), [Headline, Lead, Body, Credit]);
    assert_eq!(
        x.quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        [
            // (the question is the interviewer's turn, session 19)
            "您在山里教书这么多年，最难的时候是什么时候？",
            "刚来的那几年吧，学校只有两间土坯房，冬天漏风，夏天漏雨，孩子们要走两个小时的山路来上学，我心里很不是滋味。"
        ]
    );
}

#[test]
fn a_subtitle_is_no_lead() {
    let s = "大山里的追梦人\n——记乡村医生张秀兰\n天还没亮，张秀兰就背起药箱出了门。\n二十年来，她走遍了全村的每一户人家。";
    use ParagraphKind::*;
    assert_eq!(kinds(&run(s)), [Headline, Headline, Lead, Body]);
}

#[test]
fn a_football_league_is_an_event() {
    let x = run("2024赛季中超联赛第10轮今晚进行，英超联赛则在本周末收官。");
    let names: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["中超联赛", "英超联赛"]);
}

#[test]
fn a_qa_notice_summary_skips_the_statement_and_the_questions() {
    let s = "某某科技股份有限公司关于投资者问询的答复公告\n本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。\n近期，公司收到投资者关于新工厂建设进展的问询，现将答复公告如下。\n问：公司在安徽合肥建设的新工厂目前进展如何，何时可以投产？\n答：新工厂已于今年三月完成主体建设，预计第三季度投产，达产后每年可新增营业收入约八亿元。";
    let x = run(s);
    use ParagraphKind::*;
    assert_eq!(kinds(&x)[..3], [Headline, Disclaimer, Lead]);
    assert!(
        x.summary
            .iter()
            .all(|t| !t.ends_with('？') && !t.contains("信息披露")),
        "{:?}",
        x.summary
    );
}

#[test]
fn a_board_signs_its_notice() {
    let s = "某某股份有限公司关于召开年度股东大会的通知\n公司定于6月28日召开2023年年度股东大会，审议年度报告等议案。\n特此公告。\n某某股份有限公司董事会\n2024年6月5日";
    use ParagraphKind::*;
    assert_eq!(kinds(&run(s)), [Headline, Lead, Body, Credit, Credit]);
}
