//! Quotes and mentions from the audit of realistic articles (session 13): where an unquoted
//! content ends, quotations inside an indirect quote, speakers after a quotation, generic
//! speakers, and generated short names matched inside other words.

use zhextract::Extraction;
mod common;
use common::{q, quotes, run};

/// The mentions of the organisation `name`, as the text they cover.
fn org_mentions<'a>(x: &Extraction, s: &'a str, name: &str) -> Vec<&'a str> {
    x.organizations
        .iter()
        .filter(|o| o.name == name)
        .flat_map(|o| o.mentions.iter().map(|m| &s[m.start..m.end]))
        .collect()
}

#[test]
fn a_generated_short_name_is_not_matched_inside_other_words() {
    // 国电 (国家电影局) inside 全国电影, 阿联 (阿拉伯国家联盟) inside 阿联酋, 国科 (国家自然科学基金)
    // inside 我国科学家
    for (s, name) in [
        (
            "国家电影局数据显示，全国电影总票房突破200亿元。",
            "国家电影局",
        ),
        (
            "阿联酋总统出席会议，阿拉伯国家联盟秘书长也出席了会议。",
            "阿拉伯国家联盟",
        ),
        (
            "我国科学家发现新机制。该研究得到国家自然科学基金资助。",
            "国家自然科学基金",
        ),
    ] {
        let x = run(s);
        let m = org_mentions(&x, s, name);
        assert!(m.iter().all(|m| *m == name), "{s}: {m:?}");
    }
    // a short name written as a word of its own is still linked (鞍钢 ↔ 鞍山钢铁)
    let s = "鞍山钢铁召开会议。会上，鞍钢表彰了先进集体。";
    let x = run(s);
    assert_eq!(org_mentions(&x, s, "鞍山钢铁"), ["鞍山钢铁", "鞍钢"]);
}

#[test]
fn an_unquoted_content_ends_at_a_sentence_about_someone_else() {
    // an organisation as the subject, with 数据显示
    assert_eq!(
        quotes("北京考生刘雨桐说，自己报考了历史类。北京教育考试院数据显示，今年北京高考报名人数为6.9万人。"),
        [q("刘雨桐", "说", "自己报考了历史类。")]
    );
    // an organisation that acts
    assert_eq!(
        quotes("自治区气象台预计，本周末桂北地区仍有暴雨。应急管理部已派出工作组赴广西协助指导防汛救灾工作。"),
        [q("自治区气象台", "预计", "本周末桂北地区仍有暴雨。")]
    );
    // a title and a person
    assert_eq!(
        quotes("香港電影發展局主席楊英偉表示，政府將投放約2億港元。文化體育及旅遊局局長楊潤雄亦於社交平台發文祝賀。"),
        [q("楊英偉", "表示", "政府將投放約2億港元。")]
    );
    // a reporting frame of the reporter's
    for next in [
        "数据显示，今年报名人数为6.9万人。",
        "据新华社报道，今年报名人数为6.9万人。",
        "记者从教育部获悉，今年报名人数为6.9万人。",
    ] {
        let s = format!("考生刘雨桐说，自己报考了历史类。{next}");
        assert_eq!(quotes(&s), [q("刘雨桐", "说", "自己报考了历史类。")], "{s}");
    }
    // a pronoun, no subject, or an organisation that is not the subject go on
    for next in [
        "他认为政府应加快发展。",
        "要加强日常管理和调度。",
        "我们要把鞍山钢铁建设成一流企业。",
        "感谢李华同志的付出。",
    ] {
        let s = format!("董事长王军表示，要加强合作。{next}");
        let want = format!("要加强合作。{next}");
        assert_eq!(quotes(&s), [q("王军", "表示", &want)], "{s}");
    }
}

#[test]
fn a_content_goes_on_with_someone_it_has_named() {
    // a speech about 阮文灵 goes on with a sentence about him
    let s = "黎可漂说，阮文灵是越南人民的领导人。阮文灵毕生全心全意为祖国服务。";
    assert_eq!(
        quotes(s),
        [q(
            "黎可漂",
            "说",
            "阮文灵是越南人民的领导人。阮文灵毕生全心全意为祖国服务。"
        )]
    );
}

