//! Credits: who wrote, reported, photographed, edited and published the article.
//!
//! Recognises
//! - labelled lines (撰稿 鞍山钢铁记者站 王晓光, 责任编辑：张雷, 编辑 张三 校对 李四, 文/图 王五),
//!   with several labels on one line;
//! - a line that lists names under an organisation next to such lines (党委组织部 刘旭东 张林);
//! - datelines and bylines in the article (本报北京4月27日讯 记者王君超, （记者 张三 李四）);
//! - the source named in a reprint notice (请与铁甲网联系 → 铁甲网), and 来源：/ 转载自.
//!
//! Cues are matched on the fold; names and organisations are reported as written.

use crate::layout::Doc;
use crate::model::{Credit, CreditRole, ParagraphKind};
use crate::text::any_char::{AnyChar, Words};
use crate::text::is_han;

/// Labels (simplified), longest first where one is the start of another.
const LABELS: &[(&str, CreditRole)] = &[
    ("微信编辑", CreditRole::Editor),
    ("图文编辑", CreditRole::Editor),
    ("视频编辑", CreditRole::Editor),
    ("图片编辑", CreditRole::Editor),
    ("版面编辑", CreditRole::Editor),
    ("特约评论员", CreditRole::Author),
    ("本期编辑", CreditRole::Editor),
    ("网络编辑", CreditRole::Editor),
    ("新媒体编辑", CreditRole::Editor),
    ("责任编辑", CreditRole::ChiefEditor),
    ("值班编辑", CreditRole::Editor),
    ("实习编辑", CreditRole::Editor),
    ("文字编辑", CreditRole::Editor),
    ("美术编辑", CreditRole::Editor),
    ("编辑", CreditRole::Editor),
    ("责编", CreditRole::ChiefEditor),
    // (a column's chief editor: 栏目主编：顾文韬 文字编辑：裘佳禾)
    ("栏目主编", CreditRole::ChiefEditor),
    ("执行主编", CreditRole::ChiefEditor),
    ("值班主编", CreditRole::ChiefEditor),
    ("主编", CreditRole::ChiefEditor),
    ("总编", CreditRole::ChiefEditor),
    ("监制", CreditRole::ChiefEditor),
    ("终审", CreditRole::ChiefEditor),
    ("审核", CreditRole::Editor),
    ("审校", CreditRole::Editor),
    ("初审", CreditRole::Editor),
    ("复审", CreditRole::Editor),
    // (a paper's three reviews: 责任编辑：肖琳 | 二审：谭明 | 三审：罗建华)
    ("二审", CreditRole::Editor),
    ("三审", CreditRole::ChiefEditor),
    ("校对", CreditRole::Editor),
    ("排版", CreditRole::Editor),
    ("美编", CreditRole::Editor),
    ("统筹", CreditRole::Editor),
    ("策划", CreditRole::Editor),
    ("撰稿", CreditRole::Author),
    ("撰文", CreditRole::Author),
    ("作者", CreditRole::Author),
    ("文字", CreditRole::Author),
    ("采写", CreditRole::Reporter),
    ("融媒体记者", CreditRole::Reporter),
    ("全媒体记者", CreditRole::Reporter),
    ("融媒记者", CreditRole::Reporter),
    ("记者", CreditRole::Reporter),
    // (Malaysia's papers: （星洲日报·报道：邱晓婷）)
    ("报道", CreditRole::Reporter),
    ("通讯员", CreditRole::Contributor),
    ("实习生", CreditRole::Contributor),
    ("供稿", CreditRole::Contributor),
    ("摄影", CreditRole::Photographer),
    ("摄像", CreditRole::Photographer),
    ("图片来源", CreditRole::Source),
    ("题图来自", CreditRole::Source),
    ("图源", CreditRole::Source),
    ("图片", CreditRole::Photographer),
    ("视频", CreditRole::Photographer),
    // (a portal's reprint of a post: 本文来自微信公众号：远川研究所（ID：…），作者：陈成)
    ("本文来自微信公众号", CreditRole::Source),
    ("本文来源", CreditRole::Source),
    ("文章来源", CreditRole::Source),
    ("稿件来源", CreditRole::Source),
    ("信息来源", CreditRole::Source),
    ("内容来源", CreditRole::Source),
    ("素材来源", CreditRole::Source),
    ("来源", CreditRole::Source),
    ("转自", CreditRole::Source),
    ("出品", CreditRole::Source),
    ("文", CreditRole::Author),
    ("图", CreditRole::Photographer),
];

/// Separators between a label and its value, and between labels (文/图).
#[inline(never)]
fn is_sep(c: char) -> bool {
    matches!(
        c,
        '：' | ':' | ' ' | '\t' | '\u{a0}' | '|' | '｜' | '丨' | '/' | '／'
    )
}

/// The label starting at byte `at` of the folded line, if it is followed by a separator
/// (记者 and 通讯员 may also be glued to a name): its end and role.
pub fn credit_label_at(f: &str, at: usize) -> Option<(usize, CreditRole)> {
    let rest = f.get(at..)?;
    for &(label, role) in LABELS {
        // (the last byte first: no memcmp for most labels, tested at every char)
        if let Some(after) =
            crate::text::any_char::has_prefix(rest, label).then(|| &rest[label.len()..])
        {
            let next = after.chars().next();
            let ok = match next {
                Some(c) if is_sep(c) => true,
                Some(c)
                    if matches!(role, CreditRole::Reporter | CreditRole::Contributor)
                        && label.chars().count() >= 2 =>
                {
                    is_han(c) && has_surname(after) && !starts_with_word(after)
                }
                _ => false,
            };
            if ok {
                return Some((at + label.len(), role));
            }
        }
    }
    None
}

/// Marks a credit line may start with in Hong Kong's and Taiwan's papers: ■記者 周家豪.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '■' | '□' | '●' | '◆' | '◇' | '▲' | '►' | '▶' | '★' | '◎' | '※')
}

/// Brackets a credit line may be wrapped in: （责任编辑：王刚）, 【编辑：张三】.
pub fn is_open_bracket(c: char) -> bool {
    matches!(c, '（' | '(' | '【' | '[' | '〔' | '［')
}

/// Common single-character surnames (simplified), for names glued to other text.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅阎萧赖洪";
const COMPOUND: Words = words![
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "申屠", "轩辕",
];

/// Words that stand where names stand but are not names.
const NOT_NAMES: Words = words![
    "报道",
    "报导",
    "摄影",
    "整理",
    "实习生",
    "通讯员",
    "记者",
    "编辑",
    "供稿",
    "综合",
    "编译",
    "本报",
    "发自",
    "联合",
    "出品",
    "制作",
    "主办",
    "特约",
    "见习",
    "本台",
    "本刊",
    // (a picture's credit that names no one: 图 | 网络, 图片：资料图)
    "网络",
    "资料图",
    "视频",
];

/// Endings of organisation names.
const ORG_ENDS: Words = words![
    "记者站",
    "董事会",
    "委员会",
    "协会",
    "商会",
    "站",
    "部",
    "社",
    "中心",
    "报",
    "台",
    "网",
    "委",
    "局",
    "处",
    "室",
    "院",
    "厅",
    "所",
    "公司",
    "集团",
    "组",
    "队",
    "办",
    "团",
    "馆",
    "委员会",
    "协会",
    "学会",
    "商会",
    "联合会",
    "频道",
    "杂志",
    "新闻",
    "日报",
    "晚报",
    "公众号",
    "工作室",
    "学校",
    "大学",
    "学院",
    "分院",
    "支部",
];

fn han_count(s: &str) -> Option<usize> {
    let mut n = 0;
    for c in s.chars() {
        if is_han(c) {
            n += 1;
        } else if c != '·' && c != '•' {
            return None;
        }
    }
    Some(n)
}

/// Whether the text starts with a dictionary word of two or three chars that is no name
/// (了解|到, 目前, 安徽, 从会上): after a glued 记者 it is the sentence, not a byline.
fn starts_with_word(f: &str) -> bool {
    use crate::lexicon::Pos;
    let lex = crate::lexicon::get();
    [2, 3].iter().any(|&n| {
        let Some((end, _)) = f
            .char_indices()
            .nth(n - 1)
            .map(|(i, c)| (i + c.len_utf8(), c))
        else {
            return false;
        };
        lex.word(&f[..end]).is_some_and(|w| {
            matches!(
                w.pos,
                Pos::Verb
                    | Pos::VerbNoun
                    | Pos::Adj
                    | Pos::Time
                    | Pos::Place
                    | Pos::Function
                    | Pos::Pronoun
                    | Pos::Numeral
                    | Pos::Org
                    | Pos::Abbrev
            )
        })
    })
}

