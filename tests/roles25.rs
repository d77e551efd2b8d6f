//! Session 25: people, roles and quotes on present-day news (ministries, local government,
//! courts, companies, sports, diplomacy), from paragraphs written for the audit.

mod common;
use common::{q, quotes, roles, run};

/// 怀 and 寿 are surnames too (rare ones): after a title, 怀|进|鹏 or 寿|小|丽 is one name.
#[test]
fn rare_surnames_huai_and_shou_after_a_title() {
    let x = run("省教育厅厅长怀志明日前在全省教育工作会议上指出，要加快建设教育强省。");
    assert_eq!(
        roles(&x, "怀志明"),
        vec![("厅长".to_string(), Some("省教育厅".to_string()))]
    );
    let x = run("市政府新闻办新闻发言人寿红梅主持发布会，并回答记者提问。");
    assert!(x.people.iter().any(|p| p.name == "寿红梅"), "{:?}", x.people);
    // the words stay words
    let x = run("他怀着激动的心情参加了祝寿活动。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// A county's name and one more char right after a title are a name before an adverbial
/// too, not only before a verb of saying (市长|林西|强|在发布会上介绍).
#[test]
fn a_county_name_and_a_char_after_a_title_before_an_adverbial() {
    let x = run("河北省邯郸市副市长武安明在调研时表示，要全力保障冬季供暖。");
    assert!(x.people.iter().any(|p| p.name == "武安明"), "{:?}", x.people);
    let x = run("宁国市市长林西强日前在新闻发布会上介绍，全市新增就业岗位一万二千个。");
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("林西强"));
}

/// A named speaker, maybe after a title, and 表示 (则表示, 也表示) with no comma before a
/// statement: the statement is a quote, told in its own sentence; 表示感谢 (an object) is not.
#[test]
fn a_statement_after_a_named_speaker_with_no_comma() {
    let t = "国家统计局局长康义介绍了前三季度的数据。国家发展改革委副主任李春临则表示今年经济\
             运行总体平稳。双方还讨论了其他问题。";
    assert!(
        quotes(t).contains(&q("李春临", "表示", "今年经济运行总体平稳。")),
        "{:?}",
        quotes(t)
    );
    let t = "中国足协主席宋凯也强调要把青训放在更加突出的位置。";
    assert_eq!(
        quotes(t),
        vec![q("宋凯", "强调", "要把青训放在更加突出的位置。")]
    );
    // an object of the verb, or what is stressed, is no statement
    assert!(quotes("市长王立新表示感谢和敬意。").is_empty());
    assert!(quotes("市长王立新强调了基层治理的重要性。").is_empty());
}

/// A three-char name glued to the verb after it (武磊接队友传球) whose first two chars name
/// someone else of the text (武磊在赛后说) is that person: the third char is the verb's.
#[test]
fn a_name_that_took_the_verb_after_it_is_the_two_char_name() {
    let t = "第89分钟，武磊接队友传球后冷静推射破门。赛后，武磊在接受采访时说，全队打得很顽强。";
    let x = run(t);
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["武磊"]);
    let p = &x.people[0];
    assert_eq!(p.mentions.len(), 2);
    assert!(p.mentions.iter().all(|m| &t[m.start..m.end] == "武磊"));
    // a three-char name that ends its clause somewhere stays whole
    let x = run("王建国和王建两人同村。王建国说，今年收成不错。");
    assert!(x.people.iter().any(|p| p.name == "王建国"), "{:?}", x.people);
}

/// A commission ending in 委 (发展改革委, 卫健委) is no party committee: the second title of
/// 党组书记、主任 is the commission's too.
#[test]
fn a_commission_shares_its_name_along_a_list_of_titles() {
    let x = run("省发展改革委党组书记、主任陈新宇在会上表示，全省投资保持平稳增长。");
    assert_eq!(
        roles(&x, "陈新宇"),
        vec![
            ("党组书记".to_string(), Some("省发展改革委".to_string())),
            ("主任".to_string(), Some("省发展改革委".to_string())),
        ]
    );
    // a party committee's mayor is the city's, as before
    let x = run("杭州市委副书记、市长姚高员出席活动。");
    assert!(roles(&x, "姚高员").contains(&("市长".to_string(), Some("杭州市".to_string()))));
}

/// The head of a place written after its government (浙江省人民政府副省长): since session 46
/// the government written in full is a body and the role's (as the audits' readers give it);
/// without it the place is the role's (浙江省副省长).
#[test]
fn the_head_of_a_place_after_its_government() {
    let x = run("江苏省人民政府副省长马欣出席开幕式并致辞。");
    assert_eq!(
        roles(&x, "马欣"),
        vec![("副省长".to_string(), Some("江苏省人民政府".to_string()))]
    );
    let x = run("宁波市政府副市长李关定在会上通报了有关情况。");
    assert_eq!(
        roles(&x, "李关定"),
        vec![("副市长".to_string(), Some("宁波市政府".to_string()))]
    );
}