#[test]
fn a_verb_after_the_subjects_first_clause_with_its_object_before_the_quotation() {
    // 楊潤雄…發文祝賀，稱影片「…」: the subject of the sentence speaks, 影片 is what is spoken of
    let s = "香港電影發展局主席楊英偉表示，政府將投放約2億港元。文化體育及旅遊局局長楊潤雄亦於社交平台發文祝賀，稱影片「為香港電影業注入強心針」。";
    assert_eq!(
        quotes(s),
        [
            q("楊英偉", "表示", "政府將投放約2億港元。"),
            q("楊潤雄", "稱", "為香港電影業注入強心針")
        ]
    );
    let s = "市长刘强出席开幕式，并表示，今年将新建学校十所。";
    assert_eq!(quotes(s), [q("刘强", "表示", "今年将新建学校十所。")]);
    // no quote: called by a name (称其为, 称为), a title (称号)
    for s in [
        "市长刘强出席开幕式，称其为“历史性的一天”。",
        "市长刘强出席开幕式，获得“全国劳模”称号。",
    ] {
        assert_eq!(quotes(s), [], "{s}");
    }
}

#[test]
fn a_quotation_that_goes_on_with_an_indirect_quote_is_part_of_it() {
    let s = "國泰航空行政總裁林紹波昨日表示，上周五載客量突破10萬人次，「今年首5個月載客量增加逾三成。」他又透露，集團計劃招聘4000名員工。";
    assert_eq!(
        quotes(s),
        [
            q(
                "林紹波",
                "表示",
                "上周五載客量突破10萬人次，「今年首5個月載客量增加逾三成。」"
            ),
            q("林紹波", "透露", "集團計劃招聘4000名員工。")
        ]
    );
    // a quotation after the sentence's end is a quote of its own (“…”王军说。)
    assert_eq!(
        quotes("董事长王军表示，要加强合作。“我们有信心完成任务。”王军说。"),
        [
            q("王军", "表示", "要加强合作。"),
            q("王军", "说", "我们有信心完成任务。")
        ]
    );
}

#[test]
fn a_speaker_after_the_quotation_with_an_adverbial_before_the_verb() {
    let s =
        "“考试期间，各地将全面启用屏蔽系统。”教育部高校学生司司长王辉在6月3日的新闻发布会上说。";
    assert_eq!(
        quotes(s),
        [q("王辉", "说", "考试期间，各地将全面启用屏蔽系统。")]
    );
    let s = "“我们有信心。”王军昨天在接受记者采访时说。";
    assert_eq!(quotes(s), [q("王军", "说", "我们有信心。")]);
}

#[test]
fn a_speaker_described_not_named() {
    assert_eq!(
        quotes("审稿人评价称，这项工作“为培育耐热作物提供了新的策略”。"),
        [q(
            "审稿人",
            "称",
            "这项工作“为培育耐热作物提供了新的策略”。"
        )]
    );
    assert_eq!(
        quotes("明年起報名費將上調約3%。有家長向本網表示，「一年加一次，對基層家庭是一筆負擔」。"),
        [q("家長", "表示", "一年加一次，對基層家庭是一筆負擔")]
    );
    assert_eq!(
        quotes("多名业内人士认为，楼市正在企稳。"),
        [q("多名业内人士", "认为", "楼市正在企稳。")]
    );
    // a description that is the object, or no one at all, gives no quote
    for s in ["记者向专家表示，感谢支持。", "需要指出，这不是引语。"] {
        assert_eq!(quotes(s), [], "{s}");
    }
}

#[test]
fn for_someone_lai_shuo_is_no_speech() {
    // 对于…来说: "as for", no one speaks
    assert_eq!(
        quotes("对于喜爱李白的读者来说，王瑶先生的《李白》仍是一本难得的传略。"),
        []
    );
    // 站起来说 is speech
    assert_eq!(
        quotes("他站起来说，我们一定完成任务。"),
        [q("他", "说", "我们一定完成任务。")]
    );
}

#[test]
fn thirty_thousand_unquoted_contents_in_one_paragraph() {
    // each content ran to the end of the paragraph until cut: its text was copied before the
    // cut, 30,000 copies of up to 1 MB (18 GB, a minute); now the text is taken once cut
    let text = "审稿人评价称，这项工作很好。".repeat(30_000);
    let x = run(&text);
    assert_eq!(x.quotes.len(), 30_000);
    assert!(x.quotes.iter().all(|q| q.text == "这项工作很好。"));
}