fn has_surname(f: &str) -> bool {
    f.starts_with_any(COMPOUND) || f.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

/// A person's name (folded): two to three Han characters (four with a compound surname),
/// or a transliterated name with a middle dot.
#[inline(never)]
pub fn is_name(f: &str, need_surname: bool) -> bool {
    let Some(n) = han_count(f) else { return false };
    if f.is_one_of(NOT_NAMES) || is_org(f) {
        return false;
    }
    // (not a clause that holds one: 记者|采访了约翰·史密斯)
    if f.contains_any(&['·', '•']) {
        return (3..=12).contains(&n) && !starts_with_word(f);
    }
    let compound = f.starts_with_any(COMPOUND);
    let ok = ((2..=3).contains(&n) || (n == 4 && compound)) && !starts_with_word(f);
    ok && (!need_surname || has_surname(f))
}

/// A name standing alone after a credit label, between separators (责任编辑：黄海, 记者 高远):
/// a surname and one or two chars, even when they make a word (a sea, an adjective) that
/// [`is_name`] turns down in running text.
fn is_name_alone(f: &str) -> bool {
    is_name(f, true)
        // (a Tibetan name has no surname: 记者 仁青卓玛)
        || crate::lexicon::tag::is_tibetan_name(f)
        || (han_count(f).is_some_and(|n| (2..=3).contains(&n))
            && (has_surname(f) || rare_surname(f))
            && !f.is_one_of(NOT_NAMES)
            && !is_org(f))
}

/// A surname of the lexicon's full list that the common list leaves out (綦晓东, 郗文, 郦娜):
/// trusted only for a name standing alone after a label.
fn rare_surname(f: &str) -> bool {
    let surnames = &crate::lexicon::get().surnames;
    f.char_indices().nth(1).is_some_and(|(i, _)| surnames.contains_key(&f[..i]))
}

/// An organisation (folded): Han text ending like one, longer than a name.
/// A news outlet's name alone: 点新闻, 钱江晚报, 证券时报网.
#[inline(never)]
pub fn is_outlet(f: &str) -> bool {
    han_count(f).is_some_and(|n| (2..=10).contains(&n))
        && f.ends_with_any(MEDIA_ENDS)
        && f.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
}

pub fn is_org(f: &str) -> bool {
    han_count(f).is_some_and(|n| n >= 3) && f.ends_with_any(ORG_ENDS)
}

/// A short line of an organisation and names, or of names only: 党委组织部 刘旭东 张林.
pub fn looks_like_name_list(f: &str) -> bool {
    let toks: Vec<&str> = f.split(is_list_sep).filter(|t| !t.is_empty()).collect();
    if toks.len() < 2 || f.chars().count() > 40 {
        return false;
    }
    let names = toks.iter().filter(|t| is_name(t, true)).count();
    let orgs = toks.iter().filter(|t| is_org(t)).count();
    names >= 1 && names + orgs == toks.len() && orgs <= 1 && (orgs == 0 || is_org(toks[0]))
}

/// A reporter's sign-off on a line of its own, one to three names and 报道 (洪艺菁 报道, as
/// Singapore's and Malaysia's papers close or open a story): the names' byte range.
pub fn reporter_sign_off(f: &str) -> Option<std::ops::Range<usize>> {
    let t = f.trim_end();
    let head = t.strip_suffix("报道").or_else(|| t.strip_suffix("报导"))?;
    let lead = head.len() - head.trim_start().len();
    let names = head.trim();
    // (the names stand apart from 报道: 记者王江报道 is a sentence's end)
    if !head.ends_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let mut count = 0;
    for t in names.split(is_list_sep) {
        if !t.is_empty() {
            count += 1;
            if count > 3 || !is_name(t, true) {
                return None;
            }
        }
    }
    (count > 0).then(|| lead..lead + names.len())
}

fn is_list_sep(c: char) -> bool {
    c.is_whitespace() || matches!(c, '、' | '，' | ',' | '；' | ';' | '|' | '｜' | '丨' | '/' | '／')
}

/// Tokens of `f[range]` split at list separators, as byte ranges.
fn tokens(f: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in f[range.clone()].char_indices() {
        let i = range.start + i;
        let sep = is_list_sep(c)
            || matches!(
                c,
                '：' | ':' | '（' | '）' | '(' | ')' | '【' | '】' | '[' | ']' | '。' | '_'
            );
        match (sep, start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..range.end);
    }
    out
}

/// Names and the organisation in a credit's value.
#[inline(never)]
fn fill(doc: &Doc, value: std::ops::Range<usize>, credit: &mut Credit, need_surname: bool) {
    let toks = tokens(doc.fold, value);
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k].clone();
        k += 1;
        // (the label of the line's next field ends the value: 编辑：蒋若溪　浏览次数：1436)
        if doc.fold[t.end..].starts_with(['：', ':']) && k > 1 {
            break;
        }
        let f = &doc.fold[t.clone()];
        // a name of two padded to the width of three (编辑：赵　璐, 记者 吴 娟): one name,
        // written without the padding
        if let Some(n) = toks.get(k).filter(|n| {
            credit.role != CreditRole::Source
                && han_count(f) == Some(1)
                && has_surname(f)
                && han_count(&doc.fold[(*n).clone()]) == Some(1)
                && doc.fold[t.end..n.start].chars().count() <= 2
                && doc.fold[t.end..n.start].chars().all(char::is_whitespace)
        }) {
            let mut name = doc.text[t.clone()].to_string();
            name.push_str(&doc.text[n.clone()]);
            credit.names.push(name);
            k += 1;
            continue;
        }
        // (a photographer's name glued to 摄: 圖／記者侯韋丞攝)
        let (t, f) = match f.strip_suffix('摄') {
            Some(g) if credit.role == CreditRole::Photographer && is_name(g, true) => (t.start..t.start + g.len(), g),
            _ => (t, f),
        };
        let shown = doc.text[t.clone()].to_string();
        if credit.role == CreditRole::Source {
            if credit.organization.is_none() {
                credit.organization = Some(shown);
            }
        } else if is_name(f, need_surname) || is_name_alone(f) {
            credit.names.push(shown);
        } else if credit.organization.is_none()
            && (is_org(f) || han_count(f).is_some_and(|n| n >= 4))
        {
            credit.organization = Some(shown);
        }
    }
}

/// Credits of a credit line (several labels may share it).
fn line_credits(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) {
    let f = &doc.fold[range.clone()];
    // Label positions: at the start, or after a separator.
    let mut labels: Vec<(usize, usize, CreditRole)> = Vec::new();
    let mut prev_sep = true;
    let mut i = 0;
    while i < f.len() {
        let c = f[i..].chars().next().unwrap_or(' ');
        if prev_sep {
            if let Some((end, role)) = credit_label_at(f, i) {
                // 文/图: labels joined by a slash share one value.
                match labels.last_mut() {
                    Some(last)
                        if f[last.1..i].chars().all(|c| matches!(c, '/' | '／' | '、'))
                            && last.1 < i =>
                    {
                        last.1 = end
                    }
                    _ => labels.push((i, end, role)),
                }
                i = end;
                prev_sep = true;
                continue;
            }
        }
        // (a label after its outlet's dot: 星洲日报·报道：邱晓婷)
        prev_sep = is_sep(c)
            || is_open_bracket(c)
            || is_bullet(c)
            || matches!(c, '，' | '、' | '；' | ';')
            || (matches!(c, '·' | '•') && media_before(f, i).is_some());
        i += c.len_utf8();
    }
    if labels.is_empty() {
        // (农民日报·中国农网记者 范亚旗 is no list of two names: `bylines` reads it)
        if looks_like_name_list(f) && !is_outlet_byline(f) {
            let mut c = Credit {
                start: range.start,
                end: range.end,
                role: CreditRole::Contributor,
                label: String::new(),
                names: Vec::new(),
                organization: None,
            };
            fill(doc, range.clone(), &mut c, true);
            out.push(c);
        }
        return;
    }
    for (k, &(s, e, role)) in labels.iter().enumerate() {
        let value_end = labels.get(k + 1).map_or(f.len(), |n| n.0);
        let mut c = Credit {
            start: range.start + s,
            end: range.start + value_end,
            role,
            label: doc.text[range.start + s..range.start + e].to_string(),
            names: Vec::new(),
            organization: None,
        };
        // 图片来源：新华社记者 李明 摄 credits a photographer, not an outlet
        let value = &f[e..value_end];
        if role == CreditRole::Source
            && (value.contains("记者") || value.trim_end().ends_with('摄'))
        {
            c.role = CreditRole::Photographer;
        } else if role == CreditRole::Source {
            // 来源：新华社 央视体育: one credit per outlet, up to the next field of the line
            // (信息来源：市应急管理局 发布时间：2024-06-05 浏览次数：1352)
            let lead = value.len() - value.trim_start_matches(is_sep).len();
            // (an account's ID in brackets after its name is not an outlet: 远川研究所（ID：…）)
            let value_end = value[lead..]
                .find_any(&['：', ':'])
                .and_then(|k| {
                    value[..lead + k]
                        .rfind(char::is_whitespace)
                        .or_else(|| value[..lead + k].strip_suffix("ID").and_then(|v| v.rfind_any(&['（', '('])))
                })
                .filter(|&k| k > lead)
                .map_or(value_end, |k| e + k);
            // (来源：江城发布综合自长江日报: the account and the outlets it drew on)
            let parts = tokens(doc.fold, range.start + e..range.start + value_end)
                .into_iter()
                .flat_map(|t| match doc.fold[t.clone()].find("综合自") {
                    Some(k) if k > 0 => [t.start..t.start + k, t.start + k + "综合自".len()..t.end],
                    _ => [t.clone(), t.end..t.end],
                })
                .filter(|t| !t.is_empty())
                // (nor the stamp after it: 来源：中国军网　2026-11-26 17:20)
                .take_while(|t| {
                    !doc.fold[t.clone()].chars().all(|ch| ch.is_ascii_digit() || "-/:.年月日".contains(ch))
                });
            for t in parts {
                out.push(Credit {
                    start: if out.last().is_some_and(|o| o.start == c.start) {
                        t.start
                    } else {
                        c.start
                    },
                    end: t.end,
                    role,
                    label: c.label.clone(),
                    names: Vec::new(),
                    organization: Some(doc.text[t].to_string()),
                });
            }
            continue;
        }
        // (a byline in running text, 记者王江报道。刘江说…, is read by `bylines`: the value
        // of a credit line ends at a full stop)
        let value_end = f[e..value_end]
            .find_any(&['。', '！', '？'])
            .map_or(value_end, |i| e + i);
        // (nor at the place the story was filed from: 记者 沈一鸣 发自上海)
        let value_end = f[e..value_end].find("发自").map_or(value_end, |i| e + i);
        if f[e..value_end].contains_any_of(words!["报道", "报导"]) {
            continue;
        }
        // (a photo's caption after 图： is no credit: 图：商总理事长蔡明辉（右三）将支票移交…
        // names who stands where in it, and runs as a sentence)
        if c.label.is_one_of(words!["图", "图片", "圖", "圖片"]) {
            let v = f[e..value_end].trim_end();
            if v.contains_any_of(words!["（左", "（右", "（中）", "左起", "右起", "(左", "(右", "前排", "后排"])
                || (v.chars().count() > 20 && !v.ends_with('摄'))
            {
                continue;
            }
        }
        c.end = range.start + value_end;
        fill(doc, range.start + e..range.start + value_end, &mut c, false);
        // (the outlet before the dot is the reporter's: 星洲日报·报道：邱晓婷)
        if c.organization.is_none() && role == CreditRole::Reporter {
            if let Some(dot) = f[..s].strip_suffix_any(&['·', '•']) {
                if let Some(o) = media_before(f, dot.len()) {
                    c.organization = Some(doc.text[range.start + o..range.start + dot.len()].to_string());
                }
            }
        }
        // (新华社记者 李明 摄 after 图片来源: the outlet without its 记者)
        if let Some(o) = c.organization.as_mut() {
            let kept = o.len()
                - if o.ends_with_any(words!["记者", "記者"]) {
                    6
                } else {
                    0
                };
            o.truncate(kept);
        }
        // (nor the bracket that closed the line: （责任编辑：马骏）)
        let trimmed = doc.text[c.start..c.end].trim_end_matches(|ch: char| {
            ch.is_whitespace() || is_list_sep(ch) || matches!(ch, '）' | ')' | '】' | ']')
        });
        c.end = c.start + trimmed.len();
        if !c.names.is_empty() || c.organization.is_some() {
            out.push(c);
        }
    }
}

