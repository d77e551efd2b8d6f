//! Session 38: what an eighth audit of 32 articles (finance: announcements, IPOs, the
//! central bank, bonds, insurance claims, funds, market wraps, a bank fraud; city news:
//! police bulletins, verdicts, a metro line, a crash in Hong Kong, old-neighbourhood renewal,
//! a rainstorm, food-safety fines, a Taiwan rice festival; sport and culture: football, a
//! marathon, diving, film awards, a book launch, an exhibition, an opera tour, Malaysia's
//! lion dance; science and industry: a crewed launch, an AI model's funding, a harvest, wind
//! and solar in Xinjiang, an environmental inspection, a paper, a road in Uganda, car
//! deliveries) got wrong.

mod common;
use common::{has, orgs, places, quotes, roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn events(s: &str) -> Vec<String> {
    run(s).events.into_iter().map(|e| e.name).collect()
}

/// 经 "via" before a one-char place is a verb of going, as 抵 is: no place 旅客经港, and the
/// bridge is named from the place on (港珠澳大桥).
#[test]
fn via_a_place_is_no_name() {
    let p = places("旅客经港珠澳大桥入境澳门。");
    assert!(has(&p, "港珠澳大桥"), "{p:?}");
    assert!(!p.iter().any(|p| p.starts_with("旅客")), "{p:?}");
    let p = places("他经港返京。");
    assert!(has(&p, "港") && has(&p, "京"), "{p:?}");
}

/// A metro station named by its street, square, park or town is a place (a facility), with
/// the chars of its name before; none of them is an organisation.
#[test]
fn stations_named_by_streets_are_places() {
    let s = "全线车站依次为：西新镇站、皓月大路站、西环城路站、青年路站、朝阳公园站、人民广场站、临河街站。";
    let p = places(s);
    for st in ["西新镇站", "皓月大路站", "西环城路站", "青年路站", "朝阳公园站", "人民广场站", "临河街站"] {
        assert!(has(&p, st), "{st} in {p:?}");
    }
    let o = orgs(s);
    assert!(!o.iter().any(|o| o.ends_with('站')), "{o:?}");
    // (a bureau's station stays a body)
    assert!(has(&orgs("他在中山路派出所工作。"), "中山路派出所"));
}

/// 控股 before 股东 or 权 is a holding, and 协办 or 承办 the part a body plays: neither
/// ends an organisation's name.
#[test]
fn holdings_and_cohosts_end_no_name() {
    let o = orgs("公司曾筹划收购安徽华拓轻合金科技有限公司控股权。");
    assert_eq!(o, vec!["安徽华拓轻合金科技有限公司"]);
    let o = orgs("由武汉市体育局承办，武汉体育中心发展集团有限公司协办。");
    assert!(has(&o, "武汉体育中心发展集团有限公司"), "{o:?}");
    assert!(!o.iter().any(|o| o.ends_with("协办")), "{o:?}");
    assert!(has(&orgs("腾讯控股今日公布业绩。"), "腾讯控股"));
}

/// What a body is to another (a subsidiary, a new listing) is no part of its name.
#[test]
fn subsidiary_words_open_no_name() {
    let o = orgs("中金公司将通过全资子公司中国中金财富证券有限公司参与战略配售。");
    assert!(has(&o, "中国中金财富证券有限公司"), "{o:?}");
    let o = orgs("北交所新股锐拓科技（920188）当日挂牌上市。");
    assert!(has(&o, "锐拓科技"), "{o:?}");
}

/// Investors by their trade names in a story of funding: two chars before 资本 or 创投,
/// the first maybe a verb's (启航资本), or a char and a noun (星河湾创投).
#[test]
fn investors_by_trade_name() {
    let o = orgs("本轮融资由君岳资本领投，星河湾创投、启航资本跟投。");
    for f in ["君岳资本", "星河湾创投", "启航资本"] {
        assert!(has(&o, f), "{f} in {o:?}");
    }
}

/// A WeChat account that posts under its own name is the source, no author and no person.
#[test]
fn an_account_is_no_author() {
    let x = run("新书首发｜长篇新作在京首发\n原创 浙江文艺出版社 浙江文艺出版社 2026年06月19日 17:30 浙江\n\n6月18日，新书在北京首发。\n");
    assert!(!people(&x).contains(&"浙江文艺出版社"), "{:?}", people(&x));
    assert!(x.credits.iter().all(|c| c.role != zhextract::CreditRole::Author), "{:?}", x.credits);
    let x = run("基金三季报出炉\n原创 安雯 中国基金报 2026年10月28日 22:05 北京\n\n10月28日晚间，三季报披露。\n");
    assert!(people(&x).contains(&"安雯"), "{:?}", people(&x));
}

/// A year of the common era named so, and one before it (ISO 8601 counts a year 0:
/// 公元前221年 is -0220); 公元前 is no person.
#[test]
fn years_of_the_common_era() {
    let x = run("公元前221年，秦统一六国。公元8年，王莽称帝。");
    let d: Vec<(&str, &str)> = x.dates.iter().map(|d| (d.text.as_str(), d.value.as_str())).collect();
    assert_eq!(d, vec![("公元前221年", "-0220"), ("公元8年", "0008")]);
    assert!(x.people.is_empty(), "{:?}", people(&x));
}

/// 21世纪 opening an outlet's name is no century; 后年 after 投产 before a year's output is
/// "after it starts, a year's", no year after next.
#[test]
fn no_dates_inside_names_and_phrases() {
    let d = |s: &str| run(s).dates.into_iter().map(|d| d.text).collect::<Vec<_>>();
    assert!(d("据21世纪经济报道记者了解，项目进展顺利。").is_empty());
    assert!(d("项目全部投产后年发电量约42亿千瓦时。").is_empty());
    assert_eq!(d("后年将举行第二届。"), vec!["后年"]);
}

/// Shillings of East Africa are currencies.
#[test]
fn african_currencies() {
    let m = common::money("月薪约80万乌干达先令，通行费为1.5万乌干达先令。");
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!((m[0].1, m[0].2.as_str()), (800000.0, "UGX"));
    assert_eq!((m[1].1, m[1].2.as_str()), (15000.0, "UGX"));
}

/// 公路 ends a road's name after a place (屯门公路, 青山公路); 紧邻 says a road follows.
#[test]
fn highways_are_roads() {
    let p = places("屯门公路昨日发生严重交通意外，驾驶者须改经青山公路。");
    assert!(has(&p, "屯门公路") && has(&p, "青山公路"), "{p:?}");
    assert!(has(&places("小区东门外，紧邻京汉大道的一排门面。"), "京汉大道"));
    assert!(places("全省新改建农村公路1.2万公里。").is_empty());
}

/// Hong Kong's acting (署理) is part of the title; a minister of state (国务部长) heads no
/// 国务部.
#[test]
fn acting_and_ministers_of_state() {
    let x = run("新界南总区交通部特别调查队署理总督察冯嘉欣昨午在记者会上表示，初步调查显示货柜车越线。");
    assert_eq!(roles(&x, "冯嘉欣")[0].0, "署理总督察");
    let o = orgs("财政、计划和经济发展部国务部长亨利·奥希戈出席。");
    assert!(!has(&o, "国务部"), "{o:?}");
}

/// A ceremony named by the verbs of what it marks (开通运营仪式, 并网投产仪式); a race's
/// distance is no event; 赛后 does not open one.
#[test]
fn ceremonies_and_races() {
    assert_eq!(events("当天上午，开通运营仪式在人民广场站站厅举行。"), vec!["开通运营仪式"]);
    assert_eq!(events("当天上午，项目全容量并网投产仪式在升压站举行。"), vec!["并网投产仪式"]);
    assert!(events("比赛设全程马拉松、半程马拉松和5公里健康跑。").is_empty());
    assert_eq!(events("赛后新闻发布会上，他表示满意。"), vec!["新闻发布会"]);
}

/// A company's department before any title, and a bureau's division named in one word with
/// its head char (管理处 处长), hold the title with the body.
#[test]
fn departments_before_titles() {
    let x = run("中国人民财产保险股份有限公司福建省分公司理赔部总经理郑国栋说，理赔已完成九成。");
    assert_eq!(
        roles(&x, "郑国栋"),
        vec![("总经理".to_string(), Some("中国人民财产保险股份有限公司福建省分公司理赔部".to_string()))]
    );
    let x = run("河南省农业农村厅种植业管理处处长牛振东指出，良种覆盖率稳定。");
    assert_eq!(roles(&x, "牛振东")[0].1.as_deref(), Some("河南省农业农村厅种植业管理处"));
    // (no unit from a word that ends in 部: 全部)
    assert_eq!(orgs("华为公司全部员工都来了。"), vec!["华为公司"]);
}

/// 实际控制人 and 主任助理 are titles; a body's short name in brackets with 以下简称 before
/// the title still gives the title its body.
#[test]
fn more_titles() {
    let x = run("鼎泰新材董事长、实际控制人周建华表示，回购彰显信心。");
    assert!(roles(&x, "周建华").iter().any(|r| r.0 == "实际控制人"));
    let x = run("中国载人航天工程办公室主任助理季启明介绍，组合体运行稳定。");
    assert_eq!(roles(&x, "季启明"), vec![("主任助理".to_string(), Some("中国载人航天工程办公室".to_string()))]);
    let x = run("中国科学院物理研究所（以下简称中科院物理所）研究员郗振华表示，成果意义重大。");
    assert_eq!(roles(&x, "郗振华")[0].1.as_deref(), Some("中国科学院物理研究所"));
}

/// A surname and a form of address the segmenter also read as one name (钟大爷) is one
/// person, named by its surname; 婆婆 and 阿姨 are forms of address; a surname after a
/// word cut across (西安市|民|张|女士, 车主|林|女士) is still one.
#[test]
fn people_named_by_address() {
    let x = run("“盗采的人一来就跑。”沿河居住的村民钟大爷告诉督察组。");
    assert_eq!(people(&x), vec!["钟大爷"]);
    assert_eq!(x.people[0].mentions.len(), 1);
    assert_eq!(people(&run("今年83岁的周婆婆在这里住了38年。")), vec!["周婆婆"]);
    assert_eq!(people(&run("西安市民张女士带着上小学的儿子专程赶来。")), vec!["张女士"]);
    assert_eq!(people(&run("南平市的车主林女士的车在地下车库被淹。")), vec!["林女士"]);
    assert!(run("他买了三张老师的照片。").people.is_empty());
}

/// Words the lexicon lacked read as names (米|布丁, 东方|韵味, 那|段时间, 明星基金经理):
/// none of them is a person now.
#[test]
fn words_are_no_names() {
    for s in [
        "农会今年推出以新米制作的米蛋卷、米布丁与米酿等加工品。",
        "我们希望呈现一个既有东方韵味、又能让西方观众看懂的故事。",
        "那段时间几乎天天泡在洁净间里。",
        "明星基金经理大举加仓港股创新药。",
        "舞狮更吸引了不少巫裔和印裔青年参与。",
        "公司安装光伏组件近90万块。",
    ] {
        assert!(run(s).people.is_empty(), "{s}: {:?}", people(&run(s)));
    }
}

/// A reporter quoted by 告诉本报记者 after the quote speaks it.
#[test]
fn told_this_paper() {
    let q = quotes("“明年还会再来。”张伟告诉本报记者。");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "张伟");
}

