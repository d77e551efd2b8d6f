#!/usr/bin/env python3
"""Generates the entity word lists under data/ from permissively licensed packages.

    python3 scripts/gen_lexicon.py JIEBA_DICT CHINA_AREA_DATA_JSON I18N_ZH_JSON

Inputs (fetch them with the ordinary clients in a scratch directory):
  JIEBA_DICT            jieba-rs 0.7.4 (MIT), src/data/dict.txt   (cargo fetch)
  CHINA_AREA_DATA_JSON  npm china-area-data 5.0.1 (MIT), data.json (npm pack)
  I18N_ZH_JSON          npm i18n-iso-countries 7.14.0 (MIT), langs/zh.json (npm pack)

Outputs: data/words.txt, data/places.txt, data/given.txt. data/surnames.txt, titles.txt and
org_suffixes.txt are written by hand (facts, not derived from any corpus).
"""
import json, math, sys, os, collections

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')
jieba, area, i18n = sys.argv[1:4]

AGE_NOUNS = {'青年', '少年', '中年', '老年', '少儿', '青少年', '壮年', '幼年'}
NOT_ORGS = {
    '联合公报', '新闻公报', '公共场所', '党政机关', '大中学校', '中等学校', '综合大学', '科研院所', '加工厂',
    '加工区', '交汇处', '汇合处', '通信网', '商务网', '深加工', '光学玻璃', '光通信', '网络通信', '中央处理器',
    '河外星系', '东非大裂谷', '中东部', '国家有关', '非政府', '美国市场', '自由贸易区', '黑社会', '中央银行',
    '广播电视', '联邦政府', '新政府', '施工队', '安理会常任理事国',
}

entries = []
for line in open(jieba, encoding='utf-8'):
    p = line.split()
    if len(p) != 3:
        continue
    w, f, t = p[0], int(p[1]), p[2]
    # ages of life that jieba files as times or numerals (青年 t, 少年 m) are nouns in
    # names (中国青年志愿者协会, 中国少年儿童基金会)
    if w in AGE_NOUNS:
        t = 'n'
    # verbs jieba files as person names (卫冕 "defend a title" nr): verbs
    if w in {'卫冕'}:
        t = 'v'
    # nouns jieba files as person names (卫星 "satellite" nr): nouns
    if w in {'卫星'}:
        t = 'n'
    # jieba files fields, trades, goods, -isations and generic companies as organisations
    # (天文学, 美发店, 国际化, 中草药, 加油站, 美国公司): common nouns
    if t == 'nt' and ((w[-1] in '学化师店心物车券药潮展通邦酒站' and not w.endswith(('大学', '中学', '小学', '化学会'))) or w in {'美国公司', '英国公司', '日本公司', '美国大学', '中国大学', '超级大国', '交战国', '建交国', '卫星国', '联系国'}):
        t = 'n'
    # and documents, places, kinds of body and technical terms as organisations (联合公报,
    # 公共场所, 中央银行, 交汇处, 中央处理器): common nouns too
    if t == 'nt' and w in NOT_ORGS:
        t = 'n'
    entries.append((w, f, t))

def han(w):
    return all('\u4e00' <= c <= '\u9fff' for c in w)

# Segmentation / IDF dictionary: common words, the places and organisations jieba tags,
# every single character. Idioms, phrases and numerals are left out (size); person names
# (nr*) are left to the name model, except frequent 2-char ones that are ordinary words
# in news (明白, 文明), kept for segmentation with their tag.
PLACE_SUFFIX = set('省市县区镇乡村州盟旗河湖山江海岛路街庙楼寺')
SURNAMES = set()
for line in open(os.path.join(OUT, 'surnames.txt'), encoding='utf-8'):
    if line.strip() and not line.startswith('#'):
        SURNAMES.add(line.split()[0])