/// The start of an outlet's name (中央社, 新华社) that ends right at `at`.
fn media_before(f: &str, at: usize) -> Option<usize> {
    let head = &f[..at];
    let mut start = None;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= 8 || !is_han(c) {
            break;
        }
        let name = &head[i..];
        if n >= 1 && name.ends_with_any(MEDIA_ENDS) {
            start = Some(i);
        }
    }
    // The shortest name that ends like an outlet and starts after a boundary.
    let mut s = start?;
    // (a name may open on digits or letters: 21世纪经济报道记者)
    let lead = head[..s].trim_end_matches(|c: char| c.is_ascii_alphanumeric());
    if lead.len() < s && lead.chars().next_back().is_none_or(|c| !is_han(c)) {
        s = lead.len();
    }
    // (two outlets of one group joined by a middle dot are one: 农民日报·中国农网记者)
    if let Some(dot) = head[..s].strip_suffix_any(&['·', '•']) {
        if let Some(s2) = media_before(f, dot.len()) {
            return Some(s2);
        }
    }
    let ok = head[..s].chars().next_back().is_none_or(|c| !is_han(c));
    (ok && !head[s..].is_one_of(SELF)).then_some(s)
}

/// What follows a reporter's name in a closing dateline: 新竹17日电, 北京电, 17日讯.
fn is_dateline_tail(f: &str) -> bool {
    let rest = f.trim_start_matches(|c: char| is_han(c) && !matches!(c, '电' | '讯'));
    if f.chars().count() - rest.chars().count() > 6 {
        return false;
    }
    // (a date, its year and month maybe written: 台北2026年12月4日电)
    let digits = |s: &'_ str| -> usize {
        s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)).len()
    };
    let mut rest = rest;
    for unit in ['年', '月'] {
        let n = digits(rest);
        if n > 0 && rest[n..].starts_with(unit) {
            rest = &rest[n + unit.len_utf8()..];
        }
    }
    let rest = &rest[digits(rest)..];
    let rest = rest.strip_prefix('日').unwrap_or(rest);
    rest.starts_with('电') || rest.starts_with('讯')
}

/// Bylines inside the article: 本报北京4月27日讯 记者王君超, （记者 张三 李四）.
fn bylines(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) {
    let f = &doc.fold[range.clone()];
    let before_count = out.len();
    for label in ["记者", "通讯员", "实习生", "编辑"] {
        let mut from = 0;
        while let Some(p) = f[from..].find(label) {
            // A byline names a few people; a paragraph full of 记者 is not one.
            if out.len() - before_count >= 8 {
                break;
            }
            let at = from + p;
            from = at + label.len();
            // (an editor only in the dateline's bracket: 财联社10月30日讯（编辑 卢思彤）)
            if label == "编辑" && !f[..at].ends_with_any(words!["讯（", "电（", "讯(", "电("]) {
                continue;
            }
            // (a reporter of a kind: 全媒体记者 周媛, 首席记者, 见习记者)
            let at = match f[..at].suffix_in(REPORTER_KINDS) {
                Some(k) if label == "记者" => at - k.len(),
                _ => at,
            };
            // An outlet may stand before the label: （中央社记者张建中新竹17日电）.
            let outlet = media_before(f, at);
            // (or the paper itself: （本报记者 张三）, an outlet that names no one)
            let own = f[..at].suffix_in(SELF).map(|w| at - w.len());
            // (or an outlet's short name opening the line before a colon: 每经记者：温雅)
            let short = (outlet.is_none()
                && own.is_none()
                && (3..=9).contains(&at)
                && f[..at].chars().all(is_han)
                && f[from..].starts_with(['：', ':']))
            .then_some(0);
            let outlet = outlet.or(short);
            let before = f[..outlet.or(own).unwrap_or(at)].chars().next_back();
            let starts = before.map_or(true, |c| {
                matches!(
                    c,
                    '讯' | '电' | '（' | '(' | ' ' | '　' | '、' | '，' | '【' | '/' | '：' | ':'
                        | '〔' | '［' | '[' | '】' | '〕'
                )
            });
            // (a photo's credit closing its caption: 图为…闭幕。新华社记者 谢晗 摄)
            let caption = || {
                // (in the caption's brackets too: （图为…现场。泉州晚报记者 施雨航 摄）)
                let rest = f[at..].trim_end().trim_end_any(&['）', ')']);
                matches!(before, Some('。' | '！' | '？' | '；'))
                    && rest.ends_with('摄')
                    && rest.len() <= 40
                    && !rest.contains_any(&['。', '，', '：', ':'])
            };
            if !(starts && (at <= 120 || matches!(before, Some('（' | '(')))) && !caption() {
                continue;
            }
            // The names run to the closing bracket, a full stop, or the first non-name.
            // Names are short: look at most 60 bytes ahead.
            let mut window = (from + 60).min(f.len());
            while !f.is_char_boundary(window) {
                window -= 1;
            }
            let rest = &f[from..window];
            let stop = rest
                .find_any(&['）', ')', '。', '，', '\n', '】', '〕', '］', ']'])
                .unwrap_or(rest.len());
            let mut c = Credit {
                start: range.start + at,
                end: range.start + from,
                // (a camera's reporter is the photographer: 摄影记者 张华)
                role: if label == "记者" && f[at..].starts_with_any(words!["摄影", "摄像"]) {
                    CreditRole::Photographer
                } else if label == "编辑" {
                    CreditRole::Editor
                } else if label == "记者" {
                    CreditRole::Reporter
                } else {
                    CreditRole::Contributor
                },
                label: doc.text[range.start + at..range.start + from].to_string(),
                names: Vec::new(),
                organization: outlet
                    .map(|o| doc.text[range.start + o..range.start + at].to_string()),
            };
            for t in tokens(f, from..from + stop) {
                // a photographer's credit: 记者杨磊摄
                let shot = f[t.clone()].ends_with('摄') && f[t.clone()].chars().count() >= 3;
                if shot {
                    c.role = CreditRole::Photographer;
                }
                let t = if shot {
                    t.start..t.end - '摄'.len_utf8()
                } else {
                    t
                };
                // a reporter who speaks, 记者张明说，…: the name is the two chars before 说
                // (the name model gives no name that ends in 说)
                let t = if f[t.clone()].ends_with('说') && f[t.clone()].chars().count() == 3 {
                    t.start..t.end - '说'.len_utf8()
                } else {
                    t
                };
                let tf = &f[t.clone()];
                // (a photographer's names close on 摄 apart: 新华社记者 谢晗 摄)
                if !c.names.is_empty() && tf.is_one_of(words!["摄", "摄影", "摄影报道"]) {
                    c.role = CreditRole::Photographer;
                    break;
                }
                // (where the report was filed ends the names: 记者 王小川 成都报道)
                if tf
                    .strip_suffix("报道")
                    .or_else(|| tf.strip_suffix("报导"))
                    .is_some_and(|p| crate::lexicon::get().places.get(p).is_some())
                {
                    break;
                }
                // (after a separator, not glued to the label: 记者 高远, 记者张三、高远)
                let alone = t.start > from || f[from..].starts_with(is_list_sep);
                let t = if is_name(tf, true) || (alone && is_name_alone(tf)) {
                    t
                } else if tf.chars().count() > 3 && has_surname(tf) {
                    // A name glued to the text after it: take the name's length.
                    let n = if tf.starts_with_any(COMPOUND) { 4 } else { 3 };
                    let cut = tf.char_indices().nth(n).map_or(tf.len(), |(i, _)| i);
                    let glued = &tf[cut..];
                    // a two-char name before a dateline's place (张三|台北2日电, not 张三台|北)
                    let two = tf.char_indices().nth(2).map_or(tf.len(), |(i, _)| i);
                    let cut_place = n == 3
                        && is_dateline_tail(&tf[two..])
                        && starts_with_place(&tf[two..])
                        && !starts_with_place(glued);
                    if cut_place {
                        t.start..t.start + two
                    } else if !(glued.starts_with("报道")
                        || glued.starts_with("摄")
                        || is_dateline_tail(glued))
                        && n == 3
                    {
                        // Two-character name then text.
                        if !tf[two..].starts_with_any(words!["报道", "摄"]) {
                            break;
                        }
                        t.start..t.start + two
                    } else {
                        t.start..t.start + cut
                    }
                } else {
                    break;
                };
                c.names
                    .push(doc.text[range.start + t.start..range.start + t.end].to_string());
                c.end = range.start + t.end;
            }
            if !c.names.is_empty() && !out.iter().any(|o| o.start <= c.start && c.start < o.end) {
                out.push(c);
            }
        }
    }
    distributed_photo(doc, range, out);
}

