//! Counts, percentages, ordinals and measures.
//!
//! - counts: a numeral and a measure word (15个, 3名, 两家, 一批, 十几家, 100多人);
//! - percentages: 30%, 百分之三十, 三成 and 8成 (→ 30 %, 80 %), 10%-15%, 3个百分点 (unit
//!   百分点), 千分之五; a share 四分之一, 三分之二 as a percentage (25, 66.6667 %);
//! - ordinals: 第 + numeral + measure word (第七届, 第3次); a bare 第一 is left alone
//!   (第一书记 is a title, 第一时间 an idiom);
//! - measures: a numeral and a unit (吨, 公里, 平方米, 亩, 千瓦时, km, kg ...) or a
//!   duration (3年, 6个月, 48小时; N日 only where it counts days, not dates: 期限共30日,
//!   30日内). A duration in hours, minutes and seconds is one measure valued in its last
//!   unit: 2小时10分35秒 → 7835 秒, 3小时20分 → 200 分钟.
//!
//! `subject` says what is counted when the text says it: after the measure word
//! (3名援疆干部 → 援疆干部) or, when the measure word ends the clause, before the numeral
//! (完成帮扶项目15个 → 帮扶项目, the verb 完成 cut off). Cuts fall between dictionary
//! words (23个补给站: the 给 of 补给 is no stop), and the verbs around the noun are cut off
//! (12条道路出现积水 → 道路, 涉及住户共计312户 → 住户, 抓获犯罪嫌疑人86名 → 犯罪嫌疑人).
//!
//! A numeral is read only where a measure word, a unit or 第 makes it a mention, so 统一,
//! 一些, 万一, 一致, 一线 give nothing. A lone 一 counts only with a collective measure
//! word (一批, 一组, 一对): 一个, 一项, 一位 are mostly articles, not counts. Stretches
//! that money and dates claim (1830万元, 2024年, 1月22日) are not quantities.

use super::numbers::{self, NumeralKind};
use super::{dates, money};
use crate::layout::Doc;
use crate::lexicon::Pos;
use crate::model::{Quantity, QuantityKind};
use crate::text::any_char::{AnyChar, Words};

/// Measure words of counts. Longest match wins.
#[rustfmt::skip]
const COUNT_WORDS: Words = words![
    "个", "個", "名", "位", "家", "户", "戶", "人次", "人", "次", "项", "項", "批", "件", "条",
    "條", "只", "隻", "头", "頭", "匹", "辆", "輛", "架", "艘", "座", "栋", "棟", "幢", "所", "间",
    "間", "套", "台", "臺", "部", "本", "篇", "份", "张", "張", "支", "枝", "颗", "顆", "棵", "株",
    "片", "种", "種", "类", "類", "场", "場", "届", "屆", "期", "轮", "輪", "起", "宗", "例", "处",
    "處", "款", "枚", "粒", "双", "雙", "对", "對", "组", "組", "队", "隊", "门", "門", "节", "節",
    "册", "冊", "幅", "首", "倍", "岁", "歲", "集", "章", "版", "代", "级", "級", "层", "層", "口",
    "块", "塊", "笔", "筆", "封", "趟", "遍", "道", "杯", "瓶", "箱", "包", "袋", "盒", "桶", "车",
    "吨次", "架次", "辆次", "輛次", "艘次", "班", "届次", "回", "周年", "週年", "伙", "班次", "车次", "車次", "航次", "批次",
    "件次", "户次", "戶次", "家次", "台次", "臺次", "例次",
    "场次", "場次", "省市", "省区市", "省區市", "省份", "省区", "省區", "地市", "市县", "市縣",
    "区县", "區縣", "省", "市", "县", "縣", "车道", "車道", "部门", "部門", "球", "页", "頁",
    "顶", "頂", "盏", "盞", "根", "床", "周岁", "週歲", "股",
];

/// Place words of counts (6省市, 3县) that begin longer words after a numeral (10万市民,
/// 两省交界): they count only before these chars, a non-Han char or the end.
const PLACE_COUNTS: Words = words!["省", "市", "县", "縣"];

/// Units of measure, and durations. Longest match wins.
const MEASURE_WORDS: Words = words![
    // rates and concentrations before their first unit (33米/秒, 35微克/立方米)
    "米/秒",
    "公里/小时",
    "公里/小時",
    "千米/小时",
    "立方米/秒",
    "微克/立方米",
    "毫克/立方米",
    "微克",
    "百帕",
    "千帕",
    "分贝",
    "分貝",
    "平方公里",
    "平方千米",
    "平方米",
    "平米",
    "立方米",
    "方",
    "公顷",
    "亩",
    "畝",
    "吨",
    "噸",
    "公吨",
    "千克",
    "公斤",
    "克",
    "斤",
    "毫克",
    "公里",
    "千米",
    "米",
    "厘米",
    "毫米",
    "纳米",
    "海里",
    "英里",
    "英尺",
    "平方英尺",
    "平方呎",
    "呎",
    "英寸",
    "吋",
    "千升",
    "升",
    "毫升",
    "千瓦时",
    "千瓦",
    "兆瓦时",
    "兆瓦",
    "吉瓦时",
    "吉瓦",
    "瓦时",
    "瓦",
    "度电",
    "摄氏度",
    "℃",
    "标准箱",
    "标箱",
    "万千瓦",
    "千伏",
    "伏",
    "赫兹",
    "兆字节",
    "字节",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "秒钟",
    "秒",
    "个月",
    "個月",
    // an infant's age in months (6月龄)
    "月龄",
    "月齡",
    "年",
    "周",
    "週",
    "天",
    // a contract's period in calendar days (工期900日历天)
    "日历天",
    "日曆天",
    "km²",
    "km",
    "kg",
    "kWh",
    "kW",
    "MW",
    "GW",
    "GWh",
    "TWh",
    "mm",
    "cm",
    "m²",
    "m³",
    "TEU",
    "GB",
    "TB",
    "MB",
    // devices, light and rates (3nm, 120W, 5000万像素, 3000尼特, 50勒克斯, 82基点, 55K)
    "nm",
    "W",
    "K",
    "mAh",
    "毫安时",
    "毫安時",
    "像素",
    "尼特",
    "勒克斯",
    "基点",
    "基點",
    "画素",
    "公克",
    "GHz",
    "MHz",
    "Hz",
    // blood alcohol (136mg/100ml)
    "mg/100ml",
    "毫克/100毫升",
];

/// Collective measure words a lone 一 may count with.
const COLLECTIVE: Words = words![
    "批", "组", "組", "对", "對", "双", "雙", "队", "隊", "支", "系列",
];

/// Ordinal measure words after 第N.
const ORDINAL_WORDS: Words = words![
    "届", "屆", "次", "个", "個", "名", "位", "批", "期", "轮", "輪", "季", "章", "条", "條", "款",
    "项", "項", "部", "集", "场", "場", "天", "年", "号", "號", "版", "代", "阶段", "階段", "类",
    "類", "家", "种", "種", "站", "卷", "课", "課", "节", "節", "任", "把手", "梯队", "季度", "周",
    "週", "步", "层", "層", "级", "級", "份", "篇", "分钟", "分鐘", "秒", "小时", "小時", "回合",
    "局", "盘", "盤", "关", "關", "学期", "學期", "粒", "球", "枚", "块", "座", "所", "艘", "架",
    "辆", "台", "例", "首", "本", "张", "颗",
];

/// Whether the numeral `at..end` and its `word` (届 or 次) number a congress's term or its
/// session (十四届|全国人大, 十二届|八次全会, 二十届|三中全会, 届…三次|会议): bodies and
/// sessions after 届, or a 届 in the few chars before N次 + a meeting. (Not a local party
/// committee after it: 换了六届|县委书记 counts terms.)
fn session_ordinal(s: &str, at: usize, end: usize, word: &str) -> bool {
    // (`s` is the folded text: simplified forms only)
    let after = &s[end + word.len()..];
    if word == "届" {
        let rest = after.trim_start_matches(|c: char| numbers::chinese_digit(c).is_some());
        return (rest.len() < after.len() && rest.starts_with_any(words!["次", "中全会"]))
            || after.starts_with_any(words!["全国人大", "全国政协", "人大", "政协", "中央", "全会", "党代会"]);
    }
    // 12号线二期, 二期工程, 三期项目: a phase of a line or a project numbers it
    if word == "期" {
        return after.starts_with_any(words!["工程", "项目", "扩建", "建设", "地块", "开通", "开工"])
            || s[..at].ends_any(&['线', '線']);
    }
    word == "次"
        && after.starts_with_any(words!["会议", "全会", "全体会议"])
        && s[..at].chars().rev().take(8).any(|c| c == '届')
}

