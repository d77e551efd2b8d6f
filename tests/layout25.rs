//! Session 25's pastes: a WeChat post's header and end matter, a portal's footer, Hong Kong
//! and Taiwan bylines in brackets of every shape, and the words of a post that are no keywords.

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

fn has_credit(x: &Extraction, role: CreditRole, name: &str) -> bool {
    x.credits.iter().any(|c| {
        c.role == role
            && (c.names.iter().any(|n| n == name) || c.organization.as_deref() == Some(name))
    })
}

/// A post's header that names its author and account is a credit (the time and place alone
/// stay decoration); the notices and calls at its foot are no text.
#[test]
fn a_wechat_post_header_and_its_end_matter() {
    use ParagraphKind::*;
    let x = run("点击蓝字 关注我们\n原创 周雨桐 滨江发布 2026-11-30 07:45 发表于浙江\n滨江这座公园今起开放！\n11月29日，滨江区江畔公园正式对外开放，新增绿地面积约4万平方米。\n“以后带孩子有地方玩了。”附近居民陈女士说。\n图片来源网络 侵删\n转载请注明出处\n欢迎在评论区留言说说你的看法\n点击右上角分享给朋友\n我知道你在看哦\n喜欢就点个赞吧");
    assert_eq!(
        kinds(&x),
        [Promo, Credit, Headline, Lead, Body, Disclaimer, Disclaimer, Promo, Promo, Promo, Promo]
    );
    assert!(has_credit(&x, CreditRole::Author, "周雨桐"));
    assert!(has_credit(&x, CreditRole::Source, "滨江发布"));
    // (no boilerplate in the keywords)
    assert!(!x.keywords.iter().any(|k| k.word == "评论区" || k.word == "女士"));
    // the time and place alone are still decoration
    let x = run("滨江这座公园今起开放\n2026-11-30 07:45 发表于浙江\n11月29日，滨江区江畔公园正式对外开放。\n市民纷纷前来游玩。");
    assert_eq!(kinds(&x), [Headline, Decoration, Lead, Body]);
}

/// A portal's footer: the account's name alone, the lines that send readers to its app, a
/// post's THE END.
#[test]
fn a_portal_footer_is_promotion() {
    use ParagraphKind::*;
    let x = run("小区电动车充电桩全部装好\n记者从区住建局获悉，全区老旧小区已装好充电桩1200个。\n居民充电不用再拉飞线了。\n-THE END-\n都市快报公众号\n更多本地新闻、便民资讯尽在都市快报\n不用抽獎、不用分享，免費下載自由時報APP");
    assert_eq!(
        kinds(&x),
        [Headline, Lead, Body, Decoration, Promo, Promo, Promo]
    );
    assert!(!x.keywords.iter().any(|k| k.word == "都市快报"));
    // a body line that names an app to download is still text
    let x = run("反诈提醒\n警方提醒市民提高警惕。\n下载国家反诈中心APP\n遇到可疑电话及时报警。");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Body]);
}

/// The outlet alone in brackets under an agency's text is its source credit.
#[test]
fn the_outlet_in_brackets_closes_the_text() {
    use ParagraphKind::*;
    let x = run("新竹科學園區營收創新高\n記者 林怡君／新竹報導\n竹科管理局今天公布，園區前三季營收創下歷年同期新高。\n管理局表示，半導體產業貢獻最大。\n（中央社）");
    assert_eq!(kinds(&x), [Headline, Credit, Lead, Body, Credit]);
    assert!(has_credit(&x, CreditRole::Source, "中央社"));
}

/// Bylines in brackets of other shapes (【記者 X】, 〔記者X／台中報導〕) are read, and the
/// summary's first sentence reads from after them.
#[test]
fn bylines_in_square_and_tortoise_brackets() {
    let x = run("〔記者吳政峰／台南報導〕台南市政府今天宣布，明年起推出長者免費搭乘市區公車的新制度，預計受惠人數超過20萬人。\n市長表示，高齡化社會來臨，市府將持續推動友善長者的政策。\n交通局說明，點數將自動存入敬老卡，不需另行申請。");
    assert!(has_credit(&x, CreditRole::Reporter, "吳政峰"), "{:?}", credits(&x));
    assert!(x.summary[0].starts_with("台南市政府"), "{:?}", x.summary);
    let x = run("巴士公司加密班次\n【記者 梁詠琪】九巴今日宣布，由下月起加密多條來往新界東的巴士路線班次，繁忙時間最多增加三成。\n九巴發言人表示，會密切留意乘客需求。\n運輸署表示歡迎。");
    assert!(has_credit(&x, CreditRole::Reporter, "梁詠琪"));
    assert!(x.summary[0].starts_with("九巴今日宣布"), "{:?}", x.summary);
}

