//! Session 24: people, roles and quotes on present-day news (press conferences, police
//! briefings, sports, diplomacy), from paragraphs written for the audit.

mod common;
use common::{q, quotes, roles, run};

/// A later mention of a speaker the tagger does not read as a name (何 is also "what":
/// 何|亚东) still opens reported speech of its own: two quotes, not one running on.
#[test]
fn a_later_mention_of_a_speaker_opens_a_quote_of_its_own() {
    let t = "商务部新闻发言人何亚东在例行新闻发布会上表示，中方注意到美方近期的有关举措。\
             何亚东说，中方将密切关注事态发展，坚决维护自身正当权益。";
    assert_eq!(
        quotes(t),
        vec![
            q("何亚东", "表示", "中方注意到美方近期的有关举措。"),
            q("何亚东", "说", "中方将密切关注事态发展，坚决维护自身正当权益。"),
        ]
    );
    // and it ends what another speaker said before it
    let t = "会上，国家统计局副局长盛来运表示，国民经济运行总体平稳。\
             商务部新闻发言人何亚东表示，外贸保持增长。何亚东说，中方将继续扩大开放。";
    let got = quotes(t);
    assert!(got.contains(&q("何亚东", "说", "中方将继续扩大开放。")), "{got:?}");
}

/// A surname and an emperor's reign name at the start of a clause, before its verb, are one
/// name (崔康熙, Shandong Taishan's coach), not the emperor.
#[test]
fn a_surname_and_a_famous_two_char_name_before_the_verb_are_one_name() {
    let t = "“这场比赛我们踢得很被动。”崔康熙在赛后新闻发布会上说，球队需要调整。";
    let x = run(t);
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"崔康熙") && !names.contains(&"康熙"), "{names:?}");
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("崔康熙"));
    let x = run("赛后，崔康熙表示，全队都尽力了。");
    assert!(x.people.iter().any(|p| p.name == "崔康熙"));
    // the emperor after his dynasty stays the emperor
    let x = run("这座石桥建于清康熙年间，至今保存完好。");
    assert!(!x.people.iter().any(|p| p.name == "清康熙"));
}

/// 富 is a transliteration char (瓦德富尔, 富兰克林): a run with it is one foreign name.
#[test]
fn fu_in_a_transliterated_name() {
    let x = run("德国外长瓦德富尔当天结束对中国的访问。瓦德富尔表示，德方愿与中方保持沟通。");
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"瓦德富尔") && !names.contains(&"富尔"), "{names:?}");
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("瓦德富尔"));
}

/// 总队长 (the head of a police or fire corps) is a title; with its rank before it.
#[test]
fn the_head_of_a_corps_is_a_title() {
    let x = run("上海市公安局刑侦总队副总队长杨东介绍，警方共抓获犯罪嫌疑人126名。");
    let r = roles(&x, "杨东");
    assert!(
        r.iter().any(|(t, o)| t == "副总队长"
            && o.as_deref().is_some_and(|o| o.ends_with("刑侦总队"))),
        "{r:?}"
    );
}

/// An analyst's forecast ends the name after the title like a verb of saying
/// (首席宏观分析师张|静静|预计: a given name that is a word).
#[test]
fn a_forecast_after_an_analysts_name() {
    let t = "华泰证券首席宏观分析师张静静预计，四季度经济增速将有所回升。";
    let x = run(t);
    assert!(x.people.iter().any(|p| p.name == "张静静"), "{:?}", x.people);
    assert_eq!(quotes(t)[0].0, "张静静");
}
