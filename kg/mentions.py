"""Finding mentions: spans of a sentence that name a zone, place, company, project …

Each recognizer reads one sentence and proposes candidates; :func:`find_mentions`
keeps the best of overlapping candidates (a name may sit inside a longer name:
苏州 inside 苏州自贸区) and returns :class:`~kg.model.Mention` values with article
offsets. Generic references (园区, 该项目) are returned apart, for the resolver.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from . import lexicon
from .model import Article, Mention, Sentence
from .numbers import CN_DIGITS, small_number
from .segmenter import clause_start

CJK = "\u3400-\u9fff"
#: accented Latin letters of foreign names (Dräger, Nestlé)
ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_NAME_CHAR = re.compile(rf"[{CJK}A-Za-z0-9（）·&\u03b1-\u03c9{ACCENTED}]")  # Greek letters name chemicals: α-烯烃
_GREEK = re.compile("[\u03b1-\u03c9]")
_NUMERAL_START = re.compile(rf"第?(?:[0-9.]+|[{CN_DIGITS}]+|[几数多首]|近|约)+(?:个|家|条|项|批|期|座|所|余|多|大|类|种|位|名|项)")
_DATE_START = re.compile(rf"(?:(?:19|20)\d\d年)?(?:[0-9{CN_DIGITS}]{{1,2}}月(?:[0-9{CN_DIGITS}]{{1,3}}[日号])?(?:底|末|初|上旬|中旬|下旬|份)?)")
_YEAR_START = re.compile(r"(?:(?:19|20)\d\d年(?:度)?)?(?:第?[一二三四1-4]季度|前三季度|[上下]半年)|(?:19|20)\d\d年(?:度)?")
_QUOTE = re.compile(r"[“‘「『]([^“”‘’「」『』]{2,24})[”’」』]")
_FOREIGN_NAME = re.compile(rf"[{CJK}]{{1,6}}·(?:[{CJK}]{{1,8}}·)?(?P<last>[{CJK}]{{1,6}})")
#: set phrases that open with a country's name without being about the place (中国特色社会主义, 中国式现代化)
_NOT_A_PLACE_AFTER = ("特色社会主义", "式现代化")
#: a facility is a project where the text builds or sets it up right before its name
_BUILT = re.compile(r"(?:投资建设|新建|扩建|改建|兴建|投建|建设|共建|设立|落户|布局|投资|建成了?)其?$")  # (扩建其X中心: its own)
#: after a facility's name: it is being built or is done (小鹏汽车武汉基地已建成投产, X研发中心正式开工)
_BUILT_AFTER = re.compile(r"(?:[一二三四五六七八九十]期(?:项目|工程)?)?(?:[在于][^，。；]{2,12}?)?(?:已|正式|将)?(?:建成|投产|开工|竣工|落成|开建|动工|奠基|揭牌|启用|投用|投入使用)"
                          r"|的?(?:正式)?(?:落户|落地|入驻|开业)"
                          r"|(?:项目)?(?:总投资|计划投资|投资总额)(?:约|达|超过?|近)?[0-9]|位于|坐落于|地处")  # (X数据中心总投资约100亿元)
#: after a facility opening a line of a list of projects (3.X转化基地，总投资6亿元): its amount
_ITEM_AMOUNT = re.compile(r"[，,](?:项目)?(?:计划)?(?:总投资|投资总额)(?:约|达|超过?|近)?[0-9]")
#: a count that ends the phrase right after a generic word (项目共28个，… / 园区达12家。), not 园区3个项目
#: inside a project's candidate name, what ends the words before the name: an amount or a verb of building
_BUILT_IN_STEM = re.compile(rf"[0-9.]+(?:万|亿)?(?:元|美元|欧元)|(?:扩建|新建|投资建设|投资兴建|兴建|投建|建设)(?=[{CJK}A-Za-z0-9])")
_COUNT_AFTER = re.compile(rf"(?:共|达|合计|总数(?:为|达)?)?(?:超过|超|逾|近|约|不少于|不低于|至少)?(?:[0-9]+|[{CN_DIGITS}]+)(?:余|多)?(?:个|家|项)"
                          rf"(?=[，。；、,;]|$)")
#: the kinds of document a policy's title ends with
_POLICY_KINDS = "措施|方案|意见|办法|规划|通知|决定|条例|计划|政策|纲要|规定|细则|指南|导则"
_BOOK_TITLE = re.compile(
    rf"《([^《》\n]{{2,60}}(?:{_POLICY_KINDS}|新政|[{CN_DIGITS}0-9]+条)"
    r"(?:（[^（）《》\n]{2,20}）)?)》")  # …三年行动计划（2021—2023年）, 人才新政十条
#: a notice that issues a policy: 《关于印发〈X〉的通知》 is X
_ISSUING_NOTICE = re.compile(r"关于印发[〈<《]([^〈〉<>《》]{2,60})[〉>》]的通知")
#: a notice's title without marks (a headline): X关于印发支持Y发展若干政策的通知
_BARE_ISSUING_NOTICE = re.compile(rf"关于印发([^〈〉<>《》，。；\n]{{4,60}}?(?:{_POLICY_KINDS}))的通知")
#: a policy cited by its kind alone: 《意见》, 《若干措施》
_BARE_TITLE = re.compile(rf"《((?:若干)?(?:{_POLICY_KINDS}))》")
_FIVE_YEAR = re.compile(r"[“‘]?(十[一二三四五六七八九]五)[”’]?(规划)?")
_NUMBERED_POLICY = re.compile(rf"(?:[0-9]+|[{CN_DIGITS}]+)条[{CJK}]{{0,6}}?(?:新政|政策|措施|意见|举措|办法|规定)")
_GOV_BODY = re.compile(
    rf"(?:省|市|县|区|州)?(?:海关(?!特殊|监管)|委常委会|党委(?![员托])|人大常委会|(?:人民)?政府办公[厅室]|人民政府|政府|委(?![员托])|人大|政协|驻[{CJK}]办|"
    rf"(?:发展改革|发改|经信|经济和信息化|科技|商务|教育|卫生健康|住房城乡建设|国资)委(?![员托会])|"
    rf"[{CJK}]{{1,8}}?(?:办公室|办(?![好理成结])|局|厅|管委会|委员会|服务中心))"  # (将继续办好: a verb)
)
#: a body named after two fields joined by 和: 文化和旅游厅, 住房和城乡建设局, 工业和信息化委员会
_FIELDS_JOINED = re.compile(rf"[{CJK}]{{2,4}}和[{CJK}]{{2,5}}?(?:厅|局|部|委员会|委|办)")
_NOT_GOV = ("布局", "格局", "大局", "开局", "全局", "结局", "主办", "承办", "协办", "举办", "创办", "开办", "筹办")
_BARE_GOV = re.compile(rf"(?<![全该本我各城园特])([省市县区])([{CJK}]{{2,4}}和[{CJK}]{{2,5}}?(?:厅|局|委员会|委(?![员托]))|委常委会|委(?![员托])|(?:人民)?政府办公[厅室]|人民政府|政府|"
                       rf"[{CJK}]{{1,3}}办(?![好理成结])|[{CJK}]{{2,5}}?(?:厅|局)|(?:发展改革|发改|经信|科技|商务|教育|国资)委(?![员托会]))")
_ENUM_HEAD = re.compile(
    rf"(?:等(?:一批|一系列|多家|多个|[0-9{CN_DIGITS}]+(?:个|家|项|多个|余个|余家))?|(?P<counted>[0-9{CN_DIGITS}]+)家)"
    rf"(?P<mod>(?:(?![为是])[{CJK}0-9]){{0,10}}?)(?P<head>龙头企业|企业|公司|药企|车企|金融机构|品牌商|厂商|制造商|供应商|项目|"
    rf"产业(?!链?(?:项目|企业)|园)|行业|领域|地)"  # (等动力电池产业链项目: projects; 等9个产业园区: parks)
)
#: what a list before 等 may be made of when it is no list of firms or projects: 从A、B等方面支持企业
_ASPECT = re.compile(r"方面|环节|形式|方式|措施|举措|渠道|手段|途径|维度|要素|政策|优惠|支持|扶持")
#: the end of an institution's name inside a longer one (the last): X研究所|麒麟研发基地项目
_INSTITUTION_END = re.compile(r"(?:大学|研究所|研究院|实验室)(?!.*(?:大学|研究所|研究院|实验室))")
_LEGAL_FIRM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司)(?!.*(?:股份有限公司|有限责任公司|有限公司|集团公司))")
_LIST_QUANTIFIER = re.compile(
    rf"(?:(?P<n>[{CN_DIGITS}0-9]+)(?:大|个|类|项|条)?)?(?:[千百万]亿级?)?(?:主导|重点|支柱|新兴|优势|特色|核心|战略性新兴|新兴)$"
    rf"|(?P<count>[{CN_DIGITS}0-9]+)(?:大|个|类)(?:[千百万]亿级?)?$|为(?:主|主导|重点|核心|支柱|代表)的?$")
#: a count of the kinds listed and the kind they share, ending a list of trades: 三大化工(产业集群)
_COUNTED_KINDS = re.compile(rf"(?P<n>)(?P<count>[{CN_DIGITS}0-9]+)(?:大|个|类)[{CJK}]{{1,4}}$")
_REPRESENTED = re.compile(rf"等?为(?:代表|龙头|引领|核心)的[{CJK}]{{0,8}}?(?P<head>龙头企业|企业|公司|项目|产业|行业)")
ENUM_CLASSES = {"企业": "Company", "龙头企业": "Company", "公司": "Company", "药企": "Company", "车企": "Company",
                "金融机构": "Company", "品牌商": "Company", "厂商": "Company", "制造商": "Company", "供应商": "Company",
                "项目": "Project",
                "产业": "Industry", "行业": "Industry", "领域": "Industry"}
_PERSON_LIST_CUE = re.compile(r"(?:领导|嘉宾|负责人|同志|代表)")
_ATTRIBUTIVE = re.compile(rf"(?:总投资|投资|计划投资|总投资额)?(?:约|达)?[0-9.{CN_DIGITS}]+(?:亿|万|千万)?(?:元|美元|欧元)(?:人民币)?的")

_SUFFIXES = re.compile("|".join(re.escape(s.text) for s in lexicon.suffixes()))
_CAUTIOUS = lexicon.word_set("boundary_chars_cautious.txt")
#: the longest boundary word's length
_LONGEST_BOUNDARY = max(map(len, lexicon.word_set("boundary_words.txt") | lexicon.word_set("boundary_chars.txt")))
#: priority of a recognizer when candidates overlap (higher wins)
PRIORITY = {"enumeration": 60, "person": 55, "government": 50, "suffix": 45, "policy": 40,
            "caption": 38, "place": 35, "industry": 30, "known": 20}


@dataclass
class Candidate:
    start: int
    end: int
    cls: str
    source: str
    family: str = ""
    generic: bool = False
    #: the name's length limit cut it inside a word: no name of its own inside a longer one
    cut: bool = False

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]


@dataclass
class ArticleContext:
    """What recognizers may know of the whole article (full forms of places)."""

    text: str
    place_forms: set[str] = field(default_factory=set)
    #: districts the gazetteer does not know, named after their city (洛阳市伊滨区 → 伊滨区)
    local_districts: set[str] = field(default_factory=set)
    #: brands of capitals and Chinese the article names (SK海力士)
    latin_brands: frozenset[str] = frozenset()
    #: persons speaking in turn in an interview (管某：…, twice or more at a line's start)
    speakers: frozenset[str] = frozenset()


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[list[Mention], list[Mention]]:
    """(named mentions, generic references) of an article, in text order."""
    ctx = ArticleContext(article.text)
    gaz = lexicon.gazetteer()
    scanned = gaz.scan(article.text)
    full_forms = {p.short for _, _, f in scanned for p in gaz.lookup(f) if p.short}
    ctx.place_forms = {f for f in full_forms if f in gaz.weak and f in article.text} | _zone_openers(article.text)
    ctx.local_districts = local_districts(article.text, scanned)
    ctx.latin_brands = latin_opened_brands(article.text)
    ctx.speakers = interview_speakers(article.text)
    named: list[Mention] = []
    generic: list[Mention] = []
    for sentence in sentences:
        cands = _select(recognize(sentence.text, ctx))
        events = [(c.start, c.end) for c in cands if c.cls == "Event" and not c.generic]
        for c in cands:
            if c.generic and c.cls == "Project" and any(a <= c.start and c.end <= b for a, b in events):
                continue  # 举行项目集中开工仪式: the event's kind of project, no project referred to
            referred = _REFERRED_PHASE.fullmatch(sentence.text, c.start, c.end) if c.cls == "Project" else None
            if referred and sentence.text[c.start - 1:c.start] in _DEMONSTRATIVES:  # 该基地一期项目: a bare phase
                c = replace(c, start=referred.start("phase"), generic=True)
            m = Mention(article.id, sentence.start + c.start, sentence.start + c.end,
                        sentence.text[c.start:c.end], c.cls, sentence.index)
            (generic if c.generic else named).append(m)
    return named, generic


#: a project's kind and phase, after 该 (该基地一期项目): the phase of the project referred to
_REFERRED_PHASE = re.compile(r"(?:基地|工厂|中心|园区|产业园|项目|工程|生产线)(?P<phase>[一二三四五六七八九十0-9]期项目)")
_DEMONSTRATIVES = ("该", "此", "这", "本")


def _zone_openers(text: str) -> set[str]:
    """Short forms of county-level cities that open a zone's name (常熟 of 常熟高新技术产业开发区, 昆山 of
    昆山经开区): the place, though the article never writes 常熟市 (not a district's: 江北 of 江北新区, 松山 of
    松山湖 are names of their own)."""
    by_text, found = lexicon.suffix_by_text(), set()
    for start, end, form in lexicon.longest_matches(_county_city_forms(), text):
        if form in found or (start and re.match(rf"[{CJK}A-Za-z0-9]", text[start - 1]) and not _is_boundary(text[start - 1])):
            continue  # not where a name opens
        ending = _SUFFIXES.search(text, end, end + 10)
        if ending and by_text[ending.group()].cls in ("Zone", "Park", "FreeTradeZone") \
                and re.fullmatch(rf"[{CJK}A-Za-z0-9]*", text[end:ending.start()]):
            found.add(form)
    return found


@lru_cache(maxsize=1)
def _county_city_forms():
    """A matcher of the short forms of county-level cities (常熟 of 常熟市), which are weak forms."""
    gaz = lexicon.gazetteer()
    return lexicon.matcher(sorted(f for f, places in gaz.weak.items() if any(p.name.endswith("市") for p in places)
                                  and not is_generic(f)))  # (合作 of 合作市: 合作区 is no place's zone)


def recognize(text: str, ctx: ArticleContext) -> list[Candidate]:
    """All candidates of one sentence, from every recognizer."""
    cands: list[Candidate] = []
    places = find_places(text, ctx)
    cands += places
    cands += find_suffixed_names(text, places)
    cands += find_branch_parks(text, cands)
    cands += find_partner_firms(text, cands)
    cands += find_latin_firms(text)
    cands += find_latin_other_names(text, cands)
    cands += find_latin_opened_firms(text, cands, ctx.latin_brands)
    cands += find_firms_of_officers(text, cands)
    cands += find_investing_firms(text, cands)
    cands += find_firms_before_capacity(text, cands)
    cands += find_listed_short_firms(text, cands)
    cands += find_known_firms(text)
    cands += find_government_bodies(text, places)
    cands += find_signing_partners(text, cands)
    cands += find_enumerations(text)
    cands += find_policies(text)
    cands += find_persons(text)
    cands += find_speakers(text, ctx.speakers)
    cands += find_industries(text)
    cands += find_captions(text)
    cands += find_zone_references(text)
    cands += find_zone_nicknames(text, cands)
    events = [c for c in cands if c.cls == "Event"]
    cands = [c for c in cands if not (c.cls == "Project" and _PROJECTS_GATHERING.match(text, c.end) and any(
        e.start <= c.start and c.end < e.end for e in events))]  # 中国·海峡|项目成果交易会: a fair of projects
    titles = [c for c in cands if c.source == "policy" and text.startswith("《", c.start - 1)]
    five_year = [c for c in cands if c.cls == "Policy" and _FIVE_YEAR.fullmatch(text, c.start, c.end)]
    return [c for c in cands if not (c.cls == "Policy" and c not in titles and any(  # 《》 bounds the title
        t.start <= c.start and c.end <= t.end and (t.start, t.end) != (c.start, c.end) for t in titles))
            and not (c in five_year and any(  # X“十四五”规划 in a headline: the plan, not the period
                t.cls == "Policy" and not t.generic and t.start <= c.start and c.end <= t.end
                and (t.start, t.end) != (c.start, c.end) for t in cands))]


#: after 项目 in a gathering's name: a gathering of projects (项目成果交易会, 项目推介会), no project named before it
_PROJECTS_GATHERING = re.compile(r"(?:成果|对接|推介|洽谈|招商|融资)?(?:交易会|对接会|推介会|洽谈会|博览会|展示会)")


#: after a zone's name and a place: the zone's park there (中关村科技园区丰台园, X科技城海安园)
_BRANCH_PARK = re.compile(r"(?:分园|园区|园)(?![林艺丁子地博长])")


#: words of direction that are also short forms of counties (南部 of 南部县)
_DIRECTIONS = frozenset({"东部", "西部", "南部", "北部", "中部", "东南", "西南", "东北", "西北"})


def find_branch_parks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A zone's branch park, named after it and the place it is in: 苏州工业园区宿迁园 (one park, in 宿迁)."""
    gaz = lexicon.gazetteer()
    out = []
    for c in cands:
        if c.cls not in ("Zone", "Park") or c.generic:
            continue
        for length in (4, 3, 2):  # a place's name or short form (丰台 of 丰台区)
            form = text[c.end:c.end + length]
            branch = _BRANCH_PARK.match(text, c.end + length) if (form in gaz.by_form or form in gaz.weak) \
                and form not in _DIRECTIONS else None  # (成都高新区南部园区: its southern park, not 南部县's)
            if branch:
                out.append(Candidate(c.start, branch.end(), "Park", "suffix", "park"))
                out.append(Candidate(c.end, c.end + length, gaz.lookup(form)[0].cls, "place"))
                break
    return out


#: a firm named in Latin letters with its Chinese name in brackets: ASML（阿斯麦）, after a word for a firm or
#: before what it does (全球光刻机巨头ASML（阿斯麦）在…; GDP（国内生产总值）增长 is no firm)
_LATIN_FIRM = re.compile(rf"(?<![A-Za-z0-9&])(?P<name>[A-Z][A-Za-z0-9&\-]*[A-Za-z0-9])（[{CJK}]{{2,8}}）")
_FIRM_WORD_BEFORE = re.compile(r"(?:巨头|企业|公司|集团|厂商|龙头|制造商|供应商|品牌)$")
_FIRM_DOES_AFTER = re.compile(r"(?:公司|集团)?(?:在|与|将|于|已|正式|宣布|投资|落户|签约|设立|追加)")


