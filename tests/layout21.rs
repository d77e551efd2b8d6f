//! Session 21's audit of articles pasted with their web page (a wire story, a paper's
//! site, a WeChat post, a Hong Kong page, a portal, a government notice, a county
//! station): the page's stamp, its buttons, its notices and its credit lines.

mod common;
use common::run;
use zhextract::{CreditRole, Extraction, ParagraphKind};

fn kinds(x: &Extraction) -> Vec<ParagraphKind> {
    x.paragraphs.iter().map(|p| p.kind).collect()
}

fn credits(x: &Extraction) -> Vec<(CreditRole, String, Vec<String>, Option<String>)> {
    x.credits
        .iter()
        .map(|c| (c.role, c.label.clone(), c.names.clone(), c.organization.clone()))
        .collect()
}

/// The date and time a page was posted, above the text, are no lead: alone they are
/// decoration; with the source beside them a credit, whose source is read.
#[test]
fn the_page_stamp_is_no_lead() {
    use ParagraphKind::*;
    let x = run("南京长江五桥车流量创新高\n2026-11-28 09:15:02\n11月27日，南京长江五桥单日车流量突破12万辆次。\n交管部门提醒市民错峰出行。");
    assert_eq!(kinds(&x), [Headline, Decoration, Lead, Body]);
    let x = run("全省秋粮收购进度过半\n2026年11月28日 星期六\n记者从省粮食和物资储备局获悉，全省秋粮收购已过半。\n收购价格总体平稳。");
    assert_eq!(kinds(&x), [Headline, Decoration, Lead, Body]);
    let x = run("老旧小区加装电梯提速\n2026-11-28 16:40 来源：扬子晚报网\n今年以来，全市已有86台加装电梯投入使用。\n居民出行更方便了。");
    assert_eq!(kinds(&x), [Headline, Credit, Lead, Body]);
    assert!(x
        .credits
        .iter()
        .any(|c| c.role == CreditRole::Source && c.organization.as_deref() == Some("扬子晚报网")));
    let x = run("发布时间：2026-11-28 来源：德清县融媒体中心\n德清开出首趟农产品冷链专列。\n专列每周开行两班。");
    assert_eq!(kinds(&x), [Credit, Lead, Body]);
    // the outlet's name over the stamp (a portal's page) and a time with a province
    let x = run("苏州一商场开展消防演练\n现代快报\n2026-11-28 10:05·江苏\n11月27日下午，苏州一商场开展消防应急演练。\n300余名顾客有序撤离。");
    assert_eq!(kinds(&x), [Headline, Credit, Decoration, Lead, Body]);
}

/// The buttons of the page copied with the text are promotion, and a list of links
/// under 【相关新闻】 too.
#[test]
fn the_page_buttons_are_promotion() {
    use ParagraphKind::*;
    let x = run("冬季供暖今日启动\n小字号\n举报\n本市今天起正式供暖，较往年提前两天。\n热力公司表示，管网运行平稳。\n【我要纠错】\n收藏\n分享到：微信 微博 QQ空间");
    assert_eq!(
        kinds(&x),
        [Headline, Promo, Promo, Lead, Body, Promo, Promo, Promo]
    );
    let x = run("屯門公路擴闊工程展開\n路政署今日表示，屯門公路擴闊工程已經展開。\n工程預計需時三年。\n【相關新聞】\n新界西北交通改善計劃公布\n屯門巴士路線重組");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Promo, Promo, Promo]);
    // a notice's signature stays a credit above the buttons
    let x = run("关于开展冬季防火检查的通知\n各街道、各有关单位：\n现就开展冬季防火检查有关事项通知如下。\n区消防救援大队\n2026年11月28日\n【打印本页】【关闭窗口】");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Credit, Credit, Promo]);
}

/// A portal's note over a reprint is a disclaimer that names the source.
#[test]
fn a_portal_note_names_the_source() {
    let x = run("暴雪来袭 高速临时封闭\n受降雪影响，京哈高速部分路段临时封闭。\n交警提醒司机减速慢行。\n本文来自新京报，仅代表作者观点");
    assert_eq!(x.paragraphs[3].kind, ParagraphKind::Disclaimer);
    assert!(x
        .credits
        .iter()
        .any(|c| c.role == CreditRole::Source && c.organization.as_deref() == Some("新京报")));
}

/// The source on a portal's line ends where the next field begins.
#[test]
fn the_source_ends_at_the_next_field() {
    let x = run("关于做好冬季道路除冰工作的通知\n信息来源：市交通运输局   发布时间：2026-11-28   浏览次数：865\n各区交通部门要提前储备融雪物资。");
    let sources: Vec<_> = x
        .credits
        .iter()
        .filter(|c| c.role == CreditRole::Source)
        .map(|c| c.organization.clone().unwrap_or_default())
        .collect();
    assert_eq!(sources, ["市交通运输局"]);
}

/// A county station's reporter: 融媒体记者, 全媒体记者.
#[test]
fn a_station_reporter() {
    let x = run("我县举办农民丰收节\n全县20个乡镇的农产品集中展销。\n融媒体记者：李思远 通讯员：王倩");
    assert_eq!(x.paragraphs[2].kind, ParagraphKind::Credit);
    assert_eq!(
        credits(&x),
        [
            (CreditRole::Reporter, "融媒体记者".into(), vec!["李思远".into()], None),
            (CreditRole::Contributor, "通讯员".into(), vec!["王倩".into()], None),
        ]
    );
}

/// 原标题 labels the title line: it is no keyword.
#[test]
fn the_original_title_label_is_no_keyword() {
    let x = run("原标题：《小巷里的修鞋摊》\n老街的修鞋摊摆了三十年，修鞋匠每天修鞋二十多双。\n街坊们说，修鞋摊是老街的一部分。");
    assert!(!x.keywords.iter().any(|k| k.word == "标题"), "{:?}", x.keywords.iter().map(|k| &k.word).collect::<Vec<_>>());
}
