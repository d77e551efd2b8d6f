//! Session 45: what a fifteenth audit of 32 articles (housing and cities; science, technology
//! and the environment; Hong Kong, Macau, Japan and Korea; labour, food safety, farms and
//! local life) got wrong.

mod common;
use common::{roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn places(x: &zhextract::Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

fn orgs(x: &zhextract::Extraction) -> Vec<&str> {
    x.organizations.iter().map(|p| p.name.as_str()).collect()
}

/// A company with its region or group in brackets keeps the trade name before its business
/// word (德衡资本（亚洲）有限公司, 博世汽车部件（长沙）有限公司), not the subsidiary it is
/// (核心子公司|华晟地产（集团）有限公司); a body and what it owns, told by a generic word, is
/// the body (华晟控股|旗下|核心子公司).
#[test]
fn a_company_with_a_bracket_and_a_body_with_what_it_owns() {
    let x = run("代表部分境外债权人的德衡资本（亚洲）有限公司董事总经理迈克尔·霍顿说。");
    assert_eq!(orgs(&x), vec!["德衡资本（亚洲）有限公司"]);
    assert_eq!(roles(&x, "迈克尔·霍顿"), vec![("董事总经理".to_string(), Some("德衡资本（亚洲）有限公司".to_string()))]);
    let x = run("博世汽车部件（长沙）有限公司人力资源总监卡特琳·穆勒用略带口音的中文说。");
    assert_eq!(orgs(&x), vec!["博世汽车部件（长沙）有限公司"]);
    assert_eq!(people(&x), vec!["卡特琳·穆勒"]);
    let x = run("华晟控股旗下核心子公司华晟地产（集团）有限公司存续的债券。");
    assert_eq!(orgs(&x), vec!["华晟控股", "华晟地产（集团）有限公司"]);
    let x = run("华晟控股旗下核心子公司华晟地产有限公司存续的债券。");
    assert_eq!(orgs(&x), vec!["华晟控股", "华晟地产有限公司"]);
    assert_eq!(orgs(&run("华晟集团旗下核心子公司存续。")), vec!["华晟集团"]);
}

/// A town named by a word of two chars right after its county (庆安县|丰收|镇), or by a
/// verb's char and a char the dictionary files as an abbreviation (龙南市|临|塘|乡); a
/// county's short form after a year (2008年|汶川) is the county.
#[test]
fn towns_after_their_county_and_a_county_after_a_year() {
    let x = run("在庆安县丰收镇永胜村，一望无际的稻田里。");
    assert_eq!(places(&x), vec!["庆安县", "丰收镇", "永胜村"]);
    let x = run("尾矿库位于龙南市临塘乡。");
    assert_eq!(places(&x), vec!["龙南市", "临塘乡"]);
    // (a kind of town is no name)
    let x = run("宁波市重点镇建设加快。");
    assert_eq!(places(&x), vec!["宁波市"]);
    assert_eq!(places(&run("2008年汶川发生特大地震。")), vec!["汶川"]);
}

/// Guilds and unions (马来西亚商业银行公会, 全国银行雇员职工会); 用 ends a dotted name's last
/// part (卡特琳·穆勒|用); 都 after 阿 is Malay's Abdul inside one (阿都卡迪).
#[test]
fn guilds_and_malay_names() {
    let x = run("马来西亚商业银行公会执行董事陈美玲说。");
    assert_eq!(roles(&x, "陈美玲"), vec![("执行董事".to_string(), Some("马来西亚商业银行公会".to_string()))]);
    assert_eq!(orgs(&run("全国银行雇员职工会与资方谈判。")), vec!["全国银行雇员职工会"]);
    let x = run("马来西亚职工总会主席莫哈末·埃芬迪·阿都卡迪昨日说，工资太低。");
    assert_eq!(people(&x), vec!["莫哈末·埃芬迪·阿都卡迪"]);
    // (都 is no name's char elsewhere)
    assert!(people(&run("他们都来了。")).is_empty());
}

/// Japan's prefectures and Korea's provinces, areas of Hong Kong and Macau's parishes
/// (爱媛县今治市, 全罗北道全州市, 樂富, 大堂區); not 金钟 (金钟泌 is a Korean name) nor 四国
/// (四国女篮赛).
#[test]
fn places_of_japan_korea_hong_kong_and_macau() {
    let x = run("南通市与日本爱媛县今治市缔结友好城市关系。");
    assert!(places(&x).contains(&"爱媛县"), "{:?}", places(&x));
    assert!(places(&x).contains(&"今治市"), "{:?}", places(&x));
    assert!(places(&run("韩国全罗北道的代表团抵达。")).contains(&"全罗北道"));
    let x = run("記者昨日在樂富及大堂區採訪。");
    assert!(places(&x).contains(&"樂富"), "{:?}", places(&x));
    assert!(places(&x).contains(&"大堂區"), "{:?}", places(&x));
    assert!(places(&run("韩国代总理金钟泌今年曾应邀访华。")).iter().all(|p| *p != "金钟"));
    assert!(places(&run("中国女篮在四国女篮赛的最后一站获胜。")).is_empty());
}

/// 卫星 is a noun, no name: a research institute of satellites is one body
/// (中国科学院微小卫星创新研究院), and 报 of 报废 no newspaper (卫星|报|废).
#[test]
fn satellites_are_nouns() {
    let x = run("中国科学院微小卫星创新研究院研究员祁海燕指出，卫星很多。");
    assert_eq!(roles(&x, "祁海燕"), vec![("研究员".to_string(), Some("中国科学院微小卫星创新研究院".to_string()))]);
    assert!(orgs(&run("结果这颗卫星报废了。")).is_empty());
}

/// A company's officer opening a clause without a company works for the one body the
/// sentence named before (…有限公司今年订单增长近四成，副总经理彭志勇…); with two bodies
/// named there, for neither.
#[test]
fn an_officer_of_the_company_before_in_the_sentence() {
    let x = run("位于湘潭经开区的湖南湘江智能装备有限公司今年订单增长近四成，副总经理彭志勇带来了46个岗位。");
    assert_eq!(roles(&x, "彭志勇"), vec![("副总经理".to_string(), Some("湖南湘江智能装备有限公司".to_string()))]);
    let x = run("湖南湘江智能装备有限公司与中联重科股份有限公司签约，副总经理彭志勇出席。");
    assert_eq!(roles(&x, "彭志勇"), vec![("副总经理".to_string(), None)]);
}

/// A name after a word of kin (女儿|王|红梅告诉记者), after an age before a form of address
/// (72岁|黄|先生); 人 of one who does something opens a meeting's name with its verb
/// (持有|人|会议).
#[test]
fn kin_ages_and_holders() {
    let x = run("吕桂兰的女儿章红梅告诉记者，母亲很好。");
    assert_eq!(people(&x), vec!["吕桂兰", "章红梅"]);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("章红梅"));
    assert_eq!(people(&run("他的儿子李建国说，很好。")), vec!["李建国"]);
    assert_eq!(people(&run("獨居的72歲黃先生則表示，他申請了單位。")), vec!["黃先生"]);
    assert!(people(&run("三张老师的照片。")).is_empty());
    let x = run("已于本月初陆续召开持有人会议。");
    assert_eq!(x.events.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), vec!["持有人会议"]);
}

