//! Session 46: what a sixteenth audit of 32 articles (transport and logistics; crime, police
//! and discipline; business and consumers; culture, tourism and sport) got wrong.

mod common;
use common::{events_of as events, orgs, orgs_of, people_of as people, places_of as places, roles, run};



/// Taiwan's districts, towns and townships are places, in either script, by their full
/// names (中壢區, 斗六市, 礁溪鄉) and by short forms that are no common word (板桥, 鹿港); a
/// short form that is also a word, a name's start or a mainland division is not taken
/// (森林内, 太平镇, 鹿野道彦, 乌日娜).
#[test]
fn taiwan_districts_and_townships() {
    let x = run("桃園市中壢區龍東路昨天發生車禍。");
    assert_eq!(places(&x), vec!["桃園市", "中壢區", "龍東路"]);
    let x = run("家住板桥的林先生到斗六市出差，顺道去了鹿港和礁溪乡。");
    assert_eq!(places(&x), vec!["板桥", "斗六市", "鹿港", "礁溪乡"]);
    assert_eq!(places(&run("他在森林内发现了一只熊。")), Vec::<&str>::new());
    assert_eq!(places(&run("太平镇的村民昨天开会。")), vec!["太平镇"]);
    let x = run("日本前首相鹿野道彦昨天抵达北京。");
    assert_eq!(people(&x), vec!["鹿野道彦"]);
    let x = run("副县长乌日娜表示，县里将推动远程医疗。");
    assert_eq!(people(&x), vec!["乌日娜"]);
    assert_eq!(places(&x), Vec::<&str>::new());
}


/// A division's government written in full is a body, with every division before it
/// (广州市天河区人民政府, 宜春市政府), and holds the titles written after it (株洲市人民政府|
/// 原副市长); a unit of it opens with its divisions (新疆维吾尔自治区人民政府新闻办公室). A
/// country's government (中国政府), a bare level's (市政府) and a government that qualifies a
/// noun (江苏省政府投资基金) are no body.
#[test]
fn a_divisions_government_is_a_body() {
    assert_eq!(orgs_of(&run("广州市天河区人民政府昨天发布通告。")), vec!["广州市天河区人民政府"]);
    assert_eq!(orgs_of(&run("宜春市政府与三家企业签约。")), vec!["宜春市政府"]);
    let x = run("株洲市人民政府原副市长彭志远被开除党籍。");
    assert_eq!(orgs_of(&x), vec!["株洲市人民政府"]);
    assert_eq!(roles(&x, "彭志远"), vec![("原副市长".to_string(), Some("株洲市人民政府".to_string()))]);
    let x = run("新疆维吾尔自治区人民政府新闻办公室举行发布会。");
    assert_eq!(orgs_of(&x), vec!["新疆维吾尔自治区人民政府新闻办公室"]);
    assert!(orgs_of(&run("中国政府坚决反对。")).is_empty());
    assert!(orgs_of(&run("据此，市政府决定修路。")).is_empty());
    assert!(orgs_of(&run("江苏省政府投资基金出资10亿元。")).is_empty());
}

/// A name the dictionary knows as a word or as a man of history, and one more given-name
/// char, between a title and a verb of saying is the three chars (律师|董卓|凡|指出, 教授|黎明|
/// 远|分析|称); the two-char name stays where a verb follows at once (教授黎明说). A name's
/// last char before the aspect particle 着 is a verb (张某红|着|眼眶, 基普罗蒂奇披|着); 释法
/// (interpreting the law) and a range of mountains (罗霄|山脉) are no people.
#[test]
fn names_between_a_title_and_a_verb_and_before_zhe() {
    assert_eq!(people(&run("广东瀚诚律师事务所律师董卓凡指出，根据规定。")), vec!["董卓凡"]);
    assert_eq!(people(&run("经济学院教授黎明远分析称，政策叠加。")), vec!["黎明远"]);
    assert_eq!(people(&run("教授黎明说，天亮了。")), vec!["黎明"]);
    assert_eq!(people(&run("张某红着眼眶向母亲刘女士道歉。")), vec!["张某", "刘女士"]);
    assert_eq!(people(&run("冲过终点后，基普罗蒂奇披着肯尼亚国旗绕场致意。")), vec!["基普罗蒂奇"]);
    assert_eq!(people(&run("王小红着急地说。")), vec!["王小红"]);
    assert!(people(&run("法官向双方释法说理。")).is_empty());
    assert!(people(&run("线路穿越罗霄山脉北段。")).is_empty());
}

