//! perf25 (issue 8): the segmenter looks a pair of chars up among the surnames only where a
//! surname of two chars may begin (`Lexicon::may_start_compound_surname`, a bit per first
//! char). The output is meant to be the same: these check that the gate lets every
//! two-char surname of the list through, and that names with such surnames are still cut
//! whole in real-looking text.

use zhextract::lexicon::get;
use zhextract::lexicon::segment::{segment, Kind};

#[test]
fn every_two_char_surname_passes_the_gate() {
    let lex = get();
    let mut n = 0;
    for s in lex.surnames.keys() {
        let mut cs = s.chars();
        if let (Some(c), Some(_)) = (cs.next(), cs.next()) {
            assert!(lex.may_start_compound_surname(c), "{s}");
            n += 1;
        }
    }
    // (the list has surnames of two chars: 欧阳, 司马, 诸葛, 上官)
    assert!(n >= 10, "{n}");
    // most chars start none (the gate is worth its test)
    let common = "的一是了我不人在他有这中大来个国到说们为子和你地出道也时年";
    let open = common.chars().filter(|&c| lex.may_start_compound_surname(c)).count();
    assert!(open <= 5, "{open}");
}

fn names(s: &str) -> Vec<&str> {
    segment(s, 0, s.len())
        .iter()
        .filter(|t| t.kind == Kind::Name)
        .map(|t| &s[t.start..t.end])
        .collect()
}

#[test]
fn names_with_two_char_surnames_stay_whole() {
    let t = "市应急管理局局长欧阳建国说，今年汛期全市未发生较大事故。";
    assert!(names(t).iter().any(|n| n.starts_with("欧阳")), "{:?}", names(t));
    let people = |t: &str| -> Vec<String> {
        zhextract::extract(t, &zhextract::Options::default())
            .people
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    let t = "副县长上官文静说，全县今年新建道路二十公里。";
    assert_eq!(people(t), ["上官文静"]);
    let t = "市应急管理局局长欧阳建国说，今年汛期全市未发生较大事故。";
    assert_eq!(people(t), ["欧阳建国"]);
}