def find_latin_firms(text: str) -> list[Candidate]:
    """ASML（阿斯麦）: the Latin name and the Chinese one in brackets, both the firm's (the resolver joins them)."""
    out = []
    for m in _LATIN_FIRM.finditer(text):
        if _FIRM_WORD_BEFORE.search(text, 0, m.start()) or _FIRM_DOES_AFTER.match(text, m.end()) \
                or _place_at(text, m.end(), min(len(text), m.end() + 8)):  # Tesla（特斯拉）上海超级工厂: its plant there
            out.append(Candidate(m.start("name"), m.end("name"), "Company", "suffix", "company"))
            out.append(Candidate(m.end("name") + 1, m.end() - 1, "Company", "suffix", "company"))
    return out


#: capitals opening a run of Chinese: SK海力士…, LG化学…
_LATIN_OPENED = re.compile(rf"(?<![A-Za-z0-9&])(?P<latin>[A-Z]{{2,5}})(?P<rest>[{CJK}]{{2,}})")


def latin_opened_brands(text: str) -> frozenset[str]:
    """The brands of capitals and Chinese (SK海力士, LG化学) an article names twice or more: the Chinese (two to
    four characters) that every naming shares, when after one of them the firm does something (将追加投资)."""
    by_latin: dict[str, list[re.Match]] = {}
    for m in _LATIN_OPENED.finditer(text):
        by_latin.setdefault(m.group("latin"), []).append(m)
    brands = set()
    for latin, found in by_latin.items():
        shared = os.path.commonprefix([m.group("rest") for m in found])
        if len(found) < 2 or not 2 <= len(shared) <= 4 or is_generic(shared) \
                or lexicon.alternation("industries.txt").fullmatch(shared) or lexicon.suffix_of(shared) is not None:
            continue  # (AI产业园…, 5G基站…: a kind of thing after the capitals, no brand)
        if any(_FIRM_DOES_AFTER.match(text, m.start("rest") + len(shared)) for m in found):
            brands.add(latin + shared)
    return frozenset(brands)


def find_latin_opened_firms(text: str, cands: list[Candidate], brands: frozenset[str]) -> list[Candidate]:
    """The sentence's namings of the article's brands of capitals and Chinese (``latin_opened_brands``)."""
    out = []
    for brand in sorted(brands):
        for m in re.finditer(rf"(?<![A-Za-z0-9&]){re.escape(brand)}", text):
            if not any(c.start <= m.start() and m.end() <= c.end and c.cls == "Company" for c in cands):
                out.append(Candidate(m.start(), m.end(), "Company", "suffix", "company"))
    return out


#: a part in brackets: （东莞）
_BRACKETED = re.compile(r"（[^（）]*）")
#: a firm's Latin name in brackets right after its Chinese one: 苹果公司（Apple Inc.）
_LATIN_IN_BRACKETS = re.compile(r"（(?P<name>[A-Za-z][A-Za-z0-9&.,' \-]{1,40}?)）")


def find_latin_other_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """苹果公司（Apple Inc.）: the Latin name in brackets after a firm's name, the firm's too (the resolver joins them)."""
    out = []
    for c in cands:
        if c.cls == "Company" and not c.generic and (m := _LATIN_IN_BRACKETS.match(text, c.end)):
            out.append(Candidate(m.start("name"), m.end("name"), "Company", "suffix", "company"))
    return out


_PARTNER_LINK = re.compile(r"[与和同]")
_CLAUSE_OPENING = re.compile(r"(?:^|[，。；：、]|其中[，,]?)$")


def find_listed_short_firms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A firm's short name (瑞丰科技) listed right after a registered firm's name (鸿达集团、瑞丰科技): a firm."""
    out = []
    for c in cands:
        if c.cls != "Company" or c.generic or c.source != "suffix" or not text.startswith("、", c.end):
            continue
        end = next((e for e in range(c.end + 3, min(len(text), c.end + 10) + 1)
                    if _short_company_before(text, e, c.end + 1) == c.end + 1
                    and (e == len(text) or not _NAME_CHAR.match(text[e]) or text[e] in "签与和及等在")), None)
        if end is not None and not any(o.start <= c.end + 1 < o.end for o in cands if o.cls != "Industry"):
            out.append(Candidate(c.end + 1, end, "Company", "suffix", "company"))
    return out


def find_partner_firms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A firm called by its trade name and line of business (蔚来汽车) opening a clause as the partner of a
    registered firm: 蔚来汽车与合肥市建设投资控股（集团）有限公司签约."""
    out = []
    for c in cands:
        if c.cls != "Company" or c.generic or c.start < 5 or not _PARTNER_LINK.match(text, c.start - 1):
            continue
        for word in lexicon.words("firm_business_words.txt"):
            if not text.endswith(word, 0, c.start - 1):
                continue
            head = c.start - 1 - len(word)
            for start in range(head - 2, max(-1, head - 5), -1):  # a trade name of 2 to 4 characters
                trade = text[start:head]
                if _CLAUSE_OPENING.search(text, 0, start) and all(_NAME_CHAR.match(ch) for ch in trade) \
                        and not is_generic(trade) and not _industry_term_at(trade, 0, 0) \
                        and not lexicon.gazetteer().scan(trade):
                    out.append(Candidate(start, c.start - 1, "Company", "suffix", "company"))
                    break
            break
    return out


#: a zone's or a body's partners in a signing, listed by their short names: 与比亚迪、广汽埃安分别签订合作协议
_SIGNING_PARTNERS = re.compile(rf"与(?P<list>[{CJK}A-Za-z]{{2,8}}?(?:[、和][{CJK}A-Za-z]{{2,8}}?)*?)"
                               r"(?:分别|共同|正式|成功)?(?:签订|签署|签约)")


def find_signing_partners(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Firms by their short names that a zone or a body signs with (长沙经开区与比亚迪、广汽埃安分别签订合作协议):
    the names listed after 与 right after the zone or body, where nothing else is named."""
    out = []
    for m in _SIGNING_PARTNERS.finditer(text):
        if not any(c.end == m.start() and not c.generic and c.cls in ("Zone", "Park", "FreeTradeZone", "GovernmentBody")
                   for c in cands):
            continue
        items = [(i.start(), i.end()) for i in re.finditer(rf"[{CJK}A-Za-z]+", m.group("list"))]
        spans = [(m.start("list") + a, m.start("list") + b) for a, b in items]
        if any(is_generic(text[a:b]) or lexicon.gazetteer().scan(text[a:b]) or _industry_term_at(text[a:b], 0, 0)
               or any(c.start < b and a < c.end for c in cands) for a, b in spans):
            continue  # (与多家企业签约, 与省商务厅签署: not firms' short names, or named already)
        out += [Candidate(a, b, "Company", "suffix", "company") for a, b in spans]
    return out


def find_firms_of_officers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """中国石化董事长马永生, 比亚迪总裁王传福: the firm an officer's title opens with (a short name, which the
    resolver links to the registered name it abbreviates), where nothing else is named there (not a firm's
    division: ASML中国区总裁, 华为湖北区域总经理)."""
    out = []
    for m in _OFFICER_TITLE.finditer(text):
        if not person_name_at(text, m.end()) or any(c.end == m.start() for c in cands):
            continue
        start = _strip_prefixes(text, name_start(text, m.start(), 8), m.start())
        head = m.start() - len(scope.group()) if (scope := _SCOPE_OF_OFFICE.search(text, start, m.start())) \
            and scope.start() - start >= 2 else m.start()  # 特斯拉|全球副总裁: the firm, not its world
        stem = text[start:head]
        if 2 <= len(stem) <= 8 and re.fullmatch(rf"[{CJK}A-Za-z]+", stem) and not is_generic(stem) \
                and not stem.endswith(("区", "区域", "兼")) and not _OFFICER_TITLE.search(stem) \
                and not _only_places(stem) and not stem.endswith(lexicon.words("titles.txt")) \
                and not any((c.start <= start < c.end or start <= c.start < m.start()) and c.source != "place"
                            for c in cands):
            body = stem.endswith(("局", "部", "署", "委员会"))  # 安特卫普港务局首席执行官: a body's officer
            out.append(Candidate(start, head, "GovernmentBody" if body else "Company", "caption",
                                 "gov" if body else "company"))
    return out


#: what an officer's office covers, between the firm and the title: 全球副总裁
_SCOPE_OF_OFFICE = re.compile(r"(?:全球|亚太区?|大中华区)$")


#: a clause opening with who invests in building a project: 中联重科投资50亿元建设智慧产业城二期项目
_INVESTS_IN_BUILDING = re.compile(
    rf"(?:^|(?<=[，。；：、]))(?:其中|另外|此外|同时)?[，,]?由?(?P<name>[{CJK}A-Za-z]{{2,8}}?)(?:将|拟|计划|已)?(?:追加|新增|增资)?投资"
    rf"(?:约|超|近|逾)?[0-9.]+(?:亿|万|千万)?(?:元|美元|欧元)[，,]?(?:在[^，。；]{{2,20}}?)?(?:建设|新建|兴建|投建|打造|建成)")
#: what opens such a clause without being a firm: a time, a reference, the zone or place itself
_NOT_AN_INVESTOR = re.compile(r"^(?:该|此|本|其|我|全|各|上述|相关|多家|一批|今年|去年|明年|当年|年内|目前|近年|此前|"
                              r"双方|对方|客商|外商|企业|政府|社会资本|园区|省里|市里|区里|总|共|累计|计划|预计|项目|"
                              r"(?:将|拟|已|再|又|还|也|并)(?=追加|新增|增资|$)|追加|新增|增资)")  # (，将追加投资N元)


def find_investing_firms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A firm by a short name that opens a clause saying it invests in building a named project (中联重科投资
    50亿元建设智慧产业城二期项目), where no other name is there but a place opening it (宁德时代)."""
    out = []
    for m in _INVESTS_IN_BUILDING.finditer(text):
        start, end = m.span("name")
        clause_end = min((i for i in (text.find(c, m.end()) for c in "，。；") if i != -1), default=len(text))
        name = m.group("name")
        opening_place = next((c.end for c in cands if c.source == "place" and c.start == start and c.end < end), start)
        if any(c.start < end and start < c.end for c in cands if not (c.source == "place" and c.end == opening_place)) \
                or _NOT_AN_INVESTOR.match(name) or _NOT_AN_INVESTOR.match(text, opening_place, end) \
                or re.search("[年月市区县省]", text[opening_place:end]) or is_generic(name) or _only_places(name) \
                or not any(c.cls == "Project" and not c.generic and m.end() <= c.start < clause_end for c in cands):
            continue  # (韩国SK海力士 → SK海力士: the foreign country says where the firm is from)
        out.append(Candidate(_after_foreign_country(text, start, end), end, "Company", "caption", "company"))
    return out


#: a project's name that opens with a brand of three or four characters and then what it makes a year
_BRAND_THEN_CAPACITY = re.compile(rf"(?P<brand>[{CJK}]{{3,4}})年产")


def find_firms_before_capacity(text: str, cands: list[Candidate]) -> list[Candidate]:
    """英发睿能年产10GW电池片项目: the brand opening a project's name before 年产 is the firm's short name (no
    place, zone, kind or reference: 宜宾市年产…, 该公司年产…)."""
    out = []
    for c in cands:
        m = _BRAND_THEN_CAPACITY.match(text, c.start) if c.cls == "Project" and not c.generic else None
        if m is None or m.end() >= c.end:
            continue
        start, end = m.span("brand")
        if any(o.start < end and start < o.end for o in cands if o is not c) or is_generic(m.group("brand")) \
                or _NOT_AN_INVESTOR.match(m.group("brand")) or lexicon.gazetteer().scan(m.group("brand")) \
                or re.search("[年月期座个家条]", m.group("brand")) or lexicon.suffix_of(m.group("brand")) \
                or lexicon.only_words(m.group("brand"), "industries.txt", "generic_words.txt", "project_activities.txt"):
            continue
        out.append(Candidate(start, end, "Company", "caption", "company"))
    return out


#: officers' titles of a firm (not of a party or government body)
_OFFICER_TITLE = re.compile(r"(?:副)?(?:董事长|总裁|总经理)|首席执行官|CEO")


def find_zone_references(text: str) -> list[Candidate]:
    """该区, 本园区 …: generic references to the article's main zone; 中德园, 中新园区: a bilateral park
    by its two countries (the resolver makes it the article's park of that pair)."""
    out = []
    for m in lexicon.alternation("generic_references.txt").finditer(text):
        out.append(Candidate(m.start(), m.end(), "Park", "known", "park", generic=True))
    for m in _BILATERAL_SHORT_PARK.finditer(text):
        inside_name = m.start() > 0 and _NAME_CHAR.match(text[m.start() - 1]) \
            and not lexicon.gazetteer().scan(text[max(0, m.start() - 4):m.start()])  # (沈阳中德园: after a place)
        if m.group(1) in lexicon.country_abbreviations() and not inside_name:
            out.append(Candidate(m.start(), m.end(), "Park", "known", "park"))
    return out


def find_zone_nicknames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """光谷, 中关村 …: a well-known zone by its nickname, unless inside another name (光谷生物城,
    X集团光谷产业园: names of their own)."""
    nicknames = lexicon.zone_nicknames()
    quoted = [q.span(1) for q in _QUOTED.finditer(text)]  # (又称“中国光谷”: a name of its own)
    return [Candidate(m.start(), m.end(), nicknames[m.group()][0], "known", "park")
            for m in _nickname_pattern().finditer(text)
            if not any(c.start <= m.start() and m.end() <= c.end and c.end - c.start > m.end() - m.start()
                       for c in cands)
            and not any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in quoted)]


_QUOTED = re.compile(r"“([^“”]{1,20})”")


@cache
def _nickname_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, lexicon.zone_nicknames()), key=lambda w: (-len(w), w))))