/// A photo an outlet distributed, its photographer in brackets after 发 (新华社发（张楠 摄）).
#[inline(never)]
fn distributed_photo(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) {
    let f = &doc.fold[range.clone()];
    // (the bracket's content: names, then 摄, at the paragraph's end)
    let Some(body) = f.trim_end().strip_suffix(['）', ')']).and_then(|b| b.trim_end().strip_suffix('摄')) else {
        return;
    };
    let Some(open) = body.rfind(['（', '(']) else {
        return;
    };
    let Some(outlet) = f[..open].strip_suffix('发').and_then(|h| media_before(f, h.len())) else {
        // (a caption closed by its photographer's name alone: …开唱。（杨子轩摄）)
        let from = open + f[open..].chars().next().map_or(0, char::len_utf8);
        let names: Vec<std::ops::Range<usize>> = tokens(f, from..body.len());
        if (1..=3).contains(&names.len())
            && names.iter().all(|t| is_name(&f[t.clone()], true))
            && f[..open].trim_end().ends_any(&['。', '！', '”', '」'])
            && !out.iter().any(|o| o.start < range.end && range.start + open < o.end)
        {
            out.push(Credit {
                start: range.start + from,
                end: range.start + body.len() + '摄'.len_utf8(),
                role: CreditRole::Photographer,
                label: doc.text[range.start + body.len()..range.start + body.len() + '摄'.len_utf8()].to_string(),
                names: names.iter().map(|t| doc.text[range.start + t.start..range.start + t.end].to_string()).collect(),
                organization: None,
            });
        }
        return;
    };
    let from = open + f[open..].chars().next().map_or(0, char::len_utf8);
    let mut c = Credit {
        start: range.start + outlet,
        end: range.start + body.len() + '摄'.len_utf8(),
        role: CreditRole::Photographer,
        label: "摄".to_string(),
        names: Vec::new(),
        organization: Some(doc.text[range.start + outlet..range.start + open - '发'.len_utf8()].to_string()),
    };
    for t in tokens(f, from..body.len()) {
        if is_name(&f[t.clone()], true) {
            c.names.push(doc.text[range.start + t.start..range.start + t.end].to_string());
        }
    }
    if !c.names.is_empty() && !out.iter().any(|o| o.start < c.end && c.start < o.end) {
        out.push(c);
    }
}

/// The labels that follow an outlet's name in a line of bylines (每经记者 谢振宇 每经编辑 彭水萍).
const BYLINE_LABELS: &[(&str, CreditRole)] = &[
    // (the longer labels first: 湖南日报全媒体记者 is the paper's, 全媒体记者)
    ("全媒体记者", CreditRole::Reporter),
    ("融媒体记者", CreditRole::Reporter),
    ("融媒记者", CreditRole::Reporter),
    ("记者", CreditRole::Reporter),
    ("通讯员", CreditRole::Contributor),
    ("实习生", CreditRole::Contributor),
    ("责任编辑", CreditRole::ChiefEditor),
    ("编辑", CreditRole::Editor),
    ("摄影", CreditRole::Photographer),
];

/// One label of a line of bylines: where its outlet starts (the label's start when it
/// has none), where the label starts and ends, its role, and the names after it.
struct Byline {
    outlet: usize,
    label: std::ops::Range<usize>,
    role: CreditRole,
    names: Vec<std::ops::Range<usize>>,
}

/// A line of bylines only, each an outlet (or none) with a label and names: 科技日报记者 陆成宽,
/// 农民日报·中国农网记者 范亚旗, 本报记者 张三, 潮新闻客户端记者 郑可 通讯员 王敏, 每经记者
/// 谢振宇 每经编辑 彭水萍. Short, no sentence in it, and every word a label or a name.
fn outlet_bylines(f: &str) -> Option<Vec<Byline>> {
    if f.len() > 120 || f.contains_any(&['。', '，', '：', ':']) {
        return None;
    }
    let mut out: Vec<Byline> = Vec::new();
    let mut outlets = 0;
    // a photographer's name ends in 摄 (新华社记者杨磊摄): the name without it
    let shot = |t: &std::ops::Range<usize>| {
        let w = &f[t.clone()];
        (w.ends_with('摄') && w.chars().count() >= 3).then(|| t.start..t.end - '摄'.len_utf8())
    };
    for t in tokens(f, 0..f.len()) {
        // (a bullet before the line: ●本报记者 葛嘉琪)
        let t = t.end - f[t.clone()].trim_start_matches(is_bullet).len()..t.end;
        if t.is_empty() {
            continue;
        }
        let w = &f[t.clone()];
        if let Some(b) = out.last_mut() {
            let (t, photo) = shot(&t).map_or((t.clone(), false), |n| (n, true));
            let w = &f[t.clone()];
            // (a name's closing words: 王嘉 摄影报道, 张三 报道)
            if !b.names.is_empty() && w.is_one_of(words!["报道", "摄影报道", "文并摄"]) {
                continue;
            }
            if is_name(w, true) || is_name_alone(w) {
                b.role = if photo {
                    CreditRole::Photographer
                } else {
                    b.role
                };
                b.names.push(t);
                continue;
            }
        }
        // a label with an outlet of a few chars before it, maybe a name glued after it
        // (a label of its own that ends like one is no outlet: 微信编辑, 责任编辑)
        let (at, label, role) = LABELS
            .iter()
            .find(|(l, _)| l.chars().count() >= 2 && w.starts_with(l))
            .map(|&(l, r)| (0, l, r))
            .or_else(|| {
                BYLINE_LABELS
                    .iter()
                    .find_map(|&(l, r)| w.find(l).map(|p| (p, l, r)))
            })?;
        // (a kind of reporter before the label is no outlet: 特约记者 唐明, 实习记者 沈嘉怡)
        let kind = w[..at].suffix_in(REPORTER_KINDS).map_or(0, str::len);
        let outlet = &w[..at - kind];
        let own = outlet.is_empty() || outlet.is_one_of(SELF);
        if !own
            && media_before(w, at) != Some(0)
            // (or two outlets joined by a dash or a dot: 成都商报-红星新闻记者; an app's name
            // may end in a plus: 南方+记者)
            && !outlet
                .split(['-', '－', '·', '—'])
                .all(|o| han_count(o.trim_end_matches(['+', '＋'])).is_some_and(|n| (2..=6).contains(&n)))
        {
            return None;
        }
        outlets += usize::from(!outlet.is_empty());
        let glued = t.start + at + label.len()..t.end;
        let (glued, photo) = shot(&glued).map_or((glued, false), |n| (n, true));
        let mut names = Vec::new();
        if !glued.is_empty() {
            if !is_name(&f[glued.clone()], true) {
                return None;
            }
            names.push(glued);
        }
        out.push(Byline {
            outlet: t.start,
            label: t.start + at - kind..t.start + at + label.len(),
            role: if photo {
                CreditRole::Photographer
            } else {
                role
            },
            names,
        });
    }
    // (a bare 记者 陆成宽 is a labelled line, read as one)
    (outlets > 0 && out.iter().all(|b| !b.names.is_empty())).then_some(out)
}

/// The paper named by a print edition's line at the foot of an article, 《 人民日报 》（ 2024年
/// 06月08日 第 12 版）: the byte range of the name inside 《》, trimmed.
pub fn print_edition(f: &str) -> Option<std::ops::Range<usize>> {
    let t = f.trim_start();
    let lead = f.len() - t.len();
    let inner = t.strip_prefix('《')?;
    let close = inner.find('》')?;
    let name = &inner[..close];
    let rest = inner[close + '》'.len_utf8()..].trim();
    let dated = rest.starts_any(&['（', '(']) && rest.ends_any(&['）', ')']) && rest.contains('版');
    let start = lead + '《'.len_utf8() + (name.len() - name.trim_start().len());
    (dated && f.chars().count() <= 50 && han_count(name.trim()).is_some_and(|n| n >= 2))
        .then(|| start..start + name.trim().len())
}

