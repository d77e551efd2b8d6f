//! Quotes, credits and paragraph kinds from the audit of session 20: names withheld by 某 in
//! court news, interviews that open with a question or name the one answering with a title,
//! calls to share told from news of sharing, court speakers described, a quotation in the
//! paragraph after its verb.

use zhextract::ParagraphKind;
mod common;
use common::{q, quotes, run};

fn kinds(s: &str) -> Vec<ParagraphKind> {
    run(s).paragraphs.iter().map(|p| p.kind).collect()
}

#[test]
fn a_name_withheld_by_mou_speaks_whole() {
    let s = "庭审中，被告人周某当庭辩称，自己只是替朋友保管财物。被害人钱某某表示：“那笔钱是我的养老钱。”";
    assert_eq!(
        quotes(s),
        vec![
            q("周某", "称", "自己只是替朋友保管财物。"),
            q("钱某某", "表示", "那笔钱是我的养老钱。"),
        ]
    );
    // 他 is the one withheld before it, whose surname is also a measure word (张)
    let s = "张某某是另一名被害人的女儿，她告诉记者，父亲出院后一直在家休养。";
    assert_eq!(
        quotes(s),
        vec![q("张某某", "告诉记者", "父亲出院后一直在家休养。")]
    );
    // the person is named as written, 孙某 and 孙某某 two people; the mention keeps the
    // People's Daily form, the surname alone
    let x = run("法院以诈骗罪判处被告人孙某有期徒刑三年，判处被告人孙某某有期徒刑一年。");
    assert_eq!(
        x.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["孙某", "孙某某"]
    );
    assert!(x.people.iter().all(|p| p.mentions.iter().all(|m| m.end - m.start == "孙".len())));
}

#[test]
fn an_interview_that_opens_with_its_first_question_has_no_headline() {
    let s = "记者：今年的秋季招聘会和往年相比有什么不同？\n市人社局局长郑海波：最大的不同是岗位更多了，新增了一批数字经济岗位。\n记者：高校毕业生最关心什么？\n郑海波：还是薪酬和发展空间。";
    assert_eq!(
        kinds(s),
        [
            ParagraphKind::Lead,
            ParagraphKind::Body,
            ParagraphKind::Body,
            ParagraphKind::Body
        ]
    );
    assert_eq!(
        quotes(s),
        vec![
            q("记者", "：", "今年的秋季招聘会和往年相比有什么不同？"),
            q(
                "郑海波",
                "：",
                "最大的不同是岗位更多了，新增了一批数字经济岗位。"
            ),
            q("记者", "：", "高校毕业生最关心什么？"),
            q("郑海波", "：", "还是薪酬和发展空间。"),
        ]
    );
}

#[test]
fn an_answer_opens_with_a_name_the_text_gives_elsewhere() {
    // 高|建国: the tagger reads no name at the answer's start, the text named him before
    let s = "市交通运输局副局长高建国介绍了今年的公交线网调整。\n江城晚报记者：新线路什么时候开通？\n高建国：第一批六条线路将在下月开通。";
    assert_eq!(
        quotes(s),
        vec![
            q("江城晚报记者", "：", "新线路什么时候开通？"),
            q("高建国", "：", "第一批六条线路将在下月开通。"),
        ]
    );
}

#[test]
fn sharing_is_a_call_only_when_it_asks_the_reader() {
    // a notice that forwards another's document, a headline about sharing
    let s = "市人民政府办公室关于转发市财政局专项资金管理办法的通知\n各区人民政府，市政府各部门：\n市财政局制定的专项资金管理办法已经市政府同意，现转发给你们，请认真执行。";
    assert_eq!(kinds(s)[0], ParagraphKind::Headline);
    let s = "网友纷纷为救人的外卖小哥点赞\n6月3日傍晚，一名外卖员跳入河中救起落水儿童。";
    assert_eq!(kinds(s)[0], ParagraphKind::Headline);
    // the calls at the end of a post, one of them a sentence
    let s = "暑假里，不少家长带孩子外出游玩。\n专家提醒，游泳要去正规场所。\n觉得有用，请把这篇文章转发给身边的朋友。\n点赞、转发、在看";
    assert_eq!(kinds(s)[2..], [ParagraphKind::Promo, ParagraphKind::Promo]);
}

#[test]
fn court_speakers_described_by_their_office() {
    assert_eq!(
        quotes("公诉人指出，被告人多次作案，应当从重处罚。"),
        vec![q("公诉人", "指出", "被告人多次作案，应当从重处罚。")]
    );
    assert_eq!(
        quotes("宣判后，主审法官提醒，网络借贷要选择正规平台。"),
        vec![q("主审法官", "提醒", "网络借贷要选择正规平台。")]
    );
}

#[test]
fn a_quotation_in_the_paragraph_after_its_verb() {
    let s = "“这片茶园是我父亲种下的。”陈秀梅一边采茶，一边对记者说，\n“现在孙子回来接手了，我也放心了。”\n下午，记者来到村里的茶叶合作社。";
    assert_eq!(
        quotes(s),
        vec![
            q("陈秀梅", "对记者说", "这片茶园是我父亲种下的。"),
            q("陈秀梅", "对记者说", "现在孙子回来接手了，我也放心了。"),
        ]
    );
}

#[test]
fn a_title_ending_in_zhang_keeps_its_char_and_a_coach_speaks_after_the_match() {
    // 场长|孙国栋, not the double surname 长孙
    assert_eq!(
        quotes("苗圃场场长孙立新说，今年育苗面积扩大了一倍。"),
        vec![q("孙立新", "说", "今年育苗面积扩大了一倍。")]
    );
    // 马丁|赛后: after the match
    assert_eq!(
        quotes("客队主教练马丁赛后表示，球员们已经尽力了。"),
        vec![q("马丁", "表示", "球员们已经尽力了。")]
    );
}

#[test]
fn a_notices_signature_over_a_note_in_brackets() {
    let s = "关于做好汛期安全工作的通知\n各镇人民政府：\n请各地加强巡查，确保群众安全。\n江城县人民政府办公室\n2024年6月5日\n（此件公开发布）";
    assert_eq!(
        kinds(s)[3..5],
        [ParagraphKind::Credit, ParagraphKind::Credit]
    );
}