#: 中德园, 中以园区: China and a partner country by one character each, and 园
_BILATERAL_SHORT_PARK = re.compile(r"中([\u4e00-\u9fff])园(?:区)?(?![林艺丁子])")


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the best candidates: nested spans are fine, crossing spans are not; the tail of a
    longer name of the same class (区管理局 of …合作区管理局) is no name of its own."""
    longest = {}
    for c in cands:
        if c.start < longest.get((c.end, c.cls), c.end):
            longest[(c.end, c.cls)] = c.start
    cands = [c for c in cands if c.generic or c.start == longest[(c.end, c.cls)]]
    chosen: list[Candidate] = []
    seen_spans: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if (c.start, c.end) in seen_spans:
            continue
        if any(c.start < o.end and o.start < c.end and not _nested(c, o) for o in chosen):
            continue
        if c.cut and any(o.start < c.start and c.end <= o.end for o in chosen):
            continue  # 烃综合利用高端新材料产业园 of 卫星化学α-烯烃综合利用高端新材料产业园项目
        chosen.append(c)
        seen_spans.add((c.start, c.end))
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def _nested(a: Candidate, b: Candidate) -> bool:
    return (a.start >= b.start and a.end <= b.end) or (b.start >= a.start and b.end <= a.end)


# --- places -----------------------------------------------------------------

#: characters that make a word with a 中 after them (其中, 集中, 之中): no place's name opens at that 中 (其中卫星 ≠ 中卫)
_BEFORE_ZHONG = frozenset("其集之当从空高初心")


#: a district's name of two characters and 区 (伊滨区 after 洛阳市)
_DISTRICT_AFTER_CITY = re.compile(rf"[{CJK}]{{2}}区(?![{CJK}]*(?:区|园))")
#: two characters and 区 that are words, not districts' names
_NOT_DISTRICTS = frozenset({"城区", "市区", "老区", "辖区", "景区", "社区", "片区", "港区", "厂区", "矿区", "山区", "郊区",
                            "湖区", "林区", "校区", "展区", "街区", "小区", "分区", "园区", "新区", "全区", "该区", "本区"})


def local_districts(text: str, scanned: list[tuple[int, int, str]]) -> set[str]:
    """Districts of a city that the gazetteer does not know (functional districts: 洛阳市伊滨区), named
    right after their city's full name; the article may then name them alone. ``scanned``: the text's places."""
    gaz = lexicon.gazetteer()
    found = set()
    for start, end, form in scanned:
        if not form.endswith("市") or [p.cls for p in gaz.lookup(form)][:1] != ["City"]:
            continue
        m = _DISTRICT_AFTER_CITY.match(text, end)
        if m is None:
            continue
        name = m.group()
        if name[-2:] in _NOT_DISTRICTS or name in _NOT_DISTRICTS or lexicon.suffix_of(name) is not None \
                or gaz.lookup(name) or gaz.scan(name) or any(_is_boundary(c) for c in name[:2]) \
                or lexicon.alternation("generic_words.txt").match(name) or _counted(name[:2]):
            continue
        found.add(name)
    return found


#: the rest of a town's or village's name: 西北|旺镇
_TOWN_AFTER = re.compile(rf"[{CJK}]{{1,2}}(?:镇|乡|街道|村)")


def find_places(text: str, ctx: ArticleContext) -> list[Candidate]:
    gaz = lexicon.gazetteer()
    out = []
    for form in ctx.local_districts:
        at = text.find(form)
        while at != -1:
            out.append(Candidate(at, at + len(form), "District", "place"))
            at = text.find(form, at + len(form))
    for start, end, form in gaz.scan(text, ctx.place_forms):  # (海南|区域总部: the word 区域, not 海南区)
        places = gaz.lookup(form)
        if places and not text.startswith(_NOT_A_PLACE_AFTER, end) \
                and not (form.endswith("区") and text.startswith("域", end)) \
                and not (form[0] == "中" and text[start - 1:start] in _BEFORE_ZHONG) \
                and not (places[0].cls == "Region" and (text.startswith(("部", "侧", "端", "角"), end)  # 合肥市西南部
                                                        or _TOWN_AFTER.match(text, end))):  # 西北旺镇
            out.append(Candidate(start, end, places[0].cls, "place"))
    out = [c for c in out if not _of_another_city(text, c, out)]
    for m in lexicon.alternation("region_suffixes.txt").finditer(text):
        start = name_start(text, m.start(), 6)
        batch = _BATCH.match(text, start, m.start())
        start = batch.end() if batch else start  # 第三批|成渝地区双城经济圈…: which batch, no part of the name
        named_after = [p for p in out if p.end == m.start() and p.start >= start]
        if named_after:  # 武汉城市圈: a region named after its city
            start = named_after[0].start
        stem = text[start:m.start()]
        if stem and not is_generic(stem):
            out.append(Candidate(start, m.end(), "Region", "suffix", "region"))
    return out


def _of_another_city(text: str, c: Candidate, places: list[Candidate]) -> bool:
    """A district right after a city or province it does not belong to is no district of that name: 绍兴|滨海新区
    (Tianjin's district is 滨海新区; this is 绍兴's zone)."""
    if c.cls != "District":
        return False
    gaz = lexicon.gazetteer()
    readings = gaz.lookup(text[c.start:c.end])
    before = [p for p in places if p.end == c.start and p.cls in ("City", "Province")]
    if not before or not readings:
        return False
    outer = gaz.lookup(text[before[0].start:before[0].end])
    names = {o.name for o in outer}
    return not any(r.parent in names or any(p.parent in names for p in gaz.lookup(r.parent)[:1]) for r in readings)


# --- names with a class-giving ending ----------------------------------------

#: an area word opening a firm's description, no part of a name: (该)片区科技公司, 区内物流公司
_AREA_OPENING = re.compile(r"^(?:片区|园区|区内|辖区|全区|本区|区域|本地|当地)(?:内)?")


def find_suffixed_names(text: str, places: list[Candidate]) -> list[Candidate]:
    """Zones, companies, institutions, projects, events … by their name ending."""
    out = []
    by_text = lexicon.suffix_by_text()
    for m in _SUFFIXES.finditer(text):  # leftmost-longest: 科技产业园区, not 园区 inside it
        suffix = by_text[m.group()]
        if _industry_term_at(text, m.start(), len(suffix.text)):
            continue  # 工程 of 工程机械: the start of an industry's name, not a name ending
        if m.end() < len(text) and text[m.end()] in _LONGER_WORD.get(suffix.text[-1], ""):
            continue  # 部分区域, 工程师: a longer word, not a name ending in 分区, 工程
        if suffix.text.endswith("建") and _builds_a_named_project(text, m.end(), by_text):
            continue  # 扩建特种玻璃生产线: a verb before what is built, not the end of a name
        end = m.end() + 1 if suffix.text.endswith("园") and text.startswith("区", m.end()) else m.end()
        in_name = _KEPT_IN.get(suffix.text[-2:], frozenset())
        keep = lexicon.word_set("event_name_words.txt") if suffix.cls == "Event" else in_name
        start = name_start(text, m.start(), suffix.max_stem, keep, quoted_head=suffix.cls == "Event")
        while in_name and start < m.start() and text.startswith(tuple(in_name), start):
            start += len(next(w for w in in_name if text.startswith(w, start)))  # 建设 first: a verb (建设X有限公司)
        while suffix.cls in ("Project", "Event") and _joined_in_name(text, start - 1):  # 动力电池及储能电池项目: one
            # name (轨道交通和装备制造产业博览会: one fair of two trades)
            start = name_start(text, start - 1, suffix.max_stem, keep)
        if suffix.cls == "Project" and (pair := _built_pair_start(text, start - 1, suffix.max_stem, keep)) is not None:
            start = pair  # 建设体外诊断试剂及仪器生产基地: two things built under one name
        while suffix.cls == "Institution" and _joined_fields(text, start - 1, m.start()):  # 纳米技术与纳米仿生研究所
            start = name_start(text, start - 1, suffix.max_stem, keep)
        if suffix.family == "association":  # 中国石油和化学工业联合会: a national association of two trades
            start = _association_of_two_trades(text, start)
        if suffix.cls in ("Project", "Event", "Zone", "Park"):  # X有限公司年产5GW光伏组件项目: after the company
            firm = _LEGAL_FIRM.search(text, start, m.start())
            rest = text[firm.end():m.start()] if firm else ""
            whole_firm = start > m.start() - suffix.max_stem and not text.startswith(("项目", "工程"), end)
            phase = _PHASE_OF_FIRM.match(rest)  # (X有限公司二期扩建项目竣工仪式: the event of the firm's phase)
            firm_s_phase = phase is not None and (phase.end() == len(rest)
                                                  or (suffix.cls == "Event" and rest.startswith("项目", phase.end())))
            if firm and not firm_s_phase and not (whole_firm and _kind_of_facility(rest)):
                start = firm.end()  # but X有限责任公司二期项目 is the firm's second phase, named after it
                # (and X有限公司总部项目 its headquarters, where the firm's whole name is in it and the facility
                # is no part of a project's name: X有限公司锂电池生产基地项目)
        if suffix.cls == "Institution" and (firm := _LEGAL_FIRM.search(text, start, m.start())) \
                and m.start() - firm.end() >= 2 and re.match(rf"{PHASE}?(?:扩建|新建)?项目", text[end:]):
            start = firm.end()  # X有限公司|杭州湾研究院二期项目: the firm's project, not an institute of that name
        if suffix.cls in ("Project", "Zone", "Park") and (inst := _INSTITUTION_END.search(text, start, m.start())) \
                and m.start() - inst.end() >= 2 and not _LEGAL_FIRM.search(text, start, m.start()) \
                and not re.fullmatch(rf"{PHASE}|[{CN_DIGITS}0-9]+号", text[inst.end():m.start()]) \
                and not CAMPUS.fullmatch(text, inst.end(), m.start()):
            start = inst.end()  # X研究所|麒麟研发基地项目, 南京大学|麒麟科创园: after the institution that builds or hosts it
        if suffix.cls == "Park":  # 中方园区|福清元洪国际食品产业园: a park named right after another park's name
            inner = [e.end() for e in _SUFFIXES.finditer(text, start + 2, m.start())
                     if by_text[e.group()].cls == "Park" and m.start() - e.end() >= 2
                     and _opens_with_place(text, e.end(), m.start())]
            start = inner[-1] if inner else start
        if suffix.cls in ("Zone", "FreeTradeZone"):  # X集团宁波前湾新区整车生产基地: the zone opens after the group
            group = text.rfind("集团", start, m.start())
            if group != -1 and _opens_with_place(text, group + 2, m.start()):
                start = group + 2
        if suffix.cls == "Project":  # X集团追加投资5000万欧元扩建Y生产线: the project is what is built
            built = [b.end() for b in _BUILT_IN_STEM.finditer(text, start, m.start()) if m.start() - b.end() >= 2
                     and text[b.end():m.start()] not in by_text]  # (炼油改扩建工程项目: 工程 is no name)
            start = built[-1] if built else start
        if suffix.cls == "Project":  # 西安高新区2023年第二季度招商引资项目: a zone's projects, not a name
            zone = _zone_name_before(text, start, m.start(), by_text)
            start = zone if zone is not None else start
        if suffix.cls != "Event" and (opening := _EDITION_OR_IN_CHINA.match(text, start)) and m.start() - opening.end() >= 2:
            start = opening.end()  # 第四届|X项目金融峰会: the edition is the event's; 在华|最大投资项目: in China
        if text.startswith(("之后", "以后"), end) and (after := text.rfind("继", start, m.start())) != -1 \
                and m.start() - after > 2:
            start = after + 1  # 宁德时代继|德国图林根工厂之后: what came before, after 继 ("following")
        start = _strip_prefixes(text, start, m.start(), years=suffix.cls != "Event",
                                former=suffix.cls in ("Zone", "Park", "FreeTradeZone"))
        if suffix.cls == "Company" and (kind := _FIRM_KIND_BEFORE.match(text, start)) and m.start() - kind.end() >= 2:
            start = kind.end()  # 港资企业|利丰集团: what kind of firm it is, no part of its name
        if suffix.cls == "Company":  # Tesla上海超级工厂配套企业|天宜锂业有限公司: what the firm is to another
            start = _after_described_firm(text, start, m.start())
        if suffix.cls == "Company" and (firm_word := text.rfind("企业", start, m.start())) != -1 \
                and _opens_with_place(text, firm_word + 2, m.start()):
            start = firm_word + 2  # X开发区企业|苏州天准科技股份有限公司: the zone's firm, named after its own place
        if suffix.cls == "Company":  # (日本电产株式会社: a registered name of two characters after the country)
            after = _after_foreign_country(text, start, m.start())
            start = after if not suffix.text.endswith("会社") or m.start() - after >= 3 else start
            if suffix.text == "公司" and text.endswith("子", 0, m.start()):
                continue  # 宁德时代全资子公司: what the firm is to its parent, not a name
            if (sub := text.rfind("子公司", start, m.start())) != -1:
                parent = _PARENT.search(text, start, sub + 3)
                if parent and not is_generic(parent.group("parent")):  # 宁德时代|全资子公司: the parent firm
                    out.append(Candidate(parent.start("parent"), parent.end("parent"), "Company", "suffix", "company"))
                start = sub + 3  # 宁德时代全资子公司|福鼎时代新能源科技有限公司
        start = _partner_before_dash(text, start, between_places=suffix.cls in ("Zone", "Park"), event=suffix.cls == "Event",
                                     head=m.end())
        if suffix.cls == "Event" and (edition := _EDITION_BEFORE.search(text, 0, start)):
            start = edition.start()  # 第十八届|中国—东盟博览会: the edition is part of the name
        if suffix.cls == "GovernmentBody":  # a zone's body is named after the whole zone, however long
            zone = next((c for c in reversed(out) if c.end == m.start() and c.cls in ("Zone", "Park", "FreeTradeZone")
                         and not c.generic and c.start < start), None)
            start = zone.start if zone is not None else start
        if suffix.cls in ("Zone", "FreeTradeZone") and "·" in text[start:m.start()]:
            dot = text.rindex("·", start, m.start())  # 北京·沧州渤海新区: the zone is after the partner's name
            country = [p.cls for p in lexicon.gazetteer().lookup(text[start:dot])][:1] == ["Country"]
            start = dot + 1 if _place_length(text, start, dot) == dot - start and not country else start
            # (中国·印尼经贸合作区: China and its partner name the zone together)
        if text.count("（", start, end) > text.count("）", start, end):  # …实验区（郑州新郑综合保税区
            start = text.rindex("（", start, end) + 1
        if text.find("）", start, end) < text.find("（", start, end) or text.count("（", start, end) == 0 < \
                text.count("）", start, end):  # （记者 李松）重庆两江新区: no name opens inside a parenthesis
            start = text.index("）", start, end) + 1
        if in_name and suffix.text != "公司" and start < m.start() and (
                is_generic(text[start:m.start()]) or lexicon.only_words(text[start:m.start()], "firm_business_words.txt")):
            start = _firm_name_start(text, start, m.start(), suffix.max_stem, in_name)
        elif _BRAND_OVER_BOUNDARY.search(text, 0, start) and text[start - 2:start] not in _WORDS_ENDING_WEI and (
                (suffix.cls == "Company" and (start == m.start() or lexicon.only_words(
                    _BRACKETED.sub("", text[start:m.start()]), "firm_business_words.txt", "industries.txt")))
                # (华为|云计算技术有限公司, 华为|终端（东莞）有限公司)
                or (suffix.cls == "Project" and (_opens_with_place(text, start, m.start())
                                                 or lexicon.only_words(text[start:start + 2], "firm_business_words.txt")
                                                 or suffix.family == "facility"
                                                 or getattr(lexicon.suffix_of(text[start:m.start()]), "family", "")
                                                 == "facility"))):
            start -= 2  # 美的集团, 华为青浦研发中心, 共建华为云全球数据中心: a two-character brand holding a character
            # that ends names elsewhere (before a facility's name: 华为云贵安数据中心)
        if suffix.family == "facility" and not _BUILT.search(text, 0, start) and not _BUILT_AFTER.match(text, end) \
                and not text.endswith(("该", "此"), 0, m.start()) \
                and not (_ITEM_AMOUNT.match(text, end) and (start == 0 or lexicon.ITEM_NUMBER.match(text))
                         and "，" not in text[:start]):  # 该基地: the one just named; a list's line
            continue  # 成为…制造基地之一: what a place becomes, not a facility being built
        if (item := lexicon.ITEM_NUMBER.match(text, start, m.start())) and m.start() - item.end() >= 2:
            start = item.end()  # （一）先进制造业项目: a list's heading, numbered
        stem = text[start:m.start()]
        if suffix.cls == "Project" and text[start - 1:start] in ("“", "‘") and text[end:end + 1] in ("”", "’") \
                and _SLOGAN_BEFORE.search(text, 0, start - 1):
            continue  # 作为‘一号工程’: what the work is called, not a project
        if suffix.cls == "Project" and _AMOUNT_ONLY.fullmatch(stem):
            continue  # 最高给予1亿元项目资助: an amount, not a project's name
        if suffix.family == "port" and (stem.endswith(("航空", "空")) or lexicon.gazetteer().lookup(text[start:end])):
            continue  # 郑州航空港区: the short name of an airport zone; 铁山港区: a district of 北海, no port zone
        if suffix.cls in ("Zone", "Park") and _COUNT_OF_PLACES.search(stem):
            continue  # 在中国30多个城市运营物流园: parks in many places, no name
        named_after_place = (suffix.cls in ("Zone", "Park", "FreeTradeZone") or suffix.family == "university") \
            and _only_places(stem)  # 新疆自贸试验区, 南京大学
        firm_s = suffix.cls == "Project" and _FIRM_BEFORE.search(text, 0, start) is not None  # X有限公司智慧产业城项目
        generic = (not stem or (is_generic(stem) and not named_after_place and not firm_s) or _counted(stem) or _counted_beyond(text, start, m.start(), suffix, keep)
                   or (suffix.cls == "Project" and (_generic_tail(text, start, stem) or _places_and_words(stem)
                                                    or (_kind_of_industry(stem) and not firm_s))))
        # (X集团新能源汽车全产业链项目: the firm's project, not a kind)
        supported = generic and suffix.cls == "Project" and next(
            (c for c in reversed(out) if c.cls == "Project" and not c.generic and c.end < m.start()
             and text[c.end:m.start()] in lexicon.word_set("generic_tails.txt")), None)
        if supported:  # X生产线配套项目: the supporting project of a named one, one name
            out.remove(supported)
            start, generic = supported.start, False
        park = generic and suffix.cls == "Project" and stem == "配套" and next(
            (c for c in reversed(out) if c.cls == "Park" and not c.generic and c.end == m.start() - 2), None)
        if park:  # X产业园配套项目: a project of the park, named after it (the park stays a name of its own)
            start, generic = park.start, False
        if suffix.cls == "Project" and not generic and (_described(text, start) or _granted_to(text, start)
                                                         or _SCALE_OPENING.match(stem)
                                                         or _AIM_DESCRIBED.search(text, 0, start)
                                                         or _CONTENT_BEFORE.search(text, 0, start)
                                                         or _superlative_after_copula(text, start, stem)):
            generic = True  # 是巴斯夫最大的海外投资项目, 主要建设…生产线: what the subject is or holds, not a name
        if suffix.cls == "Project" and not generic and _ZONE_S_PROJECTS_EVENT.match(text, m.end()) \
                and _zone_s_projects(text, start, m.start()):
            generic = True  # 中德（沈阳）高端装备制造产业园项目签约活动: the park's projects signed, no project's name
        if suffix.cls == "Company" and not generic and _described(text, start):
            generic = True  # 是亚洲知名的房地产集团: what the firm is
        if suffix.cls == "Company" and not generic and lexicon.only_words(
                _AREA_OPENING.sub("", stem), "firm_business_words.txt", "industries.txt"):
            generic = True  # 物流公司和贸易公司, (该)片区科技公司: firms of a trade, no trade name
        if suffix.family == "facility" and re.search("[和及与、]", stem) and lexicon.only_words(
                re.sub("[和及与、]", "", stem), "generic_words.txt", "project_activities.txt"):
            generic = True  # 设立(区域)总部和研发中心: two kinds of unit, no name
        bare_phase = _BARE_PHASE.fullmatch(stem) if suffix.cls == "Project" and not supported else None
        if bare_phase:  # 公司二期项目, 其一期工程: a phase of the project named before, no name of its own
            generic = True
        if generic and suffix.cls in ("Zone", "Park", "Company") and _two_character_name(stem):
            generic = False  # 小蓝经开区, 新川科技园, 小米集团: 小/新/大/老 open many names
        if suffix.cls == "Park" and stem.endswith(("中方", "外方")):
            generic = True  # “两国双园”中方园区: the Chinese side's park of a pair, named on its own elsewhere
        if not generic and suffix.cls in ("Zone", "Park") and (_kind_of_zone(text, start, stem, suffix.text)
                                                               or _designation(text, start, end)
                                                               or (_described(text, start) and not _opens_with_place(text, start, m.start())
                                                                   and not _FORMER_NAME_BEFORE.search(text, 0, start))):
            # (是广东省重点发展的临港工业区: what the zone is, no name)
            generic = True
        if suffix.cls == "Policy" and re.match(rf"[{CJK}]", text[end:end + 1]) \
                and not text.startswith(("的", "和", "与", "及"), end):
            continue  # 战略布局, 战略机遇: not the end of a name
        if suffix.cls == "Event" and text.startswith("战", end):
            continue  # 大会战: a campaign, not a meeting
        if suffix.cls == "Event" and stem and not _NUMERAL_START.match(stem):
            words = lexicon.word_set("generic_prefixes.txt") | lexicon.word_set("event_name_words.txt")
            generic = stem in words  # 签约仪式 after 出席: the event named before
        if _COUNT_AFTER.match(text, end):
            continue  # 项目共28个, 已引进上海企业项目126个: a number of things
        if generic:
            if stem and _counted(stem) and not bare_phase:
                continue  # 20个项目, 两个产业园区, 宜昌三个片区: a number of things, not one to refer to
            if _COLLECTIVE_BEFORE.search(text, 0, m.start()):
                continue  # 全省开发区实现…: all the zones of a province, not the article's
            if suffix.cls in ("Zone", "Park") and stem and _RANK_ONLY.fullmatch(stem) \
                    and not _CALLED_BEFORE.search(text, 0, m.start() - len(stem)):
                continue  # 2022年，国家级经开区实现地区生产总值14.8万亿元: all the zones of that rank
            start = start if suffix.cls == "Event" else start + bare_phase.start(1) if bare_phase else m.start()
            if bare_phase and (listed := _PHASE_LIST_BEFORE.search(text, 0, start)):
                out += _listed_phases(text, listed.start(), start, suffix.max_stem)  # X五期、六期项目
        cut = start == m.start() - suffix.max_stem and start > 0 and not _opens_with_place(text, start, m.start()) and (
            _NAME_CHAR.match(text[start - 1]) is not None or _decimal_point(text, start - 1))
        if suffix.cls in ("Zone", "Park") and re.match(r"(?:19|20)\d\d", text[start:start + 4]) \
                and _opens_with_place(text, start + 4, m.start()):
            start += 4  # 2023苏州工业园区（新加坡）投资推介会: the year of the event, not of the park's name
        if cut and suffix.cls in ("Zone", "Park") and (opening := _area_opening_before(text, start)) is not None:
            start, cut = opening, False  # 长三角G60科创走廊产业合作示范园区: long, but opening with its region
        if suffix.cls == "Project" and not generic and (phase := _PHASE_AFTER.match(text, end)):
            end = phase.end()  # X项目二期, X项目（二期）: the phase is part of the name
        if suffix.family == "university" and not generic and (campus := _CAMPUS_PLACE.match(text, end)) \
                and _only_places(campus.group(1)):
            end = campus.end()  # 香港科技大学（广州）, 哈尔滨工业大学（深圳）: the university's campus there, named so
        out.append(Candidate(start, end, suffix.cls, "suffix", suffix.family, generic, cut))
        out += _owner_of(text, start, m.start(), suffix.cls) if not generic else []
    for m in _CLAUSE_PHASE.finditer(text):  # X项目…，一期已于2022年7月建成投产: the project's first phase
        out.append(Candidate(m.start(1), m.end(1), "Project", "suffix", "project", True))
    for m in lexicon.alternation("phase_suffixes.txt").finditer(text):
        owner = _short_company_before(text, m.start())
        if owner is not None:
            out.append(Candidate(owner, m.end(), "Project", "suffix", "project"))
            out.append(Candidate(owner, m.start(), "Company", "suffix", "company"))
    firms = {(c.start, c.end) for c in out if c.cls == "Company" and not c.generic}
    return [c for c in out if c.cls != "Company" or not any(  # X集团 of X集团控股有限公司: one firm's name
        a == c.start and b > c.end and _LEGAL_FORM_AFTER.fullmatch(text, c.end, b) for a, b in firms)]


#: after a university's name, the city of its campus in brackets: （广州）
_CAMPUS_PLACE = re.compile(rf"（([{CJK}]{{2,6}})）")
#: a project's phase: 二期, 三期工程
PHASE = rf"[{CN_DIGITS}0-9]期(?:工程)?"
#: a university's or a hospital's campus after its name: 南京大学|苏州校区(项目), X大学|附属医院临港院区
CAMPUS = re.compile(rf"(?:附属)?[{CJK}]{{0,10}}?(?:校区|院区|分校|分院|新院区)(?:{PHASE})?")
#: what follows a firm's whole name in the name of its phase: 二期, 二期扩建 (X有限公司二期扩建项目)
_PHASE_OF_FIRM = re.compile(rf"{PHASE}(?:扩建|扩产|技改|改扩建)?")
#: a stem that is only a phase, maybe after a word for the firm or project named before: 二期, 公司一期, 该项目三期
_BARE_PHASE = re.compile(rf"(?:其中|该公司|本公司|公司|该项目|本项目|项目|其)?({PHASE})")
#: a phase opening a clause, said of the project before: ，一期已于…, ，二期将于…
_CLAUSE_PHASE = re.compile(rf"(?:(?<=[，,；;])|(?<=[，,；;]其中))({PHASE})(?=已|将|于|计划|预计|正在|总投资|投资|占地|规划)")
#: the phases listed before the last: 五期、|六期项目
_PHASE_LIST_BEFORE = re.compile(rf"(?:{PHASE}[、和及])+$")
_PHASES_BEFORE = re.compile(rf"({PHASE})[、和及]")


def _listed_phases(text: str, start: int, end: int, max_stem: int) -> list[Candidate]:
    """The phases of X五期、六期项目 before the last: X五期 by its name, the others by their phase (the
    resolver names them after X, as the last)."""
    phases = list(_PHASES_BEFORE.finditer(text, start, end))
    name = _strip_prefixes(text, name_start(text, start, max_stem), start, years=True)
    first = phases[0]
    named = start - name >= 2 and not is_generic(text[name:start]) and not _counted(text[name:start])
    return ([Candidate(name, first.end(1), "Project", "suffix", "project")] if named else []) + [
        Candidate(p.start(1), p.end(1), "Project", "suffix", "project", True) for p in phases[1 if named else 0:]]
#: what a firm is to another one or in its trade, said before its name: 配套企业, 龙头企业
_DESCRIBED_FIRM = re.compile(r"(?:配套|龙头|链主|骨干|上市|领军|标杆|独角兽|瞪羚|头部|核心|专精特新|高新技术)企业")


def _after_described_firm(text: str, start: int, end: int) -> int:
    """Where a firm's name opens after the words saying what it is (X配套企业|Y), if at least two
    characters of a name are left; else start."""
    found = [d.end() for d in _DESCRIBED_FIRM.finditer(text, start, end) if end - d.end() >= 2]
    return found[-1] if found else start


#: the kind of firm said before its name: 港资企业利丰集团, 民营企业X
_FIRM_KIND_BEFORE = re.compile(r"(?:港资|台资|外资|日资|韩资|美资|德资|欧资|民营|国有|中资|合资|独资)企业|央企|国企|上市公司")
#: a count of places inside a zone's stem: 30多个城市, 十个国家
_COUNT_OF_PLACES = re.compile(rf"[0-9{CN_DIGITS}]+(?:多|余)?(?:个(?:城市|国家|地区|省份?|地市|县区?)|(?:市|县|区|地市)(?!级))")
#: a phase after a project's name: 二期, （三期）, 一期工程
_PHASE_AFTER = re.compile(rf"（{PHASE}）|{PHASE}(?![{CJK}])|{PHASE}(?=[在于已将正顺开竣投签落由的和及、启建完达总第全如提即主])")


def _zone_s_projects(text: str, start: int, head: int) -> bool:
    """The words before 项目 are a zone's name, or a zone's name and a trade (南昌高新区航空产业|项目集中开工):
    the zone's projects, no project's name."""
    zones = [e.end() for e in _SUFFIXES.finditer(text, start, head)
             if lexicon.suffix_by_text()[e.group()].cls in ("Zone", "Park", "FreeTradeZone")]
    if not zones:
        return False
    rest = text[zones[-1]:head]
    return not rest or (rest.endswith("产业") and len(rest) <= 8) or lexicon.only_words(rest, "industries.txt")


def _kind_of_facility(words: str) -> bool:
    """The words only say what kind of facility or industry a firm's project is (总部, 研发中心, 动力电池, 超级工厂二期,
    二期生产基地): no name."""
    if (first := _PHASE_OF_FIRM.match(words)) and first.end() < len(words):
        words = words[first.end():]
    phase = next((p for p in lexicon.words("phase_suffixes.txt") if words.endswith(p) and len(words) > len(p)), "")
    words = words[:len(words) - len(phase)]
    if re.fullmatch(r"(?:超级|智能|灯塔|数字化|未来)工厂|增资(?:扩产|扩建|扩能)?|(?:新建|改|)扩(?:产|建|能)|技改", words):
        return True  # (X有限公司增资扩产项目: the firm's capital increase, no name of its own)
    suffix = lexicon.suffix_of(words) if words else None
    return bool(words) and (lexicon.alternation("industries.txt").fullmatch(words) is not None or re.fullmatch(r"(?:区域|地区|西南|华南|华东|华北|华中|西北|东北|中国|全国|研发|运营|结算)?总部",
                                         words) is not None or (suffix is not None and suffix.text == words))


#: before a quoted name: it is what something is called (作为‘一号工程’, 列为“头号工程”)
_SLOGAN_BEFORE = re.compile(r"(?:作为|列为|当作|当成|视为|称为|是|实施|打造|坚持|抓好|推进)(?:招商引资|招商|项目建设|产业)?$")


#: a parent firm before the kind of subsidiary it has: 宁德时代|全资子公司
_PARENT = re.compile(rf"(?P<parent>[{CJK}A-Za-z]{{2,8}}?)(?:全资|控股|旗下)?子公司$")
#: characters that make an ending's last character part of a longer word (区域, 工程师, 集团化), by that character
_LONGER_WORD = {"区": "域", "程": "师项院", "团": "化", "目": "化", "司": "化制", "城": "区市镇际乡", "行": "业"}


#: what a registered name adds after its group's name: X集团|控股有限公司
_LEGAL_FORM_AFTER = re.compile(r"(?:控股|投资|实业|发展)?(?:集团)?(?:股份)?有限(?:责任)?公司")


#: words that end a name elsewhere but belong inside a firm's registered name (苏州工业园区开发建设有限公司,
#: 物业服务有限公司), by the last two characters of the ending
_KEPT_IN = {"公司": frozenset({"建设", "服务"})}


#: right before a generic ending: all such things of an area (全省开发区, 各园区, 全市重点项目, 全省开发区（园区）)
_COLLECTIVE_BEFORE = re.compile(r"(?:全(?:省|市|国|县|州)|各(?:地|类|级)?|所有)(?:重点|重大|各类|各)?(?:开发区（|园区（)?$")


#: a stem that is a rank only: 国家级, 省级
_RANK_ONLY = re.compile(r"(?:国家级|省级|市级|自治区级|州级|县级)")
#: a province's rank opening the words: 广西壮族自治区级新区, 浙江省级开发区 (a rank, no name)
_PROVINCE_RANK = re.compile(rf"[{CJK}]{{1,8}}?(?:省|自治区)级")
#: before a zone's kind: what a zone is called or becomes (是国家级经开区, 升级为国家级经开区, 首批国家级…)
_CALLED_BEFORE = re.compile(r"(?:是|为|作为|成为|升级为|获批|批准为|认定为|跻身|首批|首个|之一的|一家|一个|该|本)$")


def _builds_a_named_project(text: str, pos: int, by_text: dict) -> bool:
    """A project's name follows pos in its clause (扩建|特种玻璃生产线), so the word before pos is a verb."""
    if text.startswith(("其", "了"), pos):
        return True  # 扩建其…中心, 扩建了…: a verb and its object
    clause = re.match(r"[^，。；、：]{2,20}", text[pos:])
    return clause is not None and _NAME_CHAR.match(text, pos) is not None and any(
        by_text[f.group()].cls == "Project" for f in _SUFFIXES.finditer(clause.group()))


