//! People, their roles and their later mentions, on news of our own making (the session 18
//! audit of people-dense articles: inspections, boards, courts, interviews).

use zhextract::{Extraction, Person};
mod common;
use common::{person, run};

fn names(x: &Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn mention_at(text: &str, p: &Person, at: &str) -> bool {
    let off = text.find(at).expect("the phrase is in the text");
    p.mentions.iter().any(|m| m.start == off)
}

#[test]
fn a_surname_and_a_title_is_the_one_holder_of_that_title() {
    let t = "省委书记张立平，省委副书记、省长高振东到河口县调研。副省长刘文斌陪同。\n\
             高振东在调研中指出，要抓好防汛工作。高省长还叮嘱县里负责同志注意安全。\n\
             张书记要求，各级党委要压实责任。";
    let x = run(t);
    let gao = person(&x, "高振东");
    assert!(mention_at(t, gao, "高省长"), "{:?}", gao.mentions);
    let zhang = person(&x, "张立平");
    assert!(mention_at(t, zhang, "张书记"), "{:?}", zhang.mentions);
    assert!(
        !names(&x).contains(&"高") && !names(&x).contains(&"张"),
        "{:?}",
        names(&x)
    );
}

#[test]
fn a_title_two_people_of_the_surname_hold_joins_neither() {
    let t = "华兴电器董事长王建平、海川食品董事长王海涛共同签署协议。会后，王董事长表示，合作前景广阔。";
    let x = run(t);
    for n in ["王建平", "王海涛"] {
        assert!(!mention_at(t, person(&x, n), "王董事长"), "{n}");
    }
}

#[test]
fn a_familiar_name_or_address_is_the_one_named_before_in_its_paragraph() {
    let t = "种粮大户刘大山说，现在一亩地能打八百斤麦子。村民都说，老刘的麦子长得最好。\n\
             记者见到了农学家孙明远教授。孙教授说，盐碱地潜力巨大。";
    let x = run(t);
    assert!(mention_at(t, person(&x, "刘大山"), "刘的麦子"));
    assert!(mention_at(t, person(&x, "孙明远"), "孙教授"));
}

#[test]
fn a_surname_alone_is_no_later_mention_of_its_char_in_words() {
    let t =
        "常副局长表示，将加大宣传力度。专家说，该菌可使免疫反应比正常情况下增强。问题在于管理。";
    let x = run(t);
    let chang = person(&x, "常");
    assert_eq!(chang.mentions.len(), 1, "{:?}", chang.mentions);
}

#[test]
fn a_former_mark_a_units_char_or_a_word_is_no_surname_before_a_title() {
    let x = run("原董事长周振华因年龄原因辞职。外交部北美大洋洲司司长杨涛参加会见。他回应记者提问时说，将依法处理。");
    let n = names(&x);
    for bad in ["原", "司", "应"] {
        assert!(!n.contains(&bad), "{n:?}");
    }
    assert!(n.contains(&"周振华") && n.contains(&"杨涛"), "{n:?}");
}

#[test]
fn a_notices_current_post_is_a_role() {
    let x = run("王建军，男，汉族，1975年8月生，中共党员，大学学历，现任市发展和改革委员会副主任，拟任市工业和信息化局局长。");
    let w = person(&x, "王建军");
    assert!(
        w.roles.iter().any(|r| r.title == "副主任"
            && r.organization.as_deref() == Some("市发展和改革委员会")),
        "{:?}",
        w.roles
    );
}

#[test]
fn the_next_name_of_a_list_shares_the_role_or_its_organisation() {
    let x = run("江南大学副校长陈立群、吴海燕等参加座谈。南湖大学党委书记宋建明、校长韩晓峰介绍了情况。新华社记者赵一鸣、本报记者钱晓东报道。");
    let wu = person(&x, "吴海燕");
    assert!(
        wu.roles
            .iter()
            .any(|r| r.title == "副校长" && r.organization.as_deref() == Some("江南大学")),
        "{:?}",
        wu.roles
    );
    let han = person(&x, "韩晓峰");
    assert!(
        han.roles
            .iter()
            .any(|r| r.title == "校长" && r.organization.as_deref() == Some("南湖大学")),
        "{:?}",
        han.roles
    );
    let qian = person(&x, "钱晓东");
    assert!(
        qian.roles.iter().all(|r| r.organization.is_none()),
        "{:?}",
        qian.roles
    );
}
