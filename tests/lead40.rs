//! Session 40: what a tenth audit of 32 articles (health and schools: a flu briefing, a
//! remote operation, drug-price talks, rural doctors, a paper, school places, a skills
//! contest, Hong Kong's hospitals; courts and disasters: a fraud verdict, a public-interest
//! suit, a scam ring, a typhoon, an earthquake, a forest fire, a defence briefing, a Taiwan
//! verdict; sport, transport and property: basketball, athletics, table tennis, a new air
//! route, a railway, house prices, a land sale, a port; Southeast Asian papers and farm
//! prices) got wrong.

mod common;
use common::{roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn onames(x: &zhextract::Extraction) -> Vec<String> {
    x.organizations.iter().map(|o| o.name.clone()).collect()
}

fn role(title: &str, org: Option<&str>) -> (String, Option<String>) {
    (title.to_string(), org.map(str::to_string))
}

/// A company's branch in a country or a group's holding company keeps the trade name before
/// the bracket, though the dictionary read it as a place or cut it into chars, and two
/// words of business after it (越秀（上海）房地产开发有限公司).
#[test]
fn branch_companies_keep_their_trade_names() {
    let x = run("该地块由越秀（上海）房地产开发有限公司联合上海城投置地（集团）有限公司以17.5亿元拿下。");
    let o = onames(&x);
    assert!(o.contains(&"越秀（上海）房地产开发有限公司".to_string()), "{o:?}");
    assert!(o.contains(&"上海城投置地（集团）有限公司".to_string()), "{o:?}");
    let x = run("诺维欧（中国）投资有限公司副总裁丹尼尔·莫雷蒂则称，这是该公司连续第三年参加谈判。");
    assert_eq!(people(&x), vec!["丹尼尔·莫雷蒂"]);
    assert_eq!(
        roles(&x, "丹尼尔·莫雷蒂"),
        vec![role("副总裁", Some("诺维欧（中国）投资有限公司"))]
    );
    // (no trade name from a verb before it)
    let x = run("他说华为（中国）有限公司今年扩大招聘。");
    assert_eq!(onames(&x), vec!["华为（中国）有限公司".to_string()]);
}

/// A listed firm named after the kind of firm it is keeps the first char of its name
/// (上柜公司|鼎|泰|光电…); a body named after a person keeps the whole dotted name, and the
/// person is no one in the text; a body known by name keeps it before a head word.
#[test]
fn names_before_heads_stay_whole() {
    let x = run("上櫃公司鼎泰光電股份有限公司前董事長陳奕廷被控利用海外人頭公司虛增營收。");
    assert!(onames(&x).contains(&"鼎泰光電股份有限公司".to_string()), "{:?}", onames(&x));
    let x = run("德国马克斯·普朗克分子植物生理研究所研究员托马斯·克莱因在接受采访时评价称，这项研究很重要。");
    assert!(onames(&x).contains(&"马克斯·普朗克分子植物生理研究所".to_string()), "{:?}", onames(&x));
    assert_eq!(people(&x), vec!["托马斯·克莱因"]);
    let x = run("淡马锡理工学院校长表示，课程将在明年开设。");
    assert_eq!(onames(&x), vec!["淡马锡理工学院".to_string()]);
}

/// A short form in brackets right after a body's name, made of its chars in order, is the
/// body's; where the body speaks by it, the body is the speaker.
#[test]
fn bracketed_short_forms_join_their_bodies() {
    let x = run("醫管局公布輪候情況\n醫院管理局（醫管局）今日表示，公立醫院服務需求殷切。醫管局表示，所有新症均會先經分流。");
    assert_eq!(onames(&x), vec!["醫院管理局".to_string()]);
    assert_eq!(x.organizations[0].aliases, vec!["醫管局".to_string()]);
    assert_eq!(x.organizations[0].mentions.len(), 4);
    let sp: Vec<_> = x.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(sp, vec![Some("醫院管理局"), Some("醫院管理局")]);
    let x = run("广东省防汛防旱防风总指挥部（省防总）昨日宣布，省防总将防风应急响应提升至Ⅱ级。");
    assert_eq!(onames(&x), vec!["广东省防汛防旱防风总指挥部".to_string()]);
    assert_eq!(x.organizations[0].mentions.len(), 3);
    // (a place in brackets is no short form: 华为（中国）)
    let x = run("华为（中国）有限公司表示，将扩大招聘。");
    assert!(x.organizations[0].aliases.is_empty());
}

/// A person named before a clause of time that ends with an adverb speaks, not the object
/// of the clause (卢志强昨日巡视玛丽医院时亦表示); 巡视 is a verb, and Hong Kong's health
/// bureau is known by name.
#[test]
fn the_subject_before_a_clause_of_time_speaks() {
    let x = run("醫務衞生局局長盧志強昨日巡視瑪麗醫院時亦表示，公營醫療系統面對的壓力有增無減。");
    assert_eq!(roles(&x, "盧志強"), vec![role("局長", Some("醫務衞生局"))]);
    assert_eq!(onames(&x), vec!["醫務衞生局".to_string(), "瑪麗醫院".to_string()]);
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("盧志強"));
    let x = run("局长卢志强昨日视察玛丽医院后宣布，将增加病床。");
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("卢志强"));
}