/// A form of address after a surname that is also an adverb or a pronoun, after 的 or a
/// noun for the one spoken of (旅客|曾|女士, 父母的|何|小姐), is a person; a byline's name
/// of a rare surname standing alone after its label is credited (通讯员 綦晓东), and an app
/// whose name ends in a plus is a reporter's outlet (南方+记者 谭琳).
#[test]
fn addressed_people_rare_surnames_and_an_apps_byline() {
    let x = run("在赣州经营脐橙生意的旅客曾女士搭乘首发列车前往长沙。她说：“以前要转车。”");
    assert_eq!(people(&x), vec!["曾女士"]);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("曾女士"));
    assert_eq!(people(&run("准备到横琴看望父母的何小姐告诉记者，路很顺。")), vec!["何小姐"]);
    let credits = |t: &str| -> Vec<(String, Vec<String>, Option<String>)> {
        run(t).credits.iter().map(|c| (format!("{:?}", c.role), c.names.clone(), c.organization.clone())).collect()
    };
    assert_eq!(
        credits("大众新闻记者 宋佳琪 通讯员 綦晓东 报道\n青岛港吞吐量增长。"),
        vec![
            ("Reporter".to_string(), vec!["宋佳琪".to_string()], Some("大众新闻".to_string())),
            ("Contributor".to_string(), vec!["綦晓东".to_string()], None),
        ]
    );
    assert_eq!(
        credits("南方+记者 谭琳 通讯员 邝嘉欣\n大桥通车。"),
        vec![
            ("Reporter".to_string(), vec!["谭琳".to_string()], Some("南方+".to_string())),
            ("Contributor".to_string(), vec!["邝嘉欣".to_string()], None),
        ]
    );
}


/// An event's name takes a country and a city joined by a middle dot (中国·哈尔滨国际冰雪节),
/// a word the dictionary lacks cut into single chars (螺蛳粉产业博览会, 亚布力国际滑雪邀请赛),
/// a day named by its date (3·15消费维权新闻发布会) and a year of four digits before it
/// (2027亚布力…).
#[test]
fn events_with_a_dot_a_cut_word_a_date_or_a_year() {
    assert_eq!(events(&run("第43届中国·哈尔滨国际冰雪节将盛大开幕。")), vec!["第43届中国·哈尔滨国际冰雪节"]);
    assert_eq!(events(&run("在第五届中国（柳州）螺蛳粉产业博览会上签约。")), vec!["第五届中国（柳州）螺蛳粉产业博览会"]);
    assert_eq!(events(&run("【2027亚布力国际滑雪邀请赛】")), vec!["2027亚布力国际滑雪邀请赛"]);
    assert_eq!(events(&run("在广州召开3·15消费维权新闻发布会。")), vec!["3·15消费维权新闻发布会"]);
}


/// The units of customs, border control, criminal police and vehicle offices are heads of
/// names (广州海关缉私局, 港珠澳大桥边检站, 公安部刑事侦查局) and hold the titles after them;
/// a head word is no person before a title (车管所|民警).
#[test]
fn customs_border_and_police_units() {
    let x = run("据广州海关缉私局副局长潘永强介绍，该案系督办。");
    assert_eq!(roles(&x, "潘永强"), vec![("副局长".to_string(), Some("广州海关缉私局".to_string()))]);
    let x = run("港珠澳大桥边检站副站长覃海峰说，边检部门增设通道。");
    assert_eq!(roles(&x, "覃海峰"), vec![("副站长".to_string(), Some("港珠澳大桥边检站".to_string()))]);
    assert_eq!(orgs("据公安部刑事侦查局副局长宋立群介绍。"), vec!["公安部刑事侦查局"]);
    assert!(people(&run("车管所民警和工作人员接待每一位群众。")).is_empty());
}

/// Titles of Malaysian and Hong Kong companies and courts, of banks and of court papers
/// (董事经理, 副总执行长, 客户经理, 执行副主任, 法定代表人, 裁判官).
#[test]
fn titles_of_the_sixteenth_audit() {
    let x = run("宏图控股董事经理林国荣表示，新厂明年投产。");
    assert_eq!(roles(&x, "林国荣"), vec![("董事经理".to_string(), Some("宏图控股".to_string()))]);
    let x = run("马来西亚投资发展局副总执行长诺丽达表示，欢迎投资。");
    assert_eq!(roles(&x, "诺丽达"), vec![("副总执行长".to_string(), Some("马来西亚投资发展局".to_string()))]);
    let x = run("電影節組委會執行副主任孔德凱說，評選公正。");
    assert_eq!(roles(&x, "孔德凱").first().map(|r| r.0.as_str()), Some("執行副主任"));
}

