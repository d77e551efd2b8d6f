//! Session 24: news in traditional script from Hong Kong, Taiwan and Macau (and the same
//! stories in simplified script): their titles, districts, bodies and bylines.

mod common;
use common::{has, places, roles, run};

fn role(title: &str, org: Option<&str>) -> (String, Option<String>) {
    (title.into(), org.map(Into::into))
}

/// Titles of Taiwan's and Hong Kong's public offices (主計長, 總召, 高級警司 …) stand before
/// a name as any other title.
#[test]
fn taiwan_and_hong_kong_titles() {
    for (text, name, title, org) in [
        ("主計總處主計長陳淑姿昨天說明歲入的估算方式。", "陳淑姿", "主計長", Some("主計總處")),
        ("民進黨團總召柯建銘則表示，預算兼顧民生。", "柯建銘", "總召", Some("民進黨團")),
        ("民进党团总召柯建铭则表示，预算兼顾民生。", "柯建铭", "总召", Some("民进党团")),
        ("高級警司黃志明在記者會上表示，案件仍在調查。", "黃志明", "高級警司", None),
    ] {
        let x = run(text);
        assert!(roles(&x, name).contains(&role(title, org)), "{text}: {:?}", roles(&x, name));
    }
}

/// Right after a title, a place word that starts with a surname and one more name char is a
/// person (立法院長|韓國|瑜), not the place.
#[test]
fn a_name_over_a_place_word_after_a_title() {
    for (text, name) in [
        ("立法院長韓國瑜表示，將排入下週院會議程。", "韓國瑜"),
        ("立法院长韩国瑜表示，将排入下周院会议程。", "韩国瑜"),
    ] {
        let x = run(text);
        assert!(x.people.iter().any(|p| p.name == name), "{text}: {:?}", x.people);
        assert!(x.locations.is_empty(), "{text}: {:?}", x.locations);
    }
    // a country after a title and before a trip word stays a country
    let x = run("國家主席將於下月訪問韓國。");
    assert!(x.locations.iter().any(|l| l.name == "韓國"));
}

/// Hong Kong's districts and areas, Macau's islands: places, short and full, in both
/// scripts; 九龍 is Kowloon (no alias of Sichuan's 九龍縣), 新北 is New Taipei.
#[test]
fn hong_kong_and_macau_districts() {
    let p = places("警方在觀塘、深水埗及元朗拘捕十二人，另有兩人在屯門及將軍澳被捕。");
    for name in ["觀塘", "深水埗", "元朗", "屯門", "將軍澳"] {
        assert!(has(&p, name), "{name}: {p:?}");
    }
    let p = places("警方在观塘、深水埗及元朗拘捕十二人，另有两人在屯门及将军澳被捕。");
    for name in ["观塘", "深水埗", "元朗", "屯门", "将军澳"] {
        assert!(has(&p, name), "{name}: {p:?}");
    }
    let p = places("氹仔、路環及澳門半島的公共房屋計劃進展順利。");
    for name in ["氹仔", "路環", "澳門半島"] {
        assert!(has(&p, name), "{name}: {p:?}");
    }
    let x = run("新巴士線連接九龍及新界，另一條往來中環及尖沙咀。");
    let kowloon = x.locations.iter().find(|l| l.name == "九龍").expect("九龍");
    assert!(kowloon.aliases.iter().all(|a| !a.contains('县')), "{:?}", kowloon.aliases);
    let x = run("新北市長侯友宜表示，新北將增設公共托育中心。");
    let new_taipei = x.locations.iter().find(|l| l.name == "新北");
    assert!(new_taipei.map_or(true, |l| l.aliases.iter().all(|a| a != "新北区")), "{:?}", x.locations);
}

/// Hong Kong's bureaus and commissions with two fields (財經事務及庫務局, 證券及期貨事務監察
/// 委員會: a commission's fields may be longer), and bodies named without a head word of
/// theirs (政府統計處, 運輸署, 衛生福利部).
#[test]
fn hong_kong_and_taiwan_bodies() {
    for (text, org) in [
        ("證券及期貨事務監察委員會今日發出警告，提醒投資者注意風險。", "證券及期貨事務監察委員會"),
        ("财经事务及库务局今日公布新措施。", "财经事务及库务局"),
        ("財經事務及庫務局今日公布新措施。", "財經事務及庫務局"),
        ("據政府統計處數字，訪港旅客按年增加。", "政府統計處"),
        ("衛生福利部編列的長照經費為829億元。", "衛生福利部"),
    ] {
        let o = common::orgs(text);
        assert!(has(&o, org), "{text}: {o:?}");
    }
}

/// 賴 and 洪 are surnames (Taiwan's president, 賴清德); 季 after a count or an order is the
/// quarter, no surname (第三季純利 is no person).
#[test]
fn surnames_of_taiwan_and_quarters() {
    for (text, name) in [
        ("總統賴清德表示，將於下週接見全體球員。", "賴清德"),
        ("总统赖清德表示，将于下周接见全体球员。", "赖清德"),
        ("副主任洪明德表示，將加強兩地協作。", "洪明德"),
    ] {
        let x = run(text);
        assert!(x.people.iter().any(|p| p.name == name), "{text}: {:?}", x.people);
    }
    for text in [
        "匯豐控股第三季純利按年升一成。",
        "项目预计于2026年第一季落成，提供约二千个单位。",
    ] {
        let x = run(text);
        assert!(x.people.is_empty(), "{text}: {:?}", x.people);
    }
}

/// A byline after a bullet (■記者 周家豪) is a credit line; a line 廣告 alone is the slot of
/// an advertisement, no body.
#[test]
fn bullet_bylines_and_advertisement_slots() {
    use zhextract::model::{CreditRole, ParagraphKind};
    let x = run("警方破獲騙案\n警方昨日宣布破獲一個電話騙案集團，拘捕十二人。\n案件交由刑事部跟進。\n■記者 周家豪\n廣告");
    assert!(
        x.credits
            .iter()
            .any(|c| c.role == CreditRole::Reporter && c.names == ["周家豪"]),
        "{:?}",
        x.credits
    );
    let kinds: Vec<_> = x.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds[3], ParagraphKind::Credit, "{kinds:?}");
    assert_ne!(kinds[4], ParagraphKind::Body, "{kinds:?}");
}
