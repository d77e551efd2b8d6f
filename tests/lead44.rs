//! Session 44: what a fourteenth audit of 32 articles (education and universities; transport,
//! aviation, rail and shipping; finance, banking and insurance; sports, diplomacy and local
//! politics) got wrong, and patterns of news left from earlier sessions.

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

fn speakers(x: &zhextract::Extraction) -> Vec<&str> {
    x.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect()
}

/// A speaker may do something, then a comma, then the manner they speak in, before the verb
/// (张华接过证书，激动地表示; ”李明放下话筒，笑着说).
#[test]
fn a_deed_a_comma_and_the_manner_before_the_verb() {
    let x = run("张华接过证书，激动地表示，这是对团队的肯定。");
    assert_eq!(speakers(&x), vec!["张华"]);
    let x = run("“我们会继续努力。”李明放下话筒，笑着说。");
    assert_eq!(speakers(&x), vec!["李明"]);
    // (someone else's clause after the comma is no manner: 大家纷纷表示)
    let x = run("张华接过证书，大家纷纷表示祝贺。");
    assert!(speakers(&x).is_empty(), "{:?}", x.quotes);
    // (a name that is not the sentence's subject does not speak so)
    let x = run("会上向张华颁发证书，激动地表示，这是对团队的肯定。");
    assert!(!speakers(&x).contains(&"张华"), "{:?}", x.quotes);
}

/// In a text of metro lines or railways, chars of a name before 站 name a station, a place
/// (角美站, 杏林站); 进出站 goes through one; 报 that reports to or for is no newspaper
/// (入学报到, 支队报到); 全日制 is no name.
#[test]
fn stations_reporting_for_duty_and_full_time() {
    let x = run("地铁6号线西起漳州市龙海区角美镇的角美站，途经杏林站，乘客可使用银行卡等方式进出站。");
    assert!(places(&x).contains(&"角美站"), "{:?}", places(&x));
    assert!(places(&x).contains(&"杏林站"), "{:?}", places(&x));
    assert!(orgs(&x).is_empty(), "{:?}", orgs(&x));
    // (a body's station stays a body: 边防检查站)
    assert_eq!(orgs(&run("边防检查站民警查验了证件。")), vec!["边防检查站"]);
    let x = run("新生入学报到时间为9月1日，潜艇支队报到的学员有20名。");
    assert!(orgs(&x).is_empty(), "{:?}", orgs(&x));
    let x = run("学校现有全日制在校生2.6万余人，每人发放安家补助2万元。");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
}

/// A dotted name's last part may open with 别 (阿斯兰·别克捷诺夫) and ends before a
/// preposition's char the name token took (萨利赫|用流利的中文); a last part one char longer
/// than the name found alone elsewhere ends before that char (帕拉西奥斯|连换两人). A run of
/// transliteration before a university's head names it (阿拜国立师范大学).
#[test]
fn dotted_last_parts_and_foreign_universities() {
    let x = run("阿拜国立师范大学副校长阿斯兰·别克捷诺夫表示，欢迎合作。");
    assert_eq!(people(&x), vec!["阿斯兰·别克捷诺夫"]);
    assert_eq!(roles(&x, "阿斯兰·别克捷诺夫"), vec![("副校长".into(), Some("阿拜国立师范大学".into()))]);
    let x = run("中文系主任穆罕默德·萨利赫用流利的中文说，很高兴来到西安。");
    assert_eq!(people(&x), vec!["穆罕默德·萨利赫"]);
    let x = run("易边再战，浙江队主教练安德烈斯·帕拉西奥斯连换两人。赛后，帕拉西奥斯表示，球队踢得急躁。");
    assert_eq!(people(&x), vec!["安德烈斯·帕拉西奥斯"]);
    assert_eq!(speakers(&x), vec!["安德烈斯·帕拉西奥斯"]);
    // (a university of a Chinese place keeps its name: no run of transliteration)
    assert_eq!(orgs(&run("他在美国读大学，后来考上哈佛大学。")), vec!["哈佛大学"]);
}

/// A tunnel is named as a road is (雪峰山隧道, 秦岭隧道); places added through
/// scripts/gen_lexicon.py (秦岭, Tanzania's regions).
#[test]
fn tunnels_and_new_places() {
    let x = run("车辆行至雪峰山隧道时发生事故，秦岭隧道全长18公里。");
    assert!(places(&x).contains(&"雪峰山隧道"), "{:?}", places(&x));
    assert!(places(&x).contains(&"秦岭隧道"), "{:?}", places(&x));
    let x = run("专家组在多多马、莫罗戈罗、姆贝亚建立示范点。");
    assert_eq!(places(&x), vec!["多多马", "莫罗戈罗", "姆贝亚"]);
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    // (a tunnel without a name is none)
    assert!(places(&run("这条隧道很长，海底隧道已贯通。")).is_empty());
}