/// Where a subject before or after the numeral stops.
const SUBJECT_STOPS: Words = words![
    "分别", "参加", "出席", "介绍", "参与", "获得", "入选", "成为", "进行", "开展", "共同", "正在",
    "已经", "目前", "累计", "其中", "包括", "以上", "以下", "左右", "上下", "之多", "的", "了",
    "在", "于", "和", "与", "及", "等", "是", "为", "被", "把", "从", "向", "对", "将", "已", "均",
    "都", "也", "还", "并", "而", "共", "各", "就", "又", "再", "才", "要", "能", "可", "所", "后",
    "前", "死亡", "受伤", "遇难", "获", "参会", "参战", "参训", "参演", "参观", "参展", "参评",
    "参选", "参考", "参照", "已", "来", "去", "到", "给", "让", "使", "由", "但", "或", "即", "每",
    "这", "那", "其", "此", "该", "有", "没", "无", "不", "很", "最", "更", "约", "近", "达", "超",
    "逾", "曾", "曾经",
    // (判处3名被告人有期徒刑: the penalty is a second object, not part of the noun)
    "有期徒刑", "无期徒刑", "拘役", "罚金",
    // Verbs and words that follow the noun (12条道路出现积水): the clause goes on.
    "第", "之", "因", "出现", "发生", "受到", "遭到", "达到", "超过", "位于", "来自", "完成",
    "实现", "面临", "存在", "造成", "导致", "需要", "得到", "通过", "开始", "继续", "表示", "认为",
    "接受", "加入", "进入", "具有", "用于", "参赛", "总共", "之后", "之前", "以后", "以前", "以来",
    // Verbs of change and of issuing right after the measure word (3车道缩减为1车道, 9部门
    // 印发, 900只个股上涨): the dictionary knows some as names or not at all.
    "缩减", "拓宽", "扩大", "调整", "增至", "减至", "降至", "升至", "印发", "下发", "出台", "上涨",
    "下跌", "涨停", "跌停", "赶赴", "奔赴", "入市", "取得", "之间", "涨幅", "股价",
    // (12条新规正式施行, 5项新政落地: an adverb or a verb of taking effect)
    "正式", "施行", "生效", "落地", "陆续",
    // Traditional forms, while the fold may still be the identity.
    "分別", "參加", "參與", "介紹", "獲得", "入選", "成為", "進行", "開展", "共同", "已經", "目前",
    "累計", "其中", "與", "於", "及", "為", "從", "對", "將", "還", "並", "這", "該", "沒", "無",
    "會", "後", "來", "給", "讓", "這", "約", "達", "裡", "過", "們", "並", "會見",
];

/// Verbs that carry a figure written after its subject: 业务量突破1700亿件.
const PREDICATES: Words = words![
    "突破",
    "超过",
    "超出",
    "达到",
    "增至",
    "增长",
    "增加",
    "减少",
    "下降",
    "提升",
    "提高",
    "完成",
    "实现",
    "首次",
    "首度",
    "再次",
    "累计",
    "合计",
    "共计",
    "总计",
    "高达",
    "多达",
    "约为",
    "不足",
    "不到",
    "接近",
    "将近",
    "突破了",
    "足有",
    "共有",
    "只有",
    "仅有",
    "还有",
    "尚有",
    "约有",
    "已有",
    "仅剩",
    "只剩",
    "达",
    "超",
    "逾",
    "约",
    "近",
    "共",
];

/// Verbs and words cut off the front of a subject written before the numeral.
const LEADING_VERBS: Words = words![
    "完成", "实现", "新增", "增加", "增至", "减少", "建成", "建设", "开展", "举办", "组织", "培训",
    "帮助", "引进", "签约", "签订", "落地", "实施", "推进", "投入", "采购", "销售", "带动", "吸纳",
    "安置", "解决", "提供", "覆盖", "惠及", "达到", "超过", "共有", "拥有", "累计", "合计", "总计",
    "共计", "其中", "包括", "涉及", "发放", "资助", "慰问", "走访", "选派", "派出", "接待", "参加",
    "参与", "获得", "取得", "培育", "打造", "创建", "申报", "认定", "评选", "种植", "养殖", "生产",
    "修建", "改造", "新建", "提升", "升级", "扩建", "改扩建", "修缮", "翻新", "招聘", "录取", "招收", "举行", "召开", "发布", "推出", "签署", "收到",
    "处理", "查处", "办理", "抓获", "查获", "破获", "缴获", "逮捕", "拘留", "设置", "设立", "设有",
    "开设", "预计", "预期", "出现", "发现", "批准", "申请", "清理", "还有", "加开", "增开", "开行",
    "出动", "调派", "调集", "救出", "转移", "疏散", "确诊", "收治", "现有", "留下", "设", "使",
    "有", "共", "达", "计", "了", "的", "和", "与", "及", "将", "已", "为", "是", "在", "等", "各",
    "全", "年", "月", "日", "查封", "扣押", "冻结", "没收", "收缴", "查扣", "扣留", "捣毁", "月份",
    "储备", "抽调", "调拨", "出让", "排查", "整治", "配备", "投放", "筹集", "购置", "买超", "卖超",
    "收录", "收集", "收藏", "达成", "受理", "发生", "造成", "引发", "接报", "新发",
];

/// Whether the 分 after the numeral `at..end` counts points: a word of scoring within the
/// six chars before it (积, 得, 领先, 满分, 考, 扣, 获, 加, 分值从120分调整为), and no
/// digit, 之, 钱 or 球/线 (三分球, 三分线: the shot, not points) after it.
#[inline(never)]
fn score_cue(s: &str, at: usize, end: usize) -> bool {
    let after = &s[end + '分'.len_utf8()..];
    // (21分8次助攻, 21分10个篮板: the next figure counts something else; 3分20秒 is a time)
    let digits = after.trim_start_matches(|c: char| c.is_ascii_digit());
    if (digits.len() < after.len() && !digits.starts_any(&['次', '个', '個', '篮', '籃', '助']))
        || after.starts_any(&['之', '钱', '錢', '秒', '球', '线', '線'])
    {
        return false;
    }
    let from = s[..at].char_indices().rev().nth(5).map_or(0, |(k, _)| k);
    // (以41分领跑: the points a team stands on; 贡献21分, 砍下32分, 拿下15分: a player's)
    s[..at].ends_with('以')
        || s[from..at].contains_any(&[
            '积', '積', '得', '满', '滿', '考', '扣', '获', '獲', '加', '分', '献', '砍', '拿',
            '轰',
        ])
        || s[from..at].contains_any_of(words!["领先", "領先"])
}

/// A word table and its index by first char.
struct Table(Words, numbers::FirstChar);

static ORDINALS: Table = Table(ORDINAL_WORDS, numbers::FirstChar::new());
static MEASURES: Table = Table(MEASURE_WORDS, numbers::FirstChar::new());
static COUNTS: Table = Table(COUNT_WORDS, numbers::FirstChar::new());
static STOPS: Table = Table(SUBJECT_STOPS, numbers::FirstChar::new());
static LEADING: Table = Table(LEADING_VERBS, numbers::FirstChar::new());

/// The longest word of the table that `s` starts with (the last of equal ones in table
/// order, as `max_by_key` gives).
fn longest(s: &str, words: &Table) -> Option<&'static str> {
    longest_where(s, words, |_| true)
}

/// [`longest`] among the words that pass `ok`.
fn longest_where(s: &str, words: &Table, ok: impl Fn(&str) -> bool) -> Option<&'static str> {
    let table = words.0;
    match words.1.get(&mut table.cursors()).group(s) {
        Some(g) => g
            .iter()
            .map(|&i| table.at(i as usize))
            .filter(|w| s.starts_with(w) && ok(w))
            .max_by_key(|w| w.len()),
        None => table
            .iter()
            .filter(|w| s.starts_with(w) && ok(w))
            .max_by_key(|w| w.len()),
    }
}

fn next_char(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

fn is_han(c: char) -> bool {
    crate::text::is_han(c)
}

fn is_punct_or_end(s: &str, at: usize) -> bool {
    next_char(s, at).is_none_or(|c| !is_han(c) && !c.is_ascii_alphanumeric())
}

/// Before a numeral, these mean the numeral began earlier or belongs to a word.
fn blocks_start(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '.'
        || numbers::chinese_digit(c).is_some()
        || numbers::small_unit(c).is_some()
        || numbers::large_unit(c).is_some()
        || matches!(
            c,
            '第' | '分' | '之' | '每' | '星' | '礼' | '禮' | '周' | '週' | '·' | '．'
        )
}

/// The character before `at`, where a comma counts only as a thousands separator
/// (1,830): after a digit.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(crate) fn prev_significant(s: &str, at: usize) -> Option<char> {
    let mut it = s[..at].chars().rev();
    let p = it.next()?;
    if p == ',' && !it.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(p)
}

/// Finds every quantity in the document (running the money and date extractors to know
/// what they claim; the pipeline, which has run them already, calls [`find_unclaimed`]).
pub fn find(doc: &Doc) -> Vec<Quantity> {
    find_unclaimed(doc, &money::find(doc), &dates::find(doc))
}

/// Finds every quantity outside the spans of the given money and date mentions (byte
/// offsets of the repaired text, as the extractors return them).
pub fn find_unclaimed(
    doc: &Doc,
    money: &[crate::model::Money],
    dates: &[crate::model::DateMention],
) -> Vec<Quantity> {
    let s = doc.fold;
    let mut claimed: Vec<(usize, usize)> = money.iter().map(|m| (m.start, m.end)).collect();
    claimed.extend(dates.iter().map(|d| (d.start, d.end)));
    crate::pipeline::sort_by_span(&mut claimed, |&c| c);
    let mut ci = 0;
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        // Skip what money and dates claim.
        while ci < claimed.len() && claimed[ci].1 <= i {
            ci += 1;
        }
        if let Some(&(cs, ce)) = claimed.get(ci) {
            if cs <= i && i < ce {
                i = ce;
                continue;
            }
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        // (the char before, only at the chars a mention can start with)
        let is_ordinal = c == '第';
        let is_numeral = !is_ordinal && numbers::starts_numeral(c);
        if !is_ordinal && !is_numeral {
            i += c.len_utf8();
            continue;
        }
        let prev = prev_significant(s, i);
        if c == '第' && !prev.is_some_and(|p| p == '第') {
            // 第一章, 第十五条规定: the numbering of a text's parts, no quantity
            if let Some(e) = structure_number(s, i) {
                i = e;
                continue;
            }
            if let Some(q) = ordinal(doc, i) {
                if claimed.get(ci).is_none_or(|&(cs, _)| q.end <= cs) {
                    i = q.end;
                    out.push(q);
                    continue;
                }
            }
        }
        // (满分120分, 积分100分: a word that ends in 分 before the figure; K1843+500处: the
        // metres of a milepost)
        let before = s[..i].chars().rev().nth(1);
        // (28分12个篮板: the points just read end there)
        let score_word = prev == Some('分')
            && (before.is_some_and(|c| "满滿总總积積得均".contains(c))
                || out
                    .last()
                    .is_some_and(|q: &Quantity| q.end == i && q.unit == "分"));
        let milepost = prev == Some('+') && before.is_some_and(|c| c.is_ascii_digit());
        if numbers::starts_numeral(c)
            && !milepost
            && (score_word
                || !prev.is_some_and(|p| {
                    blocks_start(p) && !(c.is_ascii_digit() && numbers::in_word_digit(p))
                }))
        {
            if let Some(q) = quantity(doc, i) {
                if claimed.get(ci).is_none_or(|&(cs, _)| q.end <= cs) {
                    i = q.end;
                    out.push(q);
                    continue;
                }
            }
            // Skip the rest of the numeral.
            if let Some(n) = numbers::parse_at(s, i) {
                i = n.range.end.max(i + c.len_utf8());
                continue;
            }
        }
        i += c.len_utf8();
    }
    joined(doc, &mut out);
    signed(doc, &mut out);
    out
}