/// Places: a town named by a lake right after its county (伊吾县淖毛湖镇), a river of a
/// one-char place (赣江) after 直指, a compound (荣华里小区), the places the gazetteer lacked
/// (大湾区, 路氹, 秦国), 东至 "east to" after 西起 is no county, 以北约 is no NATO.
#[test]
fn places_of_the_eighth_audit() {
    assert!(has(&places("国家电投在伊吾县淖毛湖镇建设光伏项目。"), "淖毛湖镇"));
    assert_eq!(places("督察组直指赣江一级支流沿岸采砂问题。"), vec!["赣江"]);
    let p = places("硚口区汉中街道荣华社区的荣华里小区完成改造。");
    assert!(has(&p, "荣华社区") && has(&p, "荣华里小区"), "{p:?}");
    assert!(places("全市老旧小区改造加快，该小区居民满意。").is_empty());
    assert!(has(&places("粤港澳大湾区建设加快。"), "大湾区"));
    assert!(has(&places("旅客前往路氹的酒店。"), "路氹"));
    assert!(has(&places("这件虎符是秦国调兵的凭证。"), "秦国"));
    let p = places("线路西起绿园区，东至净月区的长影世纪城站。");
    assert!(!has(&p, "东至"), "{p:?}");
    assert!(has(&places("安徽省东至县发生洪水。"), "东至县"));
    assert!(orgs("项目位于三塘湖镇以北约40公里的戈壁滩上。").is_empty());
    assert!(has(&orgs("北约秘书长表示"), "北约"));
}

