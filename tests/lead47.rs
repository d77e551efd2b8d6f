//! Session 47: what a seventeenth audit of 32 articles (party and government meetings;
//! technology firms; the world and overseas Chinese; society and charity) and the earlier
//! audits' misses got wrong.

mod common;
use common::{date_ranges, events_of as events, money, orgs_of, people_of as people, places_of as places, roles, run, with_reference};
use zhextract::extract;

/// A season of a relative or written year is a date of its three months (今年春季, 去年冬天,
/// 2025年夏季, 今秋); winter runs into the next year, and two seasons in a row are one span
/// (今冬明春, 去冬今春). 今冬 said in January is the winter that began in December. Not a
/// name's given chars (王明春), a word the pair starts (今春节, 明秋菊) or a bare season
/// (冬季流感).
#[test]
fn seasons_of_a_year() {
    let opts = with_reference("2026-11-03");
    let x = extract(
        "今冬明春，全市将新建50所学校。去年冬天很冷，去冬今春降水偏少。",
        &opts,
    );
    assert_eq!(
        date_ranges(&x),
        vec![
            ("今冬明春", "2026-12", Some("2027-05")),
            ("去年冬天", "2025-12", Some("2026-02")),
            ("去冬今春", "2025-12", Some("2026-05")),
        ]
    );
    let x = extract(
        "今秋小麦播种顺利，2025年夏季降雨偏多，明年秋季将举办展会。",
        &opts,
    );
    assert_eq!(
        date_ranges(&x),
        vec![
            ("今秋", "2026-09", Some("2026-11")),
            ("2025年夏季", "2025-06", Some("2025-08")),
            ("明年秋季", "2027-09", Some("2027-11")),
        ]
    );
    let x = extract("今冬气温偏高。", &with_reference("2027-01-15"));
    assert_eq!(date_ranges(&x), vec![("今冬", "2026-12", Some("2027-02"))]);
    let x = extract("王明春说，冬季流感进入高发期。", &opts);
    assert_eq!(date_ranges(&x), vec![]);
}

/// 年内 alone is this year; a count or a year word before it makes a length of time or
/// another year (三年内, 半年內, 今年内 is 今年 and 内).
#[test]
fn within_this_year() {
    let opts = with_reference("2026-11-03");
    let x = extract("广东年内新增专项债。相关方案预计年内公布。", &opts);
    assert_eq!(
        date_ranges(&x),
        vec![("年内", "2026", None), ("年内", "2026", None)]
    );
    let x = extract(
        "财政部必須在半年內提出方案，三年内还清，一年内完成。",
        &opts,
    );
    assert_eq!(date_ranges(&x), vec![]);
}

/// 比索, 卢比 and 盾 alone are the currency of the country the text names nearest before the
/// amount (PHP in Manila, MXN in Mexico, PKR in Pakistan, VND in Vietnam); 菲币 is the
/// Philippine peso and 铢 the baht. 盾 in a text that names neither Vietnam nor Indonesia,
/// or after a small number, is no money.
#[test]
fn pesos_rupees_dong_and_baht() {
    let m = money("马尼拉电 商总捐赠菲币500万元，其中300万比索用于购买物资。");
    assert_eq!(
        m,
        vec![
            ("菲币500万元".to_string(), 5e6, "PHP".to_string()),
            ("300万比索".to_string(), 3e6, "PHP".to_string()),
        ]
    );
    assert_eq!(money("墨西哥政府拨款50亿比索。"), vec![("50亿比索".to_string(), 5e9, "MXN".to_string())]);
    let m = money("巴基斯坦工人月薪不到2万卢比，印度工人约3万卢比。");
    assert_eq!(m.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(), vec!["PKR", "INR"]);
    assert_eq!(money("越南河内电 项目投资25亿盾。"), vec![("25亿盾".to_string(), 2.5e9, "VND".to_string())]);
    assert_eq!(money("泰国国王赐999万9999铢。"), vec![("999万9999铢".to_string(), 9999999.0, "THB".to_string())]);
    assert_eq!(money("他获得5000盾奖励，拿起一面盾。"), vec![]);
}

