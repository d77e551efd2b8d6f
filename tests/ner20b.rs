//! Session 20 audit (ner20b), on sentences of our own: 新闻秘书 is one title, so a press
//! secretary keeps the whole title and the body before it (白宫).

use zhextract::Extraction;
mod common;
use common::{person, run};

fn roles(x: &Extraction, name: &str) -> Vec<(String, Option<String>)> {
    person(x, name)
        .roles
        .iter()
        .map(|r| (r.title.clone(), r.organization.clone()))
        .collect()
}

#[test]
fn press_secretary_is_one_title() {
    let x = run("白宫新闻秘书珍妮特·哈维在例行记者会上表示，总统下周将访问欧洲。");
    assert_eq!(
        roles(&x, "珍妮特·哈维"),
        vec![("新闻秘书".to_string(), Some("白宫".to_string()))]
    );
}