/// A minus sign before a percentage or a measure is its sign: 增长-3.2%, 气温-5℃ (-5 to
/// 3 in 气温-5~3℃). Counts and ordinals have none.
fn signed(doc: &Doc, qs: &mut [Quantity]) {
    let mut prev_end = 0;
    for q in qs.iter_mut() {
        if matches!(q.kind, QuantityKind::Percent | QuantityKind::Measure) && q.value > 0.0 {
            if let Some(k) = money::minus_before(doc.fold, q.start).filter(|&k| k >= prev_end) {
                q.start = k;
                q.text = doc.text[k..q.end].to_string();
                q.value = -q.value;
            } else if let Some((k, low)) =
                negative_left(doc.fold, q.start).filter(|&(k, _)| k >= prev_end)
            {
                // -8~-2℃: both ends below zero
                q.start = k;
                q.text = doc.text[k..q.end].to_string();
                q.value_max = Some(-q.value);
                q.value = -low;
                q.approximate = true;
            }
        }
        prev_end = q.end;
    }
}

/// Months right after a year (一年|六个月, 一年|零两个月, 1年|3个月).
fn months_after(s: &str, at: usize) -> bool {
    let t = s[at..].strip_prefix('零').unwrap_or(&s[at..]);
    numbers::parse_at(t, 0).is_some_and(|n| t[n.range.end..].starts_with_any(words!["个月", "個月"]))
}

/// The left end of a range of negative figures before the right end's sign at `at`
/// (-8~-2℃): the start of its sign and its magnitude.
fn negative_left(s: &str, at: usize) -> Option<(usize, f64)> {
    let head = s[..at].strip_suffix_any(&['-', '－', '−'])?;
    let head = head.strip_suffix_any(&['~', '～', '至', '到', '-', '－'])?;
    let from = head
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
        .len();
    // (not str::parse: core's float tables are ~13 KB of the module)
    let low = super::numbers::parse_decimal(&head[from..])?;
    Some((money::minus_before(s, from)?, low))
}

/// Two mentions that are one: a range with the unit on both ends (三年至八年 → 3–8 年,
/// 5个至10个) and a duration in years and months (五年六个月 → 5.5 年, 1年零3个月).
#[inline(never)]
fn joined(doc: &Doc, qs: &mut Vec<Quantity>) {
    let s = doc.fold;
    let mut w = 0;
    for i in 0..qs.len() {
        if w > 0 {
            let (head, tail) = qs.split_at_mut(i);
            let (p, q) = (&mut head[w - 1], &mut tail[0]);
            let gap = &s[p.end.min(q.start)..q.start];
            let plain = p.value_max.is_none() && q.value_max.is_none();
            let same = p.unit == q.unit;
            if plain && p.unit == "年" && q.unit.ends_with('月') && "零".starts_with(gap) {
                p.value += q.value / 12.0;
            } else if plain
                && same
                && p.kind == q.kind
                && matches!(p.kind, QuantityKind::Count | QuantityKind::Measure)
                && gap.chars().count() == 1
                && "至到-－～~—".contains(gap)
                && q.value > p.value
            {
                p.value_max = Some(q.value);
                // (80万辆至100万辆: the first end's noun after it is the range's word)
                if p.subject.as_deref() == Some(gap) {
                    p.subject = subject_before(doc, p.start, q.end, false);
                }
                if p.subject.is_none() {
                    p.subject = q.subject.take().filter(|x| x != gap);
                }
            } else {
                // 第十届、十一届: a count listed after an ordinal of its unit is one too
                if same
                    && p.kind == QuantityKind::Ordinal
                    && q.kind == QuantityKind::Count
                    && gap.chars().count() == 1
                    && "、和及与至到".contains(gap)
                {
                    q.kind = QuantityKind::Ordinal;
                    q.subject = None;
                }
                qs.swap(w, i);
                w += 1;
                continue;
            }
            p.approximate |= q.approximate || p.value_max.is_some();
            p.end = q.end;
            p.text = doc.text[p.start..p.end].to_string();
            continue;
        }
        qs.swap(w, i);
        w += 1;
    }
    qs.truncate(w);
}

/// A share written in tenths (三成, 八五折) as a percentage.
fn share(doc: &Doc, at: usize, end: usize, v: f64, max: Option<f64>, approx: bool) -> Quantity {
    let mut q = make(doc, at, end, v, max, "%", QuantityKind::Percent, approx);
    q.unit = "%".into();
    q
}

fn make(
    doc: &Doc,
    start: usize,
    end: usize,
    value: f64,
    max: Option<f64>,
    unit: &str,
    kind: QuantityKind,
    approximate: bool,
) -> Quantity {
    Quantity {
        start,
        end,
        text: doc.text[start..end].to_string(),
        value,
        value_max: max,
        unit: doc
            .text
            .get(unit_range(doc.fold, end, unit))
            .filter(|u| !u.is_empty())
            .map_or_else(|| unit.to_string(), str::to_string),
        kind,
        subject: None,
        // (an ordinal is exact whatever stands before it: 近第三届 is no phrase)
        approximate: approximate
            || max.is_some()
            || (kind != QuantityKind::Ordinal && super::money::hedged(doc.fold, start, end)),
    }
}

/// The unit as written in the text (traditional stays traditional): it ends at `end`.
fn unit_range(s: &str, end: usize, unit: &str) -> std::ops::Range<usize> {
    if s[..end].ends_with(unit) {
        end - unit.len()..end
    } else {
        0..0
    }
}

/// The end of the number of a part of a text at `at` (第一章, 第十五条规定, 第2款 …): a
/// chapter always, an article or a clause (条, 款) when no noun follows that it counts
/// (第二条跑道 is a runway). Headings and cross-references, not quantities.
#[inline(never)]
fn structure_number(s: &str, at: usize) -> Option<usize> {
    let (_, e) = numbers::parse_ordinal_at(s, at)?;
    let rest = &s[e..];
    let w = rest.prefix_in(words!["章", "条", "條", "款"])?;
    let end = e + w.len();
    let next = &s[end..];
    let parts = w == "章"
        || !next.chars().next().is_some_and(is_han)
        || next.starts_with_any(words![
            "规定",
            "規定",
            "明确",
            "明確",
            "第",
            "之",
            "中",
            "和",
            "至",
            "的规定",
            "的規定",
        ]);
    parts.then_some(end)
}

/// 第七届, 第3次.
fn ordinal(doc: &Doc, at: usize) -> Option<Quantity> {
    let s = doc.fold;
    let (value, e) = numbers::parse_ordinal_at(s, at)?;
    let arabic = s[at + '第'.len_utf8()..].starts_with(|c: char| c.is_ascii_digit());
    match longest(&s[e..], &ORDINALS) {
        Some(w) => {
            let end = e + w.len();
            // What follows an ordinal is usually an event name (第七届进博会), which the
            // events extractor reads; no subject here.
            Some(make(
                doc,
                at,
                end,
                value,
                None,
                w,
                QuantityKind::Ordinal,
                false,
            ))
        }
        None if arabic => Some(make(
            doc,
            at,
            e,
            value,
            None,
            "",
            QuantityKind::Ordinal,
            false,
        )),
        None => None,
    }
}

/// A range of two numbers with the unit after the second: 30-50人, 3万至5万人, 3-5万人 (the
/// left end takes the multiplier of the right when it has none: 30,000 to 50,000).
#[inline(never)]
fn quantity_range(doc: &Doc, n: &numbers::Numeral, end: usize) -> Option<Quantity> {
    let s = doc.fold;
    if n.kind != NumeralKind::Cardinal || n.max.is_some() {
        return None;
    }
    let conn = s[end..].prefix_in(words!["-", "－", "～", "~", "至", "到", "—"])?;
    let right = end + conn.len();
    let m = numbers::parse_at(s, right)
        .filter(|m| m.kind == NumeralKind::Cardinal && m.max.is_none())?;
    // the multiplier the right end has and the left lacks (Arabic digits on both sides)
    let mut low = n.value;
    if n.arabic && m.arabic {
        let bare = |r: &std::ops::Range<usize>| {
            numbers::arabic_digits(s, r.start).map(|(v, e)| (v, e == r.end))
        };
        if let (Some((_, true)), Some((base, false))) = (bare(&n.range), bare(&m.range)) {
            if base > 0.0 {
                low = n.value * (m.value / base).round();
            }
        }
    }
    let q = quantity_with(doc, right, false)?;
    // (tenths too: 一至二成, 2至5成 → 10–20 %, 20–50 %)
    let tenths = q.kind == QuantityKind::Percent && s[..q.end].ends_with('成');
    let low = if tenths { low * 10.0 } else { low };
    if q.start != right
        || q.value_max.is_some()
        || q.value <= low
        || (q.kind == QuantityKind::Percent && !tenths)
    {
        return None;
    }
    Some(make(
        doc,
        n.range.start,
        q.end,
        low,
        Some(q.value),
        &q.unit,
        q.kind,
        true,
    ))
}

