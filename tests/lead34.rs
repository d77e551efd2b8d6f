//! Session 34: people whose given name is a common word (王建国, 李红旗, 陈建设) in the
//! places news names them, and what a fourth audit of 32 articles (messy pastes and
//! company news, law and personnel, local news, the world, health and schools) got wrong.

mod common;
use common::run;

fn people(s: &str) -> Vec<String> {
    run(s).people.iter().map(|p| p.name.clone()).collect()
}

/// A surname and a given name that is also a word (建国, 红旗, 建设, 学习) is a person
/// before 在 and the occasion a verb of saying follows, after 据 opening the phrase, and
/// after 的; the same words after a body (各方, 美方) or a pronoun give no person.
#[test]
fn a_given_name_that_is_a_word_in_a_speakers_place() {
    for name in ["王建国", "李红旗", "陈建设", "周胜利", "王学习"] {
        for s in [
            format!("{name}在接受记者采访时表示，今年产量将创新高。"),
            format!("村里的{name}说，今年收成不错。"),
            format!("据{name}透露，公司计划明年上市。"),
            format!("{name}在会上强调，要抓好落实。"),
        ] {
            let p = people(&s);
            assert!(p.iter().any(|x| x == name), "{s}: {p:?}");
        }
    }
    for s in [
        "各方在会谈时表示，将加强合作。",
        "美方在声明中强调，将继续施压。",
        "据新华社报道，会议于昨日召开。",
        "大家在座谈会上说，变化很大。",
        "同时在会上指出，要抓好落实。",
    ] {
        let p = people(s);
        assert!(p.is_empty(), "{s}: {p:?}");
    }
}

/// 指 reports a post or a statement as 称 does, however far its author stands before it
/// (發文指, 撰文指); alone it still says only right after its speaker.
#[test]
fn a_post_reported_with_zhi() {
    let q = common::quotes("林世雄昨日在社交平台發文指，政府會繼續推進相關工作。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[0].1.as_str()), ("林世雄", "指"));
    let q = common::quotes("林世雄昨日在會上用手指着地圖，介紹了規劃。");
    assert!(q.iter().all(|x| x.1 != "指"), "{q:?}");
}