/// A source line that names the account and the outlets it drew on: one credit each; a
/// 素材来源 line is a source.
#[test]
fn a_source_compiled_from_outlets() {
    let x = run("城西新建一所小学\n9月1日，城西小学正式开学。\n全校设24个教学班。\n来源：城西发布综合自南方日报、广州日报\n素材来源 | 区教育局官网");
    for o in ["城西发布", "南方日报", "广州日报", "区教育局官网"] {
        assert!(has_credit(&x, CreditRole::Source, o), "{o} {:?}", credits(&x));
    }
}

/// The account's name over the post's time is its source, not the lead; a place over it is
/// decoration; a page's 出版：/更新： stamps are decoration; a post's buttons written as calls
/// (点分享 点在看) are promotion.
#[test]
fn an_account_stamp_publish_stamps_and_buttons_as_calls() {
    use ParagraphKind::*;
    let x = run("这条隧道今天贯通\n江南观察 2026-11-30 08:05\n11月30日，城南隧道全线贯通，预计明年通车。\n隧道全长约3.2公里。\n点分享\n点收藏\n点点赞\n点在看");
    assert_eq!(
        kinds(&x),
        [Headline, Credit, Lead, Body, Promo, Promo, Promo, Promo]
    );
    assert!(has_credit(&x, CreditRole::Source, "江南观察"), "{:?}", credits(&x));
    let x = run("这条隧道今天贯通\n杭州 2026-11-30 08:05\n11月30日，城南隧道全线贯通。\n隧道全长约3.2公里。");
    assert_eq!(kinds(&x), [Headline, Decoration, Lead, Body]);
    let x = run("將軍澳新單車徑啟用\n撰文：何嘉欣\n出版：2026-11-28 18:30\n更新：2026-11-28 20:15\n將軍澳海濱單車徑今日正式啟用，全長約5公里。\n康文署表示會定期檢查路面。");
    assert_eq!(kinds(&x), [Headline, Credit, Decoration, Decoration, Lead, Body]);
}

/// A portal's time with its outlet after a dot is a credit that names the source; the row
/// 举报/反馈 and the links under a 延伸閱讀 line that names its first link are promotion.
#[test]
fn a_portal_stamp_with_its_outlet_and_links_after_a_long_list_header() {
    use ParagraphKind::*;
    let x = run("女子驾车逆行被查\n2026-11-28 19:05·钱江晚报\n近日，杭州交警在西湖区查获一名逆行的司机。\n交警依法对其罚款200元。\n举报/反馈");
    assert_eq!(kinds(&x), [Headline, Credit, Lead, Body, Promo]);
    assert!(has_credit(&x, CreditRole::Source, "钱江晚报"), "{:?}", credits(&x));
    let x = run("寒流南下 平地下探10度\n中央氣象署表示，今晚起寒流南下，北部平地最低溫可能下探10度。\n民眾外出應注意保暖。\n▸ 延伸閱讀：寒流來襲 這些族群要小心\n▸ 低溫特報範圍擴大\n看更多相關新聞 ➤");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Promo, Promo, Promo]);
}

/// A picture's caption and the title said again at the end are no summary sentences; 图 |
/// 网络 names no photographer.
#[test]
fn no_caption_nor_restated_title_in_the_summary() {
    let x = run("全市首座智慧停车楼启用\n本报讯（记者 孙雅琴）11月26日，全市首座智慧停车楼在高新区正式启用，可提供停车位860个。\n图为智慧停车楼外景。记者 孙雅琴 摄\n停车楼共6层，配备车位引导和无感支付系统，车主平均找位时间缩短至1分钟以内。\n高新区管委会相关负责人说，明年还将再建两座同类停车楼。\n全市首座智慧停车楼启用，周边停车难问题有望缓解。");
    assert_eq!(x.summary.len(), 3, "{:?}", x.summary);
    assert!(!x.summary.iter().any(|s| s.starts_with("图为") || s.starts_with("全市首座智慧停车楼启用")), "{:?}", x.summary);
    let x = run("文 | 郑可欣  图 | 网络\n冬季手脚冰凉怎么办？\n入冬以后，不少人出现手脚冰凉的情况。\n医生建议，适当运动、注意保暖可以改善血液循环。");
    assert!(!x.people.iter().any(|p| p.name == "网络"));
    assert!(!x.credits.iter().any(|c| c.names.iter().any(|n| n == "网络")), "{:?}", credits(&x));
}
