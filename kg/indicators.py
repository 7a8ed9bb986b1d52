"""Indicators: reported figures such as 规上工业总产值同比增长48.4% or 新认定高新技术企业19家.

Each becomes an ``Indicator`` entity with ``metric``, ``value``, ``unit`` and
``period``, linked by ``hasIndicator`` from the zone, organization or industry
the clause is about.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import lexicon
from .dates import find_dates
from .model import (
    CURRENCY_UNITS,
    Article,
    Entity,
    Mention,
    Relation,
    Sentence,
    distinct_mentions,
)
from .numbers import find_money
from .resolver import ORG_CLASSES, PLACE_CLASSES, SHORT_NAME, ZONE_CLASSES, Resolution

_FIGURE = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<times>万|亿)?(?:余|多)?"
                     r"(?P<unit>%|家|个|项|次|期|所|座|户|人|名|辆|台|套|吨|标准箱|标箱|平方公里|亩|倍)(?:以上|左右)?"
                     r"(?:(?![\u4e00-\u9fff])|(?=和[0-9]))")  # (not 个人; 3.2万户和4.1万户: the first of two joined)
_TIMES = {None: 1, "万": 10_000, "亿": 100_000_000}
#: before a multiple: a growth by so many times (同比增长1.2倍), not a comparison (是全国的2倍)
_GREW = re.compile(r"(?:增长|增加|提高|提升)(?:了)?(?:约|近|超)?$")
#: units of amounts (money, land, output) that a project sentence gives about the project itself
_AMOUNT_UNITS = {"元", "美元", "欧元", "亩", "平方公里", "吨", "辆", "台", "套", "标准箱", "标箱"}
#: a yuan amount is an indicator only when what it measures is an economic aggregate
_MONEY_METRIC = re.compile(r"产值|增加值|生产总值|GDP|营收|营业收入|收入|税收|利润|出口|进口|销售|固定资产投资|工业投资|技改投资|零售总额|财政|规模|外资"
                           r"|协议投资|协议总投资|协议引资|引资|投资总额|合同投资|合同外资|签约额|签约金额|签约总额|合同金额|合同总额|合同额|协议金额|意向投资|到位资金|到位内资|利用内资|贸易额|交易额|成交额")
_CLAUSE = re.compile(r"(?:[，,；;：:。\s]|——)+")  # a title's space separates clauses too (one dash joins two names: 中国—白俄罗斯)
_LEADING = re.compile(r"^(?:此次|本次|今年|去年|前年|当年|上年|目前|其中|包括|共有|拥有|现有|已有|已|共|累计|完成|实现|全年|还|再|均|也|总共|合计)+")
#: examples named in a list before 等, after the verb (集聚|A、B、C等|外资企业)
_NAMES_LISTED = re.compile(r"(?:(?<=集聚)|(?<=聚集)|(?<=引进)|(?<=吸引)|(?<=包括)|(?<=有)|(?<=了)|(?<=和))"
                           r"(?:[^、，。；等]{2,20}、)+[^、，。；等]{2,20}等(?:一批)?")
_TRAILING = re.compile(r"(?:已|完成|实现|达到|达|为|超过|超|逾|近|高达|多达|突破|均超过|分别为|约|共|总计|合计|扩大至|扩大到|增至|增加到|提高到|提高至|提升至|提升到)+$")
_MAX_METRIC = 20
#: periods that are not calendar dates: 一季度, 前三季度, 1—2月, 上半年
_SPAN = r"前[0-9一二三四五六七八九十两]{1,2}个月|前?第?[一二三四1-4]季度|\d{1,2}[—\-－~至到]\d{1,2}月|[上下]半年|全年(?!目标|任务|计划)"
SUBJECT_CLASSES = ZONE_CLASSES | ORG_CLASSES | {"Industry"}


def extract_indicators(article: Article, sentences: tuple[Sentence, ...],
                       res: Resolution) -> tuple[list[Entity], list[Relation]]:
    """Indicator entities and their relations, in text order."""
    year = article.published.year if article.published else None
    entities: list[Entity] = []
    relations: list[Relation] = []
    said: dict[str, tuple] = {}  # indicator key → (in the title, subject, metric, value, unit)
    last_period = None  # of the sentence before
    for s in sentences:
        items = res.mentions_in(s.index)
        zones = [(m, k) for m, k, _ in items if res.entities[k].cls in ZONE_CLASSES]
        zone = next((z for z in zones if z[1] == res.main_zone), zones[0] if zones else None)
        # a sentence that opens with a zone or a firm (董家口经济区是…，规划面积…) is about it
        dates = find_dates(s.text, year, article.published)
        opening = s.start + _lead(s.text, 0, dates)  # 2017年4月1日，X自贸区正式挂牌: X opens it too
        first = next(((m, k) for m, k, _ in items if m.start in (s.start, opening)), None)
        first_entity = res.entities[first[1]] if first else None
        opener = first if first_entity and (first_entity.cls in ZONE_CLASSES | {"Institution"}
                                            or _registered_firm(first_entity)
                                            or (first_entity.cls == "Industry"
                                                and _INDUSTRY_AS_SUBJECT.match(s.text, first[0].end - s.start))) \
            and not _INSIDE.match(s.text, first[0].end - s.start) else None  # (园区内，…: where, not who)
        if opener and first_entity.cls in ZONE_CLASSES:  # 赣州经开区新能源汽车科技城…，规划面积…: the park's
            opener = next(((m, k) for m, k, _ in items if m.start == opener[0].end
                           and res.entities[k].cls in ZONE_CLASSES), opener)
        about_place = first_entity is not None and first_entity.cls in PLACE_CLASSES \
            and not _SOURCE_CLAUSE.search(s.text, 0, _clause_end(s.text, first[0].end - s.start))  # 东莞日报讯
        period = _period(dates, s.text, year)
        if period is None and _GOES_ON.match(s.text):
            period = last_period  # 前三季度，X实现…。其中，A产业实现产值…: the same time
        last_period = period
        if items and res.entities[items[0][1]].cls in ("Project", "Event"):
            continue  # 该项目…年产值达100亿元: the project's own facts, not a reported indicator
        previous: tuple[str, object, object] = ("", None, None)  # (metric, subject, period) of the figure before
        named = None  # the subject the clause of a figure before named itself (园区累计入园企业N家，…)
        collective = False  # a figure before was of a wider area or all zones of a rank: the sentence goes on so
        figures = _figures(s.text)
        for start, end, value, unit in figures:
            if _target(s.text, start, year):
                continue  # 力争到2025年…产业规模突破500亿元: a goal, not a reported figure
            if s.text.endswith("第", 0, start):
                continue  # 全国第18个国家级新区: a rank, not a count
            clause_start = _clause_start(s.text, start)
            if s.text.startswith("对", clause_start) and lexicon.GRANTS.search(s.text):
                continue  # 对…突破1亿元的企业，给予奖励: a policy's condition, not a reported figure
            if lexicon.GRANTS.search(s.text, clause_start, start) and "对" in s.text[:clause_start]:
                continue  # 对…，自治区财政一次性给予1000万元奖励: a policy's grant
            chain = _leading_mentions(s, items, res, _lead(s.text, clause_start, dates), start)
            each = _respectively(s, items, res, clause_start, start, figures)
            metric_end = start
            if each is not None:  # A、B分别实现地区生产总值520亿元和380亿元: the first A's, the second B's
                subject, metric_start, metric_end = each
            elif chain and s.text.startswith(("、", "和", "及", "与"), chain[-1][0].end - s.start):
                subject, metric_start = None, chain[-1][0].end - s.start  # A、B、C分别…签约项目18个: theirs, not A's
            elif chain:
                subject, metric_start = (chain[-1][0], chain[-1][1]), chain[-1][0].end - s.start
                named = subject if res.entities[chain[-1][1]].cls in SUBJECT_CLASSES else None
                defined = SHORT_NAME.match(s.text, metric_start) or _BRACKET.match(s.text, metric_start)
                metric_start = defined.end() if defined else metric_start  # X（以下简称“开发区”）, 无锡高新区（新吴区）
                if res.entities[chain[-1][1]].cls == "Industry" and s.text.startswith(("链", "集群"), metric_start):
                    metric_start += 1 if s.text.startswith("链", metric_start) else 2  # 新能源产业|链实现产值: the chain's
                if res.entities[chain[-1][1]].cls not in SUBJECT_CLASSES:
                    subject = None  # a city's or district's figure: hasIndicator is for zones, organizations, industries
            elif (firm := _firm_measured(s, items, res, clause_start, start)) is not None:
                subject, metric_start = firm, firm[0].end - s.start  # 落户X的Y有限公司年产值突破10亿元: Y's
            else:
                before = _clause_start(s.text, max(0, clause_start - 1))  # the clause just before
                if before > 0 and _AMOUNT_CLAUSE.fullmatch(s.text, before, clause_start - 1):
                    before = _clause_start(s.text, before - 1)  # (…建设X园区，总投资约80亿元，规划面积…: X's)
                named_before = [] if _SOURCE.match(s.text, before) or _MADE_FROM.match(s.text, before) else [
                    (m, k) for m, k in zones if before <= m.start - s.start and m.end - s.start <= clause_start]
                # 国务院批复设立X综合保税区，规划面积2平方公里: the zone the sentence has just named
                last_named = max(named_before, key=lambda t: (t[0].end, -t[0].start)) if named_before else None
                if named and opener and res.entities[opener[1]].cls not in ZONE_CLASSES \
                        and res.entities[named[1]].cls in ZONE_CLASSES:
                    subject = last_named or named  # X公司发布消息，Z累计入园企业N家，协议投资额M元: Z's, as the figure before
                else:  # (the whole of 盐城经开区新片区; 报告显示，X公司实现营业收入N元；实现净利润M元: X's, as the one before)
                    subject = opener or last_named or _main(res, s.end) or zone or named
                if opener and last_named and "；" in s.text[opener[0].end - s.start:last_named[0].start - s.start]:
                    subject = last_named  # A签约项目22个…；B签约项目15个，协议投资额N元: B's (a part of its own)
                if s.text.startswith("其中", clause_start) and clause_start > 0 and previous[0]:
                    subject = previous[1]  # X累计销售汽车125.6万辆，其中出口汽车64.7万辆: X's too (a district's:
                    # no one's)
                if unit in ("平方公里", "亩") and named_before and opener and (
                        res.entities[opener[1]].cls not in ZONE_CLASSES
                        or lexicon.BUILDING_BEFORE.search(s.text, 0, last_named[0].start - s.start)):
                    subject = last_named  # A公司与B签约，共同建设X园区，规划面积10平方公里: X's area
                metric_start = clause_start
                if _EVENT_OPENS.match(s.text, _lead(s.text, clause_start, dates)):
                    subject = None  # 本届东博会共签约项目470个: the event's figure, not the zone's
                if about_place and not named_before:
                    subject = None  # 太仓被誉为…，已集聚德资企业500余家: the city's figures
                if not opener and _FACILITY_OPENS.match(s.text, _lead(s.text, clause_start, dates)):
                    subject = None  # X信息港南宁核心基地已入驻企业200余家: a facility's figure, not the zone's
                if _OTHER_REFERRED.match(s.text, _lead(s.text, clause_start, dates)):
                    subject = None  # 该基金总规模100亿元: the fund's figure (that of a thing just named), not the zone's
                if _wider_area_before(s, items, res, start) or _ZONES_OF_A_RANK.match(s.text, _lead(s.text, clause_start, dates)) \
                        or (collective and not named_before and not opener):
                    subject = None  # 一季度全市新开工项目286个: the city's figure, not the zone's (nor 国家级经开区实现…)
                    collective = True
            joined = max((e for _, e, _, _ in figures if metric_start <= e <= start), default=None)
            if each is None and joined is not None and s.text[joined:joined + 1] in ("、", "和", "及"):
                metric_start = joined + 1  # 实际到位内资320亿元、实际使用外资5.2亿美元: the second's own words
            if heading := lexicon.ITEM_NUMBER.match(s.text, metric_start):
                metric_start = heading.end()  # 一、新开工项目（45个）: a list's heading and the count of its items
            metric = _metric(s.text[metric_start:metric_end], dates, metric_start).removesuffix("（")
            if subject is not None:  # 前海实现地区生产总值: the zone's short name is no part of what is measured
                metric = _without_short_name(metric, res.entities[subject[1]])
            own = [d for d in dates if clause_start <= d.start and d.end <= start and d.kind == "point"]
            figure_period = _period(own[-1:], s.text, year) if own and own[-1].date.month is None else period
            usable = _period_dates(dates, s.text)
            if not own and usable and not re.search(_SPAN, s.text) and all(d.start > start for d in usable):
                figure_period = None  # 一期于2019年建成，已集聚企业200余家，2022年实现…: no later clause's year
            if not own and (_NOW.match(s.text, clause_start) or unit in _AREA_UNITS):
                figure_period = None  # 2016年开工建设，目前已聚集…; …，规划面积12平方公里，2020年完成…: no other clause's year
            # (…自2009年落户以来，…，2020年实现产值300亿元: the year of the figure's own clause)
            if metric.startswith("占") and metric.endswith("的"):
                metric += "比重"  # 占全市的35.1%: the share of the whole
            if metric.startswith(_CHANGE) and not metric.startswith("占地") and previous[0]:
                # 规上工业总产值386.5亿元，(同比)增长12.3%; 占全省的61.2% (but 占地500亩 is an area of its own)
                metric, subject = previous[0] + metric, subject if each is not None else previous[1]
                figure_period = previous[2]  # (and of the same time: 今年新设企业3200户，同比增长40%)
            elif _BARE_CHANGE.fullmatch(metric):
                continue  # 11个重点园区实现营业收入1.2万亿元，同比增长15.4%: the growth of a figure not taken
            else:
                previous = (metric, subject, figure_period)
            if subject is None or not metric or (unit in CURRENCY_UNITS.values() and not _MONEY_METRIC.search(metric)):
                continue
            if metric.endswith(_STAKE):
                continue  # X集团持股75%: a share of a firm held, no reported figure
            if unit in _AMOUNT_UNITS and any(res.entities[k].cls == "Project" and m.start - s.start < start
                                             for m, k, _ in items) \
                    and not (chain and res.entities[chain[-1][1]].cls == "Industry"):
                continue  # 项目…占地约200亩，建成后预计年产值超60亿元: the project's own figures (not 集聚A工厂等企业，
                # 汽车产业产值达到N元: the industry's, named before its figure)
            listed = [m.end - s.start for m, k, _ in items if metric_start <= m.start - s.start
                      and m.end - s.start <= start and s.text.startswith("等", m.end - s.start)
                      and res.entities[k].cls in ("Company", "Institution", "Organization", "Project")]
            label_start = max(listed, default=metric_start - 1) + 1  # 已集聚A、B等上市企业12家: 上市企业12家
            if (we := _WE.match(s.text, label_start)) and we.end() < start:
                label_start = we.end()  # 我们新签约项目68个 (an interview): 新签约项目68个
            written = s.text[label_start:end]
            if each is not None and metric_end < start:  # …450亿元和320亿元: the second's
                label_start, written = metric_start, s.text[metric_start:metric_end] + s.text[start:end]
            mention = Mention(article.id, s.start + label_start, s.start + end, written, "Indicator", s.index)
            key = f"Indicator:{article.id}:{s.start + start}"
            entities.append(Entity(key, "Indicator", mention.text, (), (mention,)))  # the figure as written
            ev = (mention,)
            ev_subject = (subject[0], res.antecedent[subject[0]]) if subject[0] in res.antecedent else (subject[0],)
            relations.append(Relation(subject[1], "hasIndicator", key, distinct_mentions(ev_subject + (mention,))))
            relations.append(Relation(key, "metric", metric, ev, False))
            relations.append(Relation(key, "value", value, ev, False))
            relations.append(Relation(key, "unit", unit, ev, False))
            if figure_period is not None:
                relations.append(Relation(key, "period", figure_period, ev, False))
            said[key] = (s.text == article.title, subject[1], metric, value, unit)
    repeated = _title_repeats(said)
    return ([e for e in entities if e.key not in repeated],
            [r for r in relations if r.subject not in repeated and r.object not in repeated])


_BRACKET = re.compile(r"（[^（）]{1,12}）")
#: after an industry opening a sentence: it is what the sentence is about (其中，平板显示产业链集聚了…，产值达N元)
_INDUSTRY_AS_SUBJECT = re.compile(r"(?:产业)?(?:链|集群)?(?:已|共|累计)?(?:集聚|聚集|拥有|引进|形成)")
#: a change said right after a figure, of that figure's measure and subject
_CHANGE = ("同比", "增长", "下降", "增幅", "增速", "比上年", "占")
#: a change alone, without the measure it is of
_BARE_CHANGE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|增幅|增速|提高|减少)")


def _title_repeats(said: dict[str, tuple]) -> set[str]:
    """The title's figures that the body reports again (the same figure, or the same measure of the same
    subject: 累计注册企业突破500家 over …累计注册企业达521家)."""
    body = [v for v in said.values() if not v[0]]
    return {key for key, (in_title, subject, metric, value, unit) in said.items() if in_title and any(
        (value, unit) == (v, u) or (subject, metric) == (sj, m) for _, sj, m, v, u in body)}


_GOAL = re.compile(r"力争|目标|到(20\d\d)年|(?:计划|将|拟)(?:在)?(?:未来)?[0-9一二三四五六七八九十两]+年内|未来[0-9一二三四五六七八九十两]+年")
#: a part after a semicolon that opens with a verb of its own, without a subject: it goes on with the part before
_GOAL_GOES_ON = re.compile(r"(?:完成|实现|达到|新增|引进|确保)")


def _target(text: str, pos: int, year: int | None) -> bool:
    """The figure at pos is a goal: after 力争 or 目标, or 到YEAR年 of a year not yet over when written,
    in its part of the sentence (up to a semicolon); or a forecast (建成后, 预计) in that part."""
    part_start = max(text.rfind("；", 0, pos), text.rfind(";", 0, pos)) + 1
    if _GOAL_GOES_ON.match(text, part_start):
        part_start = 0  # 力争实现…；完成固定资产投资300亿元: the goal's list goes on
    part = text[part_start:pos]
    for m in _GOAL.finditer(part):
        if m.group(1) is None or year is None or int(m.group(1)) >= year:
            return True
    if _BOUND_BEFORE.search(text, part_start, pos):
        return True  # 每年导入科技成果项目不少于30项: what is promised or required, not a figure reported
    return _FORECAST.search(text, part_start, pos) is not None  # (预计年产值…，新增就业岗位1万个: both)


#: right before a figure: a bound it must meet (a promise, a condition), not a level reached
_BOUND_BEFORE = re.compile(r"(?:不少于|不低于|不超过|不高于|至少)$")


#: in a figure's clause: what is expected once something is built (项目建成后年产值可达200亿元)
_FORECAST = re.compile(r"(?:建成|达产|投产|达效|满产)后|预计|有望")


def _plain(value: Decimal) -> Decimal:
    """The value without the zeros a multiplier leaves after its point (1.17万 → 11700, not 11700.00)."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _figures(text: str) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, unit) of every reported figure: counts and quantities (2.3万户 → 23000 户),
    percentages and yuan amounts."""
    out = [(m.start(), m.end(), _plain(Decimal(m.group("num")) * _TIMES[m.group("times")]), m.group("unit"))
           for m in _FIGURE.finditer(text) if (m.group("unit") != "%" or not m.group("times"))
           and (m.group("unit") != "倍" or _GREW.search(text, max(0, m.start() - 4), m.start()))]
    out += [(mm.start, mm.end, mm.money.amount, CURRENCY_UNITS[mm.money.currency]) for mm in find_money(text)
            if mm.money.currency in CURRENCY_UNITS]
    return sorted((f for f in out if not _THRESHOLD_AFTER.match(text, f[1]) and not text.startswith(("/", "／", "的"), f[1])
                   and not _FUND_AFTER.match(text, f[1])),
                  key=lambda f: f[0])  # (100万吨/年: a capacity, in a project's name; 总规模100亿元的基金: what it describes)


#: after a figure: it is a threshold of what is counted (营业收入超10亿元企业18家, 亿元以上项目), not a figure
_THRESHOLD_AFTER = re.compile(r"(?:以上|以下)?的?(?:规上)?(?:工业)?(?:企业|项目|重大项目|产业项目)")


#: after an amount: a fund it sets aside (安排1亿元临港产业发展专项资金), a budget, no figure of the zone
_FUND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:专项资金|引导资金|扶持资金|奖励资金|引导基金|产业基金|发展基金)")


#: before a clause's subject, words that refer back: 该(园区), 整合后的(开发区)
_REFERRING = re.compile(rf"(?:该|此|{lexicon.MERGED_REFERENCE})?")


def _leading_mentions(s: Sentence, items, res: Resolution, lead: int, limit: int) -> list:
    """The mentions that open a clause, one after the other: 园区 / 园区智能装备产业 / 南沙区 / (该)产业园."""
    chain: list = []
    demonstrative = _REFERRING.match(s.text, lead).end() - lead  # 该园区, 整合后的开发区
    for t in items:
        start, end = t[0].start - s.start, t[0].end - s.start
        cls = res.entities[t[1]].cls
        if cls not in SUBJECT_CLASSES and cls not in PLACE_CLASSES:
            continue
        if start == (chain[-1][0].end - s.start if chain else lead + demonstrative) and end <= limit:
            chain.append(t)
    if len(chain) > 1 and res.entities[chain[-1][1]].cls == "Industry" \
            and s.text.startswith(_COUNTED_BY_INDUSTRY, chain[-1][0].end - s.start):
        chain.pop()  # 新区集成电路企业已超过500家: the zone's firms of that industry
    return chain


def _respectively(s: Sentence, items, res: Resolution, clause_start: int, pos: int, figures: list):
    """(subject, metric start, metric end) of the figure at pos when its clause says A、B分别…N1和N2: the
    i-th figure after 分别 is the i-th subject's, measured by the words between 分别 and the first figure;
    else None."""
    word = s.text.rfind("分别", clause_start, pos)
    figures_from, names_from = word, clause_start
    if word == -1 and s.text.startswith(_CHANGE, clause_start) and clause_start > 0:  # …，同比增长5%、8%
        names_from = _clause_start(s.text, clause_start - 1)
        word = s.text.rfind("分别", names_from, clause_start)
        figures_from = clause_start
    if word == -1:
        return None
    clause_end = _clause_end(s.text, pos)
    after = [f[0] for f in figures if figures_from < f[0] < clause_end]
    listed = [(m, k) for m, k, generic in items if not generic and res.entities[k].cls in SUBJECT_CLASSES - {"Industry"}
              and names_from <= m.start - s.start and m.end - s.start <= word]
    listed = [t for t in listed if not any(o.start <= t[0].start and t[0].end <= o.end and (o.start, o.end) !=
                                           (t[0].start, t[0].end) for o, _ in listed)]  # the outermost names
    brackets = [m.span() for m in re.finditer(r"（[^（）]*）", s.text)]  # X（以下简称“Y”）: Y is X again
    listed = [t for t in listed if not any(a < t[0].start - s.start and t[0].end - s.start < b for a, b in brackets)]
    if len(listed) < 2 or len(listed) != len(after):
        return None
    if figures_from != word:  # the changes of the figures before: measured by the words before them
        return listed[after.index(pos)], clause_start, after[0]
    if _TRAILING.fullmatch(s.text, word + 2, after[0]) and listed[-1][0].end - s.start < word:
        return listed[after.index(pos)], listed[-1][0].end - s.start, word  # A、B营业收入分别达到N1、N2
    return listed[after.index(pos)], word + 2, after[0]


#: what an industry qualifies when the figure counts things (集成电路企业, 生物医药项目)
_COUNTED_BY_INDUSTRY = ("企业", "公司", "项目", "人才")


#: the whole city, province or country, or a number of zones (无锡市17家省级以上开发区, A、B两大平台): not one zone's figures
#: (not a rank: 全国第18个国家级新区, 全国首个, 全省唯一)
_WIDER_AREA = re.compile(r"(?<!占)全(?:市|省|县|州|国)(?![第首唯]|排名|前列|领先|率先|最)|[0-9一二三四五六七八九十两]+家[^，。；]{0,10}?(?:开发区|园区|经开区|高新区)"
                         r"|[两三四五六七八九十]大(?:平台|园区|片区|板块)"  # A、B两大平台…累计引进: both zones' together
                         r"|[两三四五六七八九十0-9]+个?(?:城市|市|省|地)(?=[\u4e00-\u9fff])(?!之|交界|接壤|间|中间)")  # 九城市地区生产总值: the cities'



#: opening a figure's clause: all the zones of a rank (2022年，国家级经开区实现地区生产总值14.8万亿元)
_ZONES_OF_A_RANK = re.compile(r"(?:全国|全省)?(?:国家级|省级)(?:经济技术开发区|经开区|高新技术产业开发区|高新区|开发区|新区|园区)")


#: a zone ranked within a wider area: 是全国台资企业最集中的区域之一, 居全省前列
_RANKED_IN = re.compile(r"[是居列位][^，。；]*(?:之一|前列|第[一二三四五六七八九十0-9]+|首位)")


def _wider_area_before(s: Sentence, items, res: Resolution, pos: int) -> bool:
    """The sentence names the whole city, province or country (全市, 全省) before pos, and no zone after it."""
    wider = [m.end() for m in _WIDER_AREA.finditer(s.text, 0, pos)
             if not _RANKED_IN.match(s.text, max(0, m.start() - 1))]  # (是全国…的区域之一: a rank, no figure of it)
    return bool(wider) and not any(res.entities[k].cls in ZONE_CLASSES and wider[-1] <= m.start - s.start < pos
                                   for m, k, _ in items)


def _lead(text: str, start: int, dates) -> int:
    """Where a clause's subject would start: after dates and time words (2020年，今年以来 …)."""
    changed = True
    while changed:
        changed = False
        for d in dates:
            if d.start == start:
                start, changed = d.end, True
        m = re.match(r"(?:以来|上半年|下半年|全年|同期|目前|截至目前|[，,\s])+", text[start:])
        if m:
            start, changed = start + m.end(), True
        lead = lexicon.LEAD_IN.match(text, start)  # 据介绍，X…
        if lead.end() > start:
            start, changed = lead.end(), True
    return start


