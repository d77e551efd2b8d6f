//! Session 26's pastes: articles copied from news apps and portals with their chrome —
//! breadcrumbs and menus, counts and buttons, open-app lines, comment lists, editors'
//! lead-ins (核心提示, 编者按, 导读, 摘要), datelines of outlets named with letters (IT之家
//! 11月25日消息), reprinted posts (本文来自微信公众号：…（ID：…），作者：…).

mod common;
use common::run;
use zhextract::{CreditRole, Extraction, ParagraphKind};

fn kinds(x: &Extraction) -> Vec<ParagraphKind> {
    x.paragraphs.iter().map(|p| p.kind).collect()
}

fn has_credit(x: &Extraction, role: CreditRole, name: &str) -> bool {
    x.credits.iter().any(|c| {
        c.role == role
            && (c.names.iter().any(|n| n == name) || c.organization.as_deref() == Some(name))
    })
}

/// A portal's page: the breadcrumb over the title, an editor's 核心提示 (neither the lead nor
/// a summary sentence), an editor's name with the portal's code glued to it, and the
/// open-app line, the comment counts and the comments under the text.
#[test]
fn a_portal_page_with_its_chrome() {
    use ParagraphKind::*;
    let x = run("凤凰网首页 > 资讯 > 正文\n成都大运会场馆今起向市民免费开放\n2026-11-28 08:15:32　来源: 成都商报\n核心提示：11月28日起，成都大运会6座场馆向市民免费开放，每天接待上限5000人次。\n11月28日起，成都东安湖体育公园等6座大运会场馆向市民免费开放，市民可通过小程序预约。\n场馆运营方表示，每天接待上限为5000人次，节假日将适当延长开放时间。\n本文来源：成都商报 责任编辑：李明轩_NB8841\n打开APP阅读全文\n网友评论 32条\n热门评论\n蓉城老刘：早就该开放了");
    assert_eq!(
        kinds(&x),
        [Promo, Headline, Credit, Body, Lead, Body, Credit, Promo, Promo, Promo, Promo]
    );
    assert!(has_credit(&x, CreditRole::ChiefEditor, "李明轩"));
    assert!(!x.summary.iter().any(|s| s.contains("核心提示")));
    assert!(!x.keywords.iter().any(|k| k.word == "正文" || k.word == "全文"));
}

/// A portal's menu in a line, counts under the text, and a dateline of an outlet whose name
/// is not one of 社, 网, 报 (汽车之家11月30日消息): the source, and no part of the summary.
#[test]
fn a_menu_counts_and_a_dateline_of_an_outlet_named_otherwise() {
    use ParagraphKind::*;
    let x = run("腾讯首页 新闻 财经 体育 娱乐 汽车 房产 科技 更多\n比亚迪新款车型上市\n汽车之家11月30日消息，比亚迪今日宣布旗下新款车型正式上市，售价12.98万元起。\n新车搭载第二代刀片电池，纯电续航里程达到605公里。\n比亚迪方面表示，新车已累计获得订单超过3万台。\n阅读 3.2万\n赞 58 在看 12");
    assert_eq!(kinds(&x), [Promo, Headline, Lead, Body, Body, Promo, Promo]);
    assert!(has_credit(&x, CreditRole::Source, "汽车之家"));
    assert!(x.summary[0].starts_with("比亚迪今日宣布"), "{:?}", x.summary);
    let x = run("IT之家 > 电脑 > 正文\n联想发布新款笔记本\nIT之家12月2日消息，联想今日发布新款轻薄笔记本，重量不到1公斤。\n新品将于下周开售。");
    assert!(has_credit(&x, CreditRole::Source, "IT之家"));
    assert_eq!(kinds(&x), [Promo, Headline, Lead, Body]);
}

