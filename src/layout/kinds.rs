//! Paragraph kinds: headline, lead, body, credit, disclaimer, promo, decoration.
//!
//! Cues are matched on the fold (simplified), so traditional text is classified alike.
//! - decoration: no letter, digit or Han character (↓↓↓, ▲, ——, emoji);
//! - promo: the calls to follow, share, scan or read on that WeChat posts end with;
//! - disclaimer: reprint and copyright notices;
//! - credit: lines that start with a credit label (撰稿, 责任编辑 …), bylines of an outlet
//!   and names (科技日报记者 陆成宽), and short lines of an organisation and names next to
//!   them (党委组织部 刘旭东 张林);
//! - headline: a short first line without a full stop, and 原标题: lines;
//! - lead: the first paragraph of the article proper; body: the rest.

use super::Para;
use crate::extract::credits::{
    credit_label_at, is_bullet, is_open_bracket, is_org, is_outlet, is_outlet_byline, looks_like_name_list,
    reporter_sign_off,
    opens_with_dateline, print_edition,
};
use crate::extract::numbers::CharBits;
use crate::model::ParagraphKind;
use crate::text::any_char::{AnyChar, Words};

fn has_words(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}

/// Calls to act that mark a promotional line.
const PROMO: Words = words![
    "点击上方",
    "点击蓝字",
    "点蓝字",
    "关注我们",
    "长按识别",
    "长按二维码",
    "扫描二维码",
    "识别二维码",
    "扫一扫",
    "扫码关注",
    "不想错过",
    "阅读原文",
    "点个在看",
    "点亮在看",
    "点击在看",
    "分享给更多",
    "设为星标",
    "星标公众号",
    "欢迎关注",
    "关注公众号",
    "更多精彩",
    "推荐阅读",
    "往期回顾",
    "往期推荐",
    "戳这里",
    "关注我",
    "下载app",
    "下载客户端",
    "往期精彩",
    "精彩回顾",
    "相关阅读",
    "延伸阅读",
    "猜你喜欢",
    "热门推荐",
    "近期热文",
    "点击阅读",
    "“在看”",
    "「在看」",
    "\"在看\"",
    "让更多人看到",
    "新闻报料",
    // (the calls to comment and share under a post: 欢迎在评论区留言, 点击右上角分享)
    "评论区留言",
    "欢迎留言",
    "点击右上角",
    "知道你在看",
    // (a portal's links to more: 看更多相关新闻, 返回搜狐，查看更多)
    "更多相关",
    "查看更多",
    // (a Q&A site's: 237 人赞同了该回答, 关注他)
    "赞同了该",
    "关注他",
    "关注她",
    // (a news app's page cut short: 打开APP阅读全文, 展开全文)
    "阅读全文",
    "展开全文",
    "打开app",
];

/// The cues of [`PROMO`] that head a list of links to other articles.
const LIST_HEADERS: Words = words![
    "往期",
    "推荐阅读",
    "相关阅读",
    "延伸阅读",
    "精彩回顾",
    "猜你喜欢",
    "热门推荐",
    "近期热文",
    "相关新闻",
    // (the comments under a portal's article: 网友评论, 热门评论)
    "评论",
];

/// A short promotional line that heads a list of links: ▼往期推荐▼, 推荐阅读：.
fn is_list_header(f: &str) -> bool {
    // (or one that names the first link after it: ▸ 延伸阅读：台风假怎么放？各县市标准一次看)
    let t = f.trim_start_matches(|c: char| !c.is_alphanumeric());
    (count_chars(f) <= 20 || (count_chars(f) <= 40 && t.starts_with_any(LIST_HEADERS)))
        && f.contains_any_of(LIST_HEADERS)
}

/// Notices of reprint, copyright and liability.
const DISCLAIMER: Words = words![
    "免责声明",
    "版权归原作者",
    "版权归原",
    "版权归作者",
    "本文系转载",
    "系转载",
    "转载自",
    "如有侵权",
    "联系删除",
    "不代表本",
    "仅供参考",
    "版权所有",
    "未经授权",
    "禁止转载",
    "不得转载",
    "请勿转载",
    "来源于网络",
    // (a listed company's statement over its notices: 本公司及董事会全体成员保证信息披露的内容…)
    "保证信息披露",
    // (a financial article's: 本文不构成投资建议，据此操作风险自担)
    "不构成投资建议",
    "风险自担",
    "投资有风险",
    "投资需谨慎",
    // (a health article's: 本文仅供科普参考，不作为诊疗依据)
    "仅供科普",
    "不作为诊疗",
    // (a portal's over a reprinted article: 本文来自钱江晚报，仅代表作者观点)
    "仅代表作者",
    // (a post's over its pictures and its text: 图片来源网络 侵删, 转载请注明出处)
    "侵删",
    "转载请注明",
    "来源网络",
];