/// Yi names of Liangshan open with a clan name of two chars (沙马, 阿苦, 吉克); names of
/// Arabic and Thai origin keep chars common elsewhere (优素福, 颂萨·披塔亚功, 素坤·差亚暖).
#[test]
fn yi_arabic_and_thai_names() {
    let x = run("冕宁县应急管理局局长沙马阿果介绍，此次火灾过火面积约86公顷。");
    assert_eq!(people(&x), vec!["沙马阿果"]);
    assert_eq!(roles(&x, "沙马阿果"), vec![role("局长", Some("冕宁县应急管理局"))]);
    let x = run("县里将对第一时间报告火情的复兴镇村民阿苦拉哈给予2000元奖励。");
    assert_eq!(people(&x), vec!["阿苦拉哈"]);
    let x = run("來自埃及的優素福·哈桑一路闖入八強。");
    assert_eq!(people(&x), vec!["優素福·哈桑"]);
    let x = run("选委会秘书长颂萨·披塔亚功当晚在曼谷举行的新闻发布会上说，投票率超过七成。");
    assert_eq!(people(&x), vec!["颂萨·披塔亚功"]);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("颂萨·披塔亚功"));
    let x = run("为泰党总理候选人素坤·差亚暖则在清迈对媒体说，目前仍有大量选票尚未统计。");
    assert_eq!(roles(&x, "素坤·差亚暖"), vec![role("总理候选人", Some("为泰党"))]);
    let x = run("人民党领袖帕塔拉·宋蓬通表示，将组建联合政府。");
    assert_eq!(roles(&x, "帕塔拉·宋蓬通"), vec![role("领袖", Some("人民党"))]);
    // (格兰披治, Grand Prix, is no name)
    let x = run("十一月有第七十二屆澳門格蘭披治大賽車。");
    assert!(x.people.is_empty(), "{:?}", people(&x));
}

/// A town's head after the town cut from its level char keeps the town (三沙|镇|镇长); a
/// word of a field between a body and a title is part of the title, and 相关 there is not.
#[test]
fn titles_after_towns_and_fields() {
    let x = run("三沙镇镇长林国栋表示，三沙镇是传统渔业大镇。");
    assert_eq!(roles(&x, "林国栋"), vec![role("镇长", Some("三沙镇"))]);
    let x = run("高桥镇副镇长李明说，道路已经修通。");
    assert_eq!(roles(&x, "李明"), vec![role("副镇长", Some("高桥镇"))]);
    let x = run("中指研究院浙江分院市场研究总监华晓峰分析称，政策效果正在释放。");
    assert_eq!(roles(&x, "华晓峰"), vec![role("市场研究总监", Some("中指研究院浙江分院"))]);
    let x = run("中储粮河南分公司相关负责人刘海峰介绍，目前公司共有直属库412个。");
    assert_eq!(roles(&x, "刘海峰"), vec![role("负责人", Some("中储粮河南分公司"))]);
    let x = run("青岛港集团董事长助理宫晓雯透露，已有3家国际班轮公司签约。");
    assert_eq!(roles(&x, "宫晓雯"), vec![role("董事长助理", Some("青岛港集团"))]);
}

/// Ceremonies a story covers are events by their kind alone (开通仪式, 首航仪式, 开班仪式),
/// and a Grand Prix keeps its car race (格蘭披治大賽車).
#[test]
fn ceremonies_by_their_kind() {
    for (s, e) in [
        ("国铁集团副总经理欧阳立新出席开通仪式，并为首发列车发车。", "开通仪式"),
        ("首航仪式于28日晚在天府国际机场举行。", "首航仪式"),
        ("县卫生健康局局长牛建国出席开班仪式并讲话。", "开班仪式"),
        ("十一月有第七十二屆澳門格蘭披治大賽車。", "第七十二屆澳門格蘭披治大賽車"),
    ] {
        let ev: Vec<String> = run(s).events.into_iter().map(|e| e.name).collect();
        assert_eq!(ev, vec![e.to_string()], "{s}");
    }
}

