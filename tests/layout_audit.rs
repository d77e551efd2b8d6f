//! Paragraph kinds, credits, summary and keywords on the shapes of real articles that an
//! audit of 20 pasted pieces found wrong (CNA headlines, bylines on their own line, the
//! foot of a notice, lists of links, ...).

use zhextract::{extract, Extraction, Options, ParagraphKind};

fn run(s: &str) -> Extraction {
    extract(s, &Options::default())
}

fn kinds(x: &Extraction) -> Vec<ParagraphKind> {
    x.paragraphs.iter().map(|p| p.kind).collect()
}

/// role, label, names, organisation of each credit, one string each.
fn credits(x: &Extraction) -> Vec<String> {
    x.credits
        .iter()
        .map(|c| {
            format!(
                "{:?} {} [{}] {}",
                c.role,
                c.label,
                c.names.join(","),
                c.organization.clone().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn a_long_two_clause_headline_over_a_dateline() {
    use ParagraphKind::*;
    let x = run("台股創高後震盪 加權指數漲逾200點收21,858點 台積電市值衝破新臺幣23兆元\n\
         （中央社記者韋樞台北7日電）美股科技股強勢上漲，激勵台股今天開高走高，加權股價指數終場上漲215.56點。\n\
         外資今天買超台股約126.7億元，投信買超19.3億元。\n\
         （編輯：楊凱翔）1130607");
    assert_eq!(kinds(&x)[..3], [Headline, Lead, Body]);
    assert!(
        credits(&x).contains(&"Source 電 [] 中央社".to_string()),
        "{:?}",
        credits(&x)
    );
    // the summary's first sentence reads from after the bracketed dateline, bracket and all
    assert!(x.summary[0].starts_with("美股科技股"), "{:?}", x.summary);
}

#[test]
fn a_byline_of_a_paper_and_a_reporter_on_its_own_line() {
    use ParagraphKind::*;
    let x = run("河南小麦机收进度过半 今年夏粮丰收在望\n\
         农民日报·中国农网记者 范亚旗\n\
         记者从河南省农业农村厅获悉，截至6月6日17时，河南已收获小麦5142万亩，占种植面积的60.5%。\n\
         郸城县委书记罗文阁说，近年来，全县围绕乡村振兴建成高标准农田105万亩。\n\
         责任编辑：李丽颖");
    assert_eq!(kinds(&x), [Headline, Credit, Lead, Body, Credit]);
    assert_eq!(
        credits(&x)[0],
        "Reporter 记者 [范亚旗] 农民日报·中国农网",
        "{:?}",
        credits(&x)
    );
    assert!(
        x.summary.iter().all(|s| !s.contains("范亚旗")),
        "{:?}",
        x.summary
    );
    assert!(
        x.keywords.iter().all(|k| k.word != "范亚旗"),
        "{:?}",
        x.keywords
    );
    // the same byline closing a Hong Kong paper's article
    let x = run("國泰航空下半年增開11條航線\n\
         【明報專訊】國泰航空昨日宣布，集團今年下半年將新增及恢復11條客運航線。\n\
         國泰股價昨日收報8.12港元，升2.1%。\n\
         明報記者 陳家樂");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Credit]);
    let x = run("我国科学家揭示水稻耐高温新机制\n科技日报记者 陆成宽\n6月6日，国际学术期刊《自然》在线发表了研究成果。\n团队历时8年完成研究。");
    assert_eq!(kinds(&x), [Headline, Credit, Lead, Body]);
    assert_eq!(credits(&x), ["Reporter 记者 [陆成宽] 科技日报"]);
}

#[test]
fn the_end_mark_and_the_signature_at_the_foot_of_a_notice() {
    use ParagraphKind::*;
    let x = run("2024年高考今日开考\n\
         中新网北京6月7日电（记者 马佳佳）2024年全国高考7日拉开帷幕，今年报名人数达1342万人。\n\
         据悉，多地明确将于6月23日至25日陆续公布高考成绩。\n\
         （完）\n\
         责任编辑：张心怡");
    assert_eq!(kinds(&x), [Headline, Lead, Body, Decoration, Credit]);
    let notice = "关于做好2024年度职称评审申报工作的通知\n\
         各区人力资源和社会保障局，各有关单位：\n\
         网上申报时间为2024年7月1日至7月31日，逾期系统将自动关闭，不再受理。\n\
         附件：1.2024年度职称评审申报表\n\
         2.职称评审材料清单\n\
         上海市人力资源和社会保障局\n\
         2024年6月5日";
    let x = run(notice);
    assert_eq!(kinds(&x)[5..], [Credit, Credit]);
    assert_eq!(credits(&x), ["Source  [] 上海市人力资源和社会保障局"]);
    assert!(
        x.summary.iter().all(|s| !s.contains("上海市人力")),
        "{:?}",
        x.summary
    );
    // the date keeps its mention
    assert!(
        x.dates.iter().any(|d| d.value == "2024-06-05"),
        "{:?}",
        x.dates
    );
    let x = run("讣告\n\
         中国科学院院士孙汉城同志，因病医治无效，于2024年6月3日在北京逝世，享年94岁。\n\
         孙汉城同志遗体告别仪式定于2024年6月8日上午9时在北京八宝山殡仪馆举行。\n\
         联系人：李涛 010-69357123\n\
         孙汉城同志治丧委员会\n\
         2024年6月4日");
    assert_eq!(kinds(&x)[4..], [Credit, Credit]);
    assert_eq!(credits(&x), ["Source  [] 孙汉城同志治丧委员会"]);
    assert!(
        x.keywords.iter().all(|k| k.word != "委员会"),
        "{:?}",
        x.keywords
    );
    // a date closing a paragraph of text is no signature
    let x = run("标题在这里\n会议于2024年6月4日召开。\n会议强调，要抓好落实，确保各项工作任务按期完成。\n会议定于\n2024年6月4日");
    assert_eq!(kinds(&x)[3..], [Body, Body]);
}

#[test]
fn a_financial_articles_risk_notice_is_a_disclaimer() {
    use ParagraphKind::*;
    let x = run("券商板块午后拉升\n\
         午后，券商板块持续走强，多只个股涨幅超过5%。分析人士认为，成交量放大是主要原因。\n\
         （本文不构成投资建议，据此操作风险自担）\n\
         市场有风险，投资需谨慎。");
    assert_eq!(kinds(&x)[2..], [Disclaimer, Disclaimer]);
}

#[test]
fn a_call_to_tap_wow_in_corner_brackets_is_promotion() {
    use ParagraphKind::*;
    let x = run("市區交通新安排\n\
         運輸署表示，由下周一起，彌敦道部分路段將實施臨時交通管制，市民應預留更多時間。\n\
         喜歡就點個「在看」吧！");
    assert_eq!(kinds(&x)[2..], [Promo]);
}

#[test]
fn the_titles_under_a_header_of_links_are_promotion() {
    use ParagraphKind::*;
    let x = run("高温来袭！这份防中暑指南请收好\n\
         最近几天，我市持续高温，中央气象台昨天18时发布高温黄色预警。\n\
         出现头晕、乏力、大量出汗等症状时，应立即转移到阴凉通风处，补充淡盐水。\n\
         ▼往期推荐▼\n\
         夏季吃西瓜，这3个误区别踩！\n\
         医保新政7月1日起实施，事关每个人\n\
         来源：健康天津、天津市第一人民医院\n\
         编辑：小暖");
    assert_eq!(
        kinds(&x),
        [Headline, Lead, Body, Promo, Promo, Promo, Credit, Credit]
    );
    assert!(
        x.keywords.iter().all(|k| k.word != "医保"),
        "{:?}",
        x.keywords
    );
    assert!(
        x.summary.iter().all(|s| !s.contains("医保")),
        "{:?}",
        x.summary
    );
    // a header at the top, before the article's text, is not followed by its links
    let x = run("推荐阅读\n地铁五号线今日开通\n6月15日，地铁五号线开通运营，全线设站20座。\n乘客表示，出行方便多了。");
    assert_eq!(kinds(&x), [Promo, Headline, Lead, Body]);
}

#[test]
fn an_outlet_named_with_digits_in_a_bracketed_dateline() {
    let x = run("文憑試7月17日放榜\n\
         【香港01報道】香港考試及評核局今日（10日）宣布，2024年香港中學文憑試將於7月17日放榜。\n\
         今年共有55,782名考生報考，較去年減少約1,800人。\n\
         記者：林曉晴");
    assert_eq!(
        credits(&x),
        ["Source 報道 [] 香港01", "Reporter 記者 [林曉晴] "]
    );
    // no outlet in an ordinary bracket of digits
    let x = run("会议召开\n【2024报道】今天召开会议，部署全年工作任务。\n会议要求抓好落实。");
    assert!(x.credits.is_empty(), "{:?}", credits(&x));
}

#[test]
fn summary_sentences_without_datelines_list_items_or_lines_without_a_stop() {
    // the lead's dateline and byline are left out under a headline too
    let x = run("台风“艾云尼”今晨登陆广东徐闻\n\
         新华社广州6月9日电（记者周颖、黄浩苑）记者从广东省气象局获悉，今年第3号台风“艾云尼”于9日6时40分前后在湛江市徐闻县沿海登陆。\n\
         受其影响，湛江、茂名、阳江等地普降暴雨到大暴雨，徐闻县锦和镇累计雨量达286.5毫米。");
    assert!(
        x.summary[0].starts_with("记者从广东省气象局获悉"),
        "{:?}",
        x.summary
    );
    let x = run("文憑試7月17日放榜\n\
         【香港01報道】香港考試及評核局今日（10日）宣布，2024年香港中學文憑試將於7月17日放榜。\n\
         今年共有55,782名考生報考，較去年減少約1,800人。");
    assert!(
        x.summary[0].starts_with("香港考試及評核局"),
        "{:?}",
        x.summary
    );
    // a list item that ends with ； and a line with no full stop are no sentences of a summary
    let x = run("高温来袭！这份防中暑指南请收好\n\
         最近几天，我市持续高温，中央气象台昨天18时发布高温黄色预警，户外工作者要注意防暑。\n\
         专家提醒，以下人群要特别注意：\n\
         1.老年人，尤其是65岁以上患有心脑血管疾病的老人；\n\
         2.户外工作者，如快递员、环卫工人、建筑工人；\n\
         3.婴幼儿和孕妇。\n\
         出现头晕、乏力、大量出汗等症状时，应立即转移到阴凉通风处。\n\
         附件：1.2024年户外工作者高温作业防暑指南\n\
         据市疾控中心统计，去年6月至8月，全市共报告中暑病例367例。");
    assert!(
        x.summary
            .iter()
            .all(|s| s.ends_with(['。', '！', '？', '”', '」'])),
        "{:?}",
        x.summary
    );
}

#[test]
fn a_topic_word_the_dictionary_cuts_into_chars_is_a_keyword() {
    let words =
        |x: &Extraction| -> Vec<String> { x.keywords.iter().map(|k| k.word.clone()).collect() };
    let x = run("台风“艾云尼”今晨登陆广东徐闻\n\
         新华社广州6月9日电 今年第3号台风“艾云尼”于9日6时40分前后在湛江市徐闻县沿海登陆。\n\
         受台风影响，湛江、茂名、阳江等地普降暴雨到大暴雨。\n\
         “这次台风移动速度快、强度增强明显。”广东省气象台首席预报员说。\n\
         台风带来的暴雨导致部分路段积水。");
    assert!(words(&x).contains(&"台风".to_string()), "{:?}", words(&x));
    let x = run("端午档票房破3.8亿元\n\
         中新网6月10日电 据猫眼专业版数据，2024年端午档总票房突破3.8亿元，观影人次超1000万。\n\
         业内人士表示，端午档影片类型较为单一，导致整体票房不及预期。\n\
         今年以来全国电影总票房已达233.6亿元。");
    let w = words(&x);
    assert!(
        w.contains(&"票房".to_string()) && w.contains(&"端午档".to_string()),
        "{w:?}"
    );
    assert!(
        !w.contains(&"端午".to_string()) && !w.contains(&"午档".to_string()),
        "{w:?}"
    );
}

#[test]
fn the_unit_of_a_measure_or_a_sum_is_no_keyword() {
    let x = run("河北发布生态环境状况公报\n\
         6月5日，河北省生态环境厅召开新闻发布会。\n\
         2023年全省PM2.5平均浓度为37微克/立方米，较2022年下降2.6%。\n\
         张家口、承德3市PM2.5浓度为30微克/立方米，唐山为45微克/立方米。\n\
         全省臭氧浓度为170微克/立方米，二氧化硫浓度为8微克/立方米。\n\
         全省将投入大气污染防治资金32亿元人民币，另有专项资金5亿元人民币。");
    let words: Vec<&str> = x.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.contains(&"浓度"), "{words:?}");
    for unit in ["微克", "立方米", "人民币"] {
        assert!(!words.contains(&unit), "{unit} in {words:?}");
    }
}
