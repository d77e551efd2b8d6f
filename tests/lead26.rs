//! Session 26's audit of what people paste: text from a page's source or a feed with HTML
//! references and tags left in it (&nbsp;, &ldquo;, <p>, <br/>), and a phone page's
//! sentences set in short lines broken after their commas.

mod common;
use common::{has, orgs, person, q, quotes, roles, run, subjects};
use zhextract::RepairKind;

/// References become their characters and tags go, each a `markup` repair; every mention
/// still points at the characters as pasted.
#[test]
fn html_references_and_tags_are_repaired() {
    let s = "<p>&nbsp;&nbsp;新华社北京12月3日电（记者&nbsp;王思北）记者3日从国家新闻出版署获悉，&ldquo;书香中国&rdquo;阅读活动共举办各类活动12.6万场。</p><p>国家新闻出版署相关负责人介绍，今年将新设1500个阅读推广点。<br/></p>";
    let x = run(s);
    assert!(
        !x.text.contains("&nbsp;") && !x.text.contains("<p>"),
        "{}",
        x.text
    );
    assert!(x.text.contains("“书香中国”"), "{}", x.text);
    assert!(
        x.repairs.iter().all(|r| r.kind == RepairKind::Markup),
        "{:?}",
        x.repairs
    );
    let p = person(&x, "王思北");
    let m = &p.mentions[0];
    assert_eq!(&s[m.start..m.end], "王思北");
    assert!(
        x.credits.iter().any(|c| c.names == ["王思北"]),
        "{:?}",
        x.credits
    );
    // two paragraphs of body text, no markup in them
    assert_eq!(x.paragraphs.len(), 2, "{:?}", x.paragraphs);
    // the text itself with & and < that is no markup stays
    let x = run("AT&T的份额<5%，而T&C条款未变。");
    assert!(x.repairs.is_empty(), "{:?}", x.repairs);
}

/// A sentence set in short lines after its commas is one paragraph again: the court is
/// found whole and the quote runs to the sentence's end.
#[test]
fn a_sentence_in_short_lines_is_joined() {
    let s = "本报讯（记者 张伟）近日，\n江苏省南京市中级人民法院\n审结一起\n涉案金额达2.3亿元的\n非法集资案。\n法官提醒，\n投资者应通过正规渠道理财。\n\n记者 张伟\n编辑 王芳";
    let x = run(s);
    assert_eq!(x.paragraphs.len(), 4, "{:?}", x.paragraphs);
    assert!(x
        .organizations
        .iter()
        .any(|o| o.name == "江苏省南京市中级人民法院"));
    assert_eq!(quotes(s), [q("法官", "提醒", "投资者应通过正规渠道理财。")]);
}

/// In traditional script a bare 元 is the Hong Kong dollar the text names, but not in a
/// paragraph on the mainland's bodies before the Hong Kong dollar is named.
#[test]
fn a_mainland_paragraph_keeps_the_renminbi() {
    let s = "中國人民銀行行長12月2日在北京表示，今年以來人民銀行累計釋放長期流動性約1萬億元。\n香港金融管理局總裁同日在香港表示，銀行體系總結餘維持在約450億港元，特區政府另撥款30億元。";
    let x = run(s);
    let cur: Vec<(&str, &str)> = x
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.currency.as_str()))
        .collect();
    assert_eq!(
        cur,
        [("1萬億元", "CNY"), ("450億港元", "HKD"), ("30億元", "HKD")]
    );
    // a Hong Kong paragraph before the dollar is named takes it from the document
    let x = run("香港特區政府宣布撥款50億元支援中小企。\n立法會財委會批出的款項共計50億港元。");
    assert!(x.money.iter().all(|m| m.currency == "HKD"), "{:?}", x.money);
}