/// A transliterated name keeps a Thai first part that opens with 他 after a title (司令|他威)
/// and a last part that ends in 攀 (颂猜·巴攀); a char that ends a word for people is no part
/// of the first (运维员|阿卜杜勒·拉希德). 临时代办 is a title, and a name follows a trader
/// (水果贸易商|农秋菊).
#[test]
fn thai_names_and_words_for_people_before_names() {
    let x = run("总理府部长颂猜·巴攀、曼谷市长差猜·汶纳、皇家海军司令他威·西提颂等官员出席。");
    assert_eq!(people(&x), vec!["颂猜·巴攀", "差猜·汶纳", "他威·西提颂"]);
    assert_eq!(people(&run("电站机电运维员阿卜杜勒·拉希德今年32岁。")), vec!["阿卜杜勒·拉希德"]);
    let x = run("中国驻巴基斯坦大使馆临时代办宋志刚在致辞中表示，走廊已进入新阶段。");
    assert_eq!(
        roles(&x, "宋志刚"),
        vec![("临时代办".to_string(), Some("中国驻巴基斯坦大使馆".to_string()))]
    );
    assert_eq!(people(&run("来自凭祥的水果贸易商农秋菊带来了百香果。")), vec!["农秋菊"]);
}

/// A trade name's or a place's first char the dictionary files as a time, an adjective or
/// an adverb that opens names (极, 秋), with the rest cut into single chars, opens the body's
/// name after a word that ends a phrase (上市公司|极航汽车…, 要求|秋渠乡党委); a determiner
/// (各乡党委) or 的 (新上任的松日队) does not.
#[test]
fn a_first_char_read_as_an_adverb_or_a_time() {
    let x = run("港股上市公司极航汽车集团控股有限公司（以下简称“极航汽车”）公布业绩。");
    assert_eq!(orgs_of(&x), vec!["极航汽车集团控股有限公司"]);
    assert_eq!(orgs_of(&run("书记当场要求秋渠乡党委尽快核对。")), vec!["秋渠乡党委"]);
    assert_eq!(orgs_of(&run("书记要求各乡党委尽快核对。")), vec!["乡党委"]);
    assert_eq!(orgs_of(&run("不过，对新上任的松日队巴西籍教练来说很难。")), vec!["松日队"]);
}

/// Singapore's constituencies are places by the chars before 集选区 or 单选区, however the
/// dictionary cut them (东|海岸|集|选区, 榜鹅|西单|选区), a dash joining two names; a road the
/// name model read as a person's, with a word of place before or after it, is a road, with
/// Hong Kong's 中 after it (沿|干诺道|中, 、|夏悫道), but not one who speaks (王志道|说).
#[test]
fn constituencies_and_roads_read_as_names() {
    let x = run("东海岸集选区和阿裕尼集选区竞争激烈，后港单选区和榜鹅西单选区由工人党胜出，西海岸—裕廊西集选区也是。");
    assert_eq!(
        places(&x),
        vec!["东海岸集选区", "阿裕尼集选区", "后港单选区", "榜鹅西单选区", "西海岸—裕廊西集选区"]
    );
    assert_eq!(people(&x), Vec::<&str>::new());
    let x = run("遊行隊伍沿干諾道中、夏慤道前往中環。");
    assert_eq!(places(&x), vec!["干諾道中", "夏慤道", "中環"]);
    assert_eq!(people(&x), Vec::<&str>::new());
    assert_eq!(people(&run("他沿着王志道说的方向走。")), vec!["王志道"]);
}