/// Organisations: "our bureau" speaking is no part of its unit's name (我局|坡子街派出所),
/// 学会了 is a verb, a byline's 发自 is no outlet.
#[test]
fn organisations_of_the_eighth_audit() {
    assert_eq!(orgs("2026年10月13日23时许，我局坡子街派出所接群众报警。"), vec!["坡子街派出所"]);
    assert!(orgs("“我跟着中国师傅学会了看图纸。”").is_empty());
    let x = run("申花主场力克蓉城\n\n记者 沈一鸣 发自上海\n\n10月18日晚，上海申花队在主场战胜成都蓉城队。\n");
    assert!(!x.organizations.iter().any(|o| o.name.contains("发自")));
    assert!(x.credits.iter().any(|c| c.names == vec!["沈一鸣".to_string()]));
}

/// 等 "and others" after a name takes no char of it, though the last char and 等 make a
/// word (蒋卫平|等 is no 蒋卫 + 平等 "equal").
#[test]
fn and_others_after_a_name() {
    let x = run("华能新疆公司党委书记、董事长蒋卫平等出席。");
    assert_eq!(people(&x), vec!["蒋卫平"]);
    assert_eq!(people(&run("王建平等人出席了仪式。")), vec!["王建平"]);
    assert!(run("男女平等是基本国策。").people.is_empty());
}