#[test]
fn someone_of_an_organisation_speaks_as_described() {
    // (session 14 audit) the organisation's person, not the organisation
    assert_eq!(
        quotes("财政部税政司负责人表示，政策将延续到明年年底。"),
        vec![q("财政部税政司负责人", "表示", "政策将延续到明年年底。")]
    );
    assert_eq!(
        quotes("国家卫健委新闻发言人在发布会上介绍，全国已接种疫苗。"),
        vec![q("国家卫健委新闻发言人", "介绍", "全国已接种疫苗。")]
    );
    // police described by their force
    assert_eq!(
        quotes("嘉兴交警提醒，雨天行车要减速慢行。"),
        vec![q("嘉兴交警", "提醒", "雨天行车要减速慢行。")]
    );
}

#[test]
fn a_pronoun_no_name_stands_for_goes_on_with_the_last_speaker() {
    let got = quotes("外交部发言人表示，中方欢迎各方参与。\n随后，他还强调，合作应当互利共赢。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "外交部发言人");
}

#[test]
fn an_unquoted_content_ends_at_a_sentence_about_someone_after_a_time_clause() {
    // 宣判后，周某当庭表示… is the narration of another's act, not the court's reasoning
    assert_eq!(
        quotes(
            "市中级法院认为，被告人周某有自首情节，可以从轻处罚。宣判后，周某当庭表示服从判决。"
        ),
        vec![q(
            "市中级法院",
            "认为",
            "被告人周某有自首情节，可以从轻处罚。"
        )]
    );
}

#[test]
fn an_interviewees_answers_are_quotes() {
    let s = "专访｜让老房子重获新生\n记者：老城改造最难的是什么？\n王建华：最难的是拆与留的分寸。“老百姓的记忆不能拆掉。”\n记者：下一步有什么计划？\n王建华：明年还要修缮二十条街巷。";
    let got = quotes(s);
    assert_eq!(
        got,
        vec![
            // (the questions are the interviewer's turns: session 19)
            q("记者", "：", "老城改造最难的是什么？"),
            q(
                "王建华",
                "：",
                "最难的是拆与留的分寸。“老百姓的记忆不能拆掉。”"
            ),
            q("记者", "：", "下一步有什么计划？"),
            q("王建华", "：", "明年还要修缮二十条街巷。"),
        ]
    );
    // without a question the colon after a name is no answer (a list, a caption)
    assert!(quotes("王建华：区住建局局长\n李明：区规划局局长").is_empty());
}

#[test]
fn a_name_someone_gives_themselves_is_no_quote() {
    assert!(quotes("市民李先生接到一个自称“银行客服”的电话，对方要求转账。").is_empty());
    assert!(quotes("这座古城号称“江南第一城”。").is_empty());
    // 称 after a speaker still reports
    assert_eq!(
        quotes("王刚称，项目年底完工。"),
        vec![q("王刚", "称", "项目年底完工。")]
    );
}

#[test]
fn what_someone_says_of_themselves_stays_a_quote() {
    assert_eq!(
        quotes("作家李平曾自称“一生只做了一件事”。"),
        vec![q("李平", "称", "一生只做了一件事")]
    );
}

// From the audit of session 17 (police notices, Q&A announcements).
#[test]
fn described_speakers_run_to_their_last_word_and_speak_after_a_quotation() {
    assert_eq!(
        quotes("交警支队负责人表示，将对辖区内的重点路段开展全面排查。"),
        [q(
            "交警支队负责人",
            "表示",
            "将对辖区内的重点路段开展全面排查。"
        )]
    );
    assert_eq!(
        quotes("“新线开通后，市民出行会更加方便。”该负责人说。"),
        [q("该负责人", "说", "新线开通后，市民出行会更加方便。")]
    );
    assert_eq!(
        quotes("该局指出，今年将重点查处无证经营行为。"),
        [q("该局", "指出", "今年将重点查处无证经营行为。")]
    );
    assert_eq!(
        quotes("对此，公司表示，将尽快恢复生产，并对受影响的客户作出赔偿。"),
        [q(
            "公司",
            "表示",
            "将尽快恢复生产，并对受影响的客户作出赔偿。"
        )]
    );
}