#: words ending in 为 or 的 that are no brand (成为, 作为 …)
_WORDS_ENDING_WEI = frozenset({"成为", "作为", "认为", "因为", "以为", "行为", "视为", "称为", "列为", "评为", "定为",
                               "改为", "更为", "最为", "较为", "尤为", "极为", "分为", "名为", "目的", "有的"})
#: before a firm's ending with no name left: a brand of a character and 的/为 opening its clause or list (美的集团)
_BRAND_OVER_BOUNDARY = re.compile(r"(?:^|[，。；：、“（]|[与和及同了有的]|(?:集聚|聚集|引进|包括|吸引|共建|建设|新建|打造))"
                                  r"[\u4e00-\u9fff][的为]$")


def _firm_name_start(text: str, start: int, head: int, max_stem: int, keep: frozenset[str]) -> int:
    """A registered firm's name needs its own words: when the stem is only descriptive (技术 of
    华为技术有限公司, cut at 为; 系统 of …连接系统股份有限公司, cut at 连接), the name reaches back over that boundary."""
    word = next((w for w in lexicon.words("boundary_words.txt") if text.endswith(w, 0, start)), None)
    if word is None and (start == 0 or not _is_boundary(text[start - 1])):
        return start
    word = word or text[start - 1]  # (苏州瑞可达|连接|系统股份有限公司: a boundary word inside the name)
    before = name_start(text, head, max_stem, keep | {word})
    return before if before < start - len(word) and not is_generic(text[before:head]) else start


def _two_character_name(stem: str) -> bool:
    """A zone's two-character name opening with 新, 大, 小, 老 or a numeral (小蓝, 新川 of 新川创新, 大港, 两江),
    not a descriptive word (新兴, 大型), a count (两个, 三大) or one plus a character that ends names (新的, 大批)."""
    generic = lexicon.alternation("generic_words.txt")
    words = [w for w in lexicon.words("generic_words.txt") if len(w) > 1]
    while len(stem) > 2:  # 新川创新 → 新川: descriptive words after the name
        stem_before = stem
        stem = next((stem[:-len(w)] for w in words if stem.endswith(w)), stem)
        if stem == stem_before:
            break
    if len(stem) == 2 and stem[0] in "两三四五六七八九千万" and stem[1] in "个家条项批期座所余多大类种位名年次":
        return False  # 两个, 三大: a count
    return (len(stem) == 2 and stem[0] in "新大小老两三四五六七八九千万" and re.fullmatch(rf"[{CJK}]", stem[1]) is not None
            and not generic.fullmatch(stem) and not generic.match(stem, 1) and not _is_boundary(stem[1])
            and stem[1] not in lexicon.word_set("boundary_chars_cautious.txt"))


#: before what a named project holds (该项目主要建设整车及零部件生产线), not a project's own name
_CONTENT_BEFORE = re.compile(r"建设内容[：:][^。；]*$"  # (a listing's field: everything on its line is content)
                             r"|(?:主要(?:建设|包括|建有|生产)|建设内容(?:[：:]|为|包括|主要为|主要包括)(?:新建|扩建|建设)?"
                             r"|项目[，,](?:由[^，。；]{2,40}?(?:投资)?(?:建设|兴建|投建)[，,])?"
                             r"(?:(?:计划|预计)?总投资[^，。；]{2,16}[，,])?(?:将|拟|计划|规划)?(?:主要)?(?:新建|建设))"
                             # (X项目，(由Y投资建设，)(总投资80亿元，)将建设…生产线: what X holds)
                             r"(?:[^，。；：]*?[和及、])?$")
_COPULA_BEFORE = re.compile(r"(?:是|为|成为|作为|属于)[^，。；：]*的$")


#: a 的 and a list of words after it, up to a name's start: 的房地产开发、投资及
_LISTED_AFTER_DE = re.compile(rf"的[{CJK}、]{{2,20}}[及和与、]$")


def _described(text: str, start: int) -> bool:
    """The name stands after 是…的 in its clause: a description of the subject (该项目是中国首批外商独资的
    重化工项目), not a name of its own."""
    if text[start - 1:start] != "的":  # 是…领先的房地产开发、投资及资本管理公司: the 的 before a list of trades
        listed = _LISTED_AFTER_DE.search(text, clause_start(text, start), start)
        start = listed.start() + 1 if listed and "、" in listed.group() else start
    copula = _COPULA_BEFORE.search(text, clause_start(text, start), start) if text[start - 1:start] == "的" else None
    if copula is not None and (re.match(rf"[{CN_DIGITS}]是", text[copula.start() - 1:copula.end()])
                               or _AMOUNT_DESCRIBED.fullmatch(text, copula.start(), start)):
        return False  # 二是总投资20亿元的X项目: an item of a list, with its amount, named
    return copula is not None and (not lexicon.BUILT_BY_BEFORE.search(text, 0, start)  # 是X集团投资建设的Y项目: who
                                   or _SUPERLATIVE.search(text, copula.start(), start) is not None)  # built it, a name
    # (but 是全球首个专为纯电车型打造的智能工厂: a first of its kind)


_COPULA_END = re.compile(r"(?:是|为|成为|作为|系)$")
#: after a copula, only the amount of what is named: 是总投资20亿元的 (X项目)
_AMOUNT_DESCRIBED = re.compile(r"(?:是|为)(?:计划|预计)?总?投资(?:额)?(?:约|超过|超|达|近)?[0-9.]+[万亿]*(?:元|美元|欧元|日元|英镑)的")
_SUPERLATIVE = re.compile(r"首家|首个|首座|第一家|第一个|唯一|最大|最先进")
#: a copula earlier in the clause, then whose or where the thing is: 是宝马集团在华 (最大…项目)
_COPULA_IN_CLAUSE = re.compile(r"(?:是|成为|系)[^，。；是]{0,16}(?:在华|在中国|在国内|在全球|在亚洲|的)$")


#: before a project's or facility's kind: what a project aims to become (将打造全球领先的|重卡灯塔工厂)
_AIM_DESCRIBED = re.compile(r"(?:打造|建成|建设成为?|成为)(?:为|成)?[^，。；]{0,12}?(?:领先|一流|标杆|示范|先进|最大)的$")
#: before a zone's name in its clause: what it was called before (前身是1992年设立的X开发区)
_FORMER_NAME_BEFORE = re.compile(r"(?:前身|原名|原称|原来)[^，。；]*$")
#: a stem opening with a scale: 千亿级临港产业基地, 百亿级新材料产业园 (what a place is to become, no name)
_SCALE_OPENING = re.compile(r"(?:[0-9]+|[千百万]+)亿(?:元)?级")


def _superlative_after_copula(text: str, start: int, stem: str) -> bool:
    """是全球重工行业首家灯塔工厂, 是X集团在华最大单笔投资项目: what the subject is (a first, the only, the
    largest), not a name."""
    return _SUPERLATIVE.search(stem) is not None and (
        _COPULA_END.search(text, 0, start) is not None
        or _COPULA_IN_CLAUSE.search(text, clause_start(text, start), start) is not None)


def _granted_to(text: str, start: int) -> bool:
    """The name is in a policy's condition (对科技领军人才创业项目给予最高500万元支持): a kind of project."""
    return text.startswith("对", clause_start(text, start)) and lexicon.GRANTS.search(text, start) is not None


_FIRST_OF_KIND = re.compile(r"(?:首个|第[一二三四五六七八九十0-9]+个|唯一的?|首批)$")


#: words before an industry that make "industry + zone ending" the zones of that industry
_KIND_SCOPE = ("的", "全国", "全省", "全市", "国内", "全球", "各类", "各地", "我国")


#: after an industry's zones: their ranking (化工园区30强, 生物医药园区排名)
_RANKED = re.compile(r"[0-9一二三四五六七八九十百]+强|(?:综合)?(?:竞争力)?(?:排名|排行|榜单|名单)")
#: endings of the titles zones are given or aim at (示范区, 先行区), as well as of zones' names
_TITLE_ENDINGS = ("示范区", "先行区", "先导区")
#: what a zone aims at becoming: 全力打造X先行区, 争创X示范区
_AIMED_AT = re.compile(r"(?:打造|争创|创建|建成|建设成为?|成为|争当|当好|建设)(?:为|成)?(?:[^，。；“”]{0,12}的)?"
                       r"(?:全国|全省|国家级|省级)?$")  # (打造具有国际影响力的自主创新先导区)