/// Ceremonies of a listing, a flag, a water salute, a graduation and a farewell are events
/// alone; a meeting held jointly or out of schedule keeps the word (联合新闻发布会,
/// 临时股东大会, 特别股东大会).
#[test]
fn ceremonies_and_meetings_held_jointly_or_out_of_schedule() {
    let ev = |t: &str| run(t).events.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(ev("公司在上交所举行上市仪式。"), vec!["上市仪式"]);
    assert_eq!(ev("飞机抵达后接受了过水门仪式。"), vec!["过水门仪式"]);
    assert_eq!(ev("活动以升国旗仪式开始，晚上举行欢送晚会。"), vec!["升国旗仪式", "欢送晚会"]);
    assert_eq!(ev("学院举行2026届学员毕业典礼。"), vec!["2026届学员毕业典礼"]);
    assert_eq!(ev("两家银行昨日举行联合新闻发布会。"), vec!["联合新闻发布会"]);
    assert_eq!(ev("公司将召开2026年第一次临时股东大会。"), vec!["临时股东大会"]);
    assert_eq!(ev("公司将召开特别股东大会审议议案。"), vec!["特别股东大会"]);
    // (a bare 仪式 is none)
    assert!(ev("公司举行仪式。").is_empty());
}

/// A college's political commissar, the posts of Malaysian Chinese associations (总会长,
/// 总秘书, 总财政), a bank's teller and a chief vice-president are titles; 值班主编 labels a
/// credit.
#[test]
fn commissars_association_posts_and_duty_editors() {
    let x = run("学院政治委员方振宇宣读了表彰决定。");
    assert_eq!(roles(&x, "方振宇"), vec![("政治委员".into(), None)]);
    let x = run("马华总会长林国强、总秘书黄锦发及总财政何金龙出席会议。");
    assert_eq!(roles(&x, "林国强")[0].0, "总会长");
    assert_eq!(roles(&x, "黄锦发")[0].0, "总秘书");
    assert_eq!(roles(&x, "何金龙")[0].0, "总财政");
    let x = run("四川日报全媒体记者 杜思源\n值班主编 蒋立峰");
    assert!(x.credits.iter().any(|c| c.names.iter().any(|n| n == "蒋立峰")), "{:?}", x.credits);
}

/// Whose hand the speaker holds is no speaker (李大爷拉着王丽娜的手说); Hong Kong's 指 says
/// after a clause of time and before a comma (余嘉朗…會見傳媒時指，).
#[test]
fn a_hand_held_and_hong_kongs_zhi_after_a_clause_of_time() {
    let x = run("银行柜员王丽娜拦下了转账。事后，李大爷拉着王丽娜的手说：“要不是你们拦着，我的钱就没了。”");
    assert_eq!(speakers(&x), vec!["李大爷"]);
    let x = run("金管局總裁余嘉朗今早在立法會會議後會見傳媒時指，港元拆息近期已明顯回落。");
    assert_eq!(speakers(&x), vec!["余嘉朗"]);
    // (指 of a hand is no verb of saying)
    assert!(speakers(&run("李明用手指，那边就是车站。")).is_empty());
}

/// An insurer's branch below a city's (温州中心支公司), a university of science by its short
/// name (靜德科大) and one named for the Silk Road are bodies; a lecture hall is none.
#[test]
fn insurers_branches_and_universities_of_science() {
    let x = run("中国平安财产保险股份有限公司温州中心支公司负责人说，已赔付。");
    assert_eq!(orgs(&x), vec!["中国平安财产保险股份有限公司温州中心支公司"]);
    let x = run("靜德科大校長賴明德今天受訪時表示，學校未調整學雜費。");
    assert_eq!(roles(&x, "賴明德"), vec![("校長".into(), Some("靜德科大".into()))]);
    let x = run("西安丝绸之路大学校长钟立群宣布，将投入资金。");
    assert_eq!(roles(&x, "钟立群"), vec![("校长".into(), Some("西安丝绸之路大学".into()))]);
    assert!(orgs(&run("大会在图书馆报告厅举行。")).is_empty());
}

/// Ringgit and sen, Singapore dollars and cents (6令吉80仙, 1新元22仙), cents alone in a
/// text of ringgit (5仙), and RM before an amount.
#[test]
fn ringgit_and_sen() {
    let money = |t: &str| {
        run(t).money.iter().map(|m| (m.text.clone(), m.amount, m.currency.clone())).collect::<Vec<_>>()
    };
    let m = money("收购价为每股6令吉80仙，每股派息5仙，另拨RM850万。");
    assert_eq!(m[0], ("6令吉80仙".to_string(), 6.8, "MYR".to_string()));
    assert_eq!(m[1], ("5仙".to_string(), 0.05, "MYR".to_string()));
    assert_eq!((m[2].0.as_str(), m[2].1), ("RM850万", 8_500_000.0));
    assert_eq!(money("股价报1新元22仙。")[0].1, 1.22);
    // (cents alone in a text of no ringgit are none)
    assert!(money("每股派息5仙。").is_empty());
}

