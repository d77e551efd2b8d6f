//! People, roles and quotes of session 26, on modern news sentences of our own: a verb of
//! accompanying or leading after a name (刘颖|陪同, 陈刚|带队), a name's last char that
//! starts 正在, a Japanese name with a one-char given name after a title (外相岩屋毅,
//! 防卫大臣中谷元), Japanese titles (官房长官, 干事长), a title after 和 sharing the
//! organisation of the one before (总裁王传福和副总裁李云飞), and an unquoted statement
//! that stops at a sentence opening with a frame of place (在…座谈会上，X汇报…).

mod common;
use common::{quotes, roles, run};

fn names(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn a_verb_of_accompanying_or_leading_is_no_given_name_char() {
    let x = run("11月28日，区委书记刘颖陪同市领导到街道调研老旧小区改造。");
    assert_eq!(names(&x), ["刘颖"]);
    let x = run("防汛形势严峻，市长陈刚带队检查了沿江堤防。");
    assert_eq!(names(&x), ["陈刚"]);
}

#[test]
fn zhengzai_after_a_two_char_name() {
    let x = run("记者赶到时，教练李欣正在场边指导队员训练。");
    assert_eq!(names(&x), ["李欣"]);
}

#[test]
fn a_japanese_name_with_a_one_char_given_name_after_a_title() {
    let x = run("日本外相岩屋毅12月3日在东京会见了到访的澳大利亚外长。岩屋毅表示，日方重视两国关系。");
    assert!(names(&x).contains(&"岩屋毅"), "{:?}", names(&x));
    assert_eq!(roles(&x, "岩屋毅"), [("外相".to_string(), Some("日本".to_string()))]);
    let x = run("日本防卫大臣中谷元与美国国防部长在华盛顿举行会谈。");
    assert!(names(&x).contains(&"中谷元"), "{:?}", names(&x));
}

#[test]
fn japanese_titles() {
    let x = run("日本内阁官房长官木原稔5日在记者会上表示，政府将密切关注事态发展。");
    assert!(roles(&x, "木原稔").iter().any(|(t, _)| t == "官房长官"), "{:?}", roles(&x, "木原稔"));
    let x = run("自民党干事长铃木俊一随后对记者表示，党内将加快讨论相关法案。");
    assert_eq!(
        roles(&x, "铃木俊一"),
        [("干事长".to_string(), Some("自民党".to_string()))]
    );
}

#[test]
fn a_title_after_he_shares_the_organisation_before() {
    let x = run("比亚迪股份有限公司总裁王传福和副总裁李云飞出席了在深圳举行的发布会。");
    assert_eq!(
        roles(&x, "李云飞"),
        [("副总裁".to_string(), Some("比亚迪股份有限公司".to_string()))]
    );
}

#[test]
fn an_unquoted_statement_stops_at_a_frame_of_place_and_a_named_subject() {
    let q = quotes(
        "姚明华强调，要加快推进老旧小区改造。在随后召开的座谈会上，街道党工委书记周海涛汇报了辖区工作情况。",
    );
    assert_eq!(q.len(), 1, "{:?}", q);
    assert_eq!(q[0].2, "要加快推进老旧小区改造。");
}