#: what a zone is to become, described (打造全国领先的大数据产业集聚区)
_AIM_DESCRIPTION = re.compile(r"(?:打造|建成|建设成为?|成为)(?:为|成)?[^，。；“”]{0,12}的$")
_BATCH = re.compile(r"首批|第[一二三四五六七八九十0-9]+批|首个|首家")
_BATCH_BEFORE = re.compile(r"(?:首批|第[一二三四五六七八九十0-9]+批)$")
_DESIGNATION_BEFORE = re.compile(r"(?:首批|第[一二三四五六七八九十0-9]+批|入选|获评|获批|评为|认定为|命名为|授予|荣获|列为"
                                 r"|确定为|定位为)为?$")


def _designation(text: str, start: int, end: int) -> bool:
    """A title a zone is given, in quotes after 首批, 入选 … (入选江苏省首批“数字化转型示范园区”), a national or
    provincial one given, listed or said (获批国家知识产权示范园区, 国家知识产权示范园区名单, 是国家级境外经贸
    合作区), or a 示范区/先行区 a zone aims at or is called (打造X先行区): no zone's name."""
    if text[start - 1:start] == "“" and text[end:end + 1] == "”":
        return _DESIGNATION_BEFORE.search(text, 0, start - 1) is not None
    if _BATCH.search(text, start, end) or _BATCH_BEFORE.search(text, 0, start):
        return True  # 被认定为浙江省首批化工园区, 认定…为第三批X示范园区: a batch of zones, no zone's name
    if text.endswith(_TITLE_ENDINGS, 0, end) and (_AIMED_AT.search(text, max(0, start - 24), start)
                                                  or _DESIGNATION_BEFORE.search(text, 0, start) or (
            text.endswith("是", 0, start) and text[end:end + 1] in ("、", "，", "。", ""))
                                                  or (_COPULA_BEFORE.search(text, clause_start(text, start), start)
                                                      and not _opens_with_place(text, start, end)
                                                      and not _bilateral_opening(text[start:end]))):
        return True  # 打造长三角一体化发展先行区, 洋浦是海南自由贸易港先行区、示范区: what a zone aims at or is called
        # (是全国首个上升为国家战略的航空港经济发展先行区)
    if _opens_with_province(text, start, end) and (
            _DESIGNATION_BEFORE.search(text, 0, start) or (text.endswith(("是", "为"), 0, start)
                                                           and not _opens_with_place(text, _province_end(text, start, end), end))):
        return True  # 获批山东省化工园区, 是浙江省重点化工园区: a province's title for zones, no zone's name
    return (text.startswith("国家", start) or _RANK_ONLY.match(text, start) is not None
            or _PROVINCE_RANK.match(text, start, end) is not None) and (
        _DESIGNATION_BEFORE.search(text, 0, start) is not None or text.startswith("名单", end)
        or text.endswith(("是", "为"), 0, start)  # 是国家级境外经贸合作区: what the zone is
        or _COPULA_BEFORE.search(text, clause_start(text, start), start) is not None)  # 是经国务院批复设立的国家级X园区


#: what a zone of cooperation is for, as a description (是…最大的经贸合作区)
_WHAT_COOPERATION = frozenset({"经贸", "经济", "国际", "境外经贸", "国际经贸", "产业", "国际产业"})


#: endings of parks of one purpose, whose province-named ones are names (海南生态软件园, 贵州科学城), unlike a
#: province's zones of a rank (浙江省开发区, 江苏国家级经开区)
_ONE_PER_NAME = frozenset({"软件园", "物流园", "科学城", "科技城", "科创城", "知识城", "生态城", "生物城", "医药城",
                           "汽车城", "航空城", "大学城", "绿谷", "芯谷", "药谷", "智谷", "生态园", "研发园", "研创园",
                           "创意园", "文创园", "智造园", "创新港", "创新公园", "产业公园"})


def _kind_of_zone(text: str, start: int, stem: str, ending: str) -> bool:
    """The words name a kind of zone, not one zone: 我国唯一的农业高新区 (by its industry), 全国首个国家级X区
    (its rank), 浙江省开发区 (a province's zones: zones are named after cities and counties), 无锡市开发区
    (a city's), 北部湾经济区开发区 (a wider zone's), …的中德合作园区."""
    industry = stem + "产业" if ending.startswith("产业") else stem  # (生物|产业园区: the industry is 生物产业)
    if (text.endswith(_KIND_SCOPE + ("作为", "成为"), 0, start) or _AIM_DESCRIPTION.search(text, max(0, start - 24), start)
            or _COPULA_BEFORE.search(text, clause_start(text, start), start)) \
            and (lexicon.alternation("industries.txt").fullmatch(stem)
                 or lexicon.alternation("industries.txt").fullmatch(industry)
                 or lexicon.alternation("industries.txt").fullmatch(stem.removesuffix("产业"))  # (大数据产业集聚区)
                 or stem in _WHAT_COOPERATION):
        return True  # 我国唯一的农业高新区, 是…重点打造的航空产业集聚区: zones of an industry, what a zone is
    end = start + len(stem) + len(ending)
    end += ending.endswith("园") and text.startswith("区", end)
    if _RANKED.match(text, end) and (lexicon.alternation("industries.txt").fullmatch(stem)
                                     or lexicon.alternation("industries.txt").fullmatch(industry)):
        return True  # 2022年化工园区30强名单: the ranking of an industry's parks
    if _FIRST_OF_KIND.search(text, 0, start) and (stem.startswith(("国家级", "省级"))
                                                   or not _opens_with_place(text, start, start + len(stem))
                                                   or _COPULA_BEFORE.search(text, clause_start(text, start), start)):
        # (全国首个自费开发区: a kind; zones' names open with their place)
        return True  # 是全国首个国家级航空港经济综合实验区, 是全国唯一的内河港型保税区: what the zone is, not its name
    places = lexicon.gazetteer().lookup(stem)
    if places and places[0].cls == "City" and stem.endswith("市") and ending == "开发区":
        return True  # 无锡市开发区考核结果: a city's zones
    own = re.sub(f"(?:{lexicon.alternation('generic_words.txt').pattern})+$", "", stem)  # 海南自贸港|重点
    inner = lexicon.suffix_of(own)
    if ending in ("开发区", "园区") and inner is not None and inner.cls in ("Zone", "FreeTradeZone") \
            and len(own) > len(inner.text) and (ending == "开发区" or own != stem):
        return True  # 北部湾经济区开发区, 海南自贸港重点园区: the zones of a wider zone
    province = places or lexicon.gazetteer().lookup(own)  # 江苏省国家级经开区: a province's national zones
    free_trade = lexicon.suffix_by_text()[ending].cls == "FreeTradeZone"  # (新疆自贸试验区: the province's one)
    one_of_a_kind = ending in _ONE_PER_NAME and not own.endswith("省")  # (海南生态软件园: a name)
    return bool(province) and province[0].cls == "Province" and not free_trade and not one_of_a_kind \
        or _bilateral_description(stem, ending, text[:start])


def _counted_beyond(text: str, start: int, head: int, suffix, keep: frozenset[str]) -> bool:
    """A stem cut by the name's length limit inside a longer run that opens with a count (not a
    phase): a kind of things (第一个国家级开发开放新区 → not 家级开发开放新区; 首批20个成渝地区双城经济圈…园区)."""
    if start != head - suffix.max_stem or start == 0 or not _NAME_CHAR.match(text[start - 1]):
        return False
    run = start
    while run > max(0, start - 8) and _NAME_CHAR.match(text[run - 1]):
        run -= 1
    for m in _NUMERAL_START.finditer(text, run, start):
        if m.end() <= start + 1 and (not m.group().endswith("期") or is_generic(text[m.end():head])):
            return True
    return False


def _counted(stem: str) -> bool:
    """The stem opens with a number of things (20个重点, 第9个国家级, 两期) or ends with one before descriptive
    words (中部地区首个国家级); a phase before a name of its own (三期集装箱码头) is part of the name."""
    m = _NUMERAL_START.match(stem)
    if m is None:  # 中部地区首个国家级: a count later in the stem, before descriptive words only
        return any(not later.group().endswith("期") and (later.end() == len(stem) or is_generic(stem[later.end():]))
                   and not (later.group().startswith("第") and not is_generic(stem[:later.start()])
                            and not _only_places(stem[:later.start()]))
                   for later in _NUMERAL_START.finditer(stem, 1))  # (X飞机第二条总装线: X's second line, a name;
        # 浙江省第四个省级新区: the province's fourth, a count)
    rest = stem[m.end():]
    return not m.group().endswith("期") or not rest or is_generic(rest)


def _generic_tail(text: str, start: int, stem: str) -> bool:
    """The stem ends with a word of a kind of projects (园区重点, 阳新片区新老, 汽车配套) after nothing of a name
    of its own: not after a firm's name and a product (X有限公司OLED面板配套项目)."""
    tail = next((t for t in lexicon.words("generic_tails.txt") if stem.endswith(t)), None)
    if tail is None:
        return False
    rest = stem[:-len(tail)]
    return not (_FIRM_BEFORE.search(text, 0, start) and rest and not is_generic(rest) and not _only_places(rest)
                and not lexicon.only_words(rest, "industries.txt", "generic_words.txt"))


#: a firm's name ending right before: X有限公司|OLED面板配套项目, X集团|新能源汽车全产业链项目
_FIRM_BEFORE = re.compile(r"(?:公司|集团|株式会社)$")


def _places_and_words(stem: str) -> bool:
    """The stem is places and descriptive words only (德国企业投资|项目, 江苏重点|项目): a kind, no name."""
    found = lexicon.gazetteer().scan(stem)
    rest = stem
    for a, b, _ in reversed(found):
        rest = rest[:a] + rest[b:]
    return bool(found) and lexicon.only_words(rest, "generic_words.txt")


def _only_places(words: str) -> bool:
    """The words are place names only (浙江省, 江苏省南京市)."""
    found = lexicon.gazetteer().scan(words)
    return bool(found) and "".join(f for _, _, f in found) == words


def _bilateral_description(stem: str, ending: str, before: str) -> bool:
    """中 and a country's one-character name with only generic words: 中德国际合作产业园, …的中德合作园区
    (a kind of park, not its name)."""
    m = lexicon.BILATERAL_OPENING.match(stem + ending)
    if m is None or m.group(1) not in lexicon.country_abbreviations():
        return False
    return is_generic(stem[2:]) if len(stem) > 2 else ending.startswith("合作") and before.endswith("的")


def _joined_in_name(text: str, i: int) -> bool:
    """text[i] is 与, 和, 及 or 、 between two industries or activities, inside a project's name
    (动力电池及储能电池, 研发与产业化), not between two names."""
    if i < 2 or text[i] not in "与和及、":
        return False
    terms = lexicon.word_set("industries.txt") | lexicon.word_set("project_activities.txt")
    after = _CAPACITY.match(text, i + 1).end()  # 高效电池和10GW高效组件: a capacity and descriptive words first
    described = after + len(lexicon.opening_words(text[after:after + 8], "generic_words.txt"))
    follows = lexicon.alternation("industries.txt", "project_activities.txt")
    before = any(text[i - n:i] in terms for n in range(2, min(i, 6) + 1)) \
        or re.search(r"[A-Z]{2,}$", text[max(0, i - 8):i]) is not None  # (MEMS和功率器件: a product's Latin name)
    return before and (follows.match(text, after) is not None or follows.match(text, described) is not None)


def _built_pair_start(text: str, i: int, max_stem: int, keep: frozenset[str]) -> int | None:
    """Where a project's name opens when 及 or 和 at i joins two things built under one name right after a
    verb of building (建设|体外诊断试剂及仪器生产基地): the part before it names no place and ends no name
    of its own (not 建设研发中心及生产基地); else None."""
    if i < 2 or text[i] not in "及和":
        return None
    left = name_start(text, i, max_stem, keep)
    if i - left < 2 or not _BUILT.search(text, 0, left) or _SUFFIXES.search(text, left, i) \
            or _opens_with_place(text, left, i):
        return None
    return left


def _joined_fields(text: str, i: int, head: int) -> bool:
    """text[i] is 与, 和 or 及 between two fields of science inside an institution's name
    (纳米技术与纳米仿生研究所, 材料科学与工程学院), not between two institutions or a firm and one."""
    if i < 2 or text[i] not in "与和及":
        return False
    fields = lexicon.words("disciplines.txt")
    return text[i + 1:head].startswith(fields) and text[max(0, i - 4):i].endswith(fields)


def _association_of_two_trades(text: str, start: int) -> int:
    """Where an association's name opens when a 和/与/及 before start joins two trades after a place's name
    (中国石油|和|化学工业联合会): at the place; else start."""
    if start < 4 or text[start - 1] not in "和与及":
        return start
    before = text[max(0, start - 9):start - 1]
    found = lexicon.gazetteer().scan(before)
    if not found:
        return start
    a, b, _ = found[-1]
    trade = before[b:]
    if 2 <= len(trade) <= 4 and re.fullmatch(rf"[{CJK}]+", trade) and not any(_is_boundary(c) for c in trade):
        return start - 1 - len(before) + a
    return start


def _joins_fields_of_institution(text: str, i: int, end: int) -> bool:
    """text[i] joins two fields of science and text[i + 1:end] ends with an institution's ending."""
    return _joined_fields(text, i, end) and getattr(lexicon.suffix_of(text[i + 1:end]), "cls", None) == "Institution"


#: a yearly capacity inside a project's name: (年产)10GW, 20万辆, 5000吨
_CAPACITY = re.compile(r"(?:年产)?(?:[0-9.]+(?:万|亿)?(?:[A-Za-z]+|吨|台|辆|片|套|只|件|平方米)?)?")


def _industry_term_at(text: str, pos: int, longer_than: int) -> bool:
    """An industry term longer than longer_than starts at pos (工程机械 at 工程)."""
    m = lexicon.alternation("industries.txt").match(text, pos)  # longest first
    return m is not None and len(m.group()) > longer_than


def _zone_name_before(text: str, start: int, head: int, by_text: dict) -> int | None:
    """The end of a zone's or park's name that opens text[start:head] and is followed by a date or by
    descriptive words only (徐州经开区重大产业项目: the zone's projects), else None."""
    for m in _SUFFIXES.finditer(text, start, head):
        end = m.end()
        if (aside := _BRACKETED.match(text, end, head)) and _only_places(aside.group()[1:-1]):
            end = aside.end()  # 无锡高新区（新吴区）|外资项目: the zone's other name, a place
        if by_text[m.group()].cls in ("Zone", "Park", "FreeTradeZone") and (
                _YEAR_START.match(text, end, head) or (head - end >= 2 and is_generic(text[end:head]))
                or _firm_opens(text, end, head)):
            return end
    return None


def _firm_opens(text: str, pos: int, head: int) -> bool:
    """A firm's short name opens text[pos:head], with more of the project's name after it (绍兴滨海新区|长电科技|
    绍兴12英寸…封装项目: the zone's project of that firm, named after the firm)."""
    for suffix in lexicon.words("company_short_suffixes.txt"):
        at = text.find(suffix, pos + 2, min(head, pos + 8))
        if at != -1 and head - (at + len(suffix)) >= 4 and _short_company_before(text, at + len(suffix), pos) == pos:
            return True
    return False


def _owner_of(text: str, start: int, head: int, cls: str) -> list[Candidate]:
    """A project named after its company (恒远铝业项目 → 恒远铝业), or opening with its firm's brand before the
    place it builds in (特斯拉上海超级工厂, 宁德时代（洛阳）…基地项目 → 特斯拉, 宁德时代), before its ordinal
    site (蔚来第二先进制造基地) or as a short name (联宝科技新一代…基地项目)."""
    if cls != "Project" or text.endswith(("有限公司", "有限责任公司", "集团"), 0, start):
        return []  # X股份有限公司智能汽车电子项目: the firm named before it owns it
    owner = _short_company_before(text, head, start)
    if owner is not None:
        return [Candidate(owner, head, "Company", "suffix", "company")]
    brand = _brand_opening(text, start, head)
    if brand is None:
        return []
    return [Candidate(_after_foreign_country(text, start, brand), brand, "Company", "suffix", "company")]


_AMOUNT_ONLY = re.compile(rf"(?:最高|不超过|最多)?[0-9.{CN_DIGITS}]+[万亿]*(?:元|美元|欧元)?(?:以上|以下)?")
_ORDINAL_SITE = re.compile(r"第[二三四五六七八九十]")
#: a generation of a production line: 第8.6代, 第六代
_GENERATION = re.compile(rf"第[0-9.{CN_DIGITS}]+代")


def _short_endings() -> tuple[str, ...]:
    return tuple(lexicon.words("company_short_suffixes.txt"))


def _place_end(text: str, at: int, head: int) -> int:
    end = at + _place_length(text, at, head)
    return end + (1 if text.startswith("）", end) else 0)


def _brand_opening(text: str, start: int, head: int) -> int | None:
    """The end of a firm's brand of 2–5 characters that opens a project's name: before a place (in brackets
    or not) followed by more of the name (特斯拉上海超级工厂), before an ordinal site (蔚来第二先进制造基地) or
    as a short name (联宝科技新一代…基地项目); None when the opening words are a place, an industry, a region
    or descriptive words."""
    for n in range(2, 6):
        brand = text[start:start + n]
        at = start + n + (1 if text.startswith("（", start + n) else 0)
        if at >= head:
            return None
        short = brand.endswith(_short_endings())
        if short:  # (not 华润|微电子)
            ending = next(e for e in _short_endings() if brand.endswith(e))
            short = not _cuts_a_word(text, start + n - len(ending), len(ending))
        if (_ORDINAL_SITE.match(text, at, head) and (n == 2 or short) or (n == 4 and short and head - at >= 4)
                or (n <= 4 and _GENERATION.match(text, at, head))  # 京东方|第8.6代AMOLED生产线项目
                or (n == 4 and _industry_term_at(text, at, 1) and _no_industry_inside(text, start, at)
                    and _NO_BRAND_OF_FOUR.search(brand) is None and not _bilateral_opening(brand)
                    and "公司" not in text[start:head])  # 东方盛虹|新材料项目 (not inside a firm's whole name)
                or (n == 5 and short and head - at >= 3  # 比亚迪汽车|工业园项目 (not 博世|新能源汽车…)
                    and not any(_industry_term_at(text, start + i, 1) for i in range(3)))
                or _opens_with_place(text, at, head) and _place_end(text, at, head) + 2 <= head
                and not _SUFFIXES.match(text, at) and not _word_not_place(text, at, head)) \
                and _may_be_brand(brand):  # (合作 of 合作区 is no place: 深汕特别合作区 opens with no brand)
            return start + n
    return None


def _word_not_place(text: str, at: int, head: int) -> bool:
    """The short form of a county opening text[at:] (资源 of 资源县) is a word there, not the place: it is what
    is developed or used (盐湖锂|资源|开发项目; not 中电海康|嘉善|物联网产业基地项目, 华为|青浦|研发中心项目)."""
    if _place_at(text, at, head):
        return False
    return _DEVELOPED.match(text, _place_end(text, at, head)) is not None


