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