/// A numeral at `at` followed by a unit that makes it a mention.
fn quantity(doc: &Doc, at: usize) -> Option<Quantity> {
    quantity_with(doc, at, true)
}

/// [`quantity`]; `range`: a range may start here (the right end of one may not start
/// another: 1-2-3-…人 is read in one step, not by a recursion as deep as the chain).
fn quantity_with(doc: &Doc, at: usize, range: bool) -> Option<Quantity> {
    let s = doc.fold;
    let n = numbers::parse_at(s, at)?;
    let t = &s[n.range.clone()];
    let mut end = n.range.end;
    // 共有 32 个街道, 增长 5.2 %: one space between the figure and its unit (the spacing
    // some sites and PDFs put around every figure)
    if n.kind == NumeralKind::Cardinal
        && s.as_bytes().get(end) == Some(&b' ')
        && next_char(s, end + 1).is_some_and(|c| is_han(c) || matches!(c, '%' | '％'))
        && !t.ends_any(&['千', '百'])
    {
        end += 1;
    }
    // Percent: 百分之三十, 千分之五.
    match n.kind {
        NumeralKind::Percent => {
            return Some(make(
                doc,
                at,
                end,
                n.value,
                n.max,
                "%",
                QuantityKind::Percent,
                n.approximate,
            ))
        }
        NumeralKind::Permille => {
            return Some(make(
                doc,
                at,
                end,
                n.value,
                n.max,
                "‰",
                QuantityKind::Percent,
                n.approximate,
            ))
        }
        // 四分之一, 三分之二: a share, as a percentage (a mixed number, 一又四分之一, is no
        // share; 四分之一决赛 is a round, 千分之一秒 a measure)
        NumeralKind::Fraction => {
            let rest = &s[n.range.end..];
            if !(n.value > 0.0 && n.value < 1.0)
                || !s[at..n.range.end].contains("分之")
                || s[at..n.range.end].contains('又')
                || rest.starts_any(&['决', '決', '赛', '賽'])
                || longest(rest, &MEASURES).is_some()
                || longest(rest, &COUNTS).is_some()
            {
                return None;
            }
            let v = (n.value * 1e6).round() / 1e4;
            let mut q = make(
                doc,
                at,
                n.range.end,
                v,
                None,
                "%",
                QuantityKind::Percent,
                false,
            );
            q.unit = "%".into();
            return Some(q);
        }
        NumeralKind::Cardinal => {}
    }
    // 10的15次方, 2的10次幂: an exponent, no count of times
    if s[end..].starts_with_any(words!["次方", "次幂", "次冪"]) {
        return None;
    }
    // 以2:10:35的成绩夺冠: seconds, as 2小时10分35秒 (dates leave it)
    if s.as_bytes()
        .get(end)
        .is_some_and(|&b| b == b':' || b == 0xEF)
    {
        if let Some((secs, e)) = dates::race_time(s, at) {
            return race(doc, at, e, secs);
        }
    }
    // 30%, 10%-15%, 10-15%.
    if let Some(sign) = s[end..].prefix_in(words!["%", "％", "‰"]) {
        end += sign.len();
        let mut max = n.max;
        if let Some(conn) = s[end..].prefix_in(words!["-", "～", "~", "至", "到", "—"]) {
            if let Some(m) =
                numbers::parse_at(s, end + conn.len()).filter(|m| m.kind == NumeralKind::Cardinal)
            {
                if let Some(sign2) = s[m.range.end..].prefix_in(words!["%", "％"]) {
                    if m.value >= n.value {
                        max = Some(m.value);
                        end = m.range.end + sign2.len();
                    }
                }
            }
        }
        let unit = if sign == "‰" { "‰" } else { "%" };
        let mut q = make(
            doc,
            at,
            end,
            n.value,
            max,
            unit,
            QuantityKind::Percent,
            n.approximate,
        );
        q.unit = unit.to_string();
        return Some(q);
    }
    if let Some(conn) = s[end..].prefix_in(words!["-", "～", "~", "至", "到"]) {
        if let Some(m) = numbers::parse_at(s, end + conn.len())
            .filter(|m| m.kind == NumeralKind::Cardinal && m.value > n.value)
        {
            if let Some(sign) = s[m.range.end..].prefix_in(words!["%", "％"]) {
                let end = m.range.end + sign.len();
                let mut q = make(
                    doc,
                    at,
                    end,
                    n.value,
                    Some(m.value),
                    "%",
                    QuantityKind::Percent,
                    true,
                );
                q.unit = "%".into();
                return Some(q);
            }
        }
    }
    // 30-50人, 3万至5万人, 3-5万人: a bare number, a connector, a quantity larger than it
    if let Some(q) = range.then(|| quantity_range(doc, &n, end)).flatten() {
        return Some(q);
    }
    // 五折, 7.5折, 八五折, 七八折: a price cut to tenths of itself, as a percentage (not
    // 折旧, 折合, 折算, 三折叠, 一波三折)
    if s[end..].starts_with('折')
        && !next_char(s, end + '折'.len_utf8())
            .is_some_and(|c| "旧舊合算叠疊返射腾騰线線纸紙磨腰服股".contains(c))
        && !s[..at].ends_with('波')
    {
        let mut cs = t.chars().filter_map(numbers::chinese_digit);
        let pair = match (cs.next(), cs.next(), cs.next()) {
            (Some(a), Some(b), None) if n.max.is_none() && t.chars().count() == 2 && a > 0 => {
                Some((a * 10 + b) as f64)
            }
            _ => None,
        };
        let v = pair.unwrap_or(n.value * 10.0);
        if n.kind == NumeralKind::Cardinal && v > 0.0 && v < 100.0 && (pair.is_some() || n.value < 10.0) {
            let max = n.max.map(|m| m * 10.0);
            return Some(share(doc, at, end + '折'.len_utf8(), v, max, n.approximate));
        }
    }
    // 三成 = 30 %.
    // (8成 too: a digit before 成 is no word's char)
    if n.value > 0.0 && n.value <= 10.0 && s[end..].starts_with('成') {
        let after = end + '成'.len_utf8();
        let word = next_char(s, after)
            .is_some_and(|c| "为為立功本果绩績员員都熟长長交型效品分就年人不家".contains(c));
        if !word && !t.starts_with('成') {
            // 一成五 = 15 %: a digit of tenths of 成 after it, then the phrase ends (一成半 too)
            let tenth = next_char(s, after).and_then(|c| {
                let d = match c {
                    '半' => 5,
                    _ => "一二三四五六七八九".chars().position(|x| x == c)? + 1,
                };
                let e = after + c.len_utf8();
                (is_punct_or_end(s, e) || s[e..].starts_any(&['左', '的', '以']))
                    .then_some((d as f64, e))
            });
            let (plus, after) = tenth.unwrap_or((0.0, after));
            let max = n.max.map(|m| m * 10.0);
            return Some(share(doc, at, after, n.value * 10.0 + plus, max, n.approximate));
        }
    }
    // 3个百分点.
    for w in ["个百分点", "個百分點", "百分点", "百分點"] {
        if s[end..].starts_with(w) {
            return Some(make(
                doc,
                at,
                end + w.len(),
                n.value,
                n.max,
                &w[w.len() - "百分点".len()..],
                QuantityKind::Percent,
                n.approximate,
            ));
        }
    }
    // 三百万千升: a 千 that ends the numeral after a larger unit begins the measure word
    // (3,000,000 千升, not 3,001,000 升). Where 千 ends a plain numeral (5千米) both
    // readings are the same length, so only the sum is changed. A 百 before 帕 is the
    // unit's (975百帕).
    let last = t.chars().next_back().filter(|&c| c == '千' || c == '百');
    let (n, t, end) = match last.and_then(|c| numbers::parse_at(&s[..end - c.len_utf8()], at)) {
        Some(m)
            if (last == Some('百')
                || t.chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| matches!(c, '万' | '亿' | '萬' | '億')))
                && m.range.end + '千'.len_utf8() == end
                && m.kind == NumeralKind::Cardinal
                && longest(&s[m.range.end..], &MEASURES)
                    .is_some_and(|w| last.is_some_and(|c| w.starts_with(c))) =>
        {
            let e = m.range.end;
            (m, &s[at..e], e)
        }
        _ => (n, t, end),
    };
    let mut approx = n.approximate;
    // 收报18366.95点, 上涨91.52点, 下跌20点: points of an index. Another small whole number
    // before 点 is an hour (3点, read by dates) or a point of a speech (提出4点要求).
    if s[end..].starts_with('点')
        && n.arabic
        && n.max.is_none()
        && (t.contains_any(&['.', '．']) || n.value > 24.0 || s[..at].ends_any(&['涨', '跌']))
    {
        return Some(make(
            doc,
            at,
            end + '点'.len_utf8(),
            n.value,
            None,
            "点",
            QuantityKind::Measure,
            approx,
        ));
    }
    // Measures first (公里 before 公), then counts. N日 is a measure only where it counts
    // days (期限共30日, 30日内); elsewhere it is a date or nothing.
    let days = s[end..].starts_with('日') && dates::is_day_count(s, at, end + '日'.len_utf8());
    let measure = longest(&s[end..], &MEASURES).or(days.then_some("日"));
    let count = longest(&s[end..], &COUNTS)
        .filter(|w| {
            // (3根据, 1/4股权: 根 and 股 begin a word; 2027台北: 台 a place)
            let starts = match *w {
                "根" => "据據本源治",
                "股" => "权權份东東票价價市本息民指",
                "台" | "臺" => "北中南东東湾灣",
                _ => "",
            };
            !next_char(s, end + w.len()).is_some_and(|c| starts.contains(c))
        })
        .filter(|w| {
            !PLACE_COUNTS.contains(w)
                || next_char(s, end + w.len())
                    .is_none_or(|c| !is_han(c) || "的和与與及等均都已将將共各先".contains(c))
        });
    let (word, kind) = match (measure, count) {
        // (an age is a measure: 46岁, 60岁以上, 年满18周岁)
        // (a multiple is a ratio, no count of things: 1.5倍, 两倍 are measures in 倍)
        (_, Some(c)) if c.is_one_of(words!["周岁", "週歲", "倍"]) => (c, QuantityKind::Measure),
        (Some(m), Some(c)) if c.len() > m.len() => (c, QuantityKind::Count),
        (Some(m), _) => (m, QuantityKind::Measure),
        (None, Some(c)) if c.is_one_of(words!["岁", "歲"]) => (c, QuantityKind::Measure),
        (None, Some(c)) => (c, QuantityKind::Count),
        // 积36分, 领先2分, 满分120分: points of a table or an exam
        (None, None) if s[end..].starts_with('分') && score_cue(s, at, end) => {
            ("分", QuantityKind::Count)
        }
        // 1分58秒: minutes with seconds after them (3分 alone is a score or a cent)
        (None, None) if s[end..].starts_with('分') && n.max.is_none() => {
            return clock_duration(doc, at, n.value, 60.0, end + '分'.len_utf8(), n.approximate)
        }
        (None, None) => return bare_count(doc, at, end, &n),
    };
    // 二级市场, 三级医院, 四级响应: a grade, not a count
    if word.is_one_of(words!["级", "級"])
        && !n.arabic
        && next_char(s, end + word.len()).is_some_and(is_han)
    {
        return None;
    }
    // 2025届毕业生: a class by the year it leaves, not 2025 of them
    if word == "届"
        && n.arabic
        && (1900.0..=2100.0).contains(&n.value)
        && s[at..end].len() == 4
    {
        return None;
    }
    // 十四届全国人大三次会议, 十二届八次全会, 二十届三中全会: the term of a congress or a
    // committee and its session are ordinals written without 第, not counts
    let kind = if kind == QuantityKind::Count && session_ordinal(s, at, end, word) {
        QuantityKind::Ordinal
    } else {
        kind
    };
    // Latin units must end there: 5km, not 5kmh.
    if word.is_ascii() && next_char(s, end + word.len()).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    // Durations and lone digits need more care.
    let lone_one = t == "一" || t == "壹";
    // (一年六个月, 一年零两个月: a year and months is one duration)
    if lone_one
        && !word.is_one_of(COLLECTIVE)
        && !(word == "年" && months_after(s, end + word.len()))
    {
        return None;
    }
    // (零部件, 零件, 零售: a lone 零 begins a word; 二次解读, 二次开发: "secondary", twice
    // is 两次)
    if t == "零" || (t == "二" && word == "次") {
        return None;
    }
    if word.is_one_of(words!["年", "天", "日", "周", "週"]) {
        // 3年 is a duration; 三年级, 周年, 一天天 are not read; Chinese lone digits + 年 are
        // read by dates when they are years.
        let after = next_char(s, end + word.len());
        if after.is_some_and(|c| "级級代度底初末轻輕纪紀岁歲".contains(c)) || n.value <= 0.0
        {
            return None;
        }
    }
    // 一起 is "together", 一道 "along": lone 一 already excluded; 两起 is fine.
    let q_end = end + word.len();
    // 100多人 after the measure word: 3个多月.
    if matches!(next_char(s, q_end), Some('多' | '余' | '餘'))
        && kind == QuantityKind::Measure
        && n.max.is_none()
    {
        // 6个多月: more than six.
        approx = true;
    }
    // 多/余 after 个 before a duration: 3个多月 → measure 月.
    if word == "个" || word == "個" {
        let k = q_end;
        if s[k..].starts_with('多') || s[k..].starts_with('半') {
            let k2 = k + '多'.len_utf8();
            if let Some(w) = s[k2..].prefix_in(words!["月", "小时", "小時", "星期", "钟头"]) {
                let half = s[k..].starts_with('半');
                let value = if half { n.value + 0.5 } else { n.value };
                let unit = if w == "月" { "个月" } else { w };
                // 4个多月: between four and five months
                let max = (!half && n.max.is_none() && value.fract() == 0.0).then_some(value + 1.0);
                let mut q = make(
                    doc,
                    at,
                    k2 + w.len(),
                    value,
                    max,
                    unit,
                    QuantityKind::Measure,
                    !half,
                );
                q.unit = unit.to_string();
                return Some(q);
            }
        }
        if let Some(w) = s[k..].prefix_in(words!["月", "小时", "小時", "星期", "钟头", "基点", "基點"])
        {
            let unit = if w == "月" { "个月" } else { w };
            let mut q = make(
                doc,
                at,
                k + w.len(),
                n.value,
                n.max,
                unit,
                QuantityKind::Measure,
                approx,
            );
            q.unit = unit.to_string();
            return Some(q);
        }
    }
    // 2小时10分35秒, 3小时20分: one duration, not 2小时 and two stray numbers.
    if let Some(&(_, secs)) = CLOCK_UNITS
        .iter()
        .find(|(w, secs)| *w == word && *secs > 1.0)
        .filter(|_| n.max.is_none())
    {
        if let Some(q) = clock_duration(doc, at, n.value, secs, q_end, approx) {
            return Some(q);
        }
    }
    // 9秒83, 10秒05: a race time in seconds and hundredths
    let (q_end, value) = match hundredths(s, q_end).filter(|_| word == "秒" && n.max.is_none()) {
        Some((f, e)) => (e, n.value + f),
        None => (q_end, n.value),
    };
    let mut q = make(doc, at, q_end, value, n.max, word, kind, approx);
    // 零下四摄氏度: below zero.
    if word.is_one_of(words!["摄氏度", "℃", "度"]) && s[..at].ends_with("零下") {
        q.start = at - "零下".len();
        q.text = doc.text[q.start..q.end].to_string();
        q.value = -q.value;
        q.value_max = q.value_max.map(|m| -m);
    }
    // 人 and 人次 name what they count; what follows is a verb (五人死亡).
    if kind == QuantityKind::Count
        && !word.is_one_of(words![
            "人", "人次", "岁", "歲", "周岁", "週歲", "倍", "周年", "週年", "分",
        ])
    {
        // (a verbal measure before a verb counts actions: 中国政府两次组织)
        let (after, verb, verb_word) = subject_after(doc, q_end);
        let verbal = word.is_one_of(words!["次", "回", "遍", "趟", "场", "場", "起"]);
        q.subject = match (verb, verbal) {
            // (以19球领跑射手榜, 以3票当选: by means of the figure, then the predicate)
            (false, _) if verb_word && s[..at].ends_with('以') => None,
            // (消防车80辆驰援灾区: a verb and its object after, the noun right before;
            // 124名下岗工人 are people the verb describes)
            (false, _)
                if verb_word && n.arabic && after.is_some() && !word.is_one_of(words!["名", "位"]) =>
            {
                subject_before(doc, at, q_end, true).or(after)
            }
            (false, _) => after.or_else(|| subject_before(doc, at, q_end, false)),
            (true, true) => None,
            // (Arabic digits: a list of resources, 发电车210台、冲锋舟56艘; else the
            // dictionary may have split a noun, 阅 + 览 + 室)
            (true, false) if n.arabic => subject_before(doc, at, q_end, true).or(after),
            (true, false) => after,
        };
        // (连续三届当选人大代表, 两届获得: a verb after terms of office, no noun)
        if verb_word && word.is_one_of(words!["届", "屆", "任"]) {
            q.subject = None;
        }
        // (6省市: the unit names what is counted)
        if word.starts_any(&['省', '市', '县', '縣', '区', '區', '地']) {
            q.subject = None;
        }
    } else {
        q.subject = None;
    }
    Some(q)
}