/// An app's menu a word a line above the text, and the outlet's name in brackets that opens
/// a Caixin article before its byline: neither is the summary's.
#[test]
fn an_app_menu_and_an_outlet_in_brackets() {
    use ParagraphKind::*;
    let x = run("首页\n要闻\n视频\n直播\n【财新网】（记者 王力）国家统计局12月1日公布，11月制造业采购经理指数为50.3%，较上月上升0.4个百分点。\n分析人士认为，制造业景气度有所回升。\n责任编辑：陈慧 | 版面编辑：刘潇");
    assert_eq!(kinds(&x), [Promo, Promo, Promo, Promo, Lead, Body, Credit]);
    assert!(x.summary[0].starts_with("国家统计局"), "{:?}", x.summary);
    assert!(has_credit(&x, CreditRole::Reporter, "王力"));
    // (版面编辑 and 图片编辑 are labels, not an organisation)
    assert!(has_credit(&x, CreditRole::Editor, "刘潇"));
    assert!(x.credits.iter().all(|c| c.organization.as_deref() != Some("版面编辑")));
}

/// A commentary: the outlet's name alone, a 特约评论员 byline, the author's note in brackets.
#[test]
fn a_commentary_with_its_outlet_and_commentator() {
    use ParagraphKind::*;
    let x = run("新华网\n特约评论员 周文远\n别让“打卡式”调研走了样\n近年来，一些地方的调研变成了“打卡”，走马观花、浮于表面。\n调研的目的在于发现问题、解决问题，而不是拍照留痕。\n（作者系中央党校教授）");
    assert_eq!(kinds(&x), [Credit, Credit, Headline, Lead, Body, Credit]);
    assert!(has_credit(&x, CreditRole::Author, "周文远"));
    assert!(!x.keywords.iter().any(|k| k.word == "作者"));
}

/// A post reprinted by a portal: the account (not its ID), author, editor and picture source.
#[test]
fn a_reprinted_post() {
    use ParagraphKind::*;
    let x = run("本文来自微信公众号：晚点LatePost（ID：postlate），作者：刘芳，编辑：黄俊杰，题图来自：视觉中国\n外卖平台的新一轮补贴战\n今年夏天，三大外卖平台先后加大补贴力度，单日订单量屡创新高。\n业内人士估计，补贴总额已超过百亿元。");
    assert_eq!(kinds(&x), [Credit, Headline, Lead, Body]);
    assert!(has_credit(&x, CreditRole::Source, "晚点LatePost"));
    assert!(has_credit(&x, CreditRole::Author, "刘芳"));
    assert!(has_credit(&x, CreditRole::Editor, "黄俊杰"));
    assert!(has_credit(&x, CreditRole::Source, "视觉中国"));
    assert!(!x.credits.iter().any(|c| c.organization.as_deref() == Some("postlate")));
}

/// An editor's lead-in over the title: the title and lead are under it; 导读 and 摘要 alike.
#[test]
fn a_lead_in_over_the_title() {
    use ParagraphKind::*;
    for label in ["导读：", "摘要：", "编者按："] {
        let x = run(&format!("{label}广州将新建30处口袋公园，年底前全部开放。\n广州口袋公园建设提速\n12月1日，记者从广州市林业和园林局获悉，今年将新建30处口袋公园。\n这些公园主要分布在老城区。"));
        assert_eq!(kinds(&x), [Body, Headline, Lead, Body], "{label}");
        assert!(x.summary[0].starts_with("12月1日"), "{label} {:?}", x.summary);
    }
}

/// A Q&A site's answer: the counts and buttons around it are no text; its edit stamp is
/// decoration. A body line that holds 阅读 or 评论 among other words stays text.
#[test]
fn a_qa_answer_and_words_of_text() {
    use ParagraphKind::*;
    let x = run("如何评价今年的秋招？\n237 人赞同了该回答\n今年秋招的岗位数量明显减少，竞争更加激烈。\n很多同学投了上百份简历。\n编辑于 2026-11-12 09:21・IP 属地北京\n赞同 237 25 条评论\n分享");
    assert_eq!(kinds(&x), [Headline, Promo, Lead, Body, Decoration, Promo, Promo]);
    let x = run("全民阅读\n阅读 让城市更美好\n今年全市共举办阅读活动300多场。\n评论 文章很多");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Body]);
}
