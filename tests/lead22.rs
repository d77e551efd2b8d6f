//! Session 22's audit of whole articles (a buy-back notice, a statistics release, a Hong
//! Kong budget story, a sports report, a pasted WeChat page): one test per general rule.

mod common;
use common::run;
use zhextract::model::{CreditRole, ParagraphKind};

fn sources(x: &zhextract::model::Extraction) -> Vec<&str> {
    x.credits
        .iter()
        .filter(|c| c.role == CreditRole::Source)
        .filter_map(|c| c.organization.as_deref())
        .collect()
}

/// An outlet's channel named with a letter ends its dateline like the outlet itself:
/// 证券时报e公司讯 names the source 证券时报e公司.
#[test]
fn an_outlets_lettered_channel_opens_a_dateline() {
    let x = run("证券时报e公司讯，12月3日晚间，某公司公告称，公司拟以自有资金回购股份。\n公告显示，回购股份将用于股权激励。");
    assert_eq!(sources(&x), ["证券时报e公司"]);
}

/// A page pasted from the top: the outlet's name alone on the first line, over the date
/// and time it was posted, is a credit, not the article's lead; the dateline in brackets
/// that opens the text names it again.
#[test]
fn an_outlets_name_over_the_page_stamp_is_a_credit() {
    let x = run("點新聞\n2026年12月3日 星期四 14:25\n【點新聞報道】特區政府今日公布，財政預算案諮詢將於下周展開。\n財政司司長表示，政府會審慎理財。");
    let kinds: Vec<ParagraphKind> = x.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [ParagraphKind::Credit, ParagraphKind::Decoration, ParagraphKind::Lead, ParagraphKind::Body]
    );
    assert!(sources(&x).contains(&"點新聞"), "{:?}", sources(&x));
}

/// An event word does not end inside a word its last 会 starts: 世博|会议中心 is a
/// conference centre, not the 世博会.
#[test]
fn an_event_word_does_not_end_inside_a_meeting_word() {
    let x = run("上海市人大常委会第二十次会议在世博会议中心举行。");
    let events: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert!(!events.contains(&"世博会"), "{events:?}");
    // (an event word may still end inside 会上)
    let x = run("本届世博会在上海举行，世博会上展出了新品。");
    assert!(x.events.iter().any(|e| e.name == "世博会"));
}

/// Ordinary words that the background dictionary lacks (审慎, 全方位, 都会区) are words:
/// cut apart, they gave the keywords 会审 and 方位.
#[test]
fn ordinary_words_give_no_broken_keywords() {
    let x = run("政府会审慎理财，全方位扩大内需，全方位推进改革，全方位提升服务，政府会审慎评估风险。北部都会区的发展是重中之重。");
    let kw: Vec<&str> = x.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(!kw.iter().any(|k| ["会审", "方位", "都会"].contains(k)), "{kw:?}");
}

/// A WeChat post's header under its title, 原创 + author + account + time + place, is a
/// credit: the account is the source, a name before it the author; it is not the lead,
/// and 原创 is no keyword nor a person's title.
#[test]
fn a_wechat_header_names_the_account_and_the_author() {
    let x = run("我市出台稳就业二十条措施\n原创 青岛发布 2026-12-03 18:30 山东\n12月3日，记者从市人社局获悉，我市印发若干措施，推出20条举措。\n措施明确，对吸纳高校毕业生就业的企业给予补助。");
    assert_eq!(x.paragraphs[1].kind, ParagraphKind::Credit);
    assert_eq!(sources(&x), ["青岛发布"]);
    let x = run("一篇评论的标题在这里\n原创 李明 人民日报评论 2024-06-15 08:30 北京\n正文第一段，作者谈了自己的看法。\n第二段继续讨论这个问题。");
    assert_eq!(sources(&x), ["人民日报评论"]);
    let authors: Vec<&Vec<String>> = x.credits.iter().filter(|c| c.role == CreditRole::Author).map(|c| &c.names).collect();
    assert_eq!(authors, [&vec!["李明".to_string()]]);
    assert!(x.people.iter().all(|p| p.roles.is_empty()));
    // full-width spaces between the fields (folded to ASCII ones before): the spans still
    // point at the account
    let t = "一篇评论的标题在这里\n原创\u{3000}李明\u{3000}人民日报评论\u{3000}2024-06-15 08:30\n正文第一段，作者谈了自己的看法。\n第二段继续讨论这个问题。";
    let x = run(t);
    let c = x.credits.iter().find(|c| c.role == CreditRole::Source).expect("a source");
    assert_eq!(&t[c.start..c.end], "人民日报评论");
}

/// 大赛 ends the name of a competition: 浙江省高校创新创业大赛 is an event; the word alone
/// is none.
#[test]
fn a_named_competition_is_an_event() {
    let x = run("2026年浙江省高校创新创业大赛决赛在杭州落幕，大赛已连续举办十届。");
    let events: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(events, ["2026年浙江省高校创新创业大赛"]);
}

/// A division (处, 科) named by words of any kind after its bureau, right before its own
/// head: the whole is the organisation and the head's (人社局就业促进处处长刘伟), and the
/// person, not the bureau, is the one who speaks.
#[test]
fn a_division_before_its_head_is_the_heads_organisation() {
    let x = run("市人社局就业促进处处长刘伟介绍，预计全年可惠及企业2万余家。");
    assert_eq!(common::roles(&x, "刘伟"), [("处长".to_string(), Some("市人社局就业促进处".to_string()))]);
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("刘伟"));
    let x = run("省财政厅预算处副处长张明介绍，预算编制已经启动。县教育局人事科科长王刚说，招聘即将开始。");
    assert_eq!(common::roles(&x, "张明"), [("副处长".to_string(), Some("省财政厅预算处".to_string()))]);
    assert_eq!(common::roles(&x, "王刚"), [("科长".to_string(), Some("县教育局人事科".to_string()))]);
}