/// A figure with no measure word: casualties (3死5伤: people dead and injured) and a count
/// in 万 or 亿 right before its noun (3.6亿参保职工, 5000万农民工), with no unit.
#[inline(never)]
fn bare_count(doc: &Doc, at: usize, end: usize, n: &numbers::Numeral) -> Option<Quantity> {
    let s = doc.fold;
    let c = next_char(s, end)?;
    let after = end + c.len_utf8();
    let numeral_before = |k: usize| {
        s[..k]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_digit() || numbers::chinese_digit(p).is_some())
    };
    let casualty = match c {
        // (死 before a count of injured: 3死5伤, 1死2伤)
        '死' => numbers::parse_at(s, after)
            .filter(|m| m.kind == NumeralKind::Cardinal)
            .is_some_and(|m| s[m.range.end..].starts_any(&['伤', '傷'])),
        // (伤 after a count of dead, or 伤 before 失联: 3死5伤, 5伤2失联)
        '伤' | '傷' => s[..at].ends_with('死') && numeral_before(at - '死'.len_utf8()),
        _ => false,
    };
    if casualty && n.max.is_none() && n.value.fract() == 0.0 {
        let mut q = make(
            doc,
            at,
            after,
            n.value,
            None,
            "人",
            QuantityKind::Count,
            n.approximate,
        );
        q.unit = "人".into();
        q.subject = Some(doc.text[end..after].to_string());
        return Some(q);
    }
    // 3.6亿参保职工: the numeral ends in 万 or 亿 and a noun of two chars or more follows
    if !s[at..end].ends_any(&['万', '亿', '萬', '億']) || !is_han(c) {
        return None;
    }
    let (subject, verb, _) = subject_after(doc, end);
    let subject = subject.filter(|w| !verb && w.chars().nth(1).is_some())?;
    // (a noun, whole: no adverb or particle inside, no verb first or last, not 学会了)
    let e = end + subject.len().min(s.len() - end);
    let toks = crate::lexicon::segment::segment(s, end, e);
    let pos = |t: Option<&Token>| t.and_then(|t| t.pos());
    if toks
        .iter()
        .any(|t| matches!(t.pos(), Some(Pos::Adj | Pos::Function)))
        || pos(toks.first()) == Some(Pos::Verb)
        || pos(toks.last()) == Some(Pos::Verb)
        || next_char(s, e).is_some_and(|c| "了着著过過".contains(c))
    {
        return None;
    }
    let mut q = make(
        doc,
        at,
        end,
        n.value,
        n.max,
        "",
        QuantityKind::Count,
        n.approximate,
    );
    q.unit = String::new();
    q.subject = Some(subject);
    Some(q)
}