# The idioms below the common ones that the tagger needs (data/idioms.txt, written by
# scripts/gen_idioms.py: those it reads a person, a place or an organisation into).
IDIOMS = set()
if os.path.exists(os.path.join(OUT, 'idioms.txt')):
    for line in open(os.path.join(OUT, 'idioms.txt'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            IDIOMS.add(line.strip())
keep = {}
ALL_WORDS = {w for w, f, t in entries}
for w, f, t in entries:
    if not han(w) or len(w) > 8:
        continue
    if len(w) == 1:
        ok = f >= 3
    elif t == 'i' or (t == 'nr' and len(w) == 4 and w[:2] not in SURNAMES):
        # idioms; those with a surname among their first three chars down to a lower count,
        # or the name model reads a name into them (呼风唤|雨, 家|喻户晓, 张冠李|戴)
        ok = f >= 600 or w in IDIOMS
        t = 'i'
    elif t == 'l' and w in IDIOMS:
        # set phrases the tagger reads a name into (长治|久安, 东躲|西藏): data/idioms.txt
        ok = True
        t = 'i'
    elif t in ('l', 'm'):
        ok = False
    elif t in ('nr', 'nrt', 'nrfg'):
        # frequent 2-char ones are mostly ordinary words (明白); 3+ chars are names
        ok = (f >= 60 and len(w) == 2) or (f >= 100 and len(w) >= 3 and w[-1] not in PLACE_SUFFIX)
    elif t == 'ns':
        ok = False  # places come from data/places.txt
    elif t in ('nt', 'j'):
        ok = f >= 10
    else:
        # class 9 and up (the size budget of the module); a word that starts with a surname
        # is kept down to a lower count, or the name model would read it as a name (祝福)
        # (and common two-char nouns down to 200, but no city's short form: 烟台, 合肥)
        # (and currencies down to 20: 新台币 cut apart ends an organisation at 新台)
        ok = f >= 600 or (f >= 80 and w[0] in SURNAMES and len(w) <= 3) or (
            f >= 200 and len(w) == 2 and t in ('n', 'vn') and not any(w + suf in ALL_WORDS for suf in '市区县省')) or (
            w.endswith('币') and len(w) >= 2 and f >= 20)
    if ok:
        keep[w] = (f, t)

# The vocabulary of organisation names: nouns that recur inside jieba's organisation names
# (nt), kept down to a lower count than other words so that the segmenter does not cut
# 民革, 总社 or 制片厂 into pieces the organisation rules cannot use.
inside_orgs = collections.Counter()
known = {w: (f, t) for w, f, t in entries}  # (ALL_WORDS with counts and tags)
for w, f, t in entries:
    if t != 'nt':
        continue
    for n in (2, 3):
        for i in range(len(w) - n + 1):
            s = w[i:i + n]
            if s in known and known[s][1] in ('n', 'vn', 'nz', 'j') and known[s][0] >= 50:
                inside_orgs[s] += 1
for s, c in inside_orgs.items():
    # (not a city's short form: 合肥 stays a place)
    if c >= 2 and s not in keep and han(s) and not any(s + suf in known for suf in '市区县省'):
        keep[s] = known[s]

# Person names from jieba are noisy (雷阵雨, 采取措施 are tagged nr): a 3+ char one stays a
# name only when it reads as one (a common surname and given-name characters, or all
# transliteration characters); otherwise it is kept as an ordinary word. A longer "name"
# that starts with a name (邓小平理论) is dropped, so that the name inside is found.
GIVEN_OK = collections.Counter()
for w, f, t in entries:
    if t in ('nr', 'nrfg') and len(w) == 3 and w[0] in SURNAMES:
        GIVEN_OK[w[1]] += 1
        GIVEN_OK[w[2]] += 1
TRANSLIT_NAME = set('阿埃艾安奥巴班邦保贝本比彼波伯布查达德迪蒂丁顿多厄恩尔法菲芬丰弗福盖冈戈哥格古圭哈汉赫亨胡华霍基吉'
                    '加贾杰捷喀卡凯坎康考科克肯库夸拉莱兰朗劳勒雷黎里利连列林琳卢鲁路伦罗洛马迈曼毛梅蒙孟米密缅摩莫姆穆'
                    '纳奈南内尼涅纽努诺欧帕潘佩皮珀普奇契乔萨塞桑瑟森沙尚什斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌伍西'
                    '希锡夏辛休叙雅亚延扬耶伊因英尤约扎泽詹兹夫佐娃娜莎丽茨舍谢')
for w in list(keep):
    f, t = keep[w]
    if t not in ('nr', 'nrt', 'nrfg') or len(w) < 3:
        continue
    if any(w[:k] in keep and keep[w[:k]][1] in ('nr', 'nrt', 'nrfg') for k in range(2, len(w))):
        del keep[w]
        continue
    sur = w[:2] if w[:2] in SURNAMES else w[0]
    given = w[len(sur):]
    namelike = (sur in SURNAMES and 1 <= len(given) <= 2 and all(GIVEN_OK[c] >= 8 for c in given)) or all(c in TRANSLIT_NAME for c in w)
    if not namelike:
        keep[w] = (f, 'n' if len(w) == 3 else 'l')
# ns words of jieba, and short forms of counties, that news uses as common nouns or that are
# fragments of longer names (新建 is mostly "newly built", 平原 "a plain", 江山 "the land")
NOT_PLACES = {'福利', '下山', '城镇', '上半场', '海关', '内河', '尼亚', '新建', '平原', '江山', '长河', '海港', '古城', '太平',
              '河口', '牡丹', '甘泉', '新城', '天桥', '商城', '路桥', '滨海', '大城', '故城', '永和', '永安', '兴国', '城西',
              '沙河', '新河', '龙门', '南山', '西山',
              # (and peace, rock, a milestone, three rivers or machines, a trade, the urban
              # area and a river's delta: 个人的安宁, 坚如磐石, 突破…大关, 三江汇合, 兴业领头人,
              # 老城区, 整个三角洲)
              '安宁', '磐石', '大关', '三江', '三台', '乐业', '兴业', '城区', '三角洲',
              # (colleagues: 議員同仁與縣府團隊)
              '同仁'}
# jieba ns words that are common nouns of landscape and settlement (大山, 海湾, 山村, 入口),
# people, peoples, creeds and eras (苏格拉底, 普京, 日耳曼, 法西斯, 西汉) or no place at all
# (得意洋洋, 哥哥): no places in news
NOT_PLACES |= set('''美德 威信 上山 大中城市 老城区 沿河 入口 入海 满口 虎口 山口 山寨 山岭 山庄 山村 山沟 山河 山镇 海岛 海岭 海峡 海沟 海湾 深山 深海
    浅海 港湾 河沟 河湖 河湾 江河 江湖 大山 大岛 大江 大河 大海 大港 大湖 大湾 大洲 四海 沧海 冰山 高山 古堡 古山
    古都 古镇 城堡 都城 重镇 旧城 内城 北城 土城 回城 固城 两城 联城 新村 新港 新江 密林 松林 后山 后河 后湖 官山
    开山 登山 渡江 渡河 共和国 自治县 自治州 契约 端庄 莫非 安顿 得意洋洋 满头大汗 阿弥陀佛 大兴土木 安邦治国 三自爱国
    半封建 琉璃瓦 科教兴市 哥哥 阿哥 蒙哥 沙沙 伦比 利亚 乌斯 太阳穴 中密度 诸州 苏格拉底 莎士比亚 奥巴马 普京 周坤仁
    图道多吉 乌云其木格 欧几里得 欧拉 欧阳克 玛利亚 马克思列宁主义 英特尔 太平天国 同盟国 苏维埃 藩镇 西汉 伊斯兰 印第安
    日耳曼 法兰克 法西斯 喀斯特 湾特 大湾特 车城西 山自西 秦属南 东连吴 鄂三州 安七州'''.split())
for w in NOT_PLACES:
    # they stay words of the segmenter, as common nouns
    if w in known and w not in keep:
        keep[w] = (known[w][0], 'n')
# Given-name characters: from jieba's 3-char person names whose first char is a common
# surname and whose last char is not a place suffix.
surnames = set()
for line in open(os.path.join(OUT, 'surnames.txt'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    surnames.add(line.split()[0])
g1 = collections.Counter(); g2 = collections.Counter()
for w, f, t in entries:
    if t in ('nr', 'nrfg') and len(w) == 3 and w[0] in surnames and w[2] not in PLACE_SUFFIX and han(w):
        g1[w[1]] += 1
        g2[w[2]] += 1
    elif t in ('nr', 'nrfg') and len(w) == 2 and w[0] in surnames and han(w) and f < 100:
        g2[w[1]] += 1
with open(os.path.join(OUT, 'given.txt'), 'w', encoding='utf-8') as o:
    o.write('# Given-name characters: CHAR <count as first given char> <count as last given char>\n')
    o.write('# Generated by scripts/gen_lexicon.py from the person names (nr, nrfg) in jieba-rs 0.7.4\n')
    o.write('# src/data/dict.txt (MIT licence, Copyright (c) 2013 Sun Junyi and jieba-rs contributors). Do not edit.\n')
    for c in sorted(set(g1) | set(g2)):
        if g1[c] + g2[c] >= 5:
            o.write(f'{c} {g1[c]} {g2[c]}\n')

# Places: China's divisions (with their short forms), the world's countries, and the
# places jieba tags ns that are frequent (world cities, regions, rivers).
places = {}
def add(name, level, full):
    if len(name) >= 2 and name not in places:
        places[name] = (level, full)
d = json.load(open(area, encoding='utf-8'))
ETHNIC = ['各族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族',
          '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族',
          '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族',
          '仡佬族', '锡伯族', '阿昌族', '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族',
          '保安族', '裕固族', '京族', '塔塔尔族', '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
          '塔吉克', '蒙古', '维吾尔', '哈萨克', '柯尔克孜']
def stem(name):
    for suf in ('特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '省', '市', '县', '区', '盟', '旗'):
        if name.endswith(suf) and len(name) > len(suf) + 1:
            s = name[:-len(suf)]
            changed = True
            while changed:
                changed = False
                for e in sorted(ETHNIC, key=len, reverse=True):
                    if s.endswith(e) and len(s) > len(e) + 1:
                        s = s[:-len(e)]; changed = True
            return s, suf
    return name, ''
common = {w for w, (f, t) in keep.items() if t not in ('ns',) and f >= 300}
levels = {}
for parent, kids in d.items():
    for code, name in kids.items():
        if name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
            continue
        lvl = 'province' if code.endswith('0000') else 'rprefecture' if code.endswith('00') else 'county'
        levels[name] = lvl
short_seen = collections.Counter()
for name, lvl in levels.items():
    if name not in NOT_PLACES:
        add(name, lvl, name)
# (a higher level first: a short form shared by a province and a county names the
# province, 海南 = 海南省 not 海南区; a prefecture's before a county's)
RANK = {'province': 0, 'rprefecture': 1, 'county': 2}
for name, lvl in sorted(levels.items(), key=lambda x: (RANK[x[1]], x[0])):
    s, suf = stem(name)
    # a county's short form that is also a dictionary word (新建 for 新建区) is left out
    # (or an ordinary word of jieba's with a count of 150 or more: 互助, 万年, 莲花, 台前;
    # or one of NOT_PLACES)
    ordinary = s in known and known[s][1] not in ('nz', 'nr', 'ns', 'j') and known[s][0] >= 150
    if s != name and len(s) >= 2 and s not in NOT_PLACES and (s not in common or lvl == 'province') and not (lvl == 'county' and len(s) == 2 and ((s in keep and keep[s][1] not in ('nz', 'nr', 'ns', 'j')) or ordinary)):
        add(s, lvl, name)
        if suf in ('自治县',) and s + '县' not in levels:
            add(s + '县', lvl, name)
        # a long county stem is shortened to its first character + 县 (塔什库尔干 → 塔县)
        if lvl == 'county' and suf in ('县', '自治县') and len(s) >= 4:
            short_seen[s[0] + '县'] += 1
for name, lvl in sorted(levels.items()):
    s, suf = stem(name)
    if lvl == 'county' and suf in ('县', '自治县') and len(s) >= 4:
        ab = s[0] + '县'
        if short_seen[ab] == 1 and ab not in levels and ab not in keep:
            add(ab, lvl, name)
# divisions the area data lacks (Taiwan's counties) and regions of China, hand-written
LEVEL_NAMES = {'r': 'rprefecture', 'c': 'county', 'l': 'lplace'}
for line in open(os.path.join(OUT, 'divisions_extra.txt'), encoding='utf-8'):
    p = line.split()
    if not p or p[0].startswith('#'):
        continue
    lvl, full = LEVEL_NAMES[p[0]], p[1]
    for name in p[1:]:
        # a hand-written name wins over a county's short form derived from the area data
        # (新北 is New Taipei, not Changzhou's 新北区; 九龙 is Kowloon, not Sichuan's 九龙县)
        if name in places and places[name][1] != name and places[name][0] == 'county':
            del places[name]
        add(name, lvl, full)
countries = json.load(open(i18n, encoding='utf-8'))['countries']
for code, names in countries.items():
    for n in (names if isinstance(names, list) else [names]):
        if han(n):
            add(n, 'ncountry', n)
# jieba tags many ordinary 2-char words ns (上市, 中断): a 2-char one is kept only when it
# ends like a place or is spelled with transliteration characters (伦敦, 柏林).
PLACE_FINAL = set('洲京州江河湖山岛海城镇村港湾峡欧亚非都岭关口沟屯庄寨堡')
TRANSLIT = set('阿埃艾安奥巴班邦保贝本比波伯布查达德迪蒂丁顿多厄恩法菲芬丰弗福盖冈戈哥格古圭哈汉赫亨华霍基吉'
               '加贾杰捷喀卡凯坎康考科克肯库夸拉莱兰朗劳勒雷黎里利连列林卢鲁路伦罗洛马迈曼梅蒙孟米密缅摩莫姆穆'
               '纳奈南内尼涅纽努诺欧帕潘佩皮珀普奇契乔萨塞桑瑟森沙尚圣什斯松苏索塔泰坦汤特提图托瓦万威韦维温沃'
               '乌伍西希锡夏辛休叙雅亚扬耶伊因英尤约扎泽詹兹悉柏')
for line in open(os.path.join(OUT, 'world_places.txt'), encoding='utf-8'):
    line = line.strip()
    if line and not line.startswith('#'):
        add(line, 'lplace', line)
for w, f, t in entries:
    if t == 'ns' and han(w) and len(w) >= 2 and f >= 150 and w not in common and w not in NOT_PLACES:
        if len(w) == 2 and not (w[1] in PLACE_FINAL or (w[0] in TRANSLIT and w[1] in TRANSLIT)):
            continue
        add(w, 'lplace', w)
# Mountains, rivers, lakes, islands, bays and straits of three or more chars are kept down to
# a count of 50 (六盘山, 巴拉那河, 约旦河, 青海湖): a name of landscape is rarely anything
# else; idioms and common nouns jieba files ns (信口开河, 崇山峻岭, 火山岛) stay out.
LANDSCAPE_FINAL = set('山河江湖岛湾岭峡脉')
NOT_LANDSCAPE = {'信口开河', '半壁江山', '崇山峻岭', '荒山野岭', '咸水湖', '火山岛', '堰塞湖', '苏星河'}
for w, f, t in entries:
    if (t == 'ns' and han(w) and len(w) >= 3 and 50 <= f < 150 and w[-1] in LANDSCAPE_FINAL
            and w not in common and w not in NOT_PLACES and w not in NOT_LANDSCAPE):
        add(w, 'lplace', w)
with open(os.path.join(OUT, 'places.txt'), 'w', encoding='utf-8') as o:
    o.write('# Places. Each line: a level (p province, r prefecture, c county, n country, l other place),\n')
    o.write('# then its names separated by spaces; a short form is written SHORT=FULL NAME.\n')
    o.write('# Generated by scripts/gen_lexicon.py. Sources: npm china-area-data 5.0.1 data.json (MIT licence,\n')
    o.write('# Copyright (c) 2016 Airyland: China administrative divisions GB/T 2260), npm i18n-iso-countries\n')
    o.write('# 7.14.0 langs/zh.json (MIT licence, Copyright (c) 2016 Bastian Mostert), data/divisions_extra.txt and\n')
    o.write('# data/world_places.txt\n')
    o.write('# (hand-written), and the words jieba-rs 0.7.4 src/data/dict.txt tags ns with count >= 150 (names of\n')
    o.write('# landscape of 3+ chars: >= 50) (MIT licence). Do not edit.\n')
    by_level = collections.defaultdict(list)
    for n in sorted(places):
        lvl, full = places[n]
        by_level[lvl[0]].append(n if full == n else f'{n}={full}')
    for lvl in sorted(by_level):
        o.write(lvl + ' ' + ' '.join(by_level[lvl]) + '\n')
# Frequent 2-char words jieba tags ns that are no place of ours (城市, 太阳, 外国, 回国, 大国),
# and frequent 2-char words it tags m that are no plain numerals (十分, 左右, 少数, 四周):
# without them the segmenter cut 城|市, 太|阳, 十|分 and read names and places into the
# pieces. They are ordinary words: ns as nouns, m as numerals.
# (not a word of the hand-written lists, which give it its own class: 北约 is an organisation)
NUMERAL_CHARS = set('零一二三四五六七八九十百千万亿两几半多〇')
LISTED = set()
for name in ('org_words.txt', 'titles.txt', 'event_words.txt', 'people.txt'):
    for line in open(os.path.join(OUT, name), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            LISTED.add(line.split()[0])
for w, f, t in entries:
    if len(w) != 2 or not han(w) or w in keep or w in places or w in LISTED:
        continue
    if t == 'ns' and f >= 600:
        keep[w] = (f, 'n')
    # (nor a rarer number of 分, which starts other words: 十几|分钟; 十分 is a word)
    elif t == 'm' and f >= 1000 and not all(c in NUMERAL_CHARS for c in w) and not (w[1] == '分' and f < 3000):
        keep[w] = (f, 'm')
with open(os.path.join(OUT, 'words.txt'), 'w', encoding='utf-8') as o:
    o.write('# Words for segmentation and keyword weights. Each line: <frequency class><part of speech>\n')
    o.write('# then the words of that class and part of speech, separated by spaces. Frequency class:\n')
    o.write('# letter a + round(log2(count)); part of speech as in jieba (n, v, ns, nt, j ...).\n')
    o.write('# Generated by scripts/gen_lexicon.py from jieba-rs 0.7.4 src/data/dict.txt (MIT licence,\n')
    o.write('# Copyright (c) 2013 Sun Junyi and jieba-rs contributors). Do not edit.\n')
    groups = collections.defaultdict(list)
    for w, (f, t) in keep.items():
        b = max(0, min(25, round(math.log2(f))))
        groups[chr(97 + b) + t].append(w)
    for key in sorted(groups):
        o.write(key + ' ' + ' '.join(sorted(groups[key])) + '\n')

print(len(keep), 'words;', len(places), 'places;', len(g1 | g2), 'given chars')