/// A party and seat in brackets after a speaker's name are an aside, not the speaker; a
/// Malay name said again by its first part is the person (罗斯兰 of 罗斯兰·依斯迈).
#[test]
fn asides_and_first_parts_of_names() {
    let x = run("身兼州议会反对党领袖的拿督罗斯兰·依斯迈（国盟—士拉央）随即起身质疑，州政府公布的名单不公。罗斯兰说，多个渔村去年同样淹水多日。");
    let sp: Vec<_> = x.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(sp, vec![Some("罗斯兰·依斯迈"), Some("罗斯兰·依斯迈")]);
    let x = run("雪州行政议员邱思敏（行动党—甲洞）反驳，工程名单是根据灌溉与排水局的评估拟定的。");
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("邱思敏"));
}

/// Words of farm and fishery news, of hospitals and of housing the dictionary lacked, each
/// read as a name before (鲍鱼, 敬老金, 白条猪, 伏季休渔, 查房, 金九银十, 网箱).
#[test]
fn no_people_from_words_of_farms_and_housing() {
    for s in [
        "开展大黄鱼、鲍鱼、海带等品种的养殖技术培训。",
        "敬老金亦維持每人9,000澳門元。",
        "本周白条猪批发均价为20.36元/公斤。",
        "伏季休渔期间，渔船一律回港停泊。",
        "还能到县医院跟着医生查房，收获特别大。",
        "今年“金九银十”行情明显回暖。",
        "通渭县乡村医生能力提升培训班开班。",
        "儿子在海上养了20口大黄鱼网箱。",
    ] {
        let x = run(s);
        assert!(x.people.is_empty(), "{s}: {:?}", people(&x));
        assert!(x.organizations.is_empty(), "{s}: {:?}", onames(&x));
    }
}

/// Places of Malaysia and Singapore that their Chinese papers name (雪州, 加影, 沙登, 甲洞,
/// 裕廊东), and Hangzhou's districts of 2021 (钱塘区, 临平区), which the gazetteer's data
/// predates.
#[test]
fn places_of_malaysia_singapore_and_new_districts() {
    let names = |s: &str| -> Vec<String> { run(s).locations.into_iter().map(|l| l.name).collect() };
    assert_eq!(names("沙登和加影的居民受灾。"), vec!["沙登", "加影"]);
    assert_eq!(names("雪州行政议员邱思敏（行动党—甲洞）反驳。"), vec!["雪州", "甲洞"]);
    assert_eq!(names("裕廊东的居民表示欢迎。"), vec!["裕廊东"]);
    assert_eq!(names("位于杭州钱塘区的项目和临平区的项目。"), vec!["杭州", "钱塘区", "临平区"]);
    // (no place in 增加影响)
    assert!(names("政府将增加影响力。").is_empty());
}

/// A hospital named by its university's short name and its number is one body (浙大一院,
/// 湘雅二院), with the unit after it.
#[test]
fn numbered_hospitals() {
    let x = run("浙大一院副主任医师蔡宏宇说，远程手术很顺利。");
    assert_eq!(roles(&x, "蔡宏宇"), vec![role("副主任医师", Some("浙大一院"))]);
    assert_eq!(onames(&x), vec!["浙大一院".to_string()]);
    assert_eq!(onames(&run("湘雅二院的专家到场。")), vec!["湘雅二院".to_string()]);
    assert_eq!(onames(&run("手术在浙大一院手术中心进行。")), vec!["浙大一院手术中心".to_string()]);
    // (a chamber's count is no hospital)
    assert!(!onames(&run("该国议会实行一院制。")).iter().any(|o| o.contains('院')));
}

/// A province's head listed after a post of a headquarters holds no post of it (省防总总指挥、
/// 副省长: the vice-governor); 指挥长 is a title.
#[test]
fn a_place_head_after_a_headquarters_post() {
    let x = run("省抗震救灾指挥部指挥长、副省长韩建民率省级工作组赶赴玛曲县。");
    assert_eq!(
        roles(&x, "韩建民"),
        vec![role("指挥长", Some("省抗震救灾指挥部")), role("副省长", None)]
    );
    // (a province's committee and its governor stay as they were)
    let x = run("广东省委副书记、省长王伟中说，要全力做好防御工作。");
    assert_eq!(
        roles(&x, "王伟中"),
        vec![role("副书记", Some("广东省委")), role("省长", Some("广东省"))]
    );
}
