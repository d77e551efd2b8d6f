//! Quotes, credits and paragraph kinds from the audit of session 19: both sides of an
//! interview or a press conference, an answer in two paragraphs, a group's reported speech,
//! picture credits.

use zhextract::ParagraphKind;
mod common;
use common::{q, quotes, run};

#[test]
fn an_interview_gives_the_questions_and_the_answers_with_their_speakers() {
    let s = "访谈｜老街巷里的新生活\n本报记者 林晓\n记者：改造后居民最满意的是什么？\n周海燕：是出行方便了。以前巷子里车进不来，现在消防车都能开到家门口。\n记者：还有哪些难题？\n周海燕：停车位还是不够。";
    assert_eq!(
        quotes(s),
        vec![
            q("记者", "：", "改造后居民最满意的是什么？"),
            q(
                "周海燕",
                "：",
                "是出行方便了。以前巷子里车进不来，现在消防车都能开到家门口。"
            ),
            q("记者", "：", "还有哪些难题？"),
            q("周海燕", "：", "停车位还是不够。"),
        ]
    );
    // 问：/答：: the one asking is not named, the answer is the person introduced
    let s = "围绕秋粮收购，记者采访了市粮食局局长韩卫东。\n问：今年收购价格有何变化？\n答：稻谷最低收购价每斤上调了两分钱。";
    assert_eq!(
        quotes(s),
        vec![
            q("", "问", "今年收购价格有何变化？"),
            q("韩卫东", "答", "稻谷最低收购价每斤上调了两分钱。"),
        ]
    );
}

#[test]
fn a_press_conference_question_from_any_outlet_opens_a_turn() {
    let s = "国防部举行例行记者会\n路透社记者：有报道称演习将延长，能否证实？\n吴晓峰：演习按计划进行，具体安排会适时发布。\n香港中评社记者：下一步有何考虑？\n吴晓峰：我们将继续加强训练。";
    assert_eq!(
        quotes(s),
        vec![
            q("路透社记者", "：", "有报道称演习将延长，能否证实？"),
            q("吴晓峰", "：", "演习按计划进行，具体安排会适时发布。"),
            q("香港中评社记者", "：", "下一步有何考虑？"),
            q("吴晓峰", "：", "我们将继续加强训练。"),
        ]
    );
    // the host named in a bracket speaks by name
    let s = "主持人（市政府新闻办主任 赵国平）：请韩明杰局长介绍情况。\n韩明杰：谢谢主持人。今年全市新增就业岗位八万个。";
    assert_eq!(quotes(s)[0], q("赵国平", "：", "请韩明杰局长介绍情况。"));
}

#[test]
fn an_answer_goes_on_in_the_next_paragraph_until_the_next_turn() {
    let s = "新校区建设进展如何？听听校长怎么说\n记者：新校区什么时候启用？\n宋立新：明年秋季学期。第一批将迁入三个学院。\n其余学院会在两年内陆续搬迁，老校区保留研究生教学。\n记者：交通怎么解决？\n宋立新：地铁三号线延长线已经开工。";
    let got = quotes(s);
    assert_eq!(
        got[2],
        q(
            "宋立新",
            "：",
            "其余学院会在两年内陆续搬迁，老校区保留研究生教学。"
        )
    );
    assert_eq!(got.len(), 5);
    // turns run together in one paragraph are split at each turn
    let s = "新校区明年启用\n宋立新：明年秋季学期启用。记者：交通怎么解决？宋立新：地铁已经开工。\n记者：还有什么期待？\n宋立新：希望同学们喜欢新校园。";
    assert_eq!(
        quotes(s)[..3],
        [
            q("宋立新", "：", "明年秋季学期启用。"),
            q("记者", "：", "交通怎么解决？"),
            q("宋立新", "：", "地铁已经开工。"),
        ]
    );
}

#[test]
fn what_a_group_says_ends_with_its_sentence() {
    assert_eq!(
        quotes(
            "课间，学生们说，王老师就像妈妈一样。她每天都提前半小时到校，为住得远的孩子热好午饭。"
        ),
        vec![q("学生们", "说", "王老师就像妈妈一样。")]
    );
    assert_eq!(
        quotes("不少村民说，路修好了，日子也有了奔头。去年村里的猕猴桃卖到了上海。"),
        vec![q("不少村民", "说", "路修好了，日子也有了奔头。")]
    );
    // one person goes on
    assert_eq!(
        quotes("村支书李明说，路修好了，日子也有了奔头。明年还要建冷库。"),
        vec![q(
            "李明",
            "说",
            "路修好了，日子也有了奔头。明年还要建冷库。"
        )]
    );
}

#[test]
fn a_picture_source_is_a_credit() {
    let s = "近日，多地出现“免费体检”骗局。\n图片来源：网络\n编辑：郑晓雨";
    let x = run(s);
    assert_eq!(x.paragraphs[1].kind, ParagraphKind::Credit);
    let c = &x.credits[0];
    assert_eq!(
        (c.label.as_str(), c.organization.as_deref()),
        ("图片来源", Some("网络"))
    );
    // a photographer after the label is credited as one, with the outlet
    let x = run("近日，多地出现“免费体检”骗局。\n图片来源：新华社记者 李明 摄");
    let c = &x.credits[0];
    assert_eq!(
        (c.names.clone(), c.organization.as_deref()),
        (vec!["李明".to_string()], Some("新华社"))
    );
}

#[test]
fn a_counted_description_and_huiyi_say_after_a_quotation() {
    assert_eq!(
        quotes("“今年我们延长了营业时间，销售额增长了三成。”一家连锁书店负责人告诉记者。"),
        vec![q(
            "一家连锁书店负责人",
            "告诉记者",
            "今年我们延长了营业时间，销售额增长了三成。"
        )]
    );
    assert_eq!(
        quotes("“刚来的时候，学校只有两间土房。”何秀兰笑着回忆。"),
        vec![q("何秀兰", "回忆", "刚来的时候，学校只有两间土房。")]
    );
    // a memory is no saying
    assert!(quotes("那段日子成了何秀兰最珍贵的回忆，她至今难忘。").is_empty());
}