def _firm_measured(s: Sentence, items, res: Resolution, clause_start: int, figure: int):
    """The registered firm whose name the figure's measure follows in its clause (…的Y有限公司年产值…), or None."""
    for m, k, generic in items:
        end = m.end - s.start
        if not generic and clause_start <= m.start - s.start and end < figure and _registered_firm(res.entities[k]) \
                and _MONEY_METRIC.match(s.text, end + s.text.startswith("年", end)):
            return m, k
    return None


#: after a zone opening a sentence: inside it (园区内，X建设的Y…): where things are, not the subject
_INSIDE = re.compile(r"(?:内|里|中)[，,]")


def _registered_firm(e: Entity) -> bool:
    """A firm named with its legal form (X有限公司, X集团), not a brand that may open another name (华为云…)."""
    suffix = lexicon.suffix_of(e.label)
    return e.cls == "Company" and suffix is not None and suffix.cls == "Company"


#: a clause that gives the news's source: 记者从X获悉, 据X消息
_SOURCE = re.compile(r"(?:记者)?(?:从|据)")
#: a clause naming what a zone was made from (由原A、B整合而成): the parts are not what the figures after are of
_MADE_FROM = re.compile(r"由[^，。；]{2,60}?(?:整合|合并|融合|组建)(?:优化|提升)?(?:而成|而来)")
#: a clause about an event by its short name: 本届东博会, 此次推介会, 本次签约活动
_EVENT_OPENS = re.compile(r"(?:本届|此次|本次|该次|今年的)[^，。；]{0,8}?(?:会|节|仪式|活动)")
#: words of a dateline or a source: 东莞日报讯, 新华社电, X获悉
_SOURCE_CLAUSE = re.compile(r"讯|(?:日|社)电|获悉|报道|消息")  # (not 电 of 锂电)


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE.search(text, pos)
    return m.start() if m else len(text)