/// In a text of metro lines or railways, each item of a list that ends in 站 is a station,
/// whatever its name was read as (博物院站 a body's head, 北二环东站 a body's end, 槐安路站 a
/// verb's char inside); not a verb of going before it (经|浏阳站), a count after another
/// station (荆州站|4座车站) or a station of no name (去|火车站).
#[test]
fn stations_listed_in_a_text_of_lines() {
    let x = run("地铁4号线全线设车站5座，依次为：东古城站、北二环东站、博物院站、槐安路站、南位站。");
    assert_eq!(places(&x), vec!["东古城站", "北二环东站", "博物院站", "槐安路站", "南位站"]);
    assert!(orgs_of(&x).is_empty());
    let x = run("高铁列车从长沙南站出发，经浏阳站、铜鼓站抵达。");
    assert!(places(&x).contains(&"浏阳站"), "{:?}", places(&x));
    let x = run("高铁全线共设荆门西站、荆州站4座车站。");
    assert!(!places(&x).iter().any(|p| p.contains("车站")), "{:?}", places(&x));
}

/// A list closed by 等 and a word for companies is one of places when an item is a province
/// and its city (浙江义乌、广东揭阳等电商产业带); of names it stays one of companies
/// (比亚迪、吉利、长安等车企).
#[test]
fn a_list_of_places_before_a_word_for_companies() {
    let x = run("在浙江义乌、广东揭阳等电商产业带设仓。");
    assert!(orgs_of(&x).is_empty(), "{:?}", orgs_of(&x));
    assert_eq!(places(&x), vec!["浙江", "义乌", "广东", "揭阳"]);
    assert_eq!(orgs_of(&run("比亚迪、吉利、长安等车企销量增长。")), vec!["比亚迪", "吉利", "长安"]);
}

/// The kind of unit a body is in a project opens no name (参建单位|中铁十一局集团有限公司).
#[test]
fn the_kind_of_unit_before_a_company() {
    let x = run("参建单位中铁十一局集团有限公司项目总工程师孔令辉说，进度顺利。");
    assert_eq!(orgs_of(&x), vec!["中铁十一局集团有限公司"]);
    assert_eq!(roles(&x, "孔令辉"), vec![("项目总工程师".to_string(), Some("中铁十一局集团有限公司".to_string()))]);
}

/// A verb of telling whom it addresses before a comma takes compatriots and firms too
/// (提醒在西侨胞，…); 季后赛, 游园会 and 古建筑 are no people, and a garden party and a season
/// of concerts are events (第53届哈尔滨冰灯艺术游园会, 2026黟县古村落音乐季).
#[test]
fn addressees_and_words_of_culture_news() {
    let x = run("中国驻西班牙大使馆参赞苏明哲提醒在西侨胞，要警惕以“使馆通知”为名的诈骗。");
    assert_eq!(x.quotes.first().and_then(|q| q.speaker.as_deref()), Some("苏明哲"));
    assert!(people(&run("每次主场我都感觉像在NBA打季后赛。")).is_empty());
    assert!(people(&run("徽州古建筑摄影展同步开展。")).is_empty());
    assert_eq!(events(&run("第53届哈尔滨冰灯艺术游园会开幕。")), vec!["第53届哈尔滨冰灯艺术游园会"]);
    assert_eq!(events(&run("2026黟县古村落音乐季吸引观众4.1万人次。")), vec!["2026黟县古村落音乐季"]);
}

/// A county-level city by the short form the gazetteer leaves out as a word, right after its
/// province and at the end of the phrase, is the place (福建石狮、…等, 云南安宁的); not a word
/// of a compound (山东公安机关) nor a part of the province (青海省南部的).
#[test]
fn a_county_level_city_after_its_province() {
    assert_eq!(places(&run("在浙江义乌、福建石狮等电商产业带设仓。")), vec!["浙江", "义乌", "福建", "石狮"]);
    assert_eq!(places(&run("云南安宁的温泉很有名。")), vec!["云南", "安宁"]);
    assert_eq!(places(&run("山东公安机关强化刑侦改革。")), vec!["山东"]);
    assert!(!places(&run("位于青海省南部的三江源国家公园。")).contains(&"南部"));
}