/// Whether the line `f` (folded) is a line of bylines only (see [`outlet_bylines`]).
pub fn is_outlet_byline(f: &str) -> bool {
    outlet_bylines(f).is_some()
}

/// The credits of a line of bylines, one per label, with the outlet that precedes it
/// (not 本报: the paper itself names no one). False when the line is not one.
fn outlet_byline_credits(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) -> bool {
    let Some(lines) = outlet_bylines(&doc.fold[range.clone()]) else {
        return false;
    };
    let at = |r: &std::ops::Range<usize>| &doc.text[range.start + r.start..range.start + r.end];
    for b in lines {
        let outlet = b.outlet..b.label.start;
        out.push(Credit {
            start: range.start + b.label.start,
            end: range.start + b.names.last().map_or(b.label.end, |n| n.end),
            role: b.role,
            label: at(&b.label).to_string(),
            names: b.names.iter().map(|n| at(n).to_string()).collect(),
            organization: (!outlet.is_empty()
                && !SELF
                    .contains(&&doc.fold[range.start + outlet.start..range.start + outlet.end]))
            .then(|| at(&outlet).to_string()),
        });
    }
    true
}

/// Reads the credit in brackets that closes a paragraph of text (…。（编辑：张均懋）).
fn closing_credit(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) {
    let f =
        doc.fold[range.clone()].trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let Some(inner_end) = f.strip_suffix_any(&['）', ')']).map(str::len) else {
        return;
    };
    let Some(open) = f[..inner_end].rfind_any(&['（', '(']) else {
        return;
    };
    let inner = open + f[open..].chars().next().map_or(1, char::len_utf8);
    // (after the paragraph's last sentence, and short)
    if f[..open].ends_any(&['。', '！', '？', '”'])
        && f[inner..inner_end].chars().count() <= 30
        && credit_label_at(&f[inner..inner_end], 0).is_some()
    {
        line_credits(doc, range.start + inner..range.start + inner_end, out);
    }
}

/// Endings of a news outlet's name in a dateline: 新华社, 中新网, 环球时报, 澎湃新闻, 央视新闻客户端, 央视,
/// 湖南卫视, 央广.
const MEDIA_ENDS: Words = words![
    "社",
    "网",
    // (中国气象局网站消息: the site, not 中国气象局网 and a place 站)
    "网站",
    "报",
    "台",
    "新闻",
    "客户端",
    "频道",
    "周刊",
    "杂志",
    "传媒",
    // (a county's media centre: 婺源县融媒体中心)
    "媒体中心",
    "财经",
    // (21世纪经济报道)
    "经济报道",
    "之家",
    "视",
    "广",
];

/// What ends a dateline: 新华社北京3月5日电, 中新网上海5日讯, 【环球时报综合报道】, 央视网消息.
const DATELINE_CUES: Words = words!["综合报道", "报道", "报导", "消息", "电", "讯"];

/// What may stand before 记者 in a byline, as part of the label.
const REPORTER_KINDS: Words = words![
    "全媒体", "融媒体", "融媒", "首席", "特约", "见习", "实习", "驻站", "特派", "文字", "摄影",
    "摄像",
];

/// Outlets that name themselves: 本报讯 says nothing about the source.
const SELF: Words = words!["本报", "本台", "本刊", "本网", "本站", "我台", "我报"];

/// True when `s` starts with a place of the gazetteer (two to four chars).
fn starts_with_place(s: &str) -> bool {
    let lex = crate::lexicon::get();
    s.char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .chain([s.len()])
        .take(3)
        .any(|e| lex.places.get(&s[..e]).is_some())
}

/// The outlet a dateline at the start of the article names (新华社北京3月5日电 → 新华社).
fn dateline_source(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) {
    let Some(d) = dateline_at(&doc.fold[range.clone()]) else {
        return;
    };
    let name = &doc.fold[range.start + d.lead..range.start + d.lead + d.name_end];
    if name.is_one_of(SELF) || name.is_one_of(NOT_NAMES) {
        return;
    }
    let (s, e) = (range.start + d.lead, range.start + d.lead + d.name_end);
    out.push(Credit {
        start: s,
        end: e,
        role: CreditRole::Source,
        label: doc.text[s + d.cue_at..s + d.cue_at + d.cue.len()].to_string(),
        names: Vec::new(),
        organization: Some(doc.text[s..e].to_string()),
    });
    // the outlet's reporters named with no label in brackets after it (中新网梅州12月5日电
    // （蔡敏婕 梁嘉宁）): one to three names alone
    let after = s + d.cue_at + d.cue.len();
    let f = &doc.fold[after..range.end];
    let Some(inner) = f.strip_prefix(['（', '(']) else { return };
    let Some(close) = inner.find(['）', ')']).filter(|&c| c <= 40) else { return };
    let from = after + (f.len() - inner.len());
    let names: Vec<std::ops::Range<usize>> = tokens(doc.fold, from..from + close);
    if (1..=3).contains(&names.len()) && names.iter().all(|t| is_name(&doc.fold[t.clone()], true)) {
        out.push(Credit {
            start: from,
            end: from + close,
            role: CreditRole::Reporter,
            label: String::new(),
            names: names.iter().map(|t| doc.text[t.clone()].to_string()).collect(),
            organization: Some(doc.text[s..e].to_string()),
        });
    }
}

/// Whether the paragraph `f` (folded) opens with the dateline of an agency or a paper
/// (新华社北京3月5日电, （中央社记者韦枢台北7日电）, 央视网消息): the first line of an article's
/// text, so the line above it is the article's title.
pub(crate) fn opens_with_dateline(f: &str) -> bool {
    // (据新华社报道，… is a sentence that cites an outlet, not a dateline)
    dateline_at(f).is_some_and(|d| !f[..d.lead].ends_with('据'))
}

/// A dateline at the start of a text, in byte offsets of it: where the outlet's name
/// starts (after brackets and 据), its length, and where the cue starts, from the outlet.
struct Dateline {
    lead: usize,
    name_end: usize,
    cue_at: usize,
    cue: &'static str,
}

/// The dateline `f` (folded) starts with: an outlet, a place and a date, a cue.
fn dateline_at(f: &str) -> Option<Dateline> {
    let lead = f.len()
        - f.trim_start_matches(|c: char| c.is_whitespace() || is_open_bracket(c))
            .len();
    let lead = if f[lead..].starts_with('据') {
        lead + '据'.len_utf8()
    } else {
        lead
    };
    // A dateline is short: its cue comes within the first 24 characters.
    let window_end = f[lead..]
        .char_indices()
        .nth(24)
        .map_or(f.len(), |(i, _)| lead + i);
    let w = &f[lead..window_end];
    // (the 讯 of 通讯员 and the 电 of 电视 are no cues)
    let (cue_at, cue) = DATELINE_CUES
        .iter()
        .filter_map(|c| w.find(c).map(|p| (p, c)))
        .filter(|&(p, c)| !(w[..p].ends_with('通') || (c == "电" && w[p..].starts_with("电视"))))
        .min_by_key(|&(p, c)| (p, usize::MAX - c.len()))?;
    let before = &w[..cue_at];
    // The outlet is the longest start of `before` that ends like one; what follows it up to
    // the cue is a place and a date (北京3月5日), nothing else.
    let mut best: Option<(usize, bool)> = None;
    for (i, c) in before.char_indices() {
        let end = i + c.len_utf8();
        let name = &before[..end];
        // (an outlet's name may open with letters: IT之家11月25日消息)
        if name.ends_with_any(MEDIA_ENDS)
            && han_count(&name[name.bytes().take_while(u8::is_ascii_alphabetic).count()..])
                .is_some_and(|n| (2..=10).contains(&n))
        {
            let rest = &before[end..];
            // an outlet's channel named with a letter: 证券时报e公司讯, 人民网e政务
            if rest.starts_with(|c: char| c.is_ascii_alphabetic())
                && rest.chars().count() <= 6
                && rest.chars().all(|c| is_han(c) || c.is_ascii_alphabetic())
            {
                best = Some((before.len(), true));
                break;
            }
            // (with the reporter's name and a full date: 中央社记者林宜臻台北2026年12月4日电)
            let place_date = rest.chars().count() <= if rest.starts_with("记者") { 22 } else { 14 }
                && rest.chars().all(|c| {
                    is_han(c) || c.is_ascii_digit() || ('０'..='９').contains(&c) || c == ' '
                });
            if place_date {
                // an outlet whose rest starts with a place or a date, or with the reporter
                // of the dateline, before one that eats a place's first char (中央社|台北,
                // not 中央社台|北: 台 also ends a television station's name)
                let clean = starts_with_place(rest)
                    || rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    || rest.starts_with("记者");
                if clean || best.is_none_or(|(_, was_clean)| !was_clean) {
                    best = Some((end, clean));
                }
            }
        }
    }
    // An outlet named with digits or letters (香港01) ends like none: in a bracket that holds
    // just it and the cue (【香港01报道】), Han chars then ASCII ones are the name.
    if best.is_none()
        && f[..lead].ends_any(&['【', '['])
        && w[cue_at + cue.len()..].starts_any(&['】', ']'])
    {
        let latin = before.len()
            - before
                .trim_end_matches(|c: char| c.is_ascii_alphanumeric())
                .len();
        let han = &before[..before.len() - latin];
        if latin > 0 && latin <= 4 && han_count(han).is_some_and(|n| (2..=8).contains(&n)) {
            best = Some((before.len(), true));
        }
    }
    // A name of any ending before 讯 and a byline: 交汇点讯（记者 顾敏）, 潇湘晨报… (not a
    // place alone: 南京讯（记者…）)
    if best.is_none()
        && cue == "讯"
        && w[cue_at + cue.len()..]
            .trim_start_matches(['（', '(', ' '])
            .starts_with_any(words!["记者", "通讯员", "本报记者"])
        && han_count(before).is_some_and(|n| (2..=6).contains(&n))
        && crate::lexicon::get().places.get(before).is_none()
    {
        best = Some((before.len(), true));
    }
    let (name_end, _) = best?;
    Some(Dateline {
        lead,
        name_end,
        cue_at,
        cue,
    })
}

