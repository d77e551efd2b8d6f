//! Roles and people of session 23, on sentences of our own: a one-char given name before
//! 说 (周强说, not 周|强说), an office of two fields whose first the segmenter split as an
//! adverb (自然|资源和规划局), a Hong Kong housing word read as a name (简约公|屋).

mod common;
use common::{has, orgs, roles, run};

fn names(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn a_one_char_given_name_before_shuo() {
    let x = run("本报记者走访了多家企业。\n记者张明说，今年园区新增企业30家。");
    assert!(names(&x).contains(&"张明"), "{:?}", names(&x));
    let x = run("会后，区长周强说，明年将新建三所学校。");
    assert!(names(&x).contains(&"周强"), "{:?}", names(&x));
}

#[test]
fn a_word_that_ends_in_shuo_stays_a_word() {
    // (来说, 据说, 听说 after a surname-like char are no names)
    let x = run("对于企业来说，降低成本最重要。据说，这项政策将于明年实施。");
    assert!(names(&x).is_empty(), "{:?}", names(&x));
}

#[test]
fn an_office_of_natural_resources_and_planning() {
    let s = "昨日，市自然资源和规划局局长王建华介绍了今年的土地供应计划。";
    let o = orgs(s);
    assert!(o.iter().any(|n| n.ends_with("自然资源和规划局")), "{:?}", o);
    assert!(!has(&o, "资源和规划局"), "{:?}", o);
    let x = run(s);
    let r = roles(&x, "王建华");
    assert!(
        r.iter().any(|(t, org)| t == "局长" && org.as_deref().is_some_and(|g| g.ends_with("自然资源和规划局"))),
        "{:?}",
        r
    );
}

#[test]
fn public_housing_in_hong_kong_is_no_name() {
    let x = run("行政長官李家超昨日出席簡約公屋項目動工儀式。他表示，簡約公屋將為輪候人士提供過渡性住房。");
    assert!(names(&x).iter().all(|n| !n.contains("公")), "{:?}", names(&x));
    assert!(names(&x).contains(&"李家超"), "{:?}", names(&x));
}

#[test]
fn a_reporters_question_ends_the_answer_before_it() {
    let q = common::quotes("发布会上，市场监管局新闻发言人孙丽说，今年以来共查处案件300余起。有记者提问，网购投诉为何增多？孙丽回应称，直播带货是主要原因。");
    assert_eq!(q.len(), 2, "{:?}", q);
    assert!(q[0].2.ends_with("300余起。"), "{:?}", q);
    let q = common::quotes("区教育局局长周文华表示，今年新增学位5000个。问及师资缺口，这位局长坦言，招聘仍有难度。");
    assert!(q[0].2.ends_with("5000个。"), "{:?}", q);
}

#[test]
fn a_striker_who_scores_twice() {
    let x = run("比赛第30分钟，前锋克雷桑梅开二度，帮助球队2:1取胜。");
    assert!(names(&x).contains(&"克雷桑"), "{:?}", names(&x));
}
