//! Session 25's audit of modern news: departments named for two fields after their
//! ministry (应急减灾与公共服务司), the state's companies (国家铁路集团有限公司), a quoted
//! machine named after a person (“祖冲之四号”), a place joined to another by a hyphen
//! (米兰-科尔蒂纳), and exponents (10的15次方) that count nothing.

mod common;
use common::{has, orgs, places, roles, run};

/// A department of two fields joined by 与 right after its ministry is one organisation,
/// and its head's title belongs to it; 司 is no person.
#[test]
fn a_department_of_two_fields_after_its_ministry_is_one_organisation() {
    let x = run("中国气象局应急减灾与公共服务司副司长王亚伟介绍，此次寒潮影响范围广。");
    assert_eq!(
        roles(&x, "王亚伟"),
        [("副司长".to_string(), Some("中国气象局应急减灾与公共服务司".to_string()))]
    );
    assert!(!x.people.iter().any(|p| p.name == "司"), "{:?}", x.people);
    let o = orgs("农业农村部国际合作与交流司司长刘明表示，合作成果丰硕。");
    assert!(has(&o, "农业农村部国际合作与交流司"), "{o:?}");
    // two bodies joined by 与 stay two
    let o = orgs("教育部与北京市教委联合印发通知，财政部与税务总局也发布了公告。");
    for want in ["教育部", "北京市教委", "财政部", "税务总局"] {
        assert!(has(&o, want), "{want}: {o:?}");
    }
}

/// 国家 starts the name of a state company (国家铁路集团有限公司), not a generic word.
#[test]
fn the_state_companies_keep_their_name() {
    let o = orgs("国家铁路集团有限公司表示，国家能源投资集团有限责任公司也已加强巡查。");
    assert!(has(&o, "国家铁路集团有限公司"), "{o:?}");
    assert!(has(&o, "国家能源投资集团有限责任公司"), "{o:?}");
}

/// A famous name in quotes with a number and 号 names a machine or a craft, no person.
#[test]
fn a_quoted_machine_named_after_a_person_is_no_person() {
    let x = run("团队成功研制出超导量子计算原型机“祖冲之四号”，性能大幅提升。");
    assert!(x.people.is_empty(), "{:?}", x.people);
    // the mathematician himself is still a person; a dynasty is none
    let x = run("祖冲之是南北朝数学家。");
    let people: Vec<_> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["祖冲之"]);
}

/// A transliterated name joined by a hyphen to a place is a place too (米兰-科尔蒂纳).
#[test]
fn a_transliteration_hyphened_to_a_place_is_a_place() {
    let s = "2026年米兰-科尔蒂纳冬奥会的筹备工作已进入最后冲刺阶段。";
    let x = run(s);
    assert!(x.people.is_empty(), "{:?}", x.people);
    let p = places(s);
    assert!(has(&p, "米兰") && has(&p, "科尔蒂纳"), "{p:?}");
}

/// An exponent (10的15次方) is no count of times.
#[test]
fn an_exponent_is_no_count() {
    let x = run("其速度比最快的超级计算机快约10的15次方倍，此前已测试了3次。");
    let q: Vec<_> = x.quantities.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(q, ["3次"]);
}

/// A quoted name of a workshop, hall or station (“共富工坊”) is no person: no given name
/// ends in 坊, 馆, 站 or 店.
#[test]
fn a_workshop_in_quotes_is_no_person() {
    let x = run("街道举行“共富工坊”集中签约仪式，已建成“共富工坊”23家，带动村民就业。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// A name in a credit line is one person, not also a shorter name inside it
/// (編輯：林興盟 is no 林興), even with the wire's code after the line.
#[test]
fn a_credit_name_hides_the_shorter_names_inside_it() {
    let x = run("行政院長卓榮泰今天表示，政府將加速推動能源轉型。\n（編輯：林興盟）1141204");
    let people: Vec<_> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["卓榮泰", "林興盟"]);
}

/// Tenths of 成 after it (一成五, 三成五) are part of the share.
#[test]
fn tenths_of_a_tenth_are_part_of_the_share() {
    let x = run("國道車流量將較平日增加約一成五，約三成五的受訪者表示支持，另有两成。");
    let q: Vec<_> = x.quantities.iter().map(|q| (q.text.as_str(), q.value)).collect();
    assert_eq!(q, [("一成五", 15.0), ("三成五", 35.0), ("两成", 20.0)]);
}

/// A place inside a credited name is no place (编辑：李华山 is no 华山).
#[test]
fn a_place_inside_a_credited_name_is_no_place() {
    let x = run("清华大学校长李路明出席签约仪式并致辞。\n编辑：李华山\n审核：吕婷");
    assert!(x.locations.is_empty(), "{:?}", x.locations);
    assert!(x.people.iter().any(|p| p.name == "李华山"), "{:?}", x.people);
}

/// The national artists' associations are named whole (中国电影家协会, 中国舞蹈家协会), and
/// their chairs hold their titles there.
#[test]
fn the_artists_associations_are_named_whole() {
    let x = run("中国电影家协会主席陈道明在致辞中说，电影市场持续回暖。中国舞蹈家协会也发来贺信。");
    assert_eq!(
        roles(&x, "陈道明"),
        [("主席".to_string(), Some("中国电影家协会".to_string()))]
    );
    let o: Vec<String> = x.organizations.iter().map(|o| o.name.clone()).collect();
    assert!(has(&o, "中国舞蹈家协会"), "{o:?}");
}

/// Two lone chars the dictionary lacks as a word (村|社) are the noun counted, and the verb
/// after them ends it.
#[test]
fn a_noun_of_two_lone_chars_ends_before_the_verb() {
    let x = run("12家企业与辖区8个村社签订合作协议。");
    let q = x.quantities.iter().find(|q| q.text == "8个").expect("8个");
    assert_eq!(q.subject.as_deref(), Some("村社"));
}

/// A verb of saying left alone after a rare given char is no part of the name
/// (主席李舸说 → 李舸, who says it).
#[test]
fn a_verb_of_saying_after_a_rare_given_char_ends_the_name() {
    let x = run("中国摄影家协会主席李舸说，今年的展览规模创历史新高。");
    assert_eq!(
        roles(&x, "李舸"),
        [("主席".to_string(), Some("中国摄影家协会".to_string()))]
    );
    assert_eq!(x.people.len(), 1, "{:?}", x.people);
    assert_eq!(x.quotes.len(), 1);
}

/// A phase of a line or a project (12号线二期, 二期工程) is an ordinal; issues of a
/// journal (出版了三期) stay a count.
#[test]
fn a_phase_of_a_project_is_an_ordinal() {
    let x = run("地铁12号线二期将于月底开通，三峡工程二期工程已经完工，该刊今年已出版三期。");
    let q: Vec<_> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), format!("{:?}", q.kind)))
        .collect();
    assert_eq!(
        q,
        [
            ("二期", "Ordinal".to_string()),
            ("二期", "Ordinal".to_string()),
            ("三期", "Count".to_string())
        ]
    );
}