/// Where the text of a sentence starts after the dateline and byline that open it
/// (新华社北京11月28日电（记者王晓东）国家统计局…, 本报北京4月27日讯 记者王君超报道：…), or
/// `range.start`: for a summary sentence that reads as the article's.
pub(crate) fn after_dateline(doc: &Doc, range: std::ops::Range<usize>) -> usize {
    let f = &doc.fold[range.clone()];
    let skip = |s: &str| {
        s.len()
            - s.trim_start_any(&[' ', '\u{3000}', '】', ']', '：', ':', '，', ','])
                .len()
    };
    // The end of a byline in brackets at `at` (（记者王晓东、李娜）), if one is there.
    // (【记者 何咏诗】 and 〔记者黄佳琳／台中报导〕 are bylines too, in brackets of another shape)
    let bracket = |at: usize, byline_only: bool| {
        let open = f[at..].chars().next().filter(|&c| is_open_bracket(c))?;
        let close = match open {
            '（' => '）',
            '(' => ')',
            '【' => '】',
            '〔' => '〕',
            '［' => '］',
            _ => ']',
        };
        let inner = at + open.len_utf8();
        let i = f[inner..].find(close)?;
        let t = &f[inner..inner + i];
        let byline = credit_label_at(t, 0).is_some()
            || t.ends_any(&['电', '讯'])
            || t.ends_with_any(words!["报道", "报导"])
            || is_outlet(t);
        (t.chars().count() <= 40 && (byline || (!byline_only && matches!(open, '（' | '('))))
            .then(|| inner + i + close.len_utf8())
    };
    let Some(d) = dateline_at(f) else {
        // no dateline, a byline alone: （记者王小明北京电）国家统计局今天…
        // (or after the outlet's name in brackets: 【财新网】（记者 张宇哲）近期…)
        let mut at = 0;
        while let Some(e) = bracket(at, true) {
            at = e + skip(&f[e..]);
        }
        return range.start + at;
    };
    // (据新华社报道，… says who reported it: the sentence is the reporter's; in a bracket of
    // its own, 【香港01报道】, it is a dateline)
    let mut at = d.lead + d.cue_at + d.cue.len();
    let bracketed = f[..d.lead].ends_any(&['【', '[']) && f[at..].starts_any(&['】', ']']);
    // (a dateline in round brackets closes its own: （中央社记者韦枢台北7日电）美股…)
    if f[..d.lead].ends_any(&['（', '(']) && f[at..].starts_any(&['）', ')']) {
        at += f[at..].chars().next().map_or(0, char::len_utf8);
    }
    if f[..d.lead].ends_with('据') || !(d.cue.is_one_of(words!["电", "讯", "消息"]) || bracketed) {
        return range.start;
    }
    at += skip(&f[at..]);
    // a byline in brackets: （记者王晓东、李娜）
    if let Some(e) = bracket(at, false) {
        at = e + skip(&f[e..]);
    }
    // or glued: 记者王君超报道：
    if f[at..].starts_with("记者") {
        let said = f[at..]
            .char_indices()
            .take(12)
            .find(|&(i, _)| f[at + i..].starts_with("报道"))
            .map(|(i, _)| at + i + "报道".len());
        if let Some(after) = said {
            if let Some(c) = f[after..]
                .chars()
                .next()
                .filter(|c| matches!(c, '：' | ':' | '，' | ',' | ' '))
            {
                at = after + c.len_utf8();
                at += skip(&f[at..]);
            }
        }
    }
    range.start + at.min(f.len())
}

/// The label of a notice as written (声明, 免责声明), or 来源.
fn notice_label(doc: &Doc, range: std::ops::Range<usize>) -> String {
    let t = &doc.text[range];
    match t.find_any(&[':', '：']) {
        Some(p) if t[..p].chars().count() <= 6 && !t[..p].is_empty() => t[..p].to_string(),
        _ => "来源".to_string(),
    }
}

/// The source a reprint notice names: 请与铁甲网联系, 来源：, 转载自.
fn notice_source(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) {
    let f = &doc.fold[range.clone()];
    let mut from = 0;
    while let Some(p) = f[from..].find('与') {
        let s = from + p + '与'.len_utf8();
        from = s;
        let mut window = (s + 40).min(f.len());
        while !f.is_char_boundary(window) {
            window -= 1;
        }
        let Some(q) = f[s..window].find("联系") else {
            continue;
        };
        let name = &f[s..s + q];
        let name = name.trim_start_matches("本站").trim_start_matches("我们");
        let name_start = s + q - name.len();
        if han_count(name).is_some_and(|n| (2..=12).contains(&n)) && is_org(name) {
            out.push(Credit {
                start: range.start + name_start,
                end: range.start + s + q,
                role: CreditRole::Source,
                label: notice_label(doc, range.clone()),
                names: Vec::new(),
                organization: Some(
                    doc.text[range.start + name_start..range.start + s + q].to_string(),
                ),
            });
            return;
        }
    }
    for cue in ["转载自", "来源于", "来源：", "来源:", "本文来自"] {
        if let Some(p) = f.find(cue) {
            let s = p + cue.len();
            let end = f[s..].find(|c: char| !is_han(c)).map_or(f.len(), |e| s + e);
            let name = &f[s..end];
            if !name.is_empty()
                && !name.is_one_of(words!["互联网", "网络", "网友", "网上", "媒体", "第三方"])
                // no outlet named: 其他媒体, 其它网站, 相关平台, 网络媒体, 合作媒体
                && !["其他", "其它", "相关", "网络", "合作", "多家"]
                    .iter()
                    .any(|p| name.starts_with(p))
                && han_count(name).is_some_and(|n| n <= 12)
            {
                out.push(Credit {
                    start: range.start + s,
                    end: range.start + end,
                    role: CreditRole::Source,
                    label: doc.text[range.start + p..range.start + s]
                        .trim_end_any(&[':', '：'])
                        .to_string(),
                    names: Vec::new(),
                    organization: Some(doc.text[range.start + s..range.start + end].to_string()),
                });
                return;
            }
        }
    }
}