/// A kind of reporter before the label of a byline is no outlet (特约记者 唐明, 实习记者
/// 沈嘉怡): no body 特约 or 实习.
#[test]
fn kinds_of_reporters_are_no_outlets() {
    let x = run("■本报记者 孙浩然 通讯员 钟毅 特约记者 唐明");
    assert!(orgs(&x).is_empty(), "{:?}", orgs(&x));
    assert_eq!(roles(&x, "唐明")[0].0, "特约记者");
    let x = run("红星新闻记者 罗梓涵 实习记者 沈嘉怡");
    assert_eq!(orgs(&x), vec!["红星新闻"]);
    assert_eq!(roles(&x, "罗梓涵"), vec![("记者".into(), Some("红星新闻".into()))]);
}

/// A county's rural credit union and its short name are one body (会宁县农村信用合作联社,
/// 以下简称“会宁农信”), whose posts its chairman holds.
#[test]
fn rural_credit_unions() {
    let x = run("今年以来，会宁县农村信用合作联社（以下简称“会宁农信”）开展宣传。会宁农信党委书记、理事长陈志宏表示，将继续加强。");
    assert_eq!(orgs(&x), vec!["会宁县农村信用合作联社"]);
    assert_eq!(roles(&x, "陈志宏")[1], ("理事长".into(), Some("会宁农信".into())));
}

/// 同仁 is colleagues, no short form of 同仁县 (議員同仁與縣府團隊); the county by its full
/// name stays a place.
#[test]
fn colleagues_are_no_county() {
    assert!(places(&run("議長致詞時感謝議員同仁與縣府團隊。")).is_empty());
    assert!(places(&run("他来自青海同仁县。")).contains(&"同仁县"));
}

/// A theatre command's service is one body (南部战区海军, 东部战区空军); an airport's terminal
/// numbered T2 is a place (T2航站楼).
#[test]
fn theatre_commands_services_and_terminals() {
    let x = run("毕业学员将分配到南部战区海军、东部战区空军等单位。");
    assert_eq!(orgs(&x), vec!["南部战区海军", "东部战区空军"]);
    assert_eq!(orgs(&run("海军和空军参加演习。")), vec!["海军", "空军"]);
    let x = run("旅客走出T2航站楼，新建T3航站楼已封顶。");
    assert_eq!(places(&x), vec!["T2航站楼", "T3航站楼"]);
    assert!(places(&run("沿G107国道行驶。")).contains(&"G107国道"));
}

/// Lithium ore and taking sides are words, no bodies (锂矿开发, 选边站队).
#[test]
fn lithium_ore_and_taking_sides() {
    assert!(orgs(&run("两国在锂矿开发、新能源领域合作，不选边站队。")).is_empty());
}

/// 丝路 and 专家组 are words: a forum of the Silk Road keeps its name (第五届丝路青年学生
/// 交流论坛, 丝 was read as a numeral).
#[test]
fn silk_road_forums() {
    let ev = run("第五届丝路青年学生交流论坛在西安开幕。").events;
    assert_eq!(ev.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), vec!["第五届丝路青年学生交流论坛"]);
}

/// 末 and 依 are transliteration chars (莫哈末, 依斯迈): a Malay name without a dot after an
/// honorific is one person (拿督斯里莫哈末法依沙).
#[test]
fn malay_names_after_an_honorific() {
    let x = run("马星银行集团总裁拿督斯里莫哈末法依沙在记者会上说，合并将带来效益。");
    assert_eq!(people(&x), vec!["莫哈末法依沙"]);
    assert_eq!(speakers(&x), vec!["莫哈末法依沙"]);
    // (末 and 依 in words stay words: 周末, 依法)
    assert!(people(&run("周末依法举行听证会。")).is_empty());
}

/// Hong Kong's 今個月 is this month.
#[test]
fn hong_kongs_this_month() {
    let o = zhextract::Options {
        reference_date: zhextract::Date::new(2026, 12, 7),
        ..Default::default()
    };
    let x = zhextract::extract("預計今個月一手新盤成交可達2,000宗。", &o);
    let v: Vec<(&str, &str)> = x.dates.iter().map(|d| (d.text.as_str(), d.value.as_str())).collect();
    assert_eq!(v, vec![("今個月", "2026-12")]);
}

/// A city of three chars or more before a dotted name's first part is no part of it
/// (布达佩斯|李斯特·费伦茨国际机场: no person); a shorter place word may be (阿|德里|安·马丁内斯).
#[test]
fn a_city_before_a_dotted_name() {
    let x = run("航班抵达布达佩斯李斯特·费伦茨国际机场。");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    assert!(places(&x).contains(&"布达佩斯"), "{:?}", places(&x));
    assert_eq!(people(&run("前锋阿德里安·马丁内斯打进一球。")), vec!["阿德里安·马丁内斯"]);
}

/// Districts and cities renamed or created after the area data (龙海区 of 2021, 同仁市, 监利市,
/// 会理市) are places, and a district's head takes his district.
#[test]
fn divisions_renamed_after_the_area_data() {
    let x = run("漳州市龙海区区长许文彬表示，地铁开通将拉近距离。");
    assert_eq!(roles(&x, "许文彬"), vec![("区长".into(), Some("龙海区".into()))]);
    assert_eq!(places(&run("监利市和会理市的代表，以及贵州同仁市的艺人。")), vec!["监利市", "会理市", "贵州", "同仁市"]);
}
