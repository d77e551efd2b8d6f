//! Session 20's audit of whole articles (a product launch, a road accident, exam news, a
//! health advisory, a summit call, a Taiwan farm report): one test per general rule.

mod common;
use common::{date_ranges, with_reference};
use zhextract::extract;

/// 6月龄 is an infant's age in months, not June.
#[test]
fn age_in_months_is_no_month() {
    let x = extract(
        "专家建议，6月龄至5岁儿童、6至23月龄婴幼儿和孕妇尽早接种流感疫苗。",
        &with_reference("2026-12-03"),
    );
    assert!(x.dates.is_empty(), "{:?}", date_ranges(&x));
    let ages: Vec<_> = x
        .quantities
        .iter()
        .filter(|q| q.unit == "月龄")
        .map(|q| (q.text.as_str(), q.value, q.value_max))
        .collect();
    assert_eq!(ages, [("6月龄", 6.0, None), ("6至23月龄", 6.0, Some(23.0))]);
}

/// 当天 after a period (下月初, 上周) is the last day named, not the period's end.
#[test]
fn same_day_skips_a_period() {
    let x = extract(
        "新华社华盛顿11月28日电 白宫28日发表声明说，国务卿将于下月初访问欧洲。\n\n\
         俄方发言人当天对媒体证实了这次通话。上周双方曾有接触，当天会谈持续两小时。",
        &with_reference("2026-12-03"),
    );
    let same_day: Vec<_> = date_ranges(&x)
        .into_iter()
        .filter(|d| d.0 == "当天")
        .collect();
    assert_eq!(
        same_day,
        [("当天", "2026-11-28", None), ("当天", "2026-11-28", None)]
    );
}

/// A health article's notice that it is no medical advice is a disclaimer.
#[test]
fn health_notice_is_a_disclaimer() {
    use zhextract::ParagraphKind::{Disclaimer, Lead};
    let x = common::run(
        "专家提醒，儿童持续高热超过3天应及时就医。\n\n温馨提示：本文仅供科普参考，如有不适请及时就医。\n\n\
         本文内容不作为诊疗依据。",
    );
    let kinds: Vec<_> = x.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [Lead, Disclaimer, Disclaimer]);
}

/// 应 and 要 before a verb are modal verbs, not the surname of a name (应开启 is no person).
#[test]
fn modal_verb_is_no_surname() {
    let x = common::run("交警提醒，驾驶人遇到低能见度天气应开启雾灯，企业要落实安全责任。");
    assert!(x.people.is_empty(), "{:?}", x.people);
    let x = common::run("应松年教授指出，这部法律很重要。");
    assert_eq!(common::person(&x, "应松年").name, "应松年");
}

/// A news sentence about a statement (发表声明) or an editor-in-chief (总编辑) is content,
/// not boilerplate: the summary keeps the lead; a credit line is still left out.
#[test]
fn summary_keeps_statements_and_editors() {
    let x = common::run(
        "新华社华盛顿11月28日电 美国白宫28日发表声明说，两国元首当天通电话，就地区局势交换了意见。\n\n\
         白宫新闻秘书在例行记者会上说，通话持续了约90分钟，气氛坦诚而富有建设性。\n\n\
         报社总编辑王晨表示，将加快媒体融合步伐，推动报业集团健康发展。\n\n\
         俄方发言人当天对媒体证实了这次通话，并介绍了俄方的原则立场。\n\n编辑：林小燕",
    );
    assert_eq!(x.summary.len(), 3, "{:?}", x.summary);
    assert!(
        x.summary[0].starts_with("美国白宫28日发表声明说"),
        "{:?}",
        x.summary
    );
    assert!(
        x.summary.iter().any(|s| s.contains("总编辑")),
        "{:?}",
        x.summary
    );
    assert!(
        x.summary.iter().all(|s| !s.contains("林小燕")),
        "{:?}",
        x.summary
    );
}