/// A range with the unit on both ends counts the noun before it, not the 至 between.
#[test]
fn a_range_of_counts_takes_the_noun_before_it() {
    let x = run("公司计划明年将海外销量提升至80万辆至100万辆。");
    assert_eq!(subjects(&x), [("80万辆至100万辆", "辆", Some("海外销量"))]);
}

/// Seconds are a measure, and a race time's hundredths after 秒 belong to it.
#[test]
fn race_times_keep_their_hundredths() {
    let x = run("决赛中，他以9秒83夺冠，对手以10秒05、10秒1分列二三位；卫冕冠军则以1分56秒12垫底，落后约3秒。");
    let got: Vec<(&str, f64)> = x
        .quantities
        .iter()
        .filter(|q| q.unit == "秒")
        .map(|q| (q.text.as_str(), q.value))
        .collect();
    assert_eq!(
        got,
        [
            ("9秒83", 9.83),
            ("10秒05", 10.05),
            ("10秒1", 10.1),
            ("1分56秒12", 116.12),
            ("3秒", 3.0)
        ]
    );
}

/// Taiwan's news in traditional script that names no currency writes its budgets in New
/// Taiwan dollars; the same figures in a mainland report stay renminbi.
#[test]
fn taiwan_news_counts_in_new_taiwan_dollars() {
    let x = run("行政院長4日在立法院表示，明年度中央政府總預算案規模約3.03兆元，其中國防預算達9495億元。");
    assert!(x.money.len() == 2 && x.money.iter().all(|m| m.currency == "TWD"), "{:?}", x.money);
    let x = run("國台辦發言人表示，台灣行政院提出的3.03兆元預算案，立法院仍在審議。");
    assert!(x.money.iter().all(|m| m.currency == "CNY"), "{:?}", x.money);
}

/// 万, 亿, 千 and 百 right after digits are the figure's: no person starts there.
#[test]
fn no_person_starts_inside_a_figure() {
    let x = run("明年我们计划新增10万名主播，另有3千名师生和2百名主持人参加。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// Ministries under the short official names documents use (人力资源社会保障部).
#[test]
fn ministries_under_their_document_names() {
    let o = orgs("国家医保局、人力资源社会保障部和住房城乡建设部联合印发通知。");
    for want in ["国家医保局", "人力资源社会保障部", "住房城乡建设部"] {
        assert!(has(&o, want), "{want}: {o:?}");
    }
}

/// 当地时间 and 北京时间 before a day are part of the adverbial between a speaker and the
/// verb: the speaker is the person, not the place after 在.
#[test]
fn local_time_stands_between_the_speaker_and_the_verb() {
    assert_eq!(
        quotes("美国总统特朗普当地时间2日在白宫表示，美方将对部分进口商品加征关税。"),
        [q("特朗普", "表示", "美方将对部分进口商品加征关税。")]
    );
    let x = run("美国财政部长贝森特在接受福克斯新闻采访时称，关税政策不会引发通胀。");
    assert!(x.people.iter().all(|p| p.name != "福克斯"), "{:?}", x.people);
    assert!(x.organizations.iter().any(|o| o.name == "福克斯新闻"));
}

/// A bureau of two fields joined by 及 is one body after an opening word and its comma too
/// (另外，運輸及物流局), not only at a sentence's start.
#[test]
fn a_bureau_of_two_fields_after_an_opening_word() {
    let x = run("另外，運輸及物流局局長陳美寶昨出席立法會會議時稱，鐵路項目預計2030年落成。");
    assert_eq!(
        roles(&x, "陳美寶"),
        [("局長".to_string(), Some("運輸及物流局".to_string()))]
    );
}

/// An adverb of doing together after a count (九部门联合印发) is no noun counted; the noun
/// it starts (三个联合公报) still is.
#[test]
fn doing_together_is_no_subject() {
    let x = run("日前，教育部等九部门联合印发《意见》，重申三个联合公报的原则。");
    assert_eq!(
        subjects(&x),
        [("九部门", "部门", None), ("三个", "个", Some("联合公报"))]
    );
}
