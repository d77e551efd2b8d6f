//! Session 46: what a sixteenth audit of 32 articles (transport and logistics; crime, police
//! and discipline; business and consumers; culture, tourism and sport) got wrong.

mod common;
use common::run;

fn places(x: &zhextract::Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

/// Taiwan's districts, towns and townships are places, in either script, by their full
/// names (中壢區, 斗六市, 礁溪鄉) and by short forms that are no common word (板桥, 鹿港); a
/// short form that is also a word, a name's start or a mainland division is not taken
/// (森林内, 太平镇, 鹿野道彦, 乌日娜).
#[test]
fn taiwan_districts_and_townships() {
    let x = run("桃園市中壢區龍東路昨天發生車禍。");
    assert_eq!(places(&x), vec!["桃園市", "中壢區", "龍東路"]);
    let x = run("家住板桥的林先生到斗六市出差，顺道去了鹿港和礁溪乡。");
    assert_eq!(places(&x), vec!["板桥", "斗六市", "鹿港", "礁溪乡"]);
    assert_eq!(places(&run("他在森林内发现了一只熊。")), Vec::<&str>::new());
    assert_eq!(places(&run("太平镇的村民昨天开会。")), vec!["太平镇"]);
    let x = run("日本前首相鹿野道彦昨天抵达北京。");
    assert_eq!(people(&x), vec!["鹿野道彦"]);
    let x = run("副县长乌日娜表示，县里将推动远程医疗。");
    assert_eq!(people(&x), vec!["乌日娜"]);
    assert_eq!(places(&x), Vec::<&str>::new());
}
