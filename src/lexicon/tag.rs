//! Tags people, titles, organisations, places and events in a laid-out document, once, on
//! the simplified fold; the extractors turn the hits into the output types.
//!
//! Per sentence: segment ([`super::segment`]), then
//! 1. titles: one to three tokens that spell a title of `data/titles.txt`;
//! 2. people: the name tokens of the segmenter, and transliterated names joined by `·`;
//! 3. organisations: an organisation head (`data/org_words.txt`: 公司, 党委, 组织部, 网 …,
//!    jieba's `nt` words) extended to the left over nouns, places, abbreviations and unknown
//!    characters; a place followed by an industry (鞍山 + 钢铁) is a company;
//! 4. places: the gazetteer's words (`data/places.txt`);
//! 5. events: an event word (座谈会, 进博会 …) with the nouns, places and `第七届` before it;
//! 6. roles: titles before a name (鞍钢股份党委书记、董事长王军, with the organisation
//!    that ends where the titles start) or right after it (习近平总书记).
//!
//! Places inside an organisation name (辽宁 in 辽宁省委) are kept as places; people inside
//! one (宋庆龄 in 宋庆龄基金会) are not.

use super::charset::HanSet;
use super::segment::{Kind, Token};
use super::{get, Lexicon, OrgWord, Pos};
use crate::layout::Doc;
use crate::text::any_char::{AnyChar, Words};
// Lookups only, never iterated: the hasher does not change the output.
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// A title next to a person, with the organisation written before the titles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleHit {
    pub title: Range<usize>,
    pub org: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonHit {
    pub span: Range<usize>,
    pub roles: Vec<RoleHit>,
}

/// Everything the tagger found, in byte offsets of the document text.
#[derive(Debug, Default)]
pub struct Tagged {
    /// Tokens of every sentence, in order.
    pub tokens: Vec<Token>,
    pub people: Vec<PersonHit>,
    pub orgs: Vec<Range<usize>>,
    pub places: Vec<Range<usize>>,
    pub events: Vec<Range<usize>>,
    pub titles: Vec<Range<usize>>,
}

/// Words the name model may propose that are never names in news.
const NOT_NAMES: Words = words![
    // (a photo caption's places in a row: 蔡明辉（右三）, 左二为…)
    "左一", "左二", "左三", "左四", "左五", "左六", "右一", "右二", "右三", "右四", "右五", "右六",
    // (权威 "an authority": 权威回应来了)
    "权威",
    // (granite)
    "花岗岩",
    "谢谢",
    // (interpreting the law: 向双方释法说理, 人大释法)
    "释法",
    // (the playoffs, a garden party, old buildings: words of sport and culture news the
    // dictionary or the name model reads as names)
    "季后赛",
    "游园会",
    "古建筑",
    // (teachers and students, a person's word to the dictionary)
    "师生",
    // (a stretch of time and a star, which the dictionary files as names: 那段时间, 明星基金经理)
    "段时间",
    "明星",
    // (a bank card, which the dictionary files as a name)
    "银行卡",
    // old people (陈姓老翁: 老 and a surname, as 老王 is)
    "老翁",
    "老妪",
    // (a form of address the dictionary files as a name: 方|阿婆 is 方阿婆)
    "阿婆",
    // (full-time, which the dictionary files as a proper noun: 全日制在校生)
    "全日制",
    // scales (芮氏规模, 华氏90度)
    "芮氏",
    "华氏",
    "摄氏",
    "黄淮",
    "江淮",
    "同志",
    "干部",
    "大家",
    "会上",
    "师傅",
    "老师",
    "同学",
    "先生",
    "女士",
    "小姐",
    "夫人",
    "朋友",
    "群众",
    "记者",
    "主任",
    "雷阵雨",
    "高度",
    "于是",
    "于此",
    "向前",
    "向着",
    "和平",
    "和谐",
    "常委",
    "万元",
    "成为",
    "成员",
    "明显",
    "明确",
    "安全",
    "方面",
    "方向",
    "方式",
    "方法",
    "周年",
    "周边",
    "任务",
    "任何",
    "全面",
    "全体",
    "文化",
    "文明",
    "石油",
    "金融",
    "江山",
    "高速",
    "高于",
    "高新",
    "余人",
    "余名",
    "余家",
    "余万",
    "时间",
    "时代",
    "时期",
    "时候",
    "应当",
    "应该",
    "关于",
    "关键",
    "关注",
    "关系",
    "于是",
    "曾经",
    "伍佰",
    "史上",
    "党员",
    "贺信",
    "贺电",
    "黄金",
    "白色",
    "红色",
    "蓝皮书",
    "白皮书",
    "绿皮书",
    "华裔",
    "华人",
    "华侨",
    "厄尔尼诺",
    "拉尼娜",
    "泰坦尼克",
    "尼古丁",
    "阿司匹林",
    "黄金周",
    // loanwords of transliteration characters
    "马拉松",
    "迪斯科",
    "比基尼",
    "卡路里",
    "斯诺克",
    "高尔夫",
    "罗曼蒂克",
    "乌托邦",
    "海洛因",
];

/// Words that start no name though they start with a surname (许多|深, 万元|治, 安全|性):
/// ordinary words the segmenter's dictionary leaves out.
const NOT_NAME_STARTS: Words = words![
    "许多", "许久", "许许", "余万", "万元", "万千", "安全", "高中", "公开", "目前", "严格", "严重",
    "连理", // a boundary's four sides (东至|紫金港路，南至|文二西路)
    "东至", "西至", "南至", "北至",
];

/// Words that start no organisation name though they are nouns (公司党委 is not a name).
/// Titles of the head of a place (兰州市副市长, 广东省省长, 美国总统): the place is the
/// organisation of the role.
const PLACE_HEADS: Words = words![
    "市长",
    "省长",
    "县长",
    "区长",
    "州长",
    "镇长",
    "乡长",
    "村长",
    "旗长",
    "盟长",
    // (a Japanese prefecture's governor: 爱媛县|副知事)
    "知事",
    "总统",
    "总理",
    "首相",
    "国王",
    "女王",
    "外长",
    "外相",
    "副总统",
    "副总理",
    "国务卿",
    "外交大臣",
    "国家主席",
    "国防部长",
    "外交部长",
    "苏丹",
    "埃米尔",
    "王储",
    // (a country's envoy to the UN and its ministers: 俄罗斯|常驻联合国代表, 日本|财务大臣)
    "常驻联合国代表",
    "常驻联合国副代表",
    "大臣",
    "国务总理",
];

/// Envoys' titles, written after where they are posted (驻华大使, 驻上海总领事).
const ENVOYS: Words = words![
    "大使", "特命全权大使", "总领事", "副总领事", "领事", "公使", "参赞", "公参", "武官",
    "代表", "首席代表", "副代表", "特使", "临时代办",
];

/// Words that relate an organisation to its owner: what stands before them is not part of
/// its name (马斯克旗下|太空探索技术公司, 集团下属|研究院).
const OWNER_LINKS: Words = words!["旗下", "下属", "所属", "麾下", "属下", "名下"];

const GENERIC_STARTS: Words = words![
    "公司",
    "企业",
    "单位",
    "集团",
    "学校",
    "医院",
    "本",
    "该",
    "各",
    "全",
    "我",
    "其",
    "此",
    "贵",
    "有关",
    "相关",
    "各级",
    "原",
    "前",
    "全国",
    "地方",
    "基层",
    // (the countryside's: 农村|党支部 is any village's branch)
    "农村",
    "国家",
    "政府",
    "部门",
    "领导",
    "工作",
    "主管",
    "上级",
    "下级",
    "电",
    "讯",
    "报道",
    "本报",
    "记者",
    "领导人",
    "经",
    "驻外",
    // (a season's holder: 上届|冠军|瑞典队)
    "上届",
    "本届",
    "历届",
];

/// Words inside an event's name before its head: the season of games (冬季|奥运会) and who
/// meets at a summit (领导人|非|正式|会议, 元首|理事会, 外长|会议).
const EVENT_NAME_WORDS: Words = words![
    // (a briefing held on a schedule: 例行|记者会; one held jointly, or out of schedule:
    // 联合|新闻发布会, 临时|股东大会, 特别|股东大会)
    "例行",
    "联合",
    "临时",
    "特别",
    "冬季",
    "夏季",
    "春季",
    "秋季",
    "领导人",
    "元首",
    "首脑",
    "成员国",
    "外长",
    "部长级",
    "正式",
    "非正式",
    // (and what a fair is for: 供应链|促进|博览会, 投资贸易|洽谈会)
    "促进",
    "洽谈",
    // (safety, a field the dictionary calls an adjective: 四季度|安全|生产|工作会议)
    "安全",
    // (the feast a fair is held at: 正月|古|庙会, 元宵|灯会, 新春|联欢会)
    "正月",
    "元宵",
    "春节",
    "新春",
    "中秋",
    "端午",
    "国庆",
    "元旦",
    "重阳",
];

/// Party and residents' committees that on their own are any such committee (一级党委,
/// 党委批准), not a name; with a name before them they are one (鞍钢集团党委).
/// (and a consortium: 组成联合体 is any, 中国航天保险联合体 one)
/// Words for companies that close a 、 list after 等 ([`Sentence::listed_companies`]).
const COMPANY_WORDS: Words = words![
    "车企", "企业", "公司", "银行", "平台", "品牌", "厂商", "厂家", "券商", "房企", "药企", "险企",
    "航司", "快递公司", "电商", "互联网公司", "科技公司", "手机厂商",
];

const GENERIC_COMMITTEES: Words = words![
    "党委",
    "党委会",
    "党组",
    "党支部",
    "团委",
    "居委会",
    "联合体",
];

/// Head words that name one organisation on their own in news.
const STANDALONE_ORGS: Words = words![
    "市委",
    "县委",
    "省委",
    "区委",
    "地委",
    "国会",
    "议会",
    "内阁",
    "海军",
    "空军",
    "陆军",
    "足协",
    "党中央",
    "国务院",
];

/// Last characters of abbreviations that name an organisation (欧盟, 亚行, 北大, 独联体);
/// other abbreviations (环保, 国企, 港澳) do not.
const ORG_ABBREV_ENDS: &[char] = &[
    '盟', '行', '委', '会', '院', '部', '局', '大', '社', '党', '军', '团', '体', '协', '联', '署',
    '办', '所', '校',
];

/// Verbs of saying after a name: context that a word (刘强) is a name here.
const SAYING: Words = words![
    "表示", "说", "指出", "强调", "认为", "介绍", "称", "透露", "宣布", "说道", "回忆", "告诉",
    "通报", "提醒", "坦言", "直言", "回应", "呼吁",
    // (an analyst's forecast and advice: 首席宏观分析师张|静静|预计)
    "预计", "建议",
];

/// Words between a speaker and the verb of saying ([`Sentence::said_after`]).
const BEFORE_SAYING: Words = words![
    "分析", "进一步", "也", "还", "则", "又", "再次", "接着", "随后", "同时", "曾", "对此",
    "就此", "笑着", "一再", "多次", "反复", "坦率地", "深有感触地",
];

/// Forms of address after a surname alone (程先生, 李老师, 郑某).
/// Words of kin, before a name in apposition (女儿|王|红梅, 老伴|李|建国).
const KIN: Words = words![
    "女儿", "儿子", "妻子", "丈夫", "母亲", "父亲", "老伴", "爱人", "孙子", "孙女", "哥哥",
    "姐姐", "弟弟", "妹妹", "儿媳", "女婿", "外孙", "外孙女", "侄子", "侄女",
];

/// Words that follow a person's name: a form of address, 本人, 一行 (袁|步兵|本人).
const AFTER_NAME: Words = words![
    "先生", "女士", "同志", "本人", "一行", "夫妇", "等人", "夫人", "老人",
];

const ADDRESSES: Words = words![
    "先生", "女士", "小姐", "老师", "某", "大娘", "大爷", "大妈", "师傅", "教授", "老汉",
    "老先生", "老太太", "婆婆", "阿姨", "奶奶", "爷爷", "阿婆", "伯伯",
];

/// Words after a transliterated run that make it the name of a thing (尤伯|杯, 卡西尼|号,
/// 波拉尔|牌, 阿波罗|计划, 伯顿|法, 法拉利|车), not of a person.
const THING_AFTER: Words = words![
    "杯",
    "号",
    "牌",
    "型",
    "计划",
    "卫星",
    "火箭",
    "飞船",
    "车",
    "法",
    "系列",
    "特色",
    "磁谱仪",
    "牌子",
    "品牌",
    "奖",
    "最佳",
    "病",
    "症",
    // (a drug's form: 普拉克索|缓释片, 奥司他韦|胶囊)
    "缓释",
    "胶囊",
    "注射液",
    "注射剂",
    "片剂",
    "口服液",
];

/// Verbs of a clause that no organisation's name holds (中国人民银行|授权|中国外汇交易中心).
const CLAUSE_VERBS: Words = words![
    "设有", "建有", "授权", "委托", "是否", "联系", "拥有", "位于", "宣布", "表示", "认为",
    "透露", "获得", "成为", "作为", "属于", "隶属", "加入", "入驻", "落户", "进驻", "牵头",
    "公布", "通过", "采访", "走访", "前往", "来到", "抵达", "致电", "经", "向", "被", "由",
    "历任", "曾任", "现任", "撤销", "贡献", "设置", "设立", "开设", "组建",
];

/// Words before a transliterated run that make it a place (在杜塞尔多夫, 抵达拉塔基亚).
const PLACE_PREV: Words = words![
    "在", "抵", "抵达", "到达", "赴", "前往", "飞抵", "途经", "来到", "位于", "首都", "城市",
    "港口", "南部", "北部", "东部", "西部", "至", "飞往", "直飞", "首府", "省会",
];

/// Words after a transliterated name that are not part of it.
const HONORIFICS: Words = words![
    "先生", "女士", "夫人", "小姐", "博士", "教授", "总统", "首相", "总理", "主席", "大使", "部长",
    "外长",
];

/// Heads of institutions that common nouns alone can name (国防科技大学, 语文出版社, 光明日报).
const NAMING_HEADS: Words = words![
    "大学",
    "学院",
    "研究院",
    "研究所",
    "研究会",
    "研究中心",
    "科学院",
    "委员会",
    "协会",
    "商会",
    "联合会",
    "联谊会",
    "促进会",
    "基金会",
    "总会",
    "出版社",
    "杂志社",
    "通讯社",
    "日报",
    "晚报",
    "时报",
    "新闻社",
    "电视台",
    "广播电台",
    "报社",
    "出版署",
    "总署",
    "艺术团",
    "歌舞团",
    "剧团",
    "乐团",
    "制片厂",
    "美院",
];

/// The party organ after a party's name (致公党|中央, 共青团|中央): one name with it.
const PARTY_UNITS: Words = words!["中央", "中央委员会", "中常会"];

/// Single-char heads that need no proper noun before them (铁甲网).
const LOOSE_HEADS: Words = words!["网", "站", "台", "报", "社", "厂", "矿", "馆"];

/// One-char heads of departments and bureaus, after a noun (铁路|局, 影视|部, 教导|处,
/// 农村科技|司).
const SINGLE_HEADS: Words = words!["局", "部", "处", "厅", "署", "科", "室", "司"];

/// The last chars of the heads that [`Sentence::is_head`] finds without the list of
/// organisation words: [`SINGLE_HEADS`], the ends of a noun's head and 联, 协.
const HEAD_ENDS: &[char] = &[
    '局', '部', '处', '厅', '署', '科', '室', '司', '委', '办', '院', '社', '所', '队', '厂', '联',
    '协',
];

/// Ends of facility names: buildings, squares, bridges, temples. The People's Daily
/// annotation counts them as places, not organisations.

/// The last chars of [`FACILITIES`] (a test checks).
static FACILITY_ENDS: HanSet = HanSet::of("馆场院城心堂桥园厅厦站区址镇");

/// The last words of facilities, found in the text whatever the cut of the tokens.
const FACILITIES: Words = words![
    "博物馆",
    "美术馆",
    "科技馆",
    "展览馆",
    "纪念馆",
    "体育馆",
    "体育场",
    "球场",
    "剧院",
    "影城",
    "电影院",
    "展览中心",
    "博览中心",
    "会展中心",
    "体育中心",
    "网球中心",
    "航天中心",
    "太空中心",
    "航天城",
    "大会堂",
    "广场",
    "机场",
    "大桥",
    "陵园",
    "公园",
    "动物园",
    "植物园",
    "音乐厅",
    "大厦",
    "火车站",
    "会议中心",
    // (sites, old towns and churches: 大地湾遗址, 羊楼洞古镇, 汉口东正教堂)
    "遗址",
    "古镇",
    "教堂",
    // (the grid's stations: 海阳变电站, 换流站)
    "变电站",
    "换流站",
    "宾馆",
    // (scenic areas: 龙门石窟|景区, 老君山|景区)
    "景区",
    "风景区",
    "风景名胜区",
    "旅游区",
    "度假区",
];

/// Event words that name one event on their own.
const NAMED_EVENTS: Words = words![
    "进博会",
    "世博会",
    "广交会",
    "服贸会",
    "高交会",
    "两会",
    "奥运会",
    "亚运会",
    "冬奥会",
    "残奥会",
    "全运会",
    "亚冬会",
    "大运会",
    "世界杯",
    "春晚",
    "党代会",
    "人代会",
    "中超联赛",
    "中甲联赛",
    "英超联赛",
    "西甲联赛",
    "意甲联赛",
    "德甲联赛",
    "法甲联赛",
    // (the leagues by their short names: 中超, 亚冠)
    "中超",
    "中甲",
    "亚冠",
    "欧冠",
    "英超",
    "西甲",
    "德甲",
    "意甲",
    "法甲",
];

/// Words after a country or a city that make it a time zone or a currency (北京时间, 挪威克朗).
const NOT_PLACE_AFTER: Words = words![
    "时间",
    "克朗",
    "法郎",
    "马克",
    "卢布",
    "比索",
    "里拉",
    "卢比",
    "先令",
    "第纳尔",
    "里亚尔",
    "兰特",
];

/// Words after a place inside one dictionary word: its people, nation, army, side.
const PLACE_WORD_TAILS: Words = words![
    "人", "民族", "籍", "军", "人民", "大陆", "境内", "全境", "华人", "侨民", "公民", "队",
];

/// Last words of an organisation's name written right before a title, where the
/// organisation rules found none (中金公司|分析师, 海港队|主教练, 前海开源基金|首席经济学家,
/// 拜登竞选团队|发言人, 全国大专教师产业工会|理事长).
const ROLE_ORG_HEADS: Words = words![
    "公司",
    "集团",
    "基金",
    "工会",
    "团队",
    "队",
    "科技",
    "银行",
    "证券",
    "协会",
    "学会",
    "研究院",
    "研究所",
    "事务所",
    "委员会",
    "俱乐部",
    "中心",
    "医院",
    "大学",
    "学院",
    "商会",
    "实验室",
    "研究室",
    "报社",
    "电视台",
    "杂志社",
    "出版社",
    "工作室",
    "律所",
    "战队",
];

/// Words before a title that belong to it: a former or acting holder (原|所长, 前|总统,
/// 代|总理), or an honorary one (名誉|院长, 荣誉|会长).
const TITLE_PREFIXES: Words = words!["原", "前", "代", "代理", "名誉", "荣誉"];

/// Parties to a court case, written before the name as a title is (被告人叶某军). Not in
/// the list of titles: as words of the dictionary they would change how sentences are cut.
const CASE_PARTIES: Words = words!["犯罪嫌疑人", "被告人", "原告", "上诉人"];

/// The party to a case written right before byte `at` (被告人|叶某军), as a role.
fn case_party(fold: &str, at: usize) -> Option<RoleHit> {
    let before = fold.get(..at)?;
    if !before.ends_with('人') && !before.ends_with('告') {
        return None;
    }
    let w = CASE_PARTIES.iter().find(|w| before.ends_with(*w))?;
    Some(RoleHit {
        title: at - w.len()..at,
        org: None,
    })
}

/// Whether a title names the ministry it heads (外交部长, 国防部长, 财政部长; not 部长,
/// 副部长, 常务副部长, 代理部长): it takes no organisation of a list written before it.
pub fn names_own_body(title: &str) -> bool {
    title.strip_suffix("部长").is_some_and(|b| {
        let b = b.trim_start_any(&['原', '前']);
        b.chars().nth(1).is_some() && !b.ends_with('副') && !b.is_one_of(words!["代理", "常务"])
    })
}

/// The organisation `org` of the first title of a list, as a later title `t` of the list
/// shares it: a party committee (市委, 县委, 党委) is the body of the party posts only
/// (市委副书记、市长 is the city's mayor, not the committee's); the head of the
/// committee's level has its place (杭州市委副书记、市长 → 杭州市, 中共浙江省委… 省长 →
/// 浙江省), any other title none.
pub fn shared_org(fold: &str, org: &Range<usize>, t: &Range<usize>) -> Option<Range<usize>> {
    let w = fold.get(org.clone())?;
    // (a spokesperson speaks for the ministry, not for its department: 生态环境部宣传教育司
    // 司长、新闻发言人 is 生态环境部's, 国务院新闻办公室新闻局副局长、新闻发言人 国务院新闻办公室's)
    if fold.get(t.clone())?.ends_with("发言人") {
        if let Some(parent) = parent_of_division(w) {
            return Some(org.start..org.start + parent.len());
        }
    }
    let title = fold.get(t.clone())?;
    // (a province's or a city's head holds no post of a body listed before: 省防总总指挥、
    // 副省长 is the province's vice-governor)
    if title.ends_with_any(words!["省长", "市长", "县长", "区长", "州长"])
        && !w.ends_with_any(words!["委", "政府", "省", "市", "县", "区", "州"])
    {
        return None;
    }
    // (a commission is no party committee: 省发展改革委党组书记、主任, 市卫健委…、主任)
    let Some(level) = w.strip_suffix('委').filter(|l| {
        l.ends_with_any(words!["党", "党工", "纪"])
            || l.chars().next_back().is_some_and(|c| "省市县区州镇乡旗盟".contains(c))
    }) else {
        return Some(org.clone());
    };
    if title.ends_with_any(words!["书记", "常委", "委员", "秘书长"]) {
        return Some(org.clone());
    }
    let c = level.chars().last()?;
    let a = org.start + if w.starts_with("中共") { 6 } else { 0 };
    let mut place = a..org.start + level.len();
    // (a county named with its level char has its committee named with the char again:
    // 浚县|县委 is 浚县's)
    if level.chars().rev().nth(1) == Some(c) {
        place.end -= c.len_utf8();
    }
    (title.ends_with('长')
        && title.chars().rev().nth(1) == Some(c)
        && "省市县区州".contains(c)
        && fold[place.clone()].chars().count() >= 2 + usize::from(place.end == org.start + level.len()))
        .then_some(place)
}

/// The body a division's name opens with (生态环境部 of 生态环境部宣传教育司, 国务院新闻办公室
/// of 国务院新闻办公室新闻局): a ministry, an office, a commission or an administration of
/// three chars or more, and a division of two or more after it.
fn parent_of_division(w: &str) -> Option<&str> {
    if !w.ends_with(['司', '局', '处', '室', '厅']) {
        return None;
    }
    w.char_indices().rev().skip(1).map(|(i, _)| &w[..i]).find(|p| {
        p.chars().count() >= 3
            && p.ends_with_any(words!["部", "办公室", "委员会", "总局", "委"])
            && w[p.len()..].chars().count() >= 2
    })
}

/// Titles written in Latin letters (阿里巴巴集团CEO吴泳铭).
const LATIN_TITLES: Words = words!["CEO", "CFO", "CTO", "COO", "CIO", "CMO", "VP", "SVP", "EVP"];

/// Words after a famous name that make it the name of a place or a building (伏羲庙,
/// 约翰逊航天中心, 中山路).
const NAMED_AFTER: Words = words![
    "庙",
    "祠",
    "陵",
    "墓",
    "故居",
    "纪念馆",
    "路",
    "街",
    "大街",
    "广场",
    "号",
    "太空",
    "航天",
    "机场",
    "港",
    "湾",
    "山",
    "岛",
    "县",
    "市",
];

/// Words a person's name makes one dictionary word with (马克思|主义, 邓小平|理论): the
/// name inside is still a person.
/// Trophies named after people, and the names in them in order (a short form names a
/// person by one char: 汤杯 for 汤姆斯杯, the Thomas Cup). The first that ends at a 杯
/// is taken: 汤尤杯 before 尤杯.
const EPONYM_CUPS: &[(&str, &[&str])] = &[
    ("汤姆斯杯", &["汤姆斯"]),
    ("托马斯杯", &["托马斯"]),
    ("尤伯杯", &["尤伯"]),
    ("汤尤杯", &["汤", "尤"]),
    ("汤杯", &["汤"]),
    ("尤杯", &["尤"]),
    ("苏迪曼杯", &["苏迪曼"]),
    ("戴维斯杯", &["戴维斯"]),
    ("斯韦思林杯", &["斯韦思林"]),
    ("考比伦杯", &["考比伦"]),
    ("霍普曼杯", &["霍普曼"]),
    ("斯坦利杯", &["斯坦利"]),
    ("莱德杯", &["莱德"]),
];

/// The people a trophy in the sentence `toks` is named after ([`EPONYM_CUPS`]), as byte
/// ranges of `fold`, at the tokens with a 杯 (only this sentence's text is read).
#[inline(never)]
fn eponyms(fold: &str, toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let start = toks.first().map_or(0, |t| t.start);
    let end = toks.last().map_or(0, |t| t.end);
    // (one search of the sentence: most have no 杯, and a search per token was 2 % of tagging)
    if !fold[start..end].contains('杯') {
        return out;
    }
    for t in toks {
        // (杯 may start a token: 汤|尤|杯赛)
        let Some(i) = fold[t.start..t.end].find('杯') else {
            continue;
        };
        let end = t.start + i + '杯'.len_utf8();
        let before = &fold[start..end];
        let Some((cup, parts)) = EPONYM_CUPS.iter().find(|(cup, _)| before.ends_with(cup)) else {
            continue;
        };
        let mut p = end - cup.len();
        for part in *parts {
            out.push(p..p + part.len());
            p += part.len();
        }
    }
    out
}

const PERSON_COMPOUNDS: Words = words!["主义", "理论", "思想", "政府", "时代", "主义者", "学说"];

/// Bit `last byte % 64` of each word of `list`: a word whose last byte's bit is clear ends
/// with none of them, a test before `strip_suffix` over a list at every token.
const fn last_byte_bits(list: Words) -> u64 {
    let mut bits = 0u64;
    let mut k = 0;
    while let Some((b, next)) = list.word(k) {
        if !b.is_empty() {
            bits |= 1 << (b[b.len() - 1] % 64);
        }
        k = next;
    }
    bits
}

/// Whether `w` may end with a word of the list whose [`last_byte_bits`] are `bits`.
fn may_end_with(w: &str, bits: u64) -> bool {
    w.as_bytes()
        .last()
        .is_some_and(|&b| bits & (1 << (b % 64)) != 0)
}

const PERSON_COMPOUND_ENDS: u64 = last_byte_bits(PERSON_COMPOUNDS);
const ADDRESS_ENDS: u64 = last_byte_bits(ADDRESSES);
const GOVERNMENT_ENDS: u64 = last_byte_bits(words!["政府", "当局"]);
const STANDALONE_ENDS: u64 = last_byte_bits(STANDALONE_ORGS);

/// A filter of the words of a list: one bit of 256 for each word, from its length and its
/// last two bytes ([`gate_bit`]). A word whose bit is clear is none of them: a test before
/// a walk of the list at every token.
#[derive(Clone, Copy)]
struct WordGate([u64; 4]);

/// The bit of `w` in a [`WordGate`]: its length and last two bytes, mixed.
#[inline]
const fn gate_bit(w: &[u8]) -> usize {
    let n = w.len();
    let last = if n > 0 { w[n - 1] as u32 } else { 0 };
    let prev = if n > 1 { w[n - 2] as u32 } else { 0 };
    let key = last | prev << 8 | ((n & 0xFF) as u32) << 16;
    (key.wrapping_mul(0x9E37_79B1) >> 24) as usize
}

/// Whether the gate lets a token of key `key` through.
#[inline(always)]
fn gate_has(gate: WordGate, key: u8) -> bool {
    let b = usize::from(key);
    gate.0[b / 64] & (1 << (b % 64)) != 0
}

const fn word_gate(list: Words) -> WordGate {
    let mut bits = [0u64; 4];
    let mut i = 0;
    while let Some((w, next)) = list.word(i) {
        let k = gate_bit(w);
        bits[k / 64] |= 1 << (k % 64);
        i = next;
    }
    WordGate(bits)
}

/// Whether `w` is a word of `list`, whose [`word_gate`] is `gate`.
#[inline]
fn listed(w: &str, list: Words, gate: WordGate) -> bool {
    let k = gate_bit(w.as_bytes());
    gate.0[k / 64] & (1 << (k % 64)) != 0 && in_list(list, w)
}

/// `list.contains(w)`, one loop for every list (inlined, each became a longer one).
#[inline(never)]
fn in_list(list: Words, w: &str) -> bool {
    list.contains(w)
}

const SAYING_GATE: WordGate = word_gate(SAYING);
const BEFORE_SAYING_GATE: WordGate = word_gate(BEFORE_SAYING);
const AFTER_NAME_GATE: WordGate = word_gate(AFTER_NAME);
const ADDRESS_GATE: WordGate = word_gate(ADDRESSES);
const PLACE_SUFFIX_GATE: WordGate = word_gate(PLACE_SUFFIXES);
const NATURAL_SUFFIX_GATE: WordGate = word_gate(NATURAL_SUFFIXES);
const NOT_PLACE_AFTER_GATE: WordGate = word_gate(NOT_PLACE_AFTER);
const PLACE_WORD_TAIL_ENDS: u64 = last_byte_bits(PLACE_WORD_TAILS);

/// A verb of saying ([`SAYING`]).
fn is_saying(w: &str) -> bool {
    listed(w, SAYING, SAYING_GATE)
}

/// Whether `b` starts with 一…九 or 十 (the chars a congress's number starts with), by
/// their UTF-8 bytes: 一 E4 B8 80, 三 E4 B8 89, 七 E4 B8 83, 九 E4 B9 9D, 二 E4 BA 8C,
/// 五 E4 BA 94, 六 E5 85 AD, 八 E5 85 AB, 十 E5 8D 81, 四 E5 9B 9B.
fn starts_congress_numeral(b: &[u8]) -> bool {
    matches!(
        b,
        [0xE4, 0xB8, 0x80 | 0x83 | 0x89, ..]
            | [0xE4, 0xB9, 0x9D, ..]
            | [0xE4, 0xBA, 0x8C | 0x94, ..]
            | [0xE5, 0x85, 0xAB | 0xAD, ..]
            | [0xE5, 0x8D, 0x81, ..]
            | [0xE5, 0x9B, 0x9B, ..]
    )
}

/// Dots that join the parts of a transliterated name.
fn is_name_dot(s: &str) -> bool {
    s.is_one_of(words!["·", "•", "・", "‧", "᛫", "∙"])
}

struct Sentence<'a> {
    fold: &'a str,
    toks: &'a [Token],
    /// Each token's text, sliced once (the rules ask for it many times per token).
    words: Vec<&'a str>,
    lex: &'a Lexicon,
    in_title: Vec<bool>,
    /// Each token's organisation word, looked up once (the rules ask many times).
    org_w: Vec<Option<OrgWord>>,
    /// Each token's [`gate_bit`], made once (the list tests ask it many times a token).
    keys: Vec<u8>,
    /// Each token's first char ('\0' for an empty one), decoded once (rules that start
    /// with a char test it at every token).
    first: Vec<char>,
}

impl<'a> Sentence<'a> {
    fn s(&self, k: usize) -> &'a str {
        self.words[k]
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn joined(&self, a: usize, b: usize) -> &'a str {
        &self.fold[self.toks[a].start..self.toks[b].end]
    }

    fn adjacent(&self, a: usize) -> bool {
        a + 1 < self.toks.len() && self.toks[a].end == self.toks[a + 1].start
    }

    fn chars(&self, a: usize, b: usize) -> usize {
        self.joined(a, b).chars().count()
    }

    fn org_word(&self, k: usize) -> Option<OrgWord> {
        self.org_w[k]
    }

    /// Whether token `k` is a word of `list`, whose [`word_gate`] is `gate`.
    fn listed(&self, k: usize, list: Words, gate: WordGate) -> bool {
        gate_has(gate, self.keys[k]) && in_list(list, self.s(k))
    }

    /// Whether token `k` is a verb of saying ([`SAYING`]).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn saying(&self, k: usize) -> bool {
        self.listed(k, SAYING, SAYING_GATE)
            // (by the gate of the words, or 地 after: most tokens go no further)
            || ((gate_has(BEFORE_SAYING_GATE, self.keys[k])
                || self.first.get(k + 1) == Some(&'地'))
                && self.said_after(k))
    }

    /// Token `k` is 在 and its clause names an occasion, then a verb of saying (在|接受|记者|
    /// 采访|时|表示, 在|会上|强调, 在|发布会|上|说): what comes before 在 is the speaker.
    fn says_at_occasion(&self, k: usize) -> bool {
        let n = self.toks.len();
        if self.s(k) != "在" || k + 2 >= n {
            return false;
        }
        let mut i = k + 1;
        while i + 1 < n && i <= k + 10 && self.adjacent(i - 1) && self.toks[i].kind != Kind::Punct {
            let w = self.s(i);
            let occasion = w.is_one_of(words!["时", "上", "中", "后", "期间", "会上", "之际"])
                || (w.chars().count() >= 2 && w.ends_any(&['会', '时']) && i > k + 1);
            if occasion && self.adjacent(i) && self.listed(i + 1, SAYING, SAYING_GATE) {
                return true;
            }
            i += 1;
        }
        false
    }

    /// A word between a speaker and the verb of saying, then the verb: an analysis, an
    /// adverb or a manner (李东升|分析|认为, 进一步|指出, 王宏伟|也|表示, 王宏伟|笑着|说,
    /// 刘建国|高兴|地|说).
    #[inline(never)]
    fn said_after(&self, k: usize) -> bool {
        let n = self.toks.len();
        let verb_at = |v: usize| v < n && self.adjacent(v - 1) && self.listed(v, SAYING, SAYING_GATE);
        if self.listed(k, BEFORE_SAYING, BEFORE_SAYING_GATE) {
            return verb_at(k + 1);
        }
        // a manner of two chars and 地 (高兴|地, 激动|地)
        k + 2 < n
            && self.s(k + 1) == "地"
            && verb_at(k + 2)
            && self.adjacent(k)
            && matches!(self.toks[k].pos(), Some(Pos::Adj | Pos::Verb))
            && !self.single_char(k)
    }

    /// 万|人大|会战: a word starting with 人 after a numeral counts people; no congress.
    fn people_counted(&self, k: usize) -> bool {
        k > 0
            && self.adjacent(k - 1)
            && self.s(k).starts_with('人')
            && self.toks[k - 1].pos() == Some(Pos::Numeral)
    }

    /// 村办|企业, 校办|工厂: run by the village or the school, no office.
    fn run_by(&self, k: usize) -> bool {
        self.s(k).ends_with('办')
            && self.adjacent(k)
            && self.toks[k + 1].pos().is_some_and(|p| p.is_nounish())
            && !self.in_title[k + 1]
    }

    /// An event of its own name at token `k` (世界杯, 奥运会), not a generic one (大会).
    fn named_event(&self, k: usize) -> bool {
        matches!(self.toks[k].kind, Kind::Word(Pos::Proper | Pos::Abbrev | Pos::Noun))
            && (self.lex.event_words.contains(self.s(k)) || self.s(k) == "航展")
            && !self.s(k).is_one_of(words!["大会", "会议", "比赛", "活动", "大赛", "赛事"])
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    /// 三局 counting a match's games after anything but its parent: 苦战|三局, not 中铁|三局.
    fn games_counted(&self, k: usize) -> bool {
        self.s(k).len() == 6
            && self.s(k).ends_with('局')
            && self.s(k).starts_with(['一', '二', '三', '四', '五', '两'])
            && !(k > 0
                && self.adjacent(k - 1)
                && !self.single_char(k - 1)
                && !matches!(self.toks[k - 1].pos(), Some(Pos::Verb | Pos::Adj | Pos::VerbNoun | Pos::Function)))
    }

    fn is_head(&self, k: usize) -> bool {
        // (asked at every token: the tests below only say no, and say yes only for a head
        // word of the list or a word of these kinds; the others are told no at once)
        match self.org_w[k] {
            Some(OrgWord::Head) => {}
            Some(_) => return false,
            None => match self.toks[k].kind {
                Kind::Word(Pos::Org) => {}
                // a noun is a head only when it ends in a head char (the last match below;
                // every test before it only says no): most nouns are told no here
                Kind::Word(Pos::Noun | Pos::PersonWord | Pos::Abbrev) => {
                    if !self.s(k).ends_any(HEAD_ENDS) {
                        return false;
                    }
                }
                _ => return false,
            },
        }
        self.is_head_past_kind(k)
    }

    /// [`Sentence::is_head`] for a token past its first test (a head word of the list or a
    /// word of those kinds): that test inlined natively, the rest called.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn is_head_past_kind(&self, k: usize) -> bool {
        if self.in_title[k] {
            return false;
        }
        // 署|长, 局|长 cut apart: the head char and 长 are a title (新闻出版署|署|长); a head
        // char right after a title opens a name (候选人|科|斯塔)
        if self.single_char(k)
            && ((k + 1 < self.toks.len() && self.adjacent(k) && self.s(k + 1) == "长")
                || (k > 0 && self.adjacent(k - 1) && self.in_title[k - 1]))
        {
            return false;
        }
        let t = self.toks[k];
        let s = self.s(k);
        // 学会|了, 学会|如何: "learned", no society (跟着中国师傅|学会|了看图纸)
        if s == "学会"
            && k + 1 < self.toks.len()
            && self.adjacent(k)
            && self.s(k + 1).starts_with_any(words!["了", "如何", "怎么", "怎样", "用", "做", "看", "说"])
        {
            return false;
        }
        // 控股|股东, 控股|权: a controlling holder or stake, no holding company; 协办, 承办:
        // the part a body plays in an event (武汉体育中心发展集团有限公司|协办)
        if (s == "控股"
            && k + 1 < self.toks.len()
            && self.adjacent(k)
            && self.s(k + 1).starts_with_any(words!["股东", "权", "子公司", "地位", "比例"]))
            || s.is_one_of(words!["协办", "承办", "主办", "联办", "合办", "举办", "创办", "开办", "督办", "交办"])
            || (s == "协" && k + 1 < self.toks.len() && self.adjacent(k) && self.s(k + 1) == "办")
            || (s == "办"
                && k > 0
                && self.adjacent(k - 1)
                && self.s(k - 1).is_one_of(words!["协", "承", "主", "联", "合", "举", "督", "交"]))
        {
            return false;
        }
        // 两院, 两会: a count of bodies (国民议会|两院|议长)
        // (两 is E4 B8 A4: a byte pattern costs less than a char one, at every token)
        if matches!(s.as_bytes(), [0xE4, 0xB8, 0xA4, ..]) {
            return false;
        }
        // a degree, not a school: 中央党校|大学|学历, 研究生|学历 (大学, 中专 before 学历)
        if k + 1 < self.toks.len()
            && self.adjacent(k)
            && s.is_one_of(words!["大学", "中专", "大专", "学院"])
            && self.s(k + 1).is_one_of(words!["学历", "文化", "文凭", "本科"])
        {
            return false;
        }
        if k > 0 && self.adjacent(k - 1) {
            if self.people_counted(k) {
                return false;
            }
            // 会 after a body's name is "will" (机管局|会|与业界合作): no association
            // (a head char cut off the word before it too: 政策|局|会|全力配合, 环保|署|会|在)
            if s == "会"
                && (!self.single_char(k - 1) || self.s(k - 1).is_one_of(words!["局", "署", "厅", "司", "处"]))
                && (self.s(k - 1).ends_any(&['局', '部', '委', '厅', '署', '办', '院', '所', '处', '司', '行'])
                    // (or a place's: 琼海市|会|山镇)
                    || (self.toks[k - 1].kind == Kind::Word(Pos::Place)
                        && self.s(k - 1).ends_any(&['市', '县', '省', '区'])))
            {
                return false;
            }
            // a head char that makes a word with the token before it, a word that is no
            // organisation (空间|站, 合资|厂), or after a word of position (前店|后|厂)
            if self.single_char(k)
                && (self.lex.org_words.get(self.joined(k - 1, k)) == Some(&OrgWord::Not)
                    || (self.single_char(k - 1)
                        && self.s(k - 1).is_one_of(words!["后", "前", "里", "内", "外"])))
            {
                return false;
            }
        }
        // 报 before a price is "stood at" (股价|报|收|185元, 金价|报|2300美元): no paper
        if s == "报" && self.adjacent(k) {
            let mut i = k + 1;
            if self.s(i) == "收" && self.adjacent(i) {
                i += 1;
            }
            if matches!(self.toks[i].kind, Kind::Digits) {
                return false;
            }
        }
        match self.org_word(k) {
            // 所剩, 所犯, 所处, 香港会在: 所, 处 and 会 before a verb or a function word are
            // no heads
            Some(OrgWord::Head)
                if s.is_one_of(words!["所", "处", "会"])
                    // (委|会 is a committee whatever follows: 安|委|会|发出)
                    && !(s == "会" && k > 0 && self.s(k - 1) == "委")
                    && k + 1 < self.toks.len()
                    && self.adjacent(k)
                    && matches!(
                        self.toks[k + 1].pos(),
                        Some(Pos::Verb | Pos::Function | Pos::Pronoun | Pos::Adj | Pos::Numeral)
                    )
                    && !self.s(k + 1).is_one_of(words!["的", "和", "与", "及", "在", "是", "于", "将", "也", "已", "还", "都"])
                    // (a department of a noun that speaks is one: 消防|处|表示, 警务|处|通报)
                    && !(s == "处"
                        && self.saying(k + 1)
                        && k > 0
                        && self.adjacent(k - 1)
                        && matches!(self.toks[k - 1].pos(), Some(Pos::Noun | Pos::VerbNoun))
                        && !self.single_char(k - 1)
                        && !self.s(k - 1).ends_any(&['口', '角', '边', '处'])) =>
            {
                return false
            }
            // 蛋白|会|影响: 会 "will" before a verb the dictionary files as a noun, after a
            // noun that is its subject
            Some(OrgWord::Head)
                if s == "会"
                    && k > 0
                    && k + 1 < self.toks.len()
                    && self.adjacent(k)
                    && self.adjacent(k - 1)
                    && self.toks[k + 1].pos() == Some(Pos::VerbNoun)
                    && self.toks[k - 1].pos() == Some(Pos::Noun)
                    && !self.single_char(k - 1) =>
            {
                return false
            }
            // 两所|学校, 一所|中学: a classifier after a numeral
            // 时代|所|处: where something is
            Some(OrgWord::Head)
                if s == "处" && k > 0 && self.adjacent(k - 1) && self.s(k - 1) == "所" =>
            {
                return false
            }
            // 立法院|院|会: a plenary session of the 院, no body of its own; nor is a head
            // char after a word that ends in it (立法院|院)
            Some(OrgWord::Head)
                if k > 0
                    && self.adjacent(k - 1)
                    && ((s == "会" && self.s(k - 1) == "院")
                        || (s.chars().count() == 1 && self.s(k - 1).ends_with(s))) =>
            {
                return false
            }
            // 氧气|管|网, 地震|台|网, 主干|传输|网: a network of pipes or stations, no website
            Some(OrgWord::Head)
                if s == "网"
                    && k > 0
                    && self.adjacent(k - 1)
                    && (self.single_char(k - 1)
                        || matches!(self.toks[k - 1].pos(), Some(Pos::VerbNoun | Pos::Verb))) =>
            {
                return false
            }
            // 碳价|站|上|80元, 指数|站|稳: 站 before 上 or 稳 is the verb, "stand at"; 进出|站,
            // 出|站: a verb of going in or out before 站 goes through a station, no body's
            Some(OrgWord::Head)
                if s == "站"
                    && ((k + 1 < self.toks.len()
                        && self.adjacent(k)
                        && (self.s(k + 1).is_one_of(words!["上", "稳", "回", "上了"]) || self.s(k + 1).starts_with('稳')))
                        || (k > 0
                            && self.adjacent(k - 1)
                            && self.s(k - 1).is_one_of(words!["进出", "进", "出", "到", "抵", "换乘", "过"]))) =>
            {
                return false
            }
            Some(OrgWord::Head)
                if s == "所"
                    && k > 0
                    && self.adjacent(k - 1)
                    && (self.toks[k - 1].pos() == Some(Pos::Numeral)
                        || is_numeral(self.s(k - 1))) =>
            {
                return false
            }
            // 自己办|厂, 村里办|小学, 承办|会员球馆: 办 before a noun is the verb "run", not
            // an office (台办, 市委办 end the name)
            Some(OrgWord::Head)
                if s == "办"
                    && k + 1 < self.toks.len()
                    && self.adjacent(k)
                    && self.toks[k + 1]
                        .pos()
                        .is_some_and(|p| p.is_nounish() || p == Pos::Other)
                    && !self.in_title[k + 1] =>
            {
                return false
            }
            Some(OrgWord::Head) => return true,
            Some(_) => return false,
            None => {}
        }
        match t.kind {
            Kind::Word(Pos::Org) => !self.discipline_or_count(k),
            // 铁路|局, 飞行|部, 教导|处: a one-char head after a noun
            // (司 is a surname to the segmenter)
            Kind::Word(Pos::Noun | Pos::PersonWord)
                if s.len() == 3 && s.is_one_of(SINGLE_HEADS) =>
            {
                k > 0
                    && self.adjacent(k - 1)
                    && matches!(
                        self.toks[k - 1].kind,
                        Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Org)
                    )
                    && self.s(k - 1).chars().count() >= 2
                    && !self.in_title[k - 1]
            }
            // (an abbreviated body after a place: 天津市|妇联, 西藏自治区|科协)
            Kind::Word(Pos::Abbrev) if s.chars().count() >= 2 && s.ends_any(&['联', '协']) => {
                !self.lex.is_title(s)
            }
            Kind::Word(Pos::Noun | Pos::Abbrev) if s.chars().count() >= 2 => {
                s.ends_any(&[
                    '部', '局', '厅', '委', '署', '办', '院', '社', '所', '队', '厂',
                ]) && !self.lex.is_title(s)
                    && !self.run_by(k)
                    && !self.games_counted(k)
            }
            _ => false,
        }
    }

    /// 中国政府 as one word: the country's government, the place and a common noun, as two
    /// tokens are (中国 政府). Returns the byte length of the place.
    #[inline]
    fn government_of(&self, k: usize) -> Option<usize> {
        // (asked at every token: the last byte first, before the call)
        let w = self.s(k);
        if !may_end_with(w, GOVERNMENT_ENDS) {
            return None;
        }
        self.government_in(w)
    }

    /// A division's government written in full (广州市|天河区|人民政府, 宜春|市政府, 北京市人民政府
    /// as one word) is a body: it holds the titles after it (株洲市人民政府|原副市长). A
    /// country's (中国政府) and a bare level's (市政府) are not. Returns the first token of
    /// the name, back over the divisions above; a unit of the government after it names a
    /// chain of its own (安庆市人民政府|办公室).
    fn local_government_at(&self, k: usize) -> Option<usize> {
        let w = self.s(k);
        if !may_end_with(w, GOVERNMENT_ENDS) || self.in_title[k] {
            return None;
        }
        let place = w.strip_suffix("人民政府").or_else(|| w.strip_suffix("政府"))?;
        let j = if self.is_division(place) {
            k
        } else if place.chars().count() <= 1 {
            // (宜春|市政府: the division's short form before its level's government)
            let p = k.checked_sub(1)?;
            if !(self.division_at(p) || (!place.is_empty() && self.placed(p) && self.is_division(&[self.s(p), place].concat()))) {
                return None;
            }
            p
        } else {
            return None;
        };
        // (nor a government that qualifies a noun: 江苏省政府|投资基金, 广东省政府|专项债券)
        if k + 1 < self.toks.len()
            && self.adjacent(k)
            && (self.is_head(k + 1)
                || (matches!(self.toks[k + 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Proper | Pos::Abbrev))
                    && !self.lex.is_title(self.s(k + 1))
                    && !self.s(k + 1).is_one_of(words!["原", "前"])))
        {
            return None;
        }
        Some(self.divisions_before(j))
    }

    /// A province, a city, a county or a district by its full name (安庆市, 天河区).
    fn is_division(&self, p: &str) -> bool {
        p.ends_any(&['省', '市', '县', '区', '州', '旗', '盟'])
            && p.chars().count() >= 2
            && self.lex.places.get(p).is_some_and(|x| {
                matches!(x.level, super::PlaceLevel::Province | super::PlaceLevel::Prefecture | super::PlaceLevel::County)
            })
    }

    /// Token `i` is a place word right before the next token.
    fn placed(&self, i: usize) -> bool {
        self.adjacent(i) && self.toks[i].kind == Kind::Word(Pos::Place) && !self.in_title[i]
    }

    fn division_at(&self, i: usize) -> bool {
        self.placed(i) && self.is_division(self.s(i))
    }

    /// The first of the divisions written right before token `j` (广州市|天河区|…), or `j`.
    fn divisions_before(&self, mut j: usize) -> usize {
        while j > 0 && self.division_at(j - 1) {
            j -= 1;
        }
        j
    }

    #[inline(never)]
    fn government_in(&self, w: &str) -> Option<usize> {
        let place = w.strip_suffix("政府").or_else(|| w.strip_suffix("当局"))?;
        let abbrev = place.chars().count() == 1 && place.chars().all(is_place_abbrev);
        ((self.lex.places.contains_key(place) || abbrev) && !place.is_empty())
            .then_some(place.len())
    }

    /// A lone content char right before token `k` (兴|高采烈, 民|富国强, 恐|龙节): the
    /// segmenter cut a word to make a name; names follow punctuation, titles, verbs and
    /// function words.
    fn broken_word_before(&self, k: usize) -> bool {
        k > 0
            && self.adjacent(k - 1)
            && self.single_char(k - 1)
            && !self.in_title[k - 1]
            && (matches!(self.toks[k - 1].kind, Kind::Word(Pos::Noun | Pos::Adj | Pos::Numeral | Pos::Other | Pos::Place | Pos::Proper | Pos::PersonWord) | Kind::Unknown | Kind::Digits)
                // a one-char verb that takes a person (请, 派, 让, 见) is no part of a word
                || (self.toks[k - 1].kind == Kind::Word(Pos::Verb) && !self.s(k - 1).chars().all(|c| "请派让叫找问给送陪帮见称由使令劝催等听教求选任聘是有被和同跟胜败到打可像如致读即领学访随".contains(c))))
            // the last char of a word for a person (带头人, 部长, 船工, 社员, 村): a name follows
            && !self.s(k - 1).chars().all(|c| "人长家工员主村官师手民生夫士者电小老星姐哥弟妹嫂友匠子农户".contains(c))
            // (nor 商 of a trader after the trade: 水果贸易|商|农秋菊; not 打入|商|战正烈)
            && !(self.s(k - 1) == "商"
                && k >= 2
                && self.adjacent(k - 2)
                && !self.single_char(k - 2)
                && matches!(self.toks[k - 2].kind, Kind::Word(Pos::Noun | Pos::VerbNoun)))
    }

    /// A title right after token `k`, then a person's name: `k` names the body the title is
    /// held at (甬|盛精密|董事长|韦家栋), no person (one is not named twice around a title).
    fn officer_after(&self, k: usize) -> bool {
        let n = self.toks.len();
        let mut e = k + 1;
        while e < n && self.in_title[e] && self.adjacent(e - 1) && e - k <= 3 {
            e += 1;
        }
        e > k + 1
            && e < n
            && self.adjacent(e - 1)
            && (self.toks[e].kind == Kind::Name
                // (or a surname's char and a given name the dictionary holds: 姬|红梅)
                || (self.single_char(e)
                    && e + 1 < n
                    && self.adjacent(e)
                    && self.toks[e + 1].kind == Kind::Word(Pos::PersonWord)
                    && self.lex.surnames.contains_key(self.s(e))))
    }

    /// Token `k` ends a place of 在…中/里/内 (在|巴金|家中, 在|会议室|里): an adverbial of
    /// place, after which comes the clause's verb, not the middle of a name.
    fn locative_before(&self, k: usize) -> bool {
        self.s(k).ends_any(&['中', '里', '内'])
            && (k.saturating_sub(3)..k).rev().any(|i| self.s(i) == "在")
            && !(k.saturating_sub(3)..k).any(|i| self.toks[i].kind == Kind::Punct)
    }

    /// A title or a verb of saying next to token `k`, or `同志`/`先生` after it: the context
    /// that makes a name of a doubtful token.
    fn name_context(&self, k: usize) -> bool {
        let n = self.toks.len();
        (k > 0 && self.adjacent(k - 1) && self.in_title[k - 1])
            || (k + 1 < n
                && self.adjacent(k)
                && (self.in_title[k + 1]
                    || self.saying(k + 1)
                    || self.s(k + 1).is_one_of(words!["同志", "先生", "女士"])))
    }

    /// The first token of an ordinal that ends before token `q`: 第 and numerals (第|二|十),
    /// or a word of them (第二, 第二|十).
    fn ordinal_before(&self, q: usize) -> Option<usize> {
        let mut r = q;
        while r > 0
            && self.adjacent(r - 1)
            && (self.toks[r - 1].kind == Kind::Digits || is_numeral(self.s(r - 1)))
        {
            r -= 1;
        }
        if r < q && r > 0 && self.adjacent(r - 1) && self.s(r - 1) == "第" {
            return Some(r - 1);
        }
        let w = if r > 0 && self.adjacent(r - 1) {
            self.s(r - 1)
        } else {
            ""
        };
        w.strip_prefix('第').is_some_and(is_numeral).then(|| r - 1)
    }

    /// Token `k` starts with a surname that is a measure word right after a number or a
    /// demonstrative (八|段执白, 40|段京韵, 那|张小巧): the char counts, it names no one.
    fn measure_start(&self, k: usize) -> bool {
        k > 0
            && self.adjacent(k - 1)
            && self.s(k).starts_any(&[
                '段', '张', '支', '台', '门', '位', '项', '间', '双', '包', '方', '车', '盘', '只',
                '条', '种', '批', '届', '代', '片',
            ])
            && (self.toks[k - 1].kind == Kind::Digits
                || matches!(self.toks[k - 1].pos(), Some(Pos::Numeral))
                || self.s(k - 1).is_one_of(words!["这", "那", "哪", "每", "某", "几", "各"])
                // a name that took the number (郑弘九|段执白: 九段 is a rank)
                || (self.toks[k - 1].kind == Kind::Name && self.s(k - 1).ends_any(&['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两'])))
    }

    /// A county's name that opens with a surname and one given char after it, before a
    /// verb of saying or a word for a person (于洪|涛|同志, 于洪|涛|表示): a name.
    fn county_and_given(&self, k: usize, e: usize) -> bool {
        let first = self.s(k);
        e == k + 2
            && self.toks[k].kind == Kind::Word(Pos::Place)
            && first.chars().count() == 2
            && self.single_char(k + 1)
            && matches!(self.toks[k + 1].kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord))
            && !"县市区镇乡村州旗盟".contains(self.s(k + 1))
            && first
                .chars()
                .next()
                .is_some_and(|c| self.lex.surnames.contains_key(&first[..c.len_utf8()]))
            && self.lex.places.get(first).is_some_and(|p| p.level == super::PlaceLevel::County)
    }

    /// A ministry or a bureau written as one word (教育部, 人事部, 测绘局): a noun of three
    /// or more chars on a one-char head, not after a word that makes it generic (这个部).
    fn ministry_word(&self, k: usize) -> bool {
        let w = self.s(k);
        self.toks[k].kind == Kind::Word(Pos::Noun)
            && w.chars().count() >= 3
            && w.ends_any(&['部', '局', '署', '厅'])
            // (a club, 俱乐部, is no ministry: alone it is any club)
            && !w.ends_with("俱乐部")
            && !self.lex.is_title(w)
            && !(k > 0
                && self.adjacent(k - 1)
                && matches!(self.toks[k - 1].pos(), Some(Pos::Pronoun | Pos::Numeral)))
    }

    /// 美军, 日军, 中方: a country's one-char abbreviation and its army or side, a place
    /// in the People's Daily convention rather than an organisation's name.
    fn place_and_army(&self, k: usize) -> bool {
        let mut cs = self.s(k).chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('军' | '方'), None) if is_place_abbrev(a))
    }

    /// Words jieba files as organisations that name a field of study (天文学, 社会科学) or a
    /// count of things (四大, 五大): no organisation on their own.
    fn discipline_or_count(&self, k: usize) -> bool {
        let w = self.s(k);
        ((w.ends_with('学') || w.ends_with("科学")) && !w.ends_with_any(words!["大学", "中学", "小学"]))
            || w.chars().next().is_some_and(|c| {
                matches!(
                    c,
                    '一' | '二'
                        | '三'
                        | '四'
                        | '五'
                        | '六'
                        | '七'
                        | '八'
                        | '九'
                        | '十'
                        | '两'
                        | '几'
                )
            })
    }

    /// A company group named by a common noun of two chars (蚂蚁|集团, 红豆|集团, 海螺|集团),
    /// not by a kind of group (利益|集团, 犯罪|集团, 政治|集团).
    #[inline(never)]
    fn brand_noun_group(&self, j: usize, k: usize) -> bool {
        j + 1 == k
            && self.s(k) == "集团"
            && self.adjacent(j)
            && self.toks[j].kind == Kind::Word(Pos::Noun)
            && self.chars(j, j) == 2
            && !self.s(j).is_one_of(GENERIC_STARTS)
            && self.org_word(j) != Some(OrgWord::Industry)
            && !self.s(j).is_one_of(words![
                "报业", "传媒", "出版", "能源", "电力", "钢铁", "医药", "汽车", "利益", "政治",
                "军事", "统治", "产业", "商业", "金融", "资本", "犯罪", "恐怖", "黑帮", "团伙",
                "跨国", "国际", "民族", "阶级", "势力", "集团", "财团", "家族", "领导", "权贵",
                "官僚", "毒枭", "战略", "核心",
            ])
    }

    /// A person's or a family's name right before a company head (休斯|公司, 贝尔|公司,
    /// 福特|汽车公司): the company is named after them.
    fn named_after_person(&self, p: usize, head: usize) -> bool {
        self.toks[p].kind == Kind::Word(Pos::PersonWord)
            && !self.single_char(p)
            // (not a title the dictionary files as a name: 一家|顾问|公司)
            && !self.lex.is_title(self.s(p))
            && self.s(head).is_one_of(words![
                "公司",
                "集团",
                "集团公司",
                "有限公司",
                "股份有限公司",
                "银行",
                "基金会",
                "汽车公司",
            ])
    }

    /// Tokens k..e spelled as a name the segmenter cut across words: a surname and one or
    /// two more chars, or two to five transliteration chars; single chars, places, names
    /// and a dynasty inside (许|银川, 宋朝|弟), no common word of two chars (商量|过,
    /// 满意|地, 周二|晚); as one word only a three-char noun that starts with a surname (a
    /// name jieba files as a noun: 严义埙), not a common word (高度).
    fn cut_name(&self, k: usize, e: usize, org_tok: &[bool]) -> bool {
        self.cut_name_floor(k, e, org_tok, NOUN_NAME_FLOOR)
    }

    /// [`Self::cut_name`] with the name model's floor for a given name that is a word
    /// (lower where the context says a person: a title before, a verb of saying after).
    fn cut_name_floor(&self, k: usize, e: usize, org_tok: &[bool], floor: f32) -> bool {
        let lex = self.lex;
        if e <= k || e > self.toks.len() {
            return false;
        }
        let w = self.joined(k, e - 1);
        let len = w.chars().count();
        let first = self.s(k);
        let c0 = first.chars().next().unwrap_or(' ');
        let sur = lex.surnames.contains_key(&first[..c0.len_utf8()])
            || first
                .char_indices()
                .nth(2)
                .is_some_and(|(i, _)| lex.surnames.contains_key(&first[..i]));
        let size_ok = if w.chars().all(is_translit) {
            (2..=5).contains(&len)
        } else {
            sur && (2..=3).contains(&len)
        };
        if !size_ok
            || w.is_one_of(NOT_NAMES)
            || lex.places.contains_key(w)
            || self.s(e - 1).is_one_of(ADDRESSES)
            || self.s(e - 1) == "老"
        {
            return false;
        }
        // not a place and a title's prefix (韩国|代|总理, 印度|前|总理), a building (白宫), a
        // verb at the end (高|帽|是); a place may start a long transliteration (奥兰|迪|斯)
        let last = self.s(e - 1);
        // (but a county's name and one more char, between a title and a verb of saying, an
        // adverbial or the end of the clause, is a name: 发言人|林西|强|介绍, 局长|林西|强|说,
        // 市长|林西|强|在|发布会上…, 市长|林西|强|日前…)
        let county_name = len == 3
            && e == k + 2
            && k > 0
            && self.in_title[k - 1]
            && self.adjacent(k - 1)
            && self.adjacent(k)
            && self.single_char(k + 1)
            && !"县市区镇乡村州旗盟".contains(last)
            && (e == self.toks.len()
                || self.toks[e].kind == Kind::Punct
                || self.saying(e)
                || self.s(e).is_one_of(words!["在", "于", "日前", "近日", "今天", "昨天", "表示"]))
            && lex.places.get(first).is_some_and(|p| p.level == super::PlaceLevel::County);
        // (but right after a title, a surname's place word and one name char is a name:
        // 院长|韩国|瑜, 立委|江西|平)
        let place_sur = k > 0
            && self.in_title[k - 1]
            && e == k + 2
            && len == 3
            && sur
            && matches!(self.toks[e - 1].kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord));
        if (self.toks[k].pos() == Some(Pos::Place)
            && !self.single_char(k)
            && !county_name
            && !place_sur
            && !(e > k + 1 && len >= 4 && w.chars().all(is_translit)))
            || last.is_one_of(words!["前", "代", "原", "副", "新", "老", "是", "有", "在"])
            || w.ends_any(&['宫', '寺', '庙', '馆', '桥', '塔'])
        {
            return false;
        }
        for i in k..e {
            let t = &self.toks[i];
            let piece = self.s(i);
            if t.kind == Kind::Punct
                || self.in_title[i]
                || org_tok[i]
                || (i > k && matches!(t.pos(), Some(Pos::Function | Pos::Pronoun)))
                || is_saying(piece)
            {
                return false;
            }
            if !matches!(t.kind, Kind::Word(_) | Kind::Unknown | Kind::Name) {
                return false;
            }
            // (于 is a surname as often as a preposition; 和, 都 are rarely names)
            // (nor 曾 "once" or 何 "what" after a title: 主任|曾|君|介绍 is Zeng Jun,
            // 秘书长|何|平 He Ping)
            let surname_after_title =
                piece.is_one_of(words!["曾", "何"]) && k > 0 && self.in_title[k - 1];
            if i == k
                && matches!(t.pos(), Some(Pos::Function | Pos::Pronoun))
                && piece != "于"
                && !surname_after_title
            {
                return false;
            }
            let name_piece = matches!(t.kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::Place | Pos::PersonWord | Pos::Proper))
                || (t.pos() == Some(Pos::Time) && piece.ends_with('朝'))
                // a given name that is also a word (江|宏伟, 王|建国, 李|海燕): the name model
                // rates the three chars as a name
                || (e == k + 2 && i == k + 1 && self.single_char(k) && piece.chars().count() == 2 && name_like(lex, w, floor))
                // (or a noun of a surname and a given name's first char, right after a title:
                // 书记|王家|富|说, 馆员|苏宁|远|介绍)
                || (e == k + 2
                    && i == k
                    && k > 0
                    && self.in_title[k - 1]
                    && piece.chars().count() == 2
                    && self.single_char(k + 1)
                    && matches!(self.toks[k + 1].kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord | Pos::Adj))
                    && name_like(lex, w, floor))
                // (a rare word: not a common noun that starts with a surname, 毕业生|代表)
                // (nor a field of study: 管理学|博士)
                // (nor a body's head word: 车管所|民警)
                || (e == k + 1 && t.pos() == Some(Pos::Noun) && len == 3 && sur && !lex.is_title(piece) && !common_word(lex, piece) && !piece.ends_with('学') && self.org_word(i).is_none());
            if !self.single_char(i) && !name_piece {
                return false;
            }
        }
        // one word of the dictionary: only a noun as above, or a name word
        // (or a proper noun of a surname and one char right after a title: 副市长|华源)
        e > k + 1
            || matches!(
                self.toks[k].kind,
                Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord)
            )
            || (self.toks[k].pos() == Some(Pos::Noun) && len == 3)
            || (self.toks[k].pos() == Some(Pos::Proper)
                && len == 2
                && k > 0
                && self.in_title[k - 1]
                && self.adjacent(k - 1))
    }

    /// Tokens k..e, an item of a list of names next to a person in it, bounded by
    /// punctuation: a cut name ([`Self::cut_name`]), or a lone surname and one or two chars
    /// whatever the segmenter made of them (钮|小|明, 沈|求|我, 张|之|路); no place, title
    /// or organisation.
    fn list_item_name(&self, k: usize, e: usize, org_tok: &[bool]) -> bool {
        let w = self.joined(k, e - 1);
        // (not a village or a county: 龙泉乡)
        if w.ends_any(&['乡', '镇', '村', '县', '区', '市', '省', '州']) {
            return false;
        }
        if self.cut_name(k, e, org_tok) {
            return true;
        }
        let lex = self.lex;
        // one word of three or more transliteration chars (罗伯特、威尔逊: jieba files 威尔逊
        // as a noun), no place
        if e == k + 1
            && w.chars().count() >= 3
            && w.chars().all(is_translit)
            && matches!(
                self.toks[k].kind,
                Kind::Word(Pos::Noun | Pos::PersonWord | Pos::Proper | Pos::Other) | Kind::Unknown
            )
            && !lex.places.contains_key(w)
            && !org_tok[k]
        {
            return true;
        }
        let len = w.chars().count();
        if !(2..=3).contains(&len) || !self.single_char(k) || !w.chars().all(crate::text::is_han) {
            return false;
        }
        if !lex.surnames.contains_key(self.s(k))
            || w.is_one_of(NOT_NAMES)
            || lex.places.contains_key(w)
            || lex.is_title(w)
        {
            return false;
        }
        // (not 等 or 的 at the end)
        if e - 1 > k && self.toks[e - 1].pos() == Some(Pos::Function) {
            return false;
        }
        (k..e).all(|i| {
            !self.in_title[i]
                && !org_tok[i]
                && matches!(
                    self.toks[i].kind,
                    Kind::Word(_) | Kind::Unknown | Kind::Name
                )
                && self.toks[i].pos() != Some(Pos::Place)
        })
    }

    /// Tokens j..=k end in 网 and stand in a list of such items (人情网、金钱网、权力网和家族网).
    fn list_of_nets(&self, j: usize, k: usize) -> bool {
        let mark = |i: usize| self.s(i).is_one_of(words!["、", "和", "与", "及"]);
        (j >= 2 && mark(j - 1) && self.s(j - 2) == "网")
            || (k + 2 < self.toks.len()
                && mark(k + 1)
                && (k + 2..self.toks.len().min(k + 5)).any(|i| self.s(i) == "网"))
    }

    fn single_char(&self, k: usize) -> bool {
        // (by the first byte's length: the rules ask this of every token many times)
        let t = &self.toks[k];
        let b = self.fold.as_bytes();
        let first = match b.get(t.start) {
            Some(&c) if c < 0x80 => 1,
            Some(&c) if c >= 0xF0 => 4,
            Some(&c) if c >= 0xE0 => 3,
            Some(_) => 2,
            None => return false,
        };
        t.end - t.start == first
    }

    /// The start of a run of two to four single content chars right before token `k`, after
    /// a boundary (punctuation, a word of two or more chars, a function word): a name the
    /// segmenter does not know, cut into chars (恒|源|祥|公司, 霓|虹|灯|厂, 新|京|报).
    fn char_run_before(&self, k: usize) -> Option<usize> {
        let loose = |i: usize| {
            self.single_char(i)
                && !self.in_title[i]
                && (matches!(
                    self.toks[i].kind,
                    Kind::Word(
                        Pos::Noun
                            | Pos::VerbNoun
                            | Pos::PersonWord
                            | Pos::Place
                            | Pos::Adj
                            | Pos::Other
                            | Pos::Proper
                    ) | Kind::Unknown
                )
                    // (and a transliteration char the segmenter took for a measure:
                    // 欧|米|茄|公司)
                    || (self.toks[i].kind == Kind::Word(Pos::Numeral)
                        && self.s(i).chars().all(|c| is_translit(c) && c != '万')))
                && !self.admin_level(i)
                // (not a particle or a word of position: 钳制|着|学校, 前|店|后|厂)
                && !self.s(i).is_one_of(words!["着", "了", "过", "前", "后", "上", "下", "里", "内", "外"])
        };
        let mut r = k;
        while r > 0 && k - r < 4 && self.adjacent(r - 1) && loose(r - 1) {
            r -= 1;
        }
        let bounded = r == 0
            || !self.adjacent(r - 1)
            || self.toks[r - 1].kind == Kind::Punct
            || (!self.single_char(r - 1) && matches!(self.toks[r - 1].kind, Kind::Word(_)))
            || matches!(self.toks[r - 1].pos(), Some(Pos::Function | Pos::Pronoun));
        (k - r >= 2 && bounded).then_some(r)
    }

    /// Token `j - 1` is the first char of a name that starts at `j` cut into single chars: a
    /// char the dictionary files as a time or an adjective (秋, 贵) or one of the adverbs
    /// that open names (极, 莫), no determiner, right after a word that ends a phrase (a
    /// verb or a noun of two chars or more, punctuation, 的, the text's start), with `j` a
    /// single char that is no level of administration.
    fn first_char_cut_off(&self, j: usize) -> bool {
        j > 0
            && self.adjacent(j - 1)
            && self.single_char(j - 1)
            && self.single_char(j)
            && !self.in_title[j - 1]
            && !self.admin_level(j)
            && (matches!(self.toks[j - 1].kind, Kind::Word(Pos::Time | Pos::Adj))
                // (of the function words only adverbs that open names: 极, 莫)
                || (self.toks[j - 1].kind == Kind::Word(Pos::Function) && "极莫".contains(self.s(j - 1))))
            && !"各该本全每此这那其某贵原新前旧老大小多少高低长短好坏上下内外中后今昨明去近远早晚初末".contains(self.s(j - 1))
            && (j == 1
                || !self.adjacent(j - 2)
                || self.toks[j - 2].kind == Kind::Punct
                || self.s(j - 2) == "的"
                || (!self.single_char(j - 2)
                    && !self.in_title[j - 2]
                    && matches!(self.toks[j - 2].kind, Kind::Word(Pos::Verb | Pos::Noun | Pos::VerbNoun))))
    }

    /// A hospital named by its university's short name and its number (浙大|一|院, 湘|雅|二|
    /// 院), with the unit the walk took after it (浙大一院手术中心).
    #[inline(never)]
    fn numbered_hospitals(&self, out: &mut Vec<Range<usize>>) {
        for k in 2..self.toks.len() {
            if self.s(k) != "院" || !self.adjacent(k - 1) || !self.adjacent(k - 2) {
                continue;
            }
            if !(self.single_char(k - 1) && "一二三四五六七八九".contains(self.s(k - 1))) {
                continue;
            }
            let part = |i: usize| {
                !self.in_title[i]
                    && matches!(
                        self.toks[i].kind,
                        Kind::Name | Kind::Unknown | Kind::Word(Pos::Noun | Pos::Org | Pos::Abbrev | Pos::Place)
                    )
            };
            let a = if self.chars(k - 2, k - 2) == 2 && part(k - 2) {
                k - 2
            } else if k > 2
                && self.single_char(k - 2)
                && self.single_char(k - 3)
                && self.adjacent(k - 3)
                && part(k - 2)
                && part(k - 3)
            {
                k - 3
            } else {
                continue;
            };
            let end = out.iter().filter(|r| r.start == k).map(|r| r.end).max().unwrap_or(k + 1);
            out.retain(|r| r.end <= a || r.start > k);
            out.push(a..end);
        }
    }

    /// A body of common words named with its short form in brackets right after it, which
    /// ends as the name does (陆路交通管理局（陆交局）, 公共交通理事会（公交理事会）): a
    /// name, though no place or name starts it.
    #[inline(never)]
    fn named_with_short_form(&self, out: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        for p in 1..n {
            // (the first char first: one compare at every token)
            if self.first[p] != '（' || self.s(p) != "（" || !self.adjacent(p - 1) {
                continue;
            }
            let Some(q) = (p + 2..n.min(p + 7)).find(|&q| self.s(q) == "）") else {
                continue;
            };
            let h = p - 1;
            let short = &self.fold[self.toks[p + 1].start..self.toks[q - 1].end];
            let last = self.s(h).chars().next_back();
            if !self.is_head(h)
                || self.in_title[h]
                || short.chars().next_back() != last
                || !short.chars().all(crate::text::is_han)
                || !(2..=5).contains(&short.chars().count())
                || out.iter().any(|r| r.start <= h && h < r.end)
            {
                continue;
            }
            let mut j = h;
            while j > 0
                && h - j < 6
                && self.adjacent(j - 1)
                && !self.in_title[j - 1]
                && matches!(
                    self.toks[j - 1].kind,
                    Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Place | Pos::Org | Pos::Abbrev | Pos::Proper)
                )
            {
                j -= 1;
            }
            if j < h {
                out.push(j..h + 1);
            }
        }
    }

    /// The first token of a foreign name spelled in transliteration chars right before a
    /// club's or a company's head, whatever the segmenter made of it (布拉|加|俱乐部): two to
    /// eight chars, single ones or name words, after a boundary.
    #[inline(never)]
    fn translit_run_before(&self, k: usize) -> Option<usize> {
        let school = self.s(k).is_one_of(words!["大学", "学院"]);
        if !school && !self.s(k).is_one_of(words!["俱乐部", "足球俱乐部", "队", "公司", "集团"]) {
            return None;
        }
        // (a university's kind between: 阿|拜|国立|师范|大学)
        let mut k = k;
        while school
            && k > 0
            && self.adjacent(k - 1)
            && self.s(k - 1).is_one_of(words!["国立", "州立", "师范", "理工", "联邦", "科技", "医科", "农业"])
        {
            k -= 1;
        }
        let mut r = k;
        let mut chars = 0;
        while r > 0
            && self.adjacent(r - 1)
            && !self.in_title[r - 1]
            && (self.single_char(r - 1)
                || matches!(self.toks[r - 1].kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord)))
            && self.s(r - 1).chars().all(is_translit)
            && chars < 8
        {
            chars += self.s(r - 1).chars().count();
            r -= 1;
        }
        let bounded = r == 0
            || !self.adjacent(r - 1)
            || self.toks[r - 1].kind == Kind::Punct
            || matches!(self.toks[r - 1].pos(), Some(Pos::Function | Pos::Pronoun | Pos::Verb))
            // (its country before it: 埃及|艾|因|夏姆斯|大学)
            || (school && self.toks[r - 1].kind == Kind::Word(Pos::Place));
        (r + 1 < k && (2..=8).contains(&chars) && bounded).then_some(r)
    }

    /// Whether a title starts at token `i`, right after the token before it, or after the
    /// field an analyst covers (汽车|行业|首席分析师, 行业|分析师).
    fn title_after_field(&self, i: usize) -> bool {
        let n = self.toks.len();
        let at = |t: usize| t < n && self.in_title[t] && self.adjacent(t - 1);
        i < n
            && self.adjacent(i - 1)
            && (at(i)
                || (self.s(i) == "行业" && at(i + 1))
                || (i + 1 < n
                    && self.s(i + 1) == "行业"
                    && self.adjacent(i)
                    && !self.in_title[i]
                    && self.toks[i].pos() == Some(Pos::Noun)
                    && at(i + 2)))
    }

    /// The first of two or three single chars right before token `e` that spell a trade
    /// name the segmenter cut apart (日|兴|证券, 森|隆|药业, 三|毛|集团): no function
    /// word, pronoun, classifier or size word among them (一|家|证券公司, 中|小|银行), a
    /// numeral only first, and a word boundary before them.
    /// Two to four chars of content, a single char among them, opening a clause before the
    /// head at `k` and a title after it: a name, whatever the dictionary makes of its chars
    /// (淘|天|集团|总裁, 塞|罕|坝|林场|场长, 八步|沙|林场|副场长). Gives its first token.
    #[inline(never)]
    fn opens_titled_brand(&self, k: usize) -> Option<usize> {
        if k + 1 >= self.toks.len() || !self.in_title[k + 1] || !self.adjacent(k) || self.single_char(k) {
            return None;
        }
        let mut r = k;
        while r > 0
            && self.adjacent(r - 1)
            && !self.in_title[r - 1]
            && self.chars(r - 1, k - 1) <= 4
            && !matches!(self.toks[r - 1].kind, Kind::Punct | Kind::Digits | Kind::Latin | Kind::Word(Pos::Function | Pos::Pronoun | Pos::Time))
        {
            r -= 1;
        }
        (k - r >= 2
            && (r == 0 || !self.adjacent(r - 1) || self.toks[r - 1].kind == Kind::Punct)
            && (r..k).any(|i| self.single_char(i))
            && self.toks[r].pos() != Some(Pos::Numeral)
            && !(r..k).any(|i| self.is_head(i)))
        .then_some(r)
    }

    /// A party named by words of two or more chars before 党 (劳工|党, 巴西|民主|运动|党,
    /// 联盟|巴西|党), with one of its people or a title after it: its first token.
    #[inline(never)]
    fn party_before(&self, k: usize) -> Option<usize> {
        let n = self.toks.len();
        if self.s(k) != "党"
            || k == 0
            || k + 1 >= n
            || !self.adjacent(k)
            || !(self.in_title[k + 1] || self.s(k + 1).is_one_of(words!["候选人", "领袖", "成员", "党首", "议员"]))
        {
            return None;
        }
        let mut j = k;
        while j > 0
            && k - j < 3
            && self.adjacent(j - 1)
            && !self.single_char(j - 1)
            && !self.in_title[j - 1]
            && matches!(self.toks[j - 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Place | Pos::Abbrev))
        {
            j -= 1;
        }
        (j < k).then_some(j)
    }

    fn brand_run(&self, e: usize) -> Option<usize> {
        let ok = |i: usize| {
            self.single_char(i)
                && !self.in_title[i]
                && matches!(self.toks[i].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Time | Pos::Place))
                && !self.admin_level(i)
                && !self.s(i).chars().all(|c| "家个所些多几大中小外内新老全各该本每其这那有无是在被把将对向从为于和与及或的了着过上下前后里".contains(c))
        };
        let mut r = e;
        while r > 0 && e - r < 3 && self.adjacent(r - 1) && ok(r - 1) {
            r -= 1;
        }
        // (a numeral starts the name only: 三|毛, not 三|家 or 第|一)
        if (r + 1..e).any(|i| self.toks[i].pos() == Some(Pos::Numeral)) || e - r < 2 {
            return None;
        }
        let bounded = r == 0
            || !self.adjacent(r - 1)
            || self.toks[r - 1].kind == Kind::Punct
            || (!self.single_char(r - 1)
                && matches!(self.toks[r - 1].kind, Kind::Word(p) if p != Pos::Numeral))
            || matches!(self.toks[r - 1].pos(), Some(Pos::Function | Pos::Pronoun));
        bounded.then_some(r)
    }

    /// A two-char short form of a county, and of no city, right after a lone content char
    /// (设区|市中, 跑上|天台, 又一|大厂, 六|盘山): the end of a word the segmenter cut
    /// apart, no place.
    fn broken_county(&self, k: usize) -> bool {
        k > 0
            && self.adjacent(k - 1)
            && self.single_char(k - 1)
            && !self.in_title[k - 1]
            && matches!(
                self.toks[k - 1].kind,
                Kind::Word(Pos::Noun | Pos::Other | Pos::Numeral) | Kind::Unknown
            )
            // (not a level of division, nor a word of going to: 调|往|塔县, nor a date's
            // unit: 2008年|汶川)
            && !self.s(k - 1).is_one_of(words!["省", "市", "县", "州", "国", "往", "至", "赴", "抵", "到", "年", "月", "日"])
            && self.s(k).len() == 6
            && self.lex.places.get(self.s(k)).is_some_and(|p| {
                p.full.is_some() && matches!(p.level, super::PlaceLevel::County)
            })
            // (not a city's name as well, after a word of direction: 三下|荆州, 赶往|长沙)
            && !self.lex.places.contains_key(&[self.s(k), "市"].concat())
    }

    /// Token `k` is a compass point of a wind's direction (西南|风, 西北|西风, 东北|东|风):
    /// the region's name is no place there.
    #[inline(never)]
    fn compass_point(&self, k: usize) -> bool {
        k + 1 < self.toks.len()
            && self.adjacent(k)
            && self.s(k).is_one_of(words!["东北", "西北", "东南", "西南"])
            && {
                let mut cs = self.s(k + 1).chars();
                match cs.next() {
                    Some('风') => cs.next().is_none(),
                    Some(c) => {
                        "东西南北".contains(c)
                            && matches!((cs.next(), cs.next()), (None, _) | (Some('风'), None))
                    }
                    None => false,
                }
            }
    }

    /// Token `k`, a place of three chars or more after a lone char, reads as two words
    /// when its first char ends a place or a word with that char and the rest is a
    /// common word (台|東山區 → 台東|山區, 以|东山区 → 以东|山区): no place. `Some(len)`
    /// of the first char when the two chars read across the cut are a place (台東), or
    /// `Some(0)`.
    #[inline(never)]
    fn recut_place(&self, k: usize) -> Option<usize> {
        let w = self.s(k);
        if k == 0
            || self.toks[k].kind != Kind::Word(Pos::Place)
            || !self.adjacent(k - 1)
            || !self.single_char(k - 1)
            || w.chars().count() < 3
        {
            return None;
        }
        let c = w.chars().next()?;
        if !common_word(self.lex, &w[c.len_utf8()..]) {
            return None;
        }
        let mut head = String::with_capacity(8);
        head.push_str(self.s(k - 1));
        head.push(c);
        if self.lex.places.contains_key(&head) {
            Some(c.len_utf8())
        } else {
            common_word(self.lex, &head).then_some(0)
        }
    }

    /// Token `i` is a word of two or more chars the dictionary files as a person's name
    /// that is mostly an ordinary word (扬子, 文明), right before the head at `h`: the
    /// organisation's name (扬子|晚报, 扬子|晚报|网).
    fn word_name_before_head(&self, i: usize, h: usize) -> bool {
        h < self.toks.len()
            && self.toks[i].kind == Kind::Word(Pos::PersonWord)
            && !self.single_char(i)
            && !self.in_title[i]
            && self.adjacent(i)
            && self.is_head(h)
            && !self.single_char(h)
    }

    /// Token `i` is a foreign name of three or more transliteration chars the dictionary
    /// files as a person's (约翰逊|太空|中心): it names the organisation or the place after it.
    fn foreign_name(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Word(Pos::PersonWord)
            && !self.in_title[i]
            && self.s(i).chars().count() >= 3
            && self.s(i).chars().all(is_translit)
    }

    /// A trophy right after the organisation at token `k` (足协|杯): an ordinal before it
    /// (第四届|足协|杯) counts the cup, no part of the organisation's name.
    fn cup_after(&self, k: usize) -> bool {
        self.adjacent(k) && self.s(k + 1).starts_with('杯')
    }

    /// Token `k` ends an organisation's name before it or after it: a verb the dictionary
    /// files as a noun (莱比锡国际博览中心|地处|东西方贸易中心, 任命|…, 蔚山|参观|现代汽车厂), or a name the
    /// segmenter read with the 为 of an appointment (任命|周敏为|市卫生健康委员会主任).
    fn ends_name(&self, k: usize) -> bool {
        let w = self.s(k);
        w.is_one_of(words!["地处", "位于", "任命", "参观"])
            || (self.toks[k].kind == Kind::Name
                && w.ends_with('为')
                && k > 0
                && self.s(k - 1).is_one_of(APPOINT))
    }

    /// A two-char token followed by three or more lone content chars (实践|中建|功|立|业):
    /// the segmenter cut an idiom it does not know to make the word, no name.
    fn broken_word_after(&self, k: usize) -> bool {
        if self.s(k).chars().count() != 2 {
            return false;
        }
        let mut i = k;
        while i + 1 < self.toks.len()
            && i - k < 3
            && self.adjacent(i)
            && self.single_char(i + 1)
            && matches!(
                self.toks[i + 1].pos(),
                Some(Pos::Noun | Pos::Verb | Pos::Adj | Pos::VerbNoun)
            )
        {
            i += 1;
        }
        i - k == 3
    }

    /// A head at token `h` right before the name at `j..=k` that is not part of it: the
    /// same head word, in apposition (第四大|银行|美洲银行: the bank, 美洲银行), or a lone
    /// char before a body's own word (是|报|国务院|批准: 报 "submit to").
    fn head_apart(&self, h: usize, j: usize, k: usize) -> bool {
        (self.s(h) == self.s(k) && self.is_head(h))
            || (j == k
                && self.single_char(h)
                && self.s(h).is_one_of(LOOSE_HEADS)
                && self.toks[k].kind == Kind::Word(Pos::Org)
                && !self.single_char(k))
    }

    /// 甲|Ｂ, 乙|A: a league's letter after 甲 or 乙 (甲Ｂ俱乐部, 甲A球队), no club's name.
    fn league(&self, k: usize) -> bool {
        self.toks[k].kind == Kind::Latin
            && self.s(k).is_one_of(words!["A", "B", "Ａ", "Ｂ"])
            && k > 0
            && self.adjacent(k - 1)
            && self.s(k - 1).is_one_of(words!["甲", "乙"])
    }

    fn is_mod(&self, k: usize) -> bool {
        if self.in_title[k] || self.org_word(k) == Some(OrgWord::Not) {
            return false;
        }
        if self.ends_name(k) {
            return false;
        }
        match self.toks[k].kind {
            // (and two nouns the dictionary files as adverbs: 首都|经济贸易大学, 费城|自然|科学院)
            Kind::Word(p) => {
                ((p.is_nounish() || p == Pos::Adj) && !self.lex.event_words.contains(self.s(k)))
                    || self.s(k).is_one_of(words!["首都", "自然"])
            }
            // (not the name an appointment names, with its 为: 任命|林佳为|省人民检察院…)
            // (nor a classifier the name model took after a number: 两|支中甲|球队)
            // (nor a person named after a job, who is visiting or speaking there: 作家|马伯庸|做客…)
            Kind::Name => {
                !(k > 0 && (self.s(k - 1).is_one_of(APPOINT) || (self.in_title[k - 1] && self.adjacent(k - 1))))
                    && !self.measure_start(k)
            }
            Kind::Unknown | Kind::Latin => true,
            Kind::Digits | Kind::Punct => false,
        }
    }

    /// A word for a thing at token `e`, right after the token before it or after a closing
    /// quote (尤伯|杯, “卡西尼”|号, 阿波罗|计划): what stands before it names the thing.
    fn thing_after(&self, e: usize) -> bool {
        let n = self.toks.len();
        if e == 0 || e >= n || !self.adjacent(e - 1) {
            return false;
        }
        let e = if self.s(e).is_one_of(words!["”", "」", "’"]) && e + 1 < n && self.adjacent(e) {
            e + 1
        } else {
            e
        };
        let w = self.s(e);
        // (an award, a disease: 奥斯卡|最佳, 格莱美|奖, 帕金森|病, 阿尔茨|海默病; not a person
        // who rewards or falls ill: 奖励, 病逝, 病了)
        let ill = w == "病" && e + 1 < n && self.adjacent(e) && self.s(e + 1) == "了";
        // (a numbered craft: 阿耳忒弥斯|3|号, 联盟|十|号)
        if matches!(self.toks[e].kind, Kind::Digits | Kind::Word(Pos::Numeral))
            && e + 1 < n
            && self.adjacent(e)
            && self.s(e + 1).starts_with('号')
        {
            return true;
        }
        // (a prize of its field: 诺贝尔|文学奖, 普利策|新闻奖)
        if w.chars().count() >= 3 && w.ends_with('奖') {
            return true;
        }
        (w.starts_with_any(THING_AFTER)
            && !ill
            && !w.is_one_of(words!["奖励", "奖赏", "病逝", "病故", "病重", "病倒", "病危"]))
            || (w.chars().count() >= 2 && w.ends_any(&['病', '症']))
    }

    /// The first token of the field before the conjunction at `c` when an organisation of
    /// the dictionary stands right before that field and head `k` names a department or an
    /// institute: 2 to 6 chars of plain words on each side of `c`, no title, head or place
    /// but one leading place (上海|微|系统), nothing but words between.
    fn parent_before_fields(&self, c: usize, k: usize) -> Option<usize> {
        let unit = self.s(k).is_one_of(SINGLE_HEADS)
            || self.s(k).ends_with_any(words!["研究所", "研究院", "研究中心", "实验室", "学院"]);
        if !unit || c + 1 >= k || self.chars(c + 1, k - 1) > 6 {
            return None;
        }
        let plain = |i: usize| {
            self.adjacent(i)
                && !self.in_title[i]
                && !self.is_head(i)
                && matches!(
                    self.toks[i].kind,
                    Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb | Pos::Adj)
                )
        };
        if !(c + 1..k).all(plain) {
            return None;
        }
        let mut i = c;
        while i > 0 && plain(i - 1) && self.chars(i - 1, c - 1) <= 6 {
            i -= 1;
        }
        // (one place may start the field: 上海|微|系统)
        if i > 0 && i < c && self.adjacent(i - 1) && self.toks[i - 1].kind == Kind::Word(Pos::Place) {
            i -= 1;
        }
        (i + 1 < c
            && self.chars(i, c - 1) >= 2
            && i > 0
            && self.adjacent(i - 1)
            && (self.toks[i - 1].kind == Kind::Word(Pos::Org)
                || self.ministry_word(i - 1)
                || (self.is_head(i - 1) && self.chars(i - 1, i - 1) >= 3)))
            .then_some(i)
    }

    /// Token `k` is the quoted name of a numbered craft or machine (“祖冲之|四|号”, “鲁班|3|号”):
    /// an opening quote before it, numerals and 号 after it, then the closing quote.
    fn quoted_craft(&self, k: usize) -> bool {
        let n = self.toks.len();
        if k == 0 || !self.s(k - 1).is_one_of(words!["“", "「", "『"]) {
            return false;
        }
        let mut j = k + 1;
        while j < n
            && self.adjacent(j - 1)
            && matches!(self.toks[j].kind, Kind::Word(Pos::Numeral) | Kind::Digits)
        {
            if self.s(j).ends_with('号') {
                return j > k + 1
                    && j + 1 < n
                    && self.adjacent(j)
                    && self.s(j + 1).is_one_of(words!["”", "」", "』"]);
            }
            j += 1;
        }
        false
    }

    /// A bare level of administration before an organisation (市|教委, 乡|卫生院, 村|党支部,
    /// 县|人大): "the city's", "the township's", one organisation the text has in view.
    /// An association of two fields, the second a verb the dictionary files as one
    /// (物流|与|采购|联合会, 出版|和|发行|协会): the three tokens before head `k` are its.
    fn association_of_two(&self, k: usize) -> bool {
        k >= 3
            && (k - 3..k).all(|i| self.adjacent(i))
            && self.s(k).is_one_of(words!["联合会", "协会", "学会", "研究会"])
            && self.toks[k - 1].kind == Kind::Word(Pos::Verb)
            && self.chars(k - 1, k - 1) == 2
            && self.s(k - 2).is_one_of(words!["及", "与", "和"])
            && matches!(self.toks[k - 3].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
            && self.chars(k - 3, k - 3) <= 4
            && !self.in_title[k - 3]
            && !(k >= 4 && self.s(k - 4).is_one_of(words!["、", "和", "及", "与", "，"]))
    }

    /// The token before abbreviated body `k` is the place it belongs to (中国|贸促会,
    /// 中国|侨联): a place word of two or more chars, no title's.
    fn place_of_body(&self, k: usize) -> bool {
        k > 0
            && self.adjacent(k - 1)
            && self.toks[k].kind == Kind::Word(Pos::Abbrev)
            && self.toks[k - 1].kind == Kind::Word(Pos::Place)
            && !self.single_char(k - 1)
            && !self.in_title[k - 1]
    }

    fn admin_level(&self, k: usize) -> bool {
        // the government of a bare level before a unit of its own (市政府|办公厅, 省政府|新闻办:
        // the People's Daily marks 市政府新闻处): a level as 市 is
        if self
            .s(k)
            .is_one_of(words!["省政府", "市政府", "县政府", "区政府", "乡政府", "镇政府"])
        {
            return k + 1 < self.toks.len() && self.adjacent(k) && self.is_head(k + 1);
        }
        // (中央 before an office of its own: 中央|文明办)
        if self.s(k) == "中央" {
            return k + 1 < self.toks.len() && self.adjacent(k) && self.s(k + 1).ends_with('办');
        }
        // (自治区 as 省 in Xinjiang's or Tibet's own papers: 自治区|教育厅)
        self.s(k).is_one_of(words!["省", "市", "县", "区", "乡", "镇", "村", "自治区", "自治州"])
            && !self.in_title[k]
            // (not a char of a word the segmenter cut: 上|市|公司; nor a rank: 乡|局|级)
            && !(k > 0 && self.adjacent(k - 1) && self.single_char(k - 1) && matches!(self.toks[k - 1].kind, Kind::Word(p) if p != Pos::Function))
            && !(k + 1 < self.toks.len() && self.single_char(k + 1) && (self.s(k + 1).is_one_of(SINGLE_HEADS) || self.org_word(k + 1).is_some()))
    }

    /// 后|壁|区|农会: a district, county or town whose name the segmenter cut into single
    /// chars, its level right before an association's head (农会, 渔会, 商会): a place of
    /// its own, the body its own.
    fn cut_place_before(&self, i: usize, k: usize) -> bool {
        i + 1 == k
            && i >= 2
            && self.s(i).is_one_of(words!["区", "县", "市", "镇", "乡"])
            && self.s(k).ends_with('会')
            && (i - 2..i).all(|j| {
                self.adjacent(j)
                    && self.single_char(j)
                    && !self.in_title[j]
                    && matches!(self.toks[j].kind, Kind::Word(Pos::Noun | Pos::PersonWord | Pos::Other) | Kind::Unknown)
            })
    }

    fn is_specific(&self, k: usize) -> bool {
        // (普通 "ordinary", a proper noun to the dictionary: 普通|学校 is any school)
        if self.s(k) == "普通" {
            return false;
        }
        if self.org_word(k) == Some(OrgWord::Name)
            || (k + 1 < self.toks.len() && self.named_after_person(k, k + 1))
        {
            return true;
        }
        match self.toks[k].kind {
            Kind::Word(Pos::Place | Pos::Org | Pos::Proper | Pos::Abbrev) => true,
            Kind::Unknown | Kind::Name => true,
            Kind::Latin => !self.league(k),
            _ => false,
        }
    }

    /// Token `k` gives a facility a name of its own: [`Self::is_specific`], a person's name,
    /// or another proper noun of the dictionary (伊丽莎白|体育馆).
    /// A place at token `k` whose name goes on in the one char after it, a bay, a lake, a
    /// hill or a port of its own (深圳|湾|体育中心, 西|湖|公园): the facility keeps it.
    fn place_goes_on(&self, k: usize) -> bool {
        k + 1 < self.toks.len()
            && self.adjacent(k)
            && self.single_char(k + 1)
            && self.s(k + 1).is_one_of(words!["湾", "湖", "山", "江", "河", "岛", "港", "峡"])
    }

    /// A city before an airport's own name is part of it (成都|双流|国际机场, 上海|浦东|国际
    /// 机场: the official names); a country is not (美国|肯尼迪国际机场).
    fn airport_city(&self, k: usize, airport: bool) -> bool {
        airport
            && self.adjacent(k)
            && self
                .lex
                .places
                .get(self.s(k))
                .is_some_and(|p| p.level != super::PlaceLevel::Country)
    }

    /// Token `k` is two countries by their one-char names, or one of such a pair that the
    /// dictionary cut apart: 中日|经济协会, 日|中|经济协会, 中日|韩|外长会.
    fn country_pair(&self, k: usize) -> bool {
        let country = |i: usize| {
            !self.in_title[i] && self.s(i).chars().all(|c| "中日韩美俄英法德朝越印巴欧澳泰蒙".contains(c))
        };
        country(k)
            && match self.chars(k, k) {
                1 => {
                    (k > 0 && self.adjacent(k - 1) && self.chars(k - 1, k - 1) <= 3 && country(k - 1))
                        || (k + 1 < self.toks.len() && self.adjacent(k) && self.chars(k + 1, k + 1) <= 3 && country(k + 1))
                }
                n => n <= 3,
            }
    }

    fn names_own(&self, k: usize) -> bool {
        self.is_specific(k) || matches!(self.toks[k].kind, Kind::Word(Pos::PersonWord | Pos::Other))
    }

    /// The first token of an organisation named right before the title at token `ti`
    /// (tokens `..ti`), found by its last word ([`ROLE_ORG_HEADS`]) where the organisation
    /// rules found none: a run of nouns, names and unknown chars back to punctuation, a
    /// function word or a verb. The name before the head must be specific (a name, an
    /// unknown or a single char, a proper noun: 中|金|公司, 星|闪|科技), a team's before 队
    /// (海港|队), or long (全国大专教师产业工会); a count or a pronoun before it (一家|科技公司,
    /// 该|基金) makes it no name.
    fn role_org_before(&self, ti: usize, person_tok: &[bool]) -> Option<usize> {
        let e = ti.checked_sub(1)?;
        let w = self.s(e);
        if !self.adjacent(e) || self.in_title[e] {
            return None;
        }
        let head = ROLE_ORG_HEADS.iter().find(|h| w.ends_with(*h))?;
        // (a title word inside the name is none: 全国大专|教师|产业工会, 菲律宾总统|廉政委员会;
        // but one before a person's name is that person's: 美国总统|拜登|竞选团队)
        let namey = |i: usize| {
            (i < e && !(self.in_title[i] && person_tok.get(i + 1) == Some(&true))
                || !self.in_title[i])
                && match self.toks[i].kind {
                    Kind::Word(p) => {
                        p.is_nounish()
                            || matches!(p, Pos::PersonWord | Pos::Adj)
                            // (a one-char verb inside a trade name: 星|闪|科技)
                            || (p == Pos::Verb && self.single_char(i))
                    }
                    Kind::Name | Kind::Unknown | Kind::Latin => true,
                    Kind::Digits | Kind::Punct => false,
                }
        };
        let mut j = e;
        while j > 0 && self.adjacent(j - 1) && namey(j - 1) && self.chars(j - 1, e) <= 14 {
            j -= 1;
        }
        if j > 0 && self.adjacent(j - 1) {
            let b = self.s(j - 1);
            // (nor a word the segmenter made of the name's first char: 自然|科学|史|研究所)
            if matches!(
                self.toks[j - 1].kind,
                Kind::Word(Pos::Numeral | Pos::Pronoun)
            ) || b.is_one_of(words!["家", "个", "某", "各", "每", "支", "所"])
                // (two fields joined inside the name: 探月|与|航天工程中心)
                || b.is_one_of(words!["与", "和", "及"])
                || (self.toks[j - 1].kind == Kind::Word(Pos::Function) && !self.single_char(j - 1))
            {
                return None;
            }
        }
        // (a single-char verb may not start the name, nor a dateline's 讯: 本报讯|广东…集团)
        while j < e
            && (self.toks[j].kind == Kind::Word(Pos::Verb) || self.s(j).is_one_of(words!["讯", "电"]))
        {
            j += 1;
        }
        let total = self.chars(j, e);
        let name_len = total - head.chars().count();
        if name_len < 2 {
            return None;
        }
        let specific = (j..=e).any(|i| {
            (i < e || w.len() > head.len())
                && (matches!(
                    self.toks[i].kind,
                    Kind::Name
                        | Kind::Unknown
                        | Kind::Latin
                        | Kind::Word(
                            Pos::Proper | Pos::Org | Pos::Abbrev | Pos::PersonWord | Pos::Place
                        )
                ) || (self.single_char(i) && i < e))
        }) || (w == "队" && j < e)
            || total >= 6;
        specific.then_some(j)
    }

    #[inline(never)]
    fn titles(&mut self) -> Vec<Range<usize>> {
        let n = self.toks.len();
        let mut out = Vec::new();
        // whether a title may end with each token (its last char): the test of `is_title`
        // made once a token, not once for each run of words that ends there
        let ends: Vec<bool> = self
            .words
            .iter()
            .map(|w| w.is_empty() || Lexicon::may_end_title(w))
            .collect();
        let mut k = 0;
        while k < n {
            let mut found = 0;
            // a title is one to four adjacent words (or unknown chars) from `k`: the longest
            // such run, then the longest title in it (人民|陪|审|员)
            let word = |i: usize| matches!(self.toks[i].kind, Kind::Word(_) | Kind::Unknown);
            let mut run = 0;
            while run < 4
                && k + run < n
                && word(k + run)
                && (run == 0 || self.adjacent(k + run - 1))
            {
                run += 1;
            }
            for m in (1..=run).rev() {
                if ends[k + m - 1] && self.lex.is_title(self.joined(k, k + m - 1)) {
                    found = m;
                    break;
                }
            }
            // 苏丹 before a common word is the country (苏丹|主权|委员会, 苏丹|武装|部队), the
            // sultan only before a name
            if found == 1
                && self.s(k) == "苏丹"
                && k + 1 < n
                && self.adjacent(k)
                && matches!(
                    self.toks[k + 1].kind,
                    Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Org | Pos::Abbrev | Pos::Verb | Pos::Function | Pos::Place)
                )
                && !self.single_char(k + 1)
            {
                found = 0;
            }
            // a ministry or bureau and 长 cut apart (内政部|长, 公安局|长): the head of it;
            // the body stays an organisation (外交部长 → 外交部)
            if found == 0
                && k + 1 < n
                && self.adjacent(k)
                && self.s(k + 1) == "长"
                && self.toks[k].kind == Kind::Word(Pos::Org)
                && self.s(k).chars().count() >= 3
                && self.s(k).ends_any(&['部', '局', '厅', '署', '处'])
            {
                self.in_title[k + 1] = true;
                // (a country or a city written with the body is the role's place, not part
                // of the title: 中国外交部|长 → 外交部长 of 中国)
                let w = self.s(k);
                let place = w
                    .char_indices()
                    .skip(2)
                    .map(|(i, _)| i)
                    .filter(|&i| {
                        w[i..].chars().nth(2).is_some() && self.lex.places.contains_key(&w[..i])
                    })
                    .last()
                    .unwrap_or(0);
                out.push(self.toks[k].start + place..self.toks[k + 1].end);
                k += 2;
                continue;
            }
            // CEO, CFO: titles written in Latin letters
            if found == 0
                && self.toks[k].kind == Kind::Latin
                && LATIN_TITLES
                    .iter()
                    .any(|t| self.s(k).eq_ignore_ascii_case(t))
            {
                found = 1;
            }
            if found > 0 {
                for i in k..k + found {
                    self.in_title[i] = true;
                }
                let mut start = self.toks[k].start;
                // a rank written before the title is part of it (助理|国务卿, 副|国务卿,
                // 常务|副总理, 第一|副主席, 党委|第一|书记): the word before, or the title
                // 助理 found just before
                if k > 0 && self.adjacent(k - 1) {
                    let w = self.s(k);
                    let prev = self.s(k - 1);
                    let prefix = match prev {
                        // (署理: Hong Kong's acting, 署理总督察)
                        "副" | "常务" | "代理" | "署理" => !w.starts_with('副') || prev == "常务",
                        "第一" => w.starts_with('副') || w.ends_with("书记"),
                        "助理" => !w.starts_with('副') && !w.starts_with("助理"),
                        // (首席|研究员, 首席|经济师, 高级|经济师: a chief's or a senior's post)
                        "首席" => !w.starts_with("首席") && w.ends_any(&['员', '师', '家']),
                        // (not 高级|专员: 联合国难民事务高级专员公署 is a body)
                        "高级" | "资深" => w.ends_with('师') || w.ends_with("研究员"),
                        // (an analyst's field: 中金公司|策略|分析师, 宏观|分析员)
                        // (a chief's field is read below: 首席|策略|分析师)
                        "策略" | "宏观" | "固收" | "量化" | "债券" | "外汇" | "市场" => {
                            w.is_one_of(words!["分析师", "分析员", "首席分析师"])
                                && !(k > 1 && self.adjacent(k - 2) && self.s(k - 2) == "首席")
                        }
                        _ => false,
                    };
                    if prefix {
                        if out.last().is_some_and(|t: &Range<usize>| t.end == start) {
                            out.pop();
                        }
                        self.in_title[k - 1] = true;
                        start = self.toks[k - 1].start;
                    } else if k > 1
                        && self.adjacent(k - 2)
                        && self.s(k - 2) == "首席"
                        && matches!(
                            self.toks[k - 1].kind,
                            Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Adj)
                        )
                        && self.chars(k - 1, k - 1) == 2
                        && w.ends_any(&['师', '家'])
                    {
                        // 首席|宏观|分析师, 首席|策略|分析师: the chief's field is part of it
                        if out
                            .last()
                            .is_some_and(|t: &Range<usize>| t.end > self.toks[k - 2].start)
                        {
                            out.pop();
                        }
                        self.in_title[k - 2] = true;
                        self.in_title[k - 1] = true;
                        start = self.toks[k - 2].start;
                    }
                }
                out.push(start..self.toks[k + found - 1].end);
                k += found;
            } else {
                k += 1;
            }
        }
        out
    }

    /// Organisations and facilities (buildings, squares, bridges, temples: places in the
    /// People's Daily convention) as token ranges. A facility after a place with a name of
    /// its own (上海|虹口体育馆, 北京|人民大会堂) starts after the place; one named by the
    /// place alone (中国美术馆, 香港展览中心) includes it.
    #[inline(never)]
    fn orgs_and_facilities(&self) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let mut orgs = self.orgs();
        let mut facilities = Vec::new();
        orgs.retain(|r| {
            // 2号|线|大|行宫|站: a station of a metro line is a facility, the line no part
            if r.len() >= 3
                && self.s(r.start) == "线"
                && self.s(r.end - 1) == "站"
                && r.start > 0
                && self.s(r.start - 1) == "号"
            {
                facilities.push(r.start + 1..r.end);
                return false;
            }
            // 皓月|大路|站, 人民|广场|站, 西新|镇|站, 临河|街|站: a station named by its
            // street, square, park or town is a facility, with the chars of the name before
            if r.len() >= 2
                && self.s(r.end - 1) == "站"
                && self.s(r.end - 2).ends_any(&['路', '街', '道', '场', '园', '镇', '村', '桥', '门', '城'])
            {
                let mut a = r.start;
                while a > 0
                    && self.adjacent(a - 1)
                    && self.chars(a - 1, r.end - 2) <= 7
                    && (matches!(
                        self.toks[a - 1].kind,
                        Kind::Name
                            | Kind::Unknown
                            | Kind::Word(Pos::Noun | Pos::Place | Pos::Proper | Pos::Other | Pos::PersonWord | Pos::Adj | Pos::Time)
                    ) || (self.single_char(a - 1)
                        && matches!(self.toks[a - 1].kind, Kind::Word(Pos::Numeral | Pos::Verb | Pos::Abbrev))))
                    && !self.in_title[a - 1]
                {
                    a -= 1;
                }
                facilities.push(a..r.end);
                return false;
            }
            // 角|美|站, 杏|林|站: in a text of metro lines or railways, chars of a name before
            // 站 name a station, a facility (检查|站, 记者站 stay bodies)
            if r.len() >= 2
                && self.s(r.end - 1) == "站"
                && (r.start..r.end - 1).all(|i| {
                    self.single_char(i)
                        || matches!(self.toks[i].kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::Place | Pos::Proper))
                })
                && self.chars(r.start, r.end - 1) <= 5
                && self.fold.contains_any_of(words!["号线", "地铁", "轨道交通", "高铁", "列车", "站点"])
            {
                facilities.push(r.clone());
                return false;
            }
            // 北京|站|比赛, 最后一站———东京|站: a leg of a tournament is held in the place,
            // no station
            if r.len() >= 2
                && self.s(r.end - 1) == "站"
                && self.toks[r.end - 2].kind == Kind::Word(Pos::Place)
                && (["比赛", "赛", "首场", "决赛", "巡回赛"].iter().any(|w| {
                    self.fold[self.toks[r.end - 1].end..]
                        .trim_start_matches('的')
                        .starts_with(w)
                }) || self.fold[..self.toks[r.end - 2].start]
                    .trim_end_any(&['—', '-', '：', ':', '，'])
                    .ends_with("一站"))
            {
                facilities.push(r.end - 2..r.end - 1);
                return false;
            }
            // 北京|西|站, 十堰|东|站, 香港|西|九龙|站: a station named by places and a point
            // of the compass is a facility too
            if r.len() >= 3
                && self.s(r.end - 1) == "站"
                && (r.start..r.end - 1).all(|i| {
                    (self.toks[i].kind == Kind::Word(Pos::Place) && !self.single_char(i))
                        || self.s(i).is_one_of(words!["东", "西", "南", "北"])
                })
                && (r.start..r.end - 1).any(|i| self.s(i).is_one_of(words!["东", "西", "南", "北"]))
                && self.toks[r.start].kind == Kind::Word(Pos::Place)
            {
                facilities.push(r.clone());
                return false;
            }
            // 东莞|站, 北京|站: a city's station is a facility
            if r.len() == 2
                && self.s(r.start + 1) == "站"
                && self.toks[r.start].kind == Kind::Word(Pos::Place)
                && !self.single_char(r.start)
                && self.lex.places.get(self.s(r.start)).is_some_and(|p| {
                    !matches!(
                        p.level,
                        super::PlaceLevel::Country | super::PlaceLevel::Other
                    )
                })
            {
                facilities.push(r.clone());
                return false;
            }
            let text = self.joined(r.start, r.end - 1);
            if !text.ends_with_any(FACILITIES) || self.in_title[r.end - 1] {
                return true;
            }
            let mut a = r.start;
            if self.toks[a].kind == Kind::Word(Pos::Place)
                && r.end - a >= 2
                && !self.place_goes_on(a)
                && !self.airport_city(a, text.ends_with("机场"))
                && ((a + 1..r.end - 1).any(|i| self.names_own(i))
                    || (r.end - a == 2 && self.toks[a + 1].kind == Kind::Word(Pos::Org)))
            {
                a += 1;
            }
            facilities.push(a..r.end);
            false
        });
        self.named_facilities(&orgs, &mut facilities);
        self.listed_stations(&mut orgs, &mut facilities);
        (orgs, facilities)
    }

    /// 东古城站、建华大街站、…、南位站: in a text of metro lines or railways, each item of a
    /// list that ends in 站 is a station, whatever its name was read as (博物院|站 a body,
    /// 北二环|东站 a body's end, 西里|站 nothing): the item whole, back to the list's mark, a
    /// verb or a function word.
    #[inline(never)]
    fn listed_stations(&self, orgs: &mut Vec<Range<usize>>, facilities: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        // (the sentence's own text first: `fold` is the document's, and most sentences name no
        // station in a list; the document is searched for lines only when one does)
        let (Some(first), Some(last)) = (self.toks.first(), self.toks.last()) else {
            return;
        };
        let text = &self.fold[first.start..last.end];
        if !text.contains('站') || !text.contains('、') {
            return;
        }
        let mut lines = None;
        // (a verb's char may be one of the name's: 槐|安|路|站, 南|二|环|站; a verb of going
        // is not: 经|浏阳站)
        let stop = |i: usize| {
            self.toks[i].kind == Kind::Punct
                || matches!(self.toks[i].pos(), Some(Pos::Function | Pos::Pronoun))
                || (self.toks[i].pos() == Some(Pos::Verb) && !self.single_char(i))
                || self.s(i).is_one_of(words!["经", "从", "至", "到", "由", "往", "抵", "达", "去", "来", "回", "进", "出", "设", "为", "站"])
                // (nor a count: 荆州站|4|座|车站)
                || self.toks[i].kind == Kind::Digits
        };
        let mut added = false;
        for k in 1..n {
            if !self.s(k).ends_with('站') || self.chars(k, k) > 3 || self.in_title[k] {
                continue;
            }
            if !(k + 1 == n || !self.adjacent(k) || stop(k + 1) || self.toks[k + 1].pos() == Some(Pos::Verb)) {
                continue;
            }
            let mut a = k;
            while a > 0 && self.adjacent(a - 1) && !stop(a - 1) && self.chars(a - 1, k) <= 8 {
                a -= 1;
            }
            let listed = (a > 0 && self.s(a - 1) == "、") || (k + 1 < n && self.s(k + 1) == "、");
            // (a station of no name is none: 火车站, 汽车站)
            if !listed
                || !*lines.get_or_insert_with(|| {
                    self.fold.contains_any_of(words!["号线", "地铁", "轨道交通", "高铁", "列车", "站点", "车站"])
                })
                || (a > 0 && self.adjacent(a - 1) && !stop(a - 1))
                || self.chars(a, k) < 3
                || self.joined(a, k).is_one_of(words!["火车站", "汽车站", "地铁站", "高铁站", "客运站", "公交站", "始发站", "终点站", "换乘站", "中间站"])
                || facilities.iter().any(|f| *f == (a..k + 1))
            {
                continue;
            }
            facilities.retain(|f| !(f.start >= a && f.end <= k + 1));
            orgs.retain(|o| !(o.start >= a && o.end <= k + 1));
            if facilities.iter().chain(orgs.iter()).any(|f| f.start <= k && a < f.end) {
                continue;
            }
            facilities.push(a..k + 1);
            added = true;
        }
        if added {
            facilities.sort_by_key(|f| f.start);
        }
    }

    /// Facilities the organisation rules miss: a facility word at the end of the text of
    /// some tokens (珠海国际高尔夫|球场 spans two, 自然|博物馆 has a word the dictionary calls
    /// a function word before it) with a name of two or more chars before it, over nouns,
    /// places and unknown chars, not over verbs, punctuation, function chars or numerals; a
    /// place before it is in or out as in [`Self::orgs_and_facilities`].
    fn named_facilities(&self, orgs: &[Range<usize>], facilities: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        let mut taken_tok = vec![false; n];
        for r in orgs.iter().chain(facilities.iter()) {
            taken_tok[r.clone()].fill(true);
        }
        for e in 0..n {
            // (the last char first: a list search at every token was a third of the tagger)
            if !self
                .s(e)
                .chars()
                .next_back()
                .is_some_and(|c| FACILITY_ENDS.contains(c))
            {
                continue;
            }
            let end = self.toks[e].end;
            let head = &self.fold[..end];
            let Some(suffix) = FACILITIES.iter().find(|f| head.ends_with(*f)) else {
                continue;
            };
            if taken_tok[e]
                || self.in_title[e]
                || (e + 1 < n && self.adjacent(e) && self.is_head(e + 1))
            {
                continue;
            }
            // the token where the facility word starts, and the chars of the name before it
            let at = end - suffix.len();
            // (the old town of a town is the town: 三沙镇|古镇)
            if suffix == "古镇" && self.fold[..at].ends_with('镇') {
                continue;
            }
            let Some(h) = (0..=e).rev().find(|&i| self.toks[i].start <= at) else {
                continue;
            };
            if self.toks[h].start == at && h == 0 {
                continue;
            }
            let part = |i: usize| {
                let w = self.s(i);
                !self.in_title[i]
                    && !taken_tok[i]
                    && match self.toks[i].kind {
                        Kind::Word(
                            Pos::Noun
                            | Pos::Place
                            | Pos::Proper
                            | Pos::Other
                            | Pos::VerbNoun
                            | Pos::Abbrev,
                        ) => true,
                        // (or one char before a place's word that opens the phrase: ，|老|君山|景区)
                        Kind::Word(Pos::Adj) => {
                            w.chars().count() >= 2
                                || (i + 1 < n
                                    && self.adjacent(i)
                                    && self.toks[i + 1].kind == Kind::Word(Pos::Place)
                                    && (i == 0 || !self.adjacent(i - 1) || self.toks[i - 1].kind == Kind::Punct))
                        }
                        // (自然, 国际: words the dictionary files as function words)
                        Kind::Word(Pos::Function) => {
                            w.chars().count() >= 2
                                && !w.is_one_of(words![
                                    "以及", "或者", "并且", "而且", "以后", "之间", "之后", "由于",
                                    "对于", "关于", "通过",
                                ])
                        }
                        // (a transliterated name: 特里|布|万|国际机场, with a numeral's char
                        // inside it)
                        Kind::Unknown | Kind::Name => true,
                        // (a name the dictionary files as a person's after a city: 广州|白云|
                        // 国际机场)
                        Kind::Word(Pos::PersonWord) => {
                            w.chars().all(is_translit)
                                || (i > 0
                                    && self.adjacent(i - 1)
                                    && self.toks[i - 1].kind == Kind::Word(Pos::Place))
                        }
                        // (米|兰马尔彭萨: a translit char the dictionary reads as a unit opens
                        // the name)
                        Kind::Word(Pos::Numeral) => {
                            self.single_char(i)
                                && w.chars().all(|c| is_translit(c) || c == '万')
                                && ((i > 0
                                    && self.adjacent(i - 1)
                                    && matches!(self.toks[i - 1].kind, Kind::Name | Kind::Word(Pos::PersonWord)))
                                    || (i + 1 < n
                                        && self.adjacent(i)
                                        && self.toks[i + 1].kind == Kind::Name
                                        && !w.is_one_of(words!["万", "亿", "千", "百"])))
                        }
                        _ => false,
                    }
            };
            // a token holding the start of the facility word (高尔夫球|场) must be a name part
            // for its chars before it
            if self.toks[h].start < at && !part(h) {
                continue;
            }
            // (a verb of going before a one-char place ends the name: 旅客|经|港|珠|澳|大桥)
            let via = |i: usize| {
                self.single_char(i)
                    && i + 1 < n
                    && matches!(self.toks[i + 1].kind, Kind::Word(Pos::Place | Pos::Abbrev))
                    && self.s(i).chars().all(|c| PLACE_VERB_SET.contains(c))
            };
            let mut a = h;
            while a > 0
                && self.adjacent(a - 1)
                && part(a - 1)
                && !via(a - 1)
                && self.chars(a - 1, e) <= 14
            {
                a -= 1;
            }
            let name_chars = self.fold[self.toks[a].start..at].chars().count();
            // a name of its own: a place, a person's name, a proper noun, an unknown char (no
            // common nouns alone: 一座山水|公园, “新闻|纪念馆”)
            let last = h + usize::from(self.toks[h].start < at);
            if name_chars < 2 || !(a..last).any(|i| self.names_own(i)) {
                continue;
            }
            // (a scenic area keeps the place it is named by: 玉龙|雪山|景区)
            if self.toks[a].kind == Kind::Word(Pos::Place)
                && !self.single_char(a)
                && !self.place_goes_on(a)
                && !suffix.ends_with('区')
                && !self.airport_city(a, suffix.ends_with("机场"))
                && (a + 1..last).any(|i| self.names_own(i))
            {
                a += 1;
            }
            if self.toks[a].start < at {
                taken_tok[a..=e].fill(true);
                facilities.push(a..e + 1);
            }
        }
        // a temple or a palace by a name of its own: one word of a name (卢浮宫, 白金汉宫), or
        // a name cut off before it after a word or a mark: two single chars (来到|大|昭|寺,
        // 、|色|拉|寺) or a name's word (来到|塔尔|寺)
        let namey = |i: usize| {
            matches!(
                self.toks[i].kind,
                Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord | Pos::Other)
            )
        };
        for e in 0..n {
            let w = self.s(e);
            if !w.ends_any(&['寺', '宫']) || taken_tok[e] || self.in_title[e] {
                continue;
            }
            if (3..=4).contains(&w.chars().count())
                && (namey(e) || self.toks[e].kind == Kind::Word(Pos::Proper))
            {
                facilities.push(e..e + 1);
                continue;
            }
            let free = |i: usize| self.adjacent(i) && !taken_tok[i] && !self.in_title[i];
            let a = if w.len() != 3 || e == 0 || !free(e - 1) {
                continue;
            } else if namey(e - 1) && (2..=3).contains(&self.chars(e - 1, e - 1)) {
                e - 1
            } else if e >= 2
                && (e - 2..e).all(|i| {
                    free(i)
                        && self.single_char(i)
                        && !matches!(
                            self.toks[i].kind,
                            Kind::Word(Pos::Function | Pos::Pronoun | Pos::Numeral)
                                | Kind::Punct
                                | Kind::Digits
                                | Kind::Latin
                        )
                })
            {
                e - 2
            } else {
                continue;
            };
            // (not the end of a longer name: 克里|姆|林|宫, 扎|什|伦|布|寺)
            if a == 0
                || !self.adjacent(a - 1)
                || matches!(
                    self.toks[a - 1].kind,
                    Kind::Punct | Kind::Word(Pos::Function)
                )
                || (!self.single_char(a - 1) && !namey(a - 1))
            {
                facilities.push(a..e + 1);
            }
        }
    }

    /// Organisation spans as token ranges (inclusive start, exclusive end).
    fn orgs(&self) -> Vec<Range<usize>> {
        let n = self.toks.len();
        let mut out: Vec<Range<usize>> = Vec::new();
        for k in 0..n {
            if let Some(j) = self.local_government_at(k) {
                if out.last().is_none_or(|r| r.end <= j) {
                    out.push(j..k + 1);
                }
                continue;
            }
            if self.government_of(k).is_some() {
                continue;
            }
            // a name in Latin letters before a title, or the source of a report: OpenAI首席执行官,
            // 据CNN报道
            if self.toks[k].kind == Kind::Latin
                && !self.in_title[k]
                && self.s(k).len() >= 2
                && self.s(k).bytes().any(|b| b.is_ascii_uppercase())
                && self.adjacent(k)
            {
                // IDC|中国|分析师, 据|IDC|中国|统计: a company's arm in China is named so
                let china = self.s(k + 1) == "中国"
                    && k + 2 < n
                    && self.adjacent(k + 1)
                    && (self.in_title[k + 2]
                        || self.saying(k + 2)
                        || self.s(k + 2).is_one_of(words!["的", "发布", "数据", "报告", "统计", "预测"])
                        || (k > 0 && self.s(k - 1) == "据"));
                if china {
                    out.push(k..k + 2);
                    continue;
                }
                if self.in_title[k + 1]
                    || (k > 0
                        && self.s(k - 1) == "据"
                        && self.s(k + 1).is_one_of(words!["报道", "报导", "消息"]))
                {
                    // 华为|终端|BG, 华为|云|BU: a company's business group, named with the
                    // company and its business (no organisation alone)
                    if self.s(k).is_one_of(words!["BG", "BU"]) {
                        let mut j = k;
                        while j > 0
                            && k - j < 3
                            && self.adjacent(j - 1)
                            && !self.in_title[j - 1]
                            && self.org_word(j - 1) != Some(OrgWord::Name)
                            && matches!(self.toks[j - 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
                        {
                            j -= 1;
                        }
                        if j < k
                            && j > 0
                            && self.adjacent(j - 1)
                            && self.org_word(j - 1) == Some(OrgWord::Name)
                        {
                            out.push(j - 1..k + 1);
                        } else if j < k
                            && j >= 2
                            && self.s(j - 1) == "、"
                            && self.in_title[j - 2]
                        {
                            // 华为常务董事、终端|BG|董事长: the unit alone, in a list of
                            // posts after the company's
                            out.push(j..k + 1);
                        }
                        continue;
                    }
                    out.push(k..k + 1);
                    continue;
                }
            }
            // a city's traffic police (济南|交警, 深圳|交警): the force, not a place and a job
            if self.s(k) == "交警"
                && k > 0
                && self.adjacent(k - 1)
                && !self.single_char(k - 1)
                && !self.in_title[k - 1]
                && self.toks[k - 1].kind == Kind::Word(Pos::Place)
                && self.lex.places.get(self.s(k - 1)).is_some_and(|p| {
                    !matches!(
                        p.level,
                        super::PlaceLevel::Country | super::PlaceLevel::Other
                    )
                })
                && !(self.adjacent(k) && self.is_head(k + 1))
            {
                out.push(k - 1..k + 1);
                continue;
            }
            // an organisation word on its own (欧盟, 北大, 国务院, 海军)
            let known = self.org_word(k) == Some(OrgWord::Name)
                && !self.in_title[k]
                && !self.broken_word_after(k);
            if known && !(self.adjacent(k) && self.is_head(k + 1)) {
                // the country or the city it belongs to is part of the name (土耳其|外交部,
                // 俄|央行, 南京|红十字会)
                let mut j = k;
                while j > 0
                    && self.adjacent(j - 1)
                    && self.toks[j - 1].kind == Kind::Word(Pos::Place)
                    && !self.in_title[j - 1]
                {
                    // 访|华|新华社: a one-char place after a one-char verb is that verb's object
                    if self.single_char(j - 1)
                        && j >= 2
                        && self.adjacent(j - 2)
                        && self.single_char(j - 2)
                        && matches!(self.toks[j - 2].pos(), Some(Pos::Verb | Pos::Function))
                    {
                        break;
                    }
                    j -= 1;
                }
                // (a federation's: 巴基斯坦|联邦|水利部, 俄罗斯|联邦|安全局)
                if j == k
                    && j >= 2
                    && self.s(j - 1) == "联邦"
                    && self.adjacent(j - 1)
                    && self.adjacent(j - 2)
                    && self.toks[j - 2].kind == Kind::Word(Pos::Place)
                    && !self.in_title[j - 2]
                {
                    j -= 2;
                }
                // 省|卫健委: a bare level, as before a head
                // (or the state's: 国家|疾控局, 国家|外汇局)
                if j == k
                    && j > 0
                    && self.adjacent(j - 1)
                    && (self.admin_level(j - 1) || self.s(j - 1) == "国家")
                {
                    j -= 1;
                }
                // 欧佩克|组织: the name and the word for what it is; 腾讯|云, 华为|云: a
                // company's cloud business
                let e = k
                    + 1
                    + usize::from(
                        self.adjacent(k)
                            // (组织 after a body's unit is the verb: 东部战区|组织|演习)
                            // (a theatre command's service: 南部战区|海军)
                            && ((self.s(k).ends_with("战区") && self.s(k + 1).is_one_of(words!["海军", "空军", "陆军", "火箭军"]))
                                || (self.s(k + 1) == "组织"
                                && !self.s(k).ends_any(&['区', '部', '委', '局', '军', '会', '院']))
                                || (self.s(k + 1) == "云" && k + 2 < n && self.adjacent(k + 1)
                                    && (self.in_title[k + 2] || self.s(k + 2).is_one_of(words!["的", "发布", "推出", "宣布"])))),
                    );
                out.push(j..e);
                continue;
            }
            // (the kind first: it rules out most tokens; the list only for the last bytes of its words)
            let standalone = !self.in_title[k]
                && !self.single_char(k)
                && (self.toks[k].kind == Kind::Word(Pos::Org)
                    || (self.toks[k].kind == Kind::Word(Pos::Abbrev)
                        && self.s(k).ends_any(ORG_ABBREV_ENDS)
                        && !self.place_and_army(k))
                    || (may_end_with(self.s(k), STANDALONE_ENDS)
                        && self.s(k).is_one_of(STANDALONE_ORGS)))
                && !self.s(k).is_one_of(GENERIC_COMMITTEES)
                && !self.games_counted(k)
                && self.org_word(k) != Some(OrgWord::Not)
                && !self.discipline_or_count(k)
                && !self.people_counted(k)
                && !self.run_by(k)
                && !self.lex.event_words.contains(self.s(k))
                && !(k > 0
                    && self.adjacent(k - 1)
                    && (self.is_mod(k - 1) || self.is_head(k - 1))
                    && !self.place_of_body(k))
                && !(self.adjacent(k) && self.is_head(k + 1));
            let government_word = self.s(k).ends_with_any(words!["政府", "当局"]);
            if standalone && government_word {
                continue;
            }
            if standalone
                && !self.lex.places.contains_key(self.s(k))
                && self.government_of(k).is_none()
            {
                // 第二届|全国人民代表大会
                let mut j = k;
                if j >= 2
                    && self.s(j - 1).is_one_of(words!["届", "次"])
                    && self.adjacent(j - 1)
                    && !self.cup_after(k)
                {
                    if let Some(r) = self.ordinal_before(j - 1) {
                        j = r;
                    }
                }
                // 县|人大常委会: a bare level of administration is part of the name, as
                // before a head; so is the country or place of an abbreviated body
                // (中国|贸促会, 中国|侨联)
                if j == k
                    && j > 0
                    && self.adjacent(j - 1)
                    && (self.admin_level(j - 1) || self.place_of_body(k))
                {
                    j -= 1;
                }
                // 洛阳市|第一|高级中学: a numbered school, with its city
                if j == k
                    && j >= 2
                    && self.adjacent(j - 1)
                    && self.s(j - 1).starts_with('第')
                    && self.toks[j - 1].kind == Kind::Word(Pos::Numeral)
                    && self.s(k).ends_with_any(words!["中学", "小学", "学校"])
                {
                    j -= 1;
                    if self.adjacent(j - 1) && self.toks[j - 1].kind == Kind::Word(Pos::Place) {
                        j -= 1;
                    }
                }
                // 中国|物流|与|采购|联合会: two fields, and the country or place before them
                if j == k && self.association_of_two(k) {
                    j -= 3;
                    if j > 0
                        && self.adjacent(j - 1)
                        && matches!(self.toks[j - 1].kind, Kind::Word(Pos::Place))
                    {
                        j -= 1;
                    }
                }

                out.push(j..k + 1);
                continue;
            }
            if let Some(j) = self.party_before(k) {
                out.push(j..k + 1);
                continue;
            }
            if !self.is_head(k) || (self.adjacent(k) && self.is_head(k + 1)) {
                continue;
            }
            // a company's shares, no company: 增持公司|股份, 集团|股份
            if k > 0
                && self.s(k).is_one_of(words!["股份", "股权", "控股"])
                && self.s(k - 1).is_one_of(words!["公司", "集团", "本公司", "该公司"])
            {
                continue;
            }
            let mut j = k;
            // 有限公司, 股份有限公司: a registered company's name is a trade name of any words
            // (远航, 蓝天, 恒瑞) and a trade before the head
            let company = self.s(k).ends_with_any(words!["有限公司", "有限责任公司"]);
            // (not a classifier or a pronoun: 一家|科技有限公司, 该|有限公司)
            let trade_name = |i: usize| {
                company
                    && !self.in_title[i]
                    && !self
                        .s(i)
                        .is_one_of(words!["家", "个", "该", "这", "那", "此", "其", "本"])
                    && (self.toks[i].kind == Kind::Word(Pos::PersonWord)
                        || (self.single_char(i)
                            && matches!(self.toks[i].kind, Kind::Word(p) if p != Pos::Function && p != Pos::Pronoun)))
            };
            // a name cut into single chars right before a head of two or more chars is the
            // organisation's (恒|源|祥|公司, 中|金|公司); before any head, the rules below
            // that trim common words off the start do not cut into it (新|京|报, 霓|虹|灯|厂)
            let run = self.char_run_before(k).or_else(|| self.translit_run_before(k));
            let name_run = run.filter(|_| !self.single_char(k));
            if let Some(r) = name_run {
                j = r;
            }
            let mut joined = false;
            loop {
                // the dictionary may cut the link in two (旗|下): look at the text itself
                if self.fold[..self.toks[j].start].ends_with_any(OWNER_LINKS) {
                    break;
                }
                // a body that works with another before it (卫生院|联合|射阳县人民医院,
                // 组织部|会同|市财政局): the verb and the first body are no part of the name
                // (nor a span of time before it: 活动|期间|村|办公处)
                if j > 0 && self.s(j - 1).is_one_of(words!["期间", "以来", "之际", "当天", "当日", "同时"]) {
                    break;
                }
                // (联合 right before the head names a joint one: 中国科学院|联合|实验室)
                if j >= 2
                    && j < k
                    && self.s(j - 1).is_one_of(words!["联合", "会同", "协同", "携手", "连同"])
                    && self.adjacent(j - 2)
                    && (self.is_head(j - 2) || self.toks[j - 2].kind == Kind::Word(Pos::Org))
                {
                    break;
                }
                // 香港|交易|及|结算所|有限公司: a company of two trades joined by 及, after
                // its city
                if company
                    && !joined
                    && j < k
                    && j >= 3
                    && self.s(j - 1).is_one_of(words!["及", "与"])
                    && (j - 3..j).all(|i| self.adjacent(i) && !self.in_title[i])
                    && matches!(self.toks[j - 2].pos(), Some(Pos::Noun | Pos::VerbNoun))
                    && !self.single_char(j - 2)
                    && self.toks[j - 3].kind == Kind::Word(Pos::Place)
                {
                    joined = true;
                    j -= 3;
                    continue;
                }
                // 大学|第一|附属|医院: a numbered hospital of the school it belongs to
                if j == k && k >= 3 && self.s(k).ends_with("医院") && self.s(k - 1) == "附属" {
                    if let Some(r) = self.ordinal_before(k - 1).filter(|&r| {
                        r >= 1
                            && (r - 1..k).all(|i| self.adjacent(i))
                            && !self.in_title[r - 1]
                            && (self.is_head(r - 1) || self.toks[r - 1].kind == Kind::Word(Pos::Org))
                    }) {
                        j = r - 1;
                        continue;
                    }
                }
                // 省|安|委会, 县|安|委|办: an abbreviated committee keeps the char before
                // 委 (安全生产委员会 → 安委会), and the level before it
                if j > 0
                    && j < k
                    && self.s(j) == "委"
                    && self.adjacent(j - 1)
                    && self.single_char(j - 1)
                    && !self.in_title[j - 1]
                    && matches!(self.toks[j - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral))
                {
                    j -= 1;
                    continue;
                }
                // 市|住|建|局, 区|教|体|局: a bureau abbreviated to single chars after a bare
                // level; the chars between are its field (住房和城乡建设局)
                if j == k && self.single_char(k) && self.s(k).is_one_of(words!["局", "委", "办", "厅"])
                {
                    let mut i = j;
                    while i > 0
                        && j - i < 3
                        && self.adjacent(i - 1)
                        && self.single_char(i - 1)
                        && !self.in_title[i - 1]
                        && !self.admin_level(i - 1)
                        && matches!(self.toks[i - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral))
                    {
                        i -= 1;
                    }
                    if i < j && i > 0 && self.adjacent(i - 1) && self.admin_level(i - 1) {
                        j = i - 1;
                        break;
                    }
                }
                // (a registered name has no description before it: 芯片企业|锐思智能控股
                // 有限公司, 科创板上市公司|科德瑞…股份有限公司)
                if company
                    && j < k
                    && j > 0
                    && self.s(j - 1).is_one_of(words!["企业", "公司", "上市公司", "厂商", "巨头", "龙头"])
                {
                    break;
                }
                if j > 0
                    && self.adjacent(j - 1)
                    // (报 of one char inside is the verb, "report to": 整改情况书面|报|集团党委)
                    && !(self.s(j - 1) == "报" && self.single_char(j - 1))
                    && !self.head_apart(j - 1, j, k)
                    && !self.league(j - 1)
                    // (a body's abbreviation takes its place or level only: 撤销|徐建华|政协…
                    // 委员资格 is no 徐建华政协)
                    && !(self.toks[k].kind == Kind::Word(Pos::Abbrev)
                        && self.toks[j - 1].kind == Kind::Name)
                    && (self.is_mod(j - 1)
                        || self.is_head(j - 1)
                        || self.admin_level(j - 1)
                        || self.country_pair(j - 1)
                        || (j == k && self.named_after_person(j - 1, k))
                        // 世界杯|组委会: the committee that runs an event
                        || (j == k && self.s(k).is_one_of(words!["组委会", "执委会"]) && self.named_event(j - 1))
                        || trade_name(j - 1)
                        // 高级|专员|公署: the commissioner's office, 专员 no title there
                        || (j == k && self.s(k) == "公署" && self.s(j - 1) == "专员")
                        // 李家|村|党支部: a village named like a family, before its level
                        || (j < k
                            && self.s(j).is_one_of(words!["村", "镇", "乡"])
                            && self.admin_level(j)
                            && !self.single_char(j - 1)
                            && !self.in_title[j - 1]
                            && matches!(self.toks[j - 1].kind, Kind::Word(Pos::PersonWord) | Kind::Name))
                        || self.word_name_before_head(j - 1, j)
                        || (j < k && !self.single_char(k) && self.foreign_name(j - 1)))
                    && self.chars(j - 1, k) <= 16
                {
                    j -= 1;
                    continue;
                }
                // 医学院|附属|第一|医院: a numbered hospital of the school it belongs to
                if j == k && self.s(k).ends_with("医院") {
                    if let Some(r) = self.ordinal_before(k) {
                        if r >= 2
                            && self.adjacent(r - 1)
                            && self.s(r - 1) == "附属"
                            && self.adjacent(r - 2)
                            && !self.in_title[r - 2]
                            && (self.is_head(r - 2) || self.toks[r - 2].kind == Kind::Word(Pos::Org))
                        {
                            j = r - 2;
                            continue;
                        }
                    }
                }
                // two fields' verbs between a noun and an association's head: 电影|发行|放映|协会
                if j == k
                    && j >= 3
                    && self.s(k).ends_any(&['会'])
                    && (j - 3..j).all(|i| self.adjacent(i) && !self.in_title[i])
                    && (j - 2..j).all(|i| {
                        self.toks[i].kind == Kind::Word(Pos::Verb) && self.chars(i, i) == 2
                    })
                    && self.toks[j - 3].kind == Kind::Word(Pos::Noun)
                    && !self.single_char(j - 3)
                {
                    j -= 3;
                    continue;
                }
                // a verb between nouns: 残疾人工作|协调|委员会, 交通事故|报警|服务台
                if j >= 2
                    && self.adjacent(j - 1)
                    && self.adjacent(j - 2)
                    && self.toks[j - 1].kind == Kind::Word(Pos::Verb)
                    && self.chars(j - 1, j - 1) == 2
                    && (!self.single_char(j - 2) || trade_name(j - 2))
                    // (nor after a body's whole name, the verb's subject: 集团公司|授予|…分公司;
                    // but 中国科学院|联合|实验室 is a joint one)
                    && (!self.is_head(j - 2) || (j == k && self.s(j - 1) == "联合"))
                    // (nor from a scope before the verb: 全县|推行|农村党支部, 各地|设立…中心)
                    && !self.s(j - 2).starts_with(['全', '各'])
                    // verbs that take an organisation as their object (彭珮云|当选|中国人口学会)
                    && !self.s(j - 1).is_one_of(words!["当选", "担任", "出任", "加入", "参加", "访问", "考察", "会见", "成立", "组建", "支持", "代表", "领导", "退出", "进入", "离开", "来到", "前往", "地处", "位于", "成为", "作为", "属于", "拥有", "参观", "包括", "包含", "涵盖", "囊括", "携手", "联手", "牵手", "走进", "入驻", "签约", "创立", "创办", "创建", "筹建"])
                    // (nor the verb after a place in 在…中: 在巴金家中|介绍|文学馆)
                    && !self.locative_before(j - 2)
                    // (nor a verb with a direction, 频道|传到|监测中心, 送往, 交给)
                    && !self.s(j - 1).ends_any(&['到', '往', '给'])
                    && (matches!(self.toks[j - 2].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Org | Pos::Place))
                        // or a company's trade name: 华为|云|计算|技术有限公司
                        || trade_name(j - 2))
                    && !self.in_title[j - 2]
                    // (not from a word the segmenter broke, 比亚迪股份有限公司|发布|财|报, nor from a
                    // name that starts the organisation's: 得到|宾士域保安有限公司)
                    && (j == k || !self.single_char(j))
                    && !matches!(self.toks[j].kind, Kind::Name | Kind::Unknown)
                    && self.chars(j - 2, k) <= 16
                {
                    j -= 2;
                    continue;
                }
                // an association of two fields, the second a verb the dictionary files as
                // one (物流|与|采购|联合会, 出版|和|发行|协会): both fields go with the head
                if !joined && j == k && self.association_of_two(k) {
                    joined = true;
                    j -= 3;
                    continue;
                }
                // two fields joined by 及/与/和 name one body (文化体育|及|旅游局, 考试|及|评核局):
                // once, both sides common nouns of 4 chars at most, a head that names an
                // office (局, 署, 中心, 委员会), and no list before it (、)
                if !joined
                    && j >= 2
                    && self.adjacent(j - 1)
                    && self.adjacent(j - 2)
                    && self.s(j - 1).is_one_of(words!["及", "与", "和"])
                    // (a ministry's 部 alone: 经济|和|能源|部; not an academy's 学部)
                    && (self.s(k) == "部" || self.s(k).ends_with_any(words![
                        "局",
                        "厅",
                        "署",
                        "中心",
                        "委员会",
                        "办公室",
                        "指挥部",
                        "学院",
                        "联合会",
                        "协会",
                        "学会",
                        "研究会",
                    ]))
                    && self.chars(j - 2, j - 2) <= 4
                    // (a commission's fields may be longer: 证券|及|期货事务监察委员会)
                    && self.chars(j, k) <= if self.s(k).ends_with("委员会") { 9 } else { 7 }
                    && (j - 2..=k).all(|i| {
                        i == j - 1
                            // (the head may be an organisation word: 城乡|建设厅)
                            || (i == k && self.toks[k].kind == Kind::Word(Pos::Org))
                            // (广电, a short form the dictionary calls a proper noun:
                            // 文化广电|和|旅游局)
                            || (matches!(self.toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Proper))
                                && !self.in_title[i]
                                && (i == k || !self.is_head(i)))
                    })
                    // (a comma after an opening word is no list: 另外，运输|及|物流局)
                    && !(j >= 3
                        && (self.s(j - 3).is_one_of(words!["、", "和", "及", "与"])
                            || (self.s(j - 3) == "，"
                                && !(j >= 4
                                    && self.toks[j - 4].kind == Kind::Word(Pos::Function)))))
                {
                    joined = true;
                    j -= 2;
                    continue;
                }
                // a department of two fields right after its parent body (中国气象局|应急|减|灾|
                // 与|公共|服务|司, 中国科学院|上海|微|系统|与|信息技术|研究所): the fields may be
                // cut into several words when the body before them says whose unit it is
                if !joined && j >= 3 && self.s(j - 1).is_one_of(words!["及", "与", "和"]) {
                    if let Some(p) = self.parent_before_fields(j - 1, k) {
                        joined = true;
                        j = p;
                        continue;
                    }
                }
                break;
            }
            // 查尔斯|·|珀|金斯|中心: a centre named after a person keeps the whole dotted name
            if j < k && j > 0 && self.toks[j].kind == Kind::Name {
                let mut r = j;
                while r > 0
                    && self.adjacent(r - 1)
                    && !self.in_title[r - 1]
                    && (is_name_dot(self.s(r - 1))
                        || (self.s(r - 1).chars().all(is_translit)
                            && self.toks[r - 1].kind != Kind::Punct))
                    && j - r < 8
                {
                    r -= 1;
                }
                if (r..j).any(|i| is_name_dot(self.s(i))) && !is_name_dot(self.s(r)) {
                    j = r;
                }
            }
            // 杭州|深度|求|索|…有限公司: a trade name of a word and single chars after the
            // company's city
            if company
                && j >= 2
                && j < k
                && self.single_char(j)
                && trade_name(j)
                && self.adjacent(j - 1)
                && self.adjacent(j - 2)
                && self.chars(j - 1, j - 1) == 2
                && matches!(self.toks[j - 1].pos(), Some(Pos::Noun | Pos::Adj))
                && self.toks[j - 2].kind == Kind::Word(Pos::Place)
            {
                j -= 1;
            }
            // 海口|五|源|河|体育场: a name that starts with a numeral char, after its city
            if j < k
                && j >= 2
                && self.single_char(j)
                && self.single_char(j - 1)
                && self.adjacent(j - 1)
                && self.adjacent(j - 2)
                && self.toks[j - 1].kind == Kind::Word(Pos::Numeral)
                && self.s(j - 1).chars().all(|c| "一二三四五六七八九十百千万".contains(c))
                && self.toks[j - 2].kind == Kind::Word(Pos::Place)
                && !self.single_char(j - 2)
            {
                j -= 1;
            }
            // 奥|体|中心|体育场: the extension stopped inside a name cut into single chars
            // (a char the dictionary files as a person's): the run is the name's
            if j < k && self.single_char(j) {
                if let Some(r) = self.char_run_before(j + 1).filter(|&r| {
                    r < j
                        && (r..j).any(|i| {
                            matches!(self.toks[i].kind, Kind::Word(Pos::PersonWord) | Kind::Unknown)
                        })
                        && (r..=j).all(|i| !matches!(self.toks[i].pos(), Some(Pos::Verb | Pos::VerbNoun | Pos::Adj)))
                }) {
                    j = r;
                }
            }
            // 日|兴|证券|公司, 中|航|物业|总公司: a trade name the segmenter cut into single
            // chars, then an industry and a company's head
            let mut branded = false;
            if k > 0
                && j < k
                && self.adjacent(k - 1)
                && self.org_word(k - 1) == Some(OrgWord::Industry)
                && self
                    .s(k)
                    .is_one_of(words!["公司", "总公司", "集团", "集团公司", "银行"])
            {
                if let Some(r) = self.brand_run(k - 1) {
                    j = r;
                    branded = true;
                }
            }
            // 三|毛|集团: a trade name cut into single chars right before a company's head
            // (no verb among them, a broken word: 贩|毒|集团, 传|销|公司; a name's char or a
            // numeral in them)
            if j == k && self.s(k).is_one_of(words!["公司", "集团", "集团公司", "总公司"]) {
                if let Some(r) = self.brand_run(k).filter(|&r| {
                    (r..k).all(|i| !matches!(self.toks[i].pos(), Some(Pos::Verb | Pos::VerbNoun)))
                        && (r..k).any(|i| {
                            matches!(
                                self.toks[i].kind,
                                Kind::Word(Pos::PersonWord | Pos::Numeral | Pos::Proper)
                                    | Kind::Unknown
                                    | Kind::Name
                            )
                        })
                }) {
                    j = r;
                    branded = true;
                }
            }
            // (any chars opening a clause before a head and a title: 淘|天|集团|总裁,
            // 八步|沙|林场|副场长)
            if j == k {
                if let Some(r) = self.opens_titled_brand(k) {
                    j = r;
                    branded = true;
                }
            }
            // 浙江|恒|越|新|材料|股份有限公司, 杭州|易汇通|支付|科技|有限公司: a registered
            // company's name runs from its place through a trade name of any words (a name,
            // single chars, the verb of its trade: 支付, 控股) to its head; not across a
            // link word, a body's head or a verb that takes a company (收购|华芯…有限公司)
            if company && j > 0 && self.toks[j - 1].kind != Kind::Word(Pos::Place) {
                let lo = j.saturating_sub(5);
                if let Some(p) = (lo..j).rev().find(|&i| self.toks[i].kind == Kind::Word(Pos::Place)) {
                    let fits = |i: usize| {
                        self.adjacent(i)
                            && !self.in_title[i]
                            && matches!(self.toks[i].kind, Kind::Word(_) | Kind::Name | Kind::Unknown)
                            // (a count is no trade name: 浙江|一家|科技有限公司)
                            && !(self.toks[i].kind == Kind::Word(Pos::Numeral) && !self.single_char(i))
                            && !self.is_head(i)
                            && !self.s(i).is_one_of(words![
                                "的", "为", "是", "在", "和", "与", "及", "等", "了", "由", "向", "对",
                                "将", "从", "把", "被", "或", "并", "于", "以", "之", "其", "该",
                                "这", "那", "家", "个", "收购", "购买", "成立", "设立", "投资",
                                "注册", "持有", "入股", "并购", "参股", "旗下", "下属", "子公司",
                                "公司", "企业", "所属", "位于", "地处", "来自",
                            ])
                    };
                    if (p + 1..j).all(fits)
                        && self.adjacent(p)
                        && p + 1 < j
                        && self.chars(p + 1, j - 1) <= 6
                    {
                        j = p;
                        while j > 0
                            && self.adjacent(j - 1)
                            && self.toks[j - 1].kind == Kind::Word(Pos::Place)
                            && !self.in_title[j - 1]
                        {
                            j -= 1;
                        }
                    }
                }
            }
            // 盛德|律师|事务所, 世|达|律师|事务所: a firm of lawyers or accountants is named by
            // its partners' names or a trade name of two to six chars of any kind, after its
            // place if any (北京市|金杜|律师事务所)
            let mut firm = false;
            // (律师 is a title too: the walk stops before it)
            if (j == k || j + 1 == k)
                && self.s(k) == "事务所"
                && k >= 2
                && self.adjacent(k - 1)
                && self.s(k - 1).is_one_of(words!["律师", "会计师", "税务师", "评估师"])
            {
                j = k - 1;
                // (a branch's city in brackets before the head: 北京中衡|（|成都|）|律师事务所)
                if j >= 4
                    && self.s(j - 1).is_one_of(words!["）", ")"])
                    && self.s(j - 3).is_one_of(words!["（", "("])
                    && self.toks[j - 2].kind == Kind::Word(Pos::Place)
                    && (j - 3..j).all(|i| self.adjacent(i))
                    && self.adjacent(j - 4)
                {
                    j -= 3;
                }
                let mut i = j;
                while i > 0
                    && self.adjacent(i - 1)
                    && !self.in_title[i - 1]
                    && self.chars(i - 1, j - 1) <= 6
                    && (matches!(self.toks[i - 1].kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord))
                        || (self.single_char(i - 1)
                            && matches!(self.toks[i - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral))))
                {
                    i -= 1;
                }
                if i < j && self.chars(i, j - 1) >= 2 {
                    j = i;
                    firm = true;
                    while j > 0 && self.adjacent(j - 1) && self.toks[j - 1].kind == Kind::Word(Pos::Place) {
                        j -= 1;
                    }
                }
            }
            let extended = j < k;
            // 国家|新闻出版署, 国家|测绘局: 国家 starts the name of a state agency
            // (国家|税务局: the agency word right after it; not 国家|中心 "the state's central")
            let state_agency = j < k
                && self.s(j) == "国家"
                && (self.s(k).ends_with_any(words![
                    "局",
                    "署",
                    "委员会",
                    "机构",
                    "委",
                    "总局",
                    "办",
                    "中心",
                    "女篮",
                    "男篮",
                    "女排",
                    "男排",
                    "女足",
                    "男足",
                    "球队",
                    "代表队",
                    // (its headquarters for a hazard: 国家|森林|草原|防灭火|指挥部)
                    "指挥部",
                    // the state's companies (国家|铁路|集团|有限公司, 国家|能源|投资|集团)
                    "集团",
                    "公司",
                ]) || (self.s(k) == "办公室"
                    && k > j + 1
                    && self.s(k - 1).ends_with_any(words!["指挥部", "委员会"])))
                && !(j + 1 == k && self.s(k).ends_with_any(words!["中心", "集团", "公司"]))
                // (a headquarters only after the fields of its hazard, nouns alone)
                && !(self.s(k).ends_with_any(words!["指挥部", "办公室"])
                    && (j + 1..k).any(|i| {
                        !(matches!(self.toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
                            || self.s(i) == "总")
                            || self.s(i).is_one_of(GENERIC_STARTS)
                    }));
            while j < k
                && run != Some(j)
                && !branded
                && !(state_agency && self.s(j) == "国家")
                // (全国 opens a national association's name: 全国|职工|总会, 全国|雇主|联合会)
                && !(self.s(j) == "全国"
                    && j + 1 < k
                    && self.s(k).ends_with_any(words!["总会", "联合会", "协会", "工会", "学会", "商会", "联谊会"]))
                && (self.s(j).is_one_of(GENERIC_STARTS)
                    || (matches!(self.toks[j].kind, Kind::Word(Pos::Time)) && !self.country_pair(j))
                    || ((!company || !self.single_char(j))
                        && matches!(self.toks[j].kind, Kind::Word(Pos::Adj))
                        // (nor who runs a school or a hospital before its name: 国立|台湾大学,
                        // 国立|成功|大学; not before a bare head, 国立|大学)
                        && !(self.s(j).is_one_of(words!["国立", "省立", "市立", "县立"])
                            && (j + 1 < k || self.toks[k].kind == Kind::Word(Pos::Org)))
                        // (a field the dictionary calls an adjective that starts a body with
                        // a unit after it: 卫生|福利|部|疾病|管制|署)
                        && !(j + 2 < k
                            && !self.single_char(j)
                            && self.toks[j + 1].kind == Kind::Word(Pos::Noun)
                            && self.is_head(j + 2))))
            {
                j += 1;
            }
            // (全国 opens a national association's name, right before its field: 全国|雇主|
            // 联合会, 全国|职工|总会)
            if j < k && j > 0 && self.adjacent(j - 1) && self.s(j - 1) == "全国" {
                j -= 1;
            }
            let national = j + 1 < k
                && self.s(j) == "全国"
                && self.s(k).ends_with_any(words!["总会", "联合会", "协会", "工会", "学会", "商会", "联谊会"])
                && (j + 1..k).all(|i| {
                    !self.in_title[i]
                        && (matches!(self.toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
                            || (self.single_char(i)
                                && matches!(self.toks[i].kind, Kind::Word(Pos::Adj | Pos::Noun))))
                });
            if !national && self.s(j) == "全国" {
                j += 1;
            }
            // 龙头|企业|绿洲|精|洁|米厂, 龙头|企业|金穗香|米厂: a generic word before a name
            // cut into chars, or one the name model read, is the sentence's (the kind of firm
            // it is), not the name's
            let name_at = name_run.or_else(|| {
                (j..k).find(|&i| matches!(self.toks[i].kind, Kind::Name | Kind::Unknown))
            });
            if let Some(g) = name_at.and_then(|r| (j..r).rev().find(|&i| self.s(i).is_one_of(GENERIC_STARTS))) {
                j = g + 1;
            }
            // 控股|股东|中国…酒厂: who holds the shares is named after the word
            if let Some(g) = (j..k).rev().find(|&i| {
                self.s(i).is_one_of(words!["股东", "大股东", "控股股东", "实际控制人", "实控人"])
            }) {
                j = g + 1;
            }
            // 公司党委: a generic word before a head, not a name
            if extended
                && j == k
                && !self.is_specific(k - 1)
                && self.toks[k].kind != Kind::Word(Pos::Org)
            {
                continue;
            }
            let heads = (j..=k).filter(|&i| self.is_head(i)).count();
            let specific = (j..k).any(|i| {
                ((self.is_specific(i) || self.admin_level(i)) && !self.is_head(i))
                    // (two countries name an association or an institute of both: 中日|经济协会)
                    || (self.country_pair(i) && self.s(k).ends_any(&['会', '所', '院', '心']))
                    || (self.s(k).is_one_of(words!["组委会", "执委会"]) && self.named_event(i))
                    || self.word_name_before_head(i, i + 1)
                    || self.foreign_name(i)
                    || self.cut_place_before(i, k)
            })
                // 国际|刑事|法院, 国际|问题|研究所: 国际 and a field before a head name the
                // one international body of that field
                || (self.s(j) == "国际"
                    && k >= j + 2
                    && !self.single_char(k)
                    && !self.s(k).ends_with("中心"));
            let single = self.single_char(k);
            // 美国|公司, 中国|大学: a country and a bare head are the country's companies or
            // universities, not one of them
            // (a region's or a province's too: 非洲|球队, 西藏|部队, 陕西|工厂)
            let place_level = if self.toks[j].kind == Kind::Word(Pos::Place) {
                self.lex.places.get(self.s(j)).map(|p| p.level)
            } else {
                None
            };
            let country_and_head = k == j + 1
                && match place_level {
                    Some(super::PlaceLevel::Country) => self.s(k).is_one_of(words![
                        "公司", "企业", "部队", "工厂", "大学", "球队", "军队", "政党", "铁路",
                        "汽车",
                    ]),
                    Some(_) => self
                        .s(k)
                        .is_one_of(words!["企业", "部队", "工厂", "球队", "军队"]),
                    None => false,
                };
            let agency = state_agency
                && self.s(j) == "国家"
                && (j + 1..k).all(|i| {
                    matches!(
                        self.toks[i].kind,
                        Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb)
                    ) || (i + 1 == k && self.s(i) == "总")
                        // (a field the dictionary calls an adjective: 国家|矿山|安全|监察|局)
                        || (i + 1 < k && self.toks[i].kind == Kind::Word(Pos::Adj) && !self.single_char(i))
                });
            // 报 before a number is "quoted at", no newspaper: 沪指报3038点, 中间价报7.1; nor
            // is 报 of 报导 cut apart (台北|报|导), nor 报 that reports to or for (入学|报|到,
            // 潜艇|支队|报|到, 方案|报|教育部|核定), nor 报 of 报废 or 报销 (卫星|报|废)
            let quoted_at = self.s(k) == "报"
                && self.fold[self.toks[k].end..].starts_with(|c: char| {
                    c.is_ascii_digit()
                        || ('０'..='９').contains(&c)
                        || matches!(c, '导' | '到' | '名' | '送' | '批' | '备' | '请' | '教' | '废' | '销')
                });
            // 港台, 澳台: Hong Kong (Macau) and Taiwan, not a station
            let pair_of_places =
                self.s(k) == "台" && k == j + 1 && self.s(j).is_one_of(words!["港", "澳"]);
            // 法|所|产: a one-char abbreviation and a one-char head are two words, no name
            let two_chars = single
                && j + 1 == k
                && self.single_char(j)
                && self.s(k).is_one_of(words!["所", "处", "会", "部", "局"]);
            // 金钱网、权力网和家族网: networks of a list are no websites, named or not
            let nets = self.s(k) == "网" && self.list_of_nets(j, k);
            // 第三大|银行|国民银行: a name in apposition to its head word is one
            let apposed = j > 0
                && j < k
                && self.adjacent(j - 1)
                && self.s(j - 1) == self.s(k)
                && self.is_head(j - 1)
                && !self.single_char(k);
            // 上海市|第六|人民医院, 北京市|第四|中学: a place and a number before a head name
            // one of the place's bodies, even with common nouns only between them
            let numbered = !single
                && self.ordinal_before(j).is_some_and(|r| {
                    r > 0
                        && self.adjacent(r - 1)
                        && self.toks[r - 1].kind == Kind::Word(Pos::Place)
                        && !self.single_char(r - 1)
                        && !self.in_title[r - 1]
                        // (a country's is a rank: 日本|第二|信托银行)
                        && !self.lex.places.get(self.s(r - 1)).is_some_and(|p| p.level == super::PlaceLevel::Country)
                })
                && !self.cup_after(k);
            let ok = !country_and_head
                && !quoted_at
                && !pair_of_places
                && !two_chars
                && !nets
                && (agency
                    || apposed
                    || numbered
                    || branded
                    || joined
                    || firm
                    || national
                    || name_run.is_some()
                    || if j == k {
                        // a bare party committee (一级党委, 党委批准) is any committee, not a name
                        (matches!(self.toks[k].kind, Kind::Word(Pos::Org | Pos::Abbrev))
                            || self.s(k).is_one_of(STANDALONE_ORGS)
                            || self.ministry_word(k))
                            && !self.single_char(k)
                            && !self.s(k).is_one_of(GENERIC_COMMITTEES)
                    } else if specific
                        || (company
                            && self.chars(j, k - 1) >= 2
                            && (j..k).any(|i| {
                                self.org_word(i) != Some(OrgWord::Industry)
                                    && !self.s(i).is_one_of(GENERIC_STARTS)
                            }))
                        || self.brand_noun_group(j, k)
                    {
                        true
                    } else if single {
                        // (networks of common nouns in a list are no websites: 人情|网、金钱|网)
                        (self.s(k).is_one_of(LOOSE_HEADS)
                            && !(self.s(k) == "网" && self.list_of_nets(j, k))
                            && self.chars(j, k - 1) >= 2)
                    || heads >= 2
                    // a ministry named by its field alone, cut into words: 对外|贸易|经济|合作|部
                    || (self.s(k).is_one_of(words!["部", "局", "署", "厅"])
                        && self.chars(j, k - 1) >= 4
                        && (j..k).all(|i| matches!(self.toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun)) && !self.single_char(i)))
                    } else {
                        heads >= 2
                    || matches!(self.toks[k].kind, Kind::Word(Pos::Org | Pos::Abbrev))
                    // 国防科技|大学, 百花文艺|出版社, 光明|日报: common nouns before a head that
                    // names an institution
                    || (self.s(k).is_one_of(NAMING_HEADS)
                        && self.chars(j, k - 1) >= 2
                        && (j..k).all(|i| matches!(self.toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb)) && !self.single_char(i) && !self.s(i).is_one_of(GENERIC_STARTS))
                        && self.toks[j].kind != Kind::Word(Pos::Verb))
                    });
            // a government (俄政府, 新政府, 克林顿政府, 人民政府) is no organisation name in the
            // People's Daily convention: the place in it is a place
            let government = self.s(k).ends_with_any(words!["政府", "当局"]);
            // 战胜东道主法国队, 航线阿根廷航空公司: common nouns before the first proper
            // noun of the chain are the sentence's words, not the name's
            let mut j = j;
            // 决赛中战胜东道主|巴西队: an organisation word with only common nouns before it
            // (国际|游泳|联合会: not 国际 and a field, the one international body of it)
            if j < k
                && !agency
                && !national
                && !(self.s(j) == "国际" && k >= j + 2)
                && run.is_none()
                && self.toks[k].kind == Kind::Word(Pos::Org)
                && self.chars(k, k) >= 3
                && (j..k).all(|i| {
                    matches!(
                        self.toks[i].kind,
                        Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb)
                    ) && !self.is_head(i)
                        && !self.admin_level(i)
                        // (a body known by name is one: 淡马锡|理工学院)
                        && self.org_word(i) != Some(OrgWord::Name)
                })
            {
                j = k;
                // (企业|组成|联合体: the bare word left is any consortium)
                if self.s(k) == "联合体" {
                    continue;
                }
            }
            if let Some(p) = (j..k).find(|&i| {
                matches!(
                    self.toks[i].kind,
                    Kind::Word(Pos::Place | Pos::Org | Pos::Proper) | Kind::Latin
                )
            }) {
                if p > j
                    && (j..p).all(|i| {
                        matches!(
                            self.toks[i].kind,
                            Kind::Word(
                                Pos::Noun
                                    | Pos::VerbNoun
                                    | Pos::Verb
                                    | Pos::Other
                                    | Pos::Function
                                    | Pos::Pronoun
                            )
                        ) && !self.is_head(i)
                            && !self.admin_level(i)
                    })
                {
                    j = match run {
                        Some(r) if p > r => r.max(j),
                        _ => p,
                    };
                }
            }
            // 第二届|全国人民代表大会, 第五|中学: an ordinal starts the name
            if ok && !government {
                let mut q = j;
                if q > 0 && self.adjacent(q - 1) && self.s(q - 1).is_one_of(words!["届", "次"]) {
                    q -= 1;
                }
                // 北京市|第二|中级|人民法院: the court's level between its number and the head
                // (the adjective trimmed off the start above)
                if q == k
                    && q > 1
                    && self.adjacent(q - 1)
                    && self.s(q - 1) == "中级"
                    && self.s(k).ends_with("法院")
                    && self.ordinal_before(q - 1).is_some()
                {
                    q -= 1;
                }
                if let Some(r) = self.ordinal_before(q).filter(|_| !self.cup_after(k)) {
                    j = r;
                    // 东丰县|第五中学: the place the school is numbered in
                    if j > 0
                        && self.adjacent(j - 1)
                        && self.toks[j - 1].kind == Kind::Word(Pos::Place)
                    {
                        j -= 1;
                    }
                }
                // (every division written before the name opens it: 长沙市芙蓉区人民法院,
                // 成都市武侯区人民法院家事审判庭, 黑龙江省阿城市委; the audits' readers and the
                // nerpy file give them so, the zjy file cuts some at the last division)
                out.push(j..k + 1);
            }
        }
        // a numbered school after its city or county (北京市|一中, 北京|四|中, 长沙市|十|一中)
        for p in 0..n.saturating_sub(1) {
            if self.toks[p].kind != Kind::Word(Pos::Place)
                || self.single_char(p)
                || !self.lex.places.get(self.s(p)).is_some_and(|x| {
                    !matches!(
                        x.level,
                        super::PlaceLevel::Country | super::PlaceLevel::Other
                    )
                })
            {
                continue;
            }
            let mut e = p + 1;
            while e < n && e - p <= 3 && self.adjacent(e - 1) {
                let w = self.s(e);
                let num = w.strip_suffix('中').unwrap_or(w);
                // (中 alone after the numerals: 四|中)
                if (num.is_empty() && e == p + 1)
                    || !num.chars().all(|c| "一二三四五六七八九十".contains(c))
                {
                    break;
                }
                e += 1;
                if w.ends_with('中') {
                    let ends = e == n
                        || !self.adjacent(e - 1)
                        || !self.single_char(e)
                        || matches!(self.toks[e].kind, Kind::Punct)
                        // (a verb of one char: 北京市|一中|教|改)
                        || self.toks[e].pos() == Some(Pos::Verb)
                        || self.toks[e].pos() == Some(Pos::Function);
                    if ends && e > p + 1 {
                        out.push(p..e);
                    }
                    break;
                }
            }
        }
        // a unit of an organisation right after it is part of the name (中国科学院|自然科学史
        // 研究所, 人民日报社|华闻影视中心, 致公党|中央, 长治人民医院|宣教科): nouns up to a
        // head that no other head follows
        let mut extended: Vec<Range<usize>> = Vec::new();
        for r in &out {
            let b = r.end;
            if b >= n
                || !self.adjacent(b - 1)
                || (r.end - r.start == 1 && self.single_char(r.start))
            {
                continue;
            }
            if self.s(b).is_one_of(PARTY_UNITS)
                && self
                    .s(b - 1)
                    .ends_any(&['党', '团', '革', '盟', '建', '共'])
            {
                extended.push(r.start..b + 1);
                continue;
            }
            // a court's division (最高人民法院|民|一|庭, 立案庭, 环境资源审判庭): words and
            // numerals up to 庭 (not 庭长)
            if self.s(b - 1).ends_with("法院") {
                let mut h = b;
                while h < n
                    && (h == b || self.adjacent(h - 1))
                    && self.chars(b, h) <= 8
                    && matches!(self.toks[h].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb | Pos::Numeral | Pos::Other))
                    && !self.in_title[h]
                {
                    if self.s(h).ends_with('庭')
                        && (h > b || !self.single_char(h))
                        && !(h > b && self.single_char(h - 1) && self.toks[h - 1].pos() == Some(Pos::Verb))
                        && !matches!(self.toks[h].pos(), Some(Pos::Verb | Pos::VerbNoun))
                    {
                        extended.push(r.start..h + 1);
                        break;
                    }
                    h += 1;
                }
                if extended.last().is_some_and(|x| x.start == r.start) {
                    continue;
                }
            }
            let mut h = b;
            while h < n && (h == b || self.adjacent(h - 1)) && self.chars(b, h) <= 10 {
                let t = self.toks[h];
                // (and single chars the segmenter left of a unit's name: 华|闻|影视中心,
                // 自然科学|史|研究所, 心|连|心|艺术团, but no function word (的, 和, 在) and no
                // verb right after the organisation: 贝尔公司|买|下|纽新公司)
                let nounish = matches!(
                    t.kind,
                    Kind::Word(
                        Pos::Noun
                            | Pos::VerbNoun
                            | Pos::Place
                            | Pos::Proper
                            | Pos::Org
                            | Pos::Abbrev
                            | Pos::Other
                    ) | Kind::Unknown
                ) || self.s(h).is_one_of(words!["首都", "自然"])
                    // (an ordinal numbers the unit: 最高人民法院|第一|巡回|法庭)
                    || (h == b
                        && t.kind == Kind::Word(Pos::Numeral)
                        && self.s(h).starts_with('第'))
                    || (self.single_char(h)
                    && h > b
                    && matches!(t.kind, Kind::Word(Pos::PersonWord | Pos::Verb | Pos::Adj))
                    && !self.s(h).is_one_of(words![
                        "是", "为", "有", "在", "到", "对", "向", "把", "被", "将", "从", "由",
                        "给", "让", "使", "说", "称", "要", "会", "能", "来", "去", "等",
                    ]));
                if self.in_title[h] || !nounish || self.ends_name(h) {
                    break;
                }
                // (an organisation of one word: 共青团|四川省委; not after a news agency, whose
                // dateline names where it reports from: 新华社|联合国12月1日电)
                let org_word = h == b
                    && t.kind == Kind::Word(Pos::Org)
                    && !self.single_char(h)
                    && !self.s(b - 1).is_one_of(words!["新华社", "中新社", "中通社", "新华网", "中新网", "人民网", "央视网"]);
                if (self.is_head(h) || org_word)
                    && !(h + 1 < n && self.adjacent(h) && self.is_head(h + 1))
                {
                    // (a one-char department after nouns: 科学技术部|农村|科技|司)
                    let department = self.single_char(h)
                        && self.s(h).is_one_of(SINGLE_HEADS)
                        && h > b
                        && (b..h).all(|i| !self.single_char(i));
                    if (!self.single_char(h) || department) && !self.s(h).ends_any(&['行', '队'])
                    {
                        extended.push(r.start..h + 1);
                    }
                    break;
                }
                h += 1;
            }
        }
        // an institute of an academy written right after it is one body (中国科学院|上海微
        // 系统与信息技术研究所, 中国科学院|空|天|信息创新研究院: up to two lone chars of its
        // name the segmenter left between them)
        for w in out.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if b.start >= a.end
                && b.start - a.end <= 2
                && (a.end..b.start).all(|i| {
                    self.single_char(i)
                        && !matches!(self.toks[i].kind, Kind::Punct | Kind::Word(Pos::Function))
                })
                && ((self.s(a.end - 1).ends_with_any(words!["科学院", "工程院"])
                    && self.s(b.end - 1).ends_with_any(words!["研究所", "研究院", "研究中心"]))
                    // (a university's school named right after it, 与 in its name: 中国农业
                    // 大学|食品科学与营养工程学院)
                    || (b.start == a.end
                        && self.s(a.end - 1).ends_with("大学")
                        && self.s(b.end - 1).ends_with_any(words!["学院", "研究院", "研究所", "医学部"])))
            {
                extended.push(a.start..b.end);
            }
        }
        for x in extended {
            out.retain(|r| !(r.start >= x.start && r.end <= x.end));
            out.push(x);
        }
        // a country's ministry of two fields joined by 与 (匈牙利|外交|与|对外|经济|部)
        for r in out.iter_mut() {
            let a = r.start;
            // a unit of a division's government (新疆维吾尔自治区|人民政府|新闻|办公室): the
            // divisions before the government open the unit's name
            if self.s(a).is_one_of(words!["人民政府", "政府"]) && r.end > a + 1 {
                r.start = self.divisions_before(a);
                continue;
            }
            // the kind of unit a body is in a project opens no name (参建|单位|中铁十一局集团
            // 有限公司, 施工|单位|…)
            if let Some(u) = (a..(a + 3).min(r.end.saturating_sub(2))).find(|&i| self.s(i) == "单位") {
                r.start = u + 1;
                continue;
            }
            if a >= 3
                && self.s(r.end - 1) == "部"
                && self.s(a - 1) == "与"
                && (a - 3..a).all(|i| self.adjacent(i))
                && self.toks[a - 2].kind == Kind::Word(Pos::Noun)
                && self.chars(a - 2, a - 2) == 2
                && self.lex.places.get(self.s(a - 3)).is_some_and(|p| p.level == super::PlaceLevel::Country)
            {
                r.start = a - 3;
            }
        }
        crate::pipeline::sort_by_span(&mut out, |r| (r.start, 0));
        // a place or a proper name and an industry: a company (鞍山钢铁, 中信|证券), unless a
        // noun other than a title follows (中国钢铁产量; 中信证券分析师 is the company's)
        for k in 0..n.saturating_sub(1) {
            if !self.adjacent(k) || self.org_word(k + 1) != Some(OrgWord::Industry) {
                continue;
            }
            // (a name the model read into the company's, before a title: 华泰|证券|首席分析师;
            // or before the field an analyst covers: 华泰|证券|汽车|行业|首席分析师)
            let field_title = self.title_after_field(k + 2);
            let titled = field_title;
            // a brokerage before its analyst's title, however its trade name was cut
            // (中信|建|投|证券, 东|吴|证券, 国泰|海|通|证券): the chars back to the phrase's
            // start, four at most
            if titled && self.s(k + 1) == "证券" && !in_span(&out, k) {
                let mut j = k + 1;
                let mut chars = 0;
                while j > 0
                    && self.adjacent(j - 1)
                    && !self.in_title[j - 1]
                    && (matches!(self.toks[j - 1].kind, Kind::Name | Kind::Unknown)
                        || matches!(self.toks[j - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Time | Pos::Numeral)))
                    && chars + self.chars(j - 1, j - 1) <= 4
                {
                    chars += self.chars(j - 1, j - 1);
                    j -= 1;
                }
                let bounded = j == 0
                    || !self.adjacent(j - 1)
                    || matches!(self.toks[j - 1].kind, Kind::Punct)
                    || matches!(self.toks[j - 1].pos(), Some(Pos::Function | Pos::Pronoun | Pos::Verb));
                // (a country's securities industry is none: 中国|证券|行业|分析师)
                let country = (j..=k).any(|i| {
                    self.lex.places.get(self.s(i)).is_some_and(|p| p.level == super::PlaceLevel::Country)
                });
                if chars >= 2 && bounded && !country {
                    out.push(j..k + 2);
                    continue;
                }
            }
            // (or a trade name cut into single chars, no verb among them, after no word
            // that may start the name: 森|隆|药业, not 北方|精|工|科技)
            let brand = self.brand_run(k + 1).filter(|&r| {
                (r..=k).all(|i| self.toks[i].pos() != Some(Pos::Verb))
                    && !in_span(&out, r)
                    && (r == 0
                        || !self.adjacent(r - 1)
                        || matches!(
                            self.toks[r - 1].kind,
                            Kind::Punct | Kind::Word(Pos::Function | Pos::Pronoun | Pos::Verb)
                        ))
            });
            // (a brokerage, a futures house or a fund manager by a trade name the dictionary
            // calls a rare noun, before a title or 旗下: 永安|期货|分析师, 易方达|基金|旗下)
            // (a name or a rare noun before 证券 is a brokerage anywhere: 华泰|证券, 国泰君安|证券)
            let financial = self.s(k + 1).is_one_of(words!["证券", "期货", "基金"])
                && !self.single_char(k)
                && !self.in_title[k]
                && (self.toks[k].kind == Kind::Name
                    || (self.toks[k].kind == Kind::Word(Pos::Noun)
                        && (titled || self.s(k + 1) == "证券")
                        && !common_word(self.lex, self.s(k))));
            // (a one-char place after another char is a char of a trade name: 东|瑞|基金)
            let run_char = self.single_char(k)
                && k > 0
                && self.adjacent(k - 1)
                && self.single_char(k - 1)
                && self.toks[k - 1].kind != Kind::Punct;
            // (a company known by name: 比亚迪|汽车, 格力|电器)
            let known = self.org_word(k) == Some(OrgWord::Name) && in_span(&out, k);
            if !((matches!(self.toks[k].kind, Kind::Word(Pos::Place | Pos::Proper)) && !run_char)
                || (self.toks[k].kind == Kind::Name && titled)
                || known
                || financial
                || brand.is_some())
            {
                continue;
            }
            // (沪|昆|高铁: a line between places, below)
            if line_by_abbrevs(self, k + 1, &[]).is_some() {
                continue;
            }
            // a country's industry (中国汽车, 美国钢铁) is the industry, not a company
            if self
                .lex
                .places
                .get(self.s(k))
                .is_some_and(|p| p.level == super::PlaceLevel::Country)
            {
                continue;
            }
            // (旗下 is no noun of it; nor is a char the segmenter cut off a word: 中信|证券|研|报)
            let next_noun = k + 2 < n
                && !field_title
                && self.adjacent(k + 1)
                && self.toks[k + 2].pos().is_some_and(|p| p.is_nounish())
                && !self.is_head(k + 2)
                && !self.in_title[k + 2]
                && !self.s(k + 2).is_one_of(OWNER_LINKS)
                && !self.single_char(k + 2);
            if in_span(&out, k) {
                // a company known by name and its industry (国泰君安|证券, 中兴|通信)
                if !next_noun {
                    if let Some(r) = out.iter_mut().find(|r| r.end == k + 1 && r.len() == 1) {
                        r.end = k + 2;
                    }
                }
                continue;
            }
            if !next_noun {
                // (a group known by name before its province's company: 国网|河南|电力)
                let parent = (self.toks[k].kind == Kind::Word(Pos::Place))
                    .then(|| out.iter_mut().find(|r| r.end == k && r.len() == 1 && self.adjacent(k - 1)))
                    .flatten()
                    .filter(|r| self.org_word(r.start) == Some(OrgWord::Name));
                match parent {
                    Some(r) => r.end = k + 2,
                    None => out.push(brand.unwrap_or(k)..k + 2),
                }
            }
        }
        // a team named after its sponsor, cut into single chars: (四川)全|兴|队, 前|卫|寰|岛|队
        for k in 1..n {
            if self.in_title[k] || !self.s(k).is_one_of(words!["队", "男队", "女队"]) {
                continue;
            }
            let loose = |i: usize| {
                self.single_char(i)
                    && !self.in_title[i]
                    && matches!(
                        self.toks[i].kind,
                        Kind::Word(_) | Kind::Unknown | Kind::Name
                    )
                    && !matches!(
                        self.toks[i].pos(),
                        Some(Pos::Function | Pos::Pronoun | Pos::Time)
                    )
                    && !self.s(i).is_one_of(words![
                        "的", "和", "与", "是", "在", "了", "为", "把", "被", "对", "向", "同",
                        "能", "会", "要", "将", "可",
                    ])
            };
            // 派队, 组队, 带队, 率队, 领队, 归队: a verb with its object, no team name
            if k > 0
                && self.adjacent(k - 1)
                && self.s(k) == "队"
                && self.s(k - 1).is_one_of(words![
                    "派", "组", "带", "率", "领", "入", "归", "离", "建", "整", "进", "回", "随",
                    "跟", "主", "客",
                ])
            {
                continue;
            }
            let mut j = k;
            while j > 0 && self.adjacent(j - 1) && loose(j - 1) && k - j < 4 {
                j -= 1;
            }
            let place = j > 0
                && self.adjacent(j - 1)
                && self.toks[j - 1].kind == Kind::Word(Pos::Place)
                && !self.single_char(j - 1);
            // 两个队, 这支队: a count of teams, not a name
            // (全|兴 is a sponsor; 全|队 is the whole team; 波|尔|多 is a name, 多|队 many)
            let quantifier = |i: usize| {
                self.s(i)
                    .is_one_of(words!["个", "支", "名", "只", "各", "本", "该", "全", "多", "些"])
            };
            let counted = (k > j && quantifier(k - 1))
                || (k > j && quantifier(j) && !self.s(j).is_one_of(words!["全", "多"]))
                || (!place && is_numeral(self.s(j)));
            // a company's word of two chars and one char of a mascot at the start of a
            // phrase: 统一|狮|队, 味全|龙|队
            let mascot = !place
                && k - j == 1
                && j > 0
                && self.adjacent(j - 1)
                && self.chars(j - 1, j - 1) == 2
                && !self.in_title[j - 1]
                && self.toks[j].kind == Kind::Word(Pos::Noun)
                && matches!(
                    self.toks[j - 1].kind,
                    Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Proper) | Kind::Name
                )
                && (j == 1
                    || !self.adjacent(j - 2)
                    || matches!(self.toks[j - 2].kind, Kind::Punct | Kind::Word(Pos::Function)));
            // a country's or a city's team: 牙买加|队
            let place_team = k == j && place && self.s(k) == "队";
            if counted || !(k - j >= 2 || (k - j == 1 && (place || mascot)) || place_team) {
                continue;
            }
            let start = if place || mascot { j - 1 } else { j };
            out.retain(|r| r.end <= start || r.start > k);
            out.push(start..k + 1);
        }
        // a company named by a transliteration cut into single chars (劳|拉|公司, 休|斯|公司)
        for k in 2..n {
            if self.in_title[k]
                || !self.s(k).is_one_of(words![
                    "公司",
                    "集团",
                    "集团公司",
                    "有限公司",
                    "银行",
                    "汽车公司",
                ])
            {
                continue;
            }
            let piece = |i: usize| {
                self.single_char(i)
                    && !self.in_title[i]
                    && matches!(
                        self.toks[i].kind,
                        Kind::Word(_) | Kind::Unknown | Kind::Name
                    )
                    && !matches!(
                        self.toks[i].pos(),
                        Some(Pos::Function | Pos::Pronoun | Pos::Numeral)
                    )
                    && self.s(i).chars().all(is_translit)
            };
            let mut j = k;
            while j > 0 && self.adjacent(j - 1) && piece(j - 1) && k - j < 4 {
                j -= 1;
            }
            if k - j >= 2
                && !(j > 0 && self.adjacent(j - 1) && (piece(j - 1) || self.single_char(j - 1)))
                && !out.iter().any(|r| r.start <= k && k < r.end)
            {
                out.push(j..k + 1);
            }
        }
        // a team written as one word whose stem is no common word of the dictionary: 申花队
        for k in 0..n {
            let w = self.s(k);
            let Some(stem) = w.strip_suffix('队') else {
                continue;
            };
            if self.in_title[k]
                || stem.chars().count() < 2
                || self.lex.word(stem).is_some_and(|w| {
                    !matches!(w.pos, Pos::Proper | Pos::PersonWord | Pos::Place | Pos::Org)
                })
                || !matches!(self.toks[k].kind, Kind::Word(Pos::Noun))
            {
                continue;
            }
            if !out.iter().any(|r| r.start <= k && k < r.end) {
                out.push(k..k + 1);
            }
        }
        // a company's branch in a country: 西门子（中国）有限公司, 捷安特(中国)有限公司, with its
        // business after the bracket (百事（中国）投资有限公司) and a trade name of single
        // chars (百|事)
        for k in 4..n {
            if !self.s(k).ends_with_any(words!["公司", "集团"]) {
                continue;
            }
            // the closing bracket right before the head, or before one word of business
            // (or before the head cut in words: （集团）|有限|责任|公司)
            let mut cut = k;
            while cut > 4 && self.s(cut - 1).is_one_of(words!["有限", "责任", "有限责任", "股份"]) {
                cut -= 1;
            }
            // (two words of business: 房地产|开发, 研究|开发)
            let trade = |i: usize| {
                !self.single_char(i)
                    && matches!(
                        self.toks[i].pos(),
                        Some(Pos::Noun | Pos::VerbNoun | Pos::Abbrev | Pos::Verb)
                    )
            };
            let close = if self.s(cut - 1).is_one_of(words!["）", ")"]) {
                cut - 1
            } else if k >= 5
                && self.s(k - 2).is_one_of(words!["）", ")"])
                && !self.single_char(k - 1)
                && matches!(self.toks[k - 1].pos(), Some(Pos::Noun | Pos::VerbNoun))
            {
                k - 2
            } else if k >= 6 && self.s(k - 3).is_one_of(words!["）", ")"]) && trade(k - 2) && trade(k - 1) {
                k - 3
            } else {
                continue;
            };
            // (or a group's holding company: 中国平安保险（集团）股份有限公司)
            let group = self.s(close - 1) == "集团";
            if !self.s(close - 2).is_one_of(words!["（", "("])
                || !(self.toks[close - 1].kind == Kind::Word(Pos::Place) || group)
                || !(close - 3..k).all(|i| self.adjacent(i))
            {
                continue;
            }
            let name = close - 3;
            // (a business word before the bracket ends a longer name: 中国|平安|保险,
            // 苹果|电子|产品|商贸, 德|衡|资本, 博|世|汽车|部件; up to three words of a name before
            // it, not past a body's head: 子公司|华晟|地产（集团）)
            let mut lead = name;
            if self.org_word(name) == Some(OrgWord::Industry)
                || group
                || matches!(self.toks[name].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
            {
                while lead > 0
                    && name - lead < 3
                    && self.adjacent(lead - 1)
                    && self.is_mod(lead - 1)
                    && !self.is_head(lead - 1)
                {
                    lead -= 1;
                }
                // (a trade name of single chars: 博|世|汽车|部件)
                if lead < name && self.single_char(lead) {
                    lead = self.char_run_before(lead + 1).map_or(lead, |r| r.min(lead));
                }
            }
            let named = matches!(
                self.toks[name].kind,
                Kind::Name | Kind::Unknown | Kind::Latin
            ) || matches!(
                self.toks[name].pos(),
                Some(Pos::Noun | Pos::Proper | Pos::Org | Pos::PersonWord)
            ) || self.org_word(name) == Some(OrgWord::Name);
            let start = if self.single_char(name) {
                self.char_run_before(name + 1)
            } else {
                Some(lead)
            };
            // (a group whose own name is an organisation found: 茅台酒厂（集团）有限责任公司)
            let found = out
                .iter()
                .filter(|r| group && r.end == name + 1 && r.start <= name)
                .map(|r| r.start)
                .next();
            // (or a name of places and single chars: 越秀, 上|海城|投|置|地, 诺|维|欧)
            let start = start.filter(|_| named && !self.in_title[name]).or_else(|| {
                let part = |i: usize| {
                    !self.in_title[i]
                        && (self.toks[i].kind == Kind::Word(Pos::Place)
                            || (self.single_char(i)
                                && match self.toks[i].pos() {
                                    Some(Pos::Function | Pos::Pronoun | Pos::Numeral) => false,
                                    Some(Pos::Verb) => !self.s(i).is_one_of(words![
                                        "是", "在", "有", "为", "将", "被", "把", "让", "给", "使",
                                        "由", "向", "对", "从", "据", "到", "去", "来", "说",
                                    ]),
                                    _ => matches!(self.toks[i].kind, Kind::Word(_) | Kind::Unknown),
                                }))
                };
                let mut r = name + 1;
                while r > 0 && name + 1 - r < 5 && self.adjacent(r - 1) && part(r - 1) {
                    r -= 1;
                }
                let bounded = r == 0
                    || self.toks[r - 1].kind == Kind::Punct
                    || !self.single_char(r - 1)
                    || matches!(self.toks[r - 1].pos(), Some(Pos::Function | Pos::Pronoun));
                let chars = self.toks[name].end - self.toks[r.min(name)].start;
                (r <= name && bounded && chars >= 6).then_some(r)
            });
            if let Some(start) = match (found, start) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            } {
                out.retain(|r| r.end <= start || r.start > k);
                out.push(start..k + 1);
            }
        }
        // a listed company with its stock code: 贵州茅台（600519.SH）, 宁德时代(300750)
        for k in 1..n.saturating_sub(2) {
            if !self.s(k).is_one_of(words!["（", "("])
                || !self.s(k + 2).is_one_of(words!["）", ")"])
                || !is_stock_code(self.s(k + 1))
            {
                continue;
            }
            let part = |i: usize| {
                !self.in_title[i]
                    && (matches!(self.toks[i].kind, Kind::Name | Kind::Unknown | Kind::Latin)
                        || matches!(
                            self.toks[i].pos(),
                            Some(
                                Pos::Place
                                    | Pos::Noun
                                    | Pos::Proper
                                    | Pos::Org
                                    | Pos::Abbrev
                                    | Pos::PersonWord
                                    | Pos::VerbNoun
                            )
                        )
                        || (self.toks[i].pos() == Some(Pos::Verb) && !self.single_char(i)))
            };
            let mut j = k;
            while j > 0
                && (j == k || self.adjacent(j - 1))
                && j - 1 < k
                && part(j - 1)
                && self.chars(j - 1, k - 1) <= 10
            {
                j -= 1;
            }
            if j < k && self.chars(j, k - 1) >= 2 {
                out.retain(|r| r.end <= j || r.start >= k);
                out.push(j..k);
            }
        }
        // clubs named by their city and sponsor, three or more in a list (上海申花、广州松日、
        // 沈阳海狮): an item between list marks is a place and a name of two to four chars
        // (and, beside one, a sponsor named by a place, 上海|浦东, or a name with no city,
        // 鲁能泰山, 前|卫|寰|岛, four chars: weak items, kept only next to a strong one)
        let mut items: Vec<(Range<usize>, bool)> = Vec::new();
        let mut k = 0;
        while k < n {
            let mut e = k;
            while e < n
                && (e == k || self.adjacent(e - 1))
                && self.toks[e].kind != Kind::Punct
                && !self.s(e).is_one_of(words!["和", "与", "及"])
            {
                e += 1;
            }
            let rest = |i: usize| {
                !self.in_title[i]
                    && !self.is_head(i)
                    // (a one-char place is a char of the sponsor: 天津|泰|达, 厦门|远|华)
                    && (self.toks[i].pos() != Some(Pos::Place) || self.single_char(i))
                    && matches!(
                        self.toks[i].kind,
                        Kind::Word(
                            Pos::Place
                                | Pos::Noun
                                | Pos::Proper
                                | Pos::PersonWord
                                | Pos::Other
                                | Pos::Adj
                                | Pos::Verb
                                | Pos::Numeral
                        ) | Kind::Name
                            | Kind::Unknown
                    )
            };
            let marks = |i: usize| {
                i >= n
                    || self
                        .s(i)
                        .is_one_of(words!["、", "，", "和", "与", "及", "；", "。"])
            };
            // the item's place: the chunk's first token, or a place after a verb or a function
            // word (球队有|北京|国安、)
            let place = |i: usize| self.toks[i].pos() == Some(Pos::Place) && !self.single_char(i);
            let p = (k..e).rev().take(4).chain([k]).find(|&i| {
                place(i)
                    && (i == k || matches!(self.toks[i - 1].pos(), Some(Pos::Verb | Pos::Function)))
            });
            let open = k == 0 || marks(k - 1);
            if let Some(p) = p.filter(|&p| e > p + 1 && (p > k || open || self.s(k - 1) == "：")) {
                // (not a part of a region: 新疆北部, 西北地区东南部)
                let region = self
                    .joined(p + 1, e - 1)
                    .ends_any(&['部', '区', '面', '边', '方']);
                if (2..=4).contains(&self.chars(p + 1, e - 1)) && !region && marks(e) {
                    if (p + 1..e).all(rest) {
                        items.push((p..e, true));
                    } else if e == p + 2 && place(p + 1) && self.chars(p + 1, p + 1) == 2 {
                        items.push((p..e, false));
                    }
                }
            } else if open
                && e > k
                && marks(e)
                && self.chars(k, e - 1) == 4
                && (k..e).all(|i| {
                    !self.in_title[i]
                        && !self.is_head(i)
                        && matches!(
                            self.toks[i].kind,
                            Kind::Word(Pos::Other | Pos::Noun | Pos::Proper) | Kind::Unknown
                        )
                })
            {
                items.push((k..e, false));
            }
            k = e.max(k + 1);
        }
        // (in sports news: not a list of dishes, 北京烤鸭、兰州拉面、天津麻花)
        let sport = || {
            (0..n).any(|i| self.s(i).contains_any(&['队', '赛']) || self.s(i).ends_with("俱乐部"))
        };
        if items.iter().filter(|i| i.1).count() >= 3 && sport() {
            // (a weak item's neighbour: the item whose end is one mark before its start)
            let strong_at = |a: usize, b: usize| {
                items
                    .iter()
                    .any(|(r, st)| *st && (r.end + 1 == a || b + 1 == r.start))
            };
            let keep: Vec<Range<usize>> = items
                .iter()
                .filter(|(r, st)| *st || strong_at(r.start, r.end))
                .map(|(r, _)| r.clone())
                .collect();
            for r in keep {
                if !out.iter().any(|o| o.start < r.end && r.start < o.end) {
                    out.push(r);
                }
            }
        }
        self.match_clubs(&mut out);
        // a firm whose four chars the name model read as a person's, right before a title
        // and the person holding it (东方金诚|首席|分析师|王青): no person has a title and then
        // another's name; not a Japanese name, nor a foreign one
        for k in 0..n.saturating_sub(2) {
            let w = self.s(k);
            if self.toks[k].kind != Kind::Name
                || w.len() != 12
                || !self.adjacent(k)
                || !self.in_title[k + 1]
                || w.chars().all(is_translit)
                || JAPANESE_SURNAMES.binary_search(&&w[..6]).is_ok()
            {
                continue;
            }
            let mut j = k + 1;
            while j < n && self.in_title[j] && self.adjacent(j - 1) {
                j += 1;
            }
            if j < n
                && self.adjacent(j - 1)
                && matches!(self.toks[j].kind, Kind::Name | Kind::Word(Pos::PersonWord))
            {
                out.push(k..k + 1);
            }
        }
        // a person's own office is no organisation (来到刘延宇|办公室)
        // (nor are the members of one, 会|员: 红十字会员)
        // (nor a name that starts on a lone function char, the end of a word the segmenter
        // cut apart: 结算|所|有限公司)
        out.retain(|r| {
            !(r.len() == 2
                && self.toks[r.start].kind == Kind::Name
                && self.s(r.start + 1) == "办公室")
                && !(r.len() > 1
                    && self.single_char(r.start)
                    && self.toks[r.start].pos() == Some(Pos::Function))
                && !(r.end < n
                    && self.adjacent(r.end - 1)
                    && self.s(r.end) == "员"
                    && self.s(r.end - 1).ends_with('会'))
                // (nor are a party's members, 党|人: 中国共产党人, 国民党人, also cut as
                // 党|人为 by the segmenter; not 党|人民, 党|人士)
                && !(r.end < n
                    && self.adjacent(r.end - 1)
                    && self.s(r.end - 1).ends_with('党')
                    && self.s(r.end).starts_with('人')
                    && !self.s(r.end).is_one_of(words![
                        "人民", "人士", "人员", "人大", "人才", "人口", "人数", "人物", "人事",
                        "人类", "人权", "人心", "人社",
                    ]))
        });
        let place_at = |i: usize| {
            self.toks[i].kind == Kind::Word(Pos::Place) && !self.single_char(i) && !self.in_title[i]
        };
        for r in out.iter_mut() {
            let a = r.start;
            if a < 2 || !self.adjacent(a - 2) || !self.adjacent(a - 1) || !place_at(a - 2) {
                continue;
            }
            // 中国|驻|日本|大使馆: a mission is named with the country that sends it
            if self.s(a - 1) == "驻"
                && self
                    .joined(a, r.end - 1)
                    .contains_any_of(words!["使馆", "领事馆", "使团", "代表处", "办事处"])
            {
                r.start -= 2;
            }
        }
        // (其|驻|科索沃|使团: a mission named by where it is, without the body that sends it,
        // is a description, no name)
        out.retain(|r| {
            !(r.start > 0 && self.s(r.start - 1) == "驻" && self.s(r.end - 1) == "使团")
        });
        for r in out.iter_mut() {
            // 山东|泰山|队: a club by its province or city and its sponsor's name, whole
            let a = r.start;
            if r.len() == 2
                && a > 0
                && self.adjacent(a - 1)
                && place_at(a - 1)
                && place_at(a)
                && self.s(a + 1).is_one_of(words!["队", "男队", "女队"])
                && self.lex.places.get(self.s(a - 1)).is_some_and(|p| {
                    !matches!(p.level, super::PlaceLevel::Country | super::PlaceLevel::Other)
                })
            {
                r.start -= 1;
            }
        }
        // No clause's verb inside a name (中国人民银行|授权|中国外汇交易中心, 慕尼黑|设有|研发中心,
        // 日本央行|是否|会, 记者|联系|锐拓公司): the name starts after it, if a name is left,
        // one that starts with a place, a name or an organisation's word (not 研发|中心, 会).
        for r in out.iter_mut() {
            if let Some(i) = (r.start..r.end - 1)
                .rev()
                .find(|&i| self.s(i).is_one_of(CLAUSE_VERBS))
            {
                let a = i + 1;
                let named = matches!(
                    self.toks[a].kind,
                    Kind::Word(Pos::Place | Pos::Org | Pos::PersonWord | Pos::Proper)
                        | Kind::Name
                        | Kind::Latin
                ) || self.org_word(a) == Some(OrgWord::Name)
                    || self.admin_level(a)
                    || self.s(a) == "国家"
                    || self.char_run_before(r.end - 1).is_some_and(|s| s == a);
                *r = if named && a + 1 < r.end { a..r.end } else { r.end..r.end };
            }
        }
        out.retain(|r| !r.is_empty());
        for r in out.iter_mut() {
            // 深|算|智能科技（上海）有限公司: a company opening on its field keeps the trade
            // name cut into chars before it
            if r.len() >= 2
                && self.s(r.start).is_one_of(words!["智能", "科技", "信息", "网络", "电子", "生物", "医药", "能源", "材料", "新材料", "数据", "软件"])
                && self.s(r.end - 1).ends_with("公司")
            {
                if let Some(b) = self.brand_run(r.start) {
                    r.start = b;
                }
            }
            // 中国地质大学（北京）, 中国石油大学(华东): a university's campus in brackets after
            // it is its name's
            if r.end + 2 < self.toks.len()
                && self.s(r.end - 1).ends_with_any(words!["大学", "学院"])
                && self.s(r.end).is_one_of(words!["（", "("])
                && self.s(r.end + 2).is_one_of(words!["）", ")"])
                && self.toks[r.end + 1].kind == Kind::Word(Pos::Place)
                && (r.end - 1..r.end + 2).all(|i| self.adjacent(i))
            {
                r.end += 3;
            }
            // 开场|后|蓉城队: 后 after a word is the phrase's, not the name's (前卫 opens a club's)
            if r.len() > 2
                && r.start > 0
                && self.adjacent(r.start - 1)
                && self.single_char(r.start)
                && self.s(r.start) == "后"
                && matches!(self.toks[r.start - 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Time))
            {
                r.start += 1;
            }
        }
        self.numbered_hospitals(&mut out);
        self.investment_firms(&mut out);
        self.stations_by_two_chars(&mut out);
        self.stock_coded(&mut out);
        self.numbered_congresses(&mut out);
        self.named_with_short_form(&mut out);
        self.listed_companies(&mut out);
        for r in out.iter_mut() {
            // 全资|子公司|中国中金财富证券有限公司, 北交所|新|股|锐拓科技: a word for what the
            // body is to another (a subsidiary, a new listing) is no part of its name
            let at = self.toks[r.start].start;
            if let Some(p) = ["子公司", "分公司", "母公司", "孙公司", "新股"]
                .iter()
                .find(|p| self.fold[at..self.toks[r.end - 1].start].starts_with(**p))
            {
                if let Some(a) = (r.start + 1..r.end - 1).find(|&a| self.toks[a].start == at + p.len()) {
                    r.start = a;
                }
            } else if r.len() >= 3
                // (after a word of what kind: 核心|子公司|华晟地产有限公司)
                && self.s(r.start + 1).is_one_of(words!["子公司", "分公司", "母公司", "孙公司"])
            {
                r.start += 2;
            }
            // 华晟|控股|旗下|核心|子公司: a body and what it owns, told by a generic word, is
            // the body
            if r.len() >= 3
                && self.s(r.end - 1).is_one_of(words!["子公司", "分公司", "公司", "企业", "单位", "机构", "品牌"])
            {
                if let Some(l) = (r.start + 1..r.end - 1).find(|&l| self.s(l).is_one_of(OWNER_LINKS)) {
                    r.end = l;
                }
            }
            // 盐|阜|大众报, 星|澜|影像实验室: a name that opens on a single char after one
            // more single char at the start of a sentence or a line takes that char too (the
            // pair is the name: the dictionary cut it, and nothing else stands before it)
            if r.len() >= 2
                && r.start > 0
                && self.single_char(r.start)
                && self.single_char(r.start - 1)
                && self.adjacent(r.start - 1)
                && !self.in_title[r.start - 1]
                && matches!(
                    self.toks[r.start - 1].kind,
                    Kind::Unknown | Kind::Word(Pos::Noun | Pos::Adj | Pos::Place | Pos::Other)
                )
                && matches!(
                    self.toks[r.start].kind,
                    Kind::Unknown | Kind::Word(Pos::Noun | Pos::Place | Pos::Other | Pos::PersonWord)
                )
                && (r.start == 1
                    || !self.adjacent(r.start - 2)
                    || matches!(self.s(r.start - 2), "。" | "！" | "？" | "\n")
                    // (or after the kind of firm it is: 上柜|公司|鼎|泰|光电股份有限公司)
                    || matches!(self.s(r.start - 2), "公司" | "上市公司" | "企业"))
            {
                r.start -= 1;
            }
            // (a trade name's or a place's first char the dictionary files as an adverb, a
            // time or an adjective, the rest cut into single chars: 上市公司|极|航|汽车集团…,
            // 要求|秋|渠|乡|党委; the char opens the name after a word that ends a phrase)
            if r.len() >= 2 && self.first_char_cut_off(r.start) {
                r.start -= 1;
            }
            // 马克斯|·|普朗克|分子植物生理研究所: a body named after a person takes the whole
            // dotted name
            while r.start >= 2
                && self.s(r.start - 1) == "·"
                && self.adjacent(r.start - 2)
                && self.adjacent(r.start - 1)
                && !self.in_title[r.start - 2]
                && matches!(
                    self.toks[r.start].kind,
                    Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord)
                )
                && matches!(
                    self.toks[r.start - 2].kind,
                    Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord)
                )
            {
                r.start -= 2;
            }
            // (格|莱|斯|·|卢茨|律师事务所: the first part of the dotted name cut into single
            // chars of transliteration)
            if r.start + 1 < r.end && self.s(r.start + 1) == "·" && self.single_char(r.start) {
                while r.start > 0
                    && self.adjacent(r.start - 1)
                    && self.single_char(r.start - 1)
                    && !self.in_title[r.start - 1]
                    && self.s(r.start - 1).chars().all(is_translit)
                    && self.chars(r.start - 1, r.start) <= 4
                {
                    r.start -= 1;
                }
            }
            // 三|叶精机|株式会社: a numeral's char the name model left out opens the trade name
            // it took the rest of (三叶, 五菱), not a count (第三, 十三)
            if r.len() >= 2
                && r.start > 0
                && self.toks[r.start].kind == Kind::Name
                && self.single_char(r.start - 1)
                && self.adjacent(r.start - 1)
                && self.toks[r.start - 1].pos() == Some(Pos::Numeral)
                && self.s(r.start - 1).chars().all(|c| "一二三四五六七八九".contains(c))
                && !(r.start >= 2
                    && self.adjacent(r.start - 2)
                    && (matches!(self.toks[r.start - 2].kind, Kind::Digits | Kind::Word(Pos::Numeral))
                        || self.s(r.start - 2).ends_with('第')))
            {
                r.start -= 1;
            }
            // 我|局|坡子街派出所: "our bureau" speaking, its unit named after it
            if r.len() >= 2
                && r.start > 0
                && self.single_char(r.start)
                && self.s(r.start).is_one_of(SINGLE_HEADS)
                && self.adjacent(r.start - 1)
                && self.s(r.start - 1).is_one_of(words!["我", "本", "该", "其"])
            {
                r.start += 1;
            }
        }
        // 以北|约|40公里: a direction and "about" before a distance, no NATO (北约)
        out.retain(|r| {
            !(r.len() == 1
                && self.s(r.start) == "北约"
                && self.fold[..self.toks[r.start].start].ends_with('以')
                && r.end < self.toks.len()
                && self.toks[r.end].kind == Kind::Digits)
        });
        // only the outermost name counts: 国务院 inside 国务院残疾人工作协调委员会
        crate::pipeline::sort_by_span(&mut out, |r| (r.start, 0));
        out.dedup_by(|r, l| {
            // the same start: the longer name wins
            if l.start == r.start {
                l.end = l.end.max(r.end);
            }
            r.start < l.end
        });
        // 中铁|第四勘察设计院集团有限公司: a group's numbered company after the group's name
        let mut i = 1;
        while i < out.len() {
            let (l, r) = (out[i - 1].clone(), out[i].clone());
            if l.end == r.start
                && self.adjacent(l.end - 1)
                && self.s(r.start).strip_prefix('第').is_some_and(|w| {
                    w.chars().next().is_some_and(|c| "一二三四五六七八九十".contains(c))
                })
                && r.len() >= 2
            {
                out[i - 1].end = r.end;
                out.remove(i);
            } else {
                i += 1;
            }
        }
        out
    }

    /// A police station, a health centre or a school named by a town the gazetteer lacks,
    /// cut into two chars (溪|口|派出所, whatever the chars were read as): after a function
    /// word, a place or a break.
    #[inline(never)]
    fn stations_by_two_chars(&self, out: &mut Vec<Range<usize>>) {
        for k in 2..self.toks.len() {
            let head = self.s(k);
            if head.len() < 6 || !head.is_one_of(words!["派出所", "卫生院", "中心小学", "中心校", "中学", "小学", "医院"]) {
                continue;
            }
            // (a school's name may open with a verb's char: 执|信|中学, 育|才|小学)
            let school = head.is_one_of(words!["中学", "小学"]);
            let char_of = |i: usize, verb: bool| {
                self.single_char(i)
                    && self.adjacent(i)
                    && !self.in_title[i]
                    && match self.toks[i].kind {
                        Kind::Unknown | Kind::Name => true,
                        Kind::Word(Pos::Verb) => verb,
                        Kind::Word(p) => !matches!(p, Pos::Function | Pos::Pronoun | Pos::Verb),
                        _ => false,
                    }
            };
            // (a hospital numbered after its name: 湘|雅|二|医院)
            let numbered = head == "医院"
                && k >= 3
                && self.single_char(k - 1)
                && self.adjacent(k - 1)
                && "一二三四五六七八九".contains(self.s(k - 1));
            let last = if numbered { k - 2 } else { k - 1 };
            if head == "医院" && !numbered {
                continue;
            }
            if !(char_of(last, false) && char_of(last - 1, school)) {
                continue;
            }
            let a = last - 1;
            // (a school: a Han char of a name, not the count or the grade: 初|二|中学 no)
            if school && (self.s(a).is_one_of(words!["读", "上", "考", "念", "进", "初", "高", "小", "的", "在"])) {
                continue;
            }
            // (after its bureau, the bureau's unit: 奉化区公安分局|溪|口|派出所)
            if let Some(r) = out.iter().find(|r| r.end == a && self.adjacent(a - 1)).cloned() {
                out.push(r.start..k + 1);
                continue;
            }
            let opens = a == 0
                || !self.adjacent(a - 1)
                || matches!(self.toks[a - 1].kind, Kind::Punct | Kind::Word(Pos::Function | Pos::Place | Pos::Org))
                // (or a verb of going to it: 转入|湘|雅|二|医院)
                || (!self.single_char(a - 1) && self.toks[a - 1].kind == Kind::Word(Pos::Verb) && !school);
            if !opens {
                continue;
            }
            // (a school or a hospital after its city is the city's: 广州市|执|信|中学)
            let city = a > 0
                && self.adjacent(a - 1)
                && self.toks[a - 1].kind == Kind::Word(Pos::Place)
                && self.chars(a - 1, a - 1) >= 2
                && head.is_one_of(words!["中学", "小学", "医院"]);
            out.push(if city { a - 1 } else { a }..k + 1);
        }
    }

    /// A listed company named with its stock code in brackets: 华晟智能（301396）, 贵州茅台
    /// (600519.SH), 腾讯控股（00700.HK）, 台積電（2330）: the chars before the bracket, back
    /// to punctuation, a function word, a time or a verb of two chars (发布, 收购), 2 to 8 chars.
    #[inline(never)]
    fn stock_coded(&self, out: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        for k in 2..n.saturating_sub(2) {
            if self.toks[k].kind != Kind::Punct
                || !self.s(k).is_one_of(words!["（", "("])
                || !self.adjacent(k - 1)
                || !self.adjacent(k)
            {
                continue;
            }
            let code = self.s(k + 1);
            let digits = code.bytes().take_while(u8::is_ascii_digit).count();
            let tail = &code[digits..];
            if !(4..=6).contains(&digits)
                || !(tail.is_empty() || (tail.len() == 3 && tail.starts_with('.') && tail[1..].bytes().all(|b| b.is_ascii_uppercase())))
                || !self.s(k + 2).is_one_of(words!["）", ")"])
            {
                continue;
            }
            // (not a title's year: 《助力乡村振兴蓝皮书(2023)》)
            let open = (0..k).rev().find(|&i| self.s(i).is_one_of(words!["《", "》"]));
            if open.is_some_and(|i| self.s(i) == "《") {
                continue;
            }
            let part = |i: usize| match self.toks[i].kind {
                Kind::Name | Kind::Unknown | Kind::Latin => true,
                Kind::Word(Pos::Function | Pos::Pronoun | Pos::Time) => false,
                Kind::Word(Pos::Verb) => self.single_char(i),
                // (a count is no name: 一家|企业; 台 of 台積電 is)
                Kind::Word(Pos::Numeral) => {
                    self.single_char(i) && !"一二三四五六七八九十两几百千万亿".contains(self.s(i))
                }
                Kind::Word(_) => !self.s(i).is_one_of(CLAUSE_VERBS),
                _ => false,
            };
            let mut j = k;
            while j > 0 && part(j - 1) && (j == k || self.adjacent(j - 1)) && self.chars(j - 1, k - 1) <= 8 {
                j -= 1;
            }
            // (a common word of two chars is no company's name: 一家|企业（300123）)
            let named = self.chars(j, k - 1) >= 3
                || (j..k).any(|i| !matches!(self.toks[i].kind, Kind::Word(Pos::Noun | Pos::Verb | Pos::VerbNoun | Pos::Adj)));
            if j < k && self.chars(j, k - 1) >= 2 && named {
                out.push(j..k);
            }
        }
    }

    /// An investment firm by its trade name and 资本 or 创投 (鼎峰|资本, 云杉|创投): a name the
    /// model read, a word it files as a name, or chars it does not know; not a kind of
    /// capital (社会|资本, 智慧|资本), nor a name the model read with a preposition's char
    /// (由鼎峰: left alone).
    #[inline(never)]
    fn investment_firms(&self, out: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        // (in a sentence about investing, or before a title: 所谓智慧资本 is none)
        if n < 2 {
            return;
        }
        let mut investing = None;
        for k in 1..n {
            if self.s(k).len() != 6
                || !self.s(k).is_one_of(words!["资本", "创投", "证券"])
                || !self.adjacent(k - 1)
                || self.in_title[k - 1]
            {
                continue;
            }
            // (a brokerage by its trade name, before its analyst or a verb of saying: 华泰|证券|
            // 医药|行业分析师)
            if self.s(k) == "证券"
                && !(k + 1..(k + 4).min(n)).any(|i| (self.in_title[i] || self.saying(i)) && (k..i).all(|x| self.adjacent(x)))
            {
                continue;
            }
            let investing = *investing.get_or_insert_with(|| {
                self.joined(0, n - 1).contains_any(&['投', '融', '募', '基', '股'])
            });
            if !investing && !(k + 1 < n && self.adjacent(k) && self.in_title[k + 1]) {
                continue;
            }
            let j = k - 1;
            // (a trade name cut into two chars: 鼎|峰|资本)
            let char_of = |i: usize| {
                self.single_char(i)
                    && !self.in_title[i]
                    && matches!(self.toks[i].kind, Kind::Unknown | Kind::Name | Kind::Word(Pos::Noun | Pos::PersonWord | Pos::Adj | Pos::Other | Pos::Proper))
            };
            // (or its first char a verb's: 启|航|资本; or a char and a noun: 星|河湾|创投)
            let first_of = |i: usize| {
                char_of(i)
                    || (self.single_char(i)
                        && self.toks[i].kind == Kind::Word(Pos::Verb)
                        && !PLACE_VERB_SET.contains(self.s(i).chars().next().unwrap_or(' '))
                        && !self.s(i).is_one_of(words!["由", "向", "被", "给", "从", "和", "与", "让", "获", "得", "有", "是", "为", "投", "领", "跟"]))
            };
            let opens = |i: usize| i == 0 || !self.adjacent(i - 1) || self.toks[i - 1].kind == Kind::Punct;
            if j > 0 && char_of(j) && self.adjacent(j - 1) && first_of(j - 1) {
                out.push(j - 1..k + 1);
                continue;
            }
            if j > 0
                && self.chars(j, j) == 2
                && self.toks[j].kind == Kind::Word(Pos::Noun)
                && self.adjacent(j - 1)
                && char_of(j - 1)
                && opens(j - 1)
                && self.s(k) != "证券"
            {
                out.push(j - 1..k + 1);
                continue;
            }
            let named = match self.toks[j].kind {
                Kind::Name | Kind::Word(Pos::PersonWord) => {
                    self.chars(j, j) == 2 || !self.s(j).starts_with(['由', '向', '对', '经', '被', '给', '从', '在'])
                }
                Kind::Unknown => true,
                _ => false,
            };
            if named {
                out.push(j..k + 1);
            }
        }
    }

    /// A party's or a consultative conference's committee, or a people's congress, of one
    /// term, named whole with the place it serves: 政协|合肥市|第十五届|委员会,
    /// 中共|合肥市|第十二届|委员会, 政协|第十四届|全国|委员会|常务委员会, 合肥市|第十六届|人民代表大会
    /// (a bare 委员会 only after the body it belongs to).
    #[inline(never)]
    fn numbered_congresses(&self, out: &mut Vec<Range<usize>>) {
        const BODIES: [&str; 5] = ["政协", "中共", "中国共产党", "中国人民政治协商会议", "人民政协"];
        for k in 2..self.toks.len() {
            // 江西省|第|十|四|届|人大常委会, 广东省|第十四届|政协: a province's numbered
            // congress, its standing committee or its conference by their short names, after
            // the place
            if self.s(k).is_one_of(words!["人大常委会", "人大", "政协"])
                && self.adjacent(k - 1)
                && self.s(k - 1).ends_with('届')
            {
                let ord = if self.s(k - 1) == "届" {
                    self.ordinal_before(k - 1)
                } else {
                    self.s(k - 1).starts_with('第').then_some(k - 1)
                };
                if let Some(a) = ord.filter(|&a| {
                    a > 0
                        && self.adjacent(a - 1)
                        && self.toks[a - 1].kind == Kind::Word(Pos::Place)
                        && !self.single_char(a - 1)
                }) {
                    out.push(a - 1..k + 1);
                }
                continue;
            }
            // (by the last char's bytes first: 会, E4 BC 9A)
            if self.s(k).as_bytes().last_chunk::<3>() != Some(&[0xE4, 0xBC, 0x9A]) {
                continue;
            }
            let congress = self.s(k).is_one_of(words!["人民代表大会", "代表大会"]);
            if !(congress || self.s(k).is_one_of(words!["委员会", "中央委员会", "全国委员会"])) {
                continue;
            }
            let mut p = k;
            if self.adjacent(p - 1) && self.s(p - 1).is_one_of(words!["全国", "中央"]) {
                p -= 1;
            }
            if p < 2 || !self.adjacent(p - 1) || !self.s(p - 1).ends_with('届') {
                continue;
            }
            let Some(mut a) = (if self.s(p - 1) == "届" {
                self.ordinal_before(p - 1)
            } else {
                self.s(p - 1).starts_with('第').then_some(p - 1)
            }) else {
                continue;
            };
            let place = a > 0
                && self.adjacent(a - 1)
                && self.toks[a - 1].kind == Kind::Word(Pos::Place)
                && !self.single_char(a - 1);
            if place {
                a -= 1;
            }
            // the body, in one token or cut into several (中国|人民|政治|协商|会议)
            let at = self.toks[a].start;
            let body = (a.saturating_sub(5)..a).find(|&i| {
                (i..a).all(|x| self.adjacent(x)) && {
                    let w = &self.fold[self.toks[i].start..at];
                    BODIES.contains(&w)
                }
            });
            if let Some(b) = body {
                a = b;
            } else if !(congress && place) {
                continue;
            }
            // (its standing committee: …委员会|常务|委员会)
            let mut end = k + 1;
            if end < self.toks.len() && self.adjacent(k) {
                if self.s(end).is_one_of(words!["常务委员会", "常委会"]) {
                    end += 1;
                } else if end + 1 < self.toks.len()
                    && self.adjacent(end)
                    && self.s(end) == "常务"
                    && self.s(end + 1) == "委员会"
                {
                    end += 2;
                }
            }
            out.push(a..end);
        }
    }

    /// The items of a 、 list closed by 等 and a word for companies (比亚迪、吉利、长安等车企,
    /// 工商、农业等银行): each item names one, though a place's name too.
    #[inline(never)]
    fn listed_companies(&self, out: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        for k in 2..n.saturating_sub(1) {
            if self.s(k) != "等" || !self.adjacent(k) {
                continue;
            }
            let mut c = k + 1;
            if self.s(c).is_one_of(words!["多家", "知名", "国内", "头部", "主流", "大型", "国产"])
                && c + 1 < n
                && self.adjacent(c)
            {
                c += 1;
            }
            if !self.s(c).is_one_of(COMPANY_WORDS) {
                continue;
            }
            let item = |i: usize| {
                !self.in_title[i]
                    && !self.is_head(i)
                    && matches!(
                        self.toks[i].kind,
                        Kind::Word(Pos::Place | Pos::Noun | Pos::Proper | Pos::PersonWord | Pos::Org | Pos::Abbrev)
                            | Kind::Name
                            | Kind::Unknown
                            | Kind::Latin
                    )
            };
            // items of one or two tokens, each between 、 and 、 or 等 (the first after
            // anything else)
            let mut items: Vec<Range<usize>> = Vec::new();
            let mut e = k;
            loop {
                let mut a = e;
                while a > 0 && e - a < 2 && self.adjacent(a - 1) && item(a - 1) {
                    a -= 1;
                }
                if a == e || self.chars(a, e - 1) > 6 {
                    items.clear();
                    break;
                }
                items.push(a..e);
                if a >= 2 && self.s(a - 1) == "、" {
                    e = a - 1;
                } else {
                    break;
                }
            }
            // (an item of a province and its city makes the list one of places: 浙江|义乌、广东|
            // 揭阳等电商产业带)
            let places = items
                .iter()
                .any(|r| r.len() >= 2 && r.clone().all(|i| self.toks[i].kind == Kind::Word(Pos::Place)));
            if items.len() < 2 || places {
                continue;
            }
            for r in items {
                if !out.iter().any(|o| o.start < r.end && r.start < o.end) {
                    out.push(r);
                }
            }
        }
    }

    /// Clubs named by their city and a name of two to four chars in a match report, with no
    /// 队 (上海申花主场…, 2比1逆转青岛海牛, 战平山东泰山, 迎战天津津门虎): a place and the name's
    /// words right before a word of the match (主场, 坐镇, 主教练, a score, 以 and points) or
    /// right after a result (击败, 逆转, 迎战 …) up to the end of the phrase, in a sentence of
    /// a match (a score, 队, 赛, 轮, 主场, 客场). A place and an ordinary word (上海市民, 北京时间,
    /// 青岛港口) stands next to no match word.
    #[inline(never)]
    fn match_clubs(&self, out: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        if n < 3 {
            return;
        }
        let fold = self.fold;
        let text = &fold[self.toks[0].start..self.toks[n - 1].end];
        // digits, then one of `then`: 2比1, 34分
        let digits_then = |t: &str, then: &[char]| {
            let d = t.trim_start_matches(|c: char| c.is_ascii_digit());
            d.len() < t.len() && d.starts_any(then)
        };
        if !match_words(text) {
            return;
        }
        let after_ok = |e: usize| {
            let t = &fold[self.toks[e - 1].end..];
            t.starts_with_any(MATCH_AFTER_CLUB)
                || digits_then(t, &['比'])
                || t.strip_prefix('以')
                    .is_some_and(|r| digits_then(r, &['比', '分']))
        };
        let ends = |e: usize| {
            e >= n
                || !self.adjacent(e - 1)
                || self.toks[e].kind == Kind::Punct
                || self.toks[e].pos() == Some(Pos::Function)
                || after_ok(e)
        };
        let word = |i: usize| {
            !self.in_title[i]
                && !self.is_head(i)
                && !self.s(i).starts_with_any(MATCH_AFTER_CLUB)
                && !self.s(i).contains_any(&['队', '赛', '场'])
                && matches!(
                    self.toks[i].kind,
                    Kind::Word(
                        Pos::Place
                            | Pos::Noun
                            | Pos::Proper
                            | Pos::PersonWord
                            | Pos::Other
                            | Pos::Adj
                            | Pos::Abbrev
                    ) | Kind::Name
                        | Kind::Unknown
                )
        };
        // (a second pass takes a club joined by 与 or 和 to one the first found in the same
        // phrase: 沈阳海狮|与|升班马|广州松日|相遇)
        for pass in 0..2 {
        let found = out.len();
        for p in 0..n - 1 {
            if self.toks[p].pos() != Some(Pos::Place)
                || self.single_char(p)
                || self.in_title[p]
                || !self.adjacent(p)
            {
                continue;
            }
            let paired = |e: usize| {
                pass == 1
                    && e < n
                    && self.s(e).is_one_of(words!["与", "和", "同"])
                    && out[..found].iter().any(|o| {
                        o.start > e && (e..o.start).all(|i| self.toks[i].kind != Kind::Punct)
                    })
            };
            let before = fold[..self.toks[p].start].trim_end();
            let result = before.ends_with_any(MATCH_BEFORE_CLUB);
            let mut e = p + 1;
            // (a measure char after the name's first: 梅州|客|家)
            while e < n
                && (e == p + 1 || self.adjacent(e - 1))
                && (word(e)
                    || (e > p + 1 && self.toks[e].pos() == Some(Pos::Numeral))
                    // (or a sponsor's char the dictionary files as a verb: 广州|松|日)
                    || (self.single_char(e)
                        && !self.in_title[e]
                        && self.toks[e].kind == Kind::Word(Pos::Verb)))
            {
                // (a place of two chars is the whole name or none of it: 山东|泰山)
                let place = self.toks[e].pos() == Some(Pos::Place) && !self.single_char(e);
                if place && e > p + 1 {
                    break;
                }
                e += 1;
                let c = self.chars(p + 1, e - 1);
                if c > 4 || (place && !ends(e)) {
                    break;
                }
                if c >= 2 && (after_ok(e) || (result && ends(e)) || paired(e)) {
                    if !out.iter().any(|o| o.start < e && p < o.end) {
                        out.push(p..e);
                    }
                    break;
                }
            }
        }
        }
    }

    /// A party congress by its number (十五大, 党的二十大, 中共十六大): tokens k..e, with
    /// 中共 before it when written. A number of ten or more and 大, next to the party or
    /// before words congresses go with (精神, 报告, 以来); a number below ten only next to
    /// the party (党的八大), since 四大, 五大 are counts.
    #[cfg_attr(target_arch = "wasm32", inline)]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn congress(&self, k: usize) -> Option<Range<usize>> {
        // (asked at every token: the chars it starts with by their bytes, before the call)
        let b = self.fold.as_bytes().get(self.toks[k].start..);
        if !starts_congress_numeral(b.unwrap_or_default()) {
            return None;
        }
        self.congress_at(k)
    }

    #[inline(never)]
    fn congress_at(&self, k: usize) -> Option<Range<usize>> {
        let n = self.toks.len();
        let digit = |c: char| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
            )
        };
        let rest = &self.fold[self.toks[k].start..];
        let mut it = rest.chars();
        let c0 = it.next()?;
        if !(digit(c0) || c0 == '十') {
            return None;
        }
        let mut cs = ['\0'; 4];
        cs[0] = c0;
        for (slot, c) in cs[1..].iter_mut().zip(it) {
            *slot = c;
        }
        let len = match cs.as_slice() {
            ['二', '十', c, '大', ..] if digit(*c) => 4,
            ['二', '十', '大', ..] => 3,
            ['十', c, '大', ..] if digit(*c) => 3,
            ['十', '大', ..] => 2,
            [c, '大', ..] if digit(*c) => 2,
            _ => return None,
        };
        let end = self.toks[k].start + cs[..len].iter().map(|c| c.len_utf8()).sum::<usize>();
        let e = (k..n)
            .take_while(|&i| self.toks[i].end <= end && (i == k || self.adjacent(i - 1)))
            .last()?
            + 1;
        if self.toks[e - 1].end != end {
            return None;
        }
        let party_before = k > 0
            && self.adjacent(k - 1)
            && (self.s(k - 1) == "中共"
                || (self.s(k - 1) == "的"
                    && k > 1
                    && self.adjacent(k - 2)
                    && self.s(k - 2) == "党")
                || self.s(k - 1) == "党的");
        let usual_after = e < n
            && self.adjacent(e - 1)
            && self.s(e).is_one_of(words![
                "精神", "报告", "以来", "召开", "提出", "确定", "明确", "代表", "文件", "闭幕",
                "开幕", "期间", "路线", "决定", "部署", "胜利", "强调", "指出", "以后", "之后",
                "前夕", "前后",
            ]);
        if !(party_before || (len >= 3 && usual_after)) {
            return None;
        }
        let start = if k > 0 && self.adjacent(k - 1) && self.s(k - 1) == "中共" {
            k - 1
        } else {
            k
        };
        Some(start..e)
    }

    /// A campaign named in quotation marks, then its kind: “断卡”行动, “法治体检进民企”专项
    /// 行动, “守护洞庭湖”公益诉讼专项监督活动 (up to four nouns or verbs between the marks
    /// and the word of the campaign).
    #[inline(never)]
    fn quoted_campaigns(&self, out: &mut Vec<Range<usize>>) {
        let n = self.toks.len();
        for c in 2..n {
            if !self.s(c).is_one_of(words!["”", "」"]) || !self.adjacent(c) {
                continue;
            }
            let Some(o) = (c.saturating_sub(10)..c).rev().find(|&i| self.s(i).is_one_of(words!["“", "「"])) else {
                continue;
            };
            let inner = self.chars(o + 1, c - 1);
            if o + 1 >= c || !(2..=12).contains(&inner) || (o + 1..c).any(|i| self.toks[i].kind == Kind::Punct) {
                continue;
            }
            // (not a verb in quotation marks: 不能“出席”亚特兰大奥运展览会)
            if (o + 1..c).all(|i| self.s(i).is_one_of(MEETING_VERBS)) {
                continue;
            }
            // (what stands before the marks: its number, 第二十|届, and its province or
            // city, 浙江省|“春风行动”…)
            let mut a = o;
            if a > 0 && self.adjacent(a - 1) {
                if self.s(a - 1) == "届" {
                    if let Some(r) = self.ordinal_before(a - 1).filter(|&r| self.s(r).starts_with('第')) {
                        a = r;
                    }
                } else if self.s(a - 1).starts_with('第') && self.s(a - 1).ends_with('届') {
                    a -= 1;
                }
            }
            if a > 0
                && self.adjacent(a - 1)
                && self.toks[a - 1].kind == Kind::Word(Pos::Place)
                && !self.single_char(a - 1)
                && !self.in_title[a - 1]
            {
                a -= 1;
            }
            // (and its year: 2026年|通江县|“最美退役军人”发布仪式)
            if a >= 2
                && self.adjacent(a - 1)
                && self.adjacent(a - 2)
                && self.s(a - 1) == "年"
                && self.toks[a - 2].kind == Kind::Digits
                && self.s(a - 2).len() == 4
            {
                a -= 2;
            }
            let mut e = c + 1;
            while e < n && e <= c + 6 && self.adjacent(e - 1) && self.chars(c + 1, e) <= 12 {
                let w = self.s(e);
                // (a campaign, or a ceremony or a gathering under the campaign's name:
                // “春风行动”集中捐赠仪式, 「恒爱同行」慈善步行筹款活动)
                if w.ends_with_any(words!["行动", "活动", "仪式", "典礼"]) || self.lex.event_words.contains(w) {
                    out.push(self.toks[a].start..self.toks[e].end);
                    break;
                }
                if !matches!(self.toks[e].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Time))
                    || self.in_title[e]
                {
                    break;
                }
                e += 1;
            }
        }
    }

    #[inline(never)]
    fn events(&self, orgs: &[Range<usize>], people: &[PersonHit]) -> Vec<Range<usize>> {
        let n = self.toks.len();
        let mut out = Vec::new();
        self.quoted_campaigns(&mut out);
        for k in 0..n {
            if let Some(r) = self.congress(k) {
                out.push(self.toks[r.start].start..self.toks[r.end - 1].end);
            }
        }
        let (Some(first), Some(last)) = (self.toks.first(), self.toks.last()) else {
            return out;
        };
        let base = first.start;
        let hay = &self.fold[base..last.end];
        for m in EVENT_AC.find_iter(hay) {
            let (ms, me) = (base + m.start(), base + m.end());
            // the event word starts a token; it may end inside one (进博会|上 cut as 会上)
            let Ok(k) = self.toks.binary_search_by_key(&ms, |t| t.start) else {
                // (a proper noun of the dictionary that ends with the event word is the
                // event whole: 十一届三中全会, 遵义会议)
                let i = self.toks.partition_point(|t| t.start < ms).saturating_sub(1);
                if self.toks[i].end == me && self.toks[i].kind == Kind::Word(Pos::Proper) {
                    out.push(self.toks[i].start..me);
                }
                continue;
            };
            // (but not into a word of its own that its last 会 starts: 世博|会议中心)
            let inside = self.toks.partition_point(|t| t.start < me).saturating_sub(1);
            if self.toks[inside].end > me && self.fold[self.toks[inside].start..].starts_with("会议") {
                continue;
            }
            // (nor a fair's 会 that starts a verb cut off: 郑|文博会|见, 进博会|谈)
            if self.fold[ms..me].ends_with('会') && self.fold[me..].starts_any(&['见', '谈', '晤']) && !self.fold[me..].starts_with_any(words!["见证", "谈判"]) {
                continue;
            }
            // (nor a meeting's word that names a building after it: 会议|展览中心, 会议|室)
            // (nor a festival's section: 主竞赛|单元)
            if self.fold[me..].starts_with_any(words!["中心", "展览中心", "室", "厅", "大厦", "堂", "单元"]) {
                continue;
            }
            let word = &self.fold[ms..me];
            let mut j = k;
            loop {
                if j == 0 || !self.adjacent(j - 1) || self.chars(j - 1, k) > 30 {
                    break;
                }
                let p = j - 1;
                let s = self.s(p);
                // (a verb that takes the meeting as its object, even one the dictionary files
                // as a noun, ends the walk: 负责同志|列席|会议; so does a span of time: 国庆|期间|大会)
                if s.is_one_of(MEETING_VERBS) || s.is_one_of(words!["期间", "以来", "之际", "前夕", "之后", "以后", "之前", "以前"]) {
                    break;
                }
                // (a term's numbered session, 第4|会|期, the 会 cut off as a verb)
                if s == "期" && p > 0 && self.s(p - 1) == "会" && self.adjacent(p - 1) {
                    let mut q = p - 1;
                    while q > 0
                        && self.adjacent(q - 1)
                        && matches!(self.toks[q - 1].kind, Kind::Digits | Kind::Word(Pos::Numeral))
                    {
                        q -= 1;
                    }
                    if q + 1 < p && self.s(q).starts_with('第') {
                        j = q;
                        continue;
                    }
                }
                // the person an event is held for names it: 周学诚|同志|遗体告别仪式,
                // 文天祥|诞辰|纪念会, 李|先生|追悼会
                // (a memorial after 同志/先生/女士; any event after 诞辰/逝世/遗体: not
                // 王军|同志|座谈会)
                let for_whom = match self.s(j) {
                    "诞辰" | "逝世" | "遗体" => true,
                    "同志" | "先生" | "女士" => word.is_one_of(MEMORIALS),
                    _ => false,
                };
                if let Some(h) = people
                    .iter()
                    .find(|h| for_whom && h.span.end == self.toks[j].start)
                {
                    j = self.toks[..p].partition_point(|t| t.start < h.span.start);
                    continue;
                }
                // (an award's name before its 奖: 金爵|奖|颁奖典礼)
                if self.toks[p].kind == Kind::Name && self.chars(p, p) == 2 && self.s(j) == "奖" && j < k {
                    j = p;
                    continue;
                }
                // (the delegates a congress is of: 道教协会|第七次|代表|会议)
                if s == "代表" && j == k && word.ends_with_any(words!["会议", "大会"]) {
                    j = p;
                    continue;
                }
                // an anniversary or a quarter with its number (建校|100|周年|纪念大会,
                // 四|季度|安全生产工作会议), and what the anniversary is of: a verb and a noun
                // of one char each, or a verb of two (建|校, 成立, 建党)
                if s.is_one_of(words!["周年", "季度"]) {
                    let mut q = p;
                    while q > 0
                        && self.adjacent(q - 1)
                        && (matches!(self.toks[q - 1].kind, Kind::Digits | Kind::Word(Pos::Numeral))
                            || is_numeral(self.s(q - 1)))
                    {
                        q -= 1;
                    }
                    if q < p {
                        if s == "周年" && q > 0 && self.adjacent(q - 1) {
                            if q >= 2
                                && self.single_char(q - 1)
                                && self.single_char(q - 2)
                                && self.adjacent(q - 2)
                                && self.toks[q - 2].kind == Kind::Word(Pos::Verb)
                            {
                                q -= 2;
                            } else if self.s(q - 1).is_one_of(words!["成立", "建校", "建院", "建党", "建国", "建市", "建县", "建区", "创刊", "建厂", "开馆", "诞辰", "逝世"]) {
                                q -= 1;
                            }
                        }
                        j = q;
                        continue;
                    }
                }
                // (a generic word is taken here and trimmed below if it starts the name:
                // 乡村振兴|工作|座谈会, but 记者|座谈会 is no name)
                // (a season names the games: 冬季|奥运会)
                // (who meets names a summit: 领导人|非|正式|会议, 元首|理事会, 外长|会议)
                // (and a word the dictionary files as a name's: 冰雪|温泉|旅游节)
                if (self.is_mod(p)
                    || self.org_word(p) == Some(OrgWord::Not)
                    || in_span(orgs, p)
                    || s.is_one_of(EVENT_NAME_WORDS)
                    || (s == "非" && self.s(j) == "正式")
                    // (the countries that meet, by their one-char names: 中日|韩|外长会)
                    || self.country_pair(p)
                    || (self.toks[p].kind == Kind::Word(Pos::PersonWord) && !self.in_title[p])
                    // (a league's short name before its season's: 亚冠|精英联赛)
                    || (s.is_one_of(NAMED_EVENTS) && word.ends_with_any(words!["联赛", "选拔赛", "资格赛", "预选赛", "测试赛"])))
                    && self.toks[p].kind != Kind::Name
                {
                    j = p;
                    continue;
                }
                // a region with its county in brackets: 长白山|（|抚松|）|冰雪温泉旅游节
                if s == "）"
                    && p >= 3
                    && (p - 3..p).all(|i| self.adjacent(i))
                    && self.s(p - 2) == "（"
                    && self.toks[p - 1].kind == Kind::Word(Pos::Place)
                    && self.toks[p - 3].kind == Kind::Word(Pos::Place)
                {
                    j = p - 3;
                    continue;
                }
                // a verb between nouns: 乡村振兴干部 (not one that takes the meeting as its
                // object: 市政府|召开|全市安全生产工作会议)
                if j < k
                    && self.toks[p].kind == Kind::Word(Pos::Verb)
                    && !s.is_one_of(MEETING_VERBS)
                    && p > 0
                    && self.adjacent(p - 1)
                    && self.is_mod(p - 1)
                    && self.toks[p - 1].kind != Kind::Name
                {
                    j = p - 1;
                    continue;
                }
                // a name in quotation marks before the event's word names it (“回声”巡演,
                // “考古中国”重大项目进展工作会), with what stands before the marks
                if s.is_one_of(words!["”", "」"]) {
                    let open = (p.saturating_sub(8)..p)
                        .rev()
                        .find(|&i| self.s(i).is_one_of(words!["“", "「"]));
                    if let Some(o) = open.filter(|&o| {
                        o + 1 < p
                            && (o..p).all(|i| self.adjacent(i))
                            && !(o + 1..p).any(|i| self.toks[i].kind == Kind::Punct)
                            && self.chars(o + 1, p - 1) >= 2
                            // (not a verb in quotation marks: “出席”亚特兰大奥运展览会)
                            && !(o + 1..p).all(|i| matches!(self.toks[i].pos(), Some(Pos::Verb | Pos::VerbNoun)))
                    }) {
                        j = o;
                        continue;
                    }
                }
                // two parties joined by a dash name the fair: 中国|—|东盟|博览会
                if s.is_one_of(words!["—", "－", "-"])
                    && j < k
                    && p > 0
                    && self.adjacent(p - 1)
                    && [p - 1, j].iter().all(|&i| {
                        self.toks[i].kind == Kind::Word(Pos::Place) || in_span(orgs, i)
                    })
                {
                    j = p - 1;
                    continue;
                }
                // a country and a city joined by a middle dot name the festival: 中国|·|哈尔滨|
                // 国际冰雪节
                if s.is_one_of(words!["·", "•"])
                    && j < k
                    && p > 0
                    && self.adjacent(p - 1)
                    && self.toks[p - 1].kind == Kind::Word(Pos::Place)
                    && self.toks[j].kind == Kind::Word(Pos::Place)
                {
                    j = p - 1;
                    continue;
                }
                // a word the dictionary lacks, cut into single chars (螺|蛳|粉|产业博览会, 亚|布|
                // 力|国际滑雪邀请赛): the run of them, two chars or more
                let loose = |i: usize| {
                    self.single_char(i)
                        && !self.in_title[i]
                        && matches!(self.toks[i].kind, Kind::Unknown | Kind::Word(Pos::Noun | Pos::Other | Pos::PersonWord | Pos::Abbrev))
                };
                if loose(p) && p > 0 && self.adjacent(p - 1) && loose(p - 1) {
                    let mut q = p - 1;
                    while q > 0 && self.adjacent(q - 1) && loose(q - 1) && p - q < 4 {
                        q -= 1;
                    }
                    j = q;
                    continue;
                }
                // a day named by its date opens the name: 3|·|15|消费维权新闻发布会
                if self.toks[p].kind == Kind::Digits
                    && s.len() <= 2
                    && p >= 2
                    && self.adjacent(p - 1)
                    && self.adjacent(p - 2)
                    && self.s(p - 1).is_one_of(words!["·", "•", "."])
                    && self.toks[p - 2].kind == Kind::Digits
                    && self.s(p - 2).len() <= 2
                {
                    j = p - 2;
                    break;
                }
                // a year of four digits opens the name: 2027|亚布力国际滑雪邀请赛
                if self.toks[p].kind == Kind::Digits
                    && s.len() == 4
                    && (s.starts_with("19") || s.starts_with("20"))
                    && j < k
                {
                    j = p;
                    break;
                }
                // 第七届, 2024年, 第三|十|一次: an ordinal or a year
                let counted = s.ends_any(&['届', '次', '场'])
                    && s.chars().count() > 1
                    && is_numeral(&s[..s.len() - '次'.len_utf8()]);
                // (or a craft's number: 神舟|二十四|号|载人飞行任务新闻发布会)
                // (or a press conference's of the year: 2026年|第19|场|新闻发布会)
                if s.is_one_of(words!["届", "次", "期", "年", "号", "场"]) || counted {
                    let mut q = p;
                    while q > 0
                        && self.adjacent(q - 1)
                        && (matches!(
                            self.toks[q - 1].kind,
                            Kind::Digits | Kind::Word(Pos::Numeral)
                        ) || is_numeral(self.s(q - 1)))
                    {
                        q -= 1;
                    }
                    // (a count of how many, after 连续 or 已: 连续|四|届|世锦赛 names no fourth)
                    // (nor a contest's without 第: “四届世锦赛冠军” counts titles)
                    let how_many = q < p
                        && (s.ends_with('届') || counted)
                        && ((q > 0
                            && self.adjacent(q - 1)
                            && self.s(q - 1).is_one_of(words!["连续", "已", "已经", "了", "过", "共", "曾", "历经", "等"]))
                            || (word.ends_any(&['赛', '杯']) && !self.s(q).starts_with('第')));
                    // (场 counts unless 第 opens it: 三|场|新闻发布会 are three)
                    if how_many || (s.ends_with('场') && !(q..p).any(|i| self.s(i).starts_with('第'))) {
                        break;
                    }
                    // (a count with its 第 before it: 九届全国人大|一次|会议 keeps its body)
                    if (q < p && !counted) || (counted && q < p && self.s(q).starts_with('第')) {
                        j = q;
                        continue;
                    }
                    // (a session after a term: 十四届|全国人大|三次|会议, 全国政协|十四届|三次|会议)
                    let termed = (p.saturating_sub(3)..p)
                        .any(|i| self.s(i).contains('届') && (i..p).all(|x| self.adjacent(x)));
                    if counted && q == p && termed {
                        j = p;
                        continue;
                    }
                }
                if s.starts_with('第')
                    && s.chars().count() >= 2
                    && (s.ends_with('届') || s.ends_with('次'))
                {
                    j = p;
                    continue;
                }
                break;
            }
            // (a one-char verb or adjective before another char is a word the dictionary
            // lacks, cut apart: 健|身|气|功)
            // (nor a char counted by the numeral before it: 两|国|领导人|会议 is no name)
            while j < k
                && (self.s(j).is_one_of(GENERIC_STARTS)
                    || self.s(j).is_one_of(EVENT_NOT_STARTS)
                    || (self.single_char(j)
                        && self.toks[j].kind != Kind::Punct
                        && j > 0
                        && self.adjacent(j - 1)
                        && (is_numeral(self.s(j - 1)) || self.s(j - 1).is_one_of(words!["各", "多"])))
                    || (matches!(self.toks[j].kind, Kind::Word(Pos::Verb | Pos::Adj))
                        && !self.s(j).is_one_of(EVENT_NAME_WORDS)
                        && !(self.single_char(j) && self.single_char(j + 1) && self.adjacent(j))))
            {
                j += 1;
            }
            // a ceremony named by what it marks, one or two verbs before it (开通|运营|仪式,
            // 并网|投产|仪式, 通车|典礼): they stay in the name the trim above took them off
            if word.ends_with_any(words!["仪式", "典礼"]) {
                let mut v = k;
                while v > 0
                    && k - v < 2
                    && self.adjacent(v - 1)
                    && self.chars(v - 1, v - 1) == 2
                    // (or a noun right before it that names what it marks: 校庆|典礼)
                    && (matches!(self.toks[v - 1].kind, Kind::Word(Pos::Verb | Pos::VerbNoun))
                        || (v == k && self.toks[v - 1].kind == Kind::Word(Pos::Noun)))
                    && !self.s(v - 1).is_one_of(GENERIC_STARTS)
                    && !self.s(v - 1).is_one_of(MEETING_VERBS)
                    && !self.s(v - 1).is_one_of(EVENT_NOT_STARTS)
                {
                    v -= 1;
                }
                if v < j {
                    j = v;
                }
            }
            // a name in quotation marks is the event's name whole (“千里江山——历代青绿山水画
            // 特展”): from the opening mark, when the event word ends at the closing one
            // (nor inside a word the char before it starts, 夺|下|台北羽球公开赛: the char is
            // dropped; a season's, 2026|秋|季|新品发布会, opens it with the year before it)
            if j < k
                && j > 0
                && self.single_char(j)
                && self.single_char(j - 1)
                && self.adjacent(j - 1)
                && (self.lex.word(self.joined(j - 1, j)).is_some()
                    || (self.s(j) == "季" && self.s(j - 1).is_one_of(words!["春", "夏", "秋", "冬"]))
                    // (a verb's direction: 夺|下, 拿|下)
                    || (self.s(j).is_one_of(words!["下", "上"]) && self.toks[j - 1].kind == Kind::Word(Pos::Verb))
                    // (a determiner's noun: 该|剧|开机仪式 is the drama's)
                    || self.s(j - 1).is_one_of(words!["该", "此", "这", "那", "每", "各"]))
            {
                if self.toks[j - 1].kind == Kind::Word(Pos::Time) {
                    j -= 1;
                    if j > 0 && self.adjacent(j - 1) && self.toks[j - 1].kind == Kind::Digits && self.s(j - 1).len() == 4 {
                        j -= 1;
                    }
                } else {
                    j += 1;
                }
            }
            if self.fold[me..].starts_any(&['”', '」']) {
                let head = &self.fold[base..ms];
                let open = head
                    .char_indices()
                    .rev()
                    .take(40)
                    .take_while(|&(_, c)| !matches!(c, '。' | '”' | '」'))
                    .find(|&(_, c)| matches!(c, '“' | '「'));
                // (not a meeting pointed at: “这次会议”)
                if let Some((i, c)) = open.filter(|&(i, c)| {
                    let name = &head[i + c.len_utf8()..];
                    name.chars().count() >= 2
                        && !name.starts_any(&[
                            '这', '那', '该', '此', '本', '每', '各', '某', '上', '下',
                        ])
                }) {
                    out.push(base + i + c.len_utf8()..me);
                    continue;
                }
            }
            // (and a brand of two chars the dictionary cut apart between the year and the
            // name: 2026|星|澜|秋季新品发布会)
            if j < k
                && j >= 2
                && self.single_char(j - 1)
                && self.adjacent(j - 2)
                && self.adjacent(j - 1)
                && self.toks[j - 2].kind == Kind::Digits
                && self.s(j - 2).len() == 4
                && self.s(j - 2).starts_with_any(words!["19", "20"])
                && self.single_char(j)
                && matches!(self.toks[j - 1].kind, Kind::Unknown | Kind::Word(Pos::Noun | Pos::Place | Pos::Other | Pos::PersonWord))
            {
                j -= 1;
            }
            // (a year of four digits glued to a name opens it: 2026中国商业航天发展大会)
            if j < k
                && j > 0
                && self.adjacent(j - 1)
                && self.toks[j - 1].kind == Kind::Digits
                && self.s(j - 1).len() == 4
                && self.s(j - 1).starts_with_any(words!["19", "20"])
                && (j == 1
                    || !self.adjacent(j - 2)
                    || self.toks[j - 2].kind == Kind::Punct
                    // (举办的|2026|江西省非遗购物节, 其|2027|“春山”世界巡回演唱会)
                    || matches!(self.toks[j - 2].pos(), Some(Pos::Function | Pos::Pronoun))
                    // (举行|2026|秋季新品发布会: the verb that holds it)
                    || self.s(j - 2).is_one_of(MEETING_VERBS))
            {
                j -= 1;
            }
            // (人 of one who does something opens with its verb: 持有|人|会议)
            if j < k
                && j > 0
                && self.s(j) == "人"
                && self.adjacent(j - 1)
                && self.chars(j - 1, j - 1) == 2
                && matches!(self.toks[j - 1].kind, Kind::Word(Pos::Verb | Pos::VerbNoun))
                && !self.s(j - 1).is_one_of(MEETING_VERBS)
            {
                j -= 1;
            }
            // (the kind of event before its market is no event: 演唱会|市场, 全国大型演唱会|票房,
            // unless a year, a number or a quoted name makes it one)
            if self.fold[me..].starts_with_any(words!["市场", "票房", "经济", "行业", "产业"])
                && !self.fold[self.toks[j].start..ms].contains(|c: char| c.is_ascii_digit() || matches!(c, '届' | '“' | '」' | '「'))
            {
                continue;
            }
            // (a race's distance is no event: 全程|马拉松, 半程马拉松)
            if word == "马拉松" && self.fold[..ms].ends_with_any(words!["全程", "半程", "程"]) {
                continue;
            }
            // (a selection round is named by the contest it selects for: 亚运会|选拔赛, not
            // 校内|选拔赛)
            let selection = word == "选拔赛"
                && !(j..k).any(|i| self.s(i).is_one_of(NAMED_EVENTS) || self.lex.event_words.contains(self.s(i)));
            if (j < k || word.is_one_of(NAMED_EVENTS) || word.is_one_of(KIND_EVENTS)) && !selection {
                out.push(self.toks[j].start..me);
            }
        }
        let _ = n;
        // an event held at a place under a forum's name is one event (中非合作论坛|北京峰会)
        crate::pipeline::sort_by_span(&mut out, |r| (r.start, r.end));
        // (a league inside its season's name is no event of its own: 亚冠 of 亚冠精英联赛)
        let all = out.clone();
        out.retain(|r| !all.iter().any(|o| o.start <= r.start && r.end <= o.end && o.len() > r.len()));
        let mut i = 0;
        while i + 1 < out.len() {
            let (a, b) = (out[i].clone(), out[i + 1].clone());
            let at = self.toks.partition_point(|t| t.start < b.start);
            // (and the opening of a season or a festival is the season's: 寻乌脐橙采摘季|启动
            // 仪式, 夜游季|开幕式)
            // (two events joined by 暨 are one, as news names them: 古庙会|暨|第十二届…元宵
            // 灯会; and a congress's numbered session is its: 职工代表大会|第四次会议)
            let joined = self.fold[a.end..].starts_with('暨') && a.end + '暨'.len_utf8() == b.start;
            let session = a.end == b.start
                && self.fold[..a.end].ends_with("大会")
                && self.fold[b.start..b.end].starts_with('第')
                && self.fold[b.start..b.end].ends_with("次会议");
            if (a.end == b.start
                && ((at < self.toks.len()
                    && self.toks[at].kind == Kind::Word(Pos::Place)
                    && self.fold[..a.end].ends_any(&['坛', '会']))
                    || self.fold[b.start..b.end].starts_with_any(words!["启动仪式", "开幕式", "闭幕式", "开幕仪式", "闭幕仪式"])))
                || joined
                || session
            {
                out[i] = a.start..b.end;
                out.remove(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }
}

/// Event words that, alone, name the one occasion a story reports (the press conference
/// it was told at, the ceremony it covers), unlike 会议 or 大会 alone: an event too.
pub(crate) const KIND_EVENTS: Words = words![
    "新闻发布会", "记者会", "新品发布会", "吹风会", "通气会", "见面会", "开幕式", "闭幕式",
    "颁奖仪式", "表彰仪式", "告别仪式", "签约仪式", "揭牌仪式", "开工仪式", "启动仪式", "出征仪式",
    "入列仪式", "交接仪式", "追悼会", "反馈会", "欢迎仪式", "颁奖典礼", "简介会", "法说会",
    "投产仪式", "通车仪式", "竣工仪式", "奠基仪式", "首发式", "闭幕礼", "开幕礼", "签字仪式",
    "签署仪式", "送别仪式", "开通仪式", "首航仪式", "靠泊仪式", "开班仪式", "启航仪式", "首发仪式",
    "启用仪式", "交付仪式", "命名仪式", "授牌仪式", "开业仪式", "落成仪式", "新闻通报会", "通报会",
    "媒体沟通会", "沟通会", "下水仪式", "开学典礼", "开学礼", "联合记者会", "上市仪式",
    "升旗仪式", "升国旗仪式", "过水门仪式", "授旗仪式", "入学仪式", "毕业典礼", "欢送会", "欢送晚会",
    "开幕仪式", "闭幕仪式", "搅珠仪式", "首映礼", "首映式", "开机仪式", "宣誓仪式", "就职仪式",
    "就职典礼", "荣休仪式",
];

/// Events held in memory of someone, named for them: 周学诚同志遗体告别仪式, 李先生追悼会.
const MEMORIALS: Words = words!["告别仪式", "送别仪式", "追悼会", "追思会", "纪念会"];

/// Verbs whose object is a meeting: never inside an event's name.
/// Nouns and verbs before an event that are no part of its name (距离|巴黎奥运会 "the time
/// to the Paris Olympics", 备战|全运会).
const EVENT_NOT_STARTS: Words = words![
    "距离", "距", "离", "备战", "迎接", "迎战", "筹备", "备", "战", "本届", "此次", "这次", "上届",
    "下届", "下一届",
    "征战", "无缘", "顶级", "卫冕", "以来", "季度", "暨", "赛后", "赛前", "会后", "会前",
];

const MEETING_VERBS: Words = words![
    "召开", "举行", "举办", "主办", "承办", "协办", "出席", "参加", "参与", "列席", "主持", "组织",
    "开幕", "闭幕", "亮相",
];

static EVENT_AC: std::sync::LazyLock<crate::text::multi::Matcher> =
    std::sync::LazyLock::new(|| {
        // leftmost-longest, as aho-corasick's MatchKind::LeftmostLongest (no automaton built);
        // the words' order does not matter: two words of one length cannot both match at a
        // place, and the pattern index is not read (a sort here was a copy of the stable sort)
        crate::text::multi::Matcher::new(get().event_words.iter().copied())
    });

/// Countries abbreviated to one char only in pairs (中葡双方, 中以两国, 中、阿建交).
const PAIR_ABBREVS: &str = "葡西加以阿马埃伊荷瑞比奥波乌哈缅老柬尼智古蒙新挪芬丹希匈捷罗保塞克";
static PAIR_ABBREV_SET: HanSet = HanSet::of(PAIR_ABBREVS);

/// A name-model token that is a place abbreviation and a word of relations (韩两国, 韩美间,
/// 阿建交): the abbreviation and the rest.
fn glued_relation<'a>(s: &Sentence<'a>, k: usize) -> Option<(char, &'a str)> {
    if s.toks[k].kind != Kind::Name {
        return None;
    }
    let w = s.s(k);
    let a = w.chars().next()?;
    let rest = &w[a.len_utf8()..];
    let rel = |r: &str| r.is_one_of(words!["两国", "双方", "间", "两军", "建交", "关系", "首脑"]);
    let ok = (is_place_abbrev(a) || PAIR_ABBREV_SET.contains(a))
        && (rel(rest)
            || rest
                .char_indices()
                .nth(1)
                .is_some_and(|(i, _)| rest[..i].chars().all(is_place_abbrev) && rel(&rest[i..])));
    ok.then(|| {
        let r = match rest.char_indices().nth(1) {
            Some((i, _)) if !rel(rest) => &rest[..i],
            _ => rest,
        };
        (a, r)
    })
}

/// One-character names of countries and Chinese places, as news abbreviates them.
const PLACE_ABBREVS: &str = "中美俄日韩朝英法德印巴越泰澳欧京沪津渝港台华粤苏浙鲁豫川湘鄂赣皖闽黔滇桂琼冀晋辽吉黑陕甘藏蒙墨意叙菲亚";
static PLACE_ABBREV_SET: HanSet = HanSet::of(PLACE_ABBREVS);
fn is_place_abbrev(c: char) -> bool {
    PLACE_ABBREV_SET.contains(c)
}
/// Verbs that take a one-character place: 访华, 来京, 驻港.
const PLACE_VERBS: &str = "访来在驻抵离进赴返回旅援侵去到对经";
static PLACE_VERB_SET: HanSet = HanSet::of(PLACE_VERBS);
/// Words after a pair of place abbreviations (中美关系) or one (美方).
const PLACE_AFTER: Words = words![
    "关系",
    "两国",
    "双方",
    "双边",
    "之间",
    "合作",
    "方",
    "军",
    "政府",
    "外长",
    "总统",
    "首相",
    "总理",
    "两军",
    "贸易",
    "友好",
    "联合",
    "峰会",
    "会谈",
    "边界",
    "国内",
    "政局",
    "首脑",
    "高层",
    "官员",
    "经济",
    "外交",
    "议会",
    "国防部",
    "外交部",
    "驻",
    "籍",
];

/// 中美关系 → 中, 美; 访华 → 华; 美方 → 美. A one-character abbreviation is a place only
/// in such company: another abbreviation (中美, 日俄), a verb of travel (访华, 离俄), or a
/// word of relations or government (美方, 俄总统). The segmenter must have left the
/// character alone (not inside a word such as 中华 or 美德), or cut a pair of them.
#[inline(never)]
fn abbreviated_places(s: &Sentence, out: &mut Vec<Range<usize>>) {
    let n = s.toks.len();
    let ab1 = |k: usize| s.single_char(k) && s.s(k).chars().all(is_place_abbrev) && !s.in_title[k];
    let pair = |k: usize| {
        let w = s.s(k);
        w.chars().count() == 2
            && w.chars().all(is_place_abbrev)
            && !matches!(
                s.toks[k].pos(),
                Some(
                    Pos::Noun | Pos::Verb | Pos::Adj | Pos::Function | Pos::Place | Pos::PersonWord
                )
            )
    };
    // abbreviations that are places only next to another one and a word of relations
    // (中|葡|双方, 中、阿|建交, 中|以|两国): 葡, 阿, 以 alone are other words
    let ab_extra = |k: usize| {
        s.single_char(k)
            && !s.in_title[k]
            && matches!(s.toks[k].kind, Kind::Word(_) | Kind::Unknown)
            && s.s(k).chars().all(|c| PAIR_ABBREV_SET.contains(c))
    };
    for k in 0..n {
        // every case below starts with an abbreviation: a test of the first char skips the
        // other tokens at once
        let c = s.first[k];
        if c == '\0' || !(is_place_abbrev(c) || PAIR_ABBREV_SET.contains(c)) {
            continue;
        }
        // (日 and 月 after a figure are the date's: 2日|联合发布)
        if c == '日'
            && s.single_char(k)
            && k > 0
            && s.adjacent(k - 1)
            && matches!(s.toks[k - 1].kind, Kind::Digits | Kind::Word(Pos::Numeral))
        {
            continue;
        }
        let t = s.toks[k];
        // 韩方, 美军 read as a name: the country's side or army, the place
        if t.kind == Kind::Name && s.place_and_army(k) {
            let c = s.s(k).chars().next().map_or(0, char::len_utf8);
            out.push(t.start..t.start + c);
            continue;
        }
        // 中|韩两国, 韩美间: the name model read a name into an abbreviation and a word of
        // relations; the abbreviations are places
        if let Some((a, rest)) = glued_relation(s, k) {
            let first = t.start + a.len_utf8();
            if rest.chars().count() == 1 && rest.chars().all(is_place_abbrev) {
                out.push(t.start..first);
                out.push(first..first + rest.len());
            } else if k > 0 && s.adjacent(k - 1) && (ab1(k - 1) || ab_extra(k - 1)) {
                out.push(s.toks[k - 1].start..s.toks[k - 1].end);
                out.push(t.start..first);
            } else if k >= 2 && s.s(k - 1) == "、" && ab1(k - 2) {
                out.push(s.toks[k - 2].start..s.toks[k - 2].end);
                out.push(t.start..first);
            }
            continue;
        }
        if ab_extra(k) && !ab1(k) {
            // (not the 中 "in" that ends the word before it: 比赛中|以三比一获胜)
            let in_word = |i: usize| {
                s.s(i) == "中"
                    && i > 0
                    && s.adjacent(i - 1)
                    && matches!(
                        s.toks[i - 1].kind,
                        Kind::Word(
                            Pos::Noun | Pos::VerbNoun | Pos::Verb | Pos::Proper | Pos::Other
                        ) | Kind::Name
                            | Kind::Unknown
                    )
            };
            let strong = k + 1 < n
                && (s.s(k + 1).is_one_of(PLACE_AFTER)
                    || s.s(k + 1)
                        .is_one_of(words!["两国", "间", "之间", "建交", "首脑", "关系", "谈判"])
                    || (s.s(k + 1) == "两"
                        && k + 2 < n
                        && s.s(k + 2).is_one_of(words!["国", "军", "党"])));
            let prev_ab = k > 0 && s.adjacent(k - 1) && ab1(k - 1) && (!in_word(k - 1) || strong);
            let listed_ab = k >= 2 && s.s(k - 1) == "、" && ab1(k - 2);
            let relation_at = |i: usize| {
                i < n && s.adjacent(i - 1) && (s.s(i).is_one_of(PLACE_AFTER) || after_pair(s.s(i)))
            };
            if (prev_ab || listed_ab) && relation_at(k + 1) {
                let p = if prev_ab { k - 1 } else { k - 2 };
                out.push(s.toks[p].start..s.toks[p].end);
                out.push(t.start..t.end);
            } else if k + 1 < n && s.adjacent(k) && ab1(k + 1) && relation_at(k + 2) {
                // the other order: 埃|中|两国, 以|中|关系
                out.push(t.start..t.end);
                out.push(s.toks[k + 1].start..s.toks[k + 1].end);
            }
            continue;
        }
        if pair(k) {
            let mid = t.start + s.s(k).chars().next().map_or(0, char::len_utf8);
            out.push(t.start..mid);
            out.push(mid..t.end);
            continue;
        }
        if !ab1(k) {
            continue;
        }
        let prev = (k > 0 && s.adjacent(k - 1)).then(|| k - 1);
        let next = (k + 1 < n && s.adjacent(k)).then_some(k + 1);
        // two single abbreviations cut apart pair up (中|日), and one before a pair (粤|港澳
        // 大湾区: three places), unless the first is a 中 that
        // ends the word before it (比赛中|以, 书中|甘: "in")
        let postposition = |i: usize| {
            s.s(i) == "中"
                && i > 0
                && s.adjacent(i - 1)
                && matches!(
                    s.toks[i - 1].kind,
                    Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb | Pos::Proper | Pos::Other)
                        | Kind::Name
                        | Kind::Unknown
                )
        };
        // 在…中, 小到中雨: after a verb of place or motion, 中 is "in", not China
        let loose_verb = |c: char| s.s(k) == "中" && "在到去对进回经".contains(c);
        // a pair followed by a word of relations (遵守中|美|三个…, 中|美|关系) is two places
        // even after a noun (遵守中美): 中 is no postposition there
        let pair_after = |last: usize| {
            last + 1 < n
                && s.adjacent(last)
                && (s.s(last + 1).is_one_of(PLACE_AFTER) || after_pair(s.s(last + 1)))
        };
        let with_pair = prev.is_some_and(|p| ab1(p) && (!postposition(p) || pair_after(k)))
            || next.is_some_and(|q| (ab1(q) || pair(q)) && (!postposition(k) || pair_after(q)));
        // a second abbreviation after 、 (中、阿建交)
        let listed = (k >= 2
            && s.s(k - 1) == "、"
            && ab1(k - 2)
            && next.is_some_and(|q| s.s(q).is_one_of(PLACE_AFTER) || after_pair(s.s(q))))
            || (k + 2 < n
                && s.s(k + 1) == "、"
                && ab1(k + 2)
                && k + 3 < n
                && (s.s(k + 3).is_one_of(PLACE_AFTER) || after_pair(s.s(k + 3))));
        let after_verb = prev.is_some_and(|p| {
            s.s(p).chars().count() == 1
                && s.s(p)
                    .chars()
                    .all(|c| PLACE_VERB_SET.contains(c) && !loose_verb(c))
        });
        let before_word = next.is_some_and(|q| s.s(q).is_one_of(PLACE_AFTER));
        let always = s.s(k) == "俄";
        // 本港, 本澳: "this port", Hong Kong's or Macao's papers naming their own city
        let this_one = prev.is_some_and(|p| s.s(p) == "本");
        if (with_pair || after_verb || before_word || listed || always) && !this_one {
            out.push(t.start..t.end);
        }
    }
    // 访华, 驻华, 赴美: a verb of travel and an abbreviation in one word; 中方, 美军, 京剧,
    // 华侨: an abbreviation and a word of sides, armies, medicine, opera or emigrants
    for k in 0..n {
        let w = s.s(k);
        // (both rules below take two chars of U+4E00..U+9FFF, three bytes each: six bytes)
        if w.len() != 6 || s.in_title[k] || !matches!(s.toks[k].kind, Kind::Word(_)) {
            continue;
        }
        let mut cs = w.chars();
        let (Some(a), Some(b), None) = (cs.next(), cs.next(), cs.next()) else {
            continue;
        };
        let t = s.toks[k];
        if matches!(
            b,
            '华' | '美' | '日' | '俄' | '英' | '法' | '德' | '京' | '沪' | '港' | '台' | '藏'
        ) && PLACE_VERB_SET.contains(a)
            && a != '对'
            && a != '在'
        {
            out.push(t.start + a.len_utf8()..t.end);
        // (b: the second chars of two-char words whose first char is a place abbreviation:
        // 中方, 美军, 中医, 京剧, 华侨, 藏胞, 川剧; matches, not substring searches, as this
        // runs for every two-char word)
        } else if (matches!(b, '方' | '军' | '医' | '药' | '剧' | '胞' | '侨' | '籍')
            || (b == '人' && "华港台藏京沪".contains(a)))
            && is_place_abbrev(a)
            // (亚军 is a runner-up, 法医 a coroner)
            && !matches!((a, b), ('亚', '军') | ('法', '医'))
            && !(a == '中'
                && matches!(b, '方' | '军')
                && k > 0
                && s.adjacent(k - 1)
                && matches!(
                    s.toks[k - 1].kind,
                    Kind::Word(Pos::Noun | Pos::Verb | Pos::VerbNoun)
                ))
        {
            out.push(t.start..t.start + a.len_utf8());
        }
    }
}

/// Words after a pair of abbreviations that make both places (中美三个联合公报, 中韩两国).
/// A word after a pair of one-char places (中美|两国, 中美|三个|联合公报).
fn after_pair(w: &str) -> bool {
    w.is_one_of(PAIR_AFTER) || w.starts_any(&['两', '三'])
}

const PAIR_AFTER: Words = words![
    "两", "三", "间", "在", "双", "建交", "首脑", "关系", "等", "之间", "核", "谈判", "联合",
    "共同",
];

/// Suffixes of the names of divisions and natural places.
const PLACE_SUFFIXES: Words = words![
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "州",
    "邦",
    "岛",
    "港",
    "湾",
    "道",
    "地区",
    "大区",
    "特区",
    "自治区",
    "自治州",
    "半岛",
    "群岛",
    "路",
    "街",
    "大街",
    "新区",
    "寨",
    "街道",
    "社区",
    "小区",
    "口岸",
    // (Thailand's provinces: 呵叻|府, 武里南|府)
    "府",
];
/// Suffixes of natural places and sites: rivers, mountains, temples (涑水|河, 百花|山, 哲蚌|寺).
const NATURAL_SUFFIXES: Words = words![
    "河", "江", "山", "湖", "岭", "峰", "寺", "庙", "宫", "堰", "池", "矶", "港",
];
/// Nouns that tell what kind of village a village is, not its name (示范村, 贫困乡).
const KIND_OF_VILLAGE: Words = words![
    "文明", "小康", "专业", "重点", "试点", "先进", "贫困", "特困", "民族", "示范", "富裕", "生态",
    "旅游", "工业", "农业", "科技", "文化", "卫生", "模范", "样板", "明星", "边境", "山区", "城中",
    "全国", "城镇", "集体", "家庭", "移民", "渔业", "中心", "行政", "渔民", "祖籍", "邻近", "附近",
];
/// China's peoples as named before 族 (the order matters only where one ends another: the
/// longer first), for ethnic townships (亚曼苏柯尔克孜族乡, 草坝回族乡).
const ETHNIC_GROUPS: Words = words![
    "柯尔克孜", "乌孜别克", "达斡尔", "鄂温克", "鄂伦春", "塔吉克", "维吾尔", "哈萨克", "塔塔尔",
    "俄罗斯", "土家", "蒙古", "锡伯", "朝鲜", "撒拉", "东乡", "保安", "裕固", "布依", "仡佬",
    "哈尼", "傈僳", "拉祜", "纳西", "景颇", "仫佬", "毛南", "普米", "独龙", "赫哲", "基诺", "门巴",
    "珞巴", "德昂", "阿昌", "布朗", "回", "满", "彝", "藏", "苗", "瑶", "壮", "侗", "白", "傣",
    "畲", "土", "水", "羌", "黎", "佤", "怒", "京", "民",
];
/// Suffixes that make a place of a run of otherwise unknown characters (麻洋|镇, 半壁店|村).
const STRONG_SUFFIXES: Words = words!["省", "县", "镇", "乡", "村", "州", "岛", "街道", "社区", "小区"];
/// Words that start no place name before a suffix (全村, 该县, 本市).
const NOT_PLACE_STARTS: &str =
    "全该本各我此其每这那一两同外城农乡进出在到去回来为和与及或的是有上下前后中新老小大条座个几支";

/// Place names ending in a suffix, as token ranges: a known place and its suffix
/// (斯特拉斯堡|市, 驻马店|地区, 虎门|港), or two to four chars the dictionary does not know
/// as words before a strong suffix (麻洋|镇, 半壁店|村).
#[inline(never)]
fn suffixed_places(s: &Sentence, org_tok: &[bool]) -> Vec<Range<usize>> {
    let n = s.toks.len();
    let mut out: Vec<Range<usize>> = Vec::new();
    // (the tokens `towns_in_context` looks at, found by this loop's byte tests)
    let mut towns: Vec<usize> = Vec::new();
    for k in 1..n {
        let suf = s.s(k);
        // 东|海岸|集|选区, 后港|单|选区, 榜鹅|西单|选区: Singapore's group and single-member
        // constituencies, named by the chars before 集选区 or 单选区 (up to a function
        // word, a verb or punctuation; a dash joins two names: 西海岸—裕廊西集选区)
        if suf == "选区"
            && s.adjacent(k - 1)
            && s.s(k - 1).ends_any(&['集', '单'])
            && out.last().is_none_or(|r| r.end <= k - 1)
        {
            let mut j = k - 1;
            let piece = |i: usize| {
                s.adjacent(i)
                    && !s.in_title[i]
                    && (matches!(
                        s.toks[i].kind,
                        Kind::Unknown | Kind::Name | Kind::Word(Pos::Place | Pos::Noun | Pos::Proper | Pos::Other | Pos::Adj | Pos::Abbrev | Pos::PersonWord)
                    ) || (s.single_char(i) && !matches!(s.toks[i].kind, Kind::Punct | Kind::Word(Pos::Function | Pos::Pronoun)))
                        || (s.s(i).is_one_of(words!["—", "-", "－"]) && i > 0 && s.adjacent(i - 1)))
            };
            while j > 0 && piece(j - 1) && s.chars(j - 1, k - 1) <= 10 {
                j -= 1;
            }
            // (a name before 集 or 单: the char alone is none)
            if j < k - 1 || !s.single_char(k - 1) {
                out.push(j..k + 1);
            }
            continue;
        }
        // 信義區|三張|里: a village of Taiwan (里) of two chars right after its district
        if suf == "里" && k >= 2 && !org_tok[k] {
            let piece = |i: usize| {
                s.adjacent(i)
                    && !org_tok[i]
                    && !s.in_title[i]
                    && matches!(
                        s.toks[i].kind,
                        Kind::Unknown
                            | Kind::Name
                            | Kind::Word(Pos::Noun | Pos::Proper | Pos::Other | Pos::Numeral)
                    )
            };
            let j = if piece(k - 1) && s.chars(k - 1, k - 1) == 2 {
                k - 1
            } else if k >= 3 && piece(k - 1) && piece(k - 2) && s.chars(k - 2, k - 1) == 2 {
                k - 2
            } else {
                continue;
            };
            if j > 0
                && s.adjacent(j - 1)
                && s.toks[j - 1].kind == Kind::Word(Pos::Place)
                && s.s(j - 1).chars().count() >= 3
                && s.s(j - 1).ends_any(&['区', '乡', '镇', '市'])
                && !org_tok[j - 1]
                && out.last().is_none_or(|r| r.end <= j)
            {
                out.push(j..k + 1);
            }
            continue;
        }
        // (the rules of towns and zones below, by the last char's bytes first: 镇 乡 村 区 园;
        // most tokens end in none)
        if matches!(
            suf.as_bytes().last_chunk::<3>(),
            Some([0xE9, 0x95, 0x87] | [0xE4, 0xB9, 0xA1] | [0xE6, 0x9D, 0x91] | [0xE5, 0x8C, 0xBA] | [0xE5, 0x9B, 0xAD])
        ) {
            if suf.is_one_of(words!["镇", "乡", "山镇", "区"]) {
                towns.push(k);
            }
            // 大丰|港|经济|开发区, 苏州|工业园区: a development zone named by its place and
            // the words before its kind (back to the nearest place of two chars or more)
            if suf.len() >= 6
                && suf.is_one_of(words![
                    "开发区", "经济开发区", "经济技术开发区", "高新区", "经开区", "工业园区", "产业园区",
                    "工业园", "保税区", "综合保税区", "自贸区", "示范区", "高新技术产业开发区",
                ])
                && !org_tok[k]
            {
                let mut j = k;
                while j > 0 && s.adjacent(j - 1) && s.chars(j - 1, k - 1) <= 10 && !org_tok[j - 1] && !s.in_title[j - 1] {
                    let t = s.toks[j - 1].kind;
                    if t == Kind::Word(Pos::Place) && !s.single_char(j - 1) {
                        j -= 1;
                        break;
                    }
                    if !(matches!(t, Kind::Word(Pos::Noun | Pos::Abbrev | Pos::Adj)) || (s.single_char(j - 1) && matches!(t, Kind::Word(Pos::Place | Pos::Other) | Kind::Unknown))) {
                        break;
                    }
                    j -= 1;
                }
                if j < k
                    && s.toks[j].kind == Kind::Word(Pos::Place)
                    && !s.single_char(j)
                    && out.last().is_none_or(|r| r.end <= j)
                {
                    out.push(j..k + 1);
                    continue;
                }
            }
            // 亚|曼|苏|柯尔克|孜|族|乡, 草坝|回族|乡: an ethnic township, its name before the
            // people's name (up to four chars, after its county or a break)
            if k >= 2 && suf.is_one_of(words!["乡", "镇"]) && s.s(k - 1).ends_with('族') && s.adjacent(k - 1) {
                let before = &s.fold[..s.toks[k - 1].end - '族'.len_utf8()];
                let group_at = |t: &str| t.suffix_in(ETHNIC_GROUPS).map(|g| t.len() - g.len());
                let mut start = group_at(before);
                // (a township of two peoples: 翠玉|傈僳族|普米族|乡)
                while let Some(b) = start.filter(|&b| s.fold[..b].ends_with('族')) {
                    match group_at(&s.fold[..b - '族'.len_utf8()]) {
                        Some(a) => start = Some(a),
                        None => break,
                    }
                }
                if let Some(e) = start.and_then(|b| (0..k).rev().find(|&i| s.toks[i].start == b)) {
                    let piece = |i: usize| {
                        s.adjacent(i)
                            && !org_tok[i]
                            && !s.in_title[i]
                            && s.chars(i, i) <= 2
                            && !matches!(s.toks[i].kind, Kind::Word(Pos::Function | Pos::Pronoun | Pos::Verb | Pos::Numeral | Pos::Time))
                            && !matches!(s.toks[i].kind, Kind::Punct | Kind::Digits | Kind::Latin)
                    };
                    let mut j = e;
                    while j > 0 && piece(j - 1) && s.chars(j - 1, e - 1) <= 4 {
                        j -= 1;
                    }
                    if j < e && out.last().is_none_or(|r| r.end <= j) {
                        out.push(j..k + 1);
                        continue;
                    }
                }
            }
            // 琼海市|会|山镇: a town's char and a word for a mountain town or village after
            // its county
            if s.toks[k].kind == Kind::Word(Pos::Noun)
                && k >= 2
                && suf.len() == 6
                && suf.ends_any(&['镇', '乡', '村'])
                && s.adjacent(k - 1)
                && s.adjacent(k - 2)
                && s.single_char(k - 1)
                && !org_tok[k]
                && !s.in_title[k - 1]
                && matches!(s.toks[k - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral | Pos::Adj))
                && !NOT_PLACE_STARTS.contains(s.s(k - 1))
                && s.toks[k - 2].kind == Kind::Word(Pos::Place)
                && s.chars(k - 2, k - 2) >= 3
                && s.s(k - 2).ends_any(&['县', '市', '区'])
                && !org_tok[k - 2]
                && out.last().is_none_or(|r| r.end <= k - 1)
            {
                out.push(k - 1..k + 1);
                continue;
            }
            // 万宁市|长|丰镇, 在|留|固镇: a town whose name ends in a county's short form (丰镇,
            // 固镇) with one char before it, right after its county or a preposition of place
            if s.toks[k].kind == Kind::Word(Pos::Place)
                && k >= 2
                && suf.len() == 6
                && suf.ends_any(&['镇', '乡'])
                && s.adjacent(k - 1)
                && s.adjacent(k - 2)
                && s.single_char(k - 1)
                && !org_tok[k - 1]
                && !s.in_title[k - 1]
                && matches!(s.toks[k - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral))
                && !NOT_PLACE_STARTS.contains(s.s(k - 1))
                && ((s.toks[k - 2].kind == Kind::Word(Pos::Place)
                    && s.chars(k - 2, k - 2) >= 3
                    && s.s(k - 2).ends_any(&['县', '市', '区'])
                    && !org_tok[k - 2])
                    || s.s(k - 2).is_one_of(words!["在", "于", "到", "赴", "至"]))
                && out.last().is_none_or(|r| r.end <= k - 1)
            {
                out.push(k - 1..k + 1);
                continue;
            }
        }
        let natural = s.listed(k, NATURAL_SUFFIXES, NATURAL_SUFFIX_GATE);
        if !(s.listed(k, PLACE_SUFFIXES, PLACE_SUFFIX_GATE) || natural)
            || !s.adjacent(k - 1)
            || org_tok[k]
            || s.in_title[k]
        {
            continue;
        }
        // (府 only after a place abroad, as Thailand's provinces are named: not 北京|府学)
        if suf == "府"
            && !s
                .lex
                .places
                .get(s.s(k - 1))
                .is_some_and(|p| p.level == super::PlaceLevel::Other && p.full.is_none())
        {
            continue;
        }
        // 岳麓区|洋|湖|街道, 街道|观|沙|岭|社区: a subdistrict or a community is named after
        // its district (or its subdistrict) only: 梧州市|街道 are the city's streets
        if suf.is_one_of(words!["街道", "社区"]) {
            if suf == "街道" {
                towns.push(k);
            }
            let piece = |i: usize| {
                s.adjacent(i)
                    && !org_tok[i]
                    && !s.in_title[i]
                    && (s.single_char(i) || s.chars(i, i) == 2)
                    && matches!(
                        s.toks[i].kind,
                        Kind::Unknown
                            | Kind::Name
                            | Kind::Word(Pos::Noun | Pos::Proper | Pos::Other | Pos::PersonWord | Pos::Adj | Pos::Place)
                    )
            };
            let mut j = k;
            while j > 0 && k - j < 3 && piece(j - 1) && s.chars(j - 1, k - 1) <= 4 && out.last().is_none_or(|r| r.end != j) {
                j -= 1;
            }
            let parent = j > 0
                && s.adjacent(j - 1)
                && ((s.toks[j - 1].kind == Kind::Word(Pos::Place)
                    && s.chars(j - 1, j - 1) >= 3
                    && s.s(j - 1).ends_any(&['区', '县', '市', '镇']))
                    || out.last().is_some_and(|r| r.end == j));
            // (or a place's name of two chars: 武侯区|玉林|街道)
            if j < k
                && s.chars(j, k - 1) >= 2
                && parent
                && ((j..k).any(|i| s.single_char(i) || matches!(s.toks[i].kind, Kind::Unknown | Kind::Name))
                    || (j + 1 == k && s.toks[j].kind == Kind::Word(Pos::Place)))
            {
                out.push(j..k + 1);
            }
            continue;
        }
        // 苏州|新|区: a city's new district, cut apart
        if suf == "区"
            && k >= 2
            && s.s(k - 1) == "新"
            && s.adjacent(k - 2)
            && s.toks[k - 2].kind == Kind::Word(Pos::Place)
            && s.s(k - 2).chars().count() >= 2
            && !org_tok[k - 2]
        {
            out.push(k - 2..k + 1);
            continue;
        }
        let p = k - 1;
        // 地区 after a region (中东地区, 亚洲地区) is a common noun; after a prefecture
        // (驻马店地区) it is the name
        // (nor before 生产总值: 合肥市|地区生产总值 is the city's GDP)
        if suf == "地区" && s.fold[s.toks[k].end..].starts_with("生产总值") {
            continue;
        }
        let region = suf == "地区"
            && !s.lex.places.get(s.s(p)).is_some_and(|pl| {
                matches!(
                    pl.level,
                    super::PlaceLevel::Prefecture | super::PlaceLevel::County
                )
            });
        // 舟山|港, 宁波|舟山|港: a city's port (a port named by two cities whole); not a
        // road's name (紫金|港|路: 紫金 is a county)
        let city = |i: usize| {
            s.toks[i].kind == Kind::Word(Pos::Place)
                && s.s(i).chars().count() >= 2
                && !org_tok[i]
                && s.lex
                    .places
                    .get(s.s(i))
                    .is_some_and(|pl| {
                        pl.level == super::PlaceLevel::Prefecture
                            // (or a city abroad: 卡拉奇|港)
                            || (pl.level == super::PlaceLevel::Other && s.s(i).chars().count() >= 3)
                    })
        };
        if suf == "港"
            && city(p)
            && !(k + 1 < s.toks.len() && s.adjacent(k) && s.s(k + 1).starts_with_any(ROAD_ENDS))
        {
            let j = if p > 0 && s.adjacent(p - 1) && city(p - 1) {
                p - 1
            } else {
                p
            };
            if !out.last().is_some_and(|r| r.end > j) {
                out.push(j..k + 1);
            }
            continue;
        }
        // (a lake or a hill named by a county's or a district's short name, the suffix a
        // one-char place to the dictionary: 玄武|湖)
        let county_lake = natural
            && s.single_char(k)
            && s.toks[k].kind == Kind::Word(Pos::Place)
            && s.s(k).is_one_of(words!["湖", "山"])
            && s.lex
                .places
                .get(s.s(p))
                .is_some_and(|pl| pl.level == super::PlaceLevel::County);
        if s.toks[p].kind == Kind::Word(Pos::Place)
            && s.s(p).chars().count() >= 2
            && !region
            && (!natural || county_lake)
        {
            // 广东省 is one token already; 中国区 is rare enough
            if !out.last().is_some_and(|r| r.end > p) {
                out.push(p..k + 1);
            }
            continue;
        }
        if !suf.is_one_of(STRONG_SUFFIXES) && !natural {
            continue;
        }
        // 邢台县|南|市|屯|村, 安义县|万|埠|镇: two or three single chars between a county or a
        // city and 村, 镇 or 乡 name a village or a town, whatever the segmenter took them for
        // a town named by the lake, hill or river just found, right after its county (伊吾县|
        // 淖|毛|湖|镇): the town whole
        if suf.is_one_of(words!["镇", "乡"])
            && s.adjacent(k - 1)
            && out.last().is_some_and(|r| {
                r.end == k
                    && r.start > 0
                    && k - r.start >= 2
                    && s.adjacent(r.start - 1)
                    && s.toks[r.start - 1].kind == Kind::Word(Pos::Place)
                    && s.s(r.start - 1).ends_any(&['县', '市', '区', '旗'])
                    && s.s(k - 1).is_one_of(NATURAL_SUFFIXES)
            })
        {
            if let Some(r) = out.last_mut() {
                r.end = k + 1;
            }
            continue;
        }
        // 庆安县|丰收|镇: a word of two chars between a county and 镇 or 乡 names a town
        // (not a kind of town: 重点镇, 中心镇, 特色镇)
        if suf.is_one_of(words!["镇", "乡"])
            && k >= 2
            && s.adjacent(k - 2)
            && s.chars(k - 1, k - 1) == 2
            && !org_tok[k - 1]
            && !s.in_title[k - 1]
            && matches!(s.toks[k - 1].kind, Kind::Unknown | Kind::Word(Pos::Noun | Pos::Verb | Pos::Other | Pos::Proper | Pos::Abbrev | Pos::Place))
            && !s.s(k - 1).is_one_of(words!["重点", "中心", "特色", "示范", "贫困", "建制", "试点", "明星", "文明", "卫生", "旅游"])
            && s.toks[k - 2].kind == Kind::Word(Pos::Place)
            && s.chars(k - 2, k - 2) >= 3
            && s.s(k - 2).ends_any(&['县', '市', '区', '旗'])
            && !org_tok[k - 2]
            && out.last().is_none_or(|r| r.end <= k - 1)
        {
            out.push(k - 1..k + 1);
            continue;
        }
        if suf.is_one_of(words!["村", "镇", "乡"]) {
            // (a verb's char may stand inside the name, not first: 周至县|马|召|镇)
            let piece = |i: usize| {
                s.single_char(i)
                    && !org_tok[i]
                    && !s.in_title[i]
                    && (matches!(s.toks[i].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun))
                        // (和 opens many a name: 万宁市|和|乐|镇; so does 本: 陵水黎族自治县|本|号|镇)
                        || (s.s(i).is_one_of(words!["和", "本"]) && i + 2 == k))
            };
            let mut j = k;
            while j > 0
                && k - j < 3
                && s.adjacent(j - 1)
                && piece(j - 1)
                && out.last().is_none_or(|r| r.end != j)
            {
                j -= 1;
            }
            let county = |i: usize| {
                (s.toks[i].kind == Kind::Word(Pos::Place)
                    && s.s(i).chars().count() >= 3
                    && s.s(i).ends_any(&['县', '市', '区'])
                    && !org_tok[i])
                    // (or a town just found: 马召镇|群|兴|村)
                    || (s.s(i).is_one_of(words!["镇", "乡"]) && out.last().is_some_and(|r| r.end == i + 1))
                    // (or one of its kind just found, in a list: 篁岭村、汪口村、晓起村和思溪延村)
                    || (i > 0 && s.s(i).is_one_of(words!["、", "和"]) && s.s(i - 1) == suf && out.last().is_some_and(|r| r.end == i))
            };
            if k - j >= 2
                && j > 0
                && s.adjacent(j - 1)
                && county(j - 1)
                // (a verb's char opens only a name of two, before a noun's: 嘉定区|安|亭|镇,
                // 龙南市|临|塘|乡)
                && !(s.toks[j].kind == Kind::Word(Pos::Verb)
                    && !(k - j == 2 && matches!(s.toks[j + 1].kind, Kind::Word(Pos::Noun | Pos::Abbrev))))
                // (a name of two chars right after its county may open with any: 万宁市|后|安|镇)
                && (k - j == 2 || !NOT_PLACE_STARTS.contains(s.s(j)))
                && out.last().is_none_or(|r| r.end <= j)
            {
                out.push(j..k + 1);
                continue;
            }
        }
        let loose = |i: usize| {
            !(natural && s.toks[i].kind == Kind::Name)
                && (matches!(
                    s.toks[i].kind,
                    Kind::Unknown
                        | Kind::Name
                        | Kind::Word(
                            Pos::Noun
                                | Pos::Proper
                                | Pos::Other
                                | Pos::PersonWord
                                | Pos::Adj
                                | Pos::Abbrev
                        )
                ) || (s.toks[i].kind == Kind::Word(Pos::Place) && s.single_char(i)))
                && (s.s(i).chars().count() <= 2 || (s.toks[i].kind == Kind::Name && !natural))
                && !s.in_title[i]
                && !org_tok[i]
                && !s.s(i).is_one_of(PLACE_SUFFIXES)
                && !s.is_head(i)
                && !s.s(i).ends_with('部')
                && !s.s(i).contains_any(&['数', '人'])
                // (a visit the dictionary files as a noun: 参观|洋|山; a verb of pointing or
                // flowing before a river: 直指|赣|江)
                && !s.s(i).is_one_of(words!["参观", "考察", "视察", "游览", "调研", "走访", "直指", "流经", "注入", "汇入", "横跨"])
                // (nor posts held there, in an official's career: 历任|黔|阳|县; nor a line: S324|线|汲|冢|镇)
                && !s.s(i).is_one_of(words!["历任", "曾任", "现任", "先后", "地处", "线", "以来", "期间"])
        };
        // 抵|港, 回|村: a verb of going before the suffix, which is the place itself (人才
        // 连同家属抵港), names nothing with the words before it
        // (nor 上 or 下 before a natural suffix: 山路|下|山, 上|山)
        if s.single_char(k - 1)
            && (PLACE_VERBS.contains(s.s(k - 1)) || (natural && s.s(k - 1).is_one_of(words!["上", "下"])))
        {
            continue;
        }
        // 香菇|大|县, 产粮|大|县, 经济|强|市: a big or strong county, city or province of
        // some trade is a common noun, no name
        if s.single_char(k - 1)
            && s.s(k - 1).is_one_of(words!["大", "强"])
            && suf.is_one_of(words!["县", "市", "省", "镇", "乡"])
        {
            continue;
        }
        let mut j = k;
        while j > 0 && s.adjacent(j - 1) && loose(j - 1) && s.chars(j - 1, k - 1) <= 4 {
            j -= 1;
        }
        // a place word of position or size may start a village's name when one more char
        // follows it before the suffix (上|固|乡, 下|叔|村, 回|龙|村); not before a common
        // word (全村, 新农村)
        let positional_at = |a: usize| {
            a + 2 == k
                && s.single_char(a)
                && s.single_char(a + 1)
                && "上下回大小前后东西南北".contains(s.s(a))
                && !org_tok[a]
                && !s.in_title[a]
                && !NOT_PLACE_STARTS.contains(s.s(a + 1))
                && suf.is_one_of(words!["村", "乡", "镇"])
        };
        if k - j == 1 && j > 0 && s.adjacent(j - 1) && positional_at(j - 1) {
            j -= 1;
        }
        let positional = j < k && positional_at(j);
        // 八|里|营|镇, 十|里|铺|村: a count of li opens many a name
        if j < k
            && j > 0
            && s.s(j) == "里"
            && s.adjacent(j - 1)
            && s.single_char(j - 1)
            && "三五七八九十".contains(s.s(j - 1))
            && s.chars(j - 1, k - 1) <= 4
        {
            j -= 1;
        }
        // a river named by one char the segmenter left alone: 桂|江, 浔|江, 延|河, 赣|江
        let river = k - j == 1
            && s.single_char(j)
            && suf.is_one_of(words!["江", "河"])
            && matches!(
                s.toks[j].kind,
                Kind::Unknown | Kind::Word(Pos::PersonWord | Pos::Abbrev | Pos::Place)
            );
        if river && !out.last().is_some_and(|r| r.end > j) {
            out.push(j..k + 1);
            continue;
        }
        if j == k || s.chars(j, k - 1) < 2 {
            continue;
        }
        if s.s(j)
            .chars()
            .next()
            .is_some_and(|c| NOT_PLACE_STARTS.contains(c))
            && !positional
        {
            continue;
        }
        // a run of common words before 村 (扶贫|工作|村) is no name: at least one piece
        // must be a single char, a name or unknown
        // a village or a township may be named by one noun (书房|村, 桃花|村, 龙泉|乡) unless
        // the noun says what kind of village it is (示范村, 文明村, 贫困乡)
        let named_by_noun = suf.is_one_of(words!["村", "乡", "镇"])
            && k - j == 1
            && matches!(s.toks[j].kind, Kind::Word(Pos::Noun | Pos::Proper))
            && s.s(j).chars().count() == 2
            && !s.s(j).is_one_of(KIND_OF_VILLAGE);
        let person_word = |i: usize| {
            s.toks[i].kind == Kind::Word(Pos::PersonWord) && !s.s(i).is_one_of(KIND_OF_VILLAGE)
        };
        if !named_by_noun
            && !(j..k).any(|i| {
                s.single_char(i)
                    || matches!(s.toks[i].kind, Kind::Unknown | Kind::Name)
                    || person_word(i)
            })
        {
            continue;
        }
        if !out.last().is_some_and(|r| r.end > j) {
            out.push(j..k + 1);
        }
    }
    if !towns.is_empty() {
        towns_in_context(s, org_tok, &mut out, &towns);
    }
    out
}

/// Words before a town that say a place follows (深入|梅山镇, 从|煤山镇, 至|巴彦库仁镇).
const TOWN_BEFORE: Words = words![
    "在", "从", "到", "至", "赴", "于", "深入", "前往", "走进", "来到", "位于", "地处", "途经", "走访",
    "、", "和", "与", "及",
];

/// A town, a township or a subdistrict whose name the dictionary does not know, two to four
/// chars of any kind before 镇, 乡 or 街道 (梅|山镇, 天堂|寨|镇, 泗|安|镇, 巴彦|库|仁|镇, 太湖|
/// 街道), where the sentence says a place: a word of place or of listing before it, or a list
/// of such places after it (梅山镇、天堂寨镇). The name opens with no word of
/// [`NOT_PLACE_STARTS`] and holds no verb but a single char after its first.
#[inline(never)]
fn towns_in_context(s: &Sentence, org_tok: &[bool], out: &mut Vec<Range<usize>>, towns: &[usize]) {
    let n = s.toks.len();
    let mut added = false;
    for &k in towns {
        let suf = s.s(k);
        // (山镇 is a word: the mountain char is the name's)
        let own = match suf {
            "镇" | "乡" | "街道" | "新区" => 0,
            "山镇" => 1,
            _ if suf == "区" => 0,
            _ => continue,
        };
        // (新|区, a new district: the name ends before 新; or a district of two chars right
        // after its city or county, which the gazetteer lacks: 新北市|乌来|区)
        let city = |i: usize| {
            s.adjacent(i) && s.toks[i].kind == Kind::Word(Pos::Place) && s.s(i).ends_any(&['市', '县']) && !org_tok[i]
        };
        let sk = if suf == "区" {
            if k >= 2 && s.s(k - 1) == "新" && s.adjacent(k - 1) {
                k - 1
            } else if (k >= 2 && s.chars(k - 1, k - 1) == 2 && city(k - 2))
                || (k >= 3 && s.single_char(k - 1) && s.single_char(k - 2) && city(k - 3))
            {
                k
            } else {
                continue;
            }
        } else {
            k
        };
        // (an organisation that opens on the suffix was cut off the town's name: 毛浴|镇青龙村党支部)
        if sk == 0 || (org_tok[k] && org_tok[sk - 1]) || s.in_title[k] || !s.adjacent(sk - 1) {
            continue;
        }
        let piece = |i: usize, first: bool| {
            !org_tok[i]
                && !s.in_title[i]
                && (s.single_char(i) || s.chars(i, i) == 2)
                && match s.toks[i].kind {
                    Kind::Unknown | Kind::Name => true,
                    Kind::Word(Pos::Noun | Pos::Proper | Pos::Other | Pos::PersonWord | Pos::Place | Pos::Abbrev) => true,
                    Kind::Word(Pos::Verb | Pos::Adj) => !first && s.single_char(i),
                    _ => false,
                }
        };
        let mut j = sk;
        while j > 0 && s.adjacent(j - 1) && s.chars(j - 1, sk - 1) + own <= 4 && piece(j - 1, false) {
            j -= 1;
        }
        // (the name opens where a word of place or a listing stands before it)
        // (or its district: 龙华区|观|湖|街道; a verb's or an adjective's char opens a name of
        // two single chars there: 位于|观|湖|街道, 大|浪|街道)
        let district = |a: usize| {
            a > 0
                && s.adjacent(a - 1)
                && s.toks[a - 1].kind == Kind::Word(Pos::Place)
                && s.s(a - 1).ends_any(&['区', '县', '市'])
        };
        // (or its party committee, its government, its head or a body of it after it:
        // 天堂寨镇|党委书记, 洪口镇|卫生院; or one of its villages: 毛浴镇|青龙|村)
        let governed = k + 1 < n
            && s.adjacent(k)
            && s.s(k + 1).is_one_of(words!["党委书记", "党委", "党委副书记", "政府", "人民政府", "镇长", "乡长", "副镇长", "副乡长", "人大主席", "卫生院", "派出所", "中心小学"]);
        let village = own == 0
            && suf != "区"
            && k + 2 < n
            && s.adjacent(k)
            && s.adjacent(k + 1)
            && s.chars(k + 1, k + 1) <= 2
            && s.s(k + 2) == "村";
        let mut start = None;
        for a in j..sk {
            // (after 的, a town with its villages or its bodies: 增收的|毛浴|镇|青龙|村)
            let opens = a == 0
                || !s.adjacent(a - 1)
                || s.s(a - 1).is_one_of(TOWN_BEFORE)
                || district(a)
                || ((governed || village) && s.s(a - 1) == "的");
            let two = suf == "街道"
                && sk == a + 2
                && s.single_char(a)
                && s.single_char(a + 1)
                && matches!(s.toks[a].kind, Kind::Word(Pos::Verb | Pos::Adj));
            if opens && s.chars(a, sk - 1) + own >= 2 && (piece(a, true) || two) {
                start = Some(a);
                break;
            }
        }
        let Some(a) = start else { continue };
        // (a shorter name found inside it gives way: 巴彦|库|仁|镇 over 库仁镇)
        if s.s(a).chars().next().is_some_and(|c| NOT_PLACE_STARTS.contains(c))
            || out.iter().any(|r| r.start <= k && a < r.end && !(a < r.start && r.end == k + 1))
        {
            continue;
        }
        // (common nouns alone name no town: 创业|街道, 科技|小镇)
        if own == 0
            && !(a..sk).any(|i| {
                s.single_char(i) || matches!(s.toks[i].kind, Kind::Unknown | Kind::Name | Kind::Word(Pos::Place | Pos::Proper))
            })
        {
            continue;
        }
        let said = a > 0
            && s.adjacent(a - 1)
            && (s.s(a - 1).is_one_of(TOWN_BEFORE)
                || (suf == "街道" && district(a))
                || (sk == k && suf == "区" && city(a - 1)));
        // (or a list of towns after it: 泗安镇、雉城街道)
        let listed = k + 2 < n
            && s.s(k + 1) == "、"
            && (k + 2..n.min(k + 6)).any(|e| s.s(e).ends_any(&['镇', '乡', '区']) || s.s(e) == "街道");
        if said || listed || ((governed || village) && own == 0 && suf != "区") {
            out.retain(|r| !(a < r.start && r.end == k + 1));
            out.push(a..k + 1);
            added = true;
        }
    }
    if added {
        out.sort_unstable_by_key(|r| r.start);
    }
}

/// The parts Tibetan and Mongolian names are made of, two to a name, no surname (扎西多吉,
/// 洛桑江村, 白玛赤林, 孟和巴特尔, 那顺巴雅尔), sorted by their bytes (a test checks it).
/// Written by hand from common knowledge of the names.
const TIBETAN_PARTS: &[&str] = &[
    "万玛", "东主", "丹增", "乌力吉", "仁增", "仁青", "公保", "其其格", "加措", "包勒德", "华旦", "卓嘎", "卓玛", "南加",
    "吉日嘎拉", "吉美", "周加", "哈斯", "嘉措", "嘎玛", "图门", "图雅", "土登", "坚参", "夏吾", "多吉", "多布杰", "多杰",
    "央宗", "央金", "孟和", "完玛", "宝音", "尕藏", "尼玛", "尼玛次仁", "巴图", "巴根", "巴桑", "巴特尔", "巴珠", "巴雅尔",
    "巴音", "布和", "平措", "强巴", "德吉", "德庆", "才仁", "才旦", "才让", "扎巴", "扎西", "拉姆", "拉巴", "拉毛", "拉珍",
    "措姆", "敖登", "斯琴", "旦增", "旺久", "旺堆", "旺姆", "晋美", "普布", "曲珍", "更尕", "更登", "朗杰", "朝格图", "朝鲁",
    "查干", "格列", "格日勒", "格桑", "桑周", "桑杰", "桑珠", "次丹", "次仁", "次旺", "次珍", "欧珠", "毕力格", "江村", "泽仁",
    "泽登", "洛松", "洛桑", "满都拉", "特木尔", "琼达", "白玛", "益西", "米玛", "索南", "索朗", "罗布", "群培", "苏和", "萨仁",
    "贡嘎", "贡布", "赤林", "边巴", "达娃", "达来", "达瓦", "道尔吉", "那日苏", "那顺", "阿古拉", "阿拉坦", "阿旺", "顿珠",
    "额尔敦", "高娃",
];

/// The first chars of [`TIBETAN_PARTS`], sorted (a test checks them).
const TIBETAN_FIRSTS: &[char] = &[
    '万', '东', '丹', '乌', '仁', '公', '其', '加', '包', '华', '卓', '南', '吉', '周', '哈', '嘉',
    '嘎', '图', '土', '坚', '夏', '多', '央', '孟', '完', '宝', '尕', '尼', '巴', '布', '平', '强',
    '德', '才', '扎', '拉', '措', '敖', '斯', '旦', '旺', '晋', '普', '曲', '更', '朗', '朝', '查',
    '格', '桑', '次', '欧', '毕', '江', '泽', '洛', '满', '特', '琼', '白', '益', '米', '索', '罗',
    '群', '苏', '萨', '贡', '赤', '边', '达', '道', '那', '阿', '顿', '额', '高',
];

/// [`TIBETAN_FIRSTS`] by their code points' low seven bits: a token whose first char has
/// no bit here starts no part (one test in place of a search at every token).
const TIBETAN_FIRST_BITS: u128 = {
    let mut bits = 0u128;
    let mut i = 0;
    while i < TIBETAN_FIRSTS.len() {
        bits |= 1 << (TIBETAN_FIRSTS[i] as u32 & 127);
        i += 1;
    }
    bits
};

/// The longest part of [`TIBETAN_PARTS`] `s` starts with: those that share its first two
/// chars, found by halves.
/// A name of two parts of [`TIBETAN_PARTS`] and nothing else (仁青卓玛), for credit lines.
pub(crate) fn is_tibetan_name(w: &str) -> bool {
    tibetan_part(w).is_some_and(|a| tibetan_part(&w[a.len()..]).is_some_and(|b| a.len() + b.len() == w.len()))
}

fn tibetan_part(s: &str) -> Option<&'static str> {
    let two = s.char_indices().nth(2).map_or(s.len(), |(i, _)| i);
    let key = s[..two].as_bytes();
    let from = TIBETAN_PARTS.partition_point(|p| p.as_bytes() < key);
    TIBETAN_PARTS[from..]
        .iter()
        .take_while(|p| p.as_bytes().starts_with(key))
        .filter(|p| s.starts_with(**p))
        .max_by_key(|p| p.len())
        .copied()
}

/// Tibetan names: two parts of [`TIBETAN_PARTS`] (洛桑江村, 泽仁多吉), however the segmenter
/// cut them, next to a title, a verb of saying or a list's 、 or 和.
#[inline(never)]
fn tibetan_names(s: &Sentence, in_org: &dyn Fn(usize) -> bool, people: &mut Vec<(usize, usize)>) {
    let (toks, n) = (s.toks, s.toks.len());
    let mut found = false;
    for (k, &c) in s.first.iter().enumerate().take(n) {
        // (the first char first: most tokens start with none of the parts')
        if TIBETAN_FIRST_BITS >> (c as u32 & 127) & 1 == 0
            || TIBETAN_FIRSTS.binary_search(&c).is_err()
        {
            continue;
        }
        let rest = &s.fold[toks[k].start..];
        let Some(a) = tibetan_part(rest) else {
            continue;
        };
        // (or one part and 措, as women's names end: 卓玛措, 拉毛措)
        let Some(b) = tibetan_part(&rest[a.len()..])
            .or_else(|| (rest[a.len()..].starts_with('措') && !rest[a.len()..].starts_with("措施")).then_some("措"))
        else {
            continue;
        };
        let end = toks[k].start + a.len() + b.len();
        let Some(e) = (k + 1..n.min(k + 5)).find(|&e| toks[e - 1].end == end) else {
            continue;
        };
        if (k..e).any(in_org) || (k..e - 1).any(|i| !s.adjacent(i)) {
            continue;
        }
        let listed = |w: &str| w.is_one_of(words!["、", "和", "与", "及"]);
        // (or a word for a kind of person before: 牧民|才让多杰; or a quote's close: ”|才让多杰)
        // (or a credit's title across a space, maybe with a name between: （记者 马骁 仁青卓玛）)
        let spaced = |a: usize| s.fold[toks[a].end..toks[a + 1].start].trim().is_empty();
        let credited = k > 0
            && spaced(k - 1)
            && (s.in_title[k - 1]
                || (k > 1 && toks[k - 1].kind == Kind::Name && spaced(k - 2) && s.in_title[k - 2]));
        let before = credited
            || k > 0
            && s.adjacent(k - 1)
            && (s.in_title[k - 1]
                || listed(s.s(k - 1))
                || s.s(k - 1) == "”"
                || (toks[k - 1].kind == Kind::Word(Pos::Noun)
                    && !s.single_char(k - 1)
                    && s.s(k - 1).ends_any(&['民', '员', '户', '工', '者', '师', '生', '农']))
                // (员 of such a word the segmenter cut: 管|护|员|才仁桑周)
                || s.s(k - 1) == "员");
        let after = e < n
            && s.adjacent(e - 1)
            && (s.in_title[e] || s.saying(e) || listed(s.s(e)) || s.s(e) == "同志");
        if !(before || after) {
            continue;
        }
        people.retain(|&(x, y)| y <= k || x >= e);
        people.push((k, e));
        found = true;
    }
    if found {
        people.sort_unstable();
    }
}

/// Verbs of appointment before a person's name (任命王江平为…, 免去张军的…职务).
const APPOINT: Words = words![
    "任命", "免去", "免除", "提名", "推选", "选举", "增补", "聘任", "聘请", "委任",
];

/// Ranges by their end or start, the first of each in the list's order (as a scan would
/// find it): sorted (key, index) pairs searched by halves, in place of a hash map of its own
/// type (issue 8).
struct ByKey<'r> {
    keys: Vec<(usize, usize, usize)>,
    ranges: &'r [Range<usize>],
}

impl<'r> ByKey<'r> {
    fn new(ranges: &'r [Range<usize>], key: fn(&Range<usize>) -> usize) -> Self {
        let mut keys: Vec<_> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| (key(r), i, 0))
            .collect();
        crate::pipeline::sort_keys(&mut keys);
        ByKey { keys, ranges }
    }

    /// The first range whose key is `k`.
    #[inline(never)]
    fn get(&self, k: &usize) -> Option<&'r Range<usize>> {
        let at = self.keys.partition_point(|x| x.0 < *k);
        let &(key, i, _) = self.keys.get(at)?;
        (key == *k).then(|| &self.ranges[i])
    }
}

/// Appointments and posts: the person after a verb of appointment, up to 为, 的 or 同志
/// (任命王江平为工业和信息化部副部长, 免去张军的教育部副部长职务, whatever the segmenter made
/// of the name: 廖岷为), and a person followed by 任, 出任 or 担任 (高祥同志任中国社会科学院
/// 院长、党组书记); the titles after, each with the organisation written before it, are the
/// person's roles.
#[inline(never)]
fn appointments(
    s: &Sentence,
    titles: &[Range<usize>],
    org_by_end: &ByKey,
    people: &mut Vec<PersonHit>,
    first: usize,
) {
    let toks = s.toks;
    let fold = s.fold;
    // the roles written from byte `at` on: titles one after another, joined by 、 or 兼
    let roles_at = |mut at: usize| {
        let mut roles = Vec::new();
        while let Some(t) = titles.iter().find(|t| t.start >= at) {
            let Some(ti) = toks.iter().position(|x| x.start == t.start) else {
                break;
            };
            let org = org_by_end
                .get(&ti)
                .filter(|o| toks[o.start].start == at)
                .map(|o| toks[o.start].start..toks[o.end - 1].end)
                // (or with its short form in brackets between: 交通咨询委员会（交咨会）主席)
                .or_else(|| {
                    let gap = fold.get(at..t.start)?.strip_suffix('）')?;
                    let open = at + gap.rfind('（')?;
                    let k = toks.iter().position(|x| x.start == open)?;
                    org_by_end
                        .get(&k)
                        .filter(|o| toks[o.start].start == at && t.start - open <= 30)
                        .map(|o| toks[o.start].start..toks[o.end - 1].end)
                })
                // (公司 or 集团 alone: the company the text is about, 聘任…为公司总裁)
                .or_else(|| {
                    let bare = fold.get(at..t.start)?;
                    // (or a place before its head's title: 江城市|副市长; 3 to 5 chars)
                    let level = fold[t.clone()]
                        .strip_suffix('长')
                        .and_then(|h| h.chars().next_back());
                    // (or a government before its head's title: 选举王忠林为省人民政府省长)
                    (bare.is_one_of(words!["公司", "集团"])
                        || (bare.ends_with("人民政府") && level.is_some() && bare.len() <= 36)
                        || level.is_some_and(|level| {
                            "省市县区州".contains(level)
                                && bare.ends_with(level)
                                && (9..=15).contains(&bare.len())
                                && bare.chars().all(crate::text::is_han)
                        }))
                    .then_some(at..t.start)
                });
            if org.is_none() && t.start != at {
                break;
            }
            // (a title after 、 with no organisation of its own shares the one before it:
            // 院长、党组书记)
            let org = org.or_else(|| roles.last().and_then(|r: &RoleHit| r.org.clone()));
            roles.push(RoleHit {
                title: t.clone(),
                org,
            });
            at = t.end;
            match fold[at..].chars().next() {
                Some('、' | '兼') => at += '、'.len_utf8(),
                _ => break,
            }
        }
        roles
    };
    // the name at `name_at`: two to four chars before 为, 的 or 同志, then the posts; on a
    // line of a list (`line`), only 为 and the posts to its end, or 的 and the posts with 职务
    let appoint = |name_at: usize, line: bool, people: &mut Vec<PersonHit>| {
        let rest = &fold[name_at..];
        let mut found = None;
        for (j, (i, _)) in rest.char_indices().enumerate().skip(2).take(3) {
            let tail = &rest[i..];
            // (or a form of address, as Hong Kong's notices write: 委任葉振南教授為…主席)
            if let Some(stop) = tail.prefix_in(words![
                "同志为", "同志的", "教授为", "先生为", "女士为", "博士为", "为", "的",
            ]) {
                found = Some((i, i + stop.len(), j));
                break;
            }
        }
        let Some((name_len, role_at, chars)) = found else {
            return;
        };
        let name = &rest[..name_len];
        let c0 = name.chars().next().unwrap_or(' ');
        // (a compound surname makes a name of four: 任命|欧阳志峰|为…)
        let compound = name
            .char_indices()
            .nth(2)
            .is_some_and(|(i, _)| s.lex.surnames.contains_key(&name[..i]));
        let sur = s.lex.surnames.contains_key(&name[..c0.len_utf8()]) || compound;
        if !(sur && (chars <= 3 || compound) || name.chars().all(is_translit))
            || !name.chars().all(crate::text::is_han)
            || name.is_one_of(NOT_NAMES)
        {
            return;
        }
        let roles = roles_at(name_at + role_at);
        if line {
            // (the posts run to the end of the line's item, or to 职务 after 的)
            let Some(after) = roles.last().map(|r| &fold[r.title.end..]) else {
                return;
            };
            let ends = if rest[..role_at].ends_with('的') {
                after.starts_with("职务")
            } else {
                after.is_empty() || after.starts_any(&['；', '。', '\n', '，', '（', '、'])
            };
            if !ends {
                return;
            }
        }
        let span = name_at..name_at + name_len;
        let mine = &mut people[first..];
        let read = mine
            .iter_mut()
            .find(|p| p.span.start < span.end && span.start < p.span.end);
        // (a name read with the 为 after it is the name alone, posts found or not: 李明|为)
        if roles.is_empty() {
            if let Some(p) = read {
                p.span = span;
            }
            return;
        }
        if let Some(p) = read {
            p.span = span;
            // (the post appointed to joins a form of address read as a title: 葉振南|教授)
            for r in roles {
                if !p.roles.contains(&r) {
                    p.roles.push(r);
                }
            }
        } else {
            let at = first + mine.partition_point(|p| p.span.start < span.start);
            people.insert(at, PersonHit { span, roles });
        }
    };
    for k in 0..toks.len() {
        // (the first char's last byte first, then the char: this runs at every token; 任 免
        // 提 推 选 增 聘 end in BB 8D 90 A8 89 9E 98; the segmenter may cut the verb: 免|去)
        let w = s.s(k);
        if !matches!(
            w.as_bytes().get(2),
            Some(0xBB | 0x8D | 0x90 | 0xA8 | 0x89 | 0x9E | 0x98 | 0x94)
        ) || !w.starts_any(&['任', '免', '提', '推', '选', '增', '聘', '委'])
        {
            continue;
        }
        let Some(v) = APPOINT
            .iter()
            .find(|v| fold[toks[k].start..].starts_with(*v))
        else {
            continue;
        };
        appoint(toks[k].start + v.len(), false, people);
    }
    // a list of appointments under its verb, one a line (任命：\n陆建明为…局长；\n免去：\n
    // 钱宏伟的…主任职务。): the name opens its line
    if let Some(t0) = toks.first() {
        // (the line's first token a name, or a surname alone: not 任命|他|为…)
        let named = matches!(t0.kind, Kind::Name | Kind::Unknown | Kind::Word(Pos::PersonWord))
            || (s.single_char(0) && s.lex.surnames.contains_key(s.s(0)) && !matches!(t0.pos(), Some(Pos::Function | Pos::Pronoun)));
        if named && fold[..t0.start].chars().next_back().is_none_or(|c| c == '\n') {
            appoint(t0.start, true, people);
        }
    }
    // 拟任江城市副市长的张三同志: a post one is nominated to, before 的 and the name (two or
    // three chars from a surname, then 同志 or the end of the phrase)
    let (mut from, end) = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => (a.start, b.end),
        _ => (0, 0),
    };
    while let Some(i) = fold[from..end].find("拟任") {
        let at = from + i + "拟任".len();
        from = at;
        let roles = roles_at(at);
        let Some(rest) = roles
            .last()
            .and_then(|r| fold[r.title.end..].strip_prefix('的'))
        else {
            continue;
        };
        let name_at = fold.len() - rest.len();
        let Some((len, _)) = rest
            .char_indices()
            .skip(2)
            .take(2)
            .find(|&(i, _)| rest[i..].starts_with_any(words!["同志", "，", "、", "（"]))
        else {
            continue;
        };
        let name = &rest[..len];
        if !name.chars().all(crate::text::is_han)
            || !s.lex.surnames.contains_key(&name[..3])
            || name.is_one_of(NOT_NAMES)
        {
            continue;
        }
        let span = name_at..name_at + len;
        let mine = &mut people[first..];
        if let Some(p) = mine
            .iter_mut()
            .find(|p| p.span.start < span.end && span.start < p.span.end)
        {
            p.span = span;
            p.roles = roles;
        } else {
            let at = first + mine.partition_point(|p| p.span.start < span.start);
            people.insert(at, PersonHit { span, roles });
        }
    }
    // 高祥同志任…, 李明出任…
    for p in people[first..].iter_mut().filter(|p| p.roles.is_empty()) {
        let rest = &fold[p.span.end..];
        let rest = rest.strip_prefix("同志").unwrap_or(rest);
        if let Some(after) = ["任", "出任", "担任", "升任", "调任"]
            .iter()
            .find_map(|v| rest.strip_prefix(v))
        {
            p.roles = roles_at(fold.len() - after.len());
        }
    }
}

/// Tokens k..e right after a title that follows a country or an organisation (突尼斯|总统|
/// 赛|义|德, 阿拉伯国家联盟|秘书长|盖|特): a foreign name cut into single chars, two to five
/// of them, the first and the last transliteration chars and at most one other between.
fn foreign_after_body(s: &Sentence, k: usize, e: usize, org_tok: &[bool]) -> bool {
    if k < 2 || !s.adjacent(k - 2) || e - k < 2 || e - k > 5 {
        return false;
    }
    let body =
        s.toks[k - 2].kind == Kind::Word(Pos::Place) && !s.single_char(k - 2) || org_tok[k - 2];
    if !body {
        return false;
    }
    let mut other = 0;
    for i in k..e {
        let Some(c) = s.s(i).chars().next() else {
            return false;
        };
        if !s.single_char(i)
            || org_tok[i]
            || s.in_title[i]
            || !matches!(s.toks[i].kind, Kind::Word(_) | Kind::Unknown | Kind::Name)
        {
            return false;
        }
        if !is_translit(c) {
            other += 1;
            if i == k || i + 1 == e || matches!(s.toks[i].pos(), Some(Pos::Function | Pos::Pronoun))
            {
                return false;
            }
        }
    }
    other <= 1
}

/// The words that end a road's name (紫金港|路, 长安|街, 文二|西路, 八|一路).
const ROAD_ENDS: Words = words![
    "路", "街", "大道", "大街", "巷", "胡同", "东路", "西路", "南路", "北路", "中路", "一路",
    "二路", "三路", "四路", "五路", "六路", "七路", "八路", "九路", "公路", "隧道",
];
/// Words before a road's name that say a place follows (在|紫金港路, 沿|解放路).
const ROAD_PREV: Words = words![
    "在", "沿", "沿着", "位于", "地处", "至", "到", "从", "经", "途经", "经过", "由", "往", "向",
    "靠近", "与", "和", "、", "及", "东至", "西至", "南至", "北至", "紧邻", "毗邻", "临近",
];
/// Words after a road's name that say it is one (紫金港路|与, 八一路|交叉口, 中山路|88号).
const ROAD_AFTER: Words = words![
    "与",
    "和",
    "、",
    "交叉口",
    "路口",
    "口",
    "交汇处",
    "交界处",
    "附近",
    "一带",
    "沿线",
    "两侧",
    "东侧",
    "西侧",
    "南侧",
    "北侧",
    "以东",
    "以西",
    "以南",
    "以北",
    "段",
    "号",
    "隧道",
    "地铁站",
    "站",
    "封闭",
    "施工",
];

/// Roads named in the text, as token ranges: a name of two to five chars before a word that
/// ends a road (紫金港|路, 中山|北|路, 八|一路), with the evidence that it is one: the name
/// starts with a place that is no country (中山北路, 北京路), or a word of place comes
/// before it (位于|解放路, 杭州市|紫金港路) or after it (八一路|交叉口, 文二西路|与). The
/// People's Daily marks roads as places (韶山路, 皇家大道). A place with an administrative
/// suffix before the name (南昌市) is the road's city, not part of its name; common words
/// that end in 路 are one token (道路, 思路, 公路) and never match.
#[inline(never)]
fn roads(s: &Sentence, org_tok: &[bool]) -> Vec<Range<usize>> {
    let n = s.toks.len();
    let mut out: Vec<Range<usize>> = Vec::new();
    let admin = |i: usize| {
        s.toks[i].kind == Kind::Word(Pos::Place)
            && s.s(i).ends_any(&['市', '省', '县', '区', '镇', '州'])
    };
    for k in 1..n {
        // (the last byte first, then the last char: this runs at every token; 路 街 道 巷 同
        // end in AF 97 93 B7 8C)
        let w = s.s(k);
        // S324|线, G107|国道, X026|县道: a road numbered by its class letter; T2|航站楼: an
        // airport's terminal
        if s.toks[k - 1].kind == Kind::Latin
            && s.adjacent(k - 1)
            && w.is_one_of(words!["线", "国道", "省道", "县道", "乡道", "航站楼"])
            && {
                let c = s.s(k - 1).as_bytes();
                c.len() >= 2
                    && c.len() <= 5
                    && matches!(c[0], b'G' | b'S' | b'X' | b'Y' | b'T')
                    && (c[0] == b'T') == (w == "航站楼")
                    && c[1..].iter().all(u8::is_ascii_digit)
            }
        {
            out.push(k - 1..k + 1);
            continue;
        }
        // (109|国道: a national road by its number alone)
        if s.toks[k - 1].kind == Kind::Digits
            && s.adjacent(k - 1)
            && (2..=3).contains(&s.s(k - 1).len())
            && w.is_one_of(words!["国道", "省道"])
        {
            out.push(k - 1..k + 1);
            continue;
        }
        // (速 铁 线 end in 9F 81 BF, 路 in AF)
        if matches!(w.as_bytes().last(), Some(0x9F | 0x81 | 0xBF | 0xAF)) {
            if let Some(j) = line_by_abbrevs(s, k, org_tok) {
                out.push(j..k + 1);
                continue;
            }
        }
        if !matches!(w.as_bytes().last(), Some(0xAF | 0x97 | 0x93 | 0xB7 | 0x8C))
            || !w.ends_any(&['路', '街', '道', '巷', '同'])
        {
            continue;
        }
        // 仲景大|道: an avenue whose 大 the segmenter gave to the name before it
        if w == "道"
            && s.adjacent(k - 1)
            && matches!(s.toks[k - 1].kind, Kind::Name | Kind::Unknown)
            && s.s(k - 1).ends_with('大')
            && s.chars(k - 1, k - 1) >= 3
            && !org_tok[k - 1]
        {
            out.push(k - 1..k + 1);
            continue;
        }
        // a road the name model read as a person's name (沿|干诺道|中, 、|夏悫道): with a word of
        // place before or after it; Hong Kong's 中, 东, 西 after it belong to the road (干诺道中)
        if s.toks[k].kind == Kind::Name
            && s.chars(k, k) == 3
            && !org_tok[k]
            && s.s(k).ends_any(&['道', '路', '街'])
            && ((s.adjacent(k - 1) && s.s(k - 1).is_one_of(ROAD_PREV))
                || (k + 1 < n && s.adjacent(k) && s.s(k + 1).is_one_of(ROAD_AFTER)))
            // (not a person who speaks or acts: 沿着王志道|说的)
            && !(k + 1 < n
                && s.adjacent(k)
                && (s.saying(k + 1) || matches!(s.toks[k + 1].kind, Kind::Word(Pos::Verb | Pos::VerbNoun)) || s.in_title[k + 1]))
        {
            let compass = k + 1 < n
                && s.adjacent(k)
                && s.s(k + 1).is_one_of(words!["中", "东", "西", "南", "北"])
                && (k + 2 == n || !s.adjacent(k + 1) || s.toks[k + 2].kind == Kind::Punct);
            out.push(k..k + 1 + usize::from(compass));
            continue;
        }
        // a road the dictionary holds as one word (解放路, 南京路) after its city or before a
        // word of place
        if s.s(k).chars().count() >= 3
            && matches!(
                s.toks[k].kind,
                Kind::Word(Pos::Proper | Pos::Other) | Kind::Unknown
            )
            && !org_tok[k]
            && ((s.adjacent(k - 1) && (admin(k - 1) || s.s(k - 1).is_one_of(ROAD_PREV)))
                || (k + 1 < n && s.adjacent(k) && s.s(k + 1).is_one_of(ROAD_AFTER)))
        {
            out.push(k..k + 1);
            continue;
        }
        // 五|山路|381号: a road whose last char made a word with the one before (山路), with
        // its house number
        if w.len() == 6
            && w.ends_any(&['路', '街'])
            && !w.is_one_of(ROAD_ENDS)
            && k + 2 < n
            && s.adjacent(k - 1)
            && s.adjacent(k)
            && s.toks[k + 1].kind == Kind::Digits
            && s.s(k + 2).starts_any(&['号', '號'])
            && s.single_char(k - 1)
            && !org_tok[k - 1]
            && matches!(s.toks[k - 1].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Verb))
        {
            out.push(k - 1..k + 1);
            continue;
        }
        if !s.s(k).is_one_of(ROAD_ENDS) || !s.adjacent(k - 1) || org_tok[k] || s.in_title[k] {
            continue;
        }
        let nounish = |i: usize| {
            matches!(
                s.toks[i].kind,
                Kind::Unknown
                    | Kind::Name
                    | Kind::Word(
                        Pos::Place
                            | Pos::Noun
                            | Pos::Proper
                            | Pos::Other
                            | Pos::Abbrev
                            | Pos::Numeral
                            | Pos::PersonWord
                    )
            )
        };
        let loose = |i: usize| {
            nounish(i)
                || matches!(
                    s.toks[i].kind,
                    Kind::Word(Pos::Verb | Pos::VerbNoun | Pos::Adj)
                )
        };
        // a numeral in the road word belongs to the name (八|一路)
        let numeral_road = s
            .s(k)
            .starts_any(&['一', '二', '三', '四', '五', '六', '七', '八', '九']);
        let walk = |part: &dyn Fn(usize) -> bool| {
            let mut j = k;
            while j > 0
                && s.adjacent(j - 1)
                && part(j - 1)
                && !admin(j - 1)
                && !s.s(j - 1).is_one_of(ROAD_PREV)
                && !org_tok[j - 1]
                && !s.in_title[j - 1]
                && s.chars(j - 1, k - 1) <= 4
            {
                j -= 1;
            }
            j
        };
        // nouns, places and numerals name a road; a verb or an adjective (解放|路, 和平|路)
        // only right after its city
        let mut j = walk(&nounish);
        if j > 0 && !admin(j - 1) {
            let l = walk(&loose);
            if l > 0 && admin(l - 1) {
                j = l;
            }
        }
        if j == k {
            continue;
        }
        let chars = s.chars(j, k - 1) + usize::from(numeral_road);
        let first_place = s.toks[j].kind == Kind::Word(Pos::Place)
            && !s.single_char(j)
            && !s.s(j).is_one_of(words!["中国", "中华", "全国"])
            && !matches!(
                s.lex.places.get(s.s(j)).map(|p| p.level),
                Some(super::PlaceLevel::Country)
            );
        let prev = j > 0 && (admin(j - 1) || s.s(j - 1).is_one_of(ROAD_PREV));
        let next =
            k + 1 < n && (s.s(k + 1).is_one_of(ROAD_AFTER) || s.toks[k + 1].kind == Kind::Digits);
        let first = s.s(j).chars().next().unwrap_or(' ');
        // 在人生路上, 在致富路上: a way of life, not a road, unless a place names it
        let on_way = j > 0 && s.s(j - 1) == "在" && k + 1 < n && s.s(k + 1) == "上";
        let city = j > 0 && admin(j - 1);
        let ok = (2..=5).contains(&chars)
            && (first_place
                || (!on_way && (prev || next) && (j..k).all(nounish))
                || (city && (j..k).all(loose)))
            && (first_place || !NOT_PLACE_STARTS.contains(first))
            && s.joined(j, k) != "一带一路"
            // (北京|街头|巷|尾: a road word in the name, or a char that goes on with the last)
            && !s.joined(j, k - 1).contains_any(&['街', '路'])
            && !(s.single_char(k)
                && k + 1 < n
                && s.adjacent(k)
                && s.single_char(k + 1)
                && s.toks[k + 1].kind == Kind::Word(Pos::Noun));
        if ok && !out.last().is_some_and(|r| r.end > j) {
            out.push(j..k + 1);
        }
    }
    out
}

/// One-char abbreviations of cities that name railways and expressways by their ends, besides
/// [`PLACE_ABBREVS`] (广深|高速, 沪宁|高速公路, 西康|铁路: 西安, 安康).
const LINE_ABBREVS: &str = "广深珠宁杭甬昆哈成石太包兰连厦汉郑合沈济烟焦九西康海张福银瑞";
static LINE_ABBREV_SET: HanSet = HanSet::of(LINE_ABBREVS);

/// A railway or an expressway named by the one-char abbreviations of the places it joins
/// (京沪|铁路, 京|港澳|高速, 沪|昆|高铁, 广|深|珠|高速公路): the first token of its name, where
/// token `k` is the line's word. The People's Daily marks such a line whole as a place
/// (京沪铁路, 西康铁路); a country's network (中国|铁路, 美国|铁路) is none.
fn line_by_abbrevs(s: &Sentence, k: usize, org_tok: &[bool]) -> Option<usize> {
    if !s
        .s(k)
        .is_one_of(words!["铁路", "高速", "高速公路", "高铁", "铁路线", "城际铁路"])
    {
        return None;
    }
    let abbrev = |c: char| is_place_abbrev(c) || LINE_ABBREV_SET.contains(c);
    let mut j = k;
    while j > 0
        && s.adjacent(j - 1)
        && org_tok.get(j - 1) != Some(&true)
        && !s.in_title[j - 1]
        && matches!(s.toks[j - 1].kind, Kind::Word(_))
        && s.s(j - 1).chars().count() <= 2
        && s.s(j - 1).chars().all(abbrev)
        && !matches!(s.toks[j - 1].pos(), Some(Pos::Function | Pos::Pronoun))
        && s.chars(j - 1, k - 1) <= 4
    {
        j -= 1;
    }
    if j == k || s.chars(j, k - 1) < 2 {
        return None;
    }
    // (its number before it: G15|沈海|高速)
    if j > 0 && s.adjacent(j - 1) && s.toks[j - 1].kind == Kind::Latin {
        let code = s.s(j - 1).as_bytes();
        if code.len() >= 2
            && matches!(code[0], b'G' | b'S')
            && code[1..].iter().all(u8::is_ascii_digit)
        {
            return Some(j - 1);
        }
    }
    Some(j)
}

/// Common Japanese family names, as Chinese news writes them (a hand-written list of
/// public facts), sorted for a binary search (a test checks).
const JAPANESE_SURNAMES: &[&str] = &[
    "三宅", "三木", "三浦", "上原", "上川", "上杉", "上田", "上野", "中山", "中岛", "中川", "中曾根", "中村", "中西", "中谷", "中野", "丰田", "丸山",
    "丸川", "丹羽", "久保", "久保田", "久间", "二阶", "井上", "井深", "今井", "今村", "伊藤", "佐佐木", "佐川", "佐藤", "佐野", "内田", "内藤", "冈崎",
    "冈本", "冈村", "冈田", "前原", "前田", "加藤", "北川", "北村", "北条", "北野", "十仓", "千叶", "原田", "古川", "吉冈", "吉川", "吉村", "吉田", "吉野",
    "后藤", "和田", "土井", "坂口", "坂本", "堀江", "増田", "增田", "大久保", "大冢", "大塚", "大岛", "大平", "大森", "大西", "大谷", "大野", "太田", "奥田",
    "宇野", "安倍", "安藤", "宫下", "宫崎", "宫本", "宫泽", "宫田", "小仓", "小和田", "小山", "小岛", "小川", "小松", "小林", "小池", "小泉", "小渊", "小田",
    "小西", "小野", "山下", "山内", "山口", "山崎", "山本", "山田", "岛田", "岩井", "岩屋", "岩崎", "岩田", "岸本", "岸田", "川口", "川崎", "川村", "工藤",
    "市川", "平井", "平田", "平野", "广田", "志位", "斋藤", "新井", "新藤", "星野", "望月", "木下", "木原", "木村", "本间", "杉山", "杉本", "杉浦", "村上",
    "村井", "村山", "村田", "松下", "松井", "松尾", "松本", "松田", "松野", "林田", "枝野", "柴田", "桐生", "桑原", "桥本", "桥田", "森下", "森山", "森本",
    "森田", "植田", "榊原", "樋口", "横山", "樱井", "樱田", "武村", "武田", "武藤", "水谷", "水野", "永井", "永田", "江口", "池田", "河合", "河村", "河野",
    "泽田", "浅井", "浅田", "浅野", "浜田", "海部", "清水", "渡边", "熊野", "片冈", "片山", "牧野", "玄叶", "玉木", "甘利", "田中", "田口", "田岛", "田村",
    "田边", "盛田", "石井", "石原", "石川", "石桥", "石田", "石破", "福冈", "福田", "秋元", "秋山", "稻田", "稻盛", "竹下", "竹中", "竹内", "筒井", "细川",
    "细田", "绪方", "羽田", "芦田", "茂木", "荒井", "荒木", "菅原", "菅野", "菊地", "菊池", "萩原", "藤井", "藤原", "藤本", "藤田", "西尾", "西山", "西川",
    "西村", "西田", "谷口", "谷川", "赤泽", "辻元", "近藤", "远藤", "酒井", "野上", "野中", "野口", "野村", "野田", "金子", "金田", "铃木", "长尾", "长岛",
    "长谷川", "阿部", "青木", "须田", "须藤", "饭田", "马场", "高市", "高木", "高桥", "高田", "高野", "鸠山", "鹿野", "麻生", "黑木", "黑田", "齐藤",
];
static JAPANESE_FIRST_SET: HanSet = HanSet::of_nth(JAPANESE_SURNAMES, 0);
static JAPANESE_SECOND_SET: HanSet = HanSet::of_nth(JAPANESE_SURNAMES, 1);

/// Japanese names: a family name of [`JAPANESE_SURNAMES`] and two or three more chars
/// (桥本龙太郎, 久间章生, 冈田武史), or the family name alone before a title (桥本首相).
/// The name must end where a token ends, before a title, a verb of saying, punctuation or
/// a function word.
#[inline(never)]
fn japanese_names(
    s: &Sentence,
    people: &mut Vec<(usize, usize)>,
    org_tok: &[bool],
    out: &mut Vec<Range<usize>>,
) {
    let n = s.toks.len();
    let ends_at = |b: usize| s.toks.binary_search_by_key(&b, |t| t.end).ok();
    let boundary = |i: usize| {
        // token i is the first after the name
        i >= n
            || !s.adjacent(i - 1)
            || s.in_title[i]
            || matches!(s.toks[i].kind, Kind::Punct | Kind::Digits)
            || s.saying(i)
            || s.s(i).is_one_of(HONORIFICS)
            || matches!(s.toks[i].pos(), Some(Pos::Function | Pos::Time))
            || s.s(i)
                .is_one_of(words!["的", "在", "和", "与", "等", "是", "今天", "一行"])
            || (s.s(i) == "一" && i + 1 < n && s.s(i + 1) == "行")
    };
    // a common word of two or more chars (会见, 参观, 正义; not 太郎, 阳子) is a given name
    // only before a verb of saying or punctuation: 武村正义说, but 部长|西村|会见|了
    let common = |t: usize| !s.single_char(t) && common_word(s.lex, s.s(t));
    for k in 0..n {
        // (the token's first char first: it rules out nearly every token; an empty token
        // goes on to the test of the text from it)
        if (s.first[k] != '\0' && !JAPANESE_FIRST_SET.contains(s.first[k]))
            || org_tok[k]
            || !matches!(s.toks[k].kind, Kind::Word(_) | Kind::Unknown | Kind::Name)
        {
            continue;
        }
        let start = s.toks[k].start;
        let rest = &s.fold[start..s.toks[n - 1].end];
        let mut cs = rest.chars();
        if !cs.next().is_some_and(|c| JAPANESE_FIRST_SET.contains(c))
            || !cs.next().is_some_and(|c| JAPANESE_SECOND_SET.contains(c))
        {
            continue;
        }
        // the longest family name that starts here: prefixes of two and three chars
        let mut sur = None;
        for e in rest
            .char_indices()
            .skip(2)
            .map(|(i, _)| i)
            .chain([rest.len()])
            .take(2)
        {
            if JAPANESE_SURNAMES.binary_search(&&rest[..e]).is_ok() {
                sur = Some(&rest[..e]);
            }
        }
        let Some(sur) = sur else { continue };
        let after = start + sur.len();
        let mut found = None;
        // (a given name of one char only after a title, before a verb of saying or
        // punctuation: 经济产业大臣斋藤|健|表示)
        let titled = k > 0 && s.adjacent(k - 1) && s.in_title[k - 1];
        for g in [3usize, 2, 1] {
            let Some((end, _)) = s.fold[after..]
                .char_indices()
                .nth(g)
                .map(|(i, c)| (after + i, c))
                .or_else(|| {
                    (s.fold[after..s.toks[n - 1].end].chars().count() == g)
                        .then_some((s.toks[n - 1].end, ' '))
                })
            else {
                continue;
            };
            // (no place's suffix or word for people in it: 高桥|镇|村民 is a town's villagers)
            if s.fold[after..end].chars().all(super::is_han)
                && !s.fold[after..end].contains_any(&['镇', '村', '乡', '县', '区', '市', '民'])
            {
                if let Some(i) = ends_at(end) {
                    // the given name is no verb of saying or function word (桥本|还|表示)
                    let given_ok = (k..=i).filter(|&t| s.toks[t].end > after).all(|t| {
                        !s.saying(t)
                            && (!matches!(s.toks[t].pos(), Some(Pos::Function | Pos::Verb | Pos::Pronoun))
                                // (和 or 正 opens a given name of two: 植田|和|男, 北村|正|树)
                                || (g == 2 && t < i && s.s(t).is_one_of(words!["和", "正"]) && s.single_char(i))
                                // (after a title, two single chars: 大臣大森|修|平, 总领事渡边|和|也)
                                || (g == 2
                                    && titled
                                    && t + 1 >= i
                                    && s.toks[i - 1].start == after
                                    && s.single_char(i - 1)
                                    && s.single_char(i))
                                // (由 opens a given name of three that ends in 子: 高桥|由|美子)
                                || (g == 3 && t < i && s.s(t) == "由" && s.fold[..end].ends_with('子'))
                                // (a verb's char ends one after a title: 社长佐藤|恒|治)
                                || (g == 2
                                    && titled
                                    && t == i
                                    && s.single_char(t)
                                    && s.single_char(t - 1)
                                    && s.toks[t].pos() == Some(Pos::Verb))
                                // (a verb of one char opens a given name of three that
                                // ends like a Japanese one: 小泉|进|次郎)
                                || (g == 3
                                    && t < i
                                    && s.single_char(t)
                                    && s.toks[t].pos() == Some(Pos::Verb)
                                    && s.fold[..end].ends_any(&['郎', '雄', '夫', '彦', '介', '助'])))
                            // (nor an organisation's head: 福田|分局 is a police station)
                            && !(t > k && s.is_head(t))
                            // (a one-char time word may be a given-name char: 谷口|清|太郎)
                            && !(s.toks[t].pos() == Some(Pos::Time) && !s.single_char(t))
                            && !(s.toks[t].pos() == Some(Pos::Numeral) && !s.single_char(t))
                    });
                    let said = i + 1 >= n
                        || s.toks[i + 1].kind == Kind::Punct
                        || s.saying(i + 1)
                        || s.listed(i + 1, AFTER_NAME, AFTER_NAME_GATE);
                    let word_ok = said || !(k..=i).any(|t| s.toks[t].end > after && common(t));
                    // (or after a title at the end of a phrase: 外相岩屋|毅|12月3日, 大臣中谷|元|与)
                    let one_ok = g > 1
                        || (titled && sur.chars().nth(1).is_some() && (said || boundary(i + 1)));
                    if given_ok
                        && word_ok
                        && one_ok
                        && (boundary(i + 1)
                            // (after a title, a two-char given name of single chars before
                            // a word of two: 行长植田|和|男|会面)
                            || (titled
                                && g == 2
                                && i + 1 < n
                                && ((k..=i).all(|t| s.toks[t].end <= after || s.single_char(t))
                                    // (or one that ends as Japanese given names do: 摄影师
                                    // 山田浩二|获得)
                                    || s.fold[..end].ends_any(&['郎', '雄', '夫', '彦', '介', '二', '子']))
                                && s.s(i + 1).chars().count() == 2
                                && matches!(s.toks[i + 1].pos(), Some(Pos::Verb | Pos::Noun | Pos::VerbNoun))))
                        && !(k..=i).any(|t| s.in_title[t] || org_tok[t])
                    {
                        found = Some(end);
                        break;
                    }
                }
            }
        }
        if found.is_none() {
            // the family name alone before a title or a form of address: 桥本首相
            if let Some(i) = ends_at(after) {
                if i + 1 < n
                    && s.adjacent(i)
                    && (s.in_title[i + 1] || s.s(i + 1).is_one_of(HONORIFICS))
                {
                    found = Some(after);
                }
                // or cut into pieces by the segmenter (no word of Chinese: 桥|本) at the start
                // of a phrase, before a verb of saying, maybe after an adverb (桥本还表示), or
                // a colon (奥田：); not 木|下|还有, 村|上|还有
                // (or after a title, before a verb: 经济部长|西村|会见)
                let after_title = k > 0 && s.adjacent(k - 1) && s.in_title[k - 1];
                let starts = k == 0
                    || !s.adjacent(k - 1)
                    || s.toks[k - 1].kind == Kind::Punct
                    || after_title
                    || (s.single_char(k - 1) && s.toks[k - 1].pos() == Some(Pos::Function));
                let saying = |t: usize| t < n && s.saying(t);
                let next_ok = i + 1 < n
                    && (saying(i + 1)
                        || (after_title
                            && s.adjacent(i)
                            && (s.toks[i + 1].pos() == Some(Pos::Verb) || common(i + 1)))
                        || (s.toks[i + 1].pos() == Some(Pos::Function) && saying(i + 2))
                        || s.s(i + 1).is_one_of(words!["：", ":"]));
                if i > k
                    && starts
                    && next_ok
                    && !(k..=i)
                        .any(|t| s.in_title[t] || org_tok[t] || s.toks[t].pos() == Some(Pos::Place))
                {
                    found = Some(after);
                }
            }
        }
        if let Some(end) = found {
            if !out.iter().any(|r| r.start < end && start < r.end) {
                // the name replaces the pieces the segmenter made of it (桥本|龙太郎)
                people.retain(|&(x, y)| !(s.toks[x].start < end && start < s.toks[y - 1].end));
                out.push(start..end);
            }
        }
    }
}

/// The tokens of a dateline's place the gazetteer lacks (本报德国|罗滕堡|5月27日电,
/// 新华社|某地|五月三十日电): between the agency, or a known place, and the date before 电.
fn dateline_place(s: &Sentence, org_tok: &[bool]) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let e = (2..n.min(16)).find(|&k| s.s(k) == "电" && s.s(k - 1) == "日")?;
    // the date: numbers, 月 and 日
    let mut b = e - 1;
    while b > 0
        && (matches!(s.toks[b - 1].kind, Kind::Digits | Kind::Word(Pos::Numeral))
            || s.s(b - 1).ends_with('月'))
    {
        b -= 1;
    }
    let mut a = b;
    while a > 0
        && b - a < 6
        && !org_tok[a - 1]
        && !matches!(
            s.toks[a - 1].kind,
            Kind::Punct | Kind::Word(Pos::Place | Pos::Pronoun)
        )
    {
        a -= 1;
    }
    let agency = a > 0
        && (org_tok[a - 1]
            || matches!(s.toks[a - 1].kind, Kind::Word(Pos::Place))
            || s.s(a - 1) == "本报");
    (a < b
        && agency
        && s.s(b).chars().next().is_some_and(|c| {
            c.is_ascii_digit()
                || c.is_numeric()
                || "一二三四五六七八九十０１２３４５６７８９".contains(c)
        }))
    .then_some((a, b))
}

/// A part of a province by its one-char abbreviation and a direction (湘西北, 川东北, 豫南,
/// 苏北): one place, in place of the pieces the rules found in it (西北, 湘西). Not where
/// the abbreviation and the first direction char are a province (陕西|北部), nor inside an
/// organisation or a title.
#[inline(never)]
fn directional_regions(s: &Sentence, org_tok: &[bool], places: &mut Vec<Range<usize>>) {
    let (toks, n, text) = (s.toks, s.toks.len(), s.fold);
    let dir = |c: char| matches!(c, '东' | '南' | '西' | '北');
    let abbr = |c: char| {
        matches!(
            c,
            '冀' | '晋' | '辽' | '沪' | '苏' | '浙' | '皖' | '闽' | '赣' | '鲁' | '豫' | '鄂' | '湘'
                | '粤' | '桂' | '琼' | '渝' | '川' | '黔' | '滇' | '陕' | '甘' | '陇'
        )
    };
    let mut found: Vec<Range<usize>> = Vec::new();
    // (by tokens: the abbreviation starts a token with the direction after it, 苏北, or
    // ends the token before the one the direction starts, 湘|西北地区)
    for k in 0..n {
        let mut cs = s.s(k).chars();
        let (Some(f), second) = (cs.next(), cs.next()) else {
            continue;
        };
        let (i, c, d1) = if abbr(f) && second.is_some_and(dir) {
            (toks[k].start, f, second.unwrap_or(f))
        } else if dir(f)
            && k > 0
            && s.adjacent(k - 1)
            && s.s(k - 1).chars().next_back().is_some_and(abbr)
        {
            let c = s.s(k - 1).chars().next_back().unwrap_or(f);
            (toks[k].start - c.len_utf8(), c, f)
        } else {
            continue;
        };
        let j = i + c.len_utf8();
        let d2 = text[j + d1.len_utf8()..]
            .chars()
            .next()
            .filter(|&d| dir(d) && matches!(d1, '东' | '西') == matches!(d, '南' | '北'));
        let len = c.len_utf8() + d1.len_utf8() + d2.map_or(0, char::len_utf8);
        let first = &text[i..j + d1.len_utf8()];
        let level = s.lex.places.get(first).map(|p| p.level);
        // (陕西, 海南: a province; 湘西 alone a prefecture the rules name already; 苏东 is
        // the Soviet Union and Eastern Europe)
        if matches!(level, Some(super::PlaceLevel::Province | super::PlaceLevel::Country))
            || (level.is_some() && d2.is_none())
            || first == "苏东"
        {
            continue;
        }
        // (the char after it starts no word with the last direction: 苏|北京 is no 苏北)
        let end = i + len;
        let last = if let Some(d) = d2 { d } else { d1 };
        if let Some(next) = text[end..].chars().next() {
            let mut pair = String::new();
            pair.push(last);
            pair.push(next);
            if s.lex.places.contains_key(pair.as_str())
                || (s.lex.word(&pair).is_some() && !matches!(next, '部' | '地' | '山' | '片' | '区'))
            {
                continue;
            }
        }
        let r = i..end;
        let tok = |p: usize| toks.iter().position(|t| t.start <= p && p < t.end);
        if [tok(r.start), tok(r.end - 1)]
            .iter()
            .flatten()
            .any(|&t| org_tok[t] || s.in_title[t])
            || found.last().is_some_and(|l| l.end > r.start)
            // (inside a longer place found: 黔东南苗族侗族自治州, 黔东南州)
            || places
                .iter()
                .any(|p| p.start <= r.start && r.end <= p.end && p.len() > r.len())
        {
            continue;
        }
        found.push(r);
    }
    if found.is_empty() {
        return;
    }
    places.retain(|p| !found.iter().any(|r| p.start < r.end && r.start < p.end));
    places.extend(found);
}

/// Items of a list of names set apart by spaces (获奖者：王丽华 刘建国 孙晓梅): a group of
/// tokens between spaces, next to a group that is a person, spelled as a list item, in a
/// sentence with two such persons at least.
#[inline(never)]
fn spaced_list_names(
    s: &Sentence,
    org_tok: &[bool],
    people: &mut Vec<(usize, usize)>,
    person_tok: &mut [bool],
) {
    let (toks, n) = (s.toks, s.toks.len());
    // (a sentence with no gap between its tokens has no such list)
    if n < 5 || (1..n).all(|i| s.adjacent(i - 1)) {
        return;
    }
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < n {
        if toks[k].kind == Kind::Punct {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < n && s.adjacent(e - 1) && toks[e].kind != Kind::Punct {
            e += 1;
        }
        groups.push((k, e));
        k = e;
    }
    // (two groups with only spaces between them)
    let spaced = |a: (usize, usize), b: (usize, usize)| {
        a.1 == b.0
            && s.fold[toks[a.1 - 1].end..toks[b.0].start]
                .chars()
                .all(|c| c.is_whitespace())
            && toks[a.1 - 1].end < toks[b.0].start
    };
    let is_person = |g: (usize, usize), people: &[(usize, usize)]| {
        people.iter().any(|&(a, b)| a == g.0 && b == g.1)
    };
    let persons = (0..groups.len())
        .filter(|&i| {
            is_person(groups[i], people)
                && ((i > 0 && spaced(groups[i - 1], groups[i]))
                    || (i + 1 < groups.len() && spaced(groups[i], groups[i + 1])))
        })
        .count();
    if persons < 2 {
        return;
    }
    for i in 0..groups.len() {
        let g = groups[i];
        if person_tok[g.0..g.1].contains(&true) || g.1 - g.0 > 2 {
            continue;
        }
        let prev = i > 0 && spaced(groups[i - 1], g);
        let next = i + 1 < groups.len() && spaced(g, groups[i + 1]);
        let neighbour = (prev && is_person(groups[i - 1], people))
            || (next && is_person(groups[i + 1], people));
        // (bounded: a space, a mark or the sentence's end on both sides)
        let before = prev || g.0 == 0 || toks[g.0 - 1].kind == Kind::Punct;
        let after = next || g.1 == n || toks[g.1].kind == Kind::Punct;
        if neighbour && before && after && s.list_item_name(g.0, g.1, org_tok) {
            people.push(g);
            person_tok[g.0..g.1].fill(true);
        }
    }
}

/// Regions named by two provinces' or rivers' one-char abbreviations (青藏高原, 黄淮, 江淮):
/// two places in the People's Daily convention. The pair that starts `w`, if any.
fn region_pair(w: &str) -> Option<&'static str> {
    w.prefix_in(words!["青藏", "黄淮", "江淮"])
}

/// Whether `k` lies in one of `spans` (sorted by start, not overlapping).
fn in_span(spans: &[Range<usize>], k: usize) -> bool {
    let i = spans.partition_point(|r| r.end <= k);
    spans.get(i).is_some_and(|r| r.start <= k)
}

/// Characters used overwhelmingly in transliterated foreign names and places, sorted by
/// code point for a binary search (a test checks).
const TRANSLIT: &[char] = &[
    '丁', '万', '丘', '丝', '丰', '丹', '丽', '乌', '乔', '亚', '亨', '京', '什', '伊', '伍', '休', '优', '伦', '伯',
    '佐', '佩', '依', '保', '修', '克', '兰', '兹', '内', '冈', '凡', '凯', '切', '列', '利', '加', '努', '劳', '勃',
    '勒', '华', '南', '博', '卡', '卢', '厄', '叙', '古', '叶', '吉', '哈', '哥', '喀', '因', '图', '圭', '坎', '坚',
    '坤', '坦', '埃', '基', '塔', '塞', '夏', '多', '夫', '夸', '奇', '奈', '奎', '契', '奥', '妮', '姆', '威', '娃',
    '娅', '娜', '孜', '孟', '季', '安', '宾', '密', '富', '尔', '尚', '尤', '尼', '巴', '布', '希', '帕', '库', '庞',
    '康', '延', '弗', '弥', '彼', '德', '忒', '思', '恩', '恰', '惹', '戈', '戴', '扎', '托', '扬', '披', '拉', '拜',
    '捷', '提', '摩', '撒', '斯', '施', '旺', '昂', '昆', '普', '曼', '朗', '末', '本', '杜', '杰', '松', '林', '查',
    '柯', '格', '桑', '梅', '森', '欧', '比', '毕', '毛', '汀', '汉', '汤', '汶', '沃', '沙', '法', '波', '泰', '泽',
    '洛', '洪', '涅', '温', '潘', '热', '特', '猜', '玛', '珀', '班', '琪', '琳', '琼', '瑞', '瑟', '瓜', '瓦', '申',
    '略', '登', '皮', '盖', '福', '科', '穆', '米', '素', '索', '约', '纳', '纽', '绍', '维', '缅', '缪', '罕', '罗',
    '翁', '翰', '考', '耳', '耶', '肖', '肯', '胡', '舍', '舒', '艾', '芒', '芬', '芭', '苏', '若', '英', '茨', '茹',
    '莉', '莎', '莫', '莱', '菲', '萨', '蒂', '蒙', '蓬', '蕾', '西', '詹', '诺', '谢', '豪', '贝', '贡', '费', '贾',
    '赖', '赛', '赫', '路', '辛', '达', '迈', '连', '迪', '逊', '邦', '里', '金', '钦', '锡', '阿', '隆', '雅', '雷',
    '霍', '韦', '顿', '颂', '马', '鲁', '鲍', '麦', '黎', '默', '黛', '齐',
];

static TRANSLIT_SET: HanSet = HanSet::of_chars(TRANSLIT);
pub(crate) fn is_translit(c: char) -> bool {
    TRANSLIT_SET.contains(c)
}

/// A dictionary person word of 3+ chars: a Chinese name (a surname, then one or two chars
/// of the given-name model), or a transliterated one (all transliteration chars).
fn plausible_long_name(lex: &Lexicon, w: &str) -> bool {
    if w.is_one_of(NOT_NAMES) {
        return false;
    }
    let cs: Vec<char> = w.chars().collect();
    if cs.iter().all(|&c| is_translit(c)) {
        return true;
    }
    for slen in 1..=2usize.min(cs.len().saturating_sub(1)) {
        let sur: String = cs[..slen].iter().collect();
        if lex.surnames.contains_key(sur.as_str())
            && super::segment::name_score(lex, &sur, &cs[slen..]).is_some()
        {
            return true;
        }
    }
    false
}

/// A three-char word spelled like a Chinese name: a one-char surname, then two chars the
/// given-name model knows.
fn chinese_name(lex: &Lexicon, w: &str) -> bool {
    name_like(lex, w, f32::NEG_INFINITY)
}

/// [`chinese_name`] with a floor on the name model's score: common nouns that happen to
/// start with a surname (成员国, 毕业生, 原子核) score below real names (唐家璇, 江泽民).
const NOUN_NAME_FLOOR: f32 = -23.5;
/// ln(count) from which a dictionary word is common (会见, 毕业生, 成员国: a frequency class
/// of 2^10 and up; the names jieba files as words, 太郎, 严义埙, 2^8).
const COMMON_WORD_LN: f32 = 6.5;

fn common_word(lex: &Lexicon, w: &str) -> bool {
    lex.word(w).is_some_and(|x| x.log_freq >= COMMON_WORD_LN)
}

/// The floor of [`NOUN_NAME_FLOOR`] between a title and a verb of saying or the end of a
/// clause (厂长|戚|西洋|说: 戚西洋 rates -25.3).
const TITLE_AND_SAYING_FLOOR: f32 = -26.0;

fn name_like(lex: &Lexicon, w: &str, floor: f32) -> bool {
    let cs: Vec<char> = w.chars().collect();
    let mut b = [0u8; 4];
    cs.len() == 3
        && !w.is_one_of(NOT_NAMES)
        // (a field of study: 管理学|博士)
        && cs[2] != '学'
        && super::segment::name_score(lex, cs[0].encode_utf8(&mut b), &cs[1..])
            .is_some_and(|v| v > floor)
}

/// A stock code: six digits (600519), or four to six with an exchange after a dot
/// (600519.SH, 00700.HK); a bare four-digit number is a year (蓝皮书(2023)).
fn is_stock_code(s: &str) -> bool {
    let (digits, market) = s.split_once('.').unwrap_or((s, ""));
    let exchange = ["SH", "SZ", "HK", "SS", "BJ"]
        .iter()
        .any(|m| market.eq_ignore_ascii_case(m));
    digits.bytes().all(|b| b.is_ascii_digit())
        && ((digits.len() == 6 && market.is_empty())
            || ((4..=6).contains(&digits.len()) && exchange))
}

#[inline(never)]
fn is_numeral(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| "零〇一二三四五六七八九十百千两0123456789０１２３４５６７８９".contains(c))
}

impl Tagged {
    pub fn new(doc: &Doc) -> Tagged {
        let lex = get();
        let mut t = Tagged::default();
        // Every sentence cut first, then each tagged over its slice of the tokens: the
        // per-token buffers of the rules are then made once a document, not once a sentence
        // (their allocations showed in profiles).
        // (each sentence's tokens cut straight into the one vector, with the segmenter's
        // buffers kept from one sentence to the next)
        let mut tokens: Vec<Token> = Vec::new();
        let mut ends: Vec<usize> = Vec::with_capacity(doc.sentences.len());
        let mut sc = super::segment::Scratch::default();
        for s in &doc.sentences {
            let from = tokens.len();
            super::segment::segment_into(doc.fold, s.start, s.end, &mut sc, &mut tokens);
            county_short_forms(lex, doc.fold, &mut tokens[from..]);
            heads_of_places(lex, doc.fold, &mut tokens[from..]);
            titles_across(lex, doc.fold, &mut tokens, from);

            ends.push(tokens.len());
        }
        super::segment::shrink_slack(&mut tokens);
        let mut bufs = Buffers::default();
        let mut from = 0;
        for &to in &ends {
            tag_sentence(lex, doc.fold, &tokens[from..to], &mut t, &mut bufs);
            from = to;
        }
        t.tokens = tokens;
        t
    }
}

/// Whether a sentence's text reads like a match report, for [`Sentence::match_clubs`]: a
/// score (2比1), 队, 赛, 轮, 主场, 客场, 积分, 相遇 or 交锋. One pass over the bytes (it was five
/// scans of every sentence).
fn match_words(text: &str) -> bool {
    // (on the bytes: each char sought starts with E5, E6, E8 or E9, which no other byte of
    // a char is; a char before or after is read off the bytes next to it)
    let b = text.as_bytes();
    for i in 0..b.len() {
        if !matches!(b[i], 0xE5 | 0xE6 | 0xE8 | 0xE9) {
            continue;
        }
        let before = &b[..i];
        let hit = match b.get(i..i + 3) {
            // 队, 赛, 轮
            Some([0xE9, 0x98, 0x9F] | [0xE8, 0xB5, 0x9B] | [0xE8, 0xBD, 0xAE]) => true,
            // 场 after 主 or 客
            Some([0xE5, 0x9C, 0xBA]) => {
                before.ends_with("主".as_bytes()) || before.ends_with("客".as_bytes())
            }
            // 分 after 积
            Some([0xE5, 0x88, 0x86]) => before.ends_with("积".as_bytes()),
            // 遇 after 相, 锋 after 交: two clubs meet (沈阳海狮与广州松日相遇)
            Some([0xE9, 0x81, 0x87]) => before.ends_with("相".as_bytes()),
            Some([0xE9, 0x94, 0x8B]) => before.ends_with("交".as_bytes()),
            // 比 between digits
            Some([0xE6, 0xAF, 0x94]) => {
                before.last().is_some_and(u8::is_ascii_digit)
                    && b.get(i + 3).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        };
        if hit {
            return true;
        }
    }
    false
}

/// Words right after a club in a match report (上海申花|主场, 青岛海牛|主教练).
const MATCH_AFTER_CLUB: Words =
    words!["主场", "客场", "坐镇", "主帅", "主教练", "队长", "相遇", "交锋"];

/// Results and matches right before a club (击败|沧州雄狮, 主场迎战|天津津门虎).
const MATCH_BEFORE_CLUB: Words = words![
    "击败", "战胜", "战平", "逼平", "负于", "不敌", "逆转", "迎战", "挑战", "对阵", "力克", "险胜",
    "完胜", "淘汰", "横扫", "输给",
];

/// Heads of a body's own sub-units: 国际奥委会|运动员委员会, 福州市国税局|党组,
/// 联合国|禁|毒|署, 北大|哲学系.
const SUB_UNITS: Words = words![
    "委员会",
    "理事会",
    "研究所",
    "研究室",
    "党组",
    "党支部",
    "团支部",
    "政治处",
    "署",
    "公署",
    "总队",
    "支队",
    "大队",
    "中队",
    "派出所",
    "分局",
];

/// The byte end of the organisation at tokens `r`, taken on over a sub-unit of it named
/// right after it: a few nouns or broken chars and a sub-unit head (国际奥委会运动员委员会,
/// 联合国禁毒署, 福州市国税局党组), a department of a university (北大哲学系), the Politburo
/// of a central committee, named inside its title (中共中央政治局常委).
fn sub_unit_end(s: &Sentence, r: &Range<usize>, org_tok: &[bool]) -> usize {
    let e = r.end;
    let end = s.toks[e - 1].end;
    if e >= s.toks.len() || !s.adjacent(e - 1) || org_tok[e] {
        return end;
    }
    let org = s.joined(r.start, e - 1);
    let w = s.s(e);
    // 中共中央|政治局常委, 国税局|党组书记: the unit is named inside the title
    if let Some(unit) = ["政治局", "党组", "党支部"].into_iter().find(|u| {
        w.len() > u.len() && w.starts_with(u) && (org.ends_with("中央") || *u != "政治局")
    }) {
        return s.toks[e].start + unit.len();
    }
    // (a bureau's unit may be named by an abbreviation or a word for its officers:
    // 公安局|交警|支队, 公安局|刑警|大队)
    let bureau = org.ends_any(&['局', '厅']);
    let officers = bureau
        && e + 1 < s.toks.len()
        && s.adjacent(e)
        && s.s(e + 1).is_one_of(words!["总队", "支队", "大队", "中队"]);
    // (a committee or council of the body's members named by their office: 国际奥委会|
    // 运动员|委员会, 欧盟|外长|理事会)
    let council = |i: usize| {
        i + 1 < s.toks.len()
            && s.adjacent(i)
            && !s.single_char(i)
            && s.s(i + 1).is_one_of(words!["委员会", "理事会"])
    };
    if s.in_title[e] && !officers && !council(e) {
        return end;
    }
    let noun = |i: usize| {
        matches!(s.toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
            || (bureau && s.toks[i].kind == Kind::Word(Pos::Abbrev))
            // (a verb naming a police unit's work: 执法|总队, 刑侦|支队)
            || (officers && i == e && s.toks[i].kind == Kind::Word(Pos::Verb))
    };
    if org.ends_with_any(words!["大学", "学院", "大"]) {
        // 哲学系, 化学|系
        if w.ends_with('系')
            && w.chars().count() >= 3
            && noun(e)
            && !w.ends_with_any(words!["体系", "关系"])
        {
            return s.toks[e].end;
        }
        if noun(e) && !s.single_char(e) && s.adjacent(e) && s.s(e + 1) == "系" {
            return s.toks[e + 1].end;
        }
    }
    // a division named before its own head, by any words (人社局|就业|促进|处|处长,
    // 财政厅|预算|处|副处长)
    // (a ministry's department, 司, before any title: 外交部|欧洲|司|司长, 国家统计局|贸易|外|经|
    // 统计|司|首席统计师)
    let ministry = org.ends_any(&['部', '局', '委', '署']);
    // (a company's department before any of its titles: 分公司|理赔|部|总经理; a unit named
    // in one word with its head char: 农业农村厅|种植|业|管理处|处长)
    let company = org.ends_with_any(words!["公司", "集团", "银行", "分行", "支行"]);
    for i in e + 1..(e + 5).min(s.toks.len().saturating_sub(1)) {
        let unit = s.s(i);
        let head = s.s(i + 1);
        let department = ministry && unit == "司" && s.in_title[i + 1];
        let unit_char = unit.chars().next_back().filter(|c| matches!(c, '处' | '科' | '部'));
        let whole_word = unit.chars().count() == 3 && unit.ends_with_any(words!["管理处", "办公室"]);
        if !(unit.is_one_of(words!["处", "科", "部"]) || department || whole_word)
            || !s.adjacent(i)
            || !(department
                || (company && unit == "部" && s.in_title[i + 1])
                || unit_char.is_some_and(|c| {
                    let h = head.strip_prefix('副').unwrap_or(head);
                    h.strip_prefix(c).is_some_and(|h| h == "长")
                }))
        {
            continue;
        }
        if (e..i).all(|j| {
            s.adjacent(j)
                && !s.in_title[j]
                && !org_tok[j]
                && (!s.single_char(j)
                    || (department && s.toks[j].kind == Kind::Word(Pos::Noun))
                    // (a unit's field cut into chars beside a word: 传染病|防|制|部|副部长)
                    || ((e..i).any(|x| !s.single_char(x))
                        && matches!(s.toks[j].kind, Kind::Word(Pos::Noun | Pos::Verb))))
                && matches!(s.toks[j].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral | Pos::Time))
        }) {
            return s.toks[i].end;
        }
        break;
    }
    let mut i = e;
    while i < s.toks.len() && i - e < 4 && s.chars(e, i) <= 9 {
        // (a police unit that starts an organisation found on its own: 交警|支队 of
        // 支队高速公路大队, the two joined later)
        if bureau && i > e && org_tok[i] && s.s(i).is_one_of(words!["总队", "支队", "大队"]) {
            return s.toks[i].end;
        }
        if (s.in_title[i] && !(officers && i == e) && !council(i)) || org_tok[i] {
            break;
        }
        let single = s.single_char(i)
            && matches!(s.toks[i].kind, Kind::Word(p) if !matches!(p, Pos::Function | Pos::Pronoun | Pos::Numeral | Pos::Time));
        if !(noun(i) || single) {
            break;
        }
        if s.s(i).ends_with_any(SUB_UNITS)
            && !s.s(i).is_one_of(words!["部署", "签署", "连署"])
            && (i > e || s.s(i).chars().count() > 1)
            && !s
                .s(e)
                .is_one_of(words!["有关", "相关", "专门", "下属", "所属", "其他", "各", "该"])
        {
            return s.toks[i].end;
        }
        if !s.adjacent(i) {
            break;
        }
        i += 1;
    }
    end
}

/// A word before 县委, 县政府, 市委 … that is a county or city of the gazetteer with that
/// char (监利|县委: 监利县; 平原|县委: 平原县) is that place, though the dictionary knows it as a
/// word or the gazetteer has no short form for it.
/// 北京市|长, 台北市|长: the segmenter takes the place with its 市 and leaves 长 alone; the
/// head of the place is 市长 after the place's short form (北京|市长), when the short form
/// is a place of the gazetteer and the head a title.
/// 外交部长, 芬兰农林部长, 经济|部长: the first token of the ministry a title ending in 部长 at
/// token `k` names with its 部 (the title's own words, or the nouns and the place before it):
/// the ministry's byte range.
fn ministry_in_title(s: &Sentence, k: usize, org_tok: &[bool]) -> Option<Range<usize>> {
    let toks = s.toks;
    let w = s.s(k);
    // (政务部长: Singapore's minister of state, of no 政务部; 首席部长: a Malaysian state's
    // chief minister, of no 首席部)
    if !s.in_title[k]
        || !w.ends_with("部长")
        || w.starts_with('副')
        || w.ends_with("政务部长")
        || w.ends_with("首席部长")
        // (国务部长: a minister of state, of no 国务部)
        || w.ends_with("国务部长")
    {
        return None;
    }
    let ministry = |i: usize| {
        matches!(toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
            && !s.in_title[i]
            && !org_tok[i]
            && !s.s(i).is_one_of(GENERIC_STARTS)
            // (代理|部长: the acting minister)
            && !s.s(i).is_one_of(TITLE_PREFIXES)
    };
    let mut j = k;
    if w == "部长" {
        while j > 0 && s.adjacent(j - 1) && ministry(j - 1) && s.chars(j - 1, k) <= 10 {
            j -= 1;
        }
        if j == k {
            return None;
        }
    }
    if j > 0 && s.adjacent(j - 1) && toks[j - 1].kind == Kind::Word(Pos::Place) && !org_tok[j - 1] {
        j -= 1;
    }
    // the ministry's 部 written before the title (信息化|部|部长) is its own, not the title's
    let end = if w == "部长" && k > j && s.s(k - 1).ends_with('部') {
        toks[k - 1].end
    } else {
        toks[k].end - "长".len()
    };
    Some(toks[j].start..end)
}

/// Most Han chars of a line that [`byline_names`] reads as names only (four names of three).
const BYLINE_MAX_CHARS: usize = 12;

/// A line that holds nothing but names: a byline or a photo credit at the end of an article
/// (马宏伟 alone, 张学俭刘文光胡江海). Each piece the rules did not already read as a name is a
/// name when it is spelled as a list item (a surname char, two or three chars, no place,
/// title or word of its own); one piece that is not leaves the whole line alone.
#[inline(never)]
fn byline_names(
    s: &Sentence,
    org_tok: &[bool],
    people: &mut Vec<(usize, usize)>,
    person_tok: &mut [bool],
) {
    let toks = s.toks;
    let n = toks.len();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    // (a post before the names, a space between: 县长 王建国 under a report's title)
    let from = match (0..n).find(|&i| !s.in_title[i]) {
        Some(f) if f > 0 && f < n && !s.adjacent(f - 1) && (0..f - 1).all(|i| s.adjacent(i)) => f,
        _ => 0,
    };
    // (the cheap tests first: this runs at every sentence)
    if last.end - first.start > 4 * BYLINE_MAX_CHARS
        || s.fold[first.start..last.end].chars().count() > BYLINE_MAX_CHARS
        || toks.iter().any(|t| t.kind == Kind::Punct)
        || !(from..n - 1).all(|i| s.adjacent(i))
    {
        return;
    }
    // the line's own: nothing but spaces between it and the line breaks
    let before = s.fold[..first.start].trim_end_any(&[' ', '\t', '\u{3000}']);
    let after = s.fold[last.end..].trim_start_any(&[' ', '\t', '\u{3000}']);
    if !(before.is_empty() || before.ends_with('\n'))
        || !(after.is_empty() || after.starts_any(&['\r', '\n']))
    {
        return;
    }
    // not a line of hard-wrapped text: the sentence goes on across the breaks (走在\n马路边\n的小店)
    const GOES_ON: &[char] = &[
        '，', '、', '；', '：', ',', ';', ':', '的', '了', '着', '地', '得', '和', '与', '及',
        '在', '是',
    ];
    let prev_line = before.trim_end();
    let next_line = after.trim_start();
    if prev_line.ends_any(GOES_ON)
        || next_line.starts_any(GOES_ON)
        || next_line.starts_any(&['。', '.'])
    {
        return;
    }
    let mut found = Vec::new();
    let mut k = from;
    while k < n {
        if person_tok[k] {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < n && !person_tok[e] {
            e += 1;
        }
        // (one word of the dictionary is that word, though it is spelled like a name: 黄金周)
        if (e == k + 1 && matches!(toks[k].kind, Kind::Word(_))) || !s.list_item_name(k, e, org_tok)
        {
            return;
        }
        found.push((k, e));
        k = e;
    }
    for (k, e) in found {
        people.push((k, e));
        person_tok[k..e].fill(true);
    }
}

/// A title cut across a word before a name (国|会议|长|禹元植): the char before and the
/// word's first make a body's word (国会), its second char and the one after a title
/// (议长). Three tokens become those two.
fn titles_across(lex: &Lexicon, fold: &str, toks: &mut Vec<Token>, from: usize) {
    // (by byte lengths first, on references: a Han char is three bytes, and this runs at
    // every token of the text)
    let han1 = |t: &Token| t.end - t.start == 3 && matches!(t.kind, Kind::Word(_) | Kind::Unknown);
    let mut k = from + 1;
    while k + 1 < toks.len() {
        let b = &toks[k];
        if b.end - b.start != 6 || !matches!(b.kind, Kind::Word(_)) {
            k += 1;
            continue;
        }
        let (a, b, c) = (toks[k - 1], toks[k], toks[k + 1]);
        if !(han1(&c) && a.end == b.start && b.end == c.start) {
            k += 1;
            continue;
        }
        // a ministry's head cut as 部长 before 官 (外交|部长|官|赵兑烈: Korea's 长官)
        if &fold[b.start..b.end] == "部长"
            && &fold[c.start..c.end] == "官"
            && matches!(a.kind, Kind::Word(Pos::Noun | Pos::Org | Pos::Place | Pos::Abbrev))
        {
            toks[k].end = b.start + 3;
            toks[k + 1].start = b.start + 3;
            toks[k + 1].kind = Kind::Word(Pos::Noun);
            k += 2;
            continue;
        }
        let mid = b.start + 3;
        let named = toks
            .get(k + 2)
            .is_some_and(|d| d.start == c.end && matches!(d.kind, Kind::Name | Kind::Word(Pos::PersonWord)));
        if !named || !han1(&a) || !lex.is_title(&fold[mid..c.end]) {
            k += 1;
            continue;
        }
        let Some(w) = lex
            .word(&fold[a.start..mid])
            .filter(|w| matches!(w.pos, Pos::Noun | Pos::Org | Pos::Abbrev | Pos::Place))
        else {
            k += 1;
            continue;
        };
        toks[k - 1] = Token { start: a.start, end: mid, kind: Kind::Word(w.pos) };
        toks[k] = Token { start: mid, end: c.end, kind: Kind::Word(Pos::Noun) };
        toks.remove(k + 1);
        k += 1;
    }
}

fn heads_of_places(lex: &Lexicon, fold: &str, toks: &mut [Token]) {
    for k in 0..toks.len().saturating_sub(1) {
        let (p, q) = (toks[k], toks[k + 1]);
        if p.kind != Kind::Word(Pos::Place) || p.end != q.start || &fold[q.start..q.end] != "长" {
            continue;
        }
        let w = &fold[p.start..p.end];
        let Some((i, c)) = w.char_indices().next_back() else {
            continue;
        };
        if !matches!(c, '市' | '省' | '县' | '区' | '镇' | '乡' | '州')
            || w[..i].chars().count() < 2
        {
            continue;
        }
        if lex.places.get(&w[..i]).is_none() || !lex.is_title(&fold[p.start + i..q.end]) {
            continue;
        }
        // (not before a county's short form that makes a town with 长: 万宁市|长|丰镇)
        if toks.get(k + 2).is_some_and(|r| {
            r.start == q.end
                && r.kind == Kind::Word(Pos::Place)
                && fold[r.start..r.end].chars().count() == 2
                && fold[r.start..r.end].ends_with(['镇', '乡'])
        }) {
            continue;
        }
        toks[k].end = p.start + i;
        toks[k + 1].start = p.start + i;
        toks[k + 1].kind = Kind::Word(Pos::Noun);
    }
}

fn county_short_forms(lex: &Lexicon, fold: &str, toks: &mut [Token]) {
    for k in 1..toks.len() {
        // a county-level city by the short form the gazetteer leaves out as a word, right
        // after its province (福建|石狮, 云南|安宁): the place
        if toks[k - 1].kind == Kind::Word(Pos::Place)
            && toks[k - 1].end == toks[k].start
            && toks[k].end - toks[k].start == 6
            && matches!(toks[k].kind, Kind::Word(Pos::Noun | Pos::PersonWord | Pos::Adj | Pos::Other))
            && lex.places.get(&fold[toks[k - 1].start..toks[k - 1].end]).is_some_and(|p| p.level == super::PlaceLevel::Province)
            // (where the phrase ends: not a word of a compound, 山东|公安|机关)
            && toks.get(k + 1).is_none_or(|n| {
                n.start > toks[k].end || matches!(n.kind, Kind::Punct | Kind::Word(Pos::Function | Pos::Verb))
            })
        {
            let w = &fold[toks[k].start..toks[k].end];
            // (a part of the province is no county: 青海省|南部|的, though 南部县 is one)
            if !w.ends_with('部') && ["市", "县"].iter().any(|l| lex.places.get(&[w, l].concat()).is_some_and(|p| p.level == super::PlaceLevel::County)) {
                toks[k].kind = Kind::Word(Pos::Place);
                continue;
            }
        }
        // (by the bytes first: most tokens start with neither, and need no str slice)
        let b = fold.as_bytes().get(toks[k].start..).unwrap_or_default();
        // (县 E5 8E BF, 市 E5 B8 82)
        if !matches!(b, [0xE5, 0x8E, 0xBF, ..] | [0xE5, 0xB8, 0x82, ..]) {
            continue;
        }
        let next = &fold[toks[k].start..toks[k].end];
        let Some(c) = next.chars().next().filter(|c| matches!(c, '县' | '市')) else {
            continue;
        };
        let p = &toks[k - 1];
        if next.chars().count() < 2
            || !matches!(p.kind, Kind::Word(_))
            || p.kind == Kind::Word(Pos::Place)
            || p.end - p.start < 6
        {
            continue;
        }
        let mut full = String::with_capacity(p.end - p.start + 3);
        full.push_str(&fold[p.start..p.end]);
        full.push(c);
        if lex.places.get(&full).is_some() {
            toks[k - 1].kind = Kind::Word(Pos::Place);
        }
    }
}

/// The per-token buffers of [`tag_sentence`], kept from one sentence to the next (cleared
/// and refilled: the same contents as new ones).
#[derive(Default)]
struct Buffers<'a> {
    words: Vec<&'a str>,
    in_title: Vec<bool>,
    org_w: Vec<Option<OrgWord>>,
    keys: Vec<u8>,
    first: Vec<char>,
    org_tok: Vec<bool>,
    person_tok: Vec<bool>,
    cut: Vec<bool>,
    role_person_tok: Vec<bool>,
}

/// `v`'s buffer holding `n` times `false` (as `vec![false; n]`).
fn falses(v: &mut Vec<bool>, n: usize) -> Vec<bool> {
    let mut x = std::mem::take(v);
    x.clear();
    x.resize(n, false);
    x
}

/// The place of a government written right before the title at token `ti`, as a byte
/// range: 浙江省|人民政府, 北京市人民政府 (one word), 宁波市|政府.
#[inline(never)]
fn local_government(s: &Sentence, ti: usize) -> Option<(usize, usize)> {
    let g = ti.checked_sub(1)?;
    let w = s.s(g);
    let place = w.strip_suffix("人民政府").or_else(|| w.strip_suffix("政府"))?;
    if !s.adjacent(g) {
        return None;
    }
    let start = s.toks[g].start;
    if !place.is_empty() {
        return (s.lex.places.contains_key(place) && place.chars().count() >= 2)
            .then_some((start, start + place.len()));
    }
    let p = g.checked_sub(1)?;
    (s.adjacent(p) && s.toks[p].kind == Kind::Word(Pos::Place) && !s.single_char(p))
        .then_some((s.toks[p].start, start))
}

/// A town or a township whose level char the dictionary cut off before its head's title
/// (三沙|镇|镇长, 高|桥|镇|副镇长): the first token of the town's name.
fn town_before_head(s: &Sentence, ti: usize, title: &str) -> Option<usize> {
    let l = ti.checked_sub(1)?;
    let level = s.s(l);
    if !level.is_one_of(words!["镇", "乡"]) || !title.ends_with(&[level, "长"].concat()) || l == 0 {
        return None;
    }
    let p = l - 1;
    let name = |i: usize| {
        s.adjacent(i)
            && !s.in_title[i]
            && matches!(
                s.toks[i].kind,
                Kind::Name | Kind::Word(Pos::Place | Pos::Noun | Pos::Adj | Pos::Other)
            )
    };
    if !name(p) {
        return None;
    }
    if !s.single_char(p) {
        return Some(p);
    }
    // (two single chars: 高|桥)
    (p > 0 && s.single_char(p - 1) && name(p - 1)).then(|| p - 1)
}

/// Whether byte `b` lies inside one of `spans`.
fn in_span_bytes(spans: &[Range<usize>], b: usize) -> bool {
    spans.iter().any(|r| r.start <= b && b < r.end)
}

/// The field an analyst covers between an organisation and a title starting at token `ti`
/// (华泰证券|汽车|行业|首席分析师, 中信证券|行业|分析师): the field's first token and the
/// organisation's tokens.
fn analyst_field<'r>(s: &Sentence, ti: usize, org_by_end: &ByKey<'r>) -> Option<(usize, &'r Range<usize>)> {
    if ti < 2 || !s.adjacent(ti - 1) {
        return None;
    }
    let field = |f: usize| {
        s.adjacent(f) && !s.in_title[f] && s.toks[f].pos() == Some(Pos::Noun) && !s.single_char(f)
    };
    if s.s(ti - 1) != "行业" {
        // one word of a field right after the organisation (中指研究院浙江分院|市场|研究总监,
        // 绿城|营销|总监): part of the title; 相关 or 有关 there no part of it
        // (中储粮河南分公司|相关|负责人)
        let any = s.s(ti - 1).is_one_of(words!["相关", "有关"]);
        let word = any
            || (field(ti - 1) || s.toks[ti - 1].pos() == Some(Pos::VerbNoun))
                && !s.single_char(ti - 1)
                && s.org_word(ti - 1).is_none()
                && !s.is_head(ti - 1);
        if !word {
            return None;
        }
        if let Some(r) = org_by_end.get(&(ti - 1)).filter(|r| s.adjacent(r.end - 1)) {
            return Some((if any { ti } else { ti - 1 }, r));
        }
        // (or two: 中国驻阿根廷大使馆|经济|商务|参赞)
        let two = !any && ti >= 3 && (field(ti - 2) || s.toks[ti - 2].pos() == Some(Pos::VerbNoun)) && s.org_word(ti - 2).is_none() && !s.is_head(ti - 2);
        let r = org_by_end.get(&(ti - 2)).filter(|r| two && s.adjacent(r.end - 1))?;
        return Some((ti - 2, r));
    }
    [ti - 1, ti - 2]
        .into_iter()
        .filter(|&f| f == ti - 1 || field(f))
        .find_map(|f| org_by_end.get(&f).filter(|r| s.adjacent(r.end - 1)).map(|r| (f, r)))
}

/// The roles written right before the person starting at token `a`: groups of titles
/// joined by 、 or 兼, each with the organisation written before it (out of
/// `tag_sentence`: a smaller function compiles faster in the browser, issue 8).
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn titles_before(
    s: &Sentence,
    a: usize,
    title_by_end: &ByKey,
    org_by_end: &ByKey,
    facilities: &[Range<usize>],
    org_tok: &[bool],
    person_tok: &[bool],
    role_orgs: &mut Vec<Range<usize>>,
) -> Vec<RoleHit> {
    let (toks, fold, lex) = (s.toks, s.fold, s.lex);
    let span = |r: &Range<usize>| toks[r.start].start..toks[r.end - 1].end;
    let mut hits: Vec<RoleHit> = Vec::new();
    let mut p = a;
    loop {
        let mut roles = Vec::new();
        let mut first_title = None;
        // (a list of people sets a space between the posts and the name: 清华大学教授 薛其坤)
        let spaced = |e: usize, st: usize| {
            fold.get(e..st).is_some_and(|g| g == " " || g == "\u{3000}")
        };
        while let Some(t) = title_by_end
            .get(&toks[p.saturating_sub(1)].end)
            .filter(|t| p > 0 && (t.end == toks[p].start || (p == a && spaced(t.end, toks[p].start))))
        {
            let mut t = t.clone();
            // (the token the title starts in: 中国外交部|长's title starts inside it)
            let mut ti = (0..p)
                .rev()
                .find(|&i| toks[i].start <= t.start)
                .unwrap_or(0);
            // (a title after another's name before the 、 is that one's: 贺鹏飞|中将、
            // 海军副参谋长赵国钧)
            if ti > 0 && person_tok[ti - 1] && s.s(p).is_one_of(words!["、", "兼"]) {
                break;
            }
            // 原|所长, 美国|前|总统: a former or acting holder's title is written with it
            if ti > 0
                && toks[ti].start == t.start
                && s.adjacent(ti - 1)
                && s.s(ti - 1).is_one_of(TITLE_PREFIXES)
                && !(ti >= 2
                    && s.adjacent(ti - 2)
                    && matches!(
                        toks[ti - 2].kind,
                        Kind::Digits | Kind::Word(Pos::Numeral | Pos::Time)
                    ))
            {
                ti -= 1;
                t.start = toks[ti].start;
            }
            // 英国|驻华|大使, 中国|驻|尼泊尔|大使: an envoy's title is written with where the
            // envoy is posted; the country or the body before 驻 sends them
            if ti > 0
                && toks[ti].start == t.start
                && s.adjacent(ti - 1)
                && fold[t.clone()].is_one_of(ENVOYS)
            {
                let posted = if s.s(ti - 1).starts_with('驻') && s.chars(ti - 1, ti - 1) == 2 {
                    Some(ti - 1)
                } else if ti > 1
                    && toks[ti - 1].kind == Kind::Word(Pos::Place)
                    && s.adjacent(ti - 2)
                    && s.s(ti - 2) == "驻"
                {
                    Some(ti - 2)
                } else {
                    None
                };
                if let Some(z) = posted.filter(|&z| z > 0 && s.adjacent(z - 1)) {
                    ti = z;
                    t.start = toks[z].start;
                }
            }
            // 俄罗斯|总统|新闻秘书, 总理|特别代表: the staff of a head of state or government
            // are written after the head's title; the two are one title, of the head's country
            if ti > 1
                && toks[ti].start == t.start
                && s.adjacent(ti - 1)
                && s.in_title[ti - 1]
                && s.s(ti - 1).is_one_of(words!["总统", "总理", "首相", "国王"])
                && !person_tok[ti - 2]
                && fold[t.clone()].ends_with_any(words![
                    "秘书",
                    "助理",
                    "发言人",
                    "顾问",
                    "代表",
                    "特使",
                ])
            {
                ti -= 1;
                t.start = toks[ti].start;
            }
            // (a Malaysian honorific is no post: the post is the title before it, 州务大臣|
            // 拿督斯里|沙姆苏丁)
            if fold[t.clone()].is_one_of(words!["拿督斯里", "丹斯里", "拿督", "拿汀"]) {
                if ti == 0 {
                    break;
                }
                p = ti;
                continue;
            }
            roles.push(t.clone());
            first_title = Some(ti);
            if ti > 0 && s.s(ti - 1).is_one_of(words!["、", "兼"]) {
                p = ti - 1;
            } else {
                break;
            }
        }
        let Some(ti) = first_title else { break };
        roles.reverse();
        let mut org = None;
        let mut org_is_place = false;
        let mut group_start = ti;
        if roles[0].start > toks[ti].start {
            // the place the title was cut from (中国|外交部长)
            org = Some(toks[ti].start..roles[0].start);
            org_is_place = true;
        } else if let Some((f, r)) = analyst_field(s, ti, org_by_end) {
            // 华泰证券|汽车|行业|首席分析师: the field an analyst covers is part of the
            // title, the brokerage before it the organisation
            roles[0].start = toks[f].start;
            org = Some(toks[r.start].start..toks[r.end - 1].end);
            group_start = r.start;
        } else if let Some(r) = org_by_end.get(&ti) {
            let mut start = r.start;
            // 鞍山钢铁/鞍钢股份: organisations joined by a slash
            while start >= 2 && s.s(start - 1).is_one_of(words!["/", "／"]) {
                match org_by_end.get(&(start - 1)) {
                    Some(o) => start = o.start,
                    None => break,
                }
            }
            org = Some(toks[start].start..toks[r.end - 1].end);
            group_start = start;
        } else if let Some(r) = (ti >= 3 && s.adjacent(ti - 1) && s.s(ti - 1).is_one_of(words!["）", ")"]))
            .then(|| (ti.saturating_sub(9)..ti - 2).rev().find(|&o| s.s(o).is_one_of(words!["（", "("])))
            .flatten()
            .filter(|&o| (o..ti).all(|i| s.adjacent(i)))
            .and_then(|o| org_by_end.get(&o))
        {
            // 中华民国羽球协会（羽协）理事长: the body before its short name in brackets
            org = Some(toks[r.start].start..toks[r.end - 1].end);
            group_start = r.start;
        } else if let Some(b) = (ti > 0
            && s.adjacent(ti - 1)
            && roles[0].start == toks[ti].start
            && (s.admin_level(ti - 1) || toks[ti - 1].kind == Kind::Word(Pos::Place)))
            .then(|| ["纪委", "政法委"].into_iter().find(|b| s.s(ti).len() > b.len() && s.s(ti).starts_with(b)))
            .flatten()
        {
            // 市|纪委书记, 县|政法委副书记: the level's commission is the body, the rest the
            // title (市纪委 + 书记)
            let r = toks[ti - 1].start..toks[ti].start + b.len();
            role_orgs.push(r.clone());
            org = Some(r);
            roles[0].start = toks[ti].start + b.len();
            group_start = ti - 1;
        } else if let Some(lv) = (ti > 0
            && s.adjacent(ti - 1)
            && roles[0].start == toks[ti].start
            && toks[ti - 1].kind == Kind::Word(Pos::Place)
            && !s.single_char(ti - 1)
            // (not a place inside a name before it: 华电|江苏|党委书记 is the company's)
            && !(ti >= 2
                && s.adjacent(ti - 2)
                && matches!(
                    toks[ti - 2].kind,
                    Kind::Name | Kind::Unknown | Kind::Latin | Kind::Word(Pos::Noun | Pos::Org | Pos::Proper | Pos::Abbrev | Pos::PersonWord | Pos::Place)
                )))
        .then(|| {
            // 克州|党委书记, 梓山|镇党委书记: a place's party secretary holds the post for
            // the place (its level char the title took is the place's), as 日本|外相 does
            let t = s.s(ti);
            let lead = t.chars().next().filter(|c| "镇乡县市区省州".contains(*c)).map_or(0, char::len_utf8);
            ["党委", "党工委"].iter().any(|b| t[lead..].starts_with(b)).then_some(lead)
        })
        .flatten()
        {
            org = Some(toks[ti - 1].start..toks[ti].start + lv);
            roles[0].start = toks[ti].start + lv;
            org_is_place = true;
            group_start = ti - 1;
        } else if ti > 0 && s.adjacent(ti - 1) {
            // 行政|院长: a body known by name whose last char starts the title (行政院 +
            // 院长), as 外交部长 is 外交部's
            let first = s.s(ti).chars().next().map_or(0, char::len_utf8);
            let body = &fold[toks[ti - 1].start..toks[ti].start + first];
            let prev = s.s(ti - 1);
            if body.chars().count() >= 3 && lex.org_words.get(body) == Some(&OrgWord::Name) {
                // (and one of the text's organisations, as 外交部 of 外交部长 is)
                let r = toks[ti - 1].start..toks[ti].start + first;
                role_orgs.push(r.clone());
                org = Some(r);
            } else if ti >= 2
                && prev == &s.s(ti)[..first]
                && prev.is_one_of(words!["局", "署", "处", "厅"])
                && s.adjacent(ti - 2)
                && s.chars(ti - 2, ti - 2) == 2
                && matches!(toks[ti - 2].kind, Kind::Word(Pos::Noun | Pos::VerbNoun))
                && !s.in_title[ti - 2]
            {
                // 教育|局|局长: the field and the head cut apart, with the body right before
                // it whose division it is (广州市市场监督管理局|执法|稽查|处|处长)
                let mut a = ti - 2;
                let mut j = ti - 2;
                loop {
                    if let Some(r) = org_by_end.get(&j).filter(|r| s.adjacent(r.end - 1)) {
                        a = r.start;
                        break;
                    }
                    if j == 0
                        || ti - 2 - j >= 2
                        || !s.adjacent(j - 1)
                        || s.in_title[j - 1]
                        || s.single_char(j - 1)
                        || !matches!(toks[j - 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb))
                    {
                        break;
                    }
                    j -= 1;
                }
                org = Some(toks[a].start..toks[ti - 1].end);
                group_start = a;
            } else if let Some(f) = (ti >= 2 && prev == "司" && prev == &s.s(ti)[..first])
                .then(|| {
                    // 基层|卫生|健康|司|司长, 医政|司|司长: a ministry's department, its field
                    // cut into words, with the ministry when it stands right before
                    let mut f = ti - 1;
                    while f > 0
                        && ti - 1 - f < 4
                        && s.adjacent(f - 1)
                        && s.chars(f - 1, ti - 2) <= 6
                        && matches!(toks[f - 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Adj))
                        && !s.in_title[f - 1]
                        && !org_tok[f - 1]
                    {
                        f -= 1;
                    }
                    (f < ti - 1 && s.chars(f, ti - 2) >= 2).then_some(f)
                })
                .flatten()
            {
                let start = org_by_end
                    .get(&f)
                    .filter(|r| s.adjacent(r.end - 1))
                    .map_or(f, |r| r.start);
                let r = toks[start].start..toks[ti - 1].end;
                role_orgs.push(r.clone());
                org = Some(r);
                group_start = start;
            } else if let Some(r) = (ti >= 3 && prev == &s.s(ti)[..first] && prev.is_one_of(words!["处", "科"]))
                .then(|| {
                    // 人社局|就业|促进|处|处长, 财政厅|预算|处|处长: a division named by words
                    // of any kind after its bureau, the division's char in the title
                    (ti.saturating_sub(3)..ti - 1).rev().find_map(|j| {
                        ((j..ti - 1).all(|i| {
                            s.adjacent(i)
                                && !s.in_title[i]
                                && !s.single_char(i)
                                && matches!(toks[i].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb))
                        }))
                        .then(|| org_by_end.get(&j))
                        .flatten()
                    })
                })
                .flatten()
            {
                org = Some(toks[r.start].start..toks[ti - 1].end);
                group_start = r.start;
            } else if s.s(ti) == "部长" {
                // 经济|部长: the ministry the title names with its 部
                if let Some(r) = ministry_in_title(s, ti, org_tok) {
                    group_start = (0..ti).find(|&i| toks[i].start == r.start).unwrap_or(ti);
                    org = Some(r);
                }
            }
        }
        // 北京协和医院|感染|内科|主任医师, 北京大学|化学|系|主任: a department of a hospital
        // or a school between the two (a word ending in 科 or 系, up to two words of its field
        // before it) is part of the role's organisation
        if org.is_none() && ti >= 2 && s.adjacent(ti - 1) && s.s(ti - 1).ends_with_any(words!["科", "系"]) {
            let mut j = ti - 1;
            while j > 0
                && ti - 1 - j < 2
                && s.adjacent(j - 1)
                && matches!(toks[j - 1].kind, Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Verb | Pos::Adj))
                && !s.in_title[j - 1]
            {
                j -= 1;
            }
            let school = |r: &Range<usize>| {
                fold[span(r)].ends_with_any(words!["医院", "大学", "学院", "中心"])
            };
            // (the walk may take the school's own last word: 华山|医院|感染|科)
            let found = (j.max(1)..ti - 1).find_map(|j| {
                (s.chars(j, ti - 1) >= 2)
                    .then(|| {
                        org_by_end.get(&j).filter(|r| school(r)).map(|r| r.start).or_else(|| {
                            (toks[j - 1].kind == Kind::Word(Pos::Org) && school(&(j - 1..j)))
                                .then_some(j - 1)
                        })
                    })
                    .flatten()
            });
            if let Some(start) = found {
                org = Some(toks[start].start..toks[ti - 1].end);
                group_start = start;
            }
        }
        // no organisation, but a place whose head the title is (兰州市|副市长, 美国|总统), or
        // a museum, a hospital, a court known as a place (故宫博物院|院长): the role's
        // organisation is that place
        if org.is_none() && ti > 0 && s.adjacent(ti - 1) {
            let end = toks[ti].start;
            if let Some(f) = facilities.iter().find(|f| toks[f.end - 1].end == end) {
                org = Some(toks[f.start].start..end);
                group_start = f.start;
            } else if toks[ti - 1].kind == Kind::Word(Pos::Place)
                && !s.single_char(ti - 1)
                && roles.iter().any(|t| {
                    let t = &fold[t.clone()];
                    t.ends_with_any(PLACE_HEADS)
                        // (the staff of a head: 俄罗斯|总统新闻秘书)
                        || t.starts_with_any(words!["总统", "总理", "首相", "国王"])
                        // (an envoy the country sends: 英国|驻华大使)
                        || t.starts_with('驻')
                        // (a minister named by the ministry: 美国|商务部长)
                        || names_own_body(t)
                        // the head of a place named by its kind: 故宫博物院|院长, 上海图书馆|馆长
                        || (t.ends_with('长')
                            && t.chars().rev().nth(1).is_some_and(|c| {
                                "院馆站所校园场宫".contains(c) && s.s(ti - 1).ends_with(c)
                            }))
                })
            {
                // the head of a county or a city after its short form takes the place's
                // level char from the title (台東|縣長 → 台東縣, 兰州|市长 → 兰州市)
                let level = fold[roles[0].clone()]
                    .strip_suffix('长')
                    .filter(|l| l.is_one_of(words!["县", "市", "省", "区", "州", "镇", "乡"]))
                    .filter(|l| !s.s(ti - 1).ends_with(l));
                let end = end + level.map_or(0, str::len);
                org = Some(toks[ti - 1].start..end);
                org_is_place = true;
                group_start = ti - 1;
            } else if let Some((a, b)) = local_government(s, ti).filter(|_| {
                roles.iter().any(|t| fold[t.clone()].ends_with_any(PLACE_HEADS))
            }) {
                // the head of a place after its government (浙江省人民政府|副省长): the
                // government is no organisation (see `orgs`), the place is the role's
                org = Some(a..b);
                org_is_place = true;
                group_start = (0..ti).find(|&i| toks[i].start == a).unwrap_or(ti - 1);
            } else if let Some(a) = town_before_head(s, ti, &fold[roles[0].clone()]) {
                org = Some(toks[a].start..end);
                org_is_place = true;
                group_start = a;
            }
        }
        // a spokesman after the clause of the body that holds the briefing (国务院台湾事务
        // 办公室2日上午举行例行新闻发布会，发言人陈斌华…): the body that opens the sentence
        if org.is_none()
            && ti >= 3
            && s.s(ti - 1) == "，"
            && roles.iter().any(|t| fold[t.clone()].is_one_of(words!["发言人", "新闻发言人"]))
            && (1..ti - 1).any(|i| s.s(i).is_one_of(words!["举行", "召开", "举办"]))
        {
            if let Some(r) = (1..ti - 1).find_map(|j| {
                org_by_end.get(&j).filter(|r| {
                    (0..r.start).all(|i| {
                        matches!(toks[i].kind, Kind::Digits | Kind::Word(Pos::Numeral | Pos::Time))
                    })
                })
            }) {
                org = Some(span(r));
                group_start = ti;
            }
        }
        // the head of a department named by its field after its ministry, with the
        // department's char in the title (教育部|高等|教育|司长: 教育部高等教育司)
        let head = s.s(ti);
        if org.is_none()
            && head.len() == 6
            && head.ends_with('长')
            && head
                .chars()
                .next()
                .is_some_and(|c| matches!(c, '司' | '局' | '处' | '厅' | '署'))
        {
            let mut j = ti;
            while j > 0
                && ti - j < 3
                && s.adjacent(j - 1)
                && matches!(
                    toks[j - 1].kind,
                    Kind::Word(Pos::Noun | Pos::VerbNoun | Pos::Adj)
                )
                && !org_tok[j - 1]
                && !s.in_title[j - 1]
            {
                j -= 1;
            }
            if let Some(r) = (j < ti && j > 0 && s.adjacent(j - 1))
                .then(|| org_by_end.get(&j))
                .flatten()
                .filter(|r| {
                    fold[span(r)]
                        .chars()
                        .next_back()
                        .is_some_and(|c| matches!(c, '部' | '委' | '局' | '厅'))
                })
            {
                org = Some(toks[r.start].start..toks[ti].start + 3);
                group_start = r.start;
            }
        }
        // 杭州市|农业|局长, 台南市|农业|局长: the head of a city's bureau named by its field,
        // the bureau's char in the title: the bureau is the place, the field and that char
        if org.is_none()
            && head.len() == 6
            && head.ends_with('长')
            && head.starts_any(&['局', '厅', '署'])
            && ti >= 2
            && s.adjacent(ti - 1)
            && s.adjacent(ti - 2)
            && toks[ti - 1].kind == Kind::Word(Pos::Noun)
            && s.chars(ti - 1, ti - 1) == 2
            && !org_tok[ti - 1]
            && !s.in_title[ti - 1]
            && toks[ti - 2].kind == Kind::Word(Pos::Place)
            && !s.single_char(ti - 2)
        {
            let r = toks[ti - 2].start..toks[ti].start + 3;
            role_orgs.push(r.clone());
            org = Some(r);
            group_start = ti - 2;
        }
        // an organisation the rules above did not find, named by its last word before
        // the titles (中金公司|分析师, 海港队|主教练): the role's, and one of the text's
        if org.is_none() {
            if let Some(j) = s.role_org_before(ti, person_tok) {
                let r = toks[j].start..toks[ti - 1].end;
                role_orgs.push(r.clone());
                org = Some(r);
                group_start = j;
            } else if ti > 0
                && s.adjacent(ti - 1)
                && s.s(ti - 1).is_one_of(crate::resolve::BARE_HEADS)
                && (ti == 1
                    || !s.adjacent(ti - 2)
                    || matches!(toks[ti - 2].kind, Kind::Punct)
                    || s.s(ti - 2).is_one_of(words!["该", "本"])
                    // (a post held then or now: 时任|公司|总经理)
                    || s.s(ti - 2).is_one_of(words!["时任", "现任", "曾任", "历任", "原任", "兼任", "前任", "担任", "出任"]))
            {
                // 公司|首席财务官, 协会|秘书长: the company (the association) the text is
                // about, found in the resolver
                org = Some(toks[ti - 1].start..toks[ti - 1].end);
            }
        }
        let group: Vec<RoleHit> = roles
            .into_iter()
            .enumerate()
            .map(|(i, t)| RoleHit {
                // (a title that names its own ministry takes no other body of the list:
                // 中共中央政治局委员、外交部长 is no post of the Politburo)
                org: if i > 0 && !org_is_place && names_own_body(&fold[t.clone()]) {
                    None
                } else if i > 0 {
                    org.as_ref().and_then(|o| shared_org(fold, o, &t))
                } else {
                    org.clone()
                },
                title: t,
            })
            .collect();
        hits.splice(0..0, group);
        // another group before this one, after 、 (only where this one has its own
        // organisation: titles alone were joined above)
        // (a former post's 原 or 前 before its body: 中国工程院院士、原|水利部|副部长)
        let group_start = if group_start >= 3
            && s.s(group_start - 1).is_one_of(words!["原", "前"])
            && s.s(group_start - 2) == "、"
        {
            group_start - 1
        } else {
            group_start
        };
        if org.is_some() && group_start >= 2 && s.s(group_start - 1) == "、" {
            p = group_start - 1;
        } else {
            break;
        }
    }
    // (a name after a space takes posts that name their body only: 清华大学教授 薛其坤, not
    // a credit's label, 微信编辑 蔡铭泽, which the credits read)
    // (but a line of a post and a name alone is the post's holder: 县长 陈小平 under a
    // report's title)
    let alone = || {
        let name = &fold[toks[a].start..toks[toks.len() - 1].end];
        hits.first().is_some_and(|h| h.title.start == toks[0].start)
            && (2..=4).contains(&name.chars().count())
            && name.chars().all(crate::text::is_han)
            && !hits.iter().any(|h| {
                fold[h.title.clone()].contains_any_of(words![
                    "编辑", "记者", "摄", "通讯员", "实习生", "校对", "审", "监制", "制作", "策划",
                    "主编", "作者", "撰稿", "编",
                ])
            })
    };
    if a > 0 && toks[a - 1].end < toks[a].start && hits.iter().all(|h| h.org.is_none()) && !alone() {
        hits.clear();
    }
    hits
}

/// Where the name at tokens `a..b` ends: before a char it took from the next word, a verb
/// of saying or a credit's 摄, or after a transliteration char it left out (out of
/// `tag_sentence`, issue 8).
#[inline(never)]
fn name_end(s: &Sentence, a: usize, b: usize) -> usize {
    let (toks, lex, n) = (s.toks, s.lex, s.toks.len());
    // a name the model or a transliteration run proposed may have taken the first char
    // of the next word (郑弘九|段, 穆萨敦|促, 费尔南德斯多|次, 郎平曾|找): give it back
    let mut end = toks[b - 1].end;
    let last_tok = toks[b - 1];
    if (last_tok.kind == Kind::Name || s.single_char(b - 1))
        && s.chars(a, b - 1) >= 3
        && b < n
        && s.adjacent(b - 1)
        && toks[b].kind != Kind::Punct
        // (before a title, only a joining word: 陈立和|人民陪审员)
        && (!s.in_title[b] || s.fold[..end].ends_any(&['和', '与']))
    {
        if let Some(c) = s.fold[..end].chars().next_back() {
            let next = s.s(b);
            let first = next.chars().next().map_or(0, char::len_utf8);
            let glued = |w: &str| {
                lex.word(w)
                    .is_some_and(|x| !matches!(x.pos, Pos::PersonWord | Pos::Place))
            };
            let with_next = format!("{c}{next}");
            let with_first = format!("{c}{}", &next[..first]);
            let particle = "曾将已在和与于被把对向也又还就都则摄".contains(c)
                // (马丁|赛后: after or before the match)
                || (c == '赛' && next.is_one_of(words!["后", "前"]));
            // (or a rank before a name the model made of what follows: 郑弘九|段执白)
            let count = "一二三四五六七八九十两多几".contains(c)
                && (next.is_one_of(words!["段", "次", "下", "个", "人", "名", "届", "年", "天"])
                    || (toks[b].kind == Kind::Name && next.starts_with('段')));
            let rest = &next[first..];
            // (a verb of saying after the name is that, not the end of a word: 陈晓明|说
            // is no 陈晓 + 明说 "say plainly")
            // (nor is 等 "and others" after a name: 蒋卫平|等 is no 蒋卫 + 平等 "equal")
            let saying = is_saying(next) || next.is_one_of(words!["等", "等人"]);
            // (和 and 与 join no name to a verb of saying: 郑永和|说 is the name; 曾 and 也 may
            // stand there, 郎平|曾|说)
            // (nor to an adverb: 李建和|则, 王永和|也 — a second name would come there)
            let adverb = next.is_one_of(words!["则", "也", "还", "就", "都", "便", "却", "亦", "又", "已", "曾"]);
            let particle = particle && !((saying || adverb) && matches!(c, '和' | '与'));
            if particle
                || count
                || (glued(&with_next) && !saying)
                || (glued(&with_first)
                    && !saying
                    && (rest.is_empty()
                        || (with_first.as_str().is_one_of(ADDRESSES) && lex.word(rest).is_some())))
            {
                end -= c.len_utf8();
            }
        }
    }
    // a transliterated name the model cut before its last char (冯德莱|恩): a
    // name token ending in two transliteration chars takes one more that stands alone
    // before a number, punctuation or a function word
    if end == toks[b - 1].end
        && toks[b - 1].kind == Kind::Name
        && s.chars(a, b - 1) >= 3
        && b < n
        && s.adjacent(b - 1)
        && s.single_char(b)
        && !s.in_title[b]
        && s.s(b).chars().all(is_translit)
        && s.s(b - 1).chars().rev().take(2).all(is_translit)
        && (b + 1 == n
            || !s.adjacent(b)
            || matches!(toks[b + 1].kind, Kind::Punct | Kind::Digits)
            || matches!(
                toks[b + 1].pos(),
                Some(Pos::Function | Pos::Numeral | Pos::Time)
            )
            || s.saying(b + 1))
    {
        end = toks[b].end;
    }
    // a verb of saying standing alone as the last of the name's chars (主席|李|舸|说: a
    // rare given char the model lacks, then the verb)
    if end == toks[b - 1].end
        && b >= a + 3
        && s.single_char(b - 1)
        && toks[b - 1].kind == Kind::Word(Pos::Verb)
        && s.s(b - 1).is_one_of(words!["说", "称", "讲"])
    {
        end = toks[b - 1].start;
    }
    // a verb of saying the model read into the name, before a colon or a quote (街坊
    // 梁太|話：「…」, 李明|说：“…”)
    if end == toks[b - 1].end
        && last_tok.kind == Kind::Name
        && s.chars(a, b - 1) >= 3
        && b < n
        && s.s(b).is_one_of(words!["：", ":", "“", "「"])
    {
        if let Some(c) = s.fold[..end]
            .chars()
            .next_back()
            .filter(|&c| matches!(c, '说' | '话' | '称' | '道' | '讲'))
        {
            end -= c.len_utf8();
        }
    }
    // an aspect particle right after the name: its last char is a verb (张某红|着|眼眶,
    // 基普罗蒂奇披|着|国旗)
    if end == toks[b - 1].end && s.chars(a, b - 1) >= 3 && b < n && s.adjacent(b - 1) && s.s(b) == "着" {
        if let Some(c) = s.fold[..end].chars().next_back() {
            end -= c.len_utf8();
        }
    }
    // a photographer's credit: （新华社记者杨磊摄）
    if end == toks[b - 1].end
        && s.chars(a, b - 1) >= 3
        && s.fold[..end].ends_with('摄')
        && (b == n || toks[b].kind == Kind::Punct || !s.adjacent(b - 1))
    {
        end -= '摄'.len_utf8();
    }
    end
}

/// Transliterated names without dots: runs of 3+ transliteration chars cut into single
/// chars, marked in `cut` (names in `found`, places in `places`; out of `tag_sentence`,
/// issue 8).
#[inline(never)]
/// Token `i` is 都 after 阿 (Malay's Abdul) and before more transliteration: 阿|都|卡|迪,
/// 阿|都|拉, a char of the name though the dictionary files it as a function word.
fn abdul(s: &Sentence, i: usize) -> bool {
    i > 0
        && s.s(i) == "都"
        && s.s(i - 1).ends_with('阿')
        && s.adjacent(i - 1)
        && i + 1 < s.toks.len()
        && s.adjacent(i)
        && s.s(i + 1).chars().next().is_some_and(is_translit)
}

fn translit_runs(
    s: &Sentence,
    org_tok: &[bool],
    cut: &mut [bool],
    found: &mut Vec<(usize, usize)>,
    people: &mut Vec<(usize, usize)>,
    translit_places: &mut Vec<Range<usize>>,
) {
    let (toks, lex, n) = (s.toks, s.lex, s.toks.len());
    let in_org = |k: usize| org_tok[k];
    let mut k = 0;
    while k < n {
        // a one-char place may start a run when two transliteration chars that are no places
        // follow it (德|兹|乌|班|斯|基, not 英|法|德)
        // (or one name token of them: 伊|梅尔达)
        let lead_place = |i: usize| {
            let mut chars = 0;
            let mut j = i + 1;
            while j < n
                && chars < 2
                && s.adjacent(j - 1)
                && (s.single_char(j) || toks[j].kind == Kind::Name)
                && toks[j].pos() != Some(Pos::Place)
                && s.s(j).chars().all(is_translit)
            {
                chars += s.s(j).chars().count();
                j += 1;
            }
            chars >= 2
        };
        let single_translit = |i: usize| {
            let w = s.s(i);
            matches!(toks[i].kind, Kind::Word(_) | Kind::Unknown | Kind::Name)
                // (the chars first: most words hold a char no transliteration uses)
                && w.chars().all(is_translit)
                // a one-char place inside a run is a transliteration char (贾拉拉|巴|德州)
                && (toks[i].pos() != Some(Pos::Place) || (s.single_char(i) && (i > k || lead_place(i))))
                && !s.in_title[i]
                && {
                    let chars = w.chars().count();
                    chars == 1
                        || toks[i].kind == Kind::Name
                        || (chars == 2 && matches!(toks[i].pos(), Some(Pos::PersonWord | Pos::Proper | Pos::Other)) || toks[i].kind == Kind::Unknown)
                        // (a name word before a province's or a state's suffix: 西哈努克|省)
                        || (toks[i].kind == Kind::Word(Pos::PersonWord)
                            && i + 1 < n
                            && s.adjacent(i)
                            && s.s(i + 1).is_one_of(words!["省", "州", "郡"]))
                }
        };
        // (多 and 万 after a number are part of it: 1亿多|因特网)
        let in_number = k > 0
            && s.adjacent(k - 1)
            && toks[k].pos() == Some(Pos::Numeral)
            && (toks[k - 1].kind == Kind::Digits
                || (toks[k - 1].pos() == Some(Pos::Numeral)
                    && s.s(k - 1).ends_any(&['亿', '万', '千', '百', '十', '億', '萬'])));
        // 力克 and 攻克 are verbs (以２∶１力克德兹乌班斯基: the run starts after 克)
        let verb_ke = k > 0
            && s.adjacent(k - 1)
            && s.s(k) == "克"
            && s.s(k - 1).is_one_of(words!["力", "攻"]);
        if !single_translit(k) || in_number || verb_ke {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < n && s.adjacent(e - 1) && single_translit(e) {
            e += 1;
        }
        // the Ukrainian -enko, 年|科 in tokens (阿克谢|年|科)
        if e + 1 < n
            && e > k
            && s.adjacent(e - 1)
            && s.adjacent(e)
            && s.s(e) == "年"
            && s.s(e + 1) == "科"
        {
            e += 2;
        }
        // a run right after a figure is its unit, a currency (四亿|图格里克), not a person
        let after_figure = k > 0
            && s.adjacent(k - 1)
            && (toks[k - 1].kind == Kind::Digits
                || (toks[k - 1].pos() == Some(Pos::Numeral)
                    && s.s(k - 1).ends_any(&['亿', '万', '千', '百', '十', '億', '萬'])));
        let len = s.chars(k, e - 1);
        // a place or a brand goes on after the chain (斯特拉斯|堡, 克里姆林|宫), or the
        // chain is a place itself (阿拉伯)
        let place_next = e < n
            && s.adjacent(e - 1)
            && (s.s(e).starts_any(&[
                '堡', '宫', '港', '州', '城', '河', '湖', '山', '岛', '省', '市', '县', '湾', '峡',
                '半', '群', '尼', '亚',
            ]) || s.is_head(e)
                || s.org_word(e) == Some(OrgWord::Head)
                || toks[e].pos() == Some(Pos::Place)
                // (or a company named after a person, its industry and its head: 贝伦斯|制药|集团)
                || (s.org_word(e) == Some(OrgWord::Industry) && e + 1 < n && s.adjacent(e) && s.is_head(e + 1)));
        let is_place = lex.places.contains_key(s.joined(k, e - 1));
        let ok = (3..=7).contains(&len)
            && !(k..e).any(|i| in_org(i))
            && !is_place
            && !s.joined(k, e - 1).is_one_of(NOT_NAMES);
        // 塔科马|市, 肯特|郡, 白金汉|宫: a run before a one-char suffix of places is one
        let suffix = e < n
            && s.adjacent(e - 1)
            && s.single_char(e)
            && s.s(e)
                .chars()
                .all(|c| "市州省县郡区镇岛港湾宫堡河湖山".contains(c))
            && !in_org(e);
        // …|德州, 康斯坦|察县: the run's last char and the suffix make a Chinese place word
        let glued_suffix = e < n
            && s.adjacent(e - 1)
            && toks[e].pos() == Some(Pos::Place)
            && s.s(e).chars().count() == 2
            && s.s(e).chars().next().is_some_and(is_translit)
            && s.s(e).ends_any(&['州', '县', '市', '省', '郡'])
            && !in_org(e);
        if (3..=7).contains(&(len + 1)) && glued_suffix && !(k..e).any(|i| in_org(i)) {
            people.retain(|&(x, y)| y <= k || x > e);
            translit_places.push(toks[k].start..toks[e].end);
            k = e + 1;
            continue;
        }
        // 在杜塞尔多夫, 抵达拉塔基亚: a run after a preposition or a verb of place
        // (or joined by a hyphen to a place: 米兰-科尔蒂纳, 达喀尔-巴马科)
        let dash = |i: usize| s.s(i).is_one_of(words!["-", "－", "—"]);
        let at_place = k > 0 && s.s(k - 1).is_one_of(PLACE_PREV)
            // (or with its country between: 在|匈牙利|德布勒森|投资)
            || (k > 1
                && s.adjacent(k - 1)
                && toks[k - 1].pos() == Some(Pos::Place)
                && s.chars(k - 1, k - 1) >= 2
                && s.s(k - 2).is_one_of(PLACE_PREV))
            || (k > 1
                && dash(k - 1)
                && s.adjacent(k - 2)
                && s.adjacent(k - 1)
                && toks[k - 2].pos() == Some(Pos::Place))
            || (e + 1 < n
                && dash(e)
                && s.adjacent(e - 1)
                && s.adjacent(e)
                && toks[e + 1].pos() == Some(Pos::Place));
        if ok && suffix && len >= 2 {
            translit_places.push(toks[k].start..toks[e].end);
            k = e + 1;
            continue;
        }
        // 尤伯|杯, 卡西尼|号, 波拉尔|牌, 阿波罗|计划, 伯顿|法: a run before a word for a thing
        // names the thing (a cup, a ship, a brand, a programme, a law), not a person
        let thing_next = s.thing_after(e);
        // (a run before a city's or a state's head is the city: 欧贝维利耶|市长)
        let headed = e < n
            && s.adjacent(e - 1)
            && s.s(e).is_one_of(words!["市长", "副市长", "州长", "副州长", "省长", "市政府", "市议会", "市议员", "市政厅"]);
        if ok && headed {
            people.retain(|&(x, y)| y <= k || x >= e);
            cut[k..e].fill(true);
            translit_places.push(toks[k].start..toks[e - 1].end);
        } else if ok && at_place && !place_next {
            cut[k..e].fill(true);
            translit_places.push(toks[k].start..toks[e - 1].end);
        } else if ok && !place_next && (thing_next || after_figure) {
            cut[k..e].fill(true);
        } else if ok && !place_next {
            cut[k..e].fill(true);
            found.push((k, e));
        }
        k = e;
    }
}

/// Transliterated names whose Han parts are joined by dots, marked in `cut` and listed in
/// `found` (out of `tag_sentence`, issue 8).
#[inline(never)]
fn dotted_names(
    s: &Sentence,
    cut: &mut [bool],
    found: &mut Vec<(usize, usize)>,
    ends: &mut Vec<(usize, usize)>,
) {
    let (toks, n) = (s.toks, s.toks.len());
    let mut k = 0;
    while k < n {
        if toks[k].kind == Kind::Punct && is_name_dot(s.s(k)) && k > 0 && k + 1 < n {
            // (a dot inside a title joins a name's parts only of transliteration chars:
            // 《柳叶刀·公共卫生》 is a journal's series)
            let titled = s.in_title[k];
            let part = |i: usize| {
                if (titled && !s.s(i).chars().all(is_translit)) || run_adverb(&s.fold[toks[i].start..]) {
                    return false;
                }
                matches!(toks[i].kind, Kind::Unknown | Kind::Name)
                    // (a word the dictionary files as a name, of no transliteration char, only
                    // beside a dot: not 约翰·史密斯|宁可)
                    || (toks[i].kind == Kind::Word(Pos::PersonWord)
                        && (s.s(i).chars().any(is_translit)
                            || (i > 0 && is_name_dot(s.s(i - 1)))
                            || (i + 1 < n && is_name_dot(s.s(i + 1)))))
                    || (matches!(toks[i].kind, Kind::Word(_))
                    && s.s(i).chars().all(is_translit)
                    && (s.s(i).chars().count() == 1
                        || !matches!(
                            toks[i].pos(),
                            Some(Pos::Function | Pos::Pronoun | Pos::Time)
                        ))
                    && !s.in_title[i]
                    && !s.s(i).is_one_of(HONORIFICS)
                    // (a city before a first part is no part: 布达佩斯|李斯特·费伦茨)
                    // (a place of three chars or more: 阿|德里|安 and 安吉|拉 stay names)
                    && !(i + 1 < k && toks[i].kind == Kind::Word(Pos::Place) && s.s(i).chars().nth(2).is_some()))
            };
            // (a first name the dictionary cut into common chars, right before the dot and
            // with a transliterated part after it: 参议员|大|卫|·|珀|杜)
            // (or a verb's, in a list after 、: 、|雪|克|来|提|·|扎克尔)
            // (or a verb's after a part: 部长|马|修|·|卡|伦)
            let loose = |i: usize, verbs: bool| {
                part(k + 1)
                    && s.single_char(i)
                    && !s.in_title[i]
                    && (matches!(toks[i].kind, Kind::Word(Pos::Noun | Pos::Adj | Pos::Other))
                        || (toks[i].kind == Kind::Word(Pos::Verb)
                            && (verbs || (i + 1 == k && i > 0 && s.single_char(i - 1) && part(i - 1)))))
            };
            let walk_with = |with_loose: bool, verbs: bool| {
                let mut a = k;
                while a > 0
                    && (part(a - 1)
                        || (with_loose && loose(a - 1, verbs) && (a..k).all(|i| s.single_char(i))))
                    // (卡瑟姆若马尔特·托卡耶夫: seven chars at most)
                    && s.chars(a - 1, k - 1) <= 7
                    && (a == k || s.adjacent(a - 1))
                {
                    a -= 1;
                }
                a
            };
            let listed = walk_with(true, true);
            let listed = (listed > 0 && listed < k && s.s(listed - 1) == "、").then_some(listed);
            let walk = |with_loose: bool| listed.unwrap_or_else(|| walk_with(with_loose, false));
            // loose chars start the name only after a title or punctuation (参议员|大|卫, not
            // 发行|人|汉斯 or 指挥|官|维拉利格: the char ends the word before it), and two of
            // them at most when no real part is with them; else the parts alone
            let mut a = walk(true);
            if (a..k).any(|i| !part(i)) {
                // (or after a job title: 编剧|卡|门·鲁伊斯, 总领事|查|差·汶纳)
                let starts = a == 0
                    || !s.adjacent(a - 1)
                    || s.in_title[a - 1]
                    || toks[a - 1].kind == Kind::Punct
                    || s.lex.is_title(s.s(a - 1))
                    // (or after a conjunction of a list: 韩冰|及|马|修·柯林斯)
                    || s.s(a - 1).is_one_of(words!["及", "和", "与", "以及"]);
                if !starts || (!(a..k).any(|i| part(i)) && k - a > 2) {
                    a = walk(false);
                }
            }
            // (or a hyphen and one char before the first part: 财政部长|让|-|皮埃尔·卢梭)
            if a >= 2
                && a < k
                && s.s(a - 1).is_one_of(words!["-", "‐", "－"])
                && s.adjacent(a - 2)
                && s.adjacent(a - 1)
                && (s.single_char(a - 2) && matches!(toks[a - 2].kind, Kind::Word(_) | Kind::Unknown | Kind::Name)
                    // (or a name of its own: 教授|皮埃尔|-|伊夫·洛朗)
                    || (matches!(toks[a - 2].kind, Kind::Name | Kind::Word(Pos::PersonWord))
                        && s.s(a - 2).chars().count() <= 4
                        && s.s(a - 2).chars().all(is_translit)))
                && (a == 2 || s.in_title[a - 3] || toks[a - 3].kind == Kind::Punct || !s.adjacent(a - 3))
            {
                a -= 2;
            }
            // (the first part by its chars, where the dictionary cut it into common chars:
            // 总干事|拉|斐|尔·格罗西; or initials: JJ·雷迪克)
            if a > 0 && a < k {
                a = dotted_head(s, a, k);
            } else if a == k
                && s.adjacent(k - 1)
                && toks[k - 1].kind == Kind::Latin
                && s.s(k - 1).len() <= 3
                && s.s(k - 1).bytes().all(|c| c.is_ascii_uppercase())
            {
                a = k - 1;
            }
            // (a common char opening a part after a dot, the rest a part: 哈桑·易|卜拉欣)
            let part_at = |b: usize| {
                part(b)
                    || (toks[b - 1].kind == Kind::Punct
                        && is_name_dot(s.s(b - 1))
                        && s.single_char(b)
                        && matches!(toks[b].kind, Kind::Word(Pos::Noun | Pos::Adj | Pos::Other | Pos::Verb))
                        && b + 1 < n
                        && s.adjacent(b)
                        && (matches!(toks[b + 1].kind, Kind::Name | Kind::Unknown)
                            // (or one more char of transliteration before another dot: 平|托|·德索萨)
                            || (b + 2 < n
                                && s.single_char(b + 1)
                                && s.s(b + 1).chars().all(is_translit)
                                && s.adjacent(b + 1)
                                && toks[b + 2].kind == Kind::Punct
                                && is_name_dot(s.s(b + 2)))))
            };
            let mut b = k + 1;
            let mut e = k;
            loop {
                while b < n
                    && part_at(b)
                    && s.chars(k + 1, b) <= 12
                    && (b == e + 1 || s.adjacent(b - 1))
                {
                    b += 1;
                }
                // (a common char ending a middle part, right before another dot: 若泽·卡瓦|略|·席尔瓦)
                if b > k + 1
                    && b + 2 < n
                    && s.single_char(b)
                    && matches!(toks[b].kind, Kind::Word(_))
                    && s.adjacent(b - 1)
                    && s.adjacent(b)
                    && toks[b + 1].kind == Kind::Punct
                    && is_name_dot(s.s(b + 1))
                    && part_at(b + 2)
                {
                    b += 1;
                }
                e = b;
                // (or a hyphen inside a part: 侯赛因·阿尔-穆萨拉姆)
                let hyphen = |b: usize| {
                    s.s(b).is_one_of(words!["-", "‐", "－"]) && s.adjacent(b - 1) && s.adjacent(b)
                };
                if b + 1 < n
                    && ((toks[b].kind == Kind::Punct && is_name_dot(s.s(b))) || hyphen(b))
                    && part_at(b + 1)
                {
                    b += 1;
                    e = b;
                    continue;
                }
                break;
            }
            // (a last part after a middle one, readable by its chars only: 拉蒙·萨尔瓦多·门|多|萨)
            if e > k + 1
                && e + 1 < n
                && toks[e].kind == Kind::Punct
                && is_name_dot(s.s(e))
                && s.adjacent(e - 1)
                && s.adjacent(e)
                && dotted_tail(s, e) > toks[e].end
            {
                e += 1;
            }
            // the last part by its chars, where the dictionary cut it into words of common
            // chars (东|契|奇, 库|明|加, 弗|莱|彻, 涅|边|贾): the name may end inside a token
            let last_dot = (k..e.max(k + 1))
                .rev()
                .find(|&i| toks[i].kind == Kind::Punct && is_name_dot(s.s(i)))
                .unwrap_or(k);
            let have = if e > last_dot + 1 { toks[e - 1].end } else { toks[last_dot].end };
            let tail = dotted_tail(s, last_dot);
            let mut e = e.max(k + 1);
            if a < k && tail > have {
                while e < n && toks[e].start < tail {
                    e += 1;
                }
                if toks[e - 1].end != tail {
                    ends.push((a, tail));
                }
            } else if a < k
                && e > last_dot + 1
                && e < n
                && toks[e - 1].kind == Kind::Name
                && tail > toks[e - 1].start
                && s.fold[tail..have].chars().count() == 1
                && (toks[e].pos() == Some(Pos::Numeral)
                    || s.lex.word(&[&s.fold[tail..have], s.s(e)].concat()).is_some()
                    // (or a preposition's char: 萨|利赫用|流利的中文)
                    || "用以向在从对给被把将为与同跟".contains(&s.fold[tail..have]))
            {
                // (a name token that took a char of the word after it: 罗西第|三次, 罗宁中|将)
                ends.push((a, tail));
            }
            if a < k && e > k + 1 {
                cut[a..e].fill(true);
                found.push((a, e));
                k = e;
                continue;
            }
        }
        k += 1;
    }
}

/// The first token of a dotted name whose first part starts at token `a` (the dot at `k`),
/// read back by its chars as [`dotted_tail`] reads the last part: `a` or a token before it.
fn dotted_head(s: &Sentence, a: usize, k: usize) -> usize {
    let toks = s.toks;
    let mut m = s.chars(a, k - 1);
    let (mut common, mut best, mut hard) = (0usize, a, false);
    let mut i = a;
    if a == 0 || !s.adjacent(a - 1) {
        return a;
    }
    while i > 0 && s.adjacent(i - 1) && m < 7 {
        let p = i - 1;
        let w = s.s(p);
        let one = s.single_char(p);
        // (他 opens a Thai name right after a title: 司令|他|威·西提颂, 他信)
        let tha = w == "他" && p > 0 && s.adjacent(p - 1) && s.lex.is_title(s.s(p - 1));
        if !one
            || toks[p].kind == Kind::Punct
            || s.in_title[p]
            || (matches!(toks[p].pos(), Some(Pos::Function | Pos::Pronoun | Pos::Time | Pos::Numeral)) && !tha)
            || !matches!(toks[p].kind, Kind::Word(_) | Kind::Unknown)
            // (a char that ends a word of people is no part: 运维|员|阿卜杜勒)
            || (w.chars().all(|c| "官人员长家者师手士生".contains(c)))
        {
            // (not after a word: the char may end it, 发行|人|汉斯, 指挥|官|维拉利格)
            hard = toks[p].kind == Kind::Punct || s.in_title[p];
            break;
        }
        let c = w.chars().next().unwrap_or(' ');
        if is_translit(c) || tha {
            common = 0;
            best = p;
        } else {
            common += 1;
            if common == 2 {
                break;
            }
        }
        m += 1;
        i = p;
    }
    // (a common char opens it only right after a title or punctuation: 大|卫·珀杜)
    // (and not a char that ends a title or a word of people: 副司令|官|马克思)
    if common == 1
        && hard
        && i < best
        && !s.s(i).chars().all(|c| "官人员长家者师手士生".contains(c))
    {
        best = i;
    }
    best
}

/// 连 of a run of scores or wins, which ends a name before it (霍洛威|连得7分, 连续, 连获).
#[inline(never)]
fn run_adverb(rest: &str) -> bool {
    rest.strip_prefix('连')
        .is_some_and(|r| r.starts_any(&['得', '续', '获', '夺', '胜', '中', '拿', '砍']))
}

/// The end byte of a dotted name's last part, the part after token `dot`, read by its chars:
/// chars of transliteration, with common ones among them (东契奇, 库明加, 涅边贾), up to
/// punctuation, a function word, a title, a verb of saying or a word of two common chars;
/// two common chars in a row end it (斯马特|抢断), and a common char ends it only before
/// such a word (阿彻|则, 弗莱彻|通报). The dot's end when no part is there.
fn dotted_tail(s: &Sentence, dot: usize) -> usize {
    let (toks, n) = (s.toks, s.toks.len());
    let start = toks[dot].end;
    // (chars taken, of them transliteration chars, common chars at the end, end byte)
    let (mut m, mut tr, mut common, mut end) = (0usize, 0usize, 0usize, start);
    let mut hard = false;
    let mut i = dot + 1;
    'toks: while i < n && s.adjacent(i - 1) {
        let t = toks[i];
        let w = s.s(i);
        let all_tr = w.chars().all(is_translit);
        let one = s.single_char(i);
        // (a char the dictionary files as a function word only among particles: 涅|边|贾)
        // (则 before one more char of transliteration that ends the name: 艾|则|孜|说)
        let inner = abdul(s, i)
            || w == "则"
            && i + 2 < n
            && s.adjacent(i)
            && s.adjacent(i + 1)
            && s.single_char(i + 1)
            && s.s(i + 1).chars().all(is_translit)
            && (matches!(toks[i + 2].kind, Kind::Punct) || s.saying(i + 2) || toks[i + 2].pos() == Some(Pos::Function));
        let function = t.pos() == Some(Pos::Function)
            && !inner
            && (!one || "的了在和与及跟同或是也则将对向被把于就都还又曾已并而但却才从为以等用".contains(w));
        let strong = matches!(t.kind, Kind::Punct | Kind::Digits | Kind::Latin)
            || function
            || (matches!(t.pos(), Some(Pos::Pronoun | Pos::Time))
                // (别 opens a last part right after the dot: 阿斯兰·别克捷诺夫)
                && !(i == dot + 1 && w == "别"))
            || s.in_title[i]
            || s.saying(i);
        if strong {
            hard = true;
            break;
        }
        if matches!(t.kind, Kind::Word(_)) && !one && !all_tr && t.kind != Kind::Word(Pos::PersonWord) {
            hard = true;
            break;
        }
        // (a numeral ends it, but a common char before it is no part: 库明加|轮|番; not
        // a char of transliteration with more of them after it: 门|多|萨)
        // (nor a numeral's char before one of transliteration that ends the part: 贝内|代|蒂)
        if t.pos() == Some(Pos::Numeral)
            && !(one
                && (all_tr || (i + 1 < n && s.single_char(i + 1)))
                && i + 1 < n
                && s.adjacent(i)
                && s.s(i + 1).chars().next().is_some_and(is_translit))
        {
            break;
        }
        // (so does a verb of one char before a place of one: 普京|访|华, 布林肯|抵|京)
        if one
            && matches!(t.kind, Kind::Word(Pos::Verb | Pos::Other))
            && !all_tr
            && i + 1 < n
            && s.adjacent(i)
            && s.single_char(i + 1)
            && toks[i + 1].kind == Kind::Word(Pos::Place)
        {
            hard = true;
            break;
        }
        for (j, c) in w.char_indices() {
            if m == 8 {
                break 'toks;
            }
            if m >= 2 && run_adverb(&s.fold[t.start + j..]) {
                hard = true;
                break 'toks;
            }
            if is_translit(c) {
                common = 0;
                tr += 1;
            } else {
                common += 1;
                if common == 2 {
                    hard = false;
                    break 'toks;
                }
            }
            m += 1;
            end = t.start + j + c.len_utf8();
        }
        i += 1;
    }
    // (a common char ends the name only right before such a word, and when it is no common
    // word itself: 阿彻|则, 弗莱彻|通报, but 维托尔|是|教练组, 费尔德曼|上|周五; nor a
    // place's suffix: 伯尔切斯库|镇)
    let last = s.fold[..end].chars().next_back().unwrap_or(' ');
    let mut lb = [0u8; 4];
    // (Thai names end on such chars: 披塔亚功, 差亚暖, 宋蓬通; Finnish ones on 宁, French
    // ones on 歇: 维尔塔宁, 布歇)
    let thai = common == 1 && m >= 2 && "功暖通宁歇攀".contains(last);
    tr += usize::from(thai);
    if common >= 1
        && !(hard
            && m >= 2
            && (!common_word(s.lex, last.encode_utf8(&mut lb)) || thai)
            && !"镇县市省州村乡区岛河湖山港湾城街路队站".contains(last))
    {
        let c = s.fold[..end].chars().next_back().map_or(0, char::len_utf8);
        end -= c;
        m -= 1;
    }
    if m < 2 || tr * 2 < m {
        return start;
    }
    end
}

fn tag_sentence<'a>(
    lex: &'a Lexicon,
    fold: &'a str,
    toks: &'a [Token],
    out: &mut Tagged,
    bufs: &mut Buffers<'a>,
) {
    let mut words = std::mem::take(&mut bufs.words);
    words.clear();
    words.extend(toks.iter().map(|t| &fold[t.start..t.end]));
    let mut org_w = std::mem::take(&mut bufs.org_w);
    org_w.clear();
    org_w.extend(words.iter().map(|w| lex.org_words.get(w).copied()));
    let mut keys = std::mem::take(&mut bufs.keys);
    keys.clear();
    keys.extend(words.iter().map(|w| gate_bit(w.as_bytes()) as u8));
    let mut first = std::mem::take(&mut bufs.first);
    first.clear();
    first.extend(words.iter().map(|w| w.chars().next().unwrap_or('\0')));
    let in_title = falses(&mut bufs.in_title, toks.len());
    let mut s = Sentence {
        fold,
        toks,
        words,
        lex,
        in_title,
        org_w,
        keys,
        first,
    };
    let n = toks.len();
    let first_place = out.places.len();
    let titles = s.titles();
    let (orgs, facilities) = s.orgs_and_facilities();
    let span = |r: &Range<usize>| toks[r.start].start..toks[r.end - 1].end;
    out.places.extend(facilities.iter().map(span));
    let mut org_tok = falses(&mut bufs.org_tok, n);
    for r in &orgs {
        for flag in &mut org_tok[r.clone()] {
            *flag = true;
        }
    }
    let in_org = |k: usize| org_tok[k];
    // places with a suffix first: a name-like piece before 镇 or 村 (麻洋镇) is no person
    let suffixed = suffixed_places(&s, &org_tok);
    let roads = roads(&s, &org_tok);
    // people
    let mut people: Vec<(usize, usize)> = Vec::new(); // token ranges
                                                      // people found inside a token, as byte ranges: a surname with a form of address (程先生),
                                                      // the name in 马克思主义, a Japanese name
    let mut byte_people: Vec<Range<usize>> = Vec::new();
    for k in 0..n {
        if matches!(toks[k].kind, Kind::Name | Kind::Word(Pos::PersonWord)) {
            let w = s.s(k);
            // 程先生 cut as one name: the person is the surname (程)
            if let Some(sur) = may_end_with(w, ADDRESS_ENDS)
                .then(|| ADDRESSES.iter().find_map(|a| w.strip_suffix(a)))
                .flatten()
                .filter(|sur| lex.surnames.contains_key(sur))
            {
                if !in_org(k) {
                    byte_people.push(toks[k].start..toks[k].start + sur.len());
                }
                continue;
            }
            // 白宫, 清凉寺: a building, not a name
            if w.ends_any(&['宫', '寺', '庙', '馆', '桥', '塔']) {
                continue;
            }
        }
        // a person's name inside one dictionary word: 马克思主义, 邓小平理论, 克林顿政府
        if let Kind::Word(_) = toks[k].kind {
            let w = s.s(k);
            if let Some(stem) = may_end_with(w, PERSON_COMPOUND_ENDS)
                .then(|| PERSON_COMPOUNDS.iter().find_map(|x| w.strip_suffix(x)))
                .flatten()
                .filter(|st| st.chars().count() >= 2)
            {
                let person = match lex.word(stem) {
                    Some(x) => {
                        x.pos == Pos::PersonWord
                            && (stem.chars().count() >= 3 || stem.chars().all(is_translit))
                    }
                    // a name the dictionary leaves out (马克思)
                    None => stem.chars().count() == 3 && plausible_long_name(lex, stem),
                };
                if person && !in_org(k) {
                    byte_people.push(toks[k].start..toks[k].start + stem.len());
                    continue;
                }
            }
        }
        let name = match toks[k].kind {
            // people news names by name alone (周恩来, 胡适, 普京)
            // (not a place or a body named after them: 约翰逊|航天中心, 伏羲|庙)
            Kind::Word(Pos::PersonWord) if lex.famous.contains(s.s(k)) => {
                let next = if k + 1 < n && s.adjacent(k) {
                    s.s(k + 1)
                } else {
                    ""
                };
                let head_next = !next.is_empty() && s.is_head(k + 1) && !next.ends_with("政府");
                !(head_next
                    || next.starts_with_any(NAMED_AFTER)
                    || s.quoted_craft(k)
                    || (!next.is_empty() && s.thing_after(k + 1)))
            }
            Kind::Name => {
                !s.s(k).is_one_of(NOT_NAMES)
                    // (a company's short name before its officer's title and name: 甬|盛精密|
                    // 董事长|韦家栋, 麦香源|行政主管|姬红梅)
                    && !s.officer_after(k)
                    // (a surname said as one opens no name: 一名邓|姓|小巴司机)
                    && s.s(k).chars().nth(1) != Some('姓')
                    // a two-char name of an award or a festival (金爵|奖, 金鸡|奖, 金马|奖)
                    && !(s.s(k).chars().count() == 2
                        && k + 1 < n
                        && s.adjacent(k)
                        && s.s(k + 1).is_one_of(words!["奖", "奖项", "节", "电影节"]))
                    // 位 or 名 after 有, 一 or a number is a classifier (有|位阿伯, 一|名女士)
                    && !(s.s(k).starts_with_any(words!["位", "名"])
                        && k > 0
                        && s.adjacent(k - 1)
                        && (matches!(toks[k - 1].kind, Kind::Digits | Kind::Word(Pos::Numeral))
                            || s.s(k - 1).is_one_of(words!["有", "这", "那", "每", "哪", "几"])))
                    // 余 after a number is "more than" (20|余家云计算企业), and digits are
                    // followed by a unit, no name (20|吉瓦时)
                    && !(k > 0
                        && s.adjacent(k - 1)
                        && ((toks[k - 1].kind == Kind::Digits
                            // (not a list's number: 2.|梁景行)
                            && s.s(k - 1).ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
                            || (s.s(k).starts_with('余') && toks[k - 1].pos() == Some(Pos::Numeral))))
                    && !s.s(k).ends_with('杯')
                    // a housing estate's name (文鼎苑|小区), a reservoir's or a region's
                    // (牛路岭|水库, 秦巴|山区)
                    && !(k + 1 < n
                        && s.adjacent(k)
                        && s.s(k + 1).is_one_of(words![
                            "小区", "公寓", "水库", "山区", "山脉", "林场", "景区", "风景区", "水电站", "湿地", "隧道",
                            "资本", "创投", "证券", "社区", "街道",
                        ]))
                    && !s.place_and_army(k)
                    && !s.s(k).starts_with_any(NOT_NAME_STARTS)
                    && !(s.broken_word_before(k) && !s.name_context(k))
                    && glued_relation(&s, k).is_none()
                    && !s.measure_start(k)
                    // a country's side and a verb (欧方愿|同, 俄方称): no name
                    && !(s.s(k).len() == 9
                        && s.s(k).get(3..6) == Some("方")
                        && s.first[k] != '\0'
                        && is_place_abbrev(s.first[k]))
            }
            // jieba's nr words of three chars are names only when the name model agrees
            // (雷阵雨 is weather): a surname and given-name characters
            // (not a cup, a ship, a programme: 尤伯杯, 阿波罗|计划)
            Kind::Word(Pos::PersonWord) if s.s(k).chars().count() >= 3 => {
                !s.s(k).ends_with('杯')
                    && !(s.s(k).chars().all(is_translit) && s.thing_after(k + 1))
                    && !s.quoted_craft(k)
                    && plausible_long_name(lex, s.s(k))
                    && !(s.broken_word_before(k) && !s.name_context(k))
                    && !s.s(k).starts_with_any(NOT_NAME_STARTS)
            }
            // famous names jieba files under other tags (周恩来, 唐家璇): three chars, a
            // surname and two given-name chars, before a title, a verb or punctuation
            Kind::Word(Pos::Proper | Pos::Other | Pos::Time) if s.s(k).chars().count() == 3 => {
                chinese_name(lex, s.s(k))
                    // (a dynasty or an age is no name: 南北朝, 石器时代's 新时代)
                    // (nor a festival: 国庆节|假期)
                    && !(toks[k].pos() == Some(Pos::Time) && s.s(k).ends_any(&['朝', '代', '节']))
                    // (nor a word of time before a number: 公元前|221年)
                    && !(toks[k].pos() == Some(Pos::Time)
                        && k + 1 < n
                        && matches!(toks[k + 1].kind, Kind::Digits | Kind::Word(Pos::Numeral)))
                    && !(k + 1 < n
                        && s.adjacent(k)
                        && toks[k + 1].pos().is_some_and(|p| p.is_nounish())
                        && !s.in_title[k + 1]
                        && !s.s(k + 1).is_one_of(words!["同志", "先生", "女士"]))
            }
            // names jieba files as common nouns (唐家璇, 朱镕基): three chars spelled like a
            // name, right next to a title, a verb of saying or 同志
            Kind::Word(Pos::Noun) if s.s(k).chars().count() == 3 => {
                name_like(lex, s.s(k), NOUN_NAME_FLOOR)
                    && !lex.is_title(s.s(k))
                    && s.name_context(k)
            }
            // a 2-char name that is also a word (刘强, 彭真): only next to a title, a verb of
            // saying or a form of address
            Kind::Word(Pos::PersonWord) if s.s(k).chars().count() == 2 => {
                let w = s.s(k);
                let sur = w.chars().next().map(|c| &w[..c.len_utf8()]).unwrap_or("");
                (lex.surnames.contains_key(sur) || w.chars().all(is_translit))
                    && !w.is_one_of(NOT_NAMES)
                    && s.name_context(k)
            }
            _ => false,
        };
        if name && !in_org(k) && !in_span(&suffixed, k) {
            // a surname cut off before a given name the dictionary files as a name (刘|向东说,
            // ”王|向东说, 是刘|向阳说的): the name is the three chars
            let sur = k > 0
                && toks[k].kind == Kind::Word(Pos::PersonWord)
                && s.s(k).chars().count() == 2
                && s.adjacent(k - 1)
                && s.single_char(k - 1)
                && !s.in_title[k - 1]
                && !in_org(k - 1)
                && matches!(toks[k - 1].kind, Kind::Word(Pos::Other | Pos::PersonWord))
                && lex.surnames.contains_key(s.s(k - 1))
                // (not after a char left alone, the rest of a word the dictionary lacks)
                && !(k > 1
                    && s.adjacent(k - 2)
                    && s.single_char(k - 2)
                    && matches!(toks[k - 2].kind, Kind::Unknown | Kind::Name | Kind::Word(Pos::Other | Pos::PersonWord)))
                && name_like(lex, &s.fold[toks[k - 1].start..toks[k].end], f32::NEG_INFINITY);
            // a name the dictionary knows as a word or a man of history, then one more
            // given-name char, between a title and a verb of saying (律师|董卓|凡|指出,
            // 教授|黎明|远|分析|称): the name is the three chars
            let given = !sur
                && k > 0
                && k + 2 < n
                && toks[k].kind == Kind::Word(Pos::PersonWord)
                && s.s(k).chars().count() == 2
                && s.in_title[k - 1]
                && s.adjacent(k - 1)
                && s.adjacent(k)
                && s.adjacent(k + 1)
                && s.single_char(k + 1)
                && !s.in_title[k + 1]
                && matches!(toks[k + 1].kind, Kind::Word(Pos::Function | Pos::Adj | Pos::Noun | Pos::Other | Pos::PersonWord) | Kind::Unknown)
                && !s.s(k + 1).is_one_of(words![
                    "在", "和", "与", "也", "就", "都", "还", "又", "则", "便", "才", "曾", "已", "将", "对",
                    "向", "把", "被", "等", "的", "所", "并", "却", "再", "仍", "亦", "即", "更", "最", "很",
                ])
                && (s.saying(k + 2)
                    || (k + 3 < n && toks[k + 2].kind == Kind::Word(Pos::VerbNoun) && s.saying(k + 3))
                    // (a name's char, then any verb of two chars: 省长|蓝天|锋|作出|批示)
                    || (toks[k + 1].kind == Kind::Word(Pos::PersonWord) && toks[k + 2].kind == Kind::Word(Pos::Verb) && !s.single_char(k + 2)))
                && name_like(lex, &s.fold[toks[k].start..toks[k + 1].end], TITLE_AND_SAYING_FLOOR);
            people.push((k - sur as usize, k + 1 + given as usize));
        }
    }
    // which tokens lie in a person found so far (the rules below look it up per token; a scan
    // of `people` there made a long list of names quadratic)
    let mut person_tok = falses(&mut bufs.person_tok, n);
    for &(a, b) in &people {
        person_tok[a..b].fill(true);
    }
    // a name cut into single chars right after a title (副主席|李|赣|骝, 代总理|金|钟|泌): a
    // surname and one or two more chars, then the end of the phrase (also Korean surnames
    // the Chinese list leaves out, common chars elsewhere: 长官|具|润|哲)
    for k in 1..n {
        if !s.in_title[k - 1]
            || !s.adjacent(k - 1)
            || !s.single_char(k)
            || !(lex.surnames.contains_key(s.s(k)) || s.s(k).is_one_of(words!["具", "玄"]))
            || in_org(k)
        {
            continue;
        }
        // (任 is a surname the dictionary files as a pronoun: 新闻发言人|任|婧|表示)
        if person_tok[k]
            || (matches!(
                toks[k].pos(),
                Some(Pos::Function | Pos::Pronoun | Pos::Numeral)
            ) && s.s(k) != "任")
        {
            continue;
        }
        let loose = |i: usize| {
            s.single_char(i)
                && !s.in_title[i]
                && matches!(toks[i].kind, Kind::Word(_) | Kind::Unknown | Kind::Name)
                && !matches!(toks[i].pos(), Some(Pos::Function | Pos::Pronoun))
        };
        let mut e = k + 1;
        while e < n && e - k < 3 && s.adjacent(e - 1) && loose(e) {
            e += 1;
        }
        let ends = e == n
            || !s.adjacent(e - 1)
            || toks[e].kind == Kind::Punct
            || s.saying(e)
            || matches!(toks[e].pos(), Some(Pos::Function | Pos::Time))
            || (toks[e].pos() == Some(Pos::Verb) && !s.single_char(e));
        if e > k + 1 && ends {
            people.push((k, e));
            person_tok[k..e].fill(true);
        }
    }
    // a name right after a title that the segmenter cut across words (总裁|宋朝|弟, 部长|努|里,
    // 外长|哈|洛宁) or filed as a noun (副院长|严义埙), then the end of the phrase
    for k in 1..n {
        if !s.in_title[k - 1] || !s.adjacent(k - 1) || s.in_title[k] || in_org(k) || person_tok[k] {
            continue;
        }
        let mut e = k + 1;
        while e <= n && e - k <= 5 && (e == k + 1 || s.adjacent(e - 2)) {
            let ends = e == n
                || !s.adjacent(e - 1)
                || toks[e].kind == Kind::Punct
                || s.saying(e)
                || matches!(toks[e].pos(), Some(Pos::Function | Pos::Time))
                // another title, maybe with its body (司令|巴|克|海军|少将, 总参谋长|迪|亚|中将)
                || s.in_title[e]
                || org_tok[e]
                // the day of the month (部长|瓦|利|六|日|宣布)
                || (matches!(toks[e].kind, Kind::Digits | Kind::Word(Pos::Numeral)) && e + 1 < n && s.s(e + 1) == "日")
                || (toks[e].pos() == Some(Pos::Verb) && !s.single_char(e))
                // a verb of going and where to (部长|李|明清|到|长沙市|调研, 市长|王|伟|赴|京)
                || (s.s(e).is_one_of(words!["到", "赴", "来", "去", "回"])
                    && e + 1 < n
                    && s.adjacent(e)
                    && toks[e + 1].kind != Kind::Punct);
            // a title before and a verb of saying or the end of the clause after: a given
            // name that is a word is rated more leniently (厂长|戚|西洋|说)
            let said = e == n || toks[e].kind == Kind::Punct || s.saying(e);
            let floor = if said {
                TITLE_AND_SAYING_FLOOR
            } else {
                NOUN_NAME_FLOOR
            };
            if ends
                && (s.cut_name_floor(k, e, &org_tok, floor)
                    || foreign_after_body(&s, k, e, &org_tok))
            {
                people.push((k, e));
                person_tok[k..e].fill(true);
                break;
            }
            e += 1;
        }
    }
    // a name cut across words before a verb of saying, at the start of a phrase (罗|干|说,
    // 慎|九|范|说) or after a word for a kind of person (种粮大户|王|红旗|说, 村民|李|建国|说)
    // or for the institute one works at (研究院|李|东升|分析|认为)
    // (or before 在 and the occasion the verb follows: 王|建国|在|接受|采访|时|表示; or after
    // 据 or 的 that open the phrase: 据|王|建国|透露, 村里的|王|建国|说)
    for e in 1..n {
        if !(s.saying(e) || s.listed(e, AFTER_NAME, AFTER_NAME_GATE) || s.says_at_occasion(e))
            || !s.adjacent(e - 1)
            || person_tok[e - 1]
        {
            continue;
        }
        for k in (e.saturating_sub(3)..e).rev() {
            let starts = k == 0
                || !s.adjacent(k - 1)
                || toks[k - 1].kind == Kind::Punct
                || (s.s(k - 1).is_one_of(words!["据", "的"])
                    && (k == 1 || !s.adjacent(k - 2) || toks[k - 2].kind == Kind::Punct || s.s(k - 1) == "的")
                    // (no word of the dictionary: 的|普通|话|说)
                    && lex.word(s.joined(k, e - 1)).is_none())
                || (toks[k - 1].pos() == Some(Pos::Noun)
                    && !s.single_char(k - 1)
                    && !s.in_title[k - 1]
                    && s.s(k - 1)
                        .ends_any(&['户', '民', '工', '员', '者', '主', '师', '生', '农', '院']))
                // (or after a word of kin: 女儿|王|红梅|告诉记者)
                || s.s(k - 1).is_one_of(KIN);
            if starts
                && (k..e).all(|i| i == k || s.adjacent(i - 1))
                && (s.cut_name(k, e, &org_tok) || s.county_and_given(k, e))
            {
                people.push((k, e));
                person_tok[k..e].fill(true);
                break;
            }
        }
    }
    // a name cut across words right after a word for a kind of person (村民|李|建国|一边…,
    // 果农|王|海涛|正在…): a surname and a given name of one word, then a function word, a
    // verb or the end of the phrase
    for k in 1..n.saturating_sub(1) {
        let e = k + 2;
        let kind = &toks[k - 1];
        if kind.kind != Kind::Word(Pos::Noun)
            || s.single_char(k - 1)
            || s.in_title[k - 1]
            || !(s.s(k - 1).ends_any(&['户', '民', '农', '员', '工', '者']) || s.s(k - 1).is_one_of(KIN))
            || !s.adjacent(k - 1)
            || !s.adjacent(k)
            || person_tok[k]
            || person_tok[k + 1]
            || !s.single_char(k)
            || s.chars(k + 1, k + 1) != 2
        {
            continue;
        }
        let ends = e == n
            || !s.adjacent(k + 1)
            || toks[e].kind == Kind::Punct
            || s.saying(e)
            || matches!(toks[e].pos(), Some(Pos::Function))
            || (toks[e].pos() == Some(Pos::Verb) && !s.single_char(e));
        if ends && s.cut_name(k, e, &org_tok) {
            people.push((k, e));
            person_tok[k..e].fill(true);
        }
    }
    // a lone surname and a two-char word filed as a name, at the start of a phrase and
    // before its verb (”崔|康熙|在赛后说, 。崔|康熙|表示): one name of three chars, not the
    // emperor's with a char before it (not a dynasty's: 清|康熙|年间)
    for k in 0..n.saturating_sub(1) {
        let e = k + 2;
        let starts = k == 0 || !s.adjacent(k - 1) || toks[k - 1].kind == Kind::Punct;
        if !starts
            || person_tok[k]
            || !s.single_char(k)
            || !s.adjacent(k)
            || toks[k + 1].kind != Kind::Word(Pos::PersonWord)
            || s.chars(k + 1, k + 1) != 2
            // (a name news knows alone, not any word filed as a name: “田|保姆”)
            || !lex.famous.contains(s.s(k + 1))
            || s.s(k).is_one_of(words!["清", "明"])
            || !name_like(lex, s.joined(k, k + 1), TITLE_AND_SAYING_FLOOR)
        {
            continue;
        }
        let ends = e == n
            || !s.adjacent(k + 1)
            || toks[e].kind == Kind::Punct
            || s.saying(e)
            || s.s(e).is_one_of(words!["在", "于", "则", "也", "还", "又", "曾", "已", "将", "对", "向"]);
        if ends && s.cut_name(k, e, &org_tok) {
            people.push((k, e));
            person_tok[k..e].fill(true);
        }
    }
    // a name cut across words right before a title, at the start of a phrase (素|林|外长,
    // 转达了|库马拉|通加|总统)
    for e in 1..n {
        if !s.in_title[e] || !s.adjacent(e - 1) || s.in_title[e - 1] || person_tok[e - 1] {
            continue;
        }
        for k in (e.saturating_sub(4)..e).rev() {
            let starts = k == 0
                || !s.adjacent(k - 1)
                || toks[k - 1].kind == Kind::Punct
                || (s.single_char(k - 1) && toks[k - 1].pos() == Some(Pos::Function));
            if starts && (k..e).all(|i| i == k || s.adjacent(i - 1)) && s.cut_name(k, e, &org_tok) {
                people.push((k, e));
                person_tok[k..e].fill(true);
                break;
            }
        }
    }
    // items of a list of names (彭清源、徐起超、沈|求|我): an item between 、 and a
    // punctuation mark, next to a person in the list, spelled as a cut name
    // (each item needs a 、 beside it: a sentence without one skips the two passes)
    let lists = n > 0 && s.joined(0, n - 1).contains('、');
    for _ in 0..if lists { 2 } else { 0 } {
        let mut k = 0;
        while k < n {
            let mut e = k;
            while e < n && toks[e].kind != Kind::Punct && (e == k || s.adjacent(e - 1)) {
                e += 1;
            }
            if e == k {
                k += 1;
                continue;
            }
            let sep_before = k >= 2 && s.s(k - 1) == "、";
            let sep_after = e < n && s.s(e) == "、";
            // the neighbouring items: the one ending before the 、 before, the one after
            let prev_person = sep_before && person_tok[k - 2];
            let next_person = sep_after && e + 1 < n && person_tok[e + 1];
            let bounded = (k == 0 || toks[k - 1].kind == Kind::Punct)
                && (e == n || toks[e].kind == Kind::Punct);
            if bounded
                && (prev_person || next_person)
                && !person_tok[k..e].contains(&true)
                && s.list_item_name(k, e, &org_tok)
            {
                people.push((k, e));
                person_tok[k..e].fill(true);
            }
            k = e.max(k + 1);
        }
    }
    // a place word right after a title and before a verb of saying is the holder's name
    // (法工委副主任|黄河|介绍: people are named 黄河, 江南, 高山)
    for k in 1..n.saturating_sub(1) {
        if toks[k].kind == Kind::Word(Pos::Place)
            && s.in_title[k - 1]
            && s.adjacent(k - 1)
            && s.adjacent(k)
            && !person_tok[k]
            && !org_tok[k]
            && (2..=3).contains(&s.chars(k, k))
            && s.s(k).chars().next().is_some_and(|c| {
                let mut b = [0u8; 4];
                lex.surnames.contains_key(&*c.encode_utf8(&mut b))
            })
            && s.saying(k + 1)
        {
            people.push((k, k + 1));
            person_tok[k] = true;
        }
    }
    spaced_list_names(&s, &org_tok, &mut people, &mut person_tok);
    byline_names(&s, &org_tok, &mut people, &mut person_tok);
    // a name joined to a person by 与, 和, 同, 及 or 、 that the segmenter cut across words
    // (许|银川|与吴贵临, 由张|之|路、秦文君): spelled as a list item, between a function
    // word or punctuation and the joint
    let conj = |i: usize| s.s(i).is_one_of(words!["与", "和", "同", "及", "、"]);
    let edge_before = |k: usize| {
        k == 0
            || !s.adjacent(k - 1)
            || toks[k - 1].kind == Kind::Punct
            || (s.single_char(k - 1) && matches!(toks[k - 1].pos(), Some(Pos::Function)))
    };
    let edge_after = |e: usize| {
        e == n
            || !s.adjacent(e - 1)
            || toks[e].kind == Kind::Punct
            || conj(e)
            || s.saying(e)
            || (s.single_char(e) && matches!(toks[e].pos(), Some(Pos::Function)))
            // (a verb of two chars or more: 赵涛、张|译|主演, 主演 filed as a noun)
            || (!s.single_char(e) && toks[e].pos() == Some(Pos::Verb))
            || s.s(e).is_one_of(words!["主演", "领衔", "出演"])
    };
    let found: Vec<(usize, usize)> = people.clone();
    for (a, b) in found {
        // after the person: P 与 X
        if b + 1 < n && conj(b) && s.adjacent(b - 1) && s.adjacent(b) {
            for e in (b + 2..=(b + 4).min(n)).rev() {
                if !person_tok[b + 1..e].contains(&true)
                    && (b + 1..e - 1).all(|i| s.adjacent(i))
                    && edge_after(e)
                    && s.list_item_name(b + 1, e, &org_tok)
                {
                    people.push((b + 1, e));
                    person_tok[b + 1..e].fill(true);
                    break;
                }
            }
        }
        // before it: X 与 P
        if a >= 2 && conj(a - 1) && s.adjacent(a - 2) && s.adjacent(a - 1) {
            for k in a.saturating_sub(4)..a - 1 {
                if !person_tok[k..a - 1].contains(&true)
                    && (k..a - 2).all(|i| s.adjacent(i))
                    && edge_before(k)
                    && s.list_item_name(k, a - 1, &org_tok)
                {
                    people.push((k, a - 1));
                    person_tok[k..a - 1].fill(true);
                    break;
                }
            }
        }
    }
    // a surname alone before a form of address or a title: 程先生, 胡老, 李老师, 郑某, 汤局长
    for k in 0..n.saturating_sub(1) {
        let w = s.s(k);
        // one Han char (three bytes), next to the word after it
        if w.len() != 3 || !s.adjacent(k) || in_org(k) || s.in_title[k] {
            continue;
        }
        let next = s.s(k + 1);
        let address = next.len() <= 9 && (s.listed(k + 1, ADDRESSES, ADDRESS_GATE) || next == "老");
        // (a title for the one who does something, 负责人, 发言人, is no form of address)
        if !(address || (s.in_title[k + 1] && !next.ends_with('人')))
            || !lex.surnames.contains_key(w)
        {
            continue;
        }
        // (a surname that is also an adverb or a preposition, 常, 于, 何, only at the start
        // of a phrase before a title: 常副局长表示; not 但, 由: 由记者们评选)
        let phrase_start = k == 0 || !s.adjacent(k - 1) || toks[k - 1].kind == Kind::Punct;
        // (or before a form of address: ，|何|女士|向记者表示)
        // (and 曾, 何 after 的 or a noun for the one spoken of: 旅客|曾|女士, 父母的|何|小姐)
        let adverb_ok = (w.is_one_of(words!["常", "于", "何"])
            && phrase_start
            && ((s.in_title[k + 1] && !address) || (address && next != "老")))
            || (w.is_one_of(words!["曾", "何", "于", "常"])
                && next.is_one_of(words!["女士", "先生", "小姐"])
                && k > 0
                && s.adjacent(k - 1)
                && (s.s(k - 1) == "的" || toks[k - 1].pos() == Some(Pos::Noun)));
        // a name withheld by 某 (张某某, 被告人刘某): a surname that is also a measure word
        // is the surname there, and the char before is no word with it
        let masked = next == "某"
            && (k == 0 || !s.adjacent(k - 1) || toks[k - 1].pos() != Some(Pos::Numeral));
        // (so before a form of address: 市民|张|女士, not after a count or a demonstrative,
        // 三|张|老师的照片; but after an age: 72|岁|黄|先生)
        let addressed = address
            && next != "老"
            && (k == 0
                || !s.adjacent(k - 1)
                || s.s(k - 1).is_one_of(words!["岁", "周岁"])
                || !(matches!(toks[k - 1].pos(), Some(Pos::Numeral | Pos::Pronoun))
                    || toks[k - 1].kind == Kind::Digits));
        if !matches!(toks[k].kind, Kind::Word(_) | Kind::Unknown)
            || (matches!(
                toks[k].pos(),
                Some(Pos::Function | Pos::Pronoun | Pos::Numeral)
            ) && !adverb_ok
                && !((masked || addressed) && toks[k].pos() == Some(Pos::Numeral)))
        {
            continue;
        }
        // the surname must not end a word with the char before it (校长|江主席 is fine;
        // 长江|主席 is not: 长江 is a word)
        let glued = k > 0
            && s.adjacent(k - 1)
            && toks[k - 1].kind != Kind::Punct
            && {
                let a = toks[k - 1].end
                    - s.fold[..toks[k - 1].end]
                        .chars()
                        .next_back()
                        .map_or(0, char::len_utf8);
                lex.word(&s.fold[a..toks[k].end]).is_some()
            };
        // a former or acting holder's mark is the title's (原|董事长), and a unit's own
        // char before its head's title is the unit's (北美大洋洲司|司长, 财政司|司长)
        let title_part =
            s.in_title[k + 1] && (w.is_one_of(words!["原", "前", "代", "现"]) || next.starts_with(w));
        // a one-char word before the surname may be a word with it (微|信|编辑)
        // (a preposition the tagger files otherwise is no part of a word: 当|汤|局长)
        // (but not a char that ends a word with the token before it: 西安|市|民|张|女士,
        // 市民 across the cut)
        let ends_word = k > 1 && s.adjacent(k - 2) && {
            let a = toks[k - 2].end
                - s.fold[..toks[k - 2].end].chars().next_back().map_or(0, char::len_utf8);
            lex.word(&s.fold[a..toks[k - 1].end]).is_some()
        };
        let loose_before = k > 0
            && !masked
            && !(address && ends_word)
            && s.adjacent(k - 1)
            && s.single_char(k - 1)
            && matches!(toks[k - 1].kind, Kind::Word(_) | Kind::Unknown | Kind::Name)
            && !matches!(toks[k - 1].pos(), Some(Pos::Function | Pos::Verb))
            && !s.s(k - 1).is_one_of(words![
                "当", "在", "对", "向", "让", "请", "把", "被", "给", "跟", "和", "与", "同", "由",
                "为", "据", "令", "使", "叫", "派", "岁",
            ]);
        // a place's region or level is no surname (亚太|区|副主席, 广东|省|长)
        let place_suffix = k > 0
            && s.adjacent(k - 1)
            && toks[k - 1].kind == Kind::Word(Pos::Place)
            && "区州县省市乡镇村岛港湾".contains(w);
        // (a country's one-char name after another's is a list of countries, 中日|韩|外长会;
        // 应 before a host's title is "at the invitation of", 应|国家主席…邀请)
        const COUNTRY_CHARS: &str = "中日韩美俄英法德朝越印巴欧澳加泰蒙";
        let countries = k > 0
            && s.adjacent(k - 1)
            && s.chars(k - 1, k - 1) <= 2
            && s.s(k - 1).chars().all(|c| COUNTRY_CHARS.contains(c))
            && COUNTRY_CHARS.contains(w);
        let invited = w == "应" && s.fold[toks[k].end..toks[n - 1].end].contains('邀');
        if (address || s.in_title[k + 1])
            && !countries
            && !invited
            && !glued
            && !title_part
            && !loose_before
            && !place_suffix
            && !person_tok[k]
        {
            people.push((k, k + 1));
            person_tok[k..k + 1].fill(true);
        }
    }
    // a surname said as one (一位姓樊的技术人员, 他姓王): the person named by it
    for k in 1..n {
        if s.s(k - 1) != "姓"
            || !s.adjacent(k - 1)
            || !s.single_char(k)
            || person_tok[k]
            || in_org(k)
            || !lex.surnames.contains_key(s.s(k))
        {
            continue;
        }
        let ends = k + 1 == n
            || !s.adjacent(k)
            || toks[k + 1].kind == Kind::Punct
            || s.s(k + 1).is_one_of(words!["的", "名", "先生", "女士", "同志"]);
        if ends {
            byte_people.push(toks[k].start..toks[k].end);
        }
    }
    // 老 and a surname, the familiar way of naming an older man (老王说, 老|于|还住在): the
    // surname is the person named
    for k in 0..n {
        let w = s.s(k);
        let sur = match toks[k].kind {
            Kind::Word(Pos::PersonWord)
                if w.len() == 6 && w.starts_with('老') && !w.is_one_of(NOT_NAMES) =>
            {
                toks[k].start + 3..toks[k].end
            }
            Kind::Word(Pos::Adj)
                if w == "老"
                    && k + 2 < n
                    && s.adjacent(k)
                    && s.adjacent(k + 1)
                    && s.single_char(k + 1) =>
            {
                let next = s.s(k + 2);
                let ends = toks[k + 2].kind == Kind::Punct
                    || s.saying(k + 2)
                    || matches!(toks[k + 2].pos(), Some(Pos::Function))
                    || next == "的";
                // (a one-char noun after 老 is a word with it: 老|路, 深山老|林)
                let sur_like = matches!(
                    toks[k + 1].kind,
                    Kind::Word(Pos::PersonWord | Pos::Other) | Kind::Unknown
                ) || s.s(k + 1) == "于";
                if !ends || !sur_like || in_org(k + 1) || person_tok[k + 1] {
                    continue;
                }
                toks[k + 1].start..toks[k + 1].end
            }
            _ => continue,
        };
        if lex.surnames.contains_key(&s.fold[sur.clone()]) && !in_org(k) {
            byte_people.push(sur);
        }
    }
    // a family by its surname and 家 (刘家本来就贫穷, 阮|家|门前, 为刘家解决): the surname is
    // the person named; not a place after it (张家|口, 李家|村)
    for k in 0..n {
        let w = s.s(k);
        let (sur_end, last) = match toks[k].kind {
            Kind::Word(Pos::PersonWord) if w.len() == 6 && w.ends_with('家') => {
                (toks[k].start + 3, k)
            }
            Kind::Word(Pos::PersonWord) | Kind::Name
                if w.len() == 3 && k + 1 < n && s.adjacent(k) && s.s(k + 1) == "家" =>
            {
                (toks[k].end, k + 1)
            }
            _ => continue,
        };
        if !lex.surnames.contains_key(&s.fold[toks[k].start..sur_end])
            || in_org(k)
            || person_tok[k]
            || s.broken_word_before(k)
        {
            continue;
        }
        let next = if last + 1 < n && s.adjacent(last) {
            s.s(last + 1)
        } else {
            ""
        };
        if next.starts_any(&[
            '村', '庄', '湾', '祠', '口', '镇', '坡', '沟', '寨', '营', '店', '屯', '河', '港',
            '嘴', '巷', '桥', '岭', '堡', '坝', '楼', '集', '铺', '园', '山', '峪', '圩', '界',
            '坪', '塘', '岗', '窑', '湖', '滩', '洼', '台', '埠', '场',
        ]) {
            continue;
        }
        byte_people.push(toks[k].start..sur_end);
    }
    // transliterated names without dots: 3+ transliteration chars cut into single chars
    // (the people they replace are dropped after the loop, in one pass: `cut`)
    let mut cut = falses(&mut bufs.cut, n);
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut translit_places: Vec<Range<usize>> = Vec::new();
    translit_runs(
        &s,
        &org_tok,
        &mut cut,
        &mut found,
        &mut people,
        &mut translit_places,
    );
    // (no run inside a place with a suffix: 亚曼苏柯尔克|孜族乡)
    found.retain(|&(x, y)| !(x..y).any(|k| in_span(&suffixed, k)));
    // (the runs replace the people found inside them; they do not overlap each other)
    people.retain(|&(x, y)| !cut[x..y].contains(&true));
    people.append(&mut found);
    // transliterated names: Han parts joined by dots
    cut.fill(false);
    let mut dotted_ends: Vec<(usize, usize)> = Vec::new();
    dotted_names(&s, &mut cut, &mut found, &mut dotted_ends);
    people.retain(|&(x, y)| !cut[x..y].contains(&true));
    people.append(&mut found);
    japanese_names(&s, &mut people, &org_tok, &mut byte_people);
    // the place of a dateline, a name the lists lack: 本报德国罗滕堡5月27日电
    if let Some((a, b)) = dateline_place(&s, &org_tok) {
        people.retain(|&(x, y)| y <= a || x >= b);
        translit_places.push(toks[a].start..toks[b - 1].end);
    }
    // 葛兰素·威康公司: a foreign name with · right before 公司 or 集团 is the company's
    let mut named_companies: Vec<Range<usize>> = Vec::new();
    people.retain(|&(a, b)| {
        let company = b < n
            && s.s(b).is_one_of(words!["公司", "集团", "集团公司"])
            && s.adjacent(b - 1)
            && fold[toks[a].start..toks[b - 1].end].contains('·');
        if company {
            named_companies.push(toks[a].start..toks[b].end);
        }
        !company
    });
    // the name of a storm is no person (台风“艾云尼”, 飓风米尔顿)
    people.retain(|&(a, _)| {
        let before = fold[..toks[a].start].trim_end_any(&['“', '「', '"', '‘', '《']);
        !before.ends_any(&['风', '旋']) || !before.ends_with_any(words!["台风", "风暴", "飓风", "气旋"])
    });
    // (a road's name holds no person: 中山北路)
    if !roads.is_empty() {
        people.retain(|&(a, b)| !roads.iter().any(|r| r.start < b && a < r.end));
        byte_people.retain(|b| {
            !roads
                .iter()
                .any(|r| toks[r.start].start < b.end && b.start < toks[r.end - 1].end)
        });
    }
    tibetan_names(&s, &in_org, &mut people);
    crate::pipeline::sort_by_span(&mut people, |&p| p);
    // a name inside another's is no second person (崔|康熙: not 康熙 as well)
    people.dedup_by(|r, l| l.0 < r.0 && r.1 <= l.1);
    let first_person = out.people.len();
    // titles by their end and start byte, organisations by their end token (the first of
    // each, as a scan would find it): looked up per person
    let title_by_end = ByKey::new(&titles, |t| t.end);
    let title_by_start = ByKey::new(&titles, |t| t.start);
    let org_by_end = ByKey::new(&orgs, |r| r.end);
    let mut role_orgs: Vec<Range<usize>> = Vec::new();
    bufs.person_tok = person_tok;
    let mut person_tok = falses(&mut bufs.role_person_tok, n);
    for &(a, b) in &people {
        person_tok[a..b].fill(true);
    }
    // the titles before the token at `a`, with their organisations (one call for the names
    // of whole tokens and for those found inside one)
    let roles_at = |a: usize, role_orgs: &mut _| {
        titles_before(
            &s,
            a,
            &title_by_end,
            &org_by_end,
            &facilities,
            &org_tok,
            &person_tok,
            role_orgs,
        )
    };
    for &(a, b) in &people {
        // titles right before the name, separated by 、 or 兼 (董事长兼总裁), each group with
        // the organisation written before it; a group may follow another after 、, with its
        // own organisation (县委书记、县人大常委会主任李强)
        let mut hits = roles_at(a, &mut role_orgs);
        // a party to a case: 被告人叶某军
        if hits.is_empty() {
            hits.extend(case_party(fold, toks[a].start));
        }
        // a title right after the name: 习近平总书记
        if let Some(t) = title_by_start.get(&toks[b - 1].end) {
            let next = (b..n).find(|&i| toks[i].start >= t.end);
            let noun_next = next.is_some_and(|i| {
                toks[i].start == t.end
                    && (matches!(toks[i].kind, Kind::Name | Kind::Unknown)
                        || toks[i].pos().is_some_and(|p| p.is_nounish()))
            });
            // (代表 is a verb but before a verb of saying or a comma: 范敏|代表|第九届理事会,
            // 由…区咏诗|代表。; 李强代表说)
            let verb = fold[t.clone()] == *"代表"
                && !next.is_some_and(|i| {
                    toks[i].start == t.end && (s.saying(i) || s.s(i).is_one_of(words!["，", "、", "等"]))
                });
            if !noun_next && !verb {
                hits.push(RoleHit {
                    title: t.clone(),
                    org: None,
                });
            }
        }
        // (a dotted name that ends inside a token: 马库斯·斯马特|抢断)
        let end = match dotted_ends.iter().find(|x| x.0 == a) {
            Some(&(_, end)) => end,
            None => name_end(&s, a, b),
        };
        out.people.push(PersonHit {
            span: toks[a].start..end,
            roles: hits,
        });
    }
    // a trophy named after people names them (尤伯杯 → 尤伯, 汤尤杯 → 汤 and 尤), as the
    // People's Daily marks them, like 马克思 in 马克思主义
    for r in eponyms(fold, toks) {
        let taken = out.people[first_person..]
            .iter()
            .any(|h| h.span.start < r.end && r.start < h.span.end)
            || byte_people
                .iter()
                .any(|b| b.start < r.end && r.start < b.end);
        if !taken {
            byte_people.push(r);
        }
    }
    for r in byte_people {
        let at =
            first_person + out.people[first_person..].partition_point(|p| p.span.start < r.start);
        // (titles right before, with their organisation where the name starts a token:
        // 经济部长|西村, 会长谷口清太郎; else the title alone, or 被告人周某)
        let a = toks.partition_point(|t| t.start < r.start);
        let mut roles = if a < n && toks[a].start == r.start {
            roles_at(a, &mut role_orgs)
        } else {
            Vec::new()
        };
        if roles.is_empty() {
            roles.extend(
                title_by_end
                    .get(&r.start)
                    .map(|t| RoleHit {
                        title: t.clone(),
                        org: None,
                    })
                    .or_else(|| case_party(fold, r.start)),
            );
        }
        out.people.insert(at, PersonHit { span: r, roles });
    }
    appointments(&s, &titles, &org_by_end, &mut out.people, first_person);
    let before = out.places.len();
    abbreviated_places(&s, &mut out.places);
    // (a name read as two abbreviations inside a company's name is its trade name: 华泰|证券)
    let mut i = before;
    while i < out.places.len() {
        let b = out.places[i].clone();
        let a = toks.partition_point(|t| t.end <= b.start);
        if a < n && org_tok[a] && toks[a].kind == Kind::Name && toks[a].end >= b.end {
            out.places.remove(i);
        } else {
            i += 1;
        }
    }
    let in_person = |k: usize| person_tok[k];
    let suffixed: Vec<Range<usize>> = suffixed
        .into_iter()
        .filter(|r| !(r.start..r.end).any(in_person))
        .collect();
    for k in 0..n {
        // 北京|时间, 挪威|克朗: a time zone or a currency, not the place
        let measure =
            k + 1 < n && s.adjacent(k) && s.listed(k + 1, NOT_PLACE_AFTER, NOT_PLACE_AFTER_GATE);
        // 特区|政府: the special administrative region of Hong Kong or Macao news is a place
        if s.s(k) == "特区" && k + 1 < n && s.adjacent(k) && s.s(k + 1) == "政府" && !org_tok[k]
        {
            out.places.push(toks[k].start..toks[k].end);
        }
        // 北区|7|队, 东区|6|队: a league's division by a count of its teams, no district
        let division = k + 1 < n
            && s.s(k).is_one_of(words!["东区", "西区", "南区", "北区"])
            && matches!(toks[k + 1].kind, Kind::Digits | Kind::Word(Pos::Numeral));
        // 山东|泰山: a club's name after its city, though a place's too
        // (山东|泰山|队 too; and a company of a list named like a place, 吉利、长安等车企)
        let sponsor = org_tok[k]
            && orgs.iter().any(|r| {
                (r.start + 1 == k
                    && toks[r.start].pos() == Some(Pos::Place)
                    && (r.len() == 2 || (r.len() == 3 && s.s(k + 1).is_one_of(words!["队", "男队", "女队"]))))
                    || (r.len() == 1 && r.start == k)
            });
        // 麒麟|9030|芯片, 天玑|9400|处理器: a name with a model number and a product is the
        // product's, no place
        let model = k + 2 < n
            && s.adjacent(k)
            && s.adjacent(k + 1)
            && matches!(toks[k + 1].kind, Kind::Digits | Kind::Latin)
            && s.s(k + 2).starts_with_any(words!["芯片", "处理器", "手机", "系列", "平板", "机型", "车型"]);
        // 中卫|马蒂亚斯·奥利维拉: a place's name that is a title, before a person, is the title
        let titled = s.in_title[k] && k + 1 < n && s.adjacent(k) && person_tok[k + 1] && lex.is_title(s.s(k));
        // 西起…，东至|净月区: "reaching east to" the place after it, no county 东至
        let bound = k + 1 < n
            && s.adjacent(k)
            && s.s(k).is_one_of(words!["东至", "西至", "南至", "北至"])
            && (toks[k + 1].kind == Kind::Word(Pos::Place)
                || s.fold[toks[0].start..toks[k].start].contains("起"));
        let model = model || titled || bound;
        let recut = if toks[k].kind == Kind::Word(Pos::Place) && k > 0 {
            s.recut_place(k)
        } else {
            None
        };
        if toks[k].kind == Kind::Word(Pos::Place)
            && !sponsor
            && !model
            && s.s(k).chars().count() >= 2
            && !in_person(k)
            && !in_span(&suffixed, k)
            && !in_span(&roads, k)
            && !measure
            && !division
            && !s.broken_county(k)
            && !s.compass_point(k)
            && recut.is_none()
        {
            // 东北地区, 亚太地区: the region is the place, 地区 the common noun after it
            let w = s.s(k);
            // (青藏高原: the two places below)
            if region_pair(w).is_some() {
                continue;
            }
            if let Some(stem) = w
                .strip_suffix("地区")
                .filter(|st| st.chars().count() >= 2 && lex.places.contains_key(st))
            {
                out.places.push(toks[k].start..toks[k].start + stem.len());
                continue;
            }
            // 越南|社会主义|共和国, 苏里南|共和国, 柬埔寨|王国: a country's full name is the
            // place whole
            if lex.places.get(w).is_some_and(|pl| pl.level == super::PlaceLevel::Country) {
                let state = |i: usize| {
                    i < n && s.adjacent(i - 1) && s.s(i).is_one_of(words!["共和国", "王国", "联合王国"])
                };
                let e = if state(k + 1) {
                    k + 1
                } else if state(k + 2)
                    && s.s(k + 1).is_one_of(words!["社会主义", "民主", "联邦", "人民", "伊斯兰", "阿拉伯"])
                {
                    k + 2
                } else {
                    k
                };
                if e > k && !(k + 1..=e).any(|i| org_tok[i] || in_person(i)) {
                    out.places.push(toks[k].start..toks[e].end);
                    continue;
                }
            }
            // 阿尔萨斯|大区, 伦巴第|大区: a region of France or Italy is named whole
            let region_end = if k + 1 < n && s.adjacent(k) && s.s(k + 1) == "大区" {
                k + 1
            } else if k + 2 < n && s.adjacent(k) && s.adjacent(k + 1) && s.s(k + 1) == "大" && s.s(k + 2) == "区" {
                k + 2
            } else {
                k
            };
            if region_end > k
                && !(k + 1..=region_end).any(|i| org_tok[i])
                && lex.places.get(w).is_some_and(|pl| pl.level == super::PlaceLevel::Other)
            {
                out.places.push(toks[k].start..toks[region_end].end);
                continue;
            }
            // 淮北市|郊: the city's outskirts (市郊) name the city by its short form
            if let Some(stem) = w.strip_suffix('市').filter(|st| {
                k + 1 < n && s.adjacent(k) && s.s(k + 1) == "郊" && lex.places.contains_key(st)
            }) {
                out.places.push(toks[k].start..toks[k].start + stem.len());
                continue;
            }
            out.places.push(toks[k].start..toks[k].end);
        }
        // (台|東山區: the place read across the cut, 台東)
        if let Some(head) = recut.filter(|&h| h > 0 && !in_person(k - 1) && !org_tok[k - 1]) {
            out.places.push(toks[k - 1].start..toks[k].start + head);
        }
    }
    // a party post or the congress's chair right after a town or a township is of it (天堂寨镇|
    // 党委书记, 呼和诺尔镇|人大主席)
    for r in &suffixed {
        let e = toks[r.end - 1].end;
        if !s.fold[..e].ends_with_any(words!["镇", "乡"]) {
            continue;
        }
        for p in out.people[first_person..].iter_mut() {
            for role in p.roles.iter_mut() {
                if role.org.is_none()
                    && role.title.start == e
                    && s.fold[role.title.clone()].is_one_of(words!["党委书记", "党委副书记", "人大主席", "纪委书记"])
                {
                    role.org = Some(toks[r.start].start..e);
                }
            }
        }
    }
    // (and with no town before it, the town's post is the title: 镇|党委书记 → 镇党委书记)
    for p in out.people[first_person..].iter_mut() {
        for role in p.roles.iter_mut() {
            let t = role.title.start;
            if role.org.is_none()
                && s.fold[..t].ends_with_any(words!["镇", "乡"])
                && s.fold[role.title.clone()].is_one_of(words!["党委书记", "党委副书记", "人大主席", "纪委书记"])
                && !suffixed.iter().any(|r| toks[r.end - 1].end == t)
            {
                role.title.start = t - "镇".len();
            }
        }
    }
    out.places.extend(suffixed.iter().map(span));
    out.places.extend(roads.iter().map(span));
    // (not inside a facility named after it: 特里布万|国际机场; a facility that starts inside
    // it starts with it: 米兰马尔|彭萨国际机场 from 兰)
    for r in translit_places {
        let mut inside = false;
        for f in facilities.iter() {
            let (a, b) = (toks[f.start].start, toks[f.end - 1].end);
            if r.start < a && a < r.end && r.end < b {
                if let Some(p) = out.places.iter_mut().find(|p| p.start == a && p.end == b) {
                    p.start = r.start;
                }
                inside = true;
            }
            inside |= a <= r.start && r.end <= b && b > r.end;
        }
        if !inside {
            out.places.push(r);
        }
    }
    // 青藏高原, 黄淮, 江淮: regions named by two provinces' or rivers' one-char abbreviations
    // are those two places in the People's Daily convention (黄淮 may be cut as a name, 江淮
    // as an abbreviation; a place word may go on after the pair: 青藏|高原)
    for k in 0..n {
        let w = s.s(k);
        let Some(pair) = region_pair(w) else { continue };
        let place =
            toks[k].kind == Kind::Word(Pos::Place) && !in_person(k) && !in_span(&suffixed, k);
        if place || (pair.len() == w.len() && !org_tok[k] && !in_person(k)) {
            let mid = toks[k].start + pair.chars().next().map_or(0, char::len_utf8);
            out.places.push(toks[k].start..mid);
            out.places.push(mid..toks[k].start + pair.len());
        }
    }
    directional_regions(&s, &org_tok, &mut out.places);
    // a place that starts a dictionary word (荷兰人, 中华民族, 日本籍): the place is named
    for k in 0..n {
        if org_tok[k]
            || s.in_title[k]
            || in_person(k)
            || !matches!(toks[k].kind, Kind::Word(p) if p != Pos::Place)
        {
            continue;
        }
        let w = s.s(k);
        if !may_end_with(w, PLACE_WORD_TAIL_ENDS) {
            continue;
        }
        if let Some(place) = PLACE_WORD_TAILS
            .iter()
            .find_map(|t| w.strip_suffix(t))
            .filter(|p| p.chars().count() >= 2 && lex.places.contains_key(p))
        {
            out.places.push(toks[k].start..toks[k].start + place.len());
        }
    }
    for k in 0..n {
        if let Some(len) = s.government_of(k) {
            if !org_tok[k] {
                out.places.push(toks[k].start..toks[k].start + len);
            }
        }
    }
    // 全国政协委员, 人大代表: the body is named inside the title word
    for k in 0..n {
        if !s.in_title[k] {
            continue;
        }
        let w = s.s(k);
        let Some(body) = ["政协", "人大"]
            .into_iter()
            .find(|b| w.starts_with(b) && w.len() > b.len() && s.in_title[k])
        else {
            continue;
        };
        let mut j = k;
        if j > 0
            && s.adjacent(j - 1)
            && !org_tok[j - 1]
            && (s.s(j - 1) == "全国" || toks[j - 1].kind == Kind::Word(Pos::Place))
        {
            j -= 1;
        }
        out.orgs.push(toks[j].start..toks[k].start + body.len());
    }
    // 外交部长, 芬兰农林部长: the ministry is named inside the title (外交部 + 长)
    for k in 0..n {
        // (only a title holds one: that test before the call)
        if !s.in_title[k] {
            continue;
        }
        if let Some(r) = ministry_in_title(&s, k, &org_tok) {
            out.orgs.push(r);
        }
    }
    // 中共 in 中共十五大 is the congress's name, not the party on its own
    // and no organisation of one word starts inside a person's name (选举孟庆华为公司董事长:
    // no 华为公司)
    let mut orgs = orgs;
    let named = &out.people[first_person..];
    orgs.retain(|r| {
        let at = toks[r.start].start;
        !(r.end == r.start + 1
            && r.end < n
            && s.adjacent(r.start)
            && s.congress(r.end).is_some_and(|c| c.start == r.start))
            && !(r.len() == 1 && named.iter().any(|p| p.span.start < at && at < p.span.end))
    });
    out.events
        .extend(s.events(&orgs, &out.people[first_person..]));
    // (the body alone, found again before a title, is the sub-unit's)
    let mut subs: Vec<(Range<usize>, usize)> = Vec::new();
    let first_org = out.orgs.len();
    // (one cut after a town's name the segmenter did not know opens with the town:
    // 毛浴镇|青龙村党支部)
    let places = &out.places;
    let town_open = |b: usize| {
        if fold[b..].starts_any(&['镇', '乡']) {
            if let Some(p) = places.iter().find(|p| p.end == b + '镇'.len_utf8() && p.start < b) {
                return p.start;
            }
        }
        b
    };
    let mut spans = Vec::with_capacity(orgs.len());
    for r in &orgs {
        let span = span(r);
        let sub = sub_unit_end(&s, r, &org_tok);
        if sub > span.end {
            subs.push((span.clone(), sub));
        }
        spans.push(town_open(span.start)..sub);
    }
    let role_orgs: Vec<Range<usize>> = role_orgs
        .into_iter()
        .map(|o| match subs.iter().find(|(r, _)| *r == o) {
            Some(&(_, sub)) => town_open(o.start)..sub,
            None => town_open(o.start)..o.end,
        })
        .collect();
    out.orgs.extend(spans);
    out.orgs.extend(named_companies);
    out.orgs.extend(role_orgs);
    for h in out.people[first_person..].iter_mut().flat_map(|p| p.roles.iter_mut()) {
        if let Some(o) = h.org.as_mut() {
            o.start = town_open(o.start);
        }
    }
    // a chain of police units found in two pieces that share a unit (市公安局交警支队 and
    // 支队高速公路大队): one organisation
    if out.orgs.len() > first_org + 1 {
        let mut mine = out.orgs.split_off(first_org);
        for i in 0..mine.len() {
            for j in 0..mine.len() {
                let (a, b) = (mine[i].clone(), mine[j].clone());
                if a.start < b.start
                    && b.start < a.end
                    && a.end < b.end
                    && fold[b.start..a.end].is_one_of(words!["总队", "支队", "大队"])
                {
                    mine[i].end = b.end;
                    mine[j] = mine[i].clone();
                }
            }
        }
        let mut seen: Vec<Range<usize>> = Vec::with_capacity(mine.len());
        for r in mine {
            if !seen.contains(&r) {
                seen.push(r);
            }
        }
        out.orgs.extend(seen);
    }
    // 美国人工智能公司OpenAI, 美国芯片公司英伟达: a company described by its country and
    // trade right before its name is no organisation of its own (the name is)
    if out.orgs.len() > first_org {
        let mut mine = out.orgs.split_off(first_org);
        let generic = |r: &Range<usize>, mine: &[Range<usize>]| {
            let a = toks.partition_point(|t| t.start < r.start);
            let b = toks.partition_point(|t| t.end <= r.end);
            b > a + 1
                && toks[b - 1].end == r.end
                && s.s(b - 1).is_one_of(words!["公司", "企业"])
                && (a..b - 1).all(|i| {
                    matches!(toks[i].kind, Kind::Word(Pos::Place | Pos::Noun | Pos::VerbNoun | Pos::Adj))
                })
                && (a..b - 1).any(|i| toks[i].kind != Kind::Word(Pos::Place))
                && (mine.iter().any(|o| o.start == r.end)
                    || toks.get(b).is_some_and(|t| {
                        t.start == r.end && matches!(t.kind, Kind::Latin | Kind::Name)
                    }))
        };
        // (and 全港|学校, 全市|学校: every one of them, no organisation)
        let every = |r: &Range<usize>| {
            fold[..r.start].ends_with('全')
                && fold[r.start..].chars().next().is_some_and(is_place_abbrev)
                && fold[r.clone()].ends_with_any(words!["学校", "医院", "企业", "银行"])
        };
        let drop: Vec<bool> = mine.iter().map(|r| generic(r, &mine) || every(r)).collect();
        if drop.contains(&true) {
            // (a Latin name after it is the organisation: OpenAI)
            let mut named: Vec<Range<usize>> = Vec::new();
            for (r, _) in mine.iter().zip(&drop).filter(|(_, d)| **d) {
                if let Some(t) = toks.iter().find(|t| t.start == r.end && t.kind == Kind::Latin) {
                    if !mine.iter().any(|o| o.start == t.start) {
                        named.push(t.start..t.end);
                    }
                }
            }
            let mut i = 0;
            mine.retain(|_| {
                i += 1;
                !drop[i - 1]
            });
            mine.extend(named);
        }
        out.orgs.extend(mine);
    }
    out.titles.extend(titles);
    // a name right before a town's, a township's or a village's char that stands alone
    // (张场|镇, 王山|村; 村长 and 村民 are words of their own), or read with a village's or a
    // town's char (梅湾村), names that place: the place, no person (one with a title stays)
    if out.people.len() > first_person {
        let mut mine = out.people.split_off(first_person);
        mine.retain(|p| {
            // (a title after the name is the place's: 梅湾村|党委书记)
            if p.roles.iter().any(|r| r.title.start < p.span.start) || in_span_bytes(&out.orgs, p.span.end) {
                return true;
            }
            let suffix = toks
                .binary_search_by_key(&p.span.end, |t| t.start)
                .ok()
                .filter(|&i| {
                    (s.s(i).is_one_of(words!["镇", "乡", "村"]) && !s.in_title[i])
                        // (or opening a title of the place: 张场|镇党委书记)
                        || (s.in_title[i] && s.s(i).starts_any(&['镇', '乡', '村']) && fold[p.span.clone()].chars().nth(1).is_some())
                });
            if let Some(i) = suffix {
                let first = s.s(i).chars().next().map_or(0, char::len_utf8);
                out.places.push(p.span.start..toks[i].start + first);
                return false;
            }
            let name = &fold[p.span.clone()];
            if name.chars().count() == 3 && name.ends_any(&['村', '镇']) {
                out.places.push(p.span.clone());
                return false;
            }
            true
        });
        out.people.extend(mine);
    }
    // a name inside a longer place is the place's (苏扎克区, 巴达赫尚省: no person 苏扎克),
    // and so is a name read with a village's or a town's last char (梅|湾|村 is no 梅湾村)
    let places = &out.places[first_place..];
    if !places.is_empty() {
        let mut mine = out.people.split_off(first_person);
        mine.retain(|p| {
            !places.iter().any(|l| {
                l.start <= p.span.start
                    && p.span.end <= l.end
                    && (l.len() > p.span.len() || fold[l.clone()].ends_any(&['村', '镇', '乡', '邦', '州']))
            })
        });
        out.people.extend(mine);
        // and a shorter place inside a name is the name's (拉加德: no 加, no 德)
        let people = &out.people[first_person..];
        if !people.is_empty() {
            let mut mine = out.places.split_off(first_place);
            mine.retain(|l| {
                !people
                    .iter()
                    .any(|p| p.span.start <= l.start && l.end <= p.span.end && p.span.len() > l.len())
            });
            out.places.extend(mine);
        }
    }
    // a compass direction is no place: of a wind (东北风, 八号东北烈风), of a move (向西北
    // 偏西移动, 东南偏南); 运往西北、华东 is the region
    if out.places.len() > first_place {
        let mut mine = out.places.split_off(first_place);
        mine.retain(|l| {
            !fold[l.clone()].is_one_of(words!["东北", "西北", "东南", "西南"])
                || !(fold[l.end..].starts_any(&['风', '偏', '季']) || fold[l.end..].starts_with("烈风")
                    || fold[l.end..].starts_with("方向"))
        });
        out.places.extend(mine);
    }
    // a place inside the quoted name of a storm is none (台风“桦加沙”: no 加沙)
    if out.places.len() > first_place && fold.contains("风") {
        let mut mine = out.places.split_off(first_place);
        mine.retain(|l| {
            let head = &fold[..l.start];
            let from = head.len().saturating_sub(15);
            let Some(q) = head
                .char_indices()
                .rev()
                .take_while(|&(i, _)| i >= from)
                .find(|&(_, c)| matches!(c, '“' | '「' | '"'))
                .map(|(i, _)| i)
            else {
                return true;
            };
            !fold[..q].ends_with_any(words!["台风", "风暴", "飓风", "气旋"])
                || head[q..].contains(['”', '」'])
        });
        out.places.extend(mine);
    }
    // a one-char place inside a longer one is part of its name (京, 港 and 澳 of
    // G4京港澳高速, 沪 of 京沪高铁: the People's Daily marks 京沪铁路 alone)
    let places = &out.places[first_place..];
    if places.iter().any(|l| l.len() <= 3) && places.iter().any(|l| l.len() > 3) {
        let mut mine = out.places.split_off(first_place);
        // (but a verb and the place it takes is the place alone: 来京, 驻京 are places in
        // jieba's dictionary)
        let taken = |l: &Range<usize>| {
            l.len() == 6
                && PLACE_VERB_SET.contains(fold[l.start..].chars().next().unwrap_or(' '))
                && mine.iter().any(|o| o.start == l.start + 3 && o.end == l.end)
        };
        let longer: Vec<Range<usize>> =
            mine.iter().filter(|l| l.len() > 3 && !taken(l)).cloned().collect();
        mine.retain(|l| {
            if l.len() > 3 {
                return longer.contains(l);
            }
            !longer.iter().any(|o| o.start <= l.start && l.end <= o.end)
        });
        out.places.extend(mine);
    }
    // a place that ends a longer one found by another rule is that one's tail (帕斯州 of
    // 恰|帕|斯|州, the transliteration read from 帕 on: one place, 恰帕斯州)
    if out.places.len() > first_place + 1 {
        let mut mine = out.places.split_off(first_place);
        let all = mine.clone();
        mine.retain(|l| !all.iter().any(|o| o.end == l.end && o.start < l.start));
        out.places.extend(mine);
    }
    // (the buffers back for the next sentence)
    bufs.words = s.words;
    bufs.in_title = s.in_title;
    bufs.org_w = s.org_w;
    bufs.keys = s.keys;
    bufs.first = s.first;
    bufs.org_tok = org_tok;
    bufs.role_person_tok = person_tok;
    bufs.cut = cut;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    #[test]
    fn tibetan_firsts_are_the_parts_first_chars_sorted() {
        assert!(TIBETAN_PARTS.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        let mut firsts: Vec<char> = TIBETAN_PARTS.iter().filter_map(|p| p.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        assert_eq!(firsts, TIBETAN_FIRSTS);
    }

    #[test]
    fn match_words_is_the_five_scans() {
        let old = |text: &str| {
            let scored = text.match_indices('比').any(|(i, _)| {
                text[..i].ends_with(|c: char| c.is_ascii_digit())
                    && text[i + '比'.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
            });
            scored
                || text.contains(['队', '赛', '轮'])
                || text.contains("主场")
                || text.contains("客场")
                || text.contains("积分")
                || text.contains("相遇")
                || text.contains("交锋")
        };
        for t in [
            "",
            "比",
            "2比1",
            "2比",
            "比1",
            "以3比1取胜",
            "二比一",
            "2 比1",
            "主场作战",
            "主 场",
            "客场",
            "场主",
            "积分榜",
            "分积",
            "球队",
            "比赛",
            "第三轮",
            "上海申花主场迎战",
            "沈阳海狮与广州松日相遇",
            "相 遇",
            "两队交锋",
            "市场主体积极",
            "会议在北京举行",
            "3比",
            "比3",
            "a比1",
            "1比a",
            "比分2比0",
            "客 场",
            "累积分数",
            "场地主场",
            "主队",
        ] {
            assert_eq!(match_words(t), old(t), "{t}");
        }
    }

    #[test]
    fn place_abbrev_match_agrees_with_the_list() {
        for c in PLACE_ABBREVS.chars() {
            assert!(is_place_abbrev(c), "{c}");
        }
        for c in ('\u{4e00}'..='\u{9fff}').filter(|&c| is_place_abbrev(c)) {
            assert!(PLACE_ABBREVS.contains(c), "{c}");
        }
    }

    #[test]
    fn facility_ends_hold_every_facility_words_last_char() {
        for f in FACILITIES {
            assert!(
                f.chars()
                    .next_back()
                    .is_some_and(|c| FACILITY_ENDS.contains(c)),
                "{f}"
            );
        }
    }

    #[test]
    fn last_byte_bits_rule_out_only_what_no_word_ends() {
        for list in [
            PERSON_COMPOUNDS,
            ADDRESSES,
            STANDALONE_ORGS,
            words!["政府", "当局"],
        ] {
            let bits = last_byte_bits(list);
            for w in list {
                assert!(
                    may_end_with(w, bits) && may_end_with(&format!("中{w}"), bits),
                    "{w}"
                );
            }
        }
        assert!(!may_end_with("", u64::MAX));
    }

    #[test]
    fn the_congress_byte_test_is_the_numeral_chars() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let numeral = matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            );
            let b = c.to_string();
            assert_eq!(starts_congress_numeral(b.as_bytes()), numeral, "{c}");
        }
    }

    #[test]
    fn word_gates_pass_every_word_of_their_list() {
        for (list, gate) in [
            (SAYING, SAYING_GATE),
            (AFTER_NAME, AFTER_NAME_GATE),
            (ADDRESSES, ADDRESS_GATE),
            (PLACE_SUFFIXES, PLACE_SUFFIX_GATE),
            (NATURAL_SUFFIXES, NATURAL_SUFFIX_GATE),
            (NOT_PLACE_AFTER, NOT_PLACE_AFTER_GATE),
        ] {
            for w in list {
                assert!(listed(w, list, gate), "{w}");
            }
            assert!(!listed(list.iter().next().unwrap(), list, WordGate([0; 4])));
        }
        for w in PLACE_WORD_TAILS {
            assert!(
                may_end_with(&format!("中国{w}"), PLACE_WORD_TAIL_ENDS),
                "{w}"
            );
        }
    }

    fn tag(s: &str) -> (String, Tagged) {
        let clean = crate::text::repair(s);
        let o = Options::default();
        let doc = Doc::new(&clean, &o);
        let t = Tagged::new(&doc);
        (clean.text.clone(), t)
    }

    fn texts(text: &str, r: &[Range<usize>]) -> Vec<String> {
        r.iter().map(|r| text[r.clone()].to_string()).collect()
    }

    #[test]
    fn roles_before_a_name() {
        let (text, t) = tag("鞍山钢铁/鞍钢股份党委书记、董事长王军出席会议并讲话。");
        let p = &t.people[0];
        assert_eq!(&text[p.span.clone()], "王军");
        let roles: Vec<(String, Option<String>)> = p
            .roles
            .iter()
            .map(|r| {
                (
                    text[r.title.clone()].to_string(),
                    r.org.clone().map(|o| text[o].to_string()),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "党委书记".to_string(),
                    Some("鞍山钢铁/鞍钢股份".to_string())
                ),
                ("董事长".to_string(), Some("鞍山钢铁/鞍钢股份".to_string()))
            ]
        );
    }

    #[test]
    fn lists_searched_by_bisection_are_sorted() {
        assert!(JAPANESE_SURNAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(TRANSLIT.windows(2).all(|w| w[0] < w[1]));
        assert!(is_translit('克') && is_translit('阿') && !is_translit('的'));
    }

    #[test]
    fn organisations() {
        let (text, t) = tag("认真落实国务院国资委、辽宁省委、鞍钢集团党委帮扶工作的决策部署。喀什地委发来感谢信；塔县县委将经验评价为标准。");
        let o = texts(&text, &t.orgs);
        for want in [
            "国务院国资委",
            "辽宁省委",
            "鞍钢集团党委",
            "喀什地委",
            "塔县县委",
        ] {
            assert!(o.contains(&want.to_string()), "{want} not in {o:?}");
        }
    }

    #[test]
    fn a_leg_of_a_tournament_is_its_city() {
        for (s, place) in [
            ("本次巡回赛上海站比赛将于下周在旗忠网球中心开打。", "上海"),
            (
                "中国队在系列赛的最后一站———广州站的首场比赛中告负。",
                "广州",
            ),
        ] {
            let (text, t) = tag(s);
            let l = texts(&text, &t.places);
            let o = texts(&text, &t.orgs);
            assert!(l.iter().any(|x| x == place), "{s}: {l:?}");
            assert!(
                !l.iter().chain(&o).any(|x| x.ends_with("站")),
                "{s}: {l:?} {o:?}"
            );
        }
        // a railway station stays one
        let (text, t) = tag("旅客们乘坐的列车清晨抵达杭州站。");
        assert!(texts(&text, &t.places).iter().any(|x| x == "杭州站"));
    }

    #[test]
    fn a_sub_unit_named_after_its_body() {
        for (s, org) in [
            (
                "中共中央政治局常委、国务院副总理出席了开幕式。",
                "中共中央政治局",
            ),
            (
                "记者从清华大学化学系获悉，该系将扩大招生。",
                "清华大学化学系",
            ),
            ("北大中文系教授李明远主持了讨论会。", "北大中文系"),
            ("省地税局党组书记在会上作了动员讲话。", "省地税局党组"),
            (
                "联合国禁毒署发表年度报告说，全球吸毒人数仍在增加。",
                "联合国禁毒署",
            ),
        ] {
            let (text, t) = tag(s);
            let o = texts(&text, &t.orgs);
            assert!(o.iter().any(|x| x == org), "{s}: {o:?}");
        }
        // a verb after the body is no sub-unit of it
        let (text, t) = tag("联合国部署维和部队后，局势趋于稳定。");
        let o = texts(&text, &t.orgs);
        assert!(o.iter().all(|x| !x.contains("部署")), "{o:?}");
    }

    #[test]
    fn a_trade_name_cut_into_chars_before_an_industry() {
        for (s, org) in [
            ("日本大和总研称，日兴证券公司将裁员三百人。", "日兴证券公司"),
            ("住友信托银行昨天宣布上调存款利率。", "住友信托银行"),
            ("森隆药业今年的销售额增长了两成。", "森隆药业"),
            ("中航物业总公司投资两千万元修建校舍。", "中航物业总公司"),
        ] {
            let (text, t) = tag(s);
            let o = texts(&text, &t.orgs);
            assert!(o.iter().any(|x| x == org), "{s}: {o:?}");
        }
        // a count or a size before the industry names no company
        let (text, t) = tag("目前有三家证券公司和两家信托公司获批，几家保险公司面临压力。");
        let o = texts(&text, &t.orgs);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_international_body_by_its_field() {
        let (text, t) = tag("他指出，国际刑事法院的工作依赖于缔约国的合作。");
        let o = texts(&text, &t.orgs);
        assert_eq!(o, ["国际刑事法院"], "{o:?}");
        // a centre of international finance is a status, no body
        let (text, t) = tag("上海正加快建设国际金融中心。");
        let o = texts(&text, &t.orgs);
        assert!(o.iter().all(|x| !x.starts_with("国际")), "{o:?}");
    }

    #[test]
    fn a_village_of_single_chars_after_its_county() {
        let (text, t) = tag("她是邢台县南市屯村农民的女儿，学校在安义县万埠镇落成。");
        let p = texts(&text, &t.places);
        assert!(p.iter().any(|x| x == "南市屯村"), "{p:?}");
        assert!(p.iter().any(|x| x == "万埠镇"), "{p:?}");
        // a count of villages is no village
        let (text, t) = tag("邢台县各乡镇都建了图书室，安义县一个村也没落下。");
        let p = texts(&text, &t.places);
        assert!(p.iter().all(|x| !x.ends_with('村')), "{p:?}");
    }

    #[test]
    fn a_name_cut_into_single_chars_before_a_head() {
        let (text, t) = tag(
            "新京报讯 由恒源祥公司主办，中金公司分析师说，下设霓虹灯厂。这家公司和该公司不是。",
        );
        let o = texts(&text, &t.orgs);
        assert_eq!(o, ["新京报", "恒源祥公司", "中金公司", "霓虹灯厂"], "{o:?}");
    }

    #[test]
    fn a_verb_of_saying_before_a_colon_is_no_part_of_the_name() {
        let (text, t) = tag("街坊梁太話：「好大陣味。」");
        let p: Vec<&str> = t.people.iter().map(|h| &text[h.span.clone()]).collect();
        assert_eq!(p, ["梁太"], "{p:?}");
    }

    #[test]
    fn a_numbered_school_after_its_city() {
        let (text, t) = tag("北京市一中的学生在北京四中读书，坚持一中原则。");
        assert_eq!(texts(&text, &t.orgs), ["北京市一中", "北京四中"]);
    }

    #[test]
    fn a_word_filed_as_a_name_before_a_head() {
        let (text, t) = tag("扬子晚报网6月6日讯 据扬子晚报报道，中华慈善总会宣布。");
        let o = texts(&text, &t.orgs);
        assert_eq!(o, ["扬子晚报网", "扬子晚报", "中华慈善总会"], "{o:?}");
    }

    #[test]
    fn a_county_after_a_lone_char_of_a_word_is_no_place() {
        let (text, t) = tag("全省11个设区市中，他跑上天台。他们到天台县，又去了市中区和天台。");
        let p = texts(&text, &t.places);
        assert_eq!(p, ["天台县", "市中区", "天台"], "{p:?}");
        let (text, t) = tag("后调往塔县。");
        assert_eq!(texts(&text, &t.places), ["塔县"]);
    }
}

/// Groups mention spans by their folded text into entities named as the text writes them
/// first.
pub fn entities(doc: &Doc, spans: &[Range<usize>]) -> Vec<crate::model::Entity> {
    use crate::model::{Entity, Span};
    let mut out: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    // a span written twice counts once: its later copies are marked through the sorted
    // (start, end, index) triples (no hash set of pairs: one hash-table type less, issue 8)
    let mut keys: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .map(|(i, r)| (r.start, r.end, i))
        .collect();
    crate::pipeline::sort_keys(&mut keys);
    let mut again = vec![false; spans.len()];
    for w in keys.windows(2) {
        if (w[0].0, w[0].1) == (w[1].0, w[1].1) {
            again[w[1].2] = true;
        }
    }
    for (r, _) in spans.iter().zip(&again).filter(|&(_, &a)| !a) {
        let (Some(key), Some(name)) = (doc.fold.get(r.clone()), doc.text.get(r.clone())) else {
            continue;
        };
        let i = *by_key.entry(key).or_insert_with(|| {
            out.push(Entity {
                name: name.to_string(),
                mentions: Vec::new(),
                aliases: Vec::new(),
            });
            out.len() - 1
        });
        out[i].mentions.push(Span::new(r.start, r.end));
    }
    out
}
