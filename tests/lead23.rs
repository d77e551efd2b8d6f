//! Session 23's audit: reprint notices that name no outlet, places named in full and
//! short among the keywords, and UTF-8 read as GBK where bytes were lost (short stretches
//! between ASCII, punctuation, words of the dictionary as evidence).

mod common;
use common::run;
use zhextract::model::CreditRole;

/// 转载自其他媒体 names no outlet: no source credit (the notice is still a disclaimer).
#[test]
fn a_reprint_notice_naming_no_outlet_names_no_source() {
    for notice in [
        "声明：本文转载自其他媒体，不代表本站观点。",
        "本文来源于网络媒体，如有侵权请联系删除。",
        "转载自相关平台，版权归原作者所有。",
    ] {
        let x = run(&format!(
            "据悉，会议将于下月召开。各方对此高度关注。\n{notice}"
        ));
        let sources: Vec<_> = x
            .credits
            .iter()
            .filter(|c| c.role == CreditRole::Source)
            .collect();
        assert!(
            sources.is_empty(),
            "{notice}: {:?}",
            sources.iter().map(|c| &c.organization).collect::<Vec<_>>()
        );
    }
    // a named outlet still is one
    let x = run("据悉，会议将于下月召开。\n本文转载自新京报，不代表本站观点。");
    assert!(x
        .credits
        .iter()
        .any(|c| c.organization.as_deref() == Some("新京报")));
}

/// A place named in full (杭州市) and short (杭州) is one keyword, in its short form.
#[test]
fn a_place_in_full_and_short_is_one_keyword() {
    let x = run(
        "杭州市今年新建公园12个。杭州市园林局表示，杭州将继续推进公园城市建设。\n\
                 据介绍，杭州的绿地率已达40%。公园建设带动了周边商业发展。",
    );
    let words: Vec<&str> = x.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.contains(&"杭州"), "{words:?}");
    assert!(!words.contains(&"杭州市"), "{words:?}");
}

/// UTF-8 read as GBK with bytes lost: a lost byte of punctuation (锛� → ，, 銆� → 。), a
/// lost byte whose char makes a word of the dictionary with its neighbour (增量, 景气), and
/// the short stretches left between ASCII (企涓歅MI → 企业PMI; 涓� alone → �, no garbage).
#[test]
fn utf8_read_as_gbk_with_lost_bytes_is_repaired_around_ascii_and_punctuation() {
    let x = run("鍥藉�剁粺璁″眬鏈嶅姟涓氳皟鏌ヤ腑蹇冮�栧腑缁熻�″笀璧靛簡娌宠В璇荤О锛�11鏈堜唤锛屽湪涓�绯诲垪瀛橀噺鏀跨瓥鍜屽�為噺鏀跨瓥鍗忓悓鍙戝姏涓嬶紝鍒堕�犱笟鏅�姘旀按骞冲洖鍗囥�備粠浼佷笟瑙勬ā鐪嬶紝澶у瀷浼佷笟PMI涓�51.2%锛屼腑鍨嬩紒涓歅MI涓�49.8%锛屽皬鍨嬩紒涓歅MI涓�48.6%銆�");
    let t = &x.text;
    for want in [
        "解读称，11月份",
        "增量政策",
        "景气水平",
        "回升。从企业",
        "大型企业PMI",
        "中型企业PMI",
        "48.6%。",
    ] {
        assert!(t.contains(want), "{want}: {t}");
    }
    for junk in ['涓', '銆', '锛', '歅'] {
        assert!(!t.contains(junk), "{junk}: {t}");
    }
}

/// A department the dictionary files as a name (宣传部) is an organisation: no person
/// 宣传部, and the official after it holds both posts.
#[test]
fn a_department_filed_as_a_name_is_an_organisation() {
    let x = run("昨天，广州市委常委、宣传部部长李明在发布会上表示，今年将举办多项文化活动。");
    assert!(
        !x.people.iter().any(|p| p.name == "宣传部"),
        "{:?}",
        x.people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
    let roles = common::roles(&x, "李明");
    assert!(
        roles
            .iter()
            .any(|(t, o)| t == "部长" && o.as_deref() == Some("宣传部")),
        "{roles:?}"
    );
    assert!(
        roles
            .iter()
            .any(|(t, o)| t == "常委" && o.as_deref() == Some("广州市委")),
        "{roles:?}"
    );
}

/// An association of two fields joined by 与/和, the second a verb the dictionary files as
/// one (采购), is named whole with the country before it.
#[test]
fn an_association_of_two_fields_is_named_whole() {
    let x = run("中国物流与采购联合会副会长王军认为，明年物流需求将保持增长。");
    let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(orgs.contains(&"中国物流与采购联合会"), "{orgs:?}");
    let roles = common::roles(&x, "王军");
    assert!(
        roles
            .iter()
            .any(|(t, o)| t == "副会长" && o.as_deref() == Some("中国物流与采购联合会")),
        "{roles:?}"
    );
}

/// The short names of fairs (文博会, 消博会) are no people.
#[test]
fn a_fairs_short_name_is_no_person() {
    let x = run("本届文博会为期5天。主办方表示，文博会已经成为重要平台；消博会也将于明年举办。");
    assert!(
        x.people.is_empty(),
        "{:?}",
        x.people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
}