/// A WeChat post's header: 原创, the author when named, the account, the time and the
/// place it was posted from (原创 张三 青岛发布 2024-06-15 18:30 山东).
fn wechat_header(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>, skip: usize) {
    let t = &doc.text[range.clone()];
    let mut words: Vec<(usize, &str)> = Vec::new();
    // (one byte per separator: the width pass has folded every space, U+3000, U+00A0,
    // U+2003, to an ASCII one; split_whitespace and offsets from the pieces cost 426 B)
    let mut at = 0;
    for w in t.split(char::is_whitespace) {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    let named: Vec<(usize, &str)> = words
        .iter()
        .skip(skip)
        .take_while(|(_, w)| !w.contains(|c: char| c.is_ascii_digit()))
        .copied()
        .collect();
    // (an account posting under its own name is no author: 原创 浙江文艺出版社 浙江文艺出版社,
    // 原创 极峰汽车 极峰汽车JIFENG)
    let own = named.len() == 2
        && (named[1].1.starts_with(named[0].1)
            || named[0].1.ends_with_any(words!["出版社", "公司", "集团", "汽车", "报", "社", "台", "网", "局", "委", "院", "中心", "协会", "发布"]));
    let (roles, names): (&[CreditRole], &[(usize, &str)]) = match named.len() {
        _ if own => (&[CreditRole::Source], &named[1..]),
        1 => (&[CreditRole::Source], &named),
        2 => (&[CreditRole::Author, CreditRole::Source], &named),
        _ => return,
    };
    for (&role, &(at, w)) in roles.iter().zip(names) {
        if han_count(w).is_none_or(|n| n > 12) {
            return;
        }
        let s = range.start + at;
        out.push(Credit {
            start: s,
            end: s + w.len(),
            role,
            label: doc.text[range.start..range.start + skip * "原创".len()].to_string(),
            names: if role == CreditRole::Author { vec![w.to_string()] } else { Vec::new() },
            organization: (role == CreditRole::Source).then(|| w.to_string()),
        });
    }
}

/// A note on who the author is, under an opinion piece: （作者系中国人民大学教授 周其仁）,
/// 作者为某研究院研究员. The author's credit: the name at its end when there is one (else the
/// byline named them), and who they are as its organisation (the post with its body).
fn author_note(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Credit>) -> bool {
    let f = &doc.fold[range.clone()];
    let inner = f
        .strip_prefix_any(&['（', '('])
        .and_then(|t| t.strip_suffix_any(&['）', ')']))
        .unwrap_or(f)
        .trim();
    let Some(label) = ["作者系", "作者为", "作者是"].into_iter().find(|l| inner.starts_with(*l)) else {
        return false;
    };
    let desc = inner[label.len()..].trim();
    // (the name after a space at the end: 中国人民大学教授 周其仁)
    let (who, name) = match desc.rsplit_once(|c: char| c.is_whitespace()) {
        Some((w, n)) if is_name(n, true) => (w.trim(), Some(n)),
        _ => (desc, None),
    };
    if who.is_empty() || who.chars().count() > 40 {
        return false;
    }
    let at = |s: &str| range.start + (s.as_ptr() as usize - f.as_ptr() as usize);
    let label_at = at(inner);
    out.push(Credit {
        start: label_at,
        end: at(desc) + desc.len(),
        role: CreditRole::Author,
        label: doc.text[label_at..label_at + label.len()].to_string(),
        names: name.map(|n| doc.text[at(n)..at(n) + n.len()].to_string()).into_iter().collect(),
        organization: Some(doc.text[at(who)..at(who) + who.len()].to_string()),
    });
    true
}

pub fn find(doc: &Doc) -> Vec<Credit> {
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        match p.kind {
            ParagraphKind::Credit if outlet_byline_credits(doc, p.range.clone(), &mut out) => {}
            ParagraphKind::Credit if author_note(doc, p.range.clone(), &mut out) => {}
            ParagraphKind::Credit => {
                let n = out.len();
                line_credits(doc, p.range.clone(), &mut out);
                if out.len() == n {
                    // A closing byline: （中央社记者张建中新竹17日电）.
                    dateline_source(doc, p.range.clone(), &mut out);
                }
                // (and a reporter after the paper's name, which no label starts: （本报记者
                // 张三 通讯员 李四）; a credit already read is not read again)
                bylines(doc, p.range.clone(), &mut out);
                // an organisation alone: the issuer signing a notice (上海市人力资源和社会保障局
                // over its date), the source of the text
                let f = &doc.fold[p.range.clone()];
                if out.len() == n && f.starts_with("原创") {
                    wechat_header(doc, p.range.clone(), &mut out, 1);
                } else if out.len() == n
                    && f.find(|c: char| c.is_ascii_digit())
                        .is_some_and(|d| crate::layout::kinds::account_stamp(f, f[..d].trim()))
                {
                    // (the account over the post's time: 城事观察 2025-12-01 09:12)
                    wechat_header(doc, p.range.clone(), &mut out, 0);
                }
                if let Some(r) = reporter_sign_off(f).filter(|_| out.len() == n) {
                    let r = p.range.start + r.start..p.range.start + r.end;
                    out.push(Credit {
                        start: r.start,
                        end: p.range.start + f.trim_end().len(),
                        role: CreditRole::Reporter,
                        label: "报道".to_string(),
                        names: tokens(doc.fold, r).into_iter().map(|t| doc.text[t].to_string()).collect(),
                        organization: None,
                    });
                }
                // (the outlet over its date, bars between: 联合早报 | 2026年12月2日 | 新加坡)
                if out.len() == n && f.contains(['|', '｜', '丨']) {
                    let head = f.split(['|', '｜', '丨']).next().unwrap_or("");
                    let lead = head.len() - head.trim_start().len();
                    let name = head.trim();
                    if is_outlet(name) && f[head.len()..].contains(|c: char| c.is_ascii_digit()) {
                        let s = p.range.start + lead;
                        out.push(Credit {
                            start: s,
                            end: s + name.len(),
                            role: CreditRole::Source,
                            label: String::new(),
                            names: Vec::new(),
                            organization: Some(doc.text[s..s + name.len()].to_string()),
                        });
                    }
                }
                if let Some(r) = print_edition(f).filter(|_| out.len() == n) {
                    let r = p.range.start + r.start..p.range.start + r.end;
                    out.push(Credit {
                        start: r.start,
                        end: r.end,
                        role: CreditRole::Source,
                        label: String::new(),
                        names: Vec::new(),
                        organization: Some(doc.text[r].to_string()),
                    });
                } else if let Some((who, verb)) = f
                    .strip_prefix_any(&['（', '('])
                    .and_then(|t| t.strip_suffix_any(&['）', ')']))
                    .and_then(crate::layout::kinds::compiled_by)
                    .filter(|_| out.len() == n)
                {
                    // （本文由科技新报编辑部整理）: its author, or the source that supplied it
                    let at = p.range.start + f.find(who).unwrap_or(0);
                    out.push(Credit {
                        start: at,
                        end: at + who.len() + verb.len(),
                        role: if verb.is_one_of(words!["提供", "供稿"]) {
                            CreditRole::Source
                        } else {
                            CreditRole::Author
                        },
                        label: doc.text[at + who.len()..at + who.len() + verb.len()].to_string(),
                        names: Vec::new(),
                        organization: Some(doc.text[at..at + who.len()].to_string()),
                    });
                } else if let Some(o) = f
                    .strip_prefix_any(&['（', '('])
                    .and_then(|t| t.strip_suffix_any(&['）', ')']))
                    // (or after the time of a post: 2025-11-18 19:05·潇湘晨报)
                    .or_else(|| f.rsplit_once('·').map(|(_, o)| o.trim()))
                    .filter(|t| out.len() == n && is_outlet(t))
                {
                    // (the outlet alone in brackets under the text: （中央社）)
                    let at = p.range.start + f.find(o).unwrap_or(0);
                    out.push(Credit {
                        start: at,
                        end: at + o.len(),
                        role: CreditRole::Source,
                        label: String::new(),
                        names: Vec::new(),
                        organization: Some(doc.text[at..at + o.len()].to_string()),
                    });
                } else if out.len() == n && is_org(f) {
                    out.push(Credit {
                        start: p.range.start,
                        end: p.range.end,
                        role: CreditRole::Source,
                        label: String::new(),
                        names: Vec::new(),
                        organization: Some(doc.text[p.range.clone()].to_string()),
                    });
                }
            }
            ParagraphKind::Disclaimer => notice_source(doc, p.range.clone(), &mut out),
            ParagraphKind::Headline | ParagraphKind::Lead | ParagraphKind::Body
                if i < 4 || p.kind == ParagraphKind::Lead =>
            {
                // (or the first paragraph of the text under a headline of two lines)
                if p.kind == ParagraphKind::Lead
                    || i == 0
                    || (p.kind == ParagraphKind::Body
                        && doc.paragraphs[..i].iter().all(|q| q.kind != ParagraphKind::Body)
                        && !out.iter().any(|c| c.role == CreditRole::Source)
                        && opens_with_dateline(&doc.fold[p.range.clone()]))
                {
                    dateline_source(doc, p.range.clone(), &mut out);
                }
                bylines(doc, p.range.clone(), &mut out)
            }
            ParagraphKind::Body => {
                // A byline alone on a short line at the end: （记者 张三）; a photo's
                // credit closing its caption (…闭幕。新华社记者 谢晗 摄).
                let t = &doc.fold[p.range.clone()];
                let t = t.trim_end();
                if t.chars().count() <= 30
                    || t.ends_with('摄')
                    || t.ends_with("摄）")
                    || t.ends_with("摄)")
                {
                    bylines(doc, p.range.clone(), &mut out)
                }
            }
            _ => {}
        }
        // a credit in brackets closing a paragraph of text: 台股今天休市。（编辑：张均懋）
        // (Central News Agency adds a date code after it: …）1130606)
        if matches!(
            p.kind,
            ParagraphKind::Headline | ParagraphKind::Lead | ParagraphKind::Body
        ) {
            closing_credit(doc, p.range.clone(), &mut out);
        }
    }
    crate::pipeline::sort_by_span(&mut out, |c| (c.start, c.end));
    // the reporters a dateline's byline names are the outlet's that opens it (新华社北京4月
    // 27日电（记者 张三 欧阳明月）: 新华社's reporters); not a contributor's (通讯员)
    for i in 1..out.len() {
        if out[i].role != CreditRole::Reporter || out[i].organization.is_some() || !out[i].label.contains('记') {
            continue;
        }
        let para = doc.paragraphs.partition_point(|p| p.range.end <= out[i].start);
        let Some(p) = doc.paragraphs.get(para) else { continue };
        let outlet = out[..i].iter().rev().find(|c| {
            c.role == CreditRole::Source
                && c.start >= p.range.start
                && dateline_at(&doc.fold[p.range.clone()]).map(|d| p.range.start + d.lead) == Some(c.start)
                && c.end <= out[i].start
                && out[i].start - c.end <= 60
        });
        if let Some(o) = outlet.and_then(|c| c.organization.clone()) {
            out[i].organization = Some(o);
        }
    }
    // a reporter or a photographer no outlet names is the outlet's the text credits as its
    // only source (来源：婺源县融媒体中心 … 记者：程悦); not a contributor (通讯员), nor where
    // the text credits two outlets or a body that is none (来源：县委宣传部)
    let mut outlet: Option<(String, String)> = None;
    let mut one = true;
    // (nor the site a reprint notice names: 声明：本文系转载…铁甲网 reposted the paper's story)
    for c in out
        .iter()
        .filter(|c| c.role == CreditRole::Source && !c.label.contains_any(&['声', '聲']))
    {
        let Some(o) = &c.organization else { continue };
        let f = crate::text::script::fold(o);
        if !is_outlet(&f) {
            continue;
        }
        match &outlet {
            Some((g, _)) if *g != f => one = false,
            Some(_) => {}
            None => outlet = Some((f, o.clone())),
        }
    }
    if let Some((_, o)) = outlet.filter(|_| one) {
        for c in &mut out {
            if c.organization.is_none()
                && !c.names.is_empty()
                && (c.role == CreditRole::Photographer
                    || (c.role == CreditRole::Reporter && c.label.contains_any(&['记', '記'])))
            {
                c.organization = Some(o.clone());
            }
        }
    }
    // One source credit per outlet (据中央社报导 … （中央社记者…电）). A line that labels
    // the source (来源：河北日报) is a credit of its own beside the dateline that named the
    // same outlet (河北日报讯): readers look for it at the end, where it stands.
    let mut seen: Vec<String> = Vec::new();
    out.retain(|c| match (&c.role, &c.organization) {
        (CreditRole::Source, Some(o)) => {
            let mut f = crate::text::script::fold(o);
            // (来源, 來源, 转自, 轉自: a labelled line; 电, 讯, 报道, 消息 end a dateline)
            if c.label.contains_any(&['源', '自']) {
                f.push('：');
            }
            let new = !seen.contains(&f);
            seen.push(f);
            new
        }
        _ => true,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::text::repair;

    #[test]
    fn lines_of_bylines_with_outlets_of_any_name() {
        // an outlet known by a short name, a second label with the same outlet
        assert_eq!(
            credits("股市收盘走低\n财联社记者 刘明远 财联社编辑 孙婷\n今天沪指下跌。"),
            vec!["Reporter 记者 [刘明远] 财联社", "Editor 编辑 [孙婷] 财联社"]
        );
        // a contributor after the reporter; the 讯 of 通讯员 ends no dateline
        assert_eq!(
            credits("大桥合龙\n极目新闻记者 黄建军 通讯员 程远\n昨日大桥合龙。"),
            vec![
                "Reporter 记者 [黄建军] 极目新闻",
                "Contributor 通讯员 [程远] "
            ]
        );
        // a photographer's credit glued to the label (记者…摄)
        assert_eq!(
            credits("大桥合龙。\n（新华社记者王峰摄）"),
            vec!["Photographer 记者 [王峰] 新华社"]
        );
        // a label that ends like one is no outlet (微信编辑), and the line is a labelled one
        assert_eq!(
            credits("正文。\n微信编辑 王小波"),
            vec!["Editor 微信编辑 [王小波] "]
        );
    }

    #[test]
    fn a_closing_bracket_is_no_part_of_the_credit() {
        let t = "正文说完了。\n（责任编辑：周海涛）";
        let clean = repair(t);
        let o = Options::default();
        let doc = Doc::new(&clean, &o);
        let c = find(&doc);
        assert_eq!(&doc.text[c[0].start..c[0].end], "责任编辑：周海涛");
    }

    #[test]
    fn a_print_edition_names_its_paper() {
        assert_eq!(
            credits("展览开幕。观众很多。\n《 经济日报 》（ 2023年11月02日 第 05 版）"),
            vec!["Source  [] 经济日报"]
        );
    }

    fn credits(t: &str) -> Vec<String> {
        let clean = repair(t);
        let o = Options::default();
        let doc = Doc::new(&clean, &o);
        find(&doc)
            .into_iter()
            .map(|c| {
                format!(
                    "{:?} {} [{}] {}",
                    c.role,
                    c.label,
                    c.names.join(","),
                    c.organization.unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn credit_lines() {
        let t = "本报讯 今天召开会议，部署工作。\n会议要求，抓好落实。\n撰稿 宣传部记者站 李明\n组织部 刘旭东 张林\n编辑：王芳 校对：赵强\n文/图 孙丽\n责编 周杰\n来源：新华网";
        assert_eq!(
            credits(t),
            vec![
                "Author 撰稿 [李明] 宣传部记者站",
                "Contributor  [刘旭东,张林] 组织部",
                "Editor 编辑 [王芳] ",
                "Editor 校对 [赵强] ",
                "Author 文/图 [孙丽] ",
                "ChiefEditor 责编 [周杰] ",
                "Source 来源 [] 新华网",
            ]
        );
    }

    #[test]
    fn bylines_and_notices() {
        let t = "本报北京4月27日讯 记者王君超 通讯员李强报道：会议召开。\n正文内容很长，介绍了情况。\n声明：本文系转载，如有疑问请与铁甲网联系。";
        assert_eq!(
            credits(t),
            vec![
                "Reporter 记者 [王君超] ",
                "Contributor 通讯员 [李强] ",
                "Source 声明 [] 铁甲网"
            ]
        );
        let t = "新华社北京4月27日电（记者 张三 欧阳明月）国务院召开会议。\n其他内容。";
        assert_eq!(
            credits(t),
            vec!["Source 电 [] 新华社", "Reporter 记者 [张三,欧阳明月] 新华社"]
        );
    }

    #[test]
    fn bracketed_lines_and_source_labels() {
        let t = "会议召开。\n会议要求，抓好落实。\n（责任编辑：王刚）\n【编辑：李明 审核：赵强】\n本文來源：香港01";
        assert_eq!(
            credits(t),
            vec![
                "ChiefEditor 责任编辑 [王刚] ",
                "Editor 编辑 [李明] ",
                "Editor 审核 [赵强] ",
                "Source 本文來源 [] 香港01"
            ]
        );
    }

    #[test]
    fn the_outlet_of_a_dateline() {
        let src = |t: &str| {
            credits(t)
                .into_iter()
                .filter(|c| c.starts_with("Source"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            src("新华社北京3月5日电（记者张晓明）全国人大会议开幕。\n正文。"),
            vec!["Source 电 [] 新华社"]
        );
        assert_eq!(
            src("中新网上海11月5日电 进博会开幕。\n正文。"),
            vec!["Source 电 [] 中新网"]
        );
        assert_eq!(
            src("【環球時報綜合報道】特區政府發表報告。\n正文。"),
            vec!["Source 綜合報道 [] 環球時報"]
        );
        assert_eq!(
            src("央视网消息：今天召开会议。\n正文。"),
            vec!["Source 消息 [] 央视网"]
        );
        assert_eq!(
            src("據中央社報導，台積電今天公布營收。\n正文。"),
            vec!["Source 報導 [] 中央社"]
        );
        // 台 ends a station's name and starts a city's: the outlet leaves the place whole
        assert_eq!(
            src("【中央社台北2日電】行政院今天開會。\n正文。"),
            vec!["Source 電 [] 中央社"]
        );
        assert_eq!(
            credits("（中央社记者张三台北2日电）行政院今天开会。\n正文。"),
            vec!["Source 电 [] 中央社", "Reporter 记者 [张三] 中央社"]
        );
        // Self-references and ordinary openings name no outlet.
        assert!(src("本报讯 今天召开会议。\n正文。").is_empty());
        assert!(src("本报北京4月27日讯 记者王君超报道。\n正文。").is_empty());
        assert!(
            src("据了解，公司今年的研发投入超过一千亿元，同比增长，记者从会上获悉。\n正文。")
                .is_empty()
        );
        assert!(src("他在电话里说，会议已经开过了。\n正文。").is_empty());
    }

    #[test]
    fn closing_bylines_and_several_sources() {
        let t = "台积电今天公布营收。\n董事长表示，需求强劲。\n（中央社记者张建中新竹17日电）\n来源：新华社 央视体育";
        assert_eq!(
            credits(t),
            vec![
                "Source 电 [] 中央社",
                "Reporter 记者 [张建中] 中央社",
                "Source 来源 [] 新华社",
                "Source 来源 [] 央视体育"
            ]
        );
        let t = "據中央社報導，台積電今天公布營收。\n董事長表示，需求強勁。\n（中央社記者張建中新竹17日電）";
        assert_eq!(
            credits(t),
            vec!["Source 報導 [] 中央社", "Reporter 記者 [張建中] 中央社"]
        );
    }

    #[test]
    fn names_padded_to_three_and_a_source_line_after_the_dateline() {
        assert_eq!(
            credits("正文。\n编辑：赵　璐\n审核：孙建军"),
            vec!["Editor 编辑 [赵璐] ", "Editor 审核 [孙建军] "]
        );
        assert_eq!(
            credits("标题\n记者 吴 娟\n正文。"),
            vec!["Reporter 记者 [吴娟] "]
        );
        assert_eq!(
            credits("正文。\n正文二。\n（本文由科技新報編輯部整理）"),
            vec!["Author 整理 [] 科技新報編輯部"]
        );
        // the paper of the dateline is credited again by the line that names the source
        assert_eq!(
            credits("河北日报讯（记者 张三）今天开会。\n正文。\n来源：河北日报"),
            vec![
                "Source 讯 [] 河北日报",
                "Reporter 记者 [张三] 河北日报",
                "Source 来源 [] 河北日报"
            ]
        );
    }

    #[test]
    fn bylines_after_the_paper_or_a_tv_station() {
        assert_eq!(
            credits("正文。\n（本报记者 张三 通讯员 李四）"),
            vec!["Reporter 记者 [张三] ", "Contributor 通讯员 [李四] "]
        );
        assert_eq!(
            credits("正文。\n（央视记者 王磊 刘洋）"),
            vec!["Reporter 记者 [王磊,刘洋] 央视"]
        );
        assert_eq!(
            credits("正文。\n（本报记者杨振武摄）"),
            vec!["Photographer 记者 [杨振武] "]
        );
    }

    #[test]
    fn traditional_names_stay_traditional() {
        let t =
            "正文。\n正文二。\n撰稿 鞍山鋼鐵記者站 王曉光\n黨委組織部 劉旭東 張林\n責任編輯 張雷";
        assert_eq!(
            credits(t),
            vec![
                "Author 撰稿 [王曉光] 鞍山鋼鐵記者站",
                "Contributor  [劉旭東,張林] 黨委組織部",
                "ChiefEditor 責任編輯 [張雷] "
            ]
        );
    }
}