/// The first chars of [`DISCLAIMER`] (a test checks them).
const DISCLAIMER_FIRST: [char; 17] = [
    '免', '版', '本', '系', '转', '如', '联', '不', '仅', '未', '禁', '请', '来', '保', '风', '投', '侵',
];
const DISCLAIMER_BITS: CharBits = CharBits::of(&DISCLAIMER_FIRST);

/// At least `need` of the cues of [`DISCLAIMER`] stand in `f`: one pass over its chars, the
/// cues tried only at their first chars (not a substring search per cue, which ran on
/// every paragraph).
fn has_disclaimer_cues(f: &str, need: usize) -> bool {
    if need == 0 {
        return true;
    }
    let mut found = 0u32;
    for (i, c) in f.char_indices() {
        if !DISCLAIMER_BITS.may_hold(c) {
            continue;
        }
        // the indices of the cues that start with `c`
        let ks: &[usize] = match c {
            '免' => &[0],
            '版' => &[1, 2, 3, 11],
            '本' => &[4],
            '系' => &[5],
            '转' => &[6, 26],
            '如' => &[7],
            '联' => &[8],
            '不' => &[9, 14, 18, 23],
            '仅' => &[10, 22, 24],
            '未' => &[12],
            '禁' => &[13],
            '请' => &[15],
            '来' => &[16, 27],
            '保' => &[17],
            '风' => &[19],
            '投' => &[20, 21],
            '侵' => &[25],
            _ => continue,
        };
        for &k in ks {
            if found & (1 << k) == 0 && DISCLAIMER.iter().nth(k).is_some_and(|d| f[i..].starts_with(d)) {
                found |= 1 << k;
                if found.count_ones() as usize >= need {
                    return true;
                }
            }
        }
    }
    false
}

fn count_chars(s: &str) -> usize {
    s.chars().count()
}

/// Words before 转发 or 点赞 that make it a call to the reader (欢迎转发, 记得点赞, 点赞转发).
const CALL_BEFORE: Words = words![
    "请", "欢迎", "记得", "就", "帮忙", "一键", "顺手", "多多", "点赞", "转发", "收藏", "分享",
    "在看",
];

/// Words after 转发 or 点赞 that make it a call (转发给, 转发到朋友圈, 点赞支持, 转发吧).
const CALL_AFTER: Words = words![
    "给",
    "到",
    "至",
    "朋友圈",
    "扩散",
    "出去",
    "分享",
    "支持",
    "吧",
    "哦",
    "呀",
    "啦",
    "一下",
    "收藏",
    "点赞",
    "转发",
    "在看",
    "关注",
];

/// How many times 转发 or 点赞 stand in `f` as a call to share or like: words of news as
/// well (关于转发…的通知, 男子转发谣言被拘, 网友纷纷点赞), they are a call only between a
/// mark, the line's edge or a word of [`CALL_BEFORE`] and a mark, the edge or a word of
/// [`CALL_AFTER`] (点赞、转发、在看; 欢迎转发), or before 给/到 after 请 or 欢迎 (请把这篇文章
/// 转发给身边的朋友).
fn share_calls(f: &str) -> usize {
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut n = 0;
    // (each char where either word starts: one shared search instead of two of a pattern)
    // (点个赞 is 点赞 too: 喜欢就点个赞吧)
    for (i, w) in f
        .char_indices()
        .filter_map(|(i, _)| f[i..].prefix_in(words!["转发", "点赞", "点个赞"]).map(|w| (i, w)))
    {
        let (before, after) = (&f[..i], &f[i + w.len()..]);
        let call = (edge(before.chars().next_back()) || before.ends_with_any(CALL_BEFORE))
            && (edge(after.chars().next()) || after.starts_with_any(CALL_AFTER));
        let asked = after.starts_any(&['给', '到']) && before.contains_any_of(words!["请", "欢迎"]);
        n += usize::from(call || asked);
    }
    n
}

fn is_promo(f: &str) -> bool {
    // The cheap tests first: the cues are looked for only in a short line without a full
    // stop, and only until enough are found (one up to 60 chars, two up to 150); a call to
    // share may end in one (请把这篇文章转发给身边的朋友。)
    if let Some(i) = f.find('。') {
        return f[i..].trim_end() == "。" && count_chars(f) <= 40 && share_calls(f) > 0;
    }
    let n = count_chars(f);
    let need = match n {
        0..=60 => 1,
        61..=150 => 2,
        _ => return false,
    };
    let found = PROMO.iter().filter(|p| f.contains(*p)).take(need).count();
    found >= need || found + share_calls(f) >= need || (n <= 40 && points_elsewhere(f))
}

/// A line that sends the reader to the outlet's app or its other pages: 更多新闻请见…,
/// 更多热点速报、权威资讯尽在新浪新闻, 免费下载自由时报APP.
fn points_elsewhere(f: &str) -> bool {
    (f.starts_with("更多") && f.contains_any_of(words!["尽在", "请见", "请看", "请关注", "请下载", "请点击"]))
        || (f.contains_any_of(words!["免费下载", "立即下载", "点击下载", "扫码下载"])
            && f.char_indices().any(|(i, _)| {
                f.get(i..i + 3).is_some_and(|w| w.eq_ignore_ascii_case("app"))
            }))
}