/// A race result in h:mm:ss ([`dates::race_time`]) as a measure in seconds. (Out of line:
/// the scan loop stays small.)
#[inline(never)]
fn race(doc: &Doc, at: usize, end: usize, secs: f64) -> Option<Quantity> {
    Some(make(
        doc,
        at,
        end,
        secs,
        None,
        "秒",
        QuantityKind::Measure,
        false,
    ))
}

/// Units of a duration told on a clock, and their seconds.
const CLOCK_UNITS: &[(&str, f64)] = &[
    ("小时", 3600.0),
    ("小時", 3600.0),
    ("分钟", 60.0),
    ("分鐘", 60.0),
    ("分", 60.0),
    ("秒钟", 1.0),
    ("秒鐘", 1.0),
    ("秒", 1.0),
];

/// A duration in several units read as one: 2小时10分35秒 → 7835 秒, 3小时20分 → 200 分钟,
/// 1分58秒 → 118 秒 (the value counts the last unit written, as 48小时 counts hours). The
/// first part, `value` units of `secs` seconds, ends at `end`; None unless a smaller part
/// follows it.
fn clock_duration(
    doc: &Doc,
    at: usize,
    value: f64,
    secs: f64,
    mut end: usize,
    approx: bool,
) -> Option<Quantity> {
    let s = doc.fold;
    let (mut total, mut last) = (value * secs, secs);
    while let Some(n) = numbers::parse_at(s, end) {
        if n.kind != NumeralKind::Cardinal || n.max.is_some() || n.value >= 60.0 {
            break;
        }
        let Some(&(w, unit)) = CLOCK_UNITS
            .iter()
            .filter(|(w, _)| s[n.range.end..].starts_with(w))
            .max_by_key(|(w, _)| w.len())
        else {
            break;
        };
        // 十分 is also "very" (3小时十分辛苦): a bare 分 only after digits
        if unit >= last || (w == "分" && !n.arabic) {
            break;
        }
        total += n.value * unit;
        last = unit;
        end = n.range.end + w.len();
    }
    if last == secs {
        return None;
    }
    let unit = if last == 1.0 { "秒" } else { "分钟" };
    // (1分56秒12: hundredths after the seconds)
    if let Some((f, e)) = hundredths(s, end).filter(|_| last == 1.0) {
        total += f;
        end = e;
    }
    let mut q = make(
        doc,
        at,
        end,
        total / last,
        None,
        unit,
        QuantityKind::Measure,
        approx,
    );
    q.subject = None;
    Some(q)
}

/// The hundredths (or tenths) of a second written right after 秒 in a race time (9秒83,
/// 1分56秒12, 10秒5): their value and where they end. Only one or two digits, and not
/// before a unit or a measure word (3秒2个 is two figures).
fn hundredths(s: &str, at: usize) -> Option<(f64, usize)> {
    let digits = s[at..].bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[at + digits..];
    let ok = !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || "万萬亿億千百".contains(c))
        && longest(rest, &MEASURES).is_none()
        && longest(rest, &COUNTS).is_none();
    if !(1..=2).contains(&digits) || !ok {
        return None;
    }
    let v: u32 = s[at..at + digits].parse().ok()?;
    Some((v as f64 / if digits == 1 { 10.0 } else { 100.0 }, at + digits))
}

type Token = crate::lexicon::segment::Token;

fn nounish(t: &Token) -> bool {
    matches!(
        t.pos(),
        Some(Pos::Noun | Pos::Proper | Pos::Org | Pos::Abbrev | Pos::Place)
    )
}

fn lone(s: &str, t: &Token) -> bool {
    s[t.start..t.end].chars().nth(1).is_none()
}

/// A verb starts the predicate at `toks[i]`: two lone chars (回港, 停电, 赶赴: the
/// dictionary knows the verb only in parts), or a word not before a noun (参加展会, 组成),
/// unless that noun `ends` the subject (乡村振兴干部, 联合公报).
#[inline(never)]
fn predicate(s: &str, toks: &[Token], i: usize, ends: bool) -> bool {
    let t = &toks[i];
    // (不可, 的: stop words end the noun on their own)
    let stop = |u: &Token| longest(&s[u.start..], &STOPS).is_some();
    t.pos() == Some(Pos::Verb)
        && !stop(t)
        && match toks.get(i + 1) {
            // (first: the second a verb too, 赶 + 赴; 考 + 室 is a noun)
            Some(u) if lone(s, t) => lone(s, u) && !stop(u) && (ends || u.pos() == Some(Pos::Verb)),
            // (阅览室, 浓缩铀: a noun char after the verb word)
            Some(u) => {
                !((nounish(u) || (lone(s, u) && u.pos() != Some(Pos::Verb) && !stop(u)))
                    && (!ends
                        || !next_char(s, u.end).is_some_and(is_han)
                        || longest(&s[u.end..], &STOPS).is_some()))
            }
            None => !lone(s, t),
        }
}

/// The noun after a measure word: 3名援疆干部、 → 援疆干部; and whether a verb follows the
/// measure word instead; and whether a verb of two chars or more opens what follows.
fn subject_after(doc: &Doc, at: usize) -> (Option<String>, bool, bool) {
    let s = doc.fold;
    // The run of Han chars, a few past the longest subject so that the word after it is
    // cut whole (干部分别: 干部 + 分别, not 干 + 部分).
    let mut run_end = at;
    for c in s[at..].chars().take(12).take_while(|&c| is_han(c)) {
        run_end += c.len_utf8();
    }
    // A stop word or a numeral ends the noun where a word starts (23个补给站 is not 补 +
    // 给, give), unless a longer noun starts with the stop word (3名将军, 3个因素).
    let mut j = at;
    let mut n = 0;
    let mut stopped = false;
    let toks = crate::lexicon::segment::segment(s, at, run_end);
    // 发电车210台赶赴灾区: what is counted may stand before the numeral (the caller
    // weighs it).
    // (连夜奔赴, 已赶赴: an adverb first is the predicate's too)
    let verb_first = !toks.is_empty()
        && (predicate(s, &toks, 0, false)
            || (toks[0].pos() == Some(Pos::Function) && !lone(s, &toks[0]))
            // (verbs of going the dictionary may not hold: 赶赴现场, 2万名|赴|中西部)
            || s[at..].starts_with_any(words!["赶赴", "奔赴", "赴"]));
    // (九部门联合印发, 三方共同主办: an adverb of doing together starts the predicate)
    // (三个联合公报: before a noun it is the noun's)
    if toks
        .first()
        .is_some_and(|t| s[t.start..t.end].is_one_of(words!["联合", "共同", "先后", "相继", "陆续"]))
        && toks
            .get(1)
            .is_some_and(|t| !matches!(t.pos(), Some(Pos::Noun | Pos::Org | Pos::Abbrev | Pos::Place)))
    {
        return (None, true, false);
    }
    let verb_word = toks
        .first()
        .is_some_and(|t| t.pos() == Some(Pos::Verb) && !lone(s, t));
    let mut noun_seen = false;
    for (i, t) in toks.iter().enumerate() {
        let w = &s[t.start..];
        // 1.8万艘渔船回港避风, 11.2万户用户停电: a verb after a noun ends it
        // (两场比赛同时开球, 3个交易日净流入, 群众非法吸收: an adverb or an adjective
        // before a verb too)
        if noun_seen
            && (predicate(s, &toks, i, true)
                // (3款新车上市。: a verb the dictionary files as a noun, ending the clause)
                || (s[t.start..t.end].is_one_of(words!["上市", "开业", "亮相", "落户", "投产", "上线"])
                    && !next_char(s, t.end).is_some_and(is_han))
                || (((t.pos() == Some(Pos::Function) && !lone(s, t)) || t.pos() == Some(Pos::Adj))
                    && toks.get(i + 1).is_some_and(|u| u.pos() == Some(Pos::Verb))))
        {
            stopped = true;
            break;
        }
        // (a lone noun char after another lone char ends a noun the dictionary lacks:
        // 村|社, 部|处)
        noun_seen |= nounish(t)
            && (!lone(s, t)
                || (i > 0
                    && lone(s, &toks[i - 1])
                    && !matches!(toks[i - 1].pos(), Some(Pos::Verb | Pos::Function | Pos::Adj))));
        let in_noun = |stop: &str| {
            t.start + stop.len() < t.end
                && matches!(
                    t.pos(),
                    Some(Pos::Noun | Pos::Proper | Pos::Org | Pos::Abbrev | Pos::Place)
                )
        };
        if longest(w, &STOPS).is_some_and(|stop| !in_noun(stop))
            || w.starts_with(|c| numbers::chinese_digit(c).is_some())
        {
            stopped = true;
            break;
        }
        n += s[t.start..t.end].chars().count();
        // A run that does not end within eight characters is a clause, not a noun.
        if n > 8 {
            return (None, verb_first, verb_word);
        }
        j = t.end;
    }
    // (or the run ended, at the end of the clause)
    if !stopped && next_char(s, j).is_some_and(is_han) {
        return (None, verb_first, verb_word);
    }
    // 名册上, 成员中: a trailing localizer is not part of the noun.
    while n > 2 {
        let Some(last) = s[at..j].chars().next_back() else {
            break;
        };
        if !"上中里裡内內外".contains(last) {
            break;
        }
        j -= last.len_utf8();
        n -= 1;
    }
    let ok = n >= 1 && !(n == 1 && COUNT_WORDS.contains(&s[at..j]));
    (
        ok.then(|| doc.text[at..j].to_string()),
        verb_first,
        verb_word,
    )
}