#: after a word for a resource: it is developed or used (资源开发, 资源综合利用)
_DEVELOPED = re.compile(r"(?:综合)?(?:开发|利用|回收)")


#: what a four-character brand does not hold: numerals (年产十万), non-CJK, or a kind of thing at its end
_NO_BRAND_OF_FOUR = re.compile(rf"[^{CJK}]|[一二三四五六七八九十百千万亿两年]|(?:产品|班列|中心|平台|公寓|小镇|片区|新城|基地|园区)$")


def _bilateral_opening(words: str) -> bool:
    """中 and a country's one-character name open the words (中欧, 中德): a bilateral thing, not a brand."""
    m = lexicon.BILATERAL_OPENING.match(words)
    return m is not None and m.group(1) in lexicon.country_abbreviations()


def _no_industry_inside(text: str, start: int, end: int) -> bool:
    """No industry term starts inside text[start:end] (海上风电|装备 opens with an industry, not a brand)."""
    return not any(_industry_term_at(text, i, 1) or lexicon.alternation("generic_words.txt").match(text, i)
                   for i in range(start, end))


def _cuts_a_word(text: str, pos: int, length: int) -> bool:
    """A word of a line of business longer than length starts at pos: 新材 of 新材料, 微电 of 微电子 end no
    firm's name there."""
    business = lexicon.alternation("firm_business_words.txt").match(text, pos)  # longest first
    return business is not None and len(business.group()) > length


def _may_be_brand(brand: str) -> bool:
    """Not places only (宁德时代 may open with one), not an industry's words (数字科技), a region or
    descriptive words."""
    own = brand
    for a, b, _ in reversed(lexicon.gazetteer().scan(brand)):
        own = own[:a] + own[b:]
    ending = next((e for e in _short_endings() if brand.endswith(e) and len(brand) > len(e)), "")
    stem = brand[:len(brand) - len(ending)]
    return re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", brand) is not None and len(own) >= 2 and not is_generic(own) \
        and not _industry_term_at(brand, 0, 1) and brand not in lexicon.word_set("regions.txt") \
        and not any(t.startswith(stem) for t in lexicon.words("industries.txt"))


def _short_company_before(text: str, end: int, lo: int | None = None) -> int | None:
    """Start of a company short name (X铝业, X微电) ending at end, or None."""
    for suffix in lexicon.words("company_short_suffixes.txt"):
        if text.endswith(suffix, 0, end):
            start = lo if lo is not None else _strip_prefixes(text, name_start(text, end - len(suffix), 8), end)
            stem = text[start:end - len(suffix)]
            if 2 <= len(stem) <= 6 and not is_generic(stem) and all(_NAME_CHAR.match(c) for c in stem) \
                    and not lexicon.only_words(stem, "firm_business_words.txt") \
                    and not any(lexicon.alternation("industries.txt").fullmatch(text, i, end)
                                for i in range(start, end - len(suffix))) \
                    and _KIND_IN_STEM.search(stem) is None:
                return start  # (新能源汽车 is an industry, not a firm 新能源 of cars; 研发中心|生物医药 no firm)
    return None


#: words of a kind of place or thing, which no firm's short name holds (研发中心, 人才公寓, 总部经济)
_KIND_IN_STEM = re.compile(r"中心|公寓|经济|基地|平台|小镇|片区|新城|园区|振兴|项目")


def _decimal_point(text: str, i: int) -> bool:
    """A point between digits (第8.6代), a hyphen or space between Latin letters (LTPS-AMOLED, SK On) or the
    slash of a yearly capacity (4000万吨/年): part of a name, not a break."""
    if not (0 < i < len(text) - 1):
        return False
    if text[i] == ".":
        return text[i - 1].isdigit() and text[i + 1].isdigit()
    if text[i] == "/":  # 4000万吨/年炼化一体化项目: a capacity per year
        return text[i - 1] in "吨件台辆套片" and text[i + 1] == "年"
    left, right = text[i - 1], text[i + 1]
    if text[i] == " ":  # SK On: a space between Latin words
        return left.isascii() and right.isascii() and left.isalpha() and right.isalpha()
    if text[i] == "-" and _GREEK.match(left):  # α-烯烃: a chemical's name
        return _NAME_CHAR.match(right) is not None
    return text[i] == "-" and left.isascii() and right.isascii() and left.isalnum() and right.isalnum() \
        and (left.isalpha() or right.isalpha())  # not a range of years: 2021-2025年


def name_start(text: str, head: int, max_stem: int, keep: frozenset[str] = frozenset(), min_left: int = 0,
               quoted_head: bool = False) -> int:
    """Where a name ending at ``head`` (its suffix) begins: after the last boundary word.

    Words in ``keep`` are not boundaries (签约 inside 集中签约仪式). A name the length limit cuts
    inside a word may run up to ``_OVER_LIMIT`` characters further, to a boundary word before it
    (推进|成渝地区双城经济圈产业合作示范园区, not 区双城经济圈…). With ``quoted_head`` a quotation right before
    the suffix is part of the name (X“双招双引”推介会)."""
    start = _name_start(text, head, max_stem, keep, min_left, quoted_head)
    if start == head - max_stem > 0 and _NAME_CHAR.match(text[start - 1]):
        longer = _name_start(text, head, max_stem + _OVER_LIMIT, keep, min_left, quoted_head)
        if head - max_stem - _OVER_LIMIT < longer < start:
            return longer
    if 0 < start < head and text[start - 1].isascii() and text[start - 1].isdigit() and text[start].isdigit():
        past = _CUT_NUMBER.match(text, start, head)  # 202|2年中德（沈阳）…产业园: a name opens after the year, not inside it
        return past.end() if past.end() < head else start
    return start


#: after Z项目: an event of the zone's projects (签约活动, 集中签约, 推介会), not of one project named after Z
_ZONE_S_PROJECTS_EVENT = re.compile(r"(?:集中)?签约活动|集中(?:签约|开工)|推介会|招商会")
#: the rest of a number the length limit cut, with its year mark: (202)2年
_CUT_NUMBER = re.compile(r"[0-9.]*年?")


#: how far a name cut by the length limit inside a word may run on to a boundary word
_OVER_LIMIT = 4


def _model_plus(text: str, i: int) -> bool:
    """The + of a model's name after a Latin letter or a digit: G8.5+基板玻璃生产线 (not 管委会+公司)."""
    return text[i] == "+" and i > 0 and text[i - 1].isascii() and text[i - 1].isalnum()


def _name_start(text: str, head: int, max_stem: int, keep: frozenset[str], min_left: int,
                quoted_head: bool = False) -> int:
    lo = max(0, head - max_stem)
    close = text.rfind("）", lo, head)
    if close != -1:  # a place in brackets is not counted: 中德（沈阳）高端装备制造产业园
        opening = text.rfind("（", max(0, lo - 8), close)
        if opening != -1 and "）" not in text[opening:close]:
            lo = max(0, lo - (close + 1 - opening))
    if lo > 0 and _NAME_CHAR.match(text[lo - 1]):  # a place cut by the limit is taken whole: 长丰县新能源…产业园
        lo = next((a for a in range(max(0, lo - 4), lo) if a + _place_length(text, a, head) > lo), lo)
        inside = next((e.end() for e in _SUFFIXES.finditer(text, max(0, lo - 8), head) if e.start() < lo < e.end()), None)
        lo = inside if inside is not None else lo  # 赣州经开|区新能源汽车科技城: the name opens after the zone's
    i = head
    while i > lo:
        if _NAME_CHAR.match(text[i - 1]) or _decimal_point(text, i - 1) or _model_plus(text, i - 1):
            i -= 1
        elif text[i - 1] == "”" and (i < head or quoted_head) and text.rfind("“", lo, i - 1) >= 0 \
                and "”" not in text[text.rfind("“", lo, i - 1):i - 1]:
            i = text.rfind("“", lo, i - 1)  # a quoted brand inside the name: “吉林一号”卫星星座组网项目
        else:
            break
    # a boundary word cut by the limit still ends where it ends: 设立 of 批复设立青岛西海岸新区
    context = i - max(0, i - _LONGEST_BOUNDARY + 1) if i == lo else 0
    window = text[i - context:head]
    cut = context
    protected = _protected(window, text[head:head + 10])
    for _, start, end in _boundary_matcher().find_matches_as_indexes(window, overlapping=True):
        # every boundary word in the window, overlaps included
        if start in protected or window[start:end] in keep or (end - start == 1 and end > len(window) - min_left):
            continue
        cut = max(cut, end)
    for start, ch in enumerate(window):
        if ch in _CAUTIOUS and start >= context and start not in protected \
                and (start < len(window) - 2 or (start == len(window) - 1 and ch in "与和及跟")) \
                and not _one_after_place(window, start) and not _one_opening_name(text, i - context + start) \
                and not _he_after_place(text, i - context + start) \
                and not (window[start] not in "与和及跟" and _place_length(window, start, len(window)) >= 2):
            cut = max(cut, start + 1)  # 和平区 is a name; X集团与园区 is a firm and 园区; 如东 of 原如东… a place
    return i - context + cut


@cache
def _boundary_matcher():
    """Every boundary word and character, found where they overlap too (Aho-Corasick)."""
    import ahocorasick_rs

    words = sorted(lexicon.word_set("boundary_words.txt") | lexicon.word_set("boundary_chars.txt"))
    return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)


def _he_after_place(text: str, i: int) -> bool:
    """text[i] is 和 right after a place's name that opens the name (浙江|和|泽医药科技股份有限公司): the brand
    holds the 和, for a place alone joined to the rest would be no name."""
    if text[i] != "和" or i < 2:
        return False
    found = lexicon.gazetteer().scan(text[max(0, i - 8):i])
    if not found or found[-1][1] != min(8, i):
        return False
    opening = i - (found[-1][1] - found[-1][0])
    if _opens_with_place(text, i + 1, min(len(text), i + 9)):
        return False  # 由成都市和四川天府新区共同建设: two names
    return opening == 0 or not _NAME_CHAR.match(text[opening - 1]) or text[opening - 1] in _CAUTIOUS \
        or any(_is_boundary(text[max(0, opening - n):opening]) for n in (1, 2, 3))  # (包括|浙江和泽…)


def _one_opening_name(text: str, i: int) -> bool:
    """text[i] is 和/与/及 after a single character that opens its phrase (诺|和|诺德（中国）制药有限公司): the
    joining character is inside the name, for one character is no name of its own."""
    return text[i] in "与和及" and i >= 1 and re.match(rf"[{CJK}]", text[i - 1]) is not None \
        and text[i - 1] not in lexicon.word_set("boundary_chars.txt") and (  # (将|与中国（湖南）自贸区: a word)
            i == 1 or not _NAME_CHAR.match(text[i - 2]) or text[i - 2] in lexicon.word_set("boundary_chars.txt"))


def _one_after_place(window: str, i: int) -> bool:
    """One character stands between a place's name and window[i] (北京协|和药厂): the joining
    character belongs to a name (北京协和), for a place and one character are no name."""
    if i < 3:
        return False
    before = window[max(0, i - 9):i]
    found = lexicon.gazetteer().scan(before)  # (成都市和…: 市 is the place's own)
    return bool(found) and found[-1][1] == len(before) - 1 and "\u4e00" <= window[i - 1] <= "\u9fff"


@lru_cache(maxsize=16384)
def _protected(window: str, after: str = "") -> frozenset[int]:
    """Positions inside name endings and place names of the window (由 in 自由贸易试验区, 于 in 于都县, 服务 in 现代服务业),
    where a boundary character does not end anything (after: the text that follows the window)."""
    inside: set[int] = set()
    for m in _SUFFIXES.finditer(window):
        inside.update(range(m.start(), m.end()))
    for a, b, _ in lexicon.gazetteer().scan(window):
        inside.update(range(a, b))
    for a, b, _ in lexicon.gazetteer().scan_weak(window):
        if _zone_ending_at(window + after, b):  # 居 in 安居经济开发区: a district's short form naming a zone
            inside.update(range(a, b))
    for m in lexicon.BILATERAL_OPENING.finditer(window):  # 中以 of 中以常州创新园: China–Israel, not 以 "by"
        if m.group(1) in lexicon.country_abbreviations():
            inside.update(range(m.start(), m.end()))
    for m in lexicon.alternation("words_in_names.txt").finditer(window):  # 利用 in 综合利用
        inside.update(range(m.start(), m.end()))
    for m in lexicon.alternation("industries.txt").finditer(window):  # 服务 in 现代服务业
        if window.startswith("业", m.end()) or len(m.group()) > 2:
            inside.update(range(m.start(), m.end() + window.startswith("业", m.end())))
    return frozenset(inside)


#: between a place and a zone's ending: what kind of zone (经济开发区, 高新技术产业开发区)
_ZONE_KIND_WORDS = re.compile(r"(?:经济|工业|高新|科技|产业|技术)*")


def _zone_ending_at(text: str, pos: int) -> bool:
    """A zone's ending follows pos, after words of its kind (经济|开发区)."""
    ending = _SUFFIXES.match(text, _ZONE_KIND_WORDS.match(text, pos).end()) or _SUFFIXES.match(text, pos)
    return ending is not None and lexicon.suffix_by_text()[ending.group()].cls in ("Zone", "Park", "FreeTradeZone")


def _boundary_ends_at(text: str, pos: int) -> bool:
    """A boundary word ends at pos (已集聚|诺和诺德)."""
    return any(_is_boundary(text[pos - n:pos]) for n in range(1, min(pos, _LONGEST_BOUNDARY) + 1))


def _is_boundary(word: str) -> bool:
    return word in lexicon.word_set("boundary_words.txt") or word in lexicon.word_set("boundary_chars.txt")


#: one-character adverbs among the prefixes that also open names (正泰, 都江堰, 均胜; not 又 of 又一外资项目)
_ADVERBS_OPENING_NAMES = frozenset("正都均")


#: a verb that a zone's name follows and never opens with: 投资, 落户, 入驻
_VERB_BEFORE_ZONE = re.compile(r"投资|落户|入驻|进驻|扎根|深耕|布局|对接|走进|来到|考察|调研")


def _strip_prefixes(text: str, start: int, head: int, years: bool = False, former: bool = False) -> int:
    """Skip time words, demonstratives and dates at the start of a candidate name
    (a bare year too when ``years``: 2022年国家级经济技术开发区, but not 2023年…签约活动; 原 "former"
    before a zone's name when ``former``, unless it opens a place: 原三山工业园区, not 原平经济开发区)."""
    changed = True
    while changed and start < head:
        changed = False
        m = _DATE_START.match(text, start, head)
        if (not m or m.end() == start) and years:
            m = _YEAR_START.match(text, start, head)
        if m and m.end() > start:
            start, changed = m.end(), True
        word = lexicon.alternation("generic_prefixes.txt").match(text, start, head)  # longest first
        if word and not (word.group() in _ADVERBS_OPENING_NAMES and (start == 0 or text[start - 1] in "的、和与及“，。；：\n ")):
            start, changed = word.end(), True  # (投资的正新轮胎…项目, ，正泰新能源科技有限公司, ，都江堰经济开发区,
            # 均胜电子: an adverb's character opens a name after 的 or at a clause's start, where no adverb stands)
        link = _ADVERB_AND_LINK.match(text, start, head)
        if link:  # ，并与园区管委会签署: an adverb and a link, no name
            start, changed = link.end(), True
        if text.startswith("内", start) and text[start - 1:start] in ("区", "园"):
            start, changed = start + 1, True  # 园区内|青海盐湖工业股份有限公司: inside the zone, no part of the name
        if text.startswith("访", start) and text.endswith(("—", "－", "-"), 0, start):
            start, changed = start + 1, True  # ——访X管委会主任: an interview's subtitle, "visiting"
        if text.startswith("继", start) and _place_at(text, start + 1, head):
            start, changed = start + 1, True  # 继上海浦东新区、天津滨海新区后: "after", not the name
        if former and (verb := _VERB_BEFORE_ZONE.match(text, start, head)) and head - verb.end() >= 2:
            start, changed = verb.end(), True  # 对投资|天府新区充满信心: the verb, no part of the zone's name
        if text.startswith("原", start) and (_place_at(text, start + 1, head)
                                            or (former and head - start >= 3 and not _opens_with_place(text, start, head))):
            start, changed = start + 1, True  # 原杭州大江东产业集聚区: "the former", not the name
    return start


#: an event's edition right before the rest of its name: 第十八届|中国—东盟博览会
_EDITION_BEFORE = re.compile(rf"第[0-9{CN_DIGITS}]+届$")
#: opening what is no part of a name but an event's edition (第四届) or 华 of 在华 (in China: 在华最大…项目)
_EDITION_OR_IN_CHINA = re.compile(rf"第[0-9{CN_DIGITS}]+届|(?<=在)华(?=最|首|第[{CN_DIGITS}0-9]|唯一)")


#: before the dash of an event's name: its year and host place, with a city in brackets (2023湖南（长沙）)
_EVENT_HOST_BEFORE = re.compile(rf"(?:(?:19|20)\d\d)?(?P<host>[{CJK}]{{2,6}}?)(?:（[{CJK}]{{2,6}}）)?$")


_CJK_RUN = re.compile(rf"[{CJK}]+")
#: in a zone's name after X—Y: the zone is shared by the two places (花桥—安亭跨省产业合作园)
_SHARED_ZONE_WORDS = re.compile(r"跨省|跨界|跨区域|跨市|一体化|合作")


def _partner_before_dash(text: str, start: int, between_places: bool = False, event: bool = False,
                         head: int | None = None) -> int:
    """A name that opens after 中国— opens with it: 中国—白俄罗斯工业园, 中国—东盟信息港股份有限公司 (a country
    joined by a dash to the partner the name goes on with); with ``between_places``, a zone named after two
    places so joined opens with the first (江宁—博望跨界一体化发展示范区), also two towns the gazetteer does not
    know when the zone's name (up to ``head``) says it is shared (花桥—安亭跨省产业合作园)."""
    if start < 3 or text[start - 1] not in "—－-–":
        return start
    gaz = lexicon.gazetteer()
    before = text[max(0, start - 7):start - 1]
    found = gaz.scan(before)
    if found and found[-1][1] == len(before) and any(p.cls == "Country" for p in gaz.lookup(found[-1][2])):
        return start - 1 - len(found[-1][2])
    if event and (m := _EVENT_HOST_BEFORE.search(text, max(0, start - 21), start - 1)) is not None \
            and gaz.lookup(m.group("host")):  # 2023湖南（长沙）—粤港澳大湾区…洽谈周: the host opens the name
        return m.start()
    if between_places and any(gaz.lookup(text[start:start + n]) for n in (2, 3)):
        first = next((n for n in (3, 2) if n <= len(before) and gaz.lookup(before[-n:])), None)
        if first is not None:  # (the place before the dash)
            return start - 1 - first
    if between_places and head is not None and _SHARED_ZONE_WORDS.search(text, start, head):
        first = name_start(text, start - 1, 3)
        places = gaz.scan(text[first:start - 1])
        if places and 2 <= start - 1 - first - places[-1][1] <= 3:
            first += places[-1][1]  # 中国老挝|磨憨—磨丁经济合作区: the town after the countries
        if 2 <= start - 1 - first <= 3 and _CJK_RUN.fullmatch(text, first, start - 1):
            return first
    return start


