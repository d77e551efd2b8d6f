//! Session 41: what an eleventh audit of 32 articles (technology, mining and energy;
//! culture, religion, tourism and obituaries; labour, social security and local government;
//! Japan, Korea, Europe and Taiwan in Chinese-language papers) got wrong, and errors left
//! from session 40.

mod common;
use common::run;

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn places(x: &zhextract::Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

fn speakers(x: &zhextract::Extraction) -> Vec<&str> {
    x.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect()
}

/// An airport keeps its city, as its official name does (成都双流国际机场), though not a
/// country (美国|肯尼迪国际机场); a name the dictionary files as a person's (白云) or a
/// transliteration that opens with a unit's char (米|兰马尔彭萨) is still the airport's.
#[test]
fn airports_keep_their_cities() {
    let x = run("航班从成都双流国际机场起飞，经停广州白云国际机场，降落在米兰马尔彭萨国际机场。");
    let p = places(&x);
    for a in ["成都双流国际机场", "广州白云国际机场", "米兰马尔彭萨国际机场"] {
        assert!(p.contains(&a), "{a}: {p:?}");
    }
    // (no place cut inside another: 米兰马尔 beside 兰马尔彭萨国际机场)
    assert!(!p.iter().any(|n| n.starts_with("米兰马尔") && !n.ends_with("机场")), "{p:?}");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    let x = run("受暴雪影响，美国肯尼迪国际机场关闭。");
    let p = places(&x);
    assert!(p.contains(&"肯尼迪国际机场") && p.contains(&"美国"), "{p:?}");
}

/// A name of two given chars right before a verb of saying keeps its last char, though that
/// char is common as a verb (孙晓萌|表示); an adverb there is no name's (王军|今|表示).
#[test]
fn a_name_before_a_verb_of_saying_keeps_its_last_char() {
    let x = run("孙晓萌表示，团队会继续努力。");
    assert_eq!(people(&x), vec!["孙晓萌"]);
    assert_eq!(speakers(&x), vec!["孙晓萌"]);
    let x = run("孫曉萌表示，團隊會繼續努力。");
    assert_eq!(people(&x), vec!["孫曉萌"]);
    for t in ["王军称表示，会继续努力。", "王军等表示，会继续努力。", "王军萌生退意。"] {
        assert_eq!(people(&run(t)), vec!["王军"], "{t}");
    }
}
