//! From the audit of session 18 (police notices, interviews as 问：/答：, Hong Kong reports,
//! press-conference transcripts, earnings, match reports, reposts, judgements, obituaries,
//! science news): quotes and the summary.

use zhextract::{extract, Extraction, Options};
mod common;
use common::quotes;

fn run(s: &str) -> Extraction {
    extract(s, &Options::default())
}

#[test]
fn a_police_notice_headline_is_no_quote() {
    let s = "警方通报：两名男子深夜在烧烤店斗殴，均已被行政拘留\n\n6月3日23时许，城东派出所接到报警。\n\n警方通报称，两人因琐事发生争执，已被依法处理。";
    let q = quotes(s);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "两人因琐事发生争执，已被依法处理。");
}

#[test]
fn a_reminder_to_the_public_is_a_quote() {
    let q = quotes("警方同时提醒广大驾驶人，雨天行车要减速慢行，保持安全车距。");
    assert_eq!(
        q,
        [(
            "警方".to_string(),
            "提醒".to_string(),
            "雨天行车要减速慢行，保持安全车距。".to_string()
        )]
    );
    let q = quotes("市卫健委呼吁市民朋友，出现发热症状要及时就医。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "出现发热症状要及时就医。");
    // an object that is no audience: no quote
    assert!(quotes("系统提醒功能，已在新版本中上线。").is_empty());
}

#[test]
fn answers_speak_for_the_one_person_interviewed() {
    let s = "专访丨市图书馆馆长周文清：让阅读走进每一个社区\n\n今年，市图书馆新开设了12家社区分馆。记者日前专访了市图书馆馆长周文清。\n\n问：新开的分馆有什么特点？\n\n答：每个分馆都设在居民步行十五分钟能到的地方，周末也照常开放。\n\n问：下一步有什么打算？\n\n答：明年我们计划再建8家分馆，重点放在城郊新区。\n\n（记者 韩雪）";
    let x = run(s);
    let q: Vec<_> = x
        .quotes
        .iter()
        .map(|q| (q.speaker.clone().unwrap_or_default(), q.text.as_str()))
        .collect();
    assert_eq!(
        q,
        [
            // (the questions are turns too, their asker unnamed: session 19)
            (String::new(), "新开的分馆有什么特点？"),
            (
                "周文清".to_string(),
                "每个分馆都设在居民步行十五分钟能到的地方，周末也照常开放。"
            ),
            (String::new(), "下一步有什么打算？"),
            (
                "周文清".to_string(),
                "明年我们计划再建8家分馆，重点放在城郊新区。"
            )
        ]
    );
    // the summary reads an answer without its label
    assert!(
        x.summary.iter().all(|s| !s.starts_with("答：")),
        "{:?}",
        x.summary
    );
    // two people in the introduction: whose answer it is is not clear, no speaker
    let s = "对话两位院长：医院如何留住人才\n\n记者采访了市一院院长刘海和市二院院长孙平。\n\n问：人才流失严重吗？\n\n答：这几年情况有所好转，但基层医院仍然缺人。";
    let q = quotes(s);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| q.0.is_empty()), "{q:?}");
}

#[test]
fn a_verb_before_zhi_says_it() {
    let q = quotes("對於市民的質疑，運輸署署長李婉華回應指，新巴士路線將於下月開通。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "李婉華");
    assert_eq!(q[0].2, "新巴士路線將於下月開通。");
}

#[test]
fn the_reporters_account_of_the_police_ends_a_report() {
    let q = quotes("居民张女士报警称，家中财物被盗。接警后，民警迅速赶到现场调查。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "家中财物被盗。");
    // the speaker's own description goes on
    let q = quotes("警方表示，案件正在调查中。警方还将加强夜间巡逻。");
    assert_eq!(q[0].2, "案件正在调查中。警方还将加强夜间巡逻。");
}

#[test]
fn a_counted_description_after_a_place_speaks() {
    let q = quotes("成都市武侯区一位社区医生告诉记者，今年来接种疫苗的老人明显增多。");
    assert_eq!(
        q,
        [(
            "成都市武侯区一位社区医生".to_string(),
            "告诉记者".to_string(),
            "今年来接种疫苗的老人明显增多。".to_string()
        )]
    );
}

#[test]
fn arriving_in_hong_kong_is_no_place_name() {
    let x = run("今年首五個月共有約二萬名人才經各項計劃抵港，較去年同期增加約一成。");
    let places: Vec<_> = x.locations.iter().map(|l| l.name.as_str()).collect();
    assert!(!places.iter().any(|p| p.ends_with("抵港")), "{places:?}");
}

#[test]
fn this_issues_editor_is_a_credit() {
    let x = run("来源：新华网\n\n全市今年新增绿地120公顷，人均公园绿地面积达到15平方米。\n\n本期编辑：刘思远\n审核：赵一鸣");
    let c: Vec<_> = x
        .credits
        .iter()
        .map(|c| (c.label.as_str(), c.names.clone()))
        .collect();
    assert!(
        c.contains(&("本期编辑", vec!["刘思远".to_string()])),
        "{c:?}"
    );
}
