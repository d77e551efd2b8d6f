//! Roles of session 22, on sentences of our own: a firm of four chars read as a person's
//! name before a title, a chief's field inside the title (首席宏观分析师), the staff of a
//! head of state (总统新闻秘书), a post one is nominated to in a city (拟任…市副市长的).

mod common;
use common::{person, roles, run};

fn role(title: &str, org: Option<&str>) -> (String, Option<String>) {
    (title.to_string(), org.map(str::to_string))
}

fn names(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn a_firm_read_as_a_name_before_a_title_and_a_person() {
    let x = run("三季度数据公布后，多位分析师作出解读。\n东方金诚首席宏观分析师王青表示，预计四季度经济将继续回升。");
    assert!(!names(&x).contains(&"东方金诚"), "{:?}", names(&x));
    assert_eq!(
        roles(&x, "王青"),
        vec![role("首席宏观分析师", Some("东方金诚"))]
    );
    assert!(x.organizations.iter().any(|o| o.name == "东方金诚"));
}

#[test]
fn a_chiefs_field_is_part_of_the_title() {
    let x =
        run("市场人士普遍关注降息节奏。\n中金公司首席策略分析师李明认为，明年市场将延续震荡格局。");
    assert_eq!(
        roles(&x, "李明"),
        vec![role("首席策略分析师", Some("中金公司"))]
    );
}

#[test]
fn a_person_before_a_title_keeps_the_name() {
    // (a person's name before a title with no other name after it stays a person)
    let x = run("会议由欧阳明华主持。\n欧阳明华副市长在会上指出，要抓好安全生产。");
    person(&x, "欧阳明华");
}

#[test]
fn the_staff_of_a_prime_minister() {
    let x =
        run("双方当天举行了会谈。\n英国首相发言人詹姆斯·库克在会后对记者说，双方同意加强沟通。");
    let r = roles(&x, "詹姆斯·库克");
    assert!(r.iter().any(|(_, o)| o.as_deref() == Some("英国")), "{r:?}");
}

#[test]
fn a_city_before_its_head_in_an_appointment() {
    let x = run(
        "省委组织部今天发布干部任前公示。\n拟任南州市副市长的李建国同志，现任省交通运输厅副厅长。",
    );
    let r = roles(&x, "李建国");
    assert!(
        r.iter()
            .any(|(t, o)| t == "副市长" && o.as_deref() == Some("南州市")),
        "{r:?}"
    );
}

#[test]
fn a_famous_name_inside_a_coachs_name_is_no_second_person() {
    let x = run("比赛在济南进行。\n赛后，泰山队主教练崔康熙则表示，球队在下半场体能下降明显。");
    person(&x, "崔康熙");
    assert!(!names(&x).contains(&"康熙"), "{:?}", names(&x));
}

#[test]
fn a_countrys_side_before_a_verb_is_no_name() {
    let x = run("德国外交部当天发表声明。\n声明说，欧方愿同各方加强沟通，俄方称将派代表团出席。");
    assert!(
        !names(&x).iter().any(|n| n.contains('方')),
        "{:?}",
        names(&x)
    );
}