/// A prosecutor's charge is reported (检察院起诉指控，…); a byline may open with a bullet
/// (●本报记者 葛嘉琪); a numbered review meeting and a contest are events.
#[test]
fn charges_bullets_and_meetings() {
    let q = quotes("丽水市人民检察院起诉指控，郑立群收受现金。");
    assert_eq!((q[0].0.as_str(), q[0].1.as_str()), ("丽水市人民检察院", "指控"));
    let x = run("央行降准\n\n●本报记者 葛嘉琪\n\n人民银行11月17日宣布降准。\n");
    assert!(x.credits.iter().any(|c| c.names == vec!["葛嘉琪".to_string()]), "{:?}", x.credits);
    assert_eq!(events("上市委2026年第27次审议会议审议通过其首发申请。"), vec!["上市委2026年第27次审议会议"]);
    assert_eq!(events("开展劳动竞赛活动。"), vec!["劳动竞赛"]);
}

/// A lake or a hill named by a county's or a district's short name is that place whole
/// (玄武湖), not the district.
#[test]
fn lakes_named_by_districts() {
    assert_eq!(places("马拉松途经中山路，绕行玄武湖后返回。"), vec!["中山路", "玄武湖"]);
}

/// A two-char name that opens a company's name in the text, with no post and no word said,
/// is the company's trade name (华岳新兴成长混合 is a fund of 华岳基金管理有限公司), no
/// person; a founder who speaks stays one (李宁说).
#[test]
fn trade_names_are_no_people() {
    let x = run("华岳基金管理有限公司发布三季报，华岳新兴成长混合三季度收益领先。");
    assert!(x.people.is_empty(), "{:?}", people(&x));
    let x = run("李宁公司发布财报。李宁说，公司将继续发展。");
    assert_eq!(people(&x), vec!["李宁"]);
    assert!(has(&orgs("北京某某科技有限责任公司今天成立。"), "北京某某科技有限责任公司"));
}