/// The buttons of a web page copied with its text (【纠错】, 举报, 收藏, 小字号,
/// 【打印本页】【关闭窗口】, 分享到：微信 微博): a line of these words only.
const CONTROLS: Words = words![
    "纠错", "我要纠错", "举报", "收藏", "评论", "点赞", "分享", "分享到", "小字号", "中字号",
    "大字号", "字号", "打印", "打印本页", "关闭", "关闭窗口", "返回顶部", "相关新闻", "反馈",
    // (WeChat's row under an article: 分享 收藏 点赞 在看)
    "在看", "转发", "赞",
    // (the label of an advertisement's slot, a line of its own in a copied page)
    "广告",
    // (a portal's counts and its comments' header: 阅读 10万+, 评论 56, 网友评论 56条, 赞同 237)
    "阅读", "网友评论", "热门评论", "赞同", "喜欢", "相关推荐", "条评论",
];

/// `f` past the page's buttons in brackets that open it, and the spaces after them:
/// 【纠错】 【责任编辑：刘阳】 is a credit line.
fn after_controls(f: &str) -> &str {
    let mut t = f;
    while let Some(rest) = t.strip_prefix('【') {
        match rest.split_once('】') {
            Some((w, r)) if w.is_one_of(CONTROLS) => t = r.trim_start(),
            _ => break,
        }
    }
    t
}

