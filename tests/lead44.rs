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