def _main(res: Resolution, before: int):
    """The article's main zone when a clause names no subject of its own, if named before the clause's
    sentence ends (其中，外资项目23个 … 1.X项目，落户Y高新区: not Y's figure)."""
    if res.main_zone is None:
        return None
    e = res.entities[res.main_zone]
    return (e.mentions[0], e.key) if e.mentions[0].start < before else None


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding pos starts; a figure right after a colon is the figure of the words before
    it (规上工业总产值：386.5亿元)."""
    bounds = list(_CLAUSE.finditer(text, 0, pos))
    if bounds and bounds[-1].end() == pos and bounds[-1].group().strip() in ("：", ":"):
        bounds.pop()
    return bounds[-1].end() if bounds else 0


#: units of an area, which holds without a time of its own
_AREA_UNITS = ("平方公里", "亩", "平方米", "公顷")
#: a clause about the time of writing (目前已…): no time the text names is its period
_NOW = re.compile(r"(?:目前|现在|截至目前|到目前为止)[，,]?")
#: the end of a metric that is a share held in a firm, not a figure reported (持股75%, 占股51%)
_STAKE = ("持股", "占股", "股比", "控股")
#: a clause of an amount only: 总投资约80亿元
_AMOUNT_CLAUSE = re.compile(r"(?:总投资|计划总投资|投资)(?:额)?(?:约|达|超过?|近)?[0-9.]+[万亿]*(?:元|美元|欧元)")
#: a clause opening with a facility's name the text does not know, then the verb of a figure
#: a speaker's word for the zone or city, opening a figure's words: 我们, 我区
_WE = re.compile(r"我们|我区|我市|我县")
#: a clause opening with a thing referred to that is no zone: 该基金, 此项目, 该公司
_OTHER_REFERRED = re.compile(r"(?:该|此|这一?)(?:基金|项目|公司|企业|集团|基地|工厂|平台|中心|协议|活动)")
_FACILITY_OPENS = re.compile(r"[^，。；：的]*?[\u4e00-\u9fff]{2}(?:基地|中心|工厂|港)(?:已|实现|完成|新增|累计|共|入驻|引进)")
#: a sentence that goes on with the figures of the one before: 其中，…
_GOES_ON = re.compile(r"(?:其中|同时|此外)[，,]")
#: words that stand for the zone opening a figure's words (基地实现工业总产值): the subject, not the metric
_ZONE_REFERENCE = r"(?:该|本|全)?(?:园区|区|基地|开发区|经开区|高新区|新区)"


def _metric(text: str, dates, offset: int) -> str:
    for d in sorted(dates, key=lambda d: -d.start):
        if offset <= d.start < offset + len(text):
            a, b = d.start - offset, d.end - offset
            if text[b:b + 3] in ("上半年", "下半年"):
                b += 3
            text = text[:a] + text[b:]
    text = re.sub(r"[“”‘’\s：:]", "", text)
    text = _NAMES_LISTED.sub("", text)  # 集聚LG、博世、麦格纳等外资企业: what is counted, not the examples
    text = re.sub(rf"^(?:{_SPAN}|{_ZONE_REFERENCE}|全市|以来|我们|我区|我市|我县)+", "", text)
    text = _TRAILING.sub("", _LEADING.sub("", text))
    if not text or len(text) > _MAX_METRIC or re.search(r"\d", _NUMBERED_WORDS.sub("", text)):
        return ""  # (a number left in it: a figure cut wrong; but 世界500强企业, 5G基站 are words)
    return text


#: words that hold a number: 世界500强, 5G, 12英寸
_NUMBERED_WORDS = re.compile(r"\d+强|\d+G|\d+英寸|\d+(?:nm|纳米)")


def _without_short_name(metric: str, subject: Entity) -> str:
    """The metric without the subject zone's short name opening it (前海实现地区生产总值 of 前海深港现代服务业
    合作区, 航空港区完成进出口总值 of 郑州航空港经济综合实验区)."""
    core = subject.key.split(":", 2)[2] if subject.key.startswith("Zone:") else ""
    if len(core) < 2 or core[0] in "@~":
        return metric
    for n in range(len(core), 1, -1):  # 前海 of 前海深港: the stem's opening words stand for it too
        after = _AFTER_SHORT_NAME.match(metric, n) if metric.startswith(core[:n]) else None  # 航空港区完成…
        if after and len(metric) > after.end() + 1:
            return _LEADING.sub("", metric[after.end():])
    return metric


#: after a zone's proper stem opening a metric: the rest of its short name, then the verb of the figure
_AFTER_SHORT_NAME = re.compile(r"(?:港区|新区|区)?(?=实现|完成|新增|累计|全年|已|共|引进|集聚)")


#: after a date: what it dates is the zone's setting up (2010年2月经国务院批准设立), not the figures' period
_SET_UP_AFTER = re.compile(f"[^，。；]{{0,12}}?(?:批准|批复|获批|升级|升格|{lexicon.SET_UP_VERBS})"
                           f"|(?:正式)?(?:{lexicon.ARRIVAL_VERBS})")
#: after a day's date: what it dates is a signing or a start of work (于2007年11月18日签约)
_EVENT_AFTER = re.compile(r"[^，。；]{0,4}?(?:签约|开工|奠基|动工)")
#: after a date: a clause of a start or an end of works (于2009年开工建设，…): that day's, not the figures' period
_DATED_WORK = re.compile(r"[^，。；]{0,4}?(?:开工建设|开工|建成投产|建成|投产|开园|奠基)[，,]")
#: after a date: it is the dateline's (新华社明斯克11月18日电, 本报5月17日讯), the day of the news, not of its figures
_DATELINE = re.compile(r"电|讯")


#: before a date: what it dates is the setting up (成立于1992年)
_SET_UP_BEFORE = re.compile(f"(?:{lexicon.SET_UP_VERBS})于$")


def _period_dates(dates, text: str) -> list:
    """The dates of a sentence that may be its figures' period (not a setting up, a dated event, a dateline)."""
    return [d for d in dates if not _SET_UP_AFTER.match(text, d.end) and not _SET_UP_BEFORE.search(text, 0, d.start)
            and not (d.date.day is not None and _EVENT_AFTER.match(text, d.end)) and not _DATELINE.match(text, d.end)
            and not _DATED_WORK.match(text, d.end)]


def _period(dates, text: str, published_year: int | None = None):
    """The time a sentence's figures cover: its first date, or a span of the year (上半年, 1—9月) of
    that date or else of the article (a bare 上半年 is this year's); None if it names no time."""
    dates = _period_dates(dates, text)
    span = re.search(_SPAN, text)
    year = dates[0].date.year if dates else published_year
    if span:  # 9月28日，…2022年第三季度…: the span's own year
        year = next((d.date.year for d in dates if d.end == span.start() and d.date.month is None), year)
    if span and year is not None and (not dates or dates[0].kind != "span"):
        return f"{year}年{span.group().removeprefix('第')}"
    if not dates:
        return None
    d = dates[0]
    if d.kind == "span":
        half = text[d.end:d.end + 3]
        return f"{d.date.year}年{half}"
    return d.date