/// A campaign's name in quotation marks names the ceremony or the gathering held under it,
/// with its number, its province and its year before the marks (浙江省“春风行动”集中捐赠仪式,
/// 第二十届“热血华师”无偿献血活动, 2026年通江县“最美退役军人”发布仪式, 「恒愛同行」慈善步行
/// 籌款活動).
#[test]
fn events_named_in_quotation_marks() {
    assert_eq!(events(&run("浙江省“春风行动”集中捐赠仪式昨天在杭州举行。")), vec!["浙江省“春风行动”集中捐赠仪式"]);
    assert_eq!(events(&run("第二十届“热血华师”无偿献血活动在南湖校区举行。")), vec!["第二十届“热血华师”无偿献血活动"]);
    assert_eq!(
        events(&run("县委宣传部主办的2026年通江县“最美退役军人”发布仪式在县文化中心举行。")),
        vec!["2026年通江县“最美退役军人”发布仪式"]
    );
    assert_eq!(events(&run("一年一度的「恒愛同行」慈善步行籌款活動昨日舉行。")), vec!["「恒愛同行」慈善步行籌款活動"]);
}

/// Heads of inspection teams, work teams and clan halls (中央第七巡视组, 新加坡永春会馆); a
/// country's federal ministry keeps the country and 联邦 (巴基斯坦联邦水利部); 可持续 is one
/// word, so a sustainability institute keeps its country (巴基斯坦可持续发展政策研究所); a verb
/// of founding (创立, 创办) is no part of the name after it.
#[test]
fn teams_halls_and_federal_ministries() {
    let x = run("中央第七巡视组组长赵宏斌主持会议。");
    assert_eq!(roles(&x, "赵宏斌"), vec![("组长".to_string(), Some("中央第七巡视组".to_string()))]);
    let x = run("新加坡永春会馆会长李德辉、泗水永春会馆主席颜启明出席。");
    assert_eq!(orgs_of(&x), vec!["新加坡永春会馆", "泗水永春会馆"]);
    assert_eq!(orgs_of(&run("巴基斯坦联邦水利部部长伊姆兰·沙阿出席。")), vec!["巴基斯坦联邦水利部"]);
    let x = run("巴基斯坦可持续发展政策研究所研究员法蒂玛·贾韦德认为，项目很好。");
    assert_eq!(orgs_of(&x), vec!["巴基斯坦可持续发展政策研究所"]);
    // (a verb of founding takes the hall as its object: no 泗水创立会馆)
    assert_eq!(orgs_of(&run("十多位来自福建永春的先辈在泗水创立会馆。")), Vec::<&str>::new());
}

/// A photo's caption after 图： is no photographer's credit, and who stands where in it
/// (右三) is no person; a company's short name before its officer's title and name is no
/// person (甬盛精密董事长韦家栋); 从严治党 is one word (全面从严治党 names nobody).
#[test]
fn captions_short_names_before_officers_and_party_phrases() {
    let x = run("图：商总理事长蔡明辉（右三）将500万比索支票移交社福部长桑托斯（左三）。");
    assert!(x.credits.is_empty(), "{:?}", x.credits);
    assert!(people(&x).iter().all(|p| !p.starts_with('右') && !p.starts_with('左')), "{:?}", people(&x));
    assert_eq!(people(&run("甬盛精密董事长韦家栋说，企业能发展起来。")), vec!["韦家栋"]);
    assert_eq!(people(&run("会议强调，要坚持全面从严治党。")), Vec::<&str>::new());
}

/// Provinces and cities of Southeast Asia and Pakistan and Sydney's suburbs, as the Chinese
/// press there names them (东爪哇省, 马利仅那, 吞武里, 车士活), and Thailand's provinces with
/// 府 (呵叻府); 府 after a Chinese place is no suffix (北京|府学胡同).
#[test]
fn places_of_southeast_asia() {
    let x = run("副省长来自东爪哇省玛琅，义工将物资送往马利仅那和布拉干省。");
    assert_eq!(places(&x), vec!["东爪哇省", "玛琅", "马利仅那", "布拉干省"]);
    assert_eq!(places(&run("该党在武里南府、呵叻府等地赢得多数议席。")), vec!["武里南府", "呵叻府"]);
    assert!(!places(&run("他住在北京府学胡同。")).contains(&"北京府"));
    assert_eq!(places(&run("悉尼车士活的社区举办活动。")), vec!["悉尼", "车士活"]);
}