def _after_foreign_country(text: str, start: int, head: int) -> int:
    """A firm's name after the foreign country that describes it (德国舍弗勒集团 → 舍弗勒集团), unless
    what is left is too short to be a name of its own or only generic words (新加坡航空公司)."""
    found = lexicon.gazetteer().scan(text[start:head])
    if not found or found[0][0] != 0:
        return start
    places = lexicon.gazetteer().lookup(found[0][2])
    rest = text[start + found[0][1]:head]
    own_name = len(rest) >= 2 and rest not in lexicon.word_set("firm_business_words.txt")  # 新加坡航空公司 stays
    if places and places[0].cls == "Country" and places[0].name != "中国" and own_name and not is_generic(rest) \
            and not _industry_term_at(rest, 0, 0):
        return start + found[0][1]
    return start


def _area_opening_before(text: str, pos: int, reach: int = 8) -> int | None:
    """The farthest start, up to reach characters before pos, of a place or region that opens an unbroken
    run of name characters up to pos, or None."""
    regions = lexicon.word_set("regions.txt")
    for a in range(max(0, pos - reach), pos):
        if all(_NAME_CHAR.match(c) for c in text[a:pos]) and (
                _opens_with_place(text, a, pos) or any(text.startswith(r, a) for r in regions)):
            return a
    return None


def _opens_with_province(text: str, pos: int, end: int) -> bool:
    """A province's full name (山东省, 广西壮族自治区) starts at pos and something follows it before end."""
    return pos < _province_end(text, pos, end) < end


def _province_end(text: str, pos: int, end: int) -> int:
    """The end of the province's full name that starts at pos (pos if none)."""
    found = lexicon.gazetteer().scan(text[pos:end])
    if found and found[0][0] == 0 and found[0][2].endswith(("省", "自治区")) \
            and any(p.cls == "Province" for p in lexicon.gazetteer().lookup(found[0][2])):
        return pos + found[0][1]
    return pos


def _opens_with_place(text: str, pos: int, end: int) -> bool:
    """A place's full or short name (原平 of 原平市) starts at pos."""
    return _place_length(text, pos, end) > 0


def _place_length(text: str, pos: int, end: int) -> int:
    """The length of the place's full or short name (青浦 of 青浦区) that starts at pos, else 0."""
    gaz = lexicon.gazetteer()
    found = gaz.scan(text[pos:min(end, pos + 8)])
    if found and found[0][0] == 0:
        return found[0][1]
    return next((n for n in (3, 2) if pos + n <= end and text[pos:pos + n] in gaz.weak), 0)


def _place_at(text: str, pos: int, end: int) -> bool:
    """A place name of the gazetteer starts at pos (and ends before end)."""
    found = lexicon.gazetteer().scan(text[pos:min(end, pos + 8)])
    return bool(found) and found[0][0] == 0


@lru_cache(maxsize=65536)
def _kind_of_industry(stem: str) -> bool:
    """An industry and descriptive words only (集成电路重大制造 of 对集成电路重大制造项目给予支持): a kind of
    project, not one project's name."""
    found = lexicon.alternation("industries.txt").match(stem)  # longest first
    term = found.group() if found else None
    if term is None or term == stem:
        return False  # 新能源汽车研发中心: an industry alone names many facilities
    return _only_generic(stem[len(term):])


def _only_generic(words: str) -> bool:
    """The text is descriptive words only (重大制造, 绿色), or nothing."""
    return not words or lexicon.only_words(words, "generic_words.txt")


def _without_generic_words(text: str) -> str:
    """The text without its descriptive words (小型电池 → 电池)."""
    return lexicon.alternation("generic_words.txt").sub("", text)


def is_generic(stem: str) -> bool:
    """True when a stem is only descriptive words (跨国, 高质量 …), not a proper name (a bureau's name is one:
    招商局 of 招商局集团有限公司)."""
    if len(stem) >= 3 and stem.endswith("局"):
        return False
    generic = lexicon.alternation("generic_words.txt")
    i, kept = 0, 0
    while i < len(stem):
        m = generic.match(stem, i)
        if m:
            i = m.end()
        else:
            kept += 1
            i += 1
    return kept < 2


# --- government bodies -----------------------------------------------------------

#: after a country's name, the government of one of its states or cities: (白俄罗斯)明斯克州政府
_FOREIGN_LOCAL_GOVERNMENT = re.compile(r"[^\W\d_与和及的、]{2,5}?(?:州|省|市)(?:人民)?政府")


#: words ending like an agency that are none: (两国政府)签署, 部署, 总部, 东部 …
_NO_AGENCY_ENDINGS = ("签署", "部署", "全部", "内部", "总部", "东部", "西部", "南部", "北部", "中部", "局部", "外部")
#: after a foreign country, one of its state's agencies or ministries: (新加坡)科技研究局, (新加坡)贸工部
_FOREIGN_AGENCY = re.compile(rf"([{CJK}]{{1,6}}?)(?:局|部|署|委员会)(?=[^{CJK}]|[在与和及等的签共将于已为]|首席|主席|副|主任|总干事)"
                             rf"|([{CJK}]{{1,6}}?)(?:局|部|署)(?=长|兼)"
                             # (德国巴伐利亚州经济促进局: the agency of one of its states)
                             rf"|([{CJK}]{{2,6}}?(?:州|省|市)[{CJK}]{{2,6}}?)(?:局|署|委员会)(?=[^{CJK}]|[在与和及等的签共将于已为])")
#: before a bare body's name: all bodies of that kind (各省辖市人民政府)
_EVERY_BEFORE = re.compile(rf"各[{CJK}]{{0,3}}$")


def find_government_bodies(text: str, places: list[Candidate]) -> list[Candidate]:
    out = []
    for p in places:
        foreign = _FOREIGN_LOCAL_GOVERNMENT.match(text, p.end) if p.cls == "Country" and text[p.start:p.end] != "中国" \
            else None
        if foreign:  # 白俄罗斯明斯克州政府: the government of a place of that country
            out.append(Candidate(p.end, foreign.end(), "GovernmentBody", "government", "gov"))
        agency = _FOREIGN_AGENCY.match(text, p.end) if p.cls == "Country" and text[p.start:p.end] != "中国" \
            and not foreign else None
        if agency and (not is_generic(next(g for g in agency.groups() if g)) or _FIELDS_JOINED.fullmatch(agency.group())) \
                and "政府" not in agency.group() and not agency.group().endswith(_NO_AGENCY_ENDINGS):
            # 新加坡科技研究局, 新加坡贸工部, 德国经济和技术部 (two fields of one ministry)
            out.append(Candidate(p.start, agency.end(), "GovernmentBody", "government", "gov"))
        m = _GOV_BODY.match(text, p.end)
        if not m or any(w in m.group() for w in ("的", "与", "在", "、")) or m.group().endswith(_NOT_GOV) \
                or ("和" in m.group() and not _FIELDS_JOINED.fullmatch(m.group())):
            continue  # (文化和旅游厅, 自然资源和规划局: two fields of one body; not 和无锡市商务局)
        start = p.start - 2 if text.startswith("中共", max(0, p.start - 2)) and p.start >= 2 else p.start
        if p.cls == "Country" and not m.group().endswith("政府"):
            continue
        if p.cls == "Region" and m.group().endswith("服务中心"):
            continue  # (徐工集团设立西北区域服务中心: a firm's centre for a region, no government's)
        out.append(Candidate(start, m.end(), "GovernmentBody", "government", "gov"))
    for m in lexicon.alternation("national_bodies.txt").finditer(text):
        out.append(Candidate(m.start(), m.end(), "GovernmentBody", "government", "gov"))
    pos = 0
    while (m := _BARE_GOV.search(text, pos)) is not None:
        pos = m.start() + 1  # (a match let go may hide one inside it: 高新|区与省商务厅 holds 省商务厅)
        if any(p.start <= m.start() < p.end for p in places) or m.group().endswith(_NOT_GOV):
            continue
        if _EVERY_BEFORE.search(text, 0, m.start()):
            continue  # 各省辖市人民政府, 各县（市、区）政府: every such body, no one body
        if m.group(1) in "区县" and re.match(rf"[{CJK}]{{2}}$", text[max(0, m.start() - 2):m.start()]) \
                and not any(_is_boundary(w) for w in (text[m.start() - 1], text[m.start() - 2:m.start()])):
            continue  # 海门区委 of a district we do not know: the end of a longer name, not 区委 alone
        out.append(Candidate(m.start(), m.end(), "GovernmentBody", "government", "gov"))
        pos = m.end()
    return out


def find_known_firms(text: str) -> list[Candidate]:
    """Nationally known firms whose names are common words (招商银行, 建设银行: kg/data/known_firms.txt)."""
    return [Candidate(m.start(), m.end(), "Company", "suffix", "company")
            for m in lexicon.alternation("known_firms.txt").finditer(text)]


# --- enumerations: A、B、C等一批龙头企业 -----------------------------------------

def find_enumerations(text: str) -> list[Candidate]:
    out = []
    industries = lexicon.alternation("industries.txt")
    for m in _REPRESENTED.finditer(text):  # 以A、B、C为代表的整车企业集群
        cls = ENUM_CLASSES.get(m.group("head"))
        if cls:  # 以恒瑞医药、豪森药业为代表的医药产业集群: firms that stand for the industry, not industries
            out += [Candidate(s, e, "Company" if cls == "Industry" and not industries.fullmatch(text, s, e) else cls,
                              "enumeration") for s, e in enumeration_items(text, m.start())]
    for m in _ENUM_HEAD.finditer(text):
        cls = ENUM_CLASSES.get(m.group("head"))
        if cls is None or _ASPECT.search(m.group()):
            continue  # 从用地、租金等方面支持企业: the items are aspects, not firms
        items = enumeration_items(text, m.start(), industry=cls == "Industry")
        if m.group("counted"):  # A、B、C3家企业: as many firms as the count says (not 已集聚300家企业)
            count = small_number(m.group("counted"))
            if count and 2 <= count < len(items) and text[items[-count][0] - 1] in "与和同":
                items = items[-count:]  # X与A、B、C3家企业签约: X is who signs with them
            if cls != "Company" or count != len(items):
                continue
        if cls == "Company":  # X配套企业天宜锂业、…等龙头企业: the firm named after what it is to X
            items = [(_after_described_firm(text, s, e), e) for s, e in items]
        mixed = cls == "Company" and text.startswith(("和项目", "及项目", "和重点项目", "和重大项目"), m.end())
        if cls != "Industry":  # 德国博世、…等企业, 韩国SK On、…等项目: the firm after the country describing it
            items = [(a if cls == "Company" or text[a].isascii() or _own_class(text[a:e], cls) == "Company" else s, e)
                     for (s, e), a in ((item, _after_foreign_country(text, *item)) for item in items)]
            # (德国克诺尔集团、…等6个项目: the firm; not 韩国柔性屏, a project's name)
        if cls == "Project":  # A项目扩产、B项目等重大项目: the project, not the work on it
            items = [(s, e - len(work.group())) if (work := _WORK_ON_PROJECT.search(text, s, e)) else (s, e)
                     for s, e in items]
            items = [(by.end() if (by := _INVESTOR_OF_ITEM.match(text, s, e)) and e - by.end() >= 4 else s, e)
                     for s, e in items]  # 、海尔集团投资80亿元的|智能家电产业园项目: the project after who invests
        classes = [_own_class(text[s:e], cls) for s, e in items]
        if mixed:  # 集聚了A公司、B汽车常州基地等龙头企业和项目: the site a firm builds is a project
            classes = ["Project" if c == "Company" and text[s:e].endswith(_SITE_ENDINGS) else c
                       for (s, e), c in zip(items, classes)]
        if cls == "Project" and "Company" in classes and not any(lexicon.suffix_of(text[s:e]) for s, e in items
                                                                  if _own_class(text[s:e], cls) == "Project"):
            classes = ["Company"] * len(items)  # 落地A有限公司、旭腾新材料、长春化工等重大项目: firms, by the one named in full
        if cls == "Project":
            classes = ["Company" if c == "Project" and _short_firm_among_projects(text[s:e]) else c
                       for (s, e), c in zip(items, classes)]
            if "Company" in classes:  # 百济神州、粤芯半导体、诺诚健华等项目: brands among the firms, no projects
                classes = ["Company" if c == "Project" and _brand_only(text, s, e) else c
                           for (s, e), c in zip(items, classes)]
        short_kinds = _SHORT_KINDS[cls] if cls in _SHORT_KINDS and _lists_kinds(text, items) else 0
        out += [Candidate(s, e, item_cls, "enumeration") for (s, e), item_cls in zip(items, classes)
                if (cls == "Industry" and text[s:e] not in _NO_TRADES and not text.endswith(_NO_TRADE_ENDINGS, s, e))
                # (投资、物流等领域: 投资 is no trade; 园区运营、科技成果转化、产业基金等领域: things done, no trades)
                or not (cls == "Industry" or is_generic(text[s:e]) or industries.fullmatch(text, s, e)
                                             or e - s <= short_kinds  # (电池、电机、电控等企业: all kinds)
                                             or _title_pattern().search(text, s, e)  # (…党工委书记: a post, no firm)
                                             or _only_places(text[s:e]) or (cls == "Company" and _names_a_zone(text[s:e]))
                                             or (cls in ("Company", "Project") and lexicon.only_words(
                                                 _without_generic_words(text[s:e]), "industries.txt",
                                                 "firm_business_words.txt", "project_activities.txt")
                                                 and not text.endswith("元的", 0, s)))]
        # (电池制造等企业: a kind of firm; 动力电池、小型电池等项目: kinds of project; but 30亿元的环保智能装备等
        # 项目: one project, named by what it makes, for it has its own amount)
        # (埃塞俄比亚、肯尼亚等国家的企业: countries; 西海岸新区与A、B等企业签约: the zone is no firm)
        # 外资药企和A、B等企业: A and B; 跨境电商、保税仓储等企业: kinds of firm, no firms
    # A、B、C产业体系 / A、B、C三市 (no 等)
    known = lexicon.word_set("industries.txt")
    for m in re.finditer(rf"(?:产业(?:体系|集群|链)?|行业)(?![{CJK}])|产业(?:体系|集群|链)", text):
        items = [(s, e) for s, e in enumeration_items(text, m.start(), industry=True)
                 if not re.search("[的到从]", text[s:e])]  # (从A、B到C的完整产业链: a description, no industry)
        kinds = _COUNTED_KINDS.search(text, items[-1][0] + 2, items[-1][1]) if items else None
        if kinds:  # A、B、C三大化工产业集群: C, and three of them
            items[-1] = (items[-1][0], kinds.start())
        counted = _LIST_QUANTIFIER.fullmatch(text, items[-1][1], m.start()) if items and not kinds else kinds
        if len(items) >= 2 and (items[-1][1] == m.start() or counted) \
                and not text.endswith("等", 0, m.start()) and not text.endswith("等", 0, items[-1][1]):
            stated = small_number(counted.group("n") or counted.group("count") or "") if counted else None
            # half of them known industries, or one where the text counts them (A、B、C三大产业)
            # (an item of a few words holding a known term: 新能源装备, 高端智能制造)
            known_items = sum(text[s:e] in known or ((stated == len(items) or e - s <= 6)
                                                     and industries.search(text, s, e) is not None)
                              for s, e in items)
            if known_items * (len(items) if stated == len(items) else 2) >= len(items):
                out += [Candidate(s, e, "Industry", "enumeration") for s, e in items]
    return out


#: opening a listed project: who invests in it, and how much (海尔集团投资80亿元的, 青禾集团投资建设的)
_INVESTOR_OF_ITEM = re.compile(rf"[{CJK}A-Za-z（）()]{{2,30}}?(?:投资|投建|建设|打造)[^，。；、的]{{0,16}}的")
#: the ending of a site a firm builds: 基地, 工厂, 产业园
_SITE_ENDINGS = ("基地", "工厂", "产业园", "总部", "中心")
#: the work done on a project, after its name in a list of projects (LG显示OLED面板项目扩产)
_WORK_ON_PROJECT = re.compile(r"(?<=项目|工程)(?:改扩建|扩产|扩建|扩能|技改|改造|续建|建设)$")
#: words listed among trades that are none (经贸、投资、物流等领域)
_NO_TRADES = frozenset({"投资", "合作", "交流", "贸易往来", "招商", "人才", "资金", "技术", "服务", "管理"})
#: endings of things done or held that a list of fields names beside trades (园区运营, 成果转化, 产业基金)
_NO_TRADE_ENDINGS = ("运营", "转化", "基金", "招商", "交流", "培训")
#: in a list of kinds, items this short are kinds too, not names (电机 of firms, 单晶硅 of projects)
_SHORT_KINDS = {"Company": 2, "Project": 3}


def _lists_kinds(text: str, items: list[tuple[int, int]]) -> bool:
    """One item of the list is a kind of business or product (电池 of 电池、电机、电控等企业; 光伏组件 of
    单晶硅、光伏组件等项目): its short items are kinds too."""
    return any(lexicon.only_words(text[s:e], "industries.txt", "firm_business_words.txt", "project_activities.txt")
               for s, e in items)


def _names_a_zone(item: str) -> bool:
    suffix = lexicon.suffix_of(item)
    return suffix is not None and suffix.cls in ("Zone", "Park", "FreeTradeZone") and len(item) > len(suffix.text)


def _own_class(item: str, listed_as: str) -> str:
    """An item's class: what its own ending says if it names an organization (华电集团 among 一批重大项目
    is a firm), else the list's (a 商务区 listed among 重点项目 is a project)."""
    suffix = lexicon.suffix_of(item)
    if suffix and suffix.cls in _NAMED_BY_ENDING and len(item) > len(suffix.text):
        return suffix.cls
    return listed_as