/// The noun before a numeral when the measure word ends the clause: 完成帮扶项目15个。
/// `verb_after`: a verb follows the measure word instead (发电车210台赶赴灾区).
fn subject_before(doc: &Doc, start: usize, end: usize, verb_after: bool) -> Option<String> {
    let s = doc.fold;
    // (a bound after the figure closes it too: 培育千亿级民营企业10家以上。)
    let end = ["以上", "以下", "左右", "以内"]
        .iter()
        .find(|w| s[end..].starts_with(**w))
        .map_or(end, |w| end + w.len());
    if !is_punct_or_end(s, end) && !verb_after {
        return None;
    }
    // (改造 123 个: a space before a spaced figure)
    let start = match s[..start].strip_suffix(' ') {
        Some(b) if b.ends_with(is_han) => b.len(),
        _ => start,
    };
    let mut j = start;
    let mut n = 0;
    while let Some(c) = s[..j].chars().next_back() {
        if !is_han(c) || n >= 12 {
            break;
        }
        j -= c.len_utf8();
        n += 1;
    }
    // (新增5A级景区1家, 4S店: letters and digits written into the noun)
    let k = s[..j].trim_end_matches(|c: char| c.is_ascii_alphanumeric()).len();
    if n > 0 && s[k..j].bytes().any(|b| b.is_ascii_alphabetic()) {
        j = k;
    }
    // Words, so that cuts fall between them (全国 is not 全 + 国, 今年 not 今 + 年).
    let toks = crate::lexicon::segment::segment(s, j, start);
    let mut end_at = start;
    // 新开工项目比上月增加8个, 企业较去年增加1200户, 成交量环比增加150套: what is counted
    // stands before the comparison (none when the clause opens with it)
    if let Some(t) = toks.iter().find(|t| {
        s[t.start..t.end].is_one_of(words![
            "比", "较", "較", "同比", "环比", "環比", "相比", "相较", "相較",
        ])
    }) {
        end_at = t.start;
    }
    // 算力达到每秒512万亿次: the rate is no part of what is counted.
    if let Some(k) = s[j..end_at].rfind('每') {
        if s[j + k..start].chars().count() <= 4 {
            end_at = j + k;
        }
    }
    // The verb and adverbs that carry the figure are not part of the subject:
    // 处理量突破1500万件, 业务量将首次突破1700亿件, 住户共计312户.
    // (the last char stripped was a lone verb char: the one before it is of the same verb)
    let mut in_verb = false;
    loop {
        // (a verb of two chars by its text: the dictionary may not join 共计)
        if let Some(w) = PREDICATES
            .iter()
            .filter(|w| w.chars().nth(1).is_some() && s[j..end_at].ends_with(*w))
            .max_by_key(|w| w.len())
        {
            end_at -= w.len();
            in_verb = false;
            continue;
        }
        let Some(t) = toks.iter().rev().find(|t| t.end == end_at) else {
            break;
        };
        let w = &s[t.start..t.end];
        let whole = w.chars().nth(1).is_some();
        // A lone verb char after a lone noun char may end a word the dictionary lacks (产能
        // is 产 + 能); after a word or a verb char, or before another lone verb char, it is
        // a verb (企业有, 打完, 可望).
        let prev = toks.iter().rev().find(|p| p.end == t.start);
        let glued = !in_verb
            && prev.is_some_and(|p| {
                s[p.start..p.end].chars().nth(1).is_none()
                    && !matches!(p.pos(), Some(Pos::Verb | Pos::Function))
            });
        // (lone measure chars, tagged numerals, end nouns: 住户, 场次)
        let carries = w.is_one_of(PREDICATES)
            || matches!(t.pos(), Some(Pos::Function | Pos::Time))
            || (whole && matches!(t.pos(), Some(Pos::Verb | Pos::Adj | Pos::Numeral)))
            || (!whole && t.pos() == Some(Pos::Verb) && !glued);
        if !carries {
            break;
        }
        in_verb = !whole && t.pos() == Some(Pos::Verb);
        end_at = t.start;
    }
    // Cut after the last verb, function word or time word, as whole words (全国 is not
    // 全 + 国), as long as two characters are left (处理量 stays whole).
    // (before a verb, only a noun right before the numeral: 发电车210台赶赴, not 共设置了
    // 23个补给站)
    if end_at != start && !is_punct_or_end(s, end) {
        return None;
    }
    let past_unit = unit_of_previous(s, j, end_at);
    let mut from = past_unit;
    for (i, t) in toks
        .iter()
        .enumerate()
        .take_while(|(_, t)| t.end <= end_at)
        .filter(|(_, t)| t.start >= past_unit)
    {
        let cut = if matches!(t.pos(), Some(Pos::Function | Pos::Time | Pos::Pronoun)) {
            Some(t.end)
        } else {
            leading_verb_end(s, &toks[i..], end_at)
        };
        if let Some(e) = cut.filter(|&e| s[e..end_at].chars().count() >= 2) {
            from = e;
        }
    }
    // (每人最多补贴1件, 至少培训2次: after 最多/至少 comes the verb, not what is counted;
    // the words are cut in two by the dictionary, 最 + 多)
    if s[..from].ends_with_any(words!["最", "至"]) && s[from..].starts_any(&['多', '少']) {
        return None;
    }
    let len = s[from..end_at].chars().count();
    // (其他, 这些: no noun)
    if toks
        .iter()
        .any(|t| t.start == from && t.end == end_at && t.pos() == Some(Pos::Pronoun))
    {
        return None;
    }
    (2..=8)
        .contains(&len)
        .then(|| doc.text[from..end_at].to_string())
}

/// Past the unit of the figure before the subject, when the run of Han chars before it
/// starts right after digits: 由21名减为16名 → 减 (not 名减), 从75万桶削减到73万桶.
fn unit_of_previous(s: &str, j: usize, limit: usize) -> usize {
    if !s[..j].ends_with(|c: char| c.is_ascii_digit()) {
        return j;
    }
    let mut k = j;
    for c in s[j..limit].chars() {
        let unit = numbers::large_unit(c).is_some() || numbers::small_unit(c).is_some();
        if !unit && !matches!(c, '多' | '余') {
            break;
        }
        k += c.len_utf8();
    }
    let unit = longest(&s[k..limit], &COUNTS).or_else(|| longest(&s[k..limit], &MEASURES));
    let mut e = k + unit.map_or(0, str::len);
    // (and its currency and bound: 10亿元以上|项目5个)
    for set in [&["元", "美元", "欧元", "港元", "日元", "英镑"][..], &["以上", "以下", "左右"][..]] {
        if let Some(w) = set.iter().find(|w| s[e..limit].starts_with(**w)) {
            e += w.len();
        }
    }
    e
}