fn is_page_control(f: &str) -> bool {
    // (a row of buttons is short: no scan of a paragraph of text)
    if f.len() > 90 {
        return false;
    }
    let mut control = false;
    for t in f.split(|c: char| {
        c.is_whitespace() || is_open_bracket(c) || "）)】]〕］：:|｜丨/".contains(c)
    }) {
        // (a post's buttons as calls: 点分享 点收藏 点点赞 点在看)
        if t.is_one_of(CONTROLS) || t.strip_prefix('点').is_some_and(|w| w.is_one_of(CONTROLS)) {
            control = true;
        } else if !(t.is_empty()
            || t.is_one_of(words!["微信", "微博", "朋友圈", "QQ", "QQ空间", "qq空间"])
            // (a count beside a button: 赞 326, 阅读 10万+, 评论 56条)
            || t.trim_end_any(&['万', '+', '条']).bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        {
            return false;
        }
    }
    control
}

/// The chrome over a portal's article: its breadcrumb (网易首页 > 新闻 > 正文) or its menu
/// (新浪首页 新闻 体育 财经 娱乐 …, 首页 alone).
fn is_navigation(f: &str) -> bool {
    // (a line of chrome is short: no scan of a paragraph of text)
    if f.len() > 120 {
        return false;
    }
    // (the crumbs: one to twelve chars each, no sentence)
    let (mut parts, mut len, mut ok) = (1, 0, true);
    for c in f.chars() {
        if ">＞›»".contains(c) {
            ok &= (1..=12).contains(&len);
            parts += 1;
            len = 0;
        } else if c != ' ' {
            ok &= c != '。' && c != '，';
            len += 1;
        }
    }
    if ok && (1..=12).contains(&len) && parts >= 2 && (parts >= 3 || f.ends_with("正文")) {
        return true;
    }
    let menu = f.split_whitespace();
    (menu.clone().count() >= 5 || f == "首页")
        && menu.clone().any(|t| t.ends_with("首页"))
        && menu.clone().all(|t| count_chars(t) <= 4 && t.chars().all(crate::text::is_han))
}

/// The label of an editor's lead-in over the article: 核心提示：, 编者按：, 【导读】, 摘要：
/// (a digest of it, neither its title nor its lead).
pub(crate) fn is_lead_in(f: &str) -> bool {
    let t = f.trim_start_any(&['（', '(', '【', '[', '〔', '［']);
    t.prefix_in(words!["核心提示", "编者按", "导读", "内容提要", "摘要"])
        .is_some_and(|w| t[w.len()..].starts_any(&['：', ':', '】', ']', ' ', '|', '｜', '丨']))
}

/// A date of figures in `f`: a year of four digits, a mark and a digit (2024-06-15,
/// 2024/6/15, 2024年06月15日).
fn has_figure_date(f: &str) -> bool {
    let mut run = 0;
    let mut prev_year = false;
    for c in f.chars() {
        if prev_year && c.is_ascii_digit() {
            return true;
        }
        prev_year = run == 4 && "-/年.".contains(c);
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
    }
    false
}

/// The stamp of a web page above its text: the date and time it was posted, alone
/// (2024-06-15 08:30, 2024年6月15日 星期六, 2024-06-15 10:32·浙江) it is decoration; with
/// the source or the outlet beside it (2024-06-15 08:30 来源：澎湃新闻, 发布时间：2024-06-15
/// 来源：某县融媒体中心, 证券时报网 2024-06-15 15:30) a credit.
fn page_stamp(f: &str) -> Option<ParagraphKind> {
    let f = f.trim();
    if count_chars(f) > 60 || f.contains_any(&['。', '，', '！', '？']) || !has_figure_date(f) {
        return None;
    }
    let words = f
        .chars()
        .filter(|&c| crate::text::is_han(c) && !"年月日时分秒星期周一二三四五六七天更新发布间出版表".contains(c))
        .count();
    let labelled = f.char_indices().any(|(i, _)| {
        f[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_whitespace() || "|｜丨：:）)".contains(c))
            && credit_label_at(f, i).is_some()
    });
    let before = f[..f.find(|c: char| c.is_ascii_digit()).unwrap_or(0)].trim();
    // (or with the app it was posted from: 2026-12-04 08:15 来自 微博 weibo.com, 来自iPhone客户端)
    if words == 0 || (words <= 3 && f.contains('·')) || (words <= 10 && f.contains("来自")) {
        Some(ParagraphKind::Decoration)
    } else if labelled
        || is_org(before)
        // (the outlet over its date and the place, bars between: 联合早报 | 2026年12月2日 | 新加坡)
        || is_outlet(before.trim_end_matches(['|', '｜', '丨']).trim_end())
        // (the outlet after the time: 2025-11-20 09:30 新浪财经)
        || f
            .rfind_any(&['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            .is_some_and(|p| is_outlet(f[p + 1..].trim()))
        || before.starts_with("原创")
        // (the outlet after the time: 2025-11-18 19:05·潇湘晨报)
        || f.rsplit_once('·').is_some_and(|(_, o)| is_outlet(o.trim()))
    {
        // (a WeChat post's header: 原创 青岛发布 2024-06-15 18:30 山东)
        Some(ParagraphKind::Credit)
    } else if account_stamp(f, before) {
        // (a post's account over its time, 城事观察 2025-12-01 09:12, is its source; a
        // place over the time says where it was posted)
        Some(if crate::lexicon::get().places.get(before).is_some() {
            ParagraphKind::Decoration
        } else {
            ParagraphKind::Credit
        })
    } else {
        None
    }
}

/// A line of one name and the date and time it was posted, nothing else: 城事观察
/// 2025-12-01 09:12.
pub fn account_stamp(f: &str, before: &str) -> bool {
    let f = f.trim();
    (2..=10).contains(&count_chars(before))
        && before.chars().all(crate::text::is_han)
        && f[before.len()..].contains(':')
        && f[before.len()..]
            .chars()
            .all(|c| c.is_ascii_digit() || " -/:年月日".contains(c))
}

fn is_disclaimer(f: &str) -> bool {
    let t = f.trim_start_matches(|c: char| !c.is_alphanumeric());
    let need = if count_chars(f) <= 80 { 1 } else { 2 };
    t.starts_with("声明") || t.starts_with("免责") || has_disclaimer_cues(f, need)
}

/// A short line in brackets that names a reporter or ends a dateline:
/// （中央社记者张建中新竹17日电）, （记者 张三）.
fn is_closing_byline(f: &str) -> bool {
    let inner = f
        .strip_prefix_any(&['（', '('])
        .and_then(|t| t.strip_suffix_any(&['）', ')']));
    inner.is_some_and(|t| {
        count_chars(t) <= 40
            && !t.contains_any(&['。', '，', '（', '('])
            && (t.contains_any_of(words!["记者", "通讯员", "作者系"])
                || t.ends_with('电')
                || t.ends_with('讯')
                || compiled_by(t).is_some()
                // (the outlet alone closes an agency's article: （中央社）)
                || is_outlet(t))
    })
}

/// Who compiled or supplied the article, in the note that says so: 本文由科技新报编辑部整理
/// → (科技新报编辑部, 整理).
#[inline(never)]
pub fn compiled_by(t: &str) -> Option<(&str, &str)> {
    let t = t
        .strip_prefix("本文由")
        .or_else(|| t.strip_prefix("此文由"))?;
    ["整理", "提供", "编辑", "撰写", "供稿", "编译"]
        .into_iter()
        .find_map(|v| t.strip_suffix(v).map(|who| (who, v)))
        .filter(|(who, _)| (2..=20).contains(&count_chars(who)))
}

/// A bracketed byline that opens a paragraph of text: （记者王小明北京电）国家统计局今天发布…
/// The paragraph is text (its byline is read as a credit all the same); a credit line
/// with a second label after the bracket (【记者 张三】 编辑 李四) stays a credit line.
fn text_after_byline(f: &str) -> bool {
    let Some(open) = f.chars().next().filter(|&c| is_open_bracket(c)) else {
        return false;
    };
    let close = match open {
        '（' => '）',
        '(' => ')',
        '【' => '】',
        '[' => ']',
        '〔' => '〕',
        '［' => '］',
        _ => return false,
    };
    f.find(close).is_some_and(|i| {
        let rest = &f[i + close.len_utf8()..];
        rest.chars().filter(|&c| crate::text::is_han(c)).count() >= 8
            && credit_label_at(rest.trim_start(), 0).is_none()
    })
}

fn is_headline_like(f: &str) -> bool {
    let n = count_chars(f);
    // (重磅！杭州亚运会倒计时100天: an exclamation inside a title is common)
    (4..=40).contains(&n)
        && !f.contains_any(&['。', '；'])
        && !f.ends_any(&[',', '，', '、', ':', '：'])
}

/// The mark that closes an agency's article or a post: （完）, (全文完), - END -.
fn is_end_mark(f: &str) -> bool {
    let t = f.trim_matches(|c: char| {
        c.is_whitespace()
            || is_open_bracket(c)
            || matches!(
                c,
                '）' | ')' | '】' | ']' | '〕' | '］' | '-' | '—' | '─' | '=' | '·'
            )
    });
    t.is_one_of(words!["完", "全文完", "本文完"])
        || t.eq_ignore_ascii_case("end")
        || t.eq_ignore_ascii_case("the end")
}

/// A date alone on a line, as a notice is dated under its issuer: 2024年6月5日, 二〇二四年六月五日.
fn is_written_date(f: &str) -> bool {
    f.ends_with('日')
        && f.contains('年')
        && f.contains('月')
        && count_chars(f) <= 16
        && f.chars().all(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || c == ' '
                || "〇零一二三四五六七八九十年月日".contains(c)
        })
}

/// A title longer than [`is_headline_like`] allows, told by the dateline that opens the
/// next paragraph: agencies' two-clause headlines run past 40 chars (台股創高後震盪
/// 加權指數漲逾200點收21,858點 台積電市值衝破新臺幣23兆元 over （中央社記者韋樞台北7日電）…).
fn headline_over_dateline(f: &str, next: &str) -> bool {
    (4..=80).contains(&count_chars(f))
        && !f.contains_any(&['。', '；'])
        && !f.ends_any(&[',', '，', '、', ':', '：'])
        && !opens_with_dateline(f)
        && opens_with_dateline(next)
}

pub fn classify(text: &str, fold: &str, paras: &mut [Para]) {
    let n = paras.len();
    // First pass: the kinds a paragraph shows by itself.
    for p in paras.iter_mut() {
        let s = &text[p.range.clone()];
        let f = fold.get(p.range.clone()).unwrap_or(s);
        p.kind = if !has_words(s) || is_end_mark(f) || f.trim() == "原创" {
            ParagraphKind::Decoration
        } else if f.starts_with("原标题") {
            ParagraphKind::Headline
        } else if count_chars(f) <= 40
            && !f.contains('。')
            && f.contains_any_of(words!["发表于", "发布于", "编辑于"])
            // (a post's header that names its author or account is a credit: 原创 李明
            // 江城发布 2025-11-03 08:00 发表于湖北)
            && !f
                .strip_prefix("原创")
                .is_some_and(|t| t.trim_start().starts_with(crate::text::is_han))
        {
            // the post's time and place under a WeChat title: 2023-06-15 08:30 发表于浙江
            ParagraphKind::Decoration
        } else if credit_label_at(
            f,
            f.len()
                - after_controls(f)
                    .trim_start_matches(|c| is_open_bracket(c) || is_bullet(c))
                    .len(),
        )
            .is_some()
            && count_chars(f) <= 80
            && !text_after_byline(f)
            // (a sentence that starts with the word: 记者 从会上获悉，会议将在北京召开。; an
            // interviewer's question: 记者：近年来，…主要靠什么？)
            && !(f.contains('，') && f.trim_end().ends_any(&['。', '？', '?', '！']))
            && !f.trim_end().ends_any(&['？', '?'])
        {
            ParagraphKind::Credit
        } else if count_chars(f) <= 40
            && !f.contains(['，', '。'])
            // (an outlet's name, a space, then the labelled bylines: 潮新闻客户端 记者 竺佳琪
            // 通讯员 溪宣)
            && f
                .trim()
                .trim_start_matches(is_open_bracket)
                // (or its dot or a bar: （星洲日报·报道：邱晓婷）, 北京日报客户端｜记者 孙莹)
                .split_once(|c: char| c.is_whitespace() || matches!(c, '·' | '•' | '|' | '｜' | '丨'))
                .is_some_and(|(head, rest)| {
                    (2..=10).contains(&head.chars().count())
                        && head.chars().all(crate::text::is_han)
                        && credit_label_at(rest.trim_start(), 0).is_some()
                })
        {
            ParagraphKind::Credit
        } else if is_closing_byline(f)
            || is_outlet_byline(f)
            || (count_chars(f) <= 16 && reporter_sign_off(f).is_some())
            || print_edition(f).is_some()
            // (an outlet's name alone over a copied article: 腾讯新闻, 齐鲁晚报)
            || (is_outlet(f.trim()) && count_chars(f.trim()) >= 3)
        {
            ParagraphKind::Credit
        } else if is_disclaimer(f) {
            ParagraphKind::Disclaimer
        } else if is_promo(f) || is_page_control(f) || is_navigation(f) {
            ParagraphKind::Promo
        } else {
            ParagraphKind::Body
        };
    }
    // The titles of a list of links between promotional lines (▼往期精彩回顾▼ … 长按二维码关注)
    // are promotion too.
    for i in 1..n.saturating_sub(1) {
        let f = fold.get(paras[i].range.clone()).unwrap_or_default();
        if paras[i].kind == ParagraphKind::Body
            && paras[i - 1].kind == ParagraphKind::Promo
            && paras[i + 1].kind == ParagraphKind::Promo
            && is_headline_like(f)
        {
            paras[i].kind = ParagraphKind::Promo;
        }
    }
    // The titles under the header of a list of links (▼往期推荐▼, 推荐阅读：), down to the
    // first line of another kind or shape, once the article's text has begun above it
    // (a header at the top stands over the article's own title).
    let mut text_begun = false;
    let mut i = 0;
    while i < n {
        let f = fold.get(paras[i].range.clone()).unwrap_or_default();
        if paras[i].kind == ParagraphKind::Body {
            // (the name of the account under the text, alone: 新浪新闻公众号)
            if text_begun && count_chars(f) <= 16 && f.ends_with_any(words!["公众号", "视频号"]) {
                paras[i].kind = ParagraphKind::Promo;
            }
            // (an app's menu above the text, a word a line: 首页 / 推荐 / 热点)
            if !text_begun
                && i > 0
                && paras[i - 1].kind == ParagraphKind::Promo
                && count_chars(f) <= 4
                && f.chars().all(crate::text::is_han)
            {
                paras[i].kind = ParagraphKind::Promo;
            }
            text_begun = text_begun || f.contains('。');
        } else if text_begun && paras[i].kind == ParagraphKind::Promo && is_list_header(f) {
            let mut j = i + 1;
            while j < n && j <= i + 10 && paras[j].kind == ParagraphKind::Body {
                if !is_headline_like(fold.get(paras[j].range.clone()).unwrap_or_default()) {
                    break;
                }
                paras[j].kind = ParagraphKind::Promo;
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    // Name lists next to credit lines are credits too.
    // A few passes: a credit block is a handful of lines.
    let mut changed = true;
    let mut passes = 0;
    while changed && passes < 4 {
        passes += 1;
        changed = false;
        for i in 0..n {
            if paras[i].kind != ParagraphKind::Body {
                continue;
            }
            let near = (i > 0 && paras[i - 1].kind == ParagraphKind::Credit)
                || (i + 1 < n && paras[i + 1].kind == ParagraphKind::Credit);
            let f = fold.get(paras[i].range.clone()).unwrap_or_default();
            if near && looks_like_name_list(f) {
                paras[i].kind = ParagraphKind::Credit;
                changed = true;
            }
        }
    }
    // The signature at the foot of a notice or an obituary: the issuers' names over the date
    // (上海市人力资源和社会保障局 / 2024年6月5日) say who issued it; they are not its text.
    // (a note in brackets may close the notice under them: （此件公开发布）)
    let f = |i: usize| fold.get(paras[i].range.clone()).unwrap_or_default();
    let note = |i: usize| {
        let t = f(i).trim();
        count_chars(t) <= 20 && t.starts_any(&['（', '(']) && t.ends_any(&['）', ')'])
    };
    let mut bodies = (0..n)
        .rev()
        .filter(|&i| paras[i].kind == ParagraphKind::Body);
    if let Some(last) = bodies
        .next()
        .and_then(|i| if note(i) { bodies.next() } else { Some(i) })
    {
        if is_written_date(f(last)) {
            let first = (0..last)
                .rev()
                .take(3)
                .take_while(|&i| {
                    paras[i].kind == ParagraphKind::Body && count_chars(f(i)) <= 30 && is_org(f(i))
                })
                .last();
            // (some text stays above the signature)
            if let Some(first) =
                first.filter(|&i| paras[..i].iter().any(|p| p.kind == ParagraphKind::Body))
            {
                for p in &mut paras[first..=last] {
                    p.kind = ParagraphKind::Credit;
                }
            }
        }
    }
    // Under the mark that ends the text (完, - END -), a short line of figures is the stamp
    // of its release, not text: 2024年6月7日（星期五）, 香港時間16時30分.
    if let Some(end) = (0..n).rev().find(|&i| {
        paras[i].kind == ParagraphKind::Decoration
            && is_end_mark(fold.get(paras[i].range.clone()).unwrap_or_default())
    }) {
        for p in &mut paras[end + 1..] {
            let f = fold.get(p.range.clone()).unwrap_or_default();
            if p.kind == ParagraphKind::Body
                && count_chars(f) <= 24
                && !f.contains_any(&['。', '，'])
                && f.chars()
                    .any(|c| c.is_ascii_digit() || "〇零一二三四五六七八九".contains(c))
            {
                p.kind = ParagraphKind::Credit;
            }
        }
    }
    // The page's stamp above the text (2024-06-15 08:30 来源：澎湃新闻), and the outlet's
    // name on the line over it (钱江晚报 / 2024-06-15 10:32), are not its title nor its lead.
    for i in 0..n {
        let f = fold.get(paras[i].range.clone()).unwrap_or_default();
        if f.contains('。') {
            break;
        }
        if paras[i].kind != ParagraphKind::Body {
            continue;
        }
        if let Some(k) = page_stamp(f) {
            paras[i].kind = k;
            if let Some(j) = i.checked_sub(1).filter(|&j| {
                let o = fold.get(paras[j].range.clone()).unwrap_or_default().trim();
                paras[j].kind == ParagraphKind::Body
                    && count_chars(o) <= 12
                    && ((is_org(o) && paras[..j].iter().any(|p| p.kind == ParagraphKind::Body))
                        || is_outlet(o))
            }) {
                paras[j].kind = ParagraphKind::Credit;
            }
        }
    }
    // Headline and lead: the first content paragraphs.
    // (an editor's lead-in, 核心提示：…, is neither)
    let content: Vec<usize> = (0..n)
        .filter(|&i| {
            paras[i].kind == ParagraphKind::Body
                && !is_lead_in(fold.get(paras[i].range.clone()).unwrap_or_default())
        })
        .collect();
    if let Some(&first) = content.first() {
        let f = fold.get(paras[first].range.clone()).unwrap_or_default();
        let next = content
            .get(1)
            .and_then(|&i| fold.get(paras[i].range.clone()))
            .unwrap_or_default();
        // (a title in two lines, the first ending in a colon: 专访院士陈立新：/ 基础研究要耐得住寂寞)
        let colon_title = content.len() >= 3
            && count_chars(f) <= 40
            && !f.contains('。')
            && f.ends_any(&['：', ':'])
            && is_headline_like(next);
        // (an interview that opens with its first question, 记者：…？, has no title line)
        let question = crate::extract::quotes::question_cue(f).is_some()
            && f.trim_end().ends_any(&['？', '?']);
        let headline = content.len() >= 2
            && !question
            && (is_headline_like(f) || colon_title || headline_over_dateline(f, next));
        if headline {
            paras[first].kind = ParagraphKind::Headline;
            // a subtitle under the title (——记马铃薯专家杨德明) or its second line
            let mut skip = 1;
            if content.len() >= 3
                && (colon_title || (next.starts_with("——") && count_chars(next) <= 50))
                && !next.contains('。')
            {
                paras[content[1]].kind = ParagraphKind::Headline;
                skip = 2;
            }
            // (the lead is the first text under it, not a section's heading: 第一章 总则)
            let lead = content[skip..].iter().take(3).find(|&&i| {
                !is_section_heading(fold.get(paras[i].range.clone()).unwrap_or_default())
            });
            if let Some(&second) = lead {
                paras[second].kind = ParagraphKind::Lead;
            }
        } else {
            paras[first].kind = ParagraphKind::Lead;
        }
    }
}

/// A heading of a section in a charter or a report: 第一章 总则, 第三节 附则, 二、主要做法 —
/// a numbered line of a few words with no sentence in it.
fn is_section_heading(f: &str) -> bool {
    let f = f.trim();
    if f.is_empty() || count_chars(f) > 20 || f.contains_any(&['。', '，', '；', '：', '？', '！'])
    {
        return false;
    }
    let numeral = |c: char| "一二三四五六七八九十百零〇".contains(c) || c.is_ascii_digit();
    let head: String = f.chars().take_while(|&c| numeral(c) || c == '第').collect();
    let rest = &f[head.len()..];
    if head.starts_with('第') && head.chars().count() >= 2 {
        return rest.starts_with_any(words!["章", "节", "部分", "编", "篇"]);
    }
    !head.is_empty() && !head.contains('第') && rest.starts_any(&['、', '．'])
}

#[cfg(test)]
mod tests {
    use super::super::split_paragraphs;
    use super::*;
    use ParagraphKind::*;

    #[test]
    fn disclaimer_cues_in_one_pass() {
        for d in DISCLAIMER {
            assert!(DISCLAIMER_FIRST.contains(&d.chars().next().unwrap()), "{d}");
        }
        let slow = |f: &str, need: usize| {
            DISCLAIMER
                .iter()
                .filter(|p| f.contains(*p))
                .take(need)
                .count()
                >= need
        };
        let mut texts: Vec<String> = vec![String::new(), "正文。".into()];
        for a in DISCLAIMER {
            for b in DISCLAIMER {
                texts.push(format!("{a}{b}"));
                texts.push(format!("本文{a}，{}", &b[3..]));
            }
        }
        for t in &texts {
            for need in 0..4 {
                assert_eq!(has_disclaimer_cues(t, need), slow(t, need), "{t} {need}");
            }
        }
    }

    #[test]
    fn end_marks_questions_and_bylines() {
        // an interviewer's question is text, not a credit; a post's END mark is decoration;
        // a byline line of an outlet and two labels is a credit
        assert_eq!(
            kinds("对话专家\n财联社记者 刘明远 通讯员 程远\n记者：今年的收成怎么样？\n张教授：比去年好。\n— END —\n点“在看”，分享给朋友"),
            vec![Headline, Credit, Lead, Body, Decoration, Promo]
        );
    }

    fn kinds(t: &str) -> Vec<ParagraphKind> {
        let fold = crate::text::script::fold(t);
        let mut p: Vec<Para> = split_paragraphs(t)
            .into_iter()
            .map(|range| Para { range, kind: Body })
            .collect();
        classify(t, &fold, &mut p);
        p.into_iter().map(|p| p.kind).collect()
    }

    #[test]
    fn a_subtitle_and_a_title_in_two_lines() {
        assert_eq!(
            kinds("守护一方碧水\n——记县河长办主任刘海波\n清晨五点，刘海波已经沿着河岸巡查了一个来回。\n他说，河水清了，鱼也回来了。"),
            [Headline, Headline, Lead, Body]
        );
        assert_eq!(
            kinds("对话青年作家林晓：\n写作是一场长跑\n记者：您的新书讲了一个什么故事？\n林晓：一个小镇女孩的成长。"),
            [Headline, Headline, Lead, Body]
        );
    }

    #[test]
    fn the_stamp_under_the_end_mark_and_a_compiling_note() {
        use ParagraphKind::*;
        assert_eq!(
            kinds("政府公布津貼調整\n政府今日宣布調高津貼。\n局長表示歡迎。\n完\n2024年6月7日（星期五）\n香港時間16時30分"),
            [Headline, Lead, Body, Decoration, Credit, Credit]
        );
        assert_eq!(
            kinds("Pixel 8a 實測\n我們用了兩週。\n整體來說值得買。\n（本文由科技新報編輯部整理）"),
            [Headline, Lead, Body, Credit]
        );
    }

    #[test]
    fn classifies_a_wechat_post() {
        let t = "点击上方蓝字关注我们\n\
                 原标题：某市召开座谈会\n\
                 某市召开乡村振兴座谈会\n\
                 本报讯 1月22日，某市召开座谈会，研究部署下一步工作。\n\
                 ▲\n\
                 会上，各单位介绍了工作情况。\n\
                 😀😀\n\
                 ——\n\
                 文/图 记者 张三\n\
                 宣传部 李四 王五\n\
                 责编：赵六\n\
                 声明：本文系转载，版权归原作者所有。\n\
                 长按识别二维码\n\
                 阅读原文";
        assert_eq!(
            kinds(t),
            vec![
                Promo, Headline, Headline, Lead, Decoration, Body, Decoration, Decoration, Credit,
                Credit, Credit, Disclaimer, Promo, Promo
            ]
        );
    }

    #[test]
    fn a_wechat_post_time_a_title_with_an_exclamation_and_a_list_of_links() {
        let t = "重磅！全市地铁新线今日开通\n2024-06-15 08:30 发表于江苏\n6月15日，地铁五号线开通运营。\n乘客表示，出行方便多了。\n▼往期精彩回顾▼\n地铁站里的音乐会\n长按二维码关注";
        assert_eq!(
            kinds(t),
            vec![Headline, Decoration, Lead, Body, Promo, Promo, Promo]
        );
    }

    #[test]
    fn traditional_cues_and_long_bodies() {
        let t = "免責聲明：本文僅供參考。\n微信\"掃一掃\"\n他說，點贊轉發的人很多，這是今年的情況，大家都看到了，他們也在努力工作，爭取更好的成績，為社會做出更大的貢獻。";
        assert_eq!(kinds(t), vec![Disclaimer, Promo, Lead]);
    }

    #[test]
    fn the_lead_of_a_charter_is_under_its_first_section_heading() {
        let t = "某大学2024年本科招生章程
第一章 总则
第一条 为保证学校本科招生工作顺利进行，制定本章程。
第二条 学校全称：某大学。
第二章 招生计划";
        assert_eq!(kinds(t), vec![Headline, Body, Lead, Body, Body]);
        let t = "某市召开经验交流会
一、主要做法
今年以来，我市坚持问题导向，推动各项工作落地见效。";
        assert_eq!(kinds(t), vec![Headline, Body, Lead]);
        // a short line that is a sentence is the lead
        let t = "地铁五号线开通
第一批乘客今天上车。
全线设站20座。";
        assert_eq!(kinds(t), vec![Headline, Lead, Body]);
    }
}
