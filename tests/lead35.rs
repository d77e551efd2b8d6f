//! Session 35: what a fifth audit of 32 articles (press conferences and interviews, the
//! world and overseas Chinese media, economic releases, culture and society) got wrong.

mod common;
use common::{roles, run};

fn people(s: &str) -> Vec<String> {
    run(s).people.iter().map(|p| p.name.clone()).collect()
}

fn money(s: &str) -> Vec<(String, f64, String)> {
    run(s)
        .money
        .iter()
        .map(|m| (m.text.clone(), m.amount, m.currency.clone()))
        .collect()
}

/// A surname cut off before a given name the dictionary files as a name (刘|向东, 李|向阳)
/// is the person's, after a quote's close, at a sentence's start and after 是; a bank card
/// (银行卡, filed as a name) is no one.
#[test]
fn a_surname_before_a_given_name_word() {
    for (s, name) in [
        ("“今年工业经济稳中有进。”刘向东说。", "刘向东"),
        ("“今年很好。”王向东说。", "王向东"),
        ("据悉，刘向东指出，今年很好。", "刘向东"),
        ("“今年很好。”李向阳说。", "李向阳"),
    ] {
        let p = people(s);
        assert_eq!(p, vec![name.to_string()], "{s}");
        let q = common::quotes(s);
        assert!(q.iter().all(|x| x.0 == name), "{s}: {q:?}");
    }
    let p = people("警方提示：出租、出借、出售银行卡和电话卡是违法行为！");
    assert!(p.is_empty(), "{p:?}");
}

/// 日圆 after a month's day is the date and 圆满 (11月20日圆满完成); a currency named after
/// 元 is the amount's (1.25万亿元新台币).
#[test]
fn yen_and_a_currency_after_yuan() {
    assert!(money("海军和平方舟号医院船11月20日圆满完成任务。").is_empty());
    let m = money("民进党当局提出追加约1.25万亿元新台币预算，另有300元人民币和5万元港币。");
    let got: Vec<_> = m.iter().map(|(t, a, c)| (t.as_str(), *a, c.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("1.25万亿元新台币", 1.25e12, "TWD"),
            ("300元人民币", 300.0, "CNY"),
            ("5万元港币", 5e4, "HKD"),
        ]
    );
    let m = money("一瓶水卖150日圆。");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].2, "JPY");
}

/// A source line's outlet ends before the stamp after it (来源：中国军网　2026-11-26 17:20).
#[test]
fn a_source_before_its_stamp() {
    let x = run("国防部：将举行联合训练\n来源：中国军网　　2026-11-26 17:20\n\n　　11月26日下午，国防部举行例行记者会。\n");
    let src: Vec<_> = x
        .credits
        .iter()
        .filter(|c| c.role == zhextract::model::CreditRole::Source)
        .map(|c| c.organization.clone().unwrap_or_default())
        .collect();
    assert_eq!(src, vec!["中国军网".to_string()]);
}

/// A title cut across a body's word before a name (国|会议|长|禹元植: 国会 and 议长), Korea's
/// ministers (外交部长官 → 长官 of the ministry) and a party's leader (党首).
#[test]
fn titles_of_korea_and_japan() {
    let x = run("国会议长禹元植宣布预算案获得通过。");
    assert_eq!(roles(&x, "禹元植"), vec![("议长".to_string(), Some("国会".to_string()))]);
    assert!(x.events.is_empty(), "{:?}", x.events);
    let x = run("韩国外交部长官赵兑烈表示，将加强合作。");
    assert_eq!(roles(&x, "赵兑烈"), vec![("长官".to_string(), Some("韩国外交部".to_string()))]);
    let x = run("共同民主党党首郑清来表示，新预算把重点放在民生上。");
    assert_eq!(roles(&x, "郑清来"), vec![("党首".to_string(), Some("共同民主党".to_string()))]);
    // (a meeting's word stays one where no name follows: 全国会议)
    let x = run("全国会议长期以来在北京召开。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// A dotted name whose parts the dictionary cut into common chars (东|契|奇, 库|明|加,
/// 弗|莱|彻, 涅|边|贾, 拉|斐|尔) or that opens with initials (JJ·雷迪克) is whole; the word
/// after it is not (维托尔|是|教练组, 费尔德曼|上|周五, 伯尔切斯库|镇, 发行|人|汉斯).
#[test]
fn dotted_names_with_common_chars() {
    let s = "湖人：卢卡·东契奇、奥斯汀·里夫斯首发。波杰姆斯基和乔纳森·库明加轮番得分。湖人主帅JJ·雷迪克表示满意。WTA首席执行官波蒂亚·阿彻则透露了计划。副秘书长汤姆·弗莱彻通报称局势恶化。俄罗斯常驻联合国代表瓦西里·涅边贾则表示反对。国际原子能机构总干事拉斐尔·格罗西4日发表声明说，情况严重。";
    let p = people(s);
    for name in [
        "卢卡·东契奇",
        "奥斯汀·里夫斯",
        "乔纳森·库明加",
        "JJ·雷迪克",
        "波蒂亚·阿彻",
        "汤姆·弗莱彻",
        "瓦西里·涅边贾",
        "拉斐尔·格罗西",
    ] {
        assert!(p.iter().any(|x| x == name), "{name}: {p:?}");
    }
    assert_eq!(p.len(), 9, "{p:?}");
    let p = people("能解决问题的中锋，若昂·维托尔是教练组考察了整整一个月的人选。执行委员会委员马库斯·费尔德曼上周五在法兰克福出席活动。瓦西利克·哈努家住康斯坦察县的尼·伯尔切斯库镇。基金发行人汉斯·迪尚德说，市场平稳。");
    for name in ["若昂·维托尔", "马库斯·费尔德曼", "汉斯·迪尚德"] {
        assert!(p.iter().any(|x| x == name), "{name}: {p:?}");
    }
    assert!(p.iter().all(|x| !x.ends_with('镇')), "{p:?}");
}