/// The end of the longest of [`LEADING_VERBS`] that starts at the first of `toks` and ends
/// where one of them ends, before `limit`: a verb the dictionary cut in two (抓获 →
/// 抓 + 获) is still found, a char inside a word (全 of 全国) is not.
fn leading_verb_end(
    s: &str,
    toks: &[crate::lexicon::segment::Token],
    limit: usize,
) -> Option<usize> {
    let at = toks.first()?.start;
    let w = longest_where(&s[at..limit], &LEADING, |w| {
        toks.iter().any(|t| t.end == at + w.len())
    })?;
    // 年, 月, 日 end a date (3月完成项目15个) or a span (单日最高处理量); first in the
    // clause, they are "monthly" (，月产能达到4万片).
    if w.is_one_of(words!["年", "月", "日", "月份"])
        && !s[..at]
            .chars()
            .next_back()
            .is_some_and(|c| is_han(c) || c.is_ascii_digit())
    {
        return None;
    }
    Some(at + w.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn run(
        t: &str,
    ) -> Vec<(
        String,
        f64,
        Option<f64>,
        String,
        QuantityKind,
        Option<String>,
    )> {
        let clean = crate::text::repair(t);
        let options = Options::default();
        let doc = Doc::new(&clean, &options);
        find(&doc)
            .into_iter()
            .map(|q| (q.text, q.value, q.value_max, q.unit, q.kind, q.subject))
            .collect()
    }

    #[test]
    fn counts_with_subjects() {
        let r = run("会上，3名援疆干部、8名省内乡村振兴干部分别介绍情况。");
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].1, r[0].3.as_str(), r[0].5.as_deref()),
            (3.0, "名", Some("援疆干部"))
        );
        assert_eq!((r[1].1, r[1].5.as_deref()), (8.0, Some("省内乡村振兴干部")));
        let r = run("2024年，完成帮扶项目15个。");
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].1, r[0].5.as_deref()), (15.0, Some("帮扶项目")));
        let r = run("两家企业和一批干部");
        assert_eq!((r[0].1, r[0].3.as_str()), (2.0, "家"));
        assert_eq!((r[1].1, r[1].3.as_str()), (1.0, "批"));
        let r = run("单日最高处理量突破1500万件。今年全国快递业务量将首次突破1700亿件。");
        let subjects: Vec<Option<&str>> = r.iter().map(|q| q.5.as_deref()).collect();
        assert_eq!(subjects, [Some("最高处理量"), Some("全国快递业务量")]);
        let r = run("吸引了十几家企业");
        assert_eq!((r[0].1, r[0].2), (10.0, Some(20.0)));
    }

    #[test]
    fn spaced_figures_and_bare_counts() {
        let subj = |t: &str| -> Vec<(String, f64, String, Option<String>)> {
            run(t).into_iter().map(|q| (q.0, q.1, q.3, q.5)).collect()
        };
        let own = |t: &str, v: f64, u: &str, s: Option<&str>| {
            (t.to_string(), v, u.to_string(), s.map(str::to_string))
        };
        // one space between a figure and its unit; digits a PDF spaced out
        assert_eq!(
            subj("全区新建充电桩 3 2 0 根，较上年增加 4 个，达标率 9 6 . 5 %。"),
            [
                own("320 根", 320.0, "根", Some("充电桩")),
                own("4 个", 4.0, "个", None),
                own("96.5%", 96.5, "%", None),
            ]
        );
        // casualties, and a count in 万/亿 right before its noun
        assert_eq!(
            subj("车祸造成2死7伤。全省有2.4亿参保职工的待遇上调，约300万农民工返乡。"),
            [
                own("2死", 2.0, "人", Some("死")),
                own("7伤", 7.0, "人", Some("伤")),
                own("2.4亿", 240000000.0, "", Some("参保职工")),
                own("300万", 3000000.0, "", Some("农民工")),
            ]
        );
        // (no noun after: 学会了 is a verb; 比 a preposition)
        assert!(run("使20多万农民学会了新技术，与过去的50万大军比起来").is_empty());
        // a grade is no count: 二级市场, 三级医院
        assert!(run("二级市场表现活跃，三级医院门诊量大").is_empty());
        // verbs before and after the counted noun are not part of it
        assert_eq!(
            subj(
                "现场储备编织袋8000条、抽调医护人员45名；全市有30只个股涨幅超过5%，2600套房源入市"
            ),
            [
                own("8000条", 8000.0, "条", Some("编织袋")),
                own("45名", 45.0, "名", Some("医护人员")),
                own("30只", 30.0, "只", Some("个股")),
                own("5%", 5.0, "%", None),
                own("2600套", 2600.0, "套", Some("房源")),
            ]
        );
        assert_eq!(
            subj("7月1日起，9条新规正式施行。"),
            [own("9条", 9.0, "条", Some("新规"))]
        );
    }

    #[test]
    fn percent_ordinal_measure() {
        let r = run("增长30%，占百分之三十，约三成，提高2个百分点，增长10%-15%");
        let got: Vec<(f64, Option<f64>, &str)> =
            r.iter().map(|q| (q.1, q.2, q.3.as_str())).collect();
        assert_eq!(
            got,
            [
                (30.0, None, "%"),
                (30.0, None, "%"),
                (30.0, None, "%"),
                (2.0, None, "百分点"),
                (10.0, Some(15.0), "%")
            ]
        );
        let r = run("在第七屆进博会上");
        assert_eq!(
            (r[0].0.as_str(), r[0].1, r[0].4),
            ("第七屆", 7.0, QuantityKind::Ordinal)
        );
        let r = run("产量5000吨，新建道路12.5公里，种植300亩，发电1.2亿千瓦时");
        let got: Vec<(f64, &str)> = r.iter().map(|q| (q.1, q.3.as_str())).collect();
        assert_eq!(
            got,
            [
                (5000.0, "吨"),
                (12.5, "公里"),
                (300.0, "亩"),
                (1.2e8, "千瓦时")
            ]
        );
        let r = run("产量约为三百万千升，装机容量120万千瓦，步行3千米");
        let got: Vec<(f64, &str)> = r.iter().map(|q| (q.1, q.3.as_str())).collect();
        assert_eq!(got, [(3e6, "千升"), (1.2e6, "千瓦"), (3000.0, "米")]);
    }

    #[test]
    fn race_times_on_a_clock_are_durations() {
        // a result in h:mm:ss is a duration, as 2小时10分35秒 is
        for t in [
            "他以2:10:35的成绩夺冠。",
            "成績2:10:35，完賽。",
            "男子组冠军用时2:10:35。",
            "她跑出2:10:35，刷新赛会纪录。",
            "全程用时2小时10分35秒。",
        ] {
            let r = run(t);
            assert_eq!(r.len(), 1, "{t}: {r:?}");
            assert_eq!(
                (r[0].1, r[0].3.as_str(), r[0].4),
                (7835.0, "秒", QuantityKind::Measure),
                "{t}"
            );
        }
        let r = run("以26:13:05完赛，以2:05:12.5夺冠");
        let got: Vec<(&str, f64)> = r.iter().map(|q| (q.0.as_str(), q.1)).collect();
        assert_eq!(got, [("26:13:05", 94385.0), ("2:05:12.5", 7512.5)]);
        // a time of day stays a date (dates.rs): no quantity
        for t in ["会议下午2:30开始", "14:30:00开始", "比赛于14:30:00开始"] {
            assert!(run(t).is_empty(), "{t}: {:?}", run(t));
        }
    }

    #[test]
    fn not_quantities() {
        for t in [
            "统一思想",
            "一些问题",
            "万一出事",
            "一致同意",
            "奋战在一线",
            "投入1830万元",
            "2024年",
            "1月22日",
            "第一时间",
            "一个重要",
            "一成不变",
        ] {
            assert!(run(t).is_empty(), "{t}: {:?}", run(t));
        }
    }

    fn texts(t: &str) -> Vec<(String, f64, Option<f64>, Option<String>)> {
        run(t).into_iter().map(|q| (q.0, q.1, q.2, q.5)).collect()
    }

    #[test]
    fn joined_durations_and_ranges() {
        let r =
            texts("被判处有期徒刑五年六个月，其余被告人被判处三年至八年不等，农技人员30人至40人。");
        assert_eq!(
            r,
            [
                ("五年六个月".to_string(), 5.5, None, None),
                ("三年至八年".to_string(), 3.0, Some(8.0), None),
                ("30人至40人".to_string(), 30.0, Some(40.0), None),
            ]
        );
        // not a range: the right end is smaller, or another unit
        let r = texts("从8个减到3个，从5年到6个月");
        assert_eq!(r.len(), 4, "{r:?}");
    }

    #[test]
    fn points_after_a_word_of_scoring() {
        let r = texts("考试满分120分，可加20分，标准分值从120分调整为100分。");
        let v: Vec<f64> = r.iter().map(|q| q.1).collect();
        assert_eq!(v, [120.0, 20.0, 120.0, 100.0]);
        assert!(r.iter().all(|q| q.3.is_none()), "{r:?}");
    }

    #[test]
    fn shares_are_counted_but_not_share_words() {
        let r = texts("公司拟回购1562.5万股，股东持有3000股，另持有1/4股权和20股份额。");
        let v: Vec<(f64, &str)> = r.iter().map(|q| (q.1, q.0.as_str())).collect();
        assert_eq!(v, [(15_625_000.0, "1562.5万股"), (3000.0, "3000股")], "{r:?}");
    }

    #[test]
    fn subjects_without_the_verbs_around_them() {
        let r = texts("由3车道缩减为1车道，9部门印发通知，查封房产11套，扣押车辆6辆。");
        let subjects: Vec<Option<&str>> = r.iter().map(|q| q.3.as_deref()).collect();
        assert_eq!(subjects, [None, None, None, Some("房产"), Some("车辆")]);
        // a milepost's metres are no count
        assert!(texts("在K1843+500处发生事故").is_empty());
        // 零部件 is no count of zero
        assert!(texts("汽车零部件板块涨幅居前").is_empty());
    }

    #[test]
    fn tenths_ranges_device_units_and_points_a_team_stands_on() {
        let r = run("降水偏多一至二成，局部偏多2至5成。申花以41分领跑。");
        let got: Vec<(&str, f64, Option<f64>)> =
            r.iter().map(|q| (q.0.as_str(), q.1, q.2)).collect();
        assert_eq!(
            got,
            [
                ("一至二成", 10.0, Some(20.0)),
                ("2至5成", 20.0, Some(50.0)),
                ("41分", 41.0, None)
            ]
        );
        let r = run("更新率120Hz，重188公克，主鏡頭6,400萬畫素，乙醇含量为136mg/100ml。");
        let units: Vec<&str> = r.iter().map(|q| q.3.as_str()).collect();
        assert_eq!(units, ["Hz", "公克", "畫素", "mg/100ml"]);
        // a capital digit inside a word (队伍, 入伍) is no part of the number after it
        let r = run("组建抢险队伍412支，他入伍3年。");
        let got: Vec<&str> = r.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(got, ["412支", "3年"]);
    }

    #[test]
    fn the_parts_of_a_text_are_no_quantities() {
        let r = run("《条例》共八章。第一章总则；第十五条规定，第三条第二款明确，第2条 范围。第二条跑道明年建成，第二款车型上市。");
        let got: Vec<&str> = r.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(got, ["八章", "第二条", "第二款"]);
        assert_eq!(r[1].4, QuantityKind::Ordinal);
    }

    #[test]
    fn ages_and_listed_ordinals() {
        let r = run("第十届、十一届全国政协委员，享年83岁。");
        let kinds: Vec<(&str, QuantityKind)> = r.iter().map(|q| (q.0.as_str(), q.4)).collect();
        assert_eq!(
            kinds,
            [
                ("第十届", QuantityKind::Ordinal),
                ("十一届", QuantityKind::Ordinal),
                ("83岁", QuantityKind::Measure),
            ]
        );
        assert_eq!(r[1].5, None);
    }
}