/// Japanese given names of two function chars after a title (总领事渡边|和|也), of three
/// opening with 由 (高桥|由|美子); a prefecture's 知事 and 副知事 hold their prefecture's
/// post (爱媛县副知事松本雅人).
#[test]
fn japanese_names_and_governors() {
    let x = run("日本驻广州总领事渡边和也、中国本部长高桥由美子等出席活动。");
    assert_eq!(people(&x), vec!["渡边和也", "高桥由美子"]);
    let x = run("仪式上，爱媛县副知事松本雅人宣读了贺信。");
    assert_eq!(roles(&x, "松本雅人"), vec![("副知事".to_string(), Some("爱媛县".to_string()))]);
    assert_eq!(people(&run("部长佐藤也表示同意。")), vec!["佐藤"]);
}

/// Festivals, weeks and days of a cause are events (第九届中国农民丰收节, 澳門光影節,
/// 2026第十届中韩文化交流周, 世界地球日), and an opening ceremony alone (開幕儀式).
#[test]
fn festivals_weeks_days_and_ceremonies() {
    let events = |t: &str| run(t).events.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(events("在第九届中国农民丰收节到来之际，村里很热闹。"), vec!["第九届中国农民丰收节"]);
    assert_eq!(events("澳門光影節將於12月舉行。"), vec!["澳門光影節"]);
    assert_eq!(events("2026第十届中韩文化交流周在青岛开幕。"), vec!["2026第十届中韩文化交流周"]);
    assert_eq!(events("今年世界地球日的主题是塑料。"), vec!["世界地球日"]);
    assert_eq!(events("開幕儀式上，專員致辭。"), vec!["開幕儀式"]);
}

/// A body's Latin initials in brackets after its name are its short name, and name it later
/// (世界卫生组织（WHO）… WHO认为; 全国银行雇员职工会（NUBE）).
#[test]
fn latin_initials_in_brackets() {
    let x = run("世界卫生组织（WHO）今天表示，疫情缓解。WHO认为风险下降。");
    assert_eq!(orgs(&x), vec!["世界卫生组织"]);
    assert_eq!(x.organizations[0].aliases, vec!["WHO"]);
    assert_eq!(x.organizations[0].mentions.len(), 3);
    // (a stock code is no short name)
    let x = run("腾讯控股（00700.HK）今天公布业绩。");
    assert!(x.organizations.iter().all(|o| o.aliases.is_empty()));
}
