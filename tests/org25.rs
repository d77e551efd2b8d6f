//! Session 25's organisation rules on present-day news: numbered intermediate courts,
//! bodies known by an abbreviation or a short name (侨联, carmakers, clubs), a village
//! branch named like a family, party members (党人) who are no party, and a scope word
//! (全县) that never starts a body's name.

mod common;
use common::{has, orgs};

/// A numbered intermediate court (第一中级人民法院) is named with its city, its number and
/// its level; the level alone between the number and the head was trimmed as an adjective.
#[test]
fn a_numbered_intermediate_court_is_whole() {
    let o = orgs("该案由天津市第三中级人民法院一审，被告人当庭表示不上诉。");
    assert!(has(&o, "天津市第三中级人民法院"), "{o:?}");
    assert!(!has(&o, "人民法院"), "{o:?}");
    let o = orgs("原告不服，向重庆市第五中级人民法院提起上诉。");
    assert!(has(&o, "重庆市第五中级人民法院"), "{o:?}");
}

/// 侨联 (归国华侨联合会) is a body by its abbreviation; the segmenter cut it to chars.
#[test]
fn the_returned_overseas_chinese_federation_by_its_abbreviation() {
    let o = orgs("省侨联和中国侨联的负责人出席了座谈会。");
    assert!(has(&o, "中国侨联"), "{o:?}");
}

/// 运载火箭 is one word: cut apart, 国运 (the nation's fortune) took 中国's char and the
/// academy lost its country.
#[test]
fn a_launch_vehicle_academy_keeps_its_country() {
    let o = orgs("这枚火箭由中国运载火箭技术研究院抓总研制，今年已执行多次任务。");
    assert!(has(&o, "中国运载火箭技术研究院"), "{o:?}");
}

/// Carmakers news names by a trade name and 汽车 (蔚来汽车, 理想汽车), and football clubs
/// by short names (皇马, 曼城), are organisations.
#[test]
fn carmakers_and_clubs_by_their_short_names() {
    let o = orgs("上月蔚来汽车交付新车一万余辆，理想汽车和小鹏汽车的交付量也有增长。");
    assert!(has(&o, "蔚来汽车"), "{o:?}");
    assert!(has(&o, "理想汽车"), "{o:?}");
    assert!(has(&o, "小鹏汽车"), "{o:?}");
    let o = orgs("本轮联赛中，皇马主场三比零大胜，曼城则在客场被逼平。");
    assert!(has(&o, "皇马"), "{o:?}");
    assert!(has(&o, "曼城"), "{o:?}");
}

/// A village named like a family (赵家村, cut 赵家|村) keeps its name before its
/// party branch; a scope before a verb (全县推行…) starts no name; the countryside's branch
/// (农村党支部) is any village's.
#[test]
fn a_village_branch_is_named_with_its_village() {
    let o = orgs("赵家村党支部组织党员为孤寡老人打扫庭院。");
    assert!(has(&o, "赵家村党支部"), "{o:?}");
    let o = orgs("今年，全市推行农村党支部书记述职评议制度。");
    assert!(!o.iter().any(|x| x.contains("推行")), "{o:?}");
    assert!(!has(&o, "农村党支部"), "{o:?}");
}

/// 党人 are a party's members (中国共产党人, 国民党人), no party.
#[test]
fn party_members_are_no_party() {
    let o = orgs("一代又一代中国共产党人为此接续奋斗。");
    assert!(!has(&o, "中国共产党"), "{o:?}");
    let o = orgs("当时不少国民党人也赞成这一主张。");
    assert!(!has(&o, "国民党"), "{o:?}");
    let o = orgs("中国共产党始终坚持以人民为中心。");
    assert!(has(&o, "中国共产党"), "{o:?}");
}

/// A commissioner's office (专员公署) is a head with 专员 in it, no title: the UN refugee
/// agency is named whole, not as 联合国.
#[test]
fn a_commissioners_office_is_whole() {
    let o = orgs("联合国难民事务高级专员公署发言人说，救援物资已运抵边境。");
    assert!(has(&o, "联合国难民事务高级专员公署"), "{o:?}");
    assert!(!has(&o, "联合国"), "{o:?}");
}

/// 归国华侨 is one word: cut apart at 归, the federation lost its name and 华 became a place.
#[test]
fn the_federation_of_returned_overseas_chinese_whole() {
    let x = common::run("中华全国归国华侨联合会近日在京召开全委会议。");
    let o: Vec<String> = x.organizations.iter().map(|o| o.name.clone()).collect();
    assert!(has(&o, "中华全国归国华侨联合会"), "{o:?}");
    assert!(!x.locations.iter().any(|l| l.name == "华"), "{:?}", x.locations);
}

/// A hospital numbered under the school it belongs to (医学院附属第一医院) is named with it.
#[test]
fn an_affiliated_numbered_hospital_is_whole() {
    let o = orgs("患者被转往中山大学医学院附属第三医院接受治疗。");
    assert!(has(&o, "中山大学医学院附属第三医院"), "{o:?}");
}

/// A Hong Kong company in traditional script with a trade name the segmenter cuts at 和
/// (長江和記實業有限公司) is whole.
#[test]
fn a_hong_kong_company_in_traditional_script() {
    let o = orgs("長江和記實業有限公司昨日公布全年業績，派息較去年增加。");
    assert!(has(&o, "長江和記實業有限公司"), "{o:?}");
}

/// A city's numbered hospital or school (第六人民医院, 第四中学) is named with the city and
/// the number, though only common nouns stand between them and the head; after a country
/// the number is a rank (日本第二大银行 style), no name.
#[test]
fn a_citys_numbered_hospital_or_school() {
    let o = orgs("伤者被送往无锡市第二人民医院救治，目前已脱离危险。");
    assert!(has(&o, "无锡市第二人民医院"), "{o:?}");
    let o = orgs("广州市第六中学的同学们在操场上举行了升旗仪式。");
    assert!(has(&o, "广州市第六中学"), "{o:?}");
    let o = orgs("三井住友信托银行是日本第一信托银行。");
    assert!(!o.iter().any(|x| x.starts_with("日本第一")), "{o:?}");
}

/// 国立 (run by the state) starts a university's name before its place, and 附设 (attached)
/// joins a hospital to its school, in Taiwan's usage.
#[test]
fn a_state_university_and_its_attached_hospital() {
    let o = orgs("國立成功大學醫學院附設醫院今天啟用新的急診大樓。");
    assert!(has(&o, "國立成功大學醫學院附設醫院"), "{o:?}");
}

/// European clubs by the names news gives them (拜仁慕尼黑, 巴黎圣日耳曼, 国际米兰) are
/// organisations, not the cities in them.
#[test]
fn european_clubs_by_name() {
    let o = orgs("小组赛最后一轮，拜仁慕尼黑客场挑战国际米兰，巴黎圣日耳曼坐镇主场。");
    assert!(has(&o, "拜仁慕尼黑"), "{o:?}");
    assert!(has(&o, "国际米兰"), "{o:?}");
    assert!(has(&o, "巴黎圣日耳曼"), "{o:?}");
}