def _brand_only(text: str, start: int, end: int) -> bool:
    """text[start:end] is a name of 4 Chinese characters holding no ending, industry, product or place (百济神州)."""
    item = text[start:end]
    return len(item) == 4 and re.fullmatch(rf"[{CJK}]+", item) is not None and lexicon.suffix_of(item) is None \
        and _no_industry_inside(text, start, end) and not _only_places(item) and not lexicon.gazetteer().scan(item)


def _short_firm_among_projects(item: str) -> bool:
    """天齐锂业、蜂巢能源等项目: an item that is a firm's short name (a brand of 2–4 characters and its line of
    business), no project (not 高端功率半导体: descriptive words and a product)."""
    if lexicon.suffix_of(item) is not None or _short_company_before(item, len(item), 0) != 0:
        return False
    ending = next(w for w in lexicon.words("company_short_suffixes.txt") if item.endswith(w))
    stem = item[:-len(ending)]
    return 2 <= len(stem) <= 4 and _no_industry_inside(item, 0, len(stem)) and not _only_places(stem)


#: classes an item's own ending gives it, whatever the list calls its items
_NAMED_BY_ENDING = {"Company", "Institution", "GovernmentBody"}  # a zone listed among projects is one


def _industry_term(text: str, s: int, e: int) -> int | None:
    """Where a known industry term ending an item starts (已集聚集成电路 → 集成电路), or None."""
    item = text[s:e]
    for term in lexicon.words("industries.txt"):  # longest first
        if item.endswith(term):
            return e - len(term)
    return None


#: verbs of growing an industry, inside what stands before a list's first industry
_GROWING = re.compile(r"发展|培育|壮大|做强|做大|布局|聚焦|孵化|引进")

#: verbs holding a joining character before a list: 涉及, 普及, 惠及; 分别与 (X分别与A、B等企业签约)
_LIST_VERB = re.compile(r"(?:(?:主要)?(?:涉及|普及|惠及|波及)|(?:分别|共同|先后)(?:与|同|和)"
                        r"|(?:先后|分别|相继|深入)(?:到|赴|走进|来到|走访))(?!.*(?:涉及|普及|惠及|波及|分别与|先后到))")
# (书记X先后到A、B、C等企业调研: the list is what he visits)
#: the verb of building before a list of what is built
_LIST_BUILT = re.compile(r"投资建设|投资兴建|投建")
#: what a list is, after its last item: (A、B、C)是张江科学城的 (三大核心产业)
_LIST_IS = re.compile(r"(?:是|成为|作为)(?:[^、和及与]*的|[^、和及与的]{0,8})$|为[^、和及与]*的$")


#: one character before 与/和 that is no name's: an adverb (并与A、B合作)
_ADVERBS_BEFORE_LINK = frozenset("并还也又均都已将")
#: an adverb and a link opening a candidate name: 并与, 还和, 同时与
_ADVERB_AND_LINK = re.compile(rf"(?:[{''.join(sorted(_ADVERBS_BEFORE_LINK))}]|同时|分别|共同)(?:与|和|同|跟)")


#: verbs that open a list of firms (已集聚|诺和诺德、…)
_LIST_OPENERS = ("集聚", "聚集", "引进", "包括", "拥有", "吸引", "汇聚")


def _list_parts(span: str, joiners: tuple[str, ...]) -> list[str]:
    """The span cut at its joiners, but a 和/及/与 that would leave a single character stays inside its item
    (诺和诺德: not 诺 and 诺德; 惠灵顿和诺德安达: two items)."""
    parts = re.split(f"({'|'.join(joiners)})", span)
    i = 1
    while i < len(parts) - 1:
        left = parts[i - 1]  # 引进了诺|和|诺德: one character after a boundary is no name either
        single = len(left) < 2 or left[-2] in lexicon.word_set("boundary_chars.txt") \
            or left.endswith(_LIST_OPENERS, 0, len(left) - 1) \
            or _one_after_place(left + parts[i], len(left))  # 北京协|和|药厂: 北京协 is no name
        joined = left + parts[i] + parts[i + 1]
        single = single or _joins_fields_of_institution(joined, len(left), len(joined))  # 纳米技术与纳米仿生研究所
        if left in _ADVERBS_BEFORE_LINK:
            i += 2  # 并与华为、中兴: 并 is an adverb, 与 links the partners
        elif parts[i] != "、" and parts[i] in joiners and (single or len(parts[i + 1]) < 2):
            parts[i - 1:i + 2] = [parts[i - 1] + parts[i] + parts[i + 1]]
        else:
            i += 2
    return parts


def enumeration_items(text: str, end: int, industry: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the items of a list A、B和C that ends at ``end``."""
    start = end
    while start > 0 and (_NAME_CHAR.match(text[start - 1]) or text[start - 1] in "、" or _decimal_point(text, start - 1)) \
            and text[start - 1] != "等":
        start -= 1  # (not into the list before: 诺和诺德、葛兰素史克等外资药企和康希诺、凯莱英等本土企业)
    verb = _LIST_VERB.search(text, start, end)
    if verb:  # 主要涉及A、B…: the list starts after the verb, whose 及 joins nothing
        start = verb.end()
    builds = [b.end() for b in _LIST_BUILT.finditer(text, start, end)]
    start = builds[-1] if builds else start  # 在A、B投资建设C、D等项目: what is built is the list
    span = text[start:end]
    if "、" not in span and "和" not in span and "及" not in span:
        return []
    quantifier = _LIST_QUANTIFIER.search(span)
    if quantifier:  # 数字经济、高端装备、新材料三大主导产业: the list ends before 三大主导
        span = span[:quantifier.start()]
    copula = _LIST_IS.search(span)
    if copula:  # A、B、C是X的三大核心产业: the list ends before 是
        span = span[:copula.start()]
    stated = small_number(quantifier.group("n") or quantifier.group("count") or "") if quantifier else None
    # 工程机械、汽车及零部件两大产业集群: as many items as the count says, so 及 joins one item's words
    joiners = ("、",) if stated is not None and stated == span.count("、") + 1 else ("、", "和", "及", "与")
    items, pos = [], start
    for part in _list_parts(span, joiners):
        if part in joiners:
            pos += len(part)
            continue
        s, e = pos, pos + len(part)
        pos = e
        if not items:  # the first item: cut what stands before it
            term = _industry_term(text, s, e) if industry else None
            if term is not None:  # 已集聚集成电路 → 集成电路, but 发展绿色建材 → 绿色建材
                named = _strip_prefixes(text, name_start(text, e, 40, min_left=2), e)
                s = named if named <= term and (named > s or _only_generic(text[named:term])) else term
            elif e - s > 1:
                part_start = s
                s = _strip_prefixes(text, name_start(text, e, 40, min_left=2), e)
                s = s if part_start == start else max(s, part_start)  # 并与|华为: not before the link
                while s > part_start and _joins_fields_of_institution(text, s - 1, e):
                    s = name_start(text, s - 1, 40, min_left=2)  # 纳米技术与纳米仿生研究所、…: one item
                if _BRAND_OVER_BOUNDARY.search(text, 0, s):
                    s -= 2  # 现有华为终端、…: a brand holding 为
                elif s - 2 >= part_start and text[s - 1] in "和及与" and not _is_boundary(text[s - 2:s]) and (
                        s - 2 == part_start or _boundary_ends_at(text, s - 2)):
                    s -= 2  # (已集聚)诺和诺德、…: one character before 和 is no name of its own
            if industry:  # 集中力量发展汽车、…, 将重点孵化汽车电子、…: the verb is no part of the first item
                s = max([s] + [v.end() for v in _GROWING.finditer(text, s, e) if e - v.end() >= 2])
            joined = _industry_term(text, max(start, s - 12), s - 1) if "及" not in joiners and s > start else None
            if joined is not None and text[s - 1] in "及和与":
                s = joined  # 聚焦汽车及核心零部件、…三大产业: the first item is 汽车及核心零部件
                opening = max(start, _strip_prefixes(text, name_start(text, s, 40, min_left=2), s))
                if industry:
                    opening = max([opening] + [v.end() for v in _GROWING.finditer(text, opening, s)])
                s = opening if s - opening <= 4 else s  # (形成稀土新材料及应用、…: 稀土 opens it)
        a = _ATTRIBUTIVE.match(text, s, e)
        if a:
            s = a.end()
        if 2 <= e - s <= 20:
            items.append((s, e))
    return items if len(items) >= 2 else []


# --- policies ------------------------------------------------------------------------

#: a quoted policy named by its field and count of articles: “人才十条”, “科技新政30条”
_QUOTED_COUNT = re.compile(rf"[“‘]([{CJK}]{{2,8}}?(?:[0-9]+|[{CN_DIGITS}]+)条)[”’]")
#: after a quoted phrase: a kind of firm (“链主”企业), or more quoted items and their count (“南繁”和“深海”两大主导产业)
_QUOTED_KIND_AFTER = re.compile(rf"(?:[和、与及]“[^“”]{{1,12}}”)*(?:型?企业|(?<=”)(?:[0-9{CN_DIGITS}]+)大)")
_QUOTED_ITEM_BEFORE = re.compile(r"”[和、与及]$")


def find_policies(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "Policy", "policy") for m in _NUMBERED_POLICY.finditer(text)]
    for m in _BOOK_TITLE.finditer(text):  # 《关于支持先进制造业高质量发展的若干措施》
        notice = _ISSUING_NOTICE.fullmatch(m.group(1))
        if notice:  # 《关于印发〈X〉的通知》: the policy is X
            out.append(Candidate(m.start(1) + notice.start(1), m.start(1) + notice.end(1), "Policy", "policy"))
        else:
            out.append(Candidate(m.start(1), m.end(1), "Policy", "policy"))
    for m in _BARE_ISSUING_NOTICE.finditer(text):  # X关于印发Y若干政策的通知: the policy is Y
        out.append(Candidate(m.start(1), m.end(1), "Policy", "policy"))
    for m in _BARE_TITLE.finditer(text):  # 《意见》明确: the policy cited before, by its kind
        out.append(Candidate(m.start(1), m.end(1), "Policy", "policy", generic=True))
    for m in _QUOTED_COUNT.finditer(text):  # “人才十条”: a policy by its field and count of articles
        out.append(Candidate(m.start(1), m.end(1), "Policy", "policy"))
    for m in _FIVE_YEAR.finditer(text):  # (“十四五”规划: the quoted name, no mark inside a name)
        if not m.group(2) and re.match(r"[”’]?(?:期间|时期|以来|末|初|开局|收官)", text[m.end(1):]):
            continue  # “十四五”期间: the years of the plan, no plan named
        quoted = m.group(2) and text[m.end(1):m.start(2)] != ""
        out.append(Candidate(m.start(1), m.end(2) if m.group(2) and not quoted else m.end(1), "Policy", "policy"))
    before, after = lexicon.policy_cues()
    for m in _QUOTE.finditer(text):
        inner = m.group(1)
        if lexicon.suffix_of(inner) or re.search(r"[。！？]", inner) \
                or lexicon.alternation("industries.txt").fullmatch(inner):
            continue  # (围绕“数字经济”和“先进制造”两大主导产业: industries, not policies)
        head = text[max(0, m.start() - 4):m.start()]
        tail = text[m.end():m.end() + 8]
        kind = _QUOTED_KIND_AFTER.match(text, m.end())
        if kind and (kind.group().endswith("企业") or kind.end() > m.end() + 4
                     or _QUOTED_ITEM_BEFORE.search(text, 0, m.start())):
            continue  # what the quoted words name is said after them: firms, or items of a counted list
        if any(head.endswith(w) for w in before) or any(tail.startswith(w) for w in after):
            out.append(Candidate(m.start(1), m.end(1), "Policy", "policy"))
    return out


# --- persons --------------------------------------------------------------------------

def _title_pattern() -> re.Pattern:
    return lexicon.alternation("titles.txt")


def find_persons(text: str) -> list[Candidate]:
    out = []
    for m in _title_pattern().finditer(text):
        name = person_name_at(text, m.end())
        if name and not any(lexicon.suffix_of(text[m.end():m.end() + name + n]) for n in (0, 1)):
            # (福州新区长乐片区: no 区长 乐片区; a name ends no zone's name)
            out.append(Candidate(m.end(), m.end() + name, "Person", "person"))
    for m in _PERSON_LIST_CUE.finditer(text):
        out += [Candidate(s, e, "Person", "person") for s, e in _person_list(text, m.end())]
    for m in _NAME_BEFORE_POSTS.finditer(text):  # 李某（X高新区党工委书记）：… (an interview's speaker)
        if is_person_name(m.group(1)) and m.group(2).endswith(tuple(lexicon.words("titles.txt"))):
            out.append(Candidate(m.start(1), m.end(1), "Person", "person"))
    if re.fullmatch(rf"[·\s]*[{CJK}]{{2,3}}(?:\s+[{CJK}]{{2,3}})*[·\s]*", text):  # a byline: ·吴某 尹某·
        for m in re.finditer(rf"[{CJK}]{{2,3}}", text):
            if is_person_name(m.group()) and not m.group().endswith(_BODY_ENDINGS) \
                    and not lexicon.alternation("national_bodies.txt").fullmatch(m.group()):
                out.append(Candidate(m.start(), m.end(), "Person", "person"))  # (国务院 signing a reply: no one)
    return out


#: last characters of a body's name, none of a person's on a line of its own (国务院, 商务部, 省政府)
_BODY_ENDINGS = tuple("院局部委厅办府署处司")
#: a line opening with who speaks: 管某：, 记者：
_SPEAKER_LINE = re.compile(rf"^[ \t]*([{CJK}]{{2,3}})[：:]", re.M)
#: who asks or answers in an interview, no person's name
_INTERVIEW_ROLES = frozenset({"记者", "主持人", "编者", "问", "答", "嘉宾", "提问"})


def interview_speakers(text: str) -> frozenset[str]:
    """The persons of an interview: names opening two lines or more with a colon (管某：…), when another
    speaker (记者：) takes turns with them."""
    counts: dict[str, int] = {}
    for m in _SPEAKER_LINE.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not any(role in counts for role in _INTERVIEW_ROLES):
        return frozenset()
    return frozenset(name for name, n in counts.items() if n >= 2 and name not in _INTERVIEW_ROLES and is_person_name(name))


def find_speakers(text: str, speakers: frozenset[str]) -> list[Candidate]:
    """A sentence opening with one of the interview's speakers (``interview_speakers``)."""
    m = _SPEAKER_LINE.match(text)
    return [Candidate(m.start(1), m.end(1), "Person", "person")] if m and m.group(1) in speakers else []


#: a name opening its line or clause, its posts in brackets after it: 李某（X高新区党工委书记）
_NAME_BEFORE_POSTS = re.compile(rf"(?:^|(?<=[。！？：\n]))([{CJK}]{{2,3}})（([^（）。，；]{{2,40}})）")


def _person_list(text: str, pos: int) -> list[tuple[int, int]]:
    m = re.match(rf"([{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}})+)(?:等|(?=出席|参加|见证|陪同))", text[pos:])
    if not m:
        return []
    out, p = [], pos
    for part in m.group(1).split("、"):
        if is_person_name(part):
            out.append((p, p + len(part)))
        p += len(part) + 1
    return out if len(out) >= 2 else []


def is_person_name(text: str) -> bool:
    surnames = lexicon.word_set("surnames.txt")
    return 2 <= len(text) <= 4 and (text[0] in surnames or text[:2] in surnames)


def person_name_at(text: str, pos: int) -> int:
    """Length of a person's name starting at pos (after a title), or 0: a Chinese name (surname and
    one or two characters) or a transliterated one with its middle dot (埃隆·马斯克)."""
    followers = lexicon.words("person_followers.txt")
    foreign = _FOREIGN_NAME.match(text, pos)
    if foreign and _title_pattern().search(text, pos, text.index("·", pos)):
        return 0  # 董事|会主席斯特凡·哈通: a title goes on; the name is after it
    if foreign:  # the last part ends where a follower word starts (马斯克 of 马斯克通过视频致辞)
        for end in range(foreign.start("last") + 1, foreign.end() + 1):
            if end == len(text) or not re.match(rf"[{CJK}]", text[end]) or text.startswith(followers, end):
                return end - pos
        return 0
    surnames = lexicon.word_set("surnames.txt")
    first = 2 if text[pos:pos + 2] in surnames else 1
    if text[pos:pos + first] not in surnames:
        return 0
    for length in (first + 1, first + 2):
        name = text[pos:pos + length]
        if len(name) < length or not re.fullmatch(rf"[{CJK}]+", name):
            return 0
        rest = text[pos + length:]
        if not rest or not re.match(rf"[{CJK}]", rest) or rest.startswith(followers):
            return length
    return 0


# --- industries ---------------------------------------------------------------------------

def find_industries(text: str) -> list[Candidate]:
    out = []
    for m in lexicon.alternation("industries.txt").finditer(text):
        end = m.end()
        if text.startswith(("开发区", "园区", "示范区"), end):
            continue  # 国家高新技术产业开发区: a kind of zone, not an industry
        if text.startswith("产业", end):
            end += 2
        elif text.startswith("业", end) and not text.startswith(("业务", "业态", "业主", "业绩"), end) \
                and not m.group().endswith("业"):
            end += 1  # 金融业增加值: the sector's name, not 金融 and 业增加值
        elif len(m.group()) <= 2 and not text.startswith(("业", "行业", *_SECTOR_WORDS), end):
            continue  # 制造, 能源: an industry only when the text says so
        if _COUNT_OF_THINGS.match(text, end) and not text.startswith("年产", m.start() - 2):
            continue  # 可容纳服务器100万台: a number of things, not their industry
        if out and out[-1].end == m.start() and (m.group() in _SECTOR_WORDS or text.startswith("产业", m.end())):
            out[-1] = Candidate(out[-1].start, end, "Industry", "industry")  # 汽车制造业, 新能源新材料产业: one industry
            continue
        out.append(Candidate(m.start(), end, "Industry", "industry"))
    return out


#: a number of things right after an industry's term: 100万台, 5万辆, 2000套
_COUNT_OF_THINGS = re.compile(r"[0-9.]+(?:万|亿)?(?:台|辆|套|片|颗|块|架|艘|只)")

#: words that make a sector of the industry before them: 汽车制造业, 电子信息制造业
_SECTOR_WORDS = frozenset({"制造业", "服务业", "制造"})


# --- captions: a short line under a picture ------------------------------------------------

def find_captions(text: str) -> list[Candidate]:
    if not re.fullmatch(rf"[{CJK}A-Za-z0-9]{{3,14}}", text):
        return []
    if lexicon.suffix_of(text):
        return []  # the suffix recognizer reads it
    if _short_company_before(text, len(text), 0) is not None:
        return [Candidate(0, len(text), "Company", "caption", "company")]
    return []
