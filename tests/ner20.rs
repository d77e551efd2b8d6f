//! Session 20: organisation names that ran over a verb or an adverbial of place, a
//! season's holder before a team, a party's organ paper, a company's branch in a country
//! with its business after the bracket.

use zhextract::{extract, Extraction, Options};

fn run(s: &str) -> Extraction {
    extract(s, &Options::default())
}

fn orgs(s: &str) -> Vec<String> {
    run(s).organizations.into_iter().map(|e| e.name).collect()
}

fn places(s: &str) -> Vec<String> {
    run(s).locations.into_iter().map(|e| e.name).collect()
}

#[test]
fn a_visit_is_no_part_of_the_plant_visited() {
    let s = "代表团一行昨天在德国沃尔夫斯堡参观大众汽车厂，并与企业负责人座谈。";
    let o = orgs(s);
    assert!(o.iter().all(|n| !n.contains("参观")), "{o:?}");
    let p = places(s);
    assert!(p.iter().any(|n| n == "德国"), "{p:?}");
}

#[test]
fn a_verb_after_a_place_of_in_is_the_clause_s() {
    let s = "讲解员在老作家家中介绍文学馆的收藏计划。";
    let o = orgs(s);
    assert!(o.iter().all(|n| !n.contains("介绍")), "{o:?}");
}

#[test]
fn a_verb_with_a_direction_ends_a_name() {
    let s = "风云卫星的云图经uhf频道传到监测中心。";
    let o = orgs(s);
    assert!(o.iter().all(|n| !n.contains("传到")), "{o:?}");
}

#[test]
fn last_season_s_champion_is_no_part_of_the_team() {
    let o = orgs("小组赛首轮，上届冠军巴西队以二比一险胜对手。");
    assert_eq!(o, ["巴西队"]);
}

#[test]
fn an_organ_paper_is_its_party_s() {
    let o = orgs("越南共产党中央机关报《人民报》今天发表社论。");
    assert!(o.iter().all(|n| !n.ends_with("机关报")), "{o:?}");
    assert!(o.iter().any(|n| n == "越南共产党中央"), "{o:?}");
}

#[test]
fn a_branch_in_a_country_with_its_business() {
    let o = orgs("活动由可口可乐（中国）饮料有限公司和当地团委共同主办。");
    assert!(
        o.iter().any(|n| n == "可口可乐（中国）饮料有限公司"),
        "{o:?}"
    );
    let o = orgs("本届赛事由雅诗（中国）投资有限公司冠名赞助。");
    assert!(o.iter().any(|n| n == "雅诗（中国）投资有限公司"), "{o:?}");
}

#[test]
fn a_city_s_port_is_a_place() {
    let p = places("上半年，宁波舟山港集装箱吞吐量同比增长一成。");
    assert!(p.iter().any(|n| n == "宁波舟山港"), "{p:?}");
    let p = places("台风过后，滞留的货轮陆续驶离舟山港。");
    assert!(p.iter().any(|n| n == "舟山港"), "{p:?}");
}

#[test]
fn a_classifier_after_a_number_starts_no_team() {
    let o = orgs("本轮联赛，两支中超球队都派出了主力阵容。");
    assert!(o.iter().all(|n| !n.contains("支")), "{o:?}");
}
