"""Relations from the grammar of the genre, sentence by sentence.

Each rule reads one sentence (its text, its resolved mentions, its dates and
amounts) and yields :class:`~kg.model.Relation` values whose evidence is the
mentions it used. Rules are small functions listed in :data:`RULES`; none of them
knows any particular article.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from . import lexicon
from .dates import DateMention, find_dates
from .mentions import CAMPUS, PHASE
from .model import (
    Article,
    Entity,
    Mention,
    PartialDate,
    Relation,
    Sentence,
    distinct_mentions,
)
from .numbers import CN_DIGITS, MoneyMention, find_money, small_number
from .resolver import (
    ORG_CLASSES,
    PLACE_CLASSES,
    ZONE_CLASSES,
    Resolution,
    bilateral_short,
    entity_key,
    in_order,
    two_character_brand,
    without_place,
)
from .segmenter import clause_start, clauses
from .signatures import allows

AGENT_CLASSES = ORG_CLASSES | PLACE_CLASSES | ZONE_CLASSES
_DEVELOP = re.compile(r"(共同推动建设|共同推进建设|共同参与建设|合作建设|合作开发|共同开发|联合开发|联动开发|共同建设|合作共建|联合建设|共建|开发建设|投资建设|主导建设|主导开发|合作设立|共同设立|联合设立"
                      r"|开发运营|开发和运营|建设运营|建设和运营"
                      r"|两国政府间?的?(?:重要|重大|首个|标志性)?合作)")  # 是中国和新加坡两国政府间的合作项目
_COOPERATE = re.compile(r"(协同|互联互通|融合发展|合作|联动|对接|交流|同城化|一体化|协议|签约(?!仪式|活动|现场|大会)|共建(?=了?[^，。；]{0,12}?(?:平台|实验室|中心|研究院|学院)))")
_MERGE = re.compile(r"由(?P<items>.{2,40}?)(?:一体化)?(?:融合|合并|整合|组建|重组)(?:优化|提升)?(?:而成的?|而来|设立|组建|成立)")
_MERGE_INTO = re.compile(r"将(?P<items>[^，。；]{2,90}?)(?:整合|合并|融合)(?:设立|组建|成立|为)")
#: A与B合并，设立C / A、B整合为C (the parts opening their clause)
_MERGED_AS = re.compile(r"(?:^|[，。；：])(?P<items>[^，。；]{2,40}?)(?:进行)?(?:整合|合并|融合)(?:优化|提升)?[，,]?(?:设立|组建|成立|为)")
#: 整合A、B等平台，设立C (the verb before the parts)
_INTEGRATES = re.compile(r"(?:整合|合并)(?P<items>[^，。；]{2,90}?)[，,]?(?:设立|组建|成立)")
_ESTABLISH = re.compile(f"(应运而生|{lexicon.SET_UP_VERBS}|批准(?=的)|批复(?=的)|获批(?=[，。；,]|$))")  # (2021年4月获批)  # X是国务院1991年批准的…
_START = re.compile(r"(奠基|开工|动工|开建|破土)")
#: production starts: 投产, 量产 (not 达产, full capacity)
_PRODUCE = re.compile(r"投产|量产|投入运营|建成运营|正式运营|建成投用|投入使用")
_SIGN = re.compile(r"(签约|签订|签署|落户|入驻|落地|签下)")
_HOLD = re.compile(r"(举行|举办|召开|开幕)")
_ISSUE = re.compile(r"(发布|出台|印发|推出|制定|颁布|审议通过)")
_FOCUS = re.compile(r"(打造|发展|培育|聚焦|布局|主导|做强|壮大|构建|围绕)")
_MAX_FUNDING = re.compile(r"最高(?:可)?(?:给予|资助|奖励|补贴|补助|支持|扶持)?(?:金额)?(?:达|可达|为|至|不超过|不高于)?")
#: between 最高(可给予) and the amount: to whom (最高可给予顶尖人才团队1亿元)
_RECIPIENT = re.compile(r"[\u4e00-\u9fff]{0,10}")
#: right before a grant's amount without 最高: (一次性)给予N元, 奖励N元
_GRANT_BEFORE = re.compile(r"(?:给予|资助|奖励|补贴|补助)(?:每(?:个|家|项|人)[\u4e00-\u9fff]{0,6}?)?(?:一次性)?"
                           r"(?:奖励|补助|资助|补贴)?$")
_INVEST_KEY = re.compile(r"(总投资额|总投资|投资总额|计划投资|投资|总签约|签约总金额|签约金额|签约总额|签约额)(?:达|约|为|超|近|共)?$")
_OUTPUT_KEY = re.compile(r"年产值(?:可|将)?(?:达到?|约|为|超过?|近|逾)?$")
#: classes whose names may hold a zone's name without being in that zone's sentence
_NAME_HOSTS = {"Project", "Company", "Institution"}
#: a sentence that goes on with the one before: 其中，… / a list's item (1. …, （二）…) / 主要项目如下： / 此次…
#: a sentence that lists what the one before speaks of: 其中，…, 签约项目中，…, 签约项目包括：, 1. …
_LISTING = (r"(?:其中|[^，。；]{0,8}项目中)[，,]|[^，。；]{0,8}项目(?:主要)?(?:包括|有|为)[：:]"
            r"|[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[^，。；]{0,10}如下[：:]|[▲●■◆★•]")
_CONTINUES = re.compile(rf"(?:(?:据了解|据悉|据介绍)[，,]?)?"  # (据了解，开工项目主要有：…)
                        rf"(?:(?:此外|另外|同时|与此同时)[，,]|此次|本次|[一二三四五六七八九十]是|{_LISTING})")


#: a dateline opening the article's first sentence (新华社重庆7月8日电（记者 X）)
_DATELINE_AT_START = re.compile(lexicon.DATELINE)

#: after a date: what it dates is a later stage (预计2022年6月投产), not the signing or start of the sentence
_LATER_STAGE = re.compile(r"(?:前|底|末|左右)?(?:全面|正式|全部|建成|实现)?(?:投产|建成|竣工|完工|达产|开业|运营|试产|交付|投用|完成)"
                          r"|起(?:施行|实施|执行|生效)")  # 自2022年1月1日起施行: when a policy takes effect


@dataclass
class SentenceView:
    """A sentence with what the rules need: mentions, dates and amounts."""

    article: Article
    sentence: Sentence
    items: list[tuple[Mention, str, bool]]
    dates: list[DateMention]
    money: list[MoneyMention]
    resolution: Resolution
    previous: SentenceView | None = None
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.sentence.text

    def rel(self, m: Mention) -> tuple[int, int]:
        """A mention's offsets relative to the sentence."""
        return m.start - self.sentence.start, m.end - self.sentence.start

    def entity(self, key: str) -> Entity:
        return self.resolution.entities[key]

    def of_class(self, classes: set[str], generic: bool = True) -> list[tuple[Mention, str, bool]]:
        """The items of those classes (and named, not referred to, unless generic), in order; remembered
        per view, for the rules ask again and again."""
        key = (frozenset(classes), generic)
        found = self._memo.get(key)
        if found is None:
            entities = self.resolution.entities
            found = self._memo[key] = [t for t in self.items if entities[t[1]].cls in classes and (generic or not t[2])]
        return list(found)

    @property
    def opener(self) -> tuple[Mention, str, bool] | None:
        """The first item, after a dateline the sentence opens with (新华社重庆7月8日电（记者 X）: where the
        news was written, not what the sentence is about)."""
        if "opener" not in self._memo:
            dateline = _DATELINE_AT_START.match(self.text)
            start = dateline.end() if dateline else 0
            self._memo["opener"] = next((t for t in self.items if self.rel(t[0])[0] >= start), None)
        return self._memo["opener"]

    def zone_subject(self) -> tuple[Mention, str] | None:
        """The zone the sentence is about: the article's main zone if referred to, else the first zone
        (not one inside another name: 中国电子西安产业园项目 is a project, not where the sentence is);
        remembered, for the rules ask again and again."""
        if "zone" not in self._memo:
            self._memo["zone"] = self._zone_subject()
        return self._memo["zone"]

    def _zone_subject(self) -> tuple[Mention, str] | None:
        zones = [t for t in self.of_class(ZONE_CLASSES) if not self.inside_other_name(t[0])]
        main = [t for t in zones if t[1] == self.resolution.main_zone]
        zones = main or zones
        opening = _CONTINUES.match(self.text) or _EVENT_S_KINDS.match(self.text)
        if not zones and self.previous is not None and opening and not self._place_opens(opening.end()):
            return self.previous.zone_subject()  # 其中，… / 签约项目涵盖…: the set of the sentence before
        if not zones:
            return None
        m, key, _ = zones[0]
        part = self.part_in_brackets(m)
        if part:  # 长三角…示范区（嘉善片区）: the part in brackets is what the sentence is about
            m, key, _ = part
        park = [t for t in self.of_class(ZONE_CLASSES, generic=False) if self.rel(t[0])[0] == self.rel(m)[1]]
        if park and self.rel(m)[0] == 0:  # 赣州经开区新能源汽车科技城成立于2017年，规划面积…: the park, named after its zone
            m, key, _ = park[0]
        return m, key

    def _place_opens(self, pos: int) -> bool:
        """A place of China is what the clause at pos is about (此外，东莞还将…: the city, not the zone before;
        not a country: 签约项目中，新加坡丰树集团投资的X项目 names the investor's country)."""
        return any(self.rel(t[0])[0] == pos and not any(
            o.start <= t[0].start and t[0].end <= o.end and (o.start, o.end) != (t[0].start, t[0].end)
            for o, _, _ in self.items) for t in self.of_class({"Province", "City", "District"}, generic=False))

    def part_in_brackets(self, m: Mention) -> tuple[Mention, str, bool] | None:
        """The zone named in brackets right after the zone at m whose ending names a part of a wider zone
        (长三角…示范区（嘉善片区）: 嘉善片区)."""
        end = self.rel(m)[1]
        return next((t for t in self.of_class(ZONE_CLASSES, generic=False) if self.rel(t[0])[0] == end + 1
                     and self.text[end:end + 1] == "（" and self.text[self.rel(t[0])[1]:self.rel(t[0])[1] + 1] == "）"
                     and getattr(lexicon.suffix_of(self.entity(t[1]).label), "family", "") in _PART_FAMILIES), None)

    def inside_other_name(self, m: Mention) -> bool:
        """The mention is part of the longer name of a project, a firm or an institution (an event
        named after its zone is still about the zone)."""
        return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) and not generic
                   and self.entity(key).cls in _NAME_HOSTS for o, key, generic in self.items)

    def clause_start(self, pos: int) -> int:
        """Where the clause that holds pos starts (after the last ，。；： before it)."""
        return clause_start(self.text, pos)

    def segment(self, pos: int) -> tuple[int, int]:
        """The part of the sentence between semicolons that holds pos."""
        start = max(self.text.rfind("；", 0, pos), self.text.rfind(";", 0, pos)) + 1
        ends = [i for i in (self.text.find("；", pos), self.text.find(";", pos)) if i != -1]
        return start, min(ends) if ends else len(self.text)

    def date_before(self, pos: int, end: int | None = None) -> DateMention | None:
        """The last date expression before pos, else the sentence's first one not inside pos…end
        (2023年 in 丰县2023年二季度…签约活动 is part of the name, not the event's date) and not the
        date of a later stage (预计2022年6月投产)."""
        before = [d for d in self.dates if d.start < pos]
        if before:
            return before[-1]
        outside = [d for d in self.dates if (end is None or not (pos <= d.start < end))
                   and not _LATER_STAGE.match(self.text, d.end)]
        return outside[0] if outside else None


def extract_relations(article: Article, sentences: tuple[Sentence, ...], res: Resolution) -> list[Relation]:
    """Every relation the rules find in an article, deduplicated, evidence merged."""
    year = article.published.year if article.published else None
    found: list[Relation] = []
    views: list[SentenceView] = []
    previous = None
    for s in sentences:
        view = SentenceView(article, s, res.mentions_in(s.index), find_dates(s.text, year, article.published),
                            find_money(s.text), res, previous)
        for rule in RULES:
            found.extend(rule(view))
        views.append(view)
        previous = view
    found.extend(names_rule(res))
    found.extend(bilateral_partners(res))
    for rule in ARTICLE_RULES:  # rules that read what the sentence rules found
        found.extend(rule(views, found))
    headline = 0 if sentences and sentences[0].text == article.title else None
    return merge_relations(found, res, headline)


def merge_relations(found: list[Relation], res: Resolution, headline: int | None = None) -> list[Relation]:
    """One relation per (subject, predicate, object); a finer date replaces a coarser one, and a fuller
    job title one that it holds; a headline's round figure (总投资超600亿元) gives way to the body's."""
    merged: dict[tuple, Relation] = {}
    said_in_body = {(r.subject, r.predicate, str(r.object)) for r in found
                    if any(m.sentence != headline for m in r.evidence)}  # (before the antecedents join the evidence)
    for r in found:
        if any(m.refers_to for m in r.evidence):  # 园区 … : the sentence that named it is evidence too
            extra = tuple(res.antecedent[m] for m in r.evidence if m in res.antecedent)
            r = Relation(r.subject, r.predicate, r.object, distinct_mentions(r.evidence + extra), r.object_is_entity)
        if r.subject == r.object or r.subject not in res.entities:
            continue
        if r.object_is_entity and r.object not in res.entities:
            continue
        object_cls = res.entities[r.object].cls if r.object_is_entity else None
        if not allows(r.predicate, res.entities[r.subject].cls, object_cls):  # a rule led astray
            continue
        k = (r.subject, r.predicate, str(r.object), r.object_is_entity)
        if k in merged:
            old = merged[k]
            r = Relation(r.subject, r.predicate, r.object, distinct_mentions(old.evidence + r.evidence),
                         r.object_is_entity)
        merged[k] = r
    out = list(merged.values())
    dates = [r for r in out if isinstance(r.object, PartialDate)]
    coarse = {id(a) for a in dates for b in dates
              if a is not b and a.subject == b.subject and a.predicate == b.predicate and b.object.refines(a.object)}
    grants = [r for r in out if r.predicate == "maxFunding"]  # the largest grant of a policy (of one currency)
    coarse |= {id(a) for a in grants for b in grants if a.subject == b.subject and type(a.object) is type(b.object)
               and getattr(a.object, "currency", "") == getattr(b.object, "currency", "")
               and _amount(a.object) < _amount(b.object)}
    figures = [r for r in out if r.predicate in ("totalInvestment", "annualOutputValue")]
    in_headline = {id(r) for r in figures if (r.subject, r.predicate, str(r.object)) not in said_in_body}
    coarse |= {id(a) for a in figures for b in figures if id(a) in in_headline and id(b) not in in_headline
               and a.subject == b.subject and a.predicate == b.predicate}
    titles = [r for r in out if r.predicate == "jobTitle"]  # 合肥市委书记 within 安徽省委常委、合肥市委书记
    coarse |= {id(a) for a in titles for b in titles
               if a is not b and a.subject == b.subject and a.object != b.object and a.object in b.object}
    return sorted((r for r in out if id(r) not in coarse), key=Relation.sort_key)


def _amount(value):
    return getattr(value, "amount", value)


def _rel(subject: str, predicate: str, obj, evidence, is_entity: bool = True) -> Relation:
    return Relation(subject, predicate, obj, distinct_mentions(evidence), is_entity)


# --- places and names ---------------------------------------------------------------------

def place_hierarchy(view: SentenceView) -> Iterator[Relation]:
    """A city and its province (or a district and its city) named in one sentence: partOf."""
    places = view.of_class(PLACE_CLASSES, generic=False)
    gaz = lexicon.gazetteer()
    for m, key, _ in places:
        e = view.entity(key)
        if not e.codes and e.cls == "District":  # 洛阳市伊滨区, a district the gazetteer does not know: of its city
            for pm, pkey, _ in places:
                if view.rel(pm)[1] == view.rel(m)[0] and view.entity(pkey).cls == "City":
                    yield _rel(key, "partOf", pkey, (m, pm))
        foreign = e.cls == "City" and not e.codes  # 德国斯图加特市: a foreign city of the gazetteer, of its country
        if (not e.codes or e.codes[0][0] != "gb2260") and not foreign:
            continue
        parent = gaz.by_name[_official(e)].parent if _official(e) in gaz.by_name else ""
        for pm, pkey, _ in places:
            pe = view.entity(pkey)
            if pkey != key and parent and _official(pe) == parent and not _inside_a_name(view, pm):
                yield _rel(key, "partOf", pkey, (m, pm))


def _inside_a_name(view: SentenceView, m: Mention) -> bool:
    """The place is named only as part of an event's, a firm's, a project's or an institution's name (湖南 of
    2023湖南（长沙）—粤港澳大湾区…洽谈周: the event's theme; not 湖南 of 湖南省委, the province's own body)."""
    return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) and not generic
               and view.entity(key).cls in _NAME_HOSTS | {"Event"} for o, key, generic in view.items)


def _official(e: Entity) -> str:
    places = lexicon.gazetteer().lookup(e.label)
    return places[0].name if places else e.label


def _most_specific(places: list[tuple[Mention, str]], res: Resolution) -> tuple[Mention, str]:
    """Of the places a name holds, in order: the innermost of a chain (江苏省南京市 → 南京市), else the one
    whose government bodies the article names most, else the first (阜阳合肥现代产业园区: in 阜阳, built with
    合肥; 苏州宿迁工业园区 where 宿迁市委 and 宿迁市政府 are named: in 宿迁, built with 苏州)."""
    chosen = places[0]
    for place in places[1:]:
        if _within(res.entities[place[1]].label, res.entities[chosen[1]].label):
            chosen = place
        elif not _within(res.entities[chosen[1]].label, res.entities[place[1]].label) \
                and _bodies_of(res, place[1]) > _bodies_of(res, chosen[1]):
            chosen = place
    return chosen


def _bodies_of(res: Resolution, place_key: str) -> int:
    """How many government bodies of the place the article names (宿迁市委, 宿迁市政府 of 宿迁市)."""
    place = res.entities[place_key]
    names = {place.label, _official(place)}
    names |= {p.short for p in lexicon.gazetteer().lookup(_official(place))[:1] if p.short}
    return sum(1 for e in res.entities.values() if e.cls == "GovernmentBody" and e.label.startswith(tuple(names)))


def _within(inner: str, outer: str) -> bool:
    """The gazetteer puts place inner inside place outer (a city in its province, a district in its city)."""
    gaz = lexicon.gazetteer()
    name, seen = inner, 0
    while name and seen < 3:
        found = gaz.lookup(name)
        parent = found[0].parent if found else ""
        if parent and (parent == outer or (gaz.lookup(outer) and gaz.lookup(outer)[0].name == parent)):
            return True
        name, seen = parent, seen + 1
    return False


def names_rule(res: Resolution) -> Iterator[Relation]:
    """What a name itself says: 厦门自贸区X → partOf 厦门自贸区; 宜昌临空经济区 → locatedIn 宜昌;
    恒远铝业项目 / 华通微电三期 → operatedBy the company; 远景集团零碳产业园 → developedBy 远景集团;
    X集团宁波前湾新区整车生产基地 → locatedIn 宁波前湾新区."""
    by_sentence = [[(m, k) for m, k, g in items if not g] for items in res.by_sentence.values()]
    brands = {e.key: b for e in res.entities.values() if e.cls == "Company" and (b := two_character_brand(e.label))[0]}
    for m, key, mentions in ((m, k, ms) for ms in by_sentence for m, k in ms):  # a name holds names of its sentence
        e = res.entities[key]
        inner = [(o, ok) for o, ok in mentions
                 if ok != key and m.start <= o.start and o.end <= m.end and (o.start, o.end) != (m.start, m.end)]
        inner_cls = [(o, ok, res.entities[ok].cls) for o, ok in inner]
        if e.cls in ZONE_CLASSES:
            zones = [(o, ok) for o, ok, c in inner_cls if c in ZONE_CLASSES]
            places = [(o, ok) for o, ok, c in inner_cls if c in PLACE_CLASSES and c not in ("Country", "Region")]
            if zones:
                yield _rel(key, "partOf", zones[0][1], (m, zones[0][0]))
                branch = [(o, ok) for o, ok in places if o.start == zones[0][0].end]
                if branch:  # 苏州工业园区宿迁园: in 宿迁
                    yield _rel(key, "locatedIn", branch[0][1], (m, branch[0][0]))
                continue
            bracketed = [(o, ok) for o, ok in places if m.text[o.start - m.start - 1:o.start - m.start] == "（"]
            places = [(o, ok) for o, ok in places if not _PEOPLE_OF_A_PLACE.match(m.text, o.end - m.start)]
            hosts = [(o, ok) for o, ok in places if m.text[o.start - m.start - 1:o.start - m.start] in ("-", "—", "－")]
            if places:  # 深圳（哈尔滨）产业园区: Shenzhen's park in Harbin; 无锡-沭阳工业园: Wuxi's park in Shuyang
                om, ok = bracketed[0] if bracketed else hosts[0] if hosts else _most_specific(places, res)
                yield _rel(key, "locatedIn", ok, (m, om))
            countries = [(o, ok) for o, ok, c in inner_cls if c == "Country"]
            if not places and len(countries) == 1 and countries[0][0].start == m.start \
                    and res.entities[countries[0][1]].label not in ("中国", "中华人民共和国") \
                    and m.text[countries[0][0].end - m.start:][:1] not in ("—", "-", "－", "·", "（"):
                yield _rel(key, "locatedIn", countries[0][1], (m, countries[0][0]))  # 泰国罗勇工业园: in Thailand
            companies = [(o, ok) for o, ok, c in inner_cls if c == "Company" and o.start == m.start]
            if companies:
                yield _rel(key, "developedBy", companies[0][1], (m, companies[0][0]))
        elif e.cls == "Project":  # 新加坡凯德集团中国总部项目: the firm after the country that describes it
            opening = {m.start} | {o.end for o, ok, c in inner_cls if c == "Country" and o.start == m.start}
            companies = [(o, ok) for o, ok, c in inner_cls if c == "Company" and o.start in opening
                         and not _SUBSIDIARY.match(m.text, o.end - m.start)]  # (X子公司项目: the
            campus = [(o, ok) for o, ok, c in inner_cls if c == "Institution" and o.start == m.start
                      and CAMPUS.fullmatch(m.text.removesuffix("项目"), o.end - m.start)]
            if companies:  # subsidiary's, not X's)
                yield _rel(key, "operatedBy", companies[0][1], (m, companies[0][0]))
            elif campus:  # 南京大学苏州校区项目: the university's
                o, ok = max(campus, key=lambda t: t[0].end - t[0].start)
                yield _rel(key, "operatedBy", ok, (m, o))
            elif len(branded := [f for f, (brand, business) in brands.items() if m.text.startswith(brand) and business
                                 in (lexicon.opening_words(m.text[2:], "firm_business_words.txt") or business)]) == 1:
                firm = res.entities[branded[0]]  # 奇瑞新能源汽车超级工厂项目 of 奇瑞汽车股份有限公司 (not 奇瑞生物…)
                yield _rel(key, "operatedBy", firm.key, (m, firm.mentions[0]))
            industries = [(o, ok) for o, ok, c in inner_cls if c == "Industry"]
            for o, ok in industries:
                yield _rel(key, "inIndustry", ok, (m, o))
            zones = [(o, ok) for o, ok, c in inner_cls if c in ("Zone", "FreeTradeZone")]
            if zones:  # 吉利汽车集团宁波前湾新区整车生产基地: in the zone its name holds
                o, ok = max(zones, key=lambda t: t[0].end - t[0].start)
                yield _rel(key, "locatedIn", ok, (m, o))


#: after a place in a zone's name: the people the zone is for (平潭台湾青年创业园: a park for Taiwan's youth, in 平潭)
_PEOPLE_OF_A_PLACE = re.compile(r"(?:青年|人才|同胞|侨胞|学子|留学人员|企业家|客商|台商|侨商)")


def bilateral_partners(res: Resolution) -> Iterator[Relation]:
    """A zone named 中X… (中以常州创新园, 中德（沈阳）…产业园, after its city: 青岛中德生态园) is built by China and
    country X: developedBy the article's 中国政府 and X政府, else the countries China and X where the article
    names them."""
    by_label = {e.label: e for e in res.entities.values()}
    abbreviations = lexicon.country_abbreviations()
    for e in res.entities.values():
        label = bilateral_short(e.label)  # 中国—新加坡（天津）生态城 → 中新（天津）生态城
        m = lexicon.BILATERAL_OPENING.match(label) or lexicon.BILATERAL_OPENING.match(without_place(label)) \
            or (re.match(r"(.)中", label) if label != e.label else None)  # 马来西亚—中国关丹产业园 → 马中关丹
        if e.cls not in ZONE_CLASSES or m is None or m.group(1) not in abbreviations:
            continue
        for country in ("中国", abbreviations[m.group(1)]):
            partner = by_label.get(f"{country}政府")
            if partner is None:  # (the country named by another of its names: 中华人民共和国)
                partner = res.entities.get(entity_key(country, "Country"))
            if partner is not None and partner.cls in ("GovernmentBody", "Country"):
                yield _rel(e.key, "developedBy", partner.key, (e.mentions[0], partner.mentions[0]))


# --- zones ------------------------------------------------------------------------------------

#: a sentence about a meeting: its day is the meeting's
_MEETING = re.compile(r"召开|会议|推进会|座谈会|会上")


def merger(view: SentenceView) -> Iterator[Relation]:
    """由A、B一体化融合而成的C / 将A与B整合设立C / A与B合并，设立C: C mergedFrom A and B (A, B may be '两个园区'
    of the sentence before)."""
    for clause in re.finditer(r"[^；;]+", view.text):  # A与B合并，组建C；D与E整合为F: each its own
        yield from _merged_in(view, max(0, clause.start() - 1), clause.end())  # (with the ； before)


def _merged_in(view: SentenceView, start: int, end: int) -> Iterator[Relation]:
    m = _MERGE.search(view.text, start, end) or _MERGE_INTO.search(view.text, start, end) \
        or _MERGED_AS.search(view.text, start, end) or _INTEGRATES.search(view.text, start, end)
    if not m:
        return
    after = [t for t in view.of_class(ZONE_CLASSES, generic=False) if m.end() <= view.rel(t[0])[0] < end
             and not re.search(r"[，,：:]", view.text[m.end():view.rel(t[0])[0]])]  # (…整合设立，下辖A片区: not A)
    parts = [t for t in view.of_class(ZONE_CLASSES, generic=False)
             if m.start("items") <= view.rel(t[0])[0] < m.end("items")]
    parts = [t for t in parts if not any(o[0].start <= t[0].start and t[0].end <= o[0].end and o[0] != t[0]
                                         for o in parts)]  # (A开发区瑶湖片区与B整合: the area of A, not all of A)
    before = [t for t in view.of_class(ZONE_CLASSES) if view.rel(t[0])[1] <= m.start() and not view.inside_other_name(t[0])
              and t[1] not in {p[1] for p in parts}]
    if after:
        made_m, made = after[0][0], after[0][1]
    elif parts and before and view.text[m.end():m.end() + 1] != "的":  # C于…设立，由A和B整合而成: C, named before
        made_m, made = before[0][0], before[0][1]
    else:
        return
    if not parts and m.re is _INTEGRATES:
        return  # 整合资源，设立X: no zones merged
    if not parts and view.previous is not None:
        parts = [t for t in view.previous.of_class(ZONE_CLASSES, generic=False) if t[1] != made]
    for pm, pk, _ in parts:
        yield _rel(made, "mergedFrom", pk, (made_m, pm))
    date = view.date_before(m.start()) or (view.previous.date_before(len(view.previous.text))
                                            if view.previous and parts and not _MEETING.search(view.previous.text)
                                            else None)  # (1月10日，…召开推进会。根据方案，A与B合并: no set-up day)
    if date and date.kind == "point":
        yield _rel(made, "establishedDate", date.date, (made_m,), False)


#: X是Y的核心区 / X是Y五大组团之一: what X is of the wider zone Y
_PART_OF_WIDER = re.compile(r"(?:成为|是|为|作为)(?P<whole>[^，。；是]{2,30}?)的?(?:[一二三四五六七八九十两0-9]+(?:大|个))?"
                            r"(?:首个|重要|重点|核心)?(?:核心区域?|组成部分|一部分|核心板块|组团|片区|园区之一|起步区|先行区|先导区"
                            r"|核心承载区)")


def zone_parts(view: SentenceView) -> Iterator[Relation]:
    """X是Y的核心区, X是Y五大组团之一: X partOf the wider zone Y (沣东新城是西咸新区五大组团之一); X包括A、B等区块:
    A and B partOf X; a park named right after its zone (赣州经开区新能源汽车科技城) is located in it."""
    zones = view.of_class(ZONE_CLASSES)
    for m in _PART_OF_WIDER.finditer(view.text):
        part = [(zm, zk) for zm, zk, _ in zones if view.rel(zm)[1] == m.start()]
        if not part and view.clause_start(m.start()) == m.start() and view.zone_subject():
            part = [view.zone_subject()]  # X位于Y，是Z的…之一: the sentence's zone
        whole = [(zm, zk) for zm, zk, g in zones if not g and m.start("whole") <= view.rel(zm)[0]
                 and view.rel(zm)[1] == m.end("whole")]
        if part and whole and part[0][1] != whole[0][1]:
            yield _rel(part[0][1], "partOf", whole[0][1], (part[0][0], whole[0][0]))
    for m in _HOLDS_PARTS.finditer(view.text):  # X…，包括A、B等区块: A and B are parts of X
        if re.match(r"(?:整合|合并|组建|重组)", view.text[m.end():]):
            continue  # 由A和B部分区域整合而成: merged, not parts
        before = [(zm, zk) for zm, zk, _ in zones if view.rel(zm)[1] <= m.start() and not view.inside_other_name(zm)]
        whole = before[0] if before else view.zone_subject()  # (the zone the sentence opens with)
        parts = [t for t in zones if not t[2] and m.start() <= view.rel(t[0])[0] and view.rel(t[0])[1] <= m.end()]
        if not parts and m.group().endswith("片区"):  # 涵盖南京、苏州、连云港三个片区: the areas named after them
            parts = [(pm, area, False) for pm, pk, _ in view.of_class(PLACE_CLASSES, generic=False)
                     if m.start() <= view.rel(pm)[0] and view.rel(pm)[1] <= m.end()
                     and (area := entity_key(view.text[slice(*view.rel(pm))] + "片区", "Zone")) in view.resolution.entities]
        if whole is None or whole[1] in {p[1] for p in parts}:
            continue  # the whole is none of its parts
        for pm, pk, _ in _outermost(view, parts) if whole and len(parts) >= 2 else ():  # (涵盖成都高新区南部园区:
            # the park, not the zone opening its name)
            end = view.rel(pm)[1]
            while view.text[end:end + 1] in ("和", "、", "及", "与") and (
                    after := [view.rel(q)[1] for q, _, _ in parts if view.rel(q)[0] == end + 1]):
                end = after[0]  # (涵盖A和B的部分区域: parts of both; A和B部分区域: A, and a part of B; the list of
                # zones only: 包括A、B和C市、D县的部分区域 leaves A and B whole)
            if re.match(r"的?部分", view.text[view.rel(pm)[1]:]) or view.text.startswith("的部分", end):
                continue  # 涵盖…郑东新区部分区域: a part of that zone is in the whole, not the zone
            if pk != whole[1] and not view.inside_other_name(pm):
                yield _rel(pk, "partOf", whole[1], (pm, whole[0]))
    named = [t for t in zones if not t[2]]
    for wm, wk, _ in named:  # 长三角…示范区（嘉善片区）: the area in brackets after a zone is a part of it
        part = view.part_in_brackets(wm)
        if part and part[1] != wk:
            yield _rel(part[1], "partOf", wk, (part[0], wm))
    for pm, pk, _ in named:  # 赣州经开区新能源汽车科技城: a park named right after its zone is in it
        zone = [t for t in named if view.rel(t[0])[1] == view.rel(pm)[0] and view.entity(t[1]).cls != "Park"]
        if view.entity(pk).cls == "Park" and zone and zone[0][1] != pk:
            yield _rel(pk, "locatedIn", zone[0][1], (pm, zone[0][0]))


#: the families of zone endings that name a part of a wider zone: 片区, 分区, 启动区
_PART_FAMILIES = frozenset({"ftzarea", "branch", "startarea"})
#: what a zone holds, listed: 包括A、B等区块 / 由A、B和C三个片区组成
_HOLDS_PARTS = re.compile(r"(?:包括|包含|涵盖|下辖|下设|拥有|由)[^，。；]{4,80}(?:等|[两三四五六七八九十0-9]个)"
                          r"(?:国家级|省级)?(?:产业)?(?:区块|片区|板块|功能区|园区|区域|新城)(?:组成)?"
                          r"|(?:包括|包含|涵盖|下辖|下设|由)[^，。；]{4,80}?(?:区块|片区|板块|功能区|园区|区域)(?:组成)?"
                          r"(?:[、和及][^，。；、和及]{2,20}?(?:区块|片区|板块|功能区|园区|区域))*"  # (…、A园区和B园区)
                          r"|由[^，。；]{4,80}?等[^，。；]{0,10}?组成")  # 由A、B等“一区五园”组成


#: after X: X (于DATE)批复设立…: X approved what was set up (国务院), it was not set up itself; not
#: X于DATE经Y批复设立
_APPROVER = re.compile(r"(?:于[^，。；经获]*)?(?:批准|批复|同意)")  # (X于DATE获国务院批复设立: X was set up)
_SET_UP_BETWEEN = re.compile(r"(?:（[^（）]{1,30}）)?(?P<at>[于在自][^，。；、的]{2,20}?|(?:19|20)[0-9]{2}年[^，。；、的在]{0,20}?)?"
                             r"(?:由[^，。；、的由]{2,24}?(?:共同|联合)?(?:倡议|提议|决定|签约|协议|批准|批复|同意))?"  # 由两国领导人共同倡议设立
                             # (由Y于2023年3月批准设立)
                             r"[正式挂牌揭牌宣布创新还已]*")


#: a date, then the approval: what the name before did (not 2020年12月由Y批复, who approved it)
_APPROVED_ON = re.compile(r"(?:19|20)[0-9]{2}年[^经由获]*(?:批准|批复|同意)")


def _set_up_after(view: SentenceView, end: int, verb: re.Match) -> bool:
    """The set-up verb is said of the name ending at end: X于2017年3月揭牌成立, X2020年12月由Y批复设立, X在Y正式开园
    (the verb ending its clause: not X在Y设立Z)."""
    m = _SET_UP_BETWEEN.fullmatch(view.text, end, verb.start())
    if m is not None and _APPROVED_ON.fullmatch(m.group("at") or ""):
        return False  # X2019年批准设立的开发区: X approved it (not X2020年12月由Y批复设立)
    return m is not None and (not (m.group("at") or "").startswith("在")
                              or re.match(r"[，。；,;]|$", view.text[verb.end():]) is not None)


_ANNIVERSARY = re.compile(r"[0-9一二三四五六七八九十两百]+(?:周年|年来|年以来)")


_ARRIVES = re.compile(f"(?:正式)?(?:{lexicon.ARRIVAL_VERBS})")
#: after a set-up verb: the firm or body set up, by a count (成立第一家合资企业, 设立了一家子公司)
_SETS_UP_ANOTHER = re.compile(r"了?(?:第[一二三四五六七八九十0-9]+|首|一|两|[0-9]+)(?:家|个|所)")


#: after a firm's name, what of it is set up: 海南区域总部, 华东分公司, 中国研发中心
_UNIT_OF_FIRM = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:总部|分公司|子公司|分部|办事处|代表处|研发中心|工厂|生产基地)")


#: right before a date: the year of a goal (到2025年, 力争2025年)
_BY_TARGET = re.compile(r"(?:到|至|力争|争取|计划|预计|力争到|争取到)$")


def established(view: SentenceView) -> Iterator[Relation]:
    """DATE，X正式挂牌成立 / DATE，园区创新成立“Y”: establishedDate (园区于DATE开园: of the zone referred to)."""
    for m in _ESTABLISH.finditer(view.text):
        if m.group() == "应运而生" or _ANNIVERSARY.match(view.text, m.end()):
            continue  # 挂牌成立一周年, 成立30年来: the day of an anniversary, not of the setting up
        date = view.date_before(m.start())
        if date and date.start > m.start() and not re.fullmatch(r"于?", view.text[m.end():date.start]):
            continue  # 是国务院批准的首批国家级高新区，2021年实现…: a later figure's year (成立于2016年 is the date)
        if not date or date.kind != "point" or _ARRIVES.match(view.text, date.end):
            continue  # (于1999年进入园区，目前已设立X公司: the year of the arrival)
        if "；" in view.text[date.end:m.start()]:
            continue  # A项目已于5月投产；B公司在分区设立Z: A's date, another part of the sentence
        if _BY_TARGET.search(view.text, 0, date.start):
            continue  # 到2025年，…支持X创建…示范基地: a goal's year, no setting up
        if _SETS_UP_ANOTHER.match(view.text, m.end()):
            continue  # ABB于1992年在中国成立第一家合资企业: what the subject set up, not the subject
        after = [t for t in view.items if not t[2] and 0 <= view.rel(t[0])[0] - m.end() <= 1
                 and view.text[m.end():view.rel(t[0])[0]] in ("", "了", "“", "‘")  # (开园，华为云…入驻: no firm set up)
                 and view.entity(t[1]).cls in ORG_CLASSES | ZONE_CLASSES
                 and not _UNIT_OF_FIRM.match(view.text, view.rel(t[0])[1])]  # 设立欧莱雅|海南区域总部: the firm's unit
        before = [t for t in view.items if view.rel(t[0])[1] <= m.start()
                  and view.entity(t[1]).cls in (ORG_CLASSES | ZONE_CLASSES if not t[2] or _anaphor(view, t[0])
                                                else ZONE_CLASSES)
                  and not view.text.endswith("在", 0, view.rel(t[0])[0])  # X在Y正式开园: Y is where X opens
                  and _set_up_after(view, view.rel(t[0])[1], m)
                  and not _APPROVER.match(view.text, view.rel(t[0])[1]) and not _its_project_after(view, t)]
        if before and any(view.rel(t[0])[0] - m.end() in (0, 1) and view.text[m.end():view.rel(t[0])[0]] in ("", "了")
                          and view.entity(t[1]).cls == "Project" for t in view.items):
            before = []  # X公司设立发动机组装基地: the firm sets up what follows, it is not set up
        if m.group() in ("批准", "批复"):
            if any(v.group() not in ("批准", "批复", "应运而生") for v in _ESTABLISH.finditer(view.text)):
                continue  # 1988年创建、1991年经国务院批准的…: set up when created, not when approved
            after, before = [], []  # 国务院1991年批准的…: who approved, not what was set up (the sentence's opener)
        target = after[0] if after else (before[-1] if before else None)
        opener = view.opener
        if target is None and opener and not opener[2] and lexicon.LEAD_IN.fullmatch(view.text, 0, view.rel(opener[0])[0]) \
                and view.entity(opener[1]).cls in ZONE_CLASSES | ORG_CLASSES and not _its_project_after(view, opener) \
                and (re.search(r"[，,]于[^，。；]*$", view.text[:m.start()])
                     or (date.start == view.clause_start(m.start()) > 0 and (view.text[m.start() - 4:m.start()]
                         .endswith(("批准", "批复", "同意", "正式")) or view.text.startswith(("由", "经"), date.end)))
                     or re.search(r"是[^，。；]*$", view.text[:m.start()]) and view.text.startswith(("的", "、"), m.end())
                     or (date.start == view.clause_start(m.start()) > 0 and date.end == m.start()
                         and not view.text.startswith("的", m.end()) and not any(
                             view.rel(opener[0])[1] <= view.rel(t[0])[0] < date.start
                             for t in view.of_class((ORG_CLASSES | ZONE_CLASSES) - {"GovernmentBody"}, generic=False)))):
            # X是……，(于)1994年2月经国务院批准设立 / X是1992年经省政府批准设立的开发区 / X…，2011年12月由两国签约设立
            # / X是省政府批准设立的合作区，由A和B共建，2011年2月成立 (no other firm or zone named between)
            target = opener
        if target:
            yield _rel(target[1], "establishedDate", date.date, (target[0],), False)
            end = view.rel(target[0])[1]
            where = [t for t in view.of_class(ZONE_CLASSES | PLACE_CLASSES, generic=False)
                     if view.rel(t[0])[0] == end + 1 and t[1] != target[1]]
            if view.text.startswith("在", end) and where:  # X在Y正式开园: X is in Y (湖南湘江新区, not 湖南)
                zm, zk, _ = max(where, key=lambda t: view.rel(t[0])[1])
                zm, zk = _innermost_place(view, zm, zk)  # 在天津市武清区揭牌: in 武清区
                yield _rel(target[1], "locatedIn", zk, (target[0], zm))


def _its_project_after(view: SentenceView, item) -> bool:
    """A project's name follows the firm's or zone's right away (X有限公司|沈阳研发中心二期项目…于…建成启用): the
    project is what the sentence speaks of, not the firm."""
    end = view.rel(item[0])[1]
    return any(view.rel(t[0])[0] == end and not t[2] and view.entity(t[1]).cls == "Project" for t in view.items)


def _opening_zone(view: SentenceView) -> tuple[Mention, str] | None:
    """The zone named first in the sentence, after lead-in words only (X启动区位于Y经开区…，由Z开发建设)."""
    first = view.opener
    if first is None or first[2] or view.entity(first[1]).cls not in ZONE_CLASSES \
            or not lexicon.LEAD_IN.fullmatch(view.text, 0, view.rel(first[0])[0]):
        return None
    return first[0], first[1]


#: a sentence opening with a facility referred back to: 该中心, 该基地 (its builders and industries, not the zone's)
_FACILITY_REFERRED = re.compile(r"(?:该|此|这一?)(?:中心|基地|平台|实验室|研究院|工厂|综合体|大厦|学院|医院|机场|码头)")


def _zone_unless_a_facility_opens(view: SentenceView) -> tuple[Mention, str] | None:
    """The sentence's zone, unless the sentence is about a facility named before (该中心由A与B共同打造)."""
    if _FACILITY_REFERRED.match(view.text, lexicon.LEAD_IN.match(view.text).end()):
        return None
    return view.zone_subject()


def _anaphor(view: SentenceView, m: Mention) -> bool:
    """该公司, 此项目, or 项目 opening its sentence (项目计划于2023年底开工, 新工厂位于…): a generic name that
    refers back."""
    s = view.rel(m)[0]
    return view.text[max(0, s - 1):s] in ("该", "此") or (m.cls == "Project" and view.text[:s] in ("", "新"))


_MADE_BY = re.compile(r"(?:共同|联合)打造")
#: a zone's kind right after the verb, itself describing a noun: 共建园区的样板 names a kind of zone, not an act
#: (以飞地模式共建园区，: the act)
_KIND_AFTER_VERB = re.compile(r"(?:园区|园|区|开发区|示范区|产业园|合作区|平台)(?:的|之一|中)")


#: after a verb of building: and of running (建设|和运营)
_AND_RUNS = re.compile(r"(?:(?:和|及|并)(?:运营|管理))?的?")


#: what may join the agents opening a clause: 、, 和 … and their count (两市)
_AGENT_JOINS = re.compile(r"[、和与及]*(?:两市|三市|两地|三地|双方)?")


def _agents_only(view: SentenceView, start: int, end: int) -> bool:
    """start…end holds two or more places or organizations and nothing else but what joins them
    (沈阳市、抚顺市|共同参与建设; not 青川新区将与白石集团|共同打造)."""
    agents = [view.rel(t[0]) for t in view.items if not t[2] and start <= view.rel(t[0])[0] and view.rel(t[0])[1] <= end
              and view.entity(t[1]).cls in (ORG_CLASSES | PLACE_CLASSES) - {"Region"}]
    rest, pos = "", start
    for a, b in sorted(agents):
        if a < pos:
            continue
        rest, pos = rest + view.text[pos:a], b
    return len(agents) >= 2 and _AGENT_JOINS.fullmatch(rest + view.text[pos:end]) is not None


def developers(view: SentenceView) -> Iterator[Relation]:
    """X是A与B合作开发的…, 是A、B、C三市跨江联动开发的…: developedBy each of A, B, C (of the zone opening
    the sentence, else the sentence's zone)."""
    subject = _opening_zone(view) or _zone_unless_a_facility_opens(view)
    if subject is None or view.text.endswith("位于", 0, view.rel(subject[0])[0]):
        return  # 该项目位于Z，由A投资建设: the project's builder, not Z's
    for a, b in clauses(view.text):
        d = _DEVELOP.search(view.text, a, b) or _MADE_BY.search(view.text, a, b)
        if not d:
            continue
        copula = max((view.text.rfind(w, a, d.start()), w) for w in ("是", "由", "作为"))
        if d.group().endswith("打造") and copula[1] != "由":
            continue  # 由A和B共同打造 names developers; 与A共同打造…高地 does not
        if copula[1] == "是" and _KIND_AFTER_VERB.match(view.text, d.end()):
            continue  # 是江苏省南北共建园区的样板: a kind of zone (共建园区), not who built this one
        seg_start = view.segment(a)[0]
        if copula[1] == "由" and any(seg_start <= view.rel(t[0])[1] <= copula[0]
                                     for t in view.of_class({"Project"}) if not t[2] or _anaphor(view, t[0])):
            continue  # X项目，总投资N元，由A投资建设: who builds the project just named, not the zone
        built = [t for t in view.of_class(_NAME_HOSTS) if (not t[2] or _anaphor(view, t[0]))
                 and view.rel(t[0])[0] >= d.end() and view.text[d.end():view.rel(t[0])[0]] in ("", "的")]
        # (是两国政府间的重要合作项目: a kind of project, not the one named before)
        if copula[0] == -1 and d.group().startswith("共同") and _agents_only(view, a, d.start()):
            copula = (a, "")  # X由Y管理，A、B共同参与建设: the clause's agents
        if copula[0] == -1 or built:  # 由X投资建设的Y项目: who builds the project, not the zone
            continue  # 是A与B合作开发的… / 由A建设 / 作为…: otherwise the verb is not about who developed the zone
        start = copula[0] + len(copula[1])
        spans = [view.rel(t[0]) for t in view.items]
        agents = [t for t in view.items if start <= view.rel(t[0])[0] and view.rel(t[0])[1] <= d.start()
                  and view.entity(t[1]).cls in (ORG_CLASSES | PLACE_CLASSES) - {"Region"} and not t[2]
                  and not any(a2 <= view.rel(t[0])[0] and view.rel(t[0])[1] <= b2 and (a2, b2) != view.rel(t[0])
                              for a2, b2 in spans)]
        agents = [t for t in agents if not view.text.startswith(_RANKED_IN, view.rel(t[0])[1])]
        # (是江苏省首个南北共建园区: the province it is the first of, no builder)
        where = [t for t in agents if view.text.endswith("在", 0, view.rel(t[0])[0])]
        agents = _outermost(view, [t for t in agents if t not in where])  # (A与B在泰国合作开发的: there, no agent)
        after = _AND_RUNS.match(view.text, d.end()).end()  # 由X负责投资建设和运营Y园区: Y is what X develops
        named = [t for t in view.of_class(ZONE_CLASSES, generic=False) if view.rel(t[0])[0] == after]
        developed = max(named, key=lambda t: view.rel(t[0])[1])[:2] if named and copula[1] == "由" else subject
        if any(view.rel(m)[0] <= view.rel(developed[0])[0] and view.rel(developed[0])[1] <= view.rel(m)[1]
               for m, _, _ in agents):
            continue  # X由Z管委会与A共同打造: Z is named in an agent's name, not what is built (X, unknown)
        for m, key, _ in agents:
            yield _rel(developed[1], "developedBy", key, (developed[0], m))
        for m, key, _ in where if agents else ():
            yield _rel(developed[1], "locatedIn", key, (developed[0], m))


#: after a place, what ranks a zone among the place's: 江苏省首个…, 全省唯一的…
_RANKED_IN = ("首个", "首家", "首批", "第一个", "唯一", "最大", "最早")


#: between a firm and the park it builds: 将在Y投资N元建设, 计划投资建设, 打造
_BUILDS_PARK = re.compile(r"(?:将|拟|计划|正式)?(?:在(?P<at>[^，。；、]{2,20}?))?(?:(?:追加|总)?投资(?:约|超)?[0-9.]+[万亿]?元[，,]?)?"
                          r"(?:投资建设|投资兴建|建设|兴建|新建|投建|打造)的?"  # (投资12亿元建设的Y科技园)
                          r"(?:[^，。；]{2,30}?(?:项目|工程)[和及、])?")  # (建设A项目和Y产业园: the park too)


def park_builder(view: SentenceView) -> Iterator[Relation]:
    """X集团投资N元建设Y产业园: the firm develops the park it builds (in Z where it says 在Z); X与Z签订协议，
    投资N元建设Y产业园: the firm opening the part of the sentence does."""
    firms = view.of_class({"Company"}, generic=False)
    for m, key, generic in view.of_class(ZONE_CLASSES, generic=False):
        s = view.rel(m)[0]
        investor = _clause_investor(view, s) if view.entity(key).cls == "Park" else None
        if investor is not None:
            yield _rel(key, "developedBy", investor[1], (m, investor[0]))
        for fm, fk, _ in firms:
            b = view.rel(fm)[1]
            built = _BUILDS_PARK.fullmatch(view.text, b, s) if b <= s else None  # (its one comma: 投资N元，建设)
            if built is None:
                continue
            yield _rel(key, "developedBy", fk, (m, fm))
            at = [t for t in view.of_class(ZONE_CLASSES | PLACE_CLASSES, generic=False)
                  if built.start("at") == view.rel(t[0])[0] and view.rel(t[0])[1] == built.end("at")]
            if at:
                yield _rel(key, "locatedIn", at[0][1], (m, at[0][0]))


def _outermost(view: SentenceView, items: list) -> list:
    """Drop mentions nested inside another of the list (新加坡 inside 新加坡政府) and a place that only
    opens a chain (江苏省 of 江苏省盐城市)."""
    spans = [view.rel(t[0]) for t in items]
    return [t for t, (s, e) in zip(items, spans)
            if not any((s2 <= s and e <= e2) and (s2, e2) != (s, e) for s2, e2 in spans)
            and not _opens_chain(view, t)]


def _opens_chain(view: SentenceView, item) -> bool:
    """A place right before a place inside it: 江苏省 of 江苏省盐城市, 盐城市 of 盐城市大丰区."""
    m, key, _ = item
    outer = view.entity(key)
    return outer.cls in PLACE_CLASSES and any(
        o.start == m.end and view.entity(k).cls in PLACE_CLASSES and _within(view.entity(k).label, outer.label)
        for o, k, _ in view.items)


#: what follows a zone's name in the name of the zone's own works: 二期项目, 基础设施建设工程
_ZONE_S_OWN_WORKS = re.compile(r"(?:[一二三四五六七八九十0-9]期)?(?:基础设施)?(?:建设|开发|扩区)?(?:项目|工程)")


def projects_named_after_zones(view: SentenceView) -> Iterator[Relation]:
    """青山产业园科创总部项目: a project named after its zone is in it (not 青山产业园二期项目, the zone's own works)."""
    zones = view.of_class(ZONE_CLASSES, generic=False)
    for m, key, _ in view.of_class({"Project"}, generic=False):
        start, end = view.rel(m)
        inner = [t for t in zones if view.rel(t[0])[0] == start and view.rel(t[0])[1] < end]
        if not inner:
            continue
        zm, zk, _ = max(inner, key=lambda t: view.rel(t[0])[1])
        if not _ZONE_S_OWN_WORKS.fullmatch(view.text, view.rel(zm)[1], end):
            yield _rel(key, "locatedIn", zk, (m, zm))


def cooperation(view: SentenceView) -> Iterator[Relation]:
    """与A、B的协同 / 赴A、B、C等地开展合作对接 / A与B合作: cooperatesWith."""
    subject = view.zone_subject()
    for a, b in clauses(view.text):
        develop = _DEVELOP.search(view.text, a, b)
        builds_zone = develop and (_BUILDS_NON_ZONE.match(view.text, develop.end()) is None or any(
            develop.end() <= view.rel(zm)[0] < b for zm, _, _ in view.of_class(ZONE_CLASSES)))
        # (A与B共建X园区: X developedBy them, not 共建产学研合作平台, a cooperation; but two zones that build
        # together cooperate, for a zone develops nothing: 开发区与苏州工业园区签订合作共建协议)
        for m in re.finditer(r"(与|同|赴)", view.text[a:b]):
            pos = a + m.end()
            tail = view.text[pos:b]
            verb = _COOPERATE.search(tail)
            if not verb:
                continue
            signs = verb.group() == "签约"  # A与B签约: the two sign (not 赴深圳…签约, 与新加坡企业签约项目5个)
            if signs and m.group() == "赴":
                continue
            partners = _list_after(view, pos, b)
            if signs and re.match(r"(?:共|集中)?签约(?:了)?[^，。；]{0,4}项目", tail[verb.start():]):
                partners = [t for t in partners if view.entity(t[1]).cls in ORG_CLASSES]  # (与A、B等企业签约项目8个)
            if signs:
                partners = [t for t in partners if not (view.entity(t[1]).cls in PLACE_CLASSES
                                                        and _FIRMS_OF_PLACE.match(view.text, view.rel(t[0])[1]))]
            if not partners:
                continue
            left_end = _before_parenthesis(view.text, a + m.start())
            if view.text.endswith(("分别", "共同"), 0, left_end):  # A、B分别与园区签订协议: each of A and B
                left_end -= 2
            modal = _MODAL_BEFORE.search(view.text, a, left_end)  # 佛山将与广州携手推进同城化: 佛山 and 广州
            left_end = modal.start() if modal else left_end
            kind = _LIST_KIND_BEFORE.search(view.text, a, left_end)
            if kind:  # A、B、C等12家单位与园区签订合作协议: the list before what they are
                left_end = kind.start()
            left = _list_before(view, left_end) if m.group() != "赴" else []
            subjects = [(t[0], t[1]) for t in left] or ([subject] if subject is not None and not signs else [])
            for subj in subjects:
                for pm, pk, _ in partners:
                    if builds_zone and not (view.entity(subj[1]).cls in ZONE_CLASSES
                                            and view.entity(pk).cls in ZONE_CLASSES
                                            and not _BUILT_BEFORE.search(view.text, 0, view.rel(subj[0])[0])):
                        continue  # (A与B共建的X、C与D共建的Y: X is what A and B built, no partner of D)
                    if pk != subj[1] and not _home_country(view, subj[1], pk):
                        yield _rel(subj[1], "cooperatesWith", pk, (subj[0], pm))


#: right before a zone: the verb that built it (共建的X)
_BUILT_BEFORE = re.compile(r"(?:共建|建设|开发|打造)的$")
#: after a place: the firms or businessmen of it (与新加坡企业签约: not with Singapore)
_FIRMS_OF_PLACE = re.compile(r"(?:地区|籍|的)?(?:企业|客商|商会|公司|企业家|投资者|投资商)")
#: between a subject and 与: when or how it acts (将, 还将, 积极, 主动)
_MODAL_BEFORE = re.compile(r"(?:将|要|还将|也将|已|正|积极|主动|进一步)+$")
#: what a list before 与 is, after it: 等12家单位, 等一批企业, 等高校
_LIST_KIND_BEFORE = re.compile(r"(?:等(?:[0-9]+|[一二三四五六七八九十两]+|一批)?|[0-9]+|[一二三四五六七八九十两]+)[家个所批]?"
                               r"(?:单位|企业|机构|高校|院所|公司|科研院所)$")  # (A、B、C三家企业分别与…)


#: what is built together without being a zone: a platform, a lab, a centre
_BUILDS_NON_ZONE = re.compile(r"[^，。；]{0,12}?(?:平台|实验室|中心|联盟|基金|研究院)")


def _home_country(view: SentenceView, a: str, b: str) -> bool:
    """One side is China and the other no country (与中国电建签署: a firm's name that opens with 中国, not
    China, which a Chinese zone or firm would not cooperate with)."""
    cls_a, cls_b = view.entity(a).cls, view.entity(b).cls
    return (cls_a == "Country") != (cls_b == "Country") and "中国" in (view.entity(a).label, view.entity(b).label)


_BOTH_BUILD = re.compile(r"(?:双方|两地|两市|两区)?(?:将|拟|还将|共同)*(?:在(?P<where>[^，。；《》]{2,16}?))?"
                         r"(?:合作共建|共建|共同开发建设|共同建设|合作建设|共同打造|联合打造|共同开发|联合开发)"
                         r"(?:(?:全球|全国|国内|省内)?(?:首个|首家|第一个))?")  # (共同建设全球首个X产业园)


def joint_builders(view: SentenceView) -> Iterator[Relation]:
    """A与B签署协议，双方将(在Y)共建X园区 / A与B签署协议，共同建设X / A与B共同建设X: X developedBy A and B
    (and located in Y)."""
    zones = [t for t in view.of_class(ZONE_CLASSES, generic=False)
             if not view.inside_other_name(t[0])]  # (共建X科学城先进材料研究院: an institute, not the zone)
    for m in _BOTH_BUILD.finditer(view.text):  # (签署合作共建协议，双方将共建X: the verb before the zone)
        built = [t for t in zones if view.rel(t[0])[0] == m.end()]
        if built:
            break
    else:
        return
    if m.group("where"):  # 双方将在南通市通州区共同建设X: X is in 通州区
        places = [t for t in view.of_class(PLACE_CLASSES | ZONE_CLASSES, generic=False)
                  if m.start("where") <= view.rel(t[0])[0] and view.rel(t[0])[1] <= m.end("where")]
        if places:
            pm, pk, _ = max(places, key=lambda t: (view.rel(t[0])[1], -view.rel(t[0])[0]))
            yield _rel(built[0][1], "locatedIn", pk, (built[0][0], pm))
    for link in re.finditer(r"与|和|同", view.text[:m.start()]):  # (A与B共同建设X: the same clause)
        left, right = _sides_of(view, link)
        if right and view.entity(right[0][1]).cls == "Country":  # 新加坡淡马锡控股公司: the firm
            firm = [t for t in view.of_class({"Company"}, generic=False)
                    if view.rel(t[0])[0] == view.rel(right[0][0])[1]]
            after = view.rel(right[0][0])[1]
            if not firm and re.match(r"[\u4e00-\u9fff]", view.text[after:after + 1]) \
                    and not _AGENT_ENDS.match(view.text, after):
                continue  # 与新加坡淡马锡签约: a firm of that country the text does not name in full, not the country
            right = firm or right
        if left and right:
            right = [max(right, key=lambda t: view.rel(t[0])[1])]
            if view.entity(right[0][1]).cls in PLACE_CLASSES:  # 上海市嘉定区: the district
                right = [(*_innermost_place(view, right[0][0], right[0][1]), False)]
            for pm, pk, _ in _outermost(view, left) + right:
                yield _rel(built[0][1], "developedBy", pk, (built[0][0], pm))
            return
    if view.previous is not None and _BY_THE_AGREEMENT.match(view.text) and "双方" in view.text[:m.end()]:
        for pm, pk, _ in _signing_parties(view.previous):  # A与B签署…协议。根据协议，双方将…共同建设X
            yield _rel(built[0][1], "developedBy", pk, (built[0][0], pm))


#: right before a project: both parties of the signing build it (双方将合资建设X项目)
_BOTH_RUN = re.compile(r"双方(?:将|拟|计划)?(?:(?:合资|共同|联合|携手)(?:投资)?(?:建设|兴建|打造|投建|新建)|共建)$")
#: right before a project, after A与B in its clause: the two build it together (A与B签约共建X项目)
_TOGETHER_BUILD = re.compile(r"(?:签约|签署协议)?(?:将|拟|计划)?(?:(?:合资|合作|共同|联合|携手)(?:投资)?(?:建设|兴建|投建|新建)|共建)$")


def jointly_run_projects(view: SentenceView) -> Iterator[Relation]:
    """A与B签约，双方将合资建设X项目 (or 根据协议，双方将… after the signing's sentence): both firms run X."""
    for m, key, _ in view.of_class({"Project"}, generic=False):
        s = view.rel(m)[0]
        if _BOTH_RUN.search(view.text, view.clause_start(s), s):
            parties = _signing_parties(view) or (_signing_parties(view.previous) if view.previous is not None
                                                 and _BY_THE_AGREEMENT.match(view.text) else [])
        elif _TOGETHER_BUILD.search(view.text, view.clause_start(s), s):
            parties = _joined_in_clause(view, view.clause_start(s), s)  # A与B签约共建X项目
        else:
            continue
        for pm, pk, _ in parties:
            if view.entity(pk).cls in ("Company", "Institution"):  # (a research institute too; not a zone)
                yield _rel(key, "operatedBy", pk, (m, pm))


def _joined_in_clause(view: SentenceView, start: int, end: int) -> list:
    """A and B of A与B… in the clause start…end (the longest name after the link: the firm, not its country)."""
    link = re.compile(r"与|和|同").search(view.text, start, end)
    if link is None:
        return []
    left, right = _sides_of(view, link)
    left = [t for t in left if view.rel(t[0])[0] >= start]
    country = [view.rel(t[0])[1] for t in right if view.entity(t[1]).cls == "Country"]
    right += [t for t in view.items if country and view.rel(t[0])[0] == country[0] and not t[2]
              and view.entity(t[1]).cls in AGENT_CLASSES]  # 与新加坡|太平船务有限公司
    return _outermost(view, left) + [max(right, key=lambda t: view.rel(t[0])[1])] if left and right else []


def _sides_of(view: SentenceView, link: re.Match) -> tuple[list, list]:
    """The agents joined by a 与/和/同: the list that ends before it and the names that start after it."""
    left = _list_before(view, _before_parenthesis(view.text, link.start()))
    right = [t for t in view.items if view.rel(t[0])[0] == link.end() and not t[2]
             and view.entity(t[1]).cls in AGENT_CLASSES]
    if right and all(view.entity(t[1]).cls in PLACE_CLASSES for t in right):
        right = _body_of_places(view, link.end()) or right
    return left, right


def _body_of_places(view: SentenceView, start: int) -> list:
    """江苏省|昆山市人民政府: the body (government, firm …) named after the run of places opening at start,
    as a one-item list; or [] when the places name no body."""
    places, end = [], start
    while run := [t for t in view.items if view.rel(t[0])[0] == end and not t[2]
                  and view.entity(t[1]).cls in PLACE_CLASSES]:
        places += run
        end = max(view.rel(t[0])[1] for t in run)
    opens = {view.rel(t[0])[0] for t in places}
    bodies = [t for t in view.items if view.rel(t[0])[0] in opens and view.rel(t[0])[1] > end and not t[2]
              and view.entity(t[1]).cls in ORG_CLASSES]
    return [max(bodies, key=lambda t: view.rel(t[0])[1])] if bodies else []


def _signing_parties(view: SentenceView) -> list:
    """A and B of A与B(在Y)签署…协议 / A与B在Y签约 (the firm, not its country, as in joint_builders)."""
    sign = re.search(r"签署|签订|签约", view.text)
    for link in re.finditer(r"与|和|同", view.text[:sign.start()] if sign else ""):
        left, right = _sides_of(view, link)
        right = [t for t in right if view.entity(t[1]).cls != "Country"]
        if left and right:
            return _outermost(view, left) + [max(right, key=lambda t: view.rel(t[0])[1])]
    return []


#: right after an agent's name: the verb or link that ends it (与新加坡签署…, 与新加坡共同…, 与新加坡政府)
_AGENT_ENDS = re.compile(r"签|共|合|联|在|于|就|等|两|双|政府|的|、|和|及|与")


_IN_CHARGE = re.compile(r"负责(?P<zone>[^，。；]{2,24}?)的?(?:开发运营|开发建设|建设运营|招商运营|开发|运营)")


def zone_operators(view: SentenceView) -> Iterator[Relation]:
    """X（联合Y）负责园区的开发运营, (该园区…，)由X负责招商运营: the zone developedBy X (and Y)."""
    for m in _IN_CHARGE.finditer(view.text):
        zone = [t for t in view.of_class(ZONE_CLASSES) if view.rel(t[0])[0] == m.start("zone")
                and view.rel(t[0])[1] == m.end("zone") and (not t[2] or _named_just_before(view, t[1]))]
        clause = view.clause_start(m.start())
        agents = [t for t in view.of_class({"Company", "Organization", "GovernmentBody"}, generic=False)
                  if clause <= view.rel(t[0])[0] and view.rel(t[0])[1] <= m.start()]
        for am, ak, _ in _outermost(view, agents) if zone else ():
            yield _rel(zone[0][1], "developedBy", ak, (zone[0][0], am))
    for m in _RUN_BY.finditer(view.text):  # 该产业园由A投资建设，…，由B负责招商运营: the sentence's zone run by B
        zone = _opening_zone(view) or view.zone_subject()
        agents = [t for t in view.of_class({"Company", "Organization"}, generic=False)
                  if m.start("agent") <= view.rel(t[0])[0] and view.rel(t[0])[1] <= m.end("agent")]
        for am, ak, _ in _outermost(view, agents) if zone else ():
            yield _rel(zone[1], "developedBy", ak, (zone[0], am))
    zone = _opening_zone(view)
    built = _BUILT_BY_AGENT.match(view.text, view.rel(zone[0])[1]) if zone else None
    if built:  # X综合保税区由Y市人民政府负责建设和管理: Y develops X
        agents = [t for t in view.of_class({"Company", "Organization", "GovernmentBody"}, generic=False)
                  if built.start("agent") <= view.rel(t[0])[0] and view.rel(t[0])[1] <= built.end("agent")]
        for am, ak, _ in _outermost(view, agents):
            yield _rel(zone[1], "developedBy", ak, (zone[0], am))


#: right after a zone: who builds it (由Y负责建设和管理, 由Y负责开发建设)
_BUILT_BY_AGENT = re.compile(r"由(?P<agent>[^，。；由]{2,40}?)负责(?:开发)?建设(?:和|及|与|、)?(?:管理|运营)?")
#: 由X负责招商运营: who runs the zone the sentence is about
_RUN_BY = re.compile(r"由(?P<agent>[^，。；由]{2,40}?)负责(?:招商运营|运营管理|运营)")


def _named_just_before(view: SentenceView, key: str) -> bool:
    """The zone is the only one named (not referred to) in this sentence and the one before."""
    named = {k for v in (view, view.previous) if v is not None for k in (t[1] for t in v.of_class(ZONE_CLASSES, False))}
    return named == {key}


def _list_before(view: SentenceView, end: int) -> list:
    """The agents of a list A、B、C that ends at end (outermost names only)."""
    last = [t for t in view.items if view.rel(t[0])[1] == end and view.entity(t[1]).cls in AGENT_CLASSES]
    if not last:
        return []
    start = _list_start(view, min(view.rel(t[0])[0] for t in last))
    return _outermost(view, [t for t in view.items if start <= view.rel(t[0])[0] and view.rel(t[0])[1] <= end
                             and not t[2] and view.entity(t[1]).cls in AGENT_CLASSES])


#: after a project and 由 A与B: what they do (共同投资, 控股建设, 投资建设)
_INVESTED_BY = re.compile(r"(?:共同|联合|合资)(?:投资|出资)|(?:控股|投资|负责)建设")


def _partners_after(view: SentenceView, end: int) -> list:
    """The names joined after the one ending at end (和Y, 与Y、Z), each the longest named there."""
    out: list = []
    while view.text[end:end + 1] in ("和", "与", "及", "、") and end < len(view.text):
        there = [t for t in view.items if view.rel(t[0])[0] == end + 1 and not t[2]]
        if not there:
            break
        out.append(max(there, key=lambda t: view.rel(t[0])[1]))
        end = view.rel(out[-1][0])[1]
    return out


def _joined_before(view: SentenceView, end: int, classes: set[str], joiners: str = "与和及、") -> list:
    """The names of classes joined by 与, 和, 及 or 、 (or the joiners given) whose last ends at end (A与B,
    A、B和C; a place opening the next one's chain is part of it: 重庆市潼南区)."""
    chain: list = []
    while True:
        last = [t for t in view.items if view.rel(t[0])[1] == end and not t[2] and view.entity(t[1]).cls in classes]
        if not last:
            return _outermost(view, chain)
        chain += last
        start = min(view.rel(t[0])[0] for t in last)
        opener = [t for t in view.items if view.rel(t[0])[1] == start and view.entity(t[1]).cls in PLACE_CLASSES]
        if opener:  # 重庆市 of 重庆市潼南区
            chain += opener
            start = view.rel(opener[0][0])[0]
        if start == 0 or view.text[start - 1] not in joiners:
            return _outermost(view, chain)
        end = start - 1


def built_together(view: SentenceView) -> Iterator[Relation]:
    """A与B共建的X园区: X developedBy A and B; X项目由A与B共同投资, 该项目…，由X控股建设, 由A和B共同投资的X项目:
    the project operatedBy them."""
    for m, key, _ in view.of_class(ZONE_CLASSES, generic=False):
        verb = lexicon.BUILT_BY_BEFORE.search(view.text, 0, view.rel(m)[0])
        for am, ak, _ in _joined_before(view, verb.start(), AGENT_CLASSES) if verb else ():
            yield _rel(key, "developedBy", ak, (m, am))
    for invested in _INVESTED_BY.finditer(view.text):
        by = view.text.rfind("由", view.clause_start(invested.start()), invested.start())
        agents = _joined_before(view, invested.start(), ORG_CLASSES) if by != -1 else []
        if not agents or min(view.rel(t[0])[0] for t in agents) != by + 1:
            continue  # 由 then the firms, right up to the verb
        project = [t for t in view.of_class({"Project"})
                   if view.rel(t[0])[1] == by and (not t[2] or _anaphor(view, t[0]))]
        segment_start = view.segment(by)[0]  # (A项目…；B项目总投资N元，由X投资建设: B's, not A's)
        opening = next((t for t in view.items if view.rel(t[0])[0] >= segment_start), None)
        if not project and opening and view.entity(opening[1]).cls == "Project" and view.text[by - 1:by] in "，," \
                and (not opening[2] or _anaphor(view, opening[0])):
            project = [opening]  # 该项目总投资N元，由X控股建设
        after = re.match(r"(?:建设|兴建|开发)?的", view.text[invested.end():])
        if not project and after:  # 由A和B共同投资的X项目
            project = [t for t in view.of_class({"Project"}, generic=False)
                       if view.rel(t[0])[0] == invested.end() + after.end()]
        for am, ak, _ in agents if project else ():
            yield _rel(project[0][1], "operatedBy", ak, (project[0][0], am))


def _before_parenthesis(text: str, pos: int) -> int:
    """Where a parenthesis that ends at pos opens (江苏省产业技术研究院（以下简称“产研院”）与…), else pos."""
    if pos and text[pos - 1] in "）)":
        opening = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
        if opening != -1:
            return opening
    return pos


def _list_after(view: SentenceView, pos: int, end: int) -> list:
    """The entities of a list A、B、C starting at pos."""
    out = []
    for t in sorted(view.items, key=lambda t: (t[0].start, -t[0].end)):  # (the outermost name at a place)
        s, e = view.rel(t[0])
        if s < pos or s >= end or (t[2] and view.entity(t[1]).cls not in ZONE_CLASSES):  # 与园区: the zone
            continue
        if s != pos:
            break
        if view.entity(t[1]).cls == "Country" and (body := _body_of_country(view, e)) is not None:
            pos = body  # 与德国巴登-符腾堡州斯图加特市经济促进局: the body, of that country
            continue
        if view.entity(t[1]).cls in AGENT_CLASSES and not _describes_next(view, t) and not _opens_chain(view, t):
            out.append(t)
        pos = e
        if view.text.startswith(("、", "和", "及"), pos):
            pos += 1
    return out


def _body_of_country(view: SentenceView, end: int) -> int | None:
    """Where the organization opens that the words right after a country's name (ending at end) lead to, with
    nothing between that ends the name (德国|巴登-符腾堡州|斯图加特市经济促进局); else None."""
    starts = [view.rel(o)[0] for o, k, g in view.items if not g and view.entity(k).cls in ORG_CLASSES
              and end < view.rel(o)[0] <= end + 12]
    return next((s for s in sorted(starts) if re.fullmatch(r"[^、，。；：与和及等的在]*", view.text[end:s])), None)


def _describes_next(view: SentenceView, item) -> bool:
    """A country right before an organization's name says where it is from (丹麦 of 丹麦马士基集团)."""
    m, key, _ = item
    return view.entity(key).cls == "Country" and any(
        o.start == m.end and view.entity(k).cls in ORG_CLASSES for o, k, _ in view.items)


def focus_industries(view: SentenceView) -> Iterator[Relation]:
    """园区着力打造A、B、C产业体系: focusIndustry of the zone (the one opening the sentence: 据悉，X产业园位于
    Y新区，将重点发展A、B… is X's focus, not the article's zone Y)."""
    subject = _opening_zone(view) or _zone_unless_a_facility_opens(view)
    industries = view.of_class({"Industry"}, generic=False)
    if subject is None or len(industries) < 2:
        return
    parts = _parts_with_own_zone(view)
    if parts:  # 其中，A片区…，重点发展X、Y；B片区…，重点发展Z: each part's zone its own industries
        for (a, b), zone in parts:
            own = [t for t in industries if a <= view.rel(t[0])[0] and view.rel(t[0])[1] <= b]
            yield from _focus_of(view, zone, own, a)
        return
    yield from _focus_of(view, subject, industries, 0)


def _parts_with_own_zone(view: SentenceView) -> list[tuple[tuple[int, int], tuple[Mention, str]]]:
    """The parts of a sentence cut at ；, each opening (after 其中，) with a zone of its own, when there are
    two or more such parts; else none."""
    bounds, start = [], 0
    for m in re.finditer(r"[；;]", view.text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(view.text)))
    parts = []
    for a, b in bounds:
        lead = a + (m.end() if (m := re.match(r"(?:其中|同时|此外)[，,]", view.text[a:b])) else 0)
        zone = next(((zm, zk) for zm, zk, g in view.of_class(ZONE_CLASSES) if not g and view.rel(zm)[0] == lead), None)
        if zone is not None:
            parts.append(((a, b), zone))
    if len(parts) < 2:  # A区重点发展X、Y等产业，B区重点发展Z等产业: clauses cut at commas, each opening with its zone
        openers = sorted(((view.rel(zm)[0], (zm, zk)) for zm, zk, g in view.of_class(ZONE_CLASSES)
                          if not g and view.text[view.rel(zm)[0] - 1:view.rel(zm)[0]] in ("，", ",")),
                         key=lambda t: t[0])
        clauses_of = [((a, b), zone) for (a, zone), b in zip(openers, [o[0] - 1 for o in openers[1:]] + [len(view.text)])]
        if len(clauses_of) >= 2 and all(_FOCUS.search(view.text, a, b) for (a, b), _ in clauses_of):
            return clauses_of
    return parts if len(parts) >= 2 else []


#: after the industries a zone focuses on: 等主导产业, 三大核心产业
_FOCUS_HEAD = re.compile(r"等?(?:主导|重点|支柱|优势|特色|战略性新兴)产业|[一二三四五六七八九十两0-9]大核心产业"
                         r"|等?为(?:主导|主|重点|核心|支柱)的(?:现代)?产业(?:体系|集群|格局)")  # (以A、B为主导的产业体系)


def _focus_of(view: SentenceView, subject: tuple[Mention, str], industries: list, part_start: int
              ) -> Iterator[Relation]:
    """focusIndustry of the subject for the industries of a sentence (or of one part of it) listed after a
    verb of focus or before a head word (等主导产业)."""
    if len(industries) < 2:
        return
    verb = next((v for v in _FOCUS.finditer(view.text, view.rel(subject[0])[1], view.rel(industries[-1][0])[0])
                 if view.text.rfind("《", 0, v.start()) <= view.text.rfind("》", 0, v.start())), None)
    # (not 三大主导产业's, nor a word of a title: 签订《产业协同发展合作协议》，双方将在A、B等领域开展协作)
    head = _FOCUS_HEAD.search(view.text, part_start)
    if not verb and not head:
        return
    start = verb.start() if verb else -1
    if verb and any(view.rel(pm)[1] == verb.start() and view.text.endswith(("为", "助力", "帮助"), 0, view.rel(pm)[0])
                    for pm, _, _ in view.of_class(PLACE_CLASSES)):
        return  # X的获批将为宜宾打造A、B产业集群提供支撑: the city's industries, not X's
    for m, key, _ in industries:
        s, e = view.rel(m)
        listed = view.text[e:e + 1] == "、" or view.text[s - 1:s] in ("、", "和", "及") or (head and head.start() == e)
        if s > start and listed:
            yield _rel(subject[1], "focusIndustry", key, (subject[0], m))


# --- projects and companies -------------------------------------------------------------

def _others_project_clause(view: SentenceView, end: int, verb: int) -> bool:
    """The verb is in a later clause about the projects of firms it opens with (X工厂…，A、B等企业在新片区建设的
    项目相继投产): theirs, not the project ending at end."""
    clause = view.clause_start(verb)
    return clause > end and "项目" in view.text[clause:verb] and any(
        view.rel(o)[0] == clause for o, _, _ in view.of_class(ORG_CLASSES, generic=False))


#: the ending of a gathering's name (not of a project's own ceremony: X项目签约仪式)
_GATHERING = ("峰会", "论坛", "博览会", "大会", "年会", "洽谈会", "交易会", "推介会", "研讨会", "展览会")


def _inside_gathering_name(view: SentenceView, m: Mention) -> bool:
    """The mention is part of the name of a forum, summit or fair (中新（重庆）…示范项目金融峰会)."""
    return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
               and view.entity(key).cls == "Event" and view.entity(key).label.endswith(_GATHERING)
               for o, key, _ in view.items)


def project_facts(view: SentenceView) -> Iterator[Relation]:
    """Investment (总投资N元的X), start (奠基/开工), signing (签约/落户), location in the zone."""
    projects = view.of_class({"Project"})
    zone = view.zone_subject()
    for m, key, generic in projects:
        s, e = view.rel(m)
        if any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o, _, _ in projects):
            continue  # 特斯拉上海超级工厂 of 特斯拉上海超级工厂二期项目: the phase's facts, not the first's
        if _in_description(view, (m, key, generic), projects):
            continue  # 该项目是X的重要配套项目，…年产值N元: the subject's facts, not X's (nor 配套项目's)
        if _inside_gathering_name(view, m):
            continue  # 在第四届X项目金融峰会上，…签约: the summit's name, not the project signed
        if not generic:
            amount = _amount_before(view, s)
            if amount is not None:
                yield _money_rel(key, "totalInvestment", amount, m)
        named_later = generic and all(o.start > m.start for o in view.entity(key).mentions)
        amount = _amount_after(view, e, _INVEST_KEY) if not named_later else None  # the headline's 项目78个，总投资…
        listed = any(view.rel(o)[1] + 1 == s and view.text[s - 1] in "和及与、" for o, _, og in projects if not og)
        if amount is not None and not listed:  # A项目和B项目，总投资N元: their total, not B's own
            yield _money_rel(key, "totalInvestment", amount, m)
        output = _amount_after(view, e, _OUTPUT_KEY)
        if output is not None:
            yield _money_rel(key, "annualOutputValue", output, m)
        seg_start, seg_end = view.segment(s)
        # A项目于3月开工，B项目于8月签约: a verb after the next project of another clause is that one's
        # (A、B等16个项目全面开工: a list shares its verb)
        shared = _SHARED_VERB.search(view.text, e, seg_end)  # A项目…，B项目…，均已于去年开工: both start
        seg_end = min([view.rel(o)[0] for o, _, og in projects if not og and view.rel(o)[0] >= e
                       and re.search(r"[，,]", view.text[e:view.rel(o)[0]])
                       and (shared is None or shared.start() < view.rel(o)[0])] + [seg_end])
        sign_verb = _SIGN.search(view.text, seg_start, seg_end)
        anaphor = generic and _anaphor(view, m)  # 该项目于2021年8月签约: the one just named
        after = max(seg_start, e - 2)  # (举行签约仪式，X项目正式签约: the verb after the project, not the event's)
        for verb, predicate in ((_START.search(view.text, after, seg_end), "startDate"),
                                (_SIGN.search(view.text, after, seg_end), "signedDate"),
                                (_PRODUCE.search(view.text, after, seg_end), "productionDate")):
            if verb and verb.start() >= e - 2 and (not generic or anaphor) and not _others_project_clause(view, e, verb.start()):
                between = [d for d in view.dates if e <= d.start and d.end <= verb.start()]
                date = between[-1] if between else view.date_before(s)  # X项目于8月签约: its own date
                if date is None and _SAME_DAY.search(view.text, 0, verb.start()):
                    date = _day_named_before(view)  # A、B等一批项目同日开工: the day named last before
                if date and date.start >= verb.end() and re.search(r"[，,；]", view.text[verb.end():date.start]):
                    date = None  # X项目已建成投产，2022年实现产值650亿元: the date of a figure after it
                if date and predicate != "productionDate" and _LATER_STAGE.match(view.text, date.end):
                    date = None  # X项目于2019年建成，已吸引…企业入驻: the date of its completion (or of
                    # another project's: A项目将于明年3月投产；B项目已开工建设)
                if date and date.start < seg_start and not view.text.startswith(("，", ","), date.end):
                    date = None  # A项目于2021年8月开工；B项目已建成投产: A's date, not a date for the sentence
                if date and date.kind != "until":  # 截至9月，…累计签约: a count's cut-off, no signing
                    yield _rel(key, predicate, date.date, (m,), False)
        started = _STARTED_BEFORE.search(view.text, 0, _list_start(view, s)) if not generic else None
        if started:  # 此次集中开工的A项目、B项目等30个项目: started that day (of the sentence, or of the event before)
            date = view.date_before(started.start())
            if date is None and started.group("this"):
                date = _day_named_before(view)  # (同日开工的还有…: the day named last before)
            if date is not None and date.kind == "point":
                yield _rel(key, "startDate", date.date, (m,), False)
        listing = _SIGNED_THE_LIST.search(view.text, 0, _list_start(view, s)) if not generic else None
        if listing:  # 6月10日，园区共签约A、B等15个项目: signed that day
            date = view.date_before(listing.start())
            if date is not None and date.kind == "point" and not _LATER_STAGE.match(view.text, date.end):
                yield _rel(key, "signedDate", date.date, (m,), False)
        signed_before = sign_verb if not generic and sign_verb and sign_verb.end() <= s else None
        if signed_before and (_BUILDS_AFTER_SIGNING.fullmatch(view.text, signed_before.end(), s)
                              or (_CLAUSE_REST.fullmatch(view.text, signed_before.end(), s)
                                  and _SETTLES.match(view.text, e))) \
                and not any(signed_before.end() <= view.rel(o)[0] < s for o, _, _ in projects):
            date = next((d for d in reversed(view.dates) if d.end <= signed_before.start()), None)
            if date and "；" in view.text[date.end:signed_before.start()]:
                date = None  # A项目将于7月开工；B与C签署协议，投资N元建设X: A's date, not the signing's
            if date and date.kind == "point":  # 3月15日，A与B签约，B将投资10亿元建设X: X signed then
                yield _rel(key, "signedDate", date.date, (m,), False)
        agreed = _BY_THE_AGREEMENT.match(view.text) and view.previous is not None \
            and re.search(r"签署|签订|签约", view.previous.text)  # …签署协议。根据协议，双方将共同建设X项目
        if agreed and not generic and _BUILT_WITH.search(view.text, 0, s):
            date = next((d for d in view.previous.dates if d.kind == "point" and d.date.day), None)
            if date is not None:
                yield _rel(key, "signedDate", date.date, (m,), False)
        of_zone = [t[:2] for t in view.of_class(ZONE_CLASSES, generic=False)
                   if view.rel(t[0])[1] + 1 == s and view.text[s - 1] == "的"]  # 永川高新区的X项目: in that zone
        where = (of_zone[-1] if of_zone else None) or _zone_named_before(view, s) \
            or (_zone_of_part(view, zone, s) if not _SAYS_WHERE.match(view.text, e)
                and not _where_another_settles(view, zone, s) and not _settles_in_a_place_instead(view, zone)
                else None)
        if where and not generic and where[1] != key and view.entity(key).cls == "Project" \
                and not _named_after_another_place(view, m, view.entity(where[1]).label):
            yield _rel(key, "locatedIn", where[1], (m, where[0]))


#: a sentence opening with what an agreement of the sentence before says: 根据协议，双方将…
_BY_THE_AGREEMENT = re.compile(r"(?:根据|按照|依据)(?:该|此|上述)?(?:协议|合作协议|投资协议)[，,]")


#: between a project and what is built with it: 及, 和, 以及
_BUILT_ALONG = re.compile(r"(?:及|和|以及|与)")


def _end_of_name_at(view: SentenceView, pos: int) -> int:
    """The end of the longest named thing that starts at pos (pos if none)."""
    return max((view.rel(t[0])[1] for t in view.items if view.rel(t[0])[0] == pos and not t[2]), default=pos)


def _zone_of_part(view: SentenceView, zone: tuple[Mention, str] | None, pos: int) -> tuple[Mention, str] | None:
    """The sentence's zone for a project at pos, unless it is first named in a later part (A项目…；Z引进的B项目:
    Z is not A's zone, unless the article is about Z; the set of the sentence before is, for 其中，…)."""
    along = _BUILT_ALONG.match(view.text, _end_of_name_at(view, pos))
    if zone is not None and along and along.end() == view.rel(zone[0])[0]:
        return None  # 建设X项目及配套Y产业园: the park is built along with the project, not where it is
    if zone is not None and view.rel(zone[0])[0] < view.segment(pos)[0] \
            and lexicon.BUILDING_BEFORE.search(view.text, 0, view.rel(zone[0])[0]):
        return None  # A与B签约，投资N元建设X产业园；C公司Y项目…: X is A's new park, not where Y is
    if zone is not None and view.rel(zone[0])[0] >= view.segment(pos)[1] and _placed_in_own_part(view, pos):
        return None  # A项目在山东烟台开工；同日，Z的B项目…: A is where its part says, not in Z
    if zone is not None and _first_named_in_later_clause(view, zone, pos):
        return None  # A公司投资N元建设X项目，Z与B公司签署协议: Z, named first here, opens a clause of its own
    if zone is None or view.rel(zone[0])[0] < view.segment(pos)[1] or zone[1] == view.resolution.main_zone:
        return zone
    if view.previous is not None and _CONTINUES.match(view.text):
        return view.previous.zone_subject()
    return None


def _first_named_in_later_clause(view: SentenceView, zone: tuple[Mention, str], pos: int) -> bool:
    """The zone opens a clause after the one holding pos and the article names it nowhere before."""
    start = view.rel(zone[0])[0]
    return start > pos and view.text[start - 1:start] in ("，", ",") \
        and min(m.sentence for m in view.entity(zone[1]).mentions) == view.sentence.index \
        and min(m.start for m in view.entity(zone[1]).mentions) == zone[0].start


def _placed_in_own_part(view: SentenceView, pos: int) -> bool:
    """The part of the sentence holding pos says where, with 在 and a place or zone (在山东烟台开工)."""
    a, b = view.segment(pos)
    return any(a <= view.rel(t[0])[0] < b and view.text[view.rel(t[0])[0] - 1:view.rel(t[0])[0]] == "在"
               for t in view.of_class(PLACE_CLASSES | ZONE_CLASSES, generic=False))


#: the day named before: 同日, 当天
_THAT_DAY_WORD = r"(?:同日|当日|当天|同一天)"
#: right before a verb: on the day named before (A、B等一批项目同日开工)
_SAME_DAY = re.compile(rf"{_THAT_DAY_WORD}(?:集中|同时|正式|同步)?$")


#: a sentence opening with the day named before: 当天, 同日, 挂牌当天
_THAT_DAY = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?{_THAT_DAY_WORD}[，,]")


def _day_named_before(view: SentenceView) -> DateMention | None:
    """The first day named in the nearest of the six sentences before that names one."""
    back = view.previous
    while back is not None and view.sentence.index - back.sentence.index <= 6:
        day = next((d for d in back.dates if d.kind == "point" and d.date.day), None)
        if day is not None:
            return day
        back = back.previous
    return None


def _named_after_another_place(view: SentenceView, m: Mention, zone: str) -> bool:
    """The project's name (at m) holds a place of China that is neither the zone's place nor inside or
    around it (Tesla上海超级工厂, named in a 宜宾 zone's news: a plant elsewhere; not 宁德 of a firm's name)."""
    gaz = lexicon.gazetteer()

    def chain(name: str) -> set[str]:  # the place and those it lies in
        out: set[str] = set()
        while name and name not in out:
            out.add(name)
            found = gaz.lookup(name)
            out.update(f.name for f in found[:1])
            name = found[0].parent if found else ""
        return out

    firms = [(o.start, o.end) for o, _, _ in view.of_class({"Company", "Institution"}, generic=False)]
    own = [view.entity(k).label for p, k, _ in view.of_class({"Province", "City", "District"}, generic=False)
           if m.start <= p.start and p.end <= m.end and not any(a <= p.start and p.end <= b for a, b in firms)]
    ending = lexicon.suffix_of(zone)
    stem = zone[:len(zone) - len(ending.text)] if ending else zone  # (not 滨海新区 of X滨海新区: the kind)
    zone_s = [p.name for _, _, f in gaz.scan(stem) for p in gaz.lookup(f)[:1] if p.cls in ("Province", "City", "District")]
    return bool(own and zone_s) and not any(a in chain(b) or b in chain(a) for a in own for b in zone_s)


def _settles_in_a_place_instead(view: SentenceView, zone: tuple[Mention, str] | None) -> bool:
    """The zone is the sentence before's, and this one says the project settles in a place (3．X项目，…，
    落户南康区: not the zone of item 2)."""
    if zone is None or zone[0].sentence == view.sentence.index:
        return False
    return any(_SETTLED_BEFORE.search(view.text, 0, view.rel(pm)[0])
               for pm, _, _ in view.of_class({"District", "City", "Province"}, generic=False))


#: right before where something settles: 落户, 位于, 入驻在
_SETTLED_BEFORE = re.compile(r"(?:落户|位于|入驻|落地|坐落于|选址)(?:在|于)?$")


def _where_another_settles(view: SentenceView, zone: tuple[Mention, str] | None, pos: int) -> bool:
    """The zone is where a project of another part of the sentence settles (A项目，落户Z；B项目), and the
    article names it nowhere else: not B's."""
    if zone is None or any(m.sentence != view.sentence.index for m in view.entity(zone[1]).mentions):
        return False
    start = view.rel(zone[0])[0]
    settles = _SETTLED_BEFORE.search(view.text, 0, start)
    return settles is not None and ("；" in view.text[start:pos] or "；" in view.text[pos:start])


#: before a list of projects: they are the ones started (此次集中开工的, 开工建设的)
_STARTED_BEFORE = re.compile(r"(?P<this>此次|本次|这次|同日|当日|当天|同一天|同期)?(?:集中|同时|正式|同步)?(?:开工|开建|动工)"
                             r"(?:建设)?的(?:还有|项目有|项目还有)?$")
#: right before a list of projects: they are the ones signed (共签约, 现场签约了; not 拟签约)
_SIGNED_THE_LIST = re.compile(r"(?<![拟将待])(?:共|现场|集中|成功)*签约了?$")
#: A与B签订投资协议，X项目正式落户Y: the project the signing settles
_CLAUSE_REST = re.compile(r"[^，。；]*[，,]")
_SETTLES = re.compile(r"(?:正式|成功|顺利)?(?:签约)?落户")
#: between a signing and what it makes a firm build: ，B将投资10亿元建设 (a clause of its own, the project last)
_BUILDS_AFTER_SIGNING = re.compile(r"[^，。；]*[，,](?:[^，。；]*?(?:将|拟|计划))?[^，。；]*?(?:投资|建设|兴建|打造)[^，。；]*?"
                                   r"(?:[，,](?:在[^，。；]{2,20}?)?(?:建设|兴建|新建|打造|投建))?")  # (…投资N元，在Z建设)


#: a clause opening with 均/都/全部: its verb is every project's named before it (…，均已于去年下半年开工建设)
_SHARED_VERB = re.compile(r"[，,](?:目前|现)?(?:均|都|全部|皆)")


#: a field of a project's listing, on a line of its own after the project: 总投资：30亿元, 投资主体：X有限公司
_FIELD = re.compile(r"(?P<field>投资主体|建设单位|项目业主|实施主体|计划总投资|项目总投资|总投资|投资额|建设地点|项目地点"
                    r"|建设内容|建设期限|(?:计划|预计)?开工时间|(?:计划|预计)?投产时间)[：:]")


def listed_project_fields(view: SentenceView) -> Iterator[Relation]:
    """A project listed with its fields, each on its own line (▲ X项目 / 投资主体：Y有限公司 / 总投资：30亿元 /
    建设内容：…，计划2023年6月开工): the project's operator, investment, place and dates."""
    field = _FIELD.match(view.text)
    if field is None or view.of_class({"Project"}, generic=False):
        return
    project, back = None, view.previous
    for _ in range(8):  # the nearest project named before, a few lines up (not in another field's line:
        if back is None:  # 建设内容：建设一条X生产线 is what the project builds)
            return
        named = back.of_class({"Project"}, generic=False) if not _FIELD.match(back.text) else []
        if named:
            project = named[-1][:2]
            break
        back = back.previous
    if project is None:
        return
    pm, pk = project
    name, rest = field.group("field"), field.end()
    if name in ("投资主体", "建设单位", "项目业主", "实施主体"):
        for fm, fk, _ in view.of_class(ORG_CLASSES, generic=False)[:1]:
            if view.rel(fm)[0] == rest:
                yield _rel(pk, "operatedBy", fk, (pm, fm))
    elif "投资" in name:
        for mm in view.money:
            if re.fullmatch(r"(?:约|超|近|达)?", view.text[rest:mm.start]):
                yield _money_rel(pk, "totalInvestment", mm, pm)
    elif name in ("建设地点", "项目地点"):  # (滁州经济技术开发区苏滁现代产业园: in the park, the innermost)
        places = [t for t in view.of_class(ZONE_CLASSES | PLACE_CLASSES, generic=False) if not view.inside_other_name(t[0])]
        for zm, zk, _ in [max(places, key=lambda t: view.rel(t[0])[1])] if places else ():
            yield _rel(pk, "locatedIn", zk, (pm, zm))
    else:  # 建设内容：…，计划2023年6月开工，2025年竣工 / 开工时间：2023年6月
        for mm in view.money:  # …，达产后年产值约50亿元
            if mm.start > rest and _OUTPUT_KEY.search(view.text, rest, mm.start):
                yield _money_rel(pk, "annualOutputValue", mm, pm)
        for verb, predicate, field_name in ((_START, "startDate", "开工时间"), (_PRODUCE, "productionDate", "投产时间")):
            if name.endswith(field_name):  # (计划)开工时间：2023年6月: the line's date
                end: int | None = len(view.text)
            else:  # …，计划2023年6月开工: the date before the verb
                found = verb.search(view.text, rest) if name == "建设内容" or name == "建设期限" else None
                end = found.start() if found else None
            dates = [d for d in view.dates if end is not None and rest <= d.start and d.end <= end and d.kind == "point"]
            if dates:
                yield _rel(pk, predicate, dates[-1].date, (pm,), False)


#: after a project: where it is, said in its own part of the sentence (…总投资25亿元，位于启东经济开发区)
_SAYS_WHERE = re.compile(r"[^；。]*?位于")


def _zone_named_before(view: SentenceView, pos: int) -> tuple[Mention, str] | None:
    """The zone of 在Z…X项目 in the clause before pos (双方将在董家口经济区共同推进X项目建设), else the place
    where the project is built (将投资120亿元在洛阳建设X项目: the innermost place of the chain)."""
    clause_start = view.clause_start(pos)
    seg_start = view.segment(pos)[0]
    topic = re.match(r"(?:而|同时)?在", view.text[seg_start:])  # 在X开发区，A项目…；在Y开发区，B项目…: each part's
    if topic:
        zones = [(m, k) for m, k, _ in view.of_class(ZONE_CLASSES, generic=False)
                 if view.rel(m)[0] == seg_start + topic.end() and view.rel(m)[1] < pos
                 and view.text[view.rel(m)[1]:view.rel(m)[1] + 1] in "，,"]
        if zones:
            return max(zones, key=lambda t: view.rel(t[0])[1])
    found = [(m, k) for m, k, generic in view.of_class(ZONE_CLASSES, generic=False)
             if clause_start <= view.rel(m)[0] and view.rel(m)[1] <= pos
             and view.text[view.rel(m)[0] - 1:view.rel(m)[0]] in ("在", "于") and not view.inside_other_name(m)]
    if found:  # the last named, and of names opening together the whole (X新区集成电路产业园, not X新区)
        return max(found, key=lambda t: (view.rel(t[0])[0], view.rel(t[0])[1]))
    for m, k, _ in view.of_class(PLACE_CLASSES - {"Region"}, generic=False):
        start = view.rel(m)[0]
        if clause_start <= start and view.text.endswith("在", 0, start) and not view.inside_other_name(m):
            m, k = _innermost_place(view, m, k)  # (在匈牙利德布勒森市: the city; not a country alone)
            if view.entity(k).cls != "Country" and _BUILT_THERE.fullmatch(view.text, view.rel(m)[1], pos):
                return m, k
    return None


#: between a place and the project built there: 在洛阳(投资N元)建设X项目
_BUILT_THERE = re.compile(r"(?:(?:追加)?投资(?:约|超|近)?(?:[0-9.]+[万亿]*(?:元|美元|欧元)[，,]?)?)?(?:建设|新建|兴建|投建|打造|布局)的?")


#: the words of investing, shared by the patterns below: 将在西安经开区 / (追加)投资(约), 增资
_AT_PLACE = r"(?:将|拟|计划)?在[^，。；、]{2,20}?"
_INVEST_VERB = r"(?:(?:追加|总)?投资|增资)(?:约|超|近|达)?"
#: the words before an invested amount: (计划)投资(约) N元
_INVESTED = re.compile(rf"(?:计划|拟|将)?{_INVEST_VERB}$")
#: between a firm and the amount it invests: (将在西安经开区)投资
_FIRM_INVESTS = re.compile(rf"(?:宣布|决定|表示)?(?:{_AT_PLACE})?(?:计划|拟|将)?{_INVEST_VERB}")  # (X宣布将在Z投资)
#: (X)将在Z投资N元，建设Y项目: whoever invests, in the zone, builds Y
_INVESTS_AT = re.compile(rf"{_AT_PLACE}$")
#: a clause that opens with its investing verb, without a subject of its own (总投资N元的Y describes Y)
_INVESTS_CLAUSE = re.compile(r"(?:此次|这次|本次|今年|近日)?(?:并|还|将|拟|计划|预计|共同)*(?:在[^，。；、]{2,20}?)?(?:(?:追加)?投资|增资)(?:约|超|近|达)?")
#: a clause without a subject saying that the sentence's firm will invest (more): 将追加投资, 拟投资
_WILL_INVEST = re.compile(r"(?:双方|三方|各方)?(?:并|还)?(?:将|拟|计划)(?:共同|联合)?(?:追加|新增)?投资(?:约|超|近|达)?"
                          r"|(?:双方|三方|各方)?(?:追加|新增|共同|联合)投资(?:约|超|近|达)?")  # (双方将共同投资N元，在Z建设X)
#: between an invested amount and what it builds: 投资N元建设的X, 追加投资N元，建设X, 投资N元在Z建设X
_BUILT_WITH = re.compile(r"(?:[，,](?:主要)?(?:用于)?)?(?:在[^，。；、]{2,20}?)?(?:建设|兴建|新建|扩建|打造|投建|建成)的?"
                         r"(?:(?:年|月|日)产能?[0-9.]+[万亿]?[吨片台辆套件个颗块]的)?"  # 新建月产能4万片的X生产线
                         r"(?:集[^，。；]{2,30}?于一体的)?")  # (建设集A、B于一体的X项目)


def _amount_before(view: SentenceView, pos: int) -> MoneyMention | None:
    """总投资N元的X项目, 投资N元建设的X项目, (firm)追加投资N元，建设X项目: the amount just before the
    project's name (not X项目总投资N元，主要建设Y: X's amount)."""
    for mm in view.money:
        between = view.text[mm.end:pos]
        built = _BUILT_WITH.fullmatch(between)
        invested = _INVESTED.search(view.text, max(0, mm.start - 12), mm.start)  # (its words: a few characters)
        if mm.end <= pos and (between in ("", "的") or (built and invested and (
                not between.startswith(("，", ",")) or _firm_ends_at(view, invested.start())
                or _INVESTS_AT.search(view.text, 0, invested.start())
                or _WILL_INVEST.fullmatch(view.text, view.clause_start(mm.start), mm.start)))  # ，将追加投资N元，在Z建设X
                or (between.startswith("的") and _firm_ends_at(view, pos, mm.end + 1))):  # N元的X有限公司Y项目
            return mm
    return None


def _firm_ends_at(view: SentenceView, end: int, start: int | None = None) -> bool:
    """A firm's name ends at end (and starts at start, if given)."""
    return any(view.rel(m)[1] == end and start in (None, view.rel(m)[0])
               for m, _, _ in view.of_class({"Company"}, generic=False))


_BUILT_BY = re.compile(r"^[，,](?:由[^，,。；;]{2,40}?(?:投资建设|投资兴建|建设|投建|开发|运营|投资|承建)|(?:投资方|投资主体|建设单位|项目业主|实施主体)为[^，,。；;]{2,40})")


def _describes_subject(view: SentenceView, m: Mention) -> bool:
    """The project is named in what the subject is: 该项目是X的重要配套项目."""
    s, e = view.rel(m)
    return view.text.endswith("是", 0, s) and _OF_A_PROJECT.match(view.text, e) is not None


def _in_description(view: SentenceView, item: tuple[Mention, str, bool], projects: list) -> bool:
    """The project, or the 项目 that goes with it, is named in what the subject is: X and 配套项目 of
    该项目是X的重要配套项目."""
    m, _, generic = item
    return _describes_subject(view, m) or (generic and any(
        _describes_subject(view, o) and _OF_A_PROJECT.fullmatch(view.text, view.rel(o)[1], view.rel(m)[1])
        for o, _, og in projects if not og))


#: after a project named in what the subject is: 的(重要)配套项目
_OF_A_PROJECT = re.compile(r"的[^，。；]{0,10}?项目")


#: clauses between a project and its amount that say where or what it is (位于三江新区，是…最大的生产基地，总投资…)
_SAYS_WHAT_IT_IS = re.compile(r"(?:[，,]?(?:位于|坐落于|地处|是|系)[^，,]*)+[，,]")


def _amount_after(view: SentenceView, pos: int, key: re.Pattern) -> MoneyMention | None:
    """An amount after pos, introduced by key, in the same clause or at the start of the next one."""
    projects = [view.rel(t[0]) for t in view.of_class({"Project"}, generic=False) if not _describes_subject(view, t[0])]
    for mm in view.money:
        gap = _BUILT_BY.sub("", view.text[pos:mm.start])  # X项目，由Y投资建设，总投资N元
        if mm.start < pos or not key.search(gap) or view.text.startswith("的", mm.end) \
                or any(pos < a < mm.start for a, _ in projects) or gap.startswith("等"):
            continue  # …，总投资N元的Y项目: Y's amount; A项目和B项目，总投资N元: not A's own; A、B项目等12个项目
            # 签约，总投资N元: the list's total
        before_key = gap[: key.search(gap).start()]
        if key is _INVEST_KEY and key.search(gap).group(1) == "投资" and before_key.endswith(("完成", "到位", "实际", "累计")):
            continue  # 已完成投资52亿元: what is spent so far, not the total
        if not re.search(r"[、；。;]", gap) and (("，" not in before_key and "," not in before_key)
                                               or re.fullmatch(r"[^，,]*[，,](?:该?项目)?(?:计划|预计|拟)?", before_key)
                                               or _SAYS_WHAT_IT_IS.fullmatch(before_key)):
            return mm
    return None


def _money_rel(subject: str, predicate: str, mm: MoneyMention, m: Mention) -> Relation:
    value = mm.money.amount if mm.money.currency == "CNY" and not mm.money.is_range else mm.money  # 50-60亿元: a range
    return _rel(subject, predicate, value, (m,), False)


#: between a project and 位于: its amounts only (X项目总投资25亿元，位于Y; X项目，将落户Y)
_AMOUNT_CLAUSES = re.compile(r"(?:(?:正式|全面)?(?:竣工验收|建成投产|投产|开工建设|开工|竣工))?"  # (X项目竣工验收，项目总投资N元，位于Y)
                             r"(?:[，,]?(?:该?项目)?(?:总投资|投资|计划总投资|占地|用地)(?:约|超|近|达)?[0-9.]+[万亿]*(?:元|美元|欧元|亩|平方米))*[，,]"
                             r"(?:将|拟|计划|已|并)?")


#: after a zone opening the sentence: who builds it, a clause of its own (由A、B和C共同建设，)
_AREA_CLAUSES = re.compile(r"(?:[，,](?:规划|总|占地|用地|核心区)?面积(?:约|为|达)?[0-9.]+(?:平方公里|平方米|亩|公顷))+[，,]")
_BUILT_BY_CLAUSE = re.compile(r"由[^，。；]{2,40}?(?:共同|合作|联合)?(?:投资)?(?:建设|开发|兴建|打造|运营|共建)[，,]")
#: a clause right before 位于 saying what the zone was made from: ，由原A整合优化而来，位于Y
_MADE_FROM_CLAUSE = re.compile(r"由[^，。；]{2,40}?(?:整合|合并|融合)(?:优化|提升)?(?:而来|而成)[，,]$")
#: between a firm opening the sentence and 落户: what it is, then when (是…公司，1996年落户)
_DESCRIBED_THEN = re.compile(r"是[^，。；]{2,30}[，,](?:于|在)?(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:就)?")


#: after a zone referred to (保税区, 园区) that something is in: 内, or the end of the clause
_IN_IT = re.compile(r"内|[，。；]|$")
#: between a list of things and the verb they share: 等重点项目均, 都
_SHARED_BY_LIST = re.compile(r"等[^，。；]{0,8}?(?:均|都|全部|皆|相继|先后|陆续|纷纷|已|正式)?|均|都|全部|皆|相继|先后|陆续|纷纷")


def _sharing_subjects(view: SentenceView, subject: tuple, verb: int) -> list:
    """The named things listed before the verb they share (A、B等重点项目均位于, A和B都位于), or the subject."""
    named = [t for t in view.items if not t[2] and view.entity(t[1]).cls not in PLACE_CLASSES | {"Person", "Industry"}
             and view.rel(t[0])[1] <= verb]
    last = max(named, key=lambda t: (view.rel(t[0])[1], -view.rel(t[0])[0]), default=None)
    if last is None or not _SHARED_BY_LIST.fullmatch(view.text, view.rel(last[0])[1], verb):
        return [subject]
    start, end = _list_start(view, view.rel(last[0])[0], "、和及与"), view.rel(last[0])[1]
    return _outermost(view, [t for t in named if start <= view.rel(t[0])[0] and view.rel(t[0])[1] <= end])


#: before 位于: how much of it (全部位于, 均位于)
_LOCATED_ADVERB = re.compile(r"(?:全部|全域|整体|主要|大部分|均|都)$")


#: a bracketed aside: another name, an English one (SK hynix)
_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")


def located(view: SentenceView) -> Iterator[Relation]:
    """X位于Y / X于2005年落户Y / X入驻Y: X is located in the zone or place Y (位于A和B内: in zones A and B)."""
    for m in re.finditer(r"(?:坐落|座落|选址|地处)?(?:于|在)?位于|坐落于|(?:正式|成功)?(?:落户|扎根)(?:在|于)?|入驻|进驻"
                         r"|选址(?:于|在)?|进入",
                         view.text):
        after = [t for t in view.items if view.rel(t[0])[0] == m.end()
                 and (not t[2] or (view.entity(t[1]).cls in ZONE_CLASSES and _IN_IT.match(view.text, view.rel(t[0])[1])))
                 and view.entity(t[1]).cls in (ZONE_CLASSES if m.group() == "进入" else ZONE_CLASSES | PLACE_CLASSES)]
        # (进入Z: settling in a zone; not 进入中国市场)
        before = [t for t in view.items if view.rel(t[0])[1] <= m.start()
                  and view.entity(t[1]).cls not in PLACE_CLASSES | {"Person", "Industry", "Policy"}
                  and (not re.search(r"[，。；\s]", _ASIDE.sub("", view.text[view.rel(t[0])[1]:m.start()]))
                       # (a headline's space too; not a bracketed aside's: X（SK hynix）于2005年落户Y)
                       or (view.entity(t[1]).cls == "Project" and (not t[2] or _anaphor(view, t[0]))
                           and _AMOUNT_CLAUSES.fullmatch(view.text, view.rel(t[0])[1], m.start()))
                       # (X项目总投资25亿元，位于Y; 项目总投资112亿元，选址Y: the project just named)
                       or (view.entity(t[1]).cls in ZONE_CLASSES and not t[2]  # 设立X，规划面积2平方公里，位于Y
                           and _AREA_CLAUSES.fullmatch(view.text, view.rel(t[0])[1], m.start())))]
        opener = view.opener
        lead = _LOCATED_ADVERB.search(view.text, 0, m.start())  # ，全部位于Y
        if after and not before and view.text.endswith("，", 0, lead.start() if lead else m.start()) \
                and _opening_zone(view) is not None:
            opener_end = view.rel(opener[0])[1]  # X由A、B和C共同建设，位于Y; X成立于…，由A和B合作共建，…位于Y
            built_by = next((b for b in _BUILT_BY_CLAUSE.finditer(view.text, opener_end, m.start())
                             if not _things_between(view, opener_end, b.start())), None)
            made_from = _MADE_FROM_CLAUSE.search(view.text, view.rel(opener[0])[1], lead.start() if lead else m.start())
            end = made_from.start() if made_from else m.start()  # (X…，由原A整合优化而来，位于Y: X is in Y)
            if not _things_between(view, built_by.end() if built_by else opener_end, end):
                before = [opener]  # X于2015年设立，规划面积48平方公里，位于沈阳市铁西区: X is there
        if after and not before and opener and not opener[2] and view.rel(opener[0])[0] == 0 \
                and view.entity(opener[1]).cls in {"Company", "Institution"} \
                and m.group().startswith(("落户", "扎根", "入驻", "进驻", "进入")) \
                and _DESCRIBED_THEN.fullmatch(view.text, view.rel(opener[0])[1], m.start()):
            before = [opener]  # X是全球知名的自动化技术公司，1996年落户Y: X is in Y
        if after and not before and view.text.endswith("总部", 0, m.start()) and opener and not opener[2] \
                and view.entity(opener[1]).cls == "Company" and view.rel(opener[0])[0] == 0:
            target = max(after, key=lambda t: view.rel(t[0])[1])  # X是…合资企业，总部位于Y: X is in Y
            tm, tk = _innermost_place(view, target[0], target[1])  # (总部位于广西柳州市: in 柳州市)
            yield _rel(opener[1], "locatedIn", tk, (opener[0], tm))
        if after and not before and m.group().startswith(("落户", "扎根", "入驻", "进驻", "正式", "成功")):
            target = max(after, key=lambda t: view.rel(t[0])[1])  # 落户青川高新区的X有限公司: X is in the zone
            settled = [t for t in view.items if not t[2] and view.rel(t[0])[0] == view.rel(target[0])[1] + 1
                       and view.text[view.rel(target[0])[1]] == "的"
                       and view.entity(t[1]).cls in {"Company", "Institution", "Project"}]
            for sm, sk, _ in settled:
                yield _rel(sk, "locatedIn", target[1], (sm, target[0]))
        if after and before:
            subject = max(before, key=lambda t: (view.rel(t[0])[1], -view.rel(t[0])[0]))  # the whole name, not 巴斯夫
            before = [subject]  # of 巴斯夫（广东）一体化基地项目位于…
            target = max(after, key=lambda t: view.rel(t[0])[1])  # 宜宾临港经济技术开发区, not 宜宾
            while True:  # 位于广州市黄埔区, 落户X经开区Y科技城: in the innermost
                inner = [t for t in view.items if view.rel(t[0])[0] == view.rel(target[0])[1] and not t[2]
                         and view.entity(t[1]).cls in (ZONE_CLASSES | PLACE_CLASSES if view.entity(target[1]).cls
                                                      in PLACE_CLASSES else {"Park"})]
                if not inner:
                    break
                target = max(inner, key=lambda t: view.rel(t[0])[1])
            if _lies_between(view, target):
                continue  # 位于A区和B区之间: in neither
            for sm, sk, _ in _sharing_subjects(view, subject, m.start()):  # A、B等重点项目均位于Y: each
                yield _rel(sk, "locatedIn", target[1], (sm, target[0]))
            kinds = ZONE_CLASSES if view.entity(target[1]).cls in ZONE_CLASSES else {view.entity(target[1]).cls}
            while kinds <= ZONE_CLASSES or kinds == {"District"}:  # 位于A开发区和B开发区内, 位于X市A区和B区境内: in both
                end = view.rel(target[0])[1]
                if not view.text.startswith(("和", "、", "及"), end):
                    break
                nxt = [t for t in view.items if view.rel(t[0])[0] == end + 1 and not t[2]
                       and view.entity(t[1]).cls in kinds
                       and not _BETWEEN_AFTER.match(view.text, view.rel(t[0])[1])]  # (位于A区和B区之间: in neither)
                if not nxt:
                    break
                target = max(nxt, key=lambda t: view.rel(t[0])[1])
                yield _rel(before[-1][1], "locatedIn", target[1], (before[-1][0], target[0]))


def _chain_start(view: SentenceView, m: Mention) -> int:
    """Where the run of place names ending with the one at m opens (德国|斯图加特: at 德国)."""
    start = view.rel(m)[0]
    while before := [view.rel(t[0])[0] for t in view.of_class(PLACE_CLASSES, generic=False)
                     if view.rel(t[0])[1] == start and view.rel(t[0])[0] < start]:
        start = min(before)
    return start


def _lies_between(view: SentenceView, first: tuple) -> bool:
    """The list of names opening with first ends with 之间 (位于A区和B区之间)."""
    joined = _partners_after(view, view.rel(first[0])[1])
    return bool(joined) and _BETWEEN_AFTER.match(view.text, view.rel(joined[-1][0])[1]) is not None


#: after the places something lies by: between them, not in them (之间; but at their border, 交界处, in both)
_BETWEEN_AFTER = re.compile(r"(?:之间|中间)")
#: after a zone: the places its area takes in (范围包括A、B和C)
_EXTENT = re.compile(r"的?(?:实施|规划|区域|行政|地域)?范围(?:约|为)?(?:[0-9.]+平方公里[，,])?(?:包括|涵盖|覆盖|包含|为)")


def zone_extent(view: SentenceView) -> Iterator[Relation]:
    """X范围包括上海市青浦区、江苏省苏州市吴江区和浙江省嘉兴市嘉善县: X is in each (the innermost of each chain);
    X实施范围58平方公里，涵盖Y保税港区: Y is part of X."""
    zone = _opening_zone(view)
    if zone is None:
        return
    extent = _EXTENT.match(view.text, view.rel(zone[0])[1])  # (or opening a later clause: X于…挂牌成立，实施范围…)
    extent = extent or next((m for m in _EXTENT.finditer(view.text) if view.text[m.start() - 1:m.start()] in "，,"), None)
    if extent is None:
        return
    places = {view.rel(t[0])[0]: t for t in view.of_class(PLACE_CLASSES - {"Country", "Region"}, generic=False)}
    zones = {}
    for t in view.of_class(ZONE_CLASSES, generic=False):  # (the whole name opening there)
        if view.rel(t[0])[0] not in zones or view.rel(t[0])[1] > view.rel(zones[view.rel(t[0])[0]][0])[1]:
            zones[view.rel(t[0])[0]] = t
    pos, listed = extent.end(), []
    while pos in places or pos in zones:
        if pos in zones:
            m, key = zones[pos][:2]
            listed.append((key, "partOf", zone[1], (m, zone[0])))
        else:
            m, key = _innermost_place(view, *places[pos][:2])
            listed.append((zone[1], "locatedIn", key, (zone[0], m)))
        pos = view.rel(m)[1]
        if not view.text.startswith(("、", "和", "及", "以及"), pos):
            break
        pos += 2 if view.text.startswith("以及", pos) else 1
    only_parts = view.text.startswith("的部分", pos)  # 涵盖A和B的部分区域: parts of them only, not the zones
    for subject, predicate, obj, evidence in listed:
        if not (predicate == "partOf" and (only_parts or re.match(r"的?部分", view.text[view.rel(evidence[0])[1]:]))):
            yield _rel(subject, predicate, obj, evidence)  # (A和郑东新区部分区域: A, and a part of 郑东新区)


#: after a project: where it is begun or finished (X项目在洛阳市伊滨区开工, 该项目于4月在Y正式投产)
_DONE_AT = re.compile(r"(?:[^，。；]{0,12}?)在$")
_DONE_VERB = re.compile(r"(?:正式|顺利|隆重|举行|集中|全面|全部|如期|提前)?(?:开工|奠基|动工|开建|投产|竣工|落成|签约落户|建成)")


def project_done_at(view: SentenceView) -> Iterator[Relation]:
    """X项目在Y开工 / 该项目今天在Y奠基: the project is in Y (the innermost place or zone of Y)."""
    for m, key, generic in view.of_class({"Project"}):
        if generic and not _anaphor(view, m):
            continue
        e = view.rel(m)[1]
        for t in view.items:
            s2 = view.rel(t[0])[0]
            if t[2] or view.entity(t[1]).cls not in ZONE_CLASSES | PLACE_CLASSES or s2 <= e \
                    or not _DONE_AT.fullmatch(view.text, e, s2) or _things_between(view, e, s2):
                continue
            target = t
            while True:  # 在洛阳市伊滨区: in the innermost
                inner = [i for i in view.items if view.rel(i[0])[0] == view.rel(target[0])[1] and not i[2]
                         and view.entity(i[1]).cls in ZONE_CLASSES | PLACE_CLASSES]
                if not inner:
                    break
                target = max(inner, key=lambda i: view.rel(i[0])[1])
            if _DONE_VERB.match(view.text, view.rel(target[0])[1]):
                yield _rel(key, "locatedIn", target[1], (m, target[0]))
            break


def _things_between(view: SentenceView, a: int, b: int) -> bool:
    """A firm, project, zone or other thing named (not referred to: 是…合作项目) between a and b; no place,
    body, industry or figure."""
    return any(a <= view.rel(t[0])[0] and view.rel(t[0])[1] <= b and not t[2] and view.entity(t[1]).cls not in
               PLACE_CLASSES | {"GovernmentBody", "Industry", "Indicator", "Policy"} for t in view.items)


#: before 分别: the projects named before, by their count (两个项目, 上述3个项目)
_COUNTED_PROJECTS = re.compile(r"[，,](?:这|上述|以上)?(?:两|[0-9三四五六七八九十]+)个?项目$")
#: after projects named together: their amounts said respectively (总投资分别为, 分别投资)
_INVESTED_EACH = re.compile(r"[，,]?(?:的)?(?:计划)?(?:总投资|投资)?(?:额)?分别(?:为|是|达|约)?(?:总投资|投资)?(?:约|达)?")


def respective_investments(view: SentenceView) -> Iterator[Relation]:
    """A项目和B项目总投资分别为30亿元和20亿元: each project's own amount, in order."""
    each = next((m for m in _INVESTED_EACH.finditer(view.text) if "分别" in m.group()
                 and any(mm.start == m.end() for mm in view.money)), None)  # (分别与A、B签约…，总投资分别为N元和M元)
    if each is None:
        return
    chain = _joined_before(view, each.start(), {"Project"})
    counted = _COUNTED_PROJECTS.search(view.text, 0, each.start())
    if len(chain) < 2 and counted:  # A项目和B项目同日开工，两个项目总投资分别为…: the projects joined before
        ends = sorted({view.rel(t[0])[1] for t in view.of_class({"Project"}, generic=False)
                       if view.rel(t[0])[1] <= counted.start()}, reverse=True)
        chain = next((c for c in (_joined_before(view, end, {"Project"}) for end in ends) if len(c) >= 2), [])
    chain.sort(key=lambda t: view.rel(t[0])[0])
    amounts = []
    for mm in view.money:
        if mm.start < each.end() or (amounts and not re.fullmatch(r"[、和及与]", view.text[amounts[-1].end:mm.start])):
            continue
        if not amounts and mm.start != each.end():
            break
        amounts.append(mm)
    if len(chain) >= 2 and len(chain) == len(amounts):
        for (pm, pk, _), mm in zip(chain, amounts):
            yield _money_rel(pk, "totalInvestment", mm, pm)


_EACH_SIGNS = re.compile(r"分别与(?P<firms>[^，。；]{2,60}?)(?:签约|签订|签署)(?:了)?(?P<projects>[^，。；]{2,80})")


def respective_operators(view: SentenceView) -> Iterator[Relation]:
    """Z分别与A、B签约X项目和Y项目: A runs X and B runs Y (in order, when as many of each)."""
    for m in _EACH_SIGNS.finditer(view.text):
        firms = [t for t in view.of_class({"Company"}, generic=False)
                 if m.start("firms") <= view.rel(t[0])[0] and view.rel(t[0])[1] <= m.end("firms")]
        projects = [t for t in view.of_class({"Project"}, generic=False)
                    if m.start("projects") <= view.rel(t[0])[0] and view.rel(t[0])[1] <= m.end("projects")]
        firms, projects = _outermost(view, firms), _outermost(view, projects)
        if len(firms) >= 2 and len(firms) == len(projects):
            for (fm, fk, _), (pm, pk, _) in zip(firms, projects):
                yield _rel(pk, "operatedBy", fk, (pm, fm))


#: A与B(于DATE)签约的 right before a project: the parties and when they signed
_SIGNED_FOR = re.compile(r"(?:与|同|和)(?P<other>[^，。；与同和]{2,40}?)(?:于(?P<when>[^，。；]{2,14}?))?(?:正式)?"
                         r"(?:签约|签订|签署)(?:落户|建设)?的?$")  # (X与Y管委会签约Z项目: the firm's project)


def signed_with_firm(view: SentenceView) -> Iterator[Relation]:
    """Z与X于DATE签约的Y项目 / X与Z签约(的)Y项目: the one firm of the two runs Y, signed that day."""
    for m, key, generic in view.of_class({"Project"}, generic=False):
        s = view.rel(m)[0]
        start = view.clause_start(s)
        hit = _SIGNED_FOR.search(view.text, start, s)
        if hit is None:
            continue
        firms = [(cm, ck) for cm, ck, _ in view.of_class({"Company"}, generic=False)
                 if start <= view.rel(cm)[0] and view.rel(cm)[1] <= hit.end("other")
                 and (view.rel(cm)[1] == hit.start() or view.rel(cm)[0] == hit.start("other"))]
        if len(firms) == 1:
            yield _rel(key, "operatedBy", firms[0][1], (m, firms[0][0]))
        when = [d for d in view.dates if hit.start("when") <= d.start and d.end <= hit.end("when")] \
            if hit.group("when") else []
        if when and when[-1].kind == "point":
            yield _rel(key, "signedDate", when[-1].date, (m,), False)


def project_operator(view: SentenceView) -> Iterator[Relation]:
    """(该)项目由X投资建设 / X投资建设的Y项目: operatedBy."""
    projects = view.of_class({"Project"})
    for cm, ck, _ in view.of_class({"Company"}, generic=False):  # X将作为实施主体，在园区建设A、B等项目: X's
        implements = _AS_IMPLEMENTER.match(view.text, view.rel(cm)[1])
        for m, key, _ in projects if implements else ():
            s = view.rel(m)[0]
            if s >= implements.end() and view.segment(s) == view.segment(implements.end()) \
                    and "建设" in view.text[implements.end():s]:
                yield _rel(key, "operatedBy", ck, (m, cm))
    for m, key, generic in projects:
        s = view.rel(m)[0]
        firms = [t for t in view.of_class({"Company", "Institution"}, generic=False) if view.rel(t[0])[1] == s]
        if firms and not generic:  # X有限公司年产5GW光伏组件项目, X研究所麒麟研发基地项目
            yield _rel(key, "operatedBy", firms[0][1], (m, firms[0][0]))
        clause_start = view.clause_start(s)
        for cm, ck, _ in view.of_class({"Company", "Institution"}, generic=False):
            a, b = view.rel(cm)
            if view.inside_other_name(cm):
                continue  # 中国移动通信集团 of 中国移动通信集团江苏有限公司苏州分公司: the branch invests
            if b <= s and not generic and _invests_in(view, b, s):  # X追加投资N元，建设Y项目
                yield _rel(key, "operatedBy", ck, (m, cm))
            elif clause_start <= a and b <= s and not generic and not _names_between(view, b, s) \
                    and not any(view.rel(o)[0] <= a and b < view.rel(o)[1] <= s for o, _, _ in projects) and (re.search(
                    r"(投资建设|投资兴建|投资新建|投建|新建|建设|扩建|设立|建立)的?$|投资的$|签约(?:落户|建设)?的?$"
                    r"|^[与和同][^，。；]{2,20}?(?:合作|合资|共建)(?:投资|建设|共建)?的$",  # X与Y市政府合作的Z项目
                    view.text[b:s])
                    or _invests_in(view, b, s)
                    or (_HOLDS_AT.fullmatch(view.text, b, s) and _CEREMONY.match(view.text, view.rel(m)[1]))):
                yield _rel(key, "operatedBy", ck, (m, cm))  # X将在Y投资建设Z项目, X投资N元建设的Z项目, X签约Z项目
                # (X与宜宾市政府合作的Z项目: X builds it, with the city)
                listed = _joined_before(view, a - 1, {"Company"}, "和及、") if a and view.text[a - 1] in "和及、" else []
                for jm, jk, _ in listed:  # A、B已在示范区建设Z: both (not A与B签约: only B)
                    yield _rel(key, "operatedBy", jk, (m, jm))
        investor = _clause_investor(view, s) if not generic else None
        if investor is not None:  # X与Y签署协议，投资N元建设Z项目
            yield _rel(key, "operatedBy", investor[1], (m, investor[0]))
        for cm, ck, _ in [] if generic else [t for t in view.of_class({"Company"}) if t[2] and _anaphor(view, t[0])]:
            if view.rel(cm)[1] <= s and _invests_in(view, view.rel(cm)[1], s):  # 该公司计划投资N元建设Y项目
                yield _rel(key, "operatedBy", ck, (m, cm))
        e = view.rel(m)[1]
        hit = _BY_AFTER_PROJECT.match(view.text, e)  # X项目由Y投资建设 / X项目，由Y… / 该项目位于Z，由Y…
        if not hit:
            continue
        by = hit.end()
        made_for_it = _SET_UP_FOR_IT.match(view.text, by)  # 由双方共同出资成立的Y负责建设: Y builds it
        by = made_for_it.end() if made_for_it else by
        for cm, _, _ in view.of_class({"Company"}, generic=False):  # 由X全资子公司Y, 由X旗下Y投资建设: Y builds it
            sub = _SUBSIDIARY.match(view.text, view.rel(cm)[1]) if view.rel(cm)[0] == by else None
            by = sub.end() if sub else by
        for cm, ck, _ in view.of_class({"Company", "Organization"}, generic=False):
            s2, e2 = view.rel(cm)
            partners = _partners_after(view, e2)  # 由X和Y市人民政府合作建设: X builds it, with Y
            e2 = view.rel(partners[-1][0])[1] if partners else e2
            if s2 == by and (hit.group("field") or re.match(r"(?:合作|共同|联合|合资)?(?:负责)?(?:投资|建设|开发|运营|投建)",
                                                            view.text[e2:e2 + 6])):
                for pm, pk, _ in [(cm, ck, False)] + partners:
                    if view.entity(pk).cls in ("Company", "Organization"):
                        yield _rel(key, "operatedBy", pk, (m, pm))


#: after a firm: it carries the projects out (将作为实施主体，…建设X项目)
_AS_IMPLEMENTER = re.compile(r"(?:将|拟)?作为(?:项目)?(?:实施|建设|投资|运营)主体[，,]")
#: after 由, before the firm set up to build the project: 由(双方)共同出资成立的|Y负责建设
_SET_UP_FOR_IT = re.compile(r"(?:双方|三方|各方|[两三四]家企业)?(?:共同|联合)?(?:出资|投资)?(?:成立|设立|组建|注册)的")
#: after a parent firm, before its subsidiary: X全资子公司|Y, X旗下|Y
_SUBSIDIARY = re.compile(r"(?:全资|控股|旗下)?子公司|旗下(?:的)?|下属(?:的)?")


#: after a project, before who builds it: where it is and its amount may come first (该项目位于Z，总投资N元，由;
#: X项目，投资方为Y)
_BY_AFTER_PROJECT = re.compile(r"(?:[，,]?(?:位于[^，。；]{2,20}|总投资(?:约|超|近|达)?[0-9.]+[万亿]*(?:元|美元|欧元)"
                               r"|(?:总?建筑面积|总?占地面积|占地|用地面积|规划用地)(?:约|达|超|近)?[0-9.]+[万]*(?:平方米|亩|平方公里)))*[，,]?"
                               r"(?:由|(?P<field>投资方|投资主体|建设单位|项目业主|实施主体)为)")


def _names_between(view: SentenceView, start: int, end: int) -> bool:
    """A firm or a project is named between start and end (X投资建设的A项目、Y投资建设的B项目: A is X's, not B)."""
    return any(start <= view.rel(m)[0] < end for m, _, _ in view.of_class({"Company", "Project"}, generic=False))


#: X在园区举行Y项目开工仪式: the firm holds its project's ceremony
_HOLDS_AT = re.compile(r"在[^，。；、]{1,20}?举行")
_CEREMONY = re.compile(r"(?:开工|签约|奠基|投产|竣工|启动)(?:仪式|典礼)")


def _clause_investor(view: SentenceView, project_start: int) -> tuple[Mention, str] | None:
    """…，投资N元建设Y项目 in a clause without a subject: the firm that opens the sentence's part (新加坡X集团
    与园区签署协议，投资18亿元建设Y项目)."""
    amount = _amount_before(view, project_start)
    if amount is None:
        return None
    clause_start = view.clause_start(amount.start)
    if clause_start == 0 or not _INVESTS_CLAUSE.fullmatch(view.text, clause_start, amount.start) \
            or view.text.startswith("的", amount.end):
        return None  # 总投资N元的Y项目: what the project is, said without an investor
    segment_start, _ = view.segment(project_start)
    before = [t for t in view.items if segment_start <= view.rel(t[0])[0] < clause_start
              and view.entity(t[1]).cls != "Country"]  # 新加坡 of 新加坡X集团 describes the firm
    if before and not before[0][2] and view.entity(before[0][1]).cls == "Company":
        return before[0][0], before[0][1]
    return None


def _invests_in(view: SentenceView, firm_end: int, project_start: int) -> bool:
    """The words between a firm and a project are (将在Z)投资N元(建设)的: the firm invests in the project."""
    amount = _amount_before(view, project_start)
    return amount is not None and _FIRM_INVESTS.fullmatch(view.text, firm_end, amount.start) is not None


#: a clause on the whole project, after one on its phase: 全部达产后, 项目整体建成后
_WHOLE_PROJECT = re.compile(r"(?:该?项目)?(?:全部|整体|全面)")
#: a phase named by its phase only: 一期, 二期项目
_PHASE_ONLY = re.compile(rf"{PHASE}(?:项目)?")


def output_value(view: SentenceView) -> Iterator[Relation]:
    """该项目竣工后预计…年产值达N元: annualOutputValue of the project referred to."""
    projects = view.of_class({"Project"})
    projects = [t for t in projects if not _in_description(view, t, projects)]
    for mm in view.money:
        if _OUTPUT_KEY.search(view.text[max(0, mm.start - 6):mm.start]) and projects:
            # the project of the amount's part of the sentence (A项目…；B项目…年产值N元 is B's), else the
            # first of the sentence when it has one part (no project of another part)
            start, end = view.segment(mm.start)
            here = [t for t in projects if start <= view.rel(t[0])[0] < mm.start]
            if _WHOLE_PROJECT.match(view.text, view.clause_start(mm.start)):  # 一期…投产，全部达产后年产值N元: the
                here = [t for t in here if not _PHASE_ONLY.fullmatch(view.text, *view.rel(t[0]))]  # whole project's
            if here or (start, end) == (0, len(view.text)):
                m, key, _ = here[-1] if here else projects[0]
                yield _money_rel(key, "annualOutputValue", mm, m)


def project_industry(view: SentenceView) -> Iterator[Relation]:
    """项目的开工，翻开了园区X产业发展的新篇章: one project, one industry → inIndustry."""
    projects = view.of_class({"Project"})
    industries = [t for t in view.of_class({"Industry"}, generic=False) if not any(
        o.start <= t[0].start and t[0].end <= o.end and (o.start, o.end) != (t[0].start, t[0].end)
        for o, k, _ in view.items if view.entity(k).cls != "Industry")]  # (新材料 of X集团新材料产业园: a name's)
    if len(projects) == 1 and len(industries) == 1 and "产业" in industries[0][0].text:
        yield _rel(projects[0][1], "inIndustry", industries[0][1], (projects[0][0], industries[0][0]))


#: what a firm is or does, before its industry: 是一家专注于, 主要从事, 致力于 …
_FIRM_DOES = re.compile(r"是(?:一家|一个|全球|国内|我国|国际|中国|行业)?[^，。；]{0,12}?|(?:主要|专业)?从事|专注于|致力于|主营|深耕")
#: after the industry: the kind of firm (…的高新技术企业, 工业机器人企业, 龙头)
_FIRM_KIND = re.compile(r"[^，。；]{0,10}?(?:企业|公司|厂商|制造商|供应商|服务商|龙头)")


def company_industries(view: SentenceView) -> Iterator[Relation]:
    """X是一家专注于集成电路设计的企业 / X主要从事新能源汽车研发 / 作为新能源汽车龙头企业，X…: X inIndustry."""
    firms = view.of_class({"Company"}, generic=False)
    industries = view.of_class({"Industry"}, generic=False)
    for fm, fk, _ in firms:
        end = view.rel(fm)[1]
        does = _FIRM_DOES.match(view.text, end)
        if not does:
            continue
        stop = re.search(r"[，。；]", view.text[end:])
        clause_end = end + stop.start() if stop else len(view.text)
        for im, ik, _ in industries:
            s, e = view.rel(im)
            if end < s and e <= clause_end and (not does.group().startswith("是") or _FIRM_KIND.match(view.text, e)):
                yield _rel(fk, "inIndustry", ik, (fm, im))
    for m in re.finditer(r"作为", view.text):  # 作为新能源汽车龙头企业，X…
        kind = [t for t in industries if view.rel(t[0])[0] >= m.end() and _FIRM_KIND.match(view.text, view.rel(t[0])[1])
                and view.clause_start(view.rel(t[0])[0]) <= m.start()]
        after = [t for t in firms if kind and view.clause_start(view.rel(t[0])[0]) > m.start()
                 and view.rel(t[0])[0] == view.clause_start(view.rel(t[0])[0])]
        for im, ik, _ in kind[:1]:
            for fm, fk, _ in after[:1]:
                yield _rel(fk, "inIndustry", ik, (fm, im))


#: after a list of firms a zone signs with: they invest or settle in it
_INVESTS_THERE = re.compile(r"入驻|落户|入园|入区")


def park_within_zone(view: SentenceView) -> Iterator[Relation]:
    """Z内的P产业园 / P产业园是Z的“园中园”: the park is in the zone."""
    zones = [t for t in view.of_class(ZONE_CLASSES, generic=False) if not view.inside_other_name(t[0])]
    for pm, pk, _ in view.of_class({"Park"}, generic=False):
        ps, pe = view.rel(pm)
        for zm, zk, _ in zones:
            zs, ze = view.rel(zm)
            if zk == pk:
                continue
            if (ze < ps and _WITHIN_BEFORE.fullmatch(view.text, ze, ps)) \
                    or (pe < zs and re.fullmatch(r"[，,]?(?:则|也|就)?是", view.text[pe:zs])
                        and _PARK_IN_PARK.match(view.text, ze)):
                yield _rel(pk, "locatedIn", zk, (pm, zm))


#: between a zone and a park named inside it: 内的, 区内的
_WITHIN_BEFORE = re.compile(r"(?:区)?内的")
#: after the zone a park is said to be inside: 的“园中园”
_PARK_IN_PARK = re.compile(r"的[“‘]?(?:园中园|区中园)")


def firm_called_the_zone_s(view: SentenceView) -> Iterator[Relation]:
    """Z企业X有限公司 (苏州工业园区企业苏州敏芯…股份有限公司): the firm is in the zone."""
    zones = {view.rel(t[0])[1]: t for t in view.of_class(ZONE_CLASSES) if not view.inside_other_name(t[0])}
    for m, key, _ in view.of_class({"Company"}, generic=False):
        s = view.rel(m)[0]
        zone = zones.get(s - 2) if view.text[s - 2:s] == "企业" else None
        if zone is not None:
            yield _rel(key, "locatedIn", zone[1], (m, zone[0]))


def companies_in_zone(view: SentenceView) -> Iterator[Relation]:
    """在A、B、C等一批龙头企业…下，园区…, 开发区已落地A有限公司、B等重大项目: each company is located in the zone
    (the one opening the sentence: X航空城是…，已集聚A、B等企业)."""
    zone = _opening_zone(view) or view.zone_subject()
    if zone is None and re.search(r"入驻", view.text) and view.resolution.main_zone:  # 首批入驻企业包括A、B等
        main = view.entity(view.resolution.main_zone)
        zone = (main.mentions[0], main.key)
    if zone is None and re.search(r"引进|落户|入驻|集聚|聚集", view.text) and view.resolution.main_zone \
            and view.previous is not None and not view.of_class(PLACE_CLASSES, generic=False):
        main = view.entity(view.resolution.main_zone)  # (the zone named before:) 目前已集聚A、B等外资企业120余家
        zone = (main.mentions[0], main.key)
    if zone is None and re.search(r"引进|落户|入驻|集聚|聚集|拥有", view.text):  # 宜宾市…引进了A、B等一批龙头企业
        spans = [view.rel(t[0]) for t in view.items]
        cities = [t for t in view.of_class({"City", "District"}, generic=False)
                  if not any(a <= view.rel(t[0])[0] and view.rel(t[0])[1] <= b and (a, b) != view.rel(t[0])
                             for a, b in spans)]
        zone = (cities[0][0], cities[0][1]) if cities else None
    if zone is None or not re.search(r"等[^，。]{0,10}(企业|公司|项目|药企|车企)|为(?:代表|龙头|引领|核心)的", view.text) \
            or _ATTENDING_FIRMS.search(view.text):
        return
    for m, key, generic in view.of_class({"Company"}, generic=False):
        if view.rel(zone[0])[0] > view.rel(m)[1] and zone[0].sentence == view.sentence.index \
                and zone[1] != view.resolution.main_zone and re.search(r"[，,；;]", view.text[view.rel(m)[1]:view.rel(zone[0])[0]]):
            continue  # A等企业持续扩大生产，B产业园已入驻企业42家: B, named in a later clause, is not A's zone (but
            # 在A、B等龙头企业带动下，园区…: the zone the article is about)
        follow = view.text[view.rel(m)[1]:view.rel(m)[1] + 3]  # A、B等…企业 / 以A、B为代表的…产业集群
        opening = _list_start(view, view.rel(m)[0])
        opening = next((view.rel(c)[0] for c, _, _ in view.of_class({"Country"}) if view.rel(c)[1] == opening), opening)
        # (与新加坡|吉宝集团、丰树集团等企业: the first firm's country opens the list)
        if opening and view.text[opening - 1] in "与同" and not _INVESTS_THERE.search(view.text, view.rel(m)[1]):
            continue  # 与A、B等企业共建联合实验室: partners (that sign to invest: 签订投资协议, the zone's firms)
        if re.search(r"由[^，。；由]*$", view.text[:view.rel(m)[0]]):
            continue  # 园区由A和B等组建的合资公司开发: the zone's makers, not its firms
        if follow[:1] in ("、", "等") or follow in ("为代表", "为龙头", "为引领", "为核心"):
            yield _rel(key, "locatedIn", zone[1], (m, zone[0]))


#: firms listed as the guests of an event: (A、B)等30余家日本企业参加, 等企业代表出席
_ATTENDING_FIRMS = re.compile(r"等[^，。；]{0,10}(?:企业|公司)(?:代表|负责人)?(?:应邀)?(?:参加|出席|参会|与会|参展)")


#: after a zone: one of its own (园区的, 高新区最大的)
_ZONE_S = re.compile(r"(?:最大|最早|唯一|首家|重点|核心|第一家)?的|(?:唯一|首家|第一家|首个)(?=[^，。；]{0,6}?(?:企业|公司))")


def firms_of_zone(view: SentenceView) -> Iterator[Relation]:
    """昆山开发区的A、B、C3家企业, X是园区的龙头企业, X于2005年落户…，是高新区最大的外资企业: the zone's
    firms, located in it."""
    for zm, zk, _ in view.of_class(ZONE_CLASSES, generic=False):
        e = view.rel(zm)[1]
        if view.text.startswith("的", e) and not view.inside_other_name(zm):
            listed = [t for t in _list_after(view, e + 1, len(view.text)) if view.entity(t[1]).cls == "Company"]
            for fm, fk, _ in listed if len(listed) >= 2 else ():
                yield _rel(fk, "locatedIn", zk, (fm, zm))
    for fm, fk, _ in view.of_class({"Company"}, generic=False):
        e = view.rel(fm)[1]
        copulas = {e} if view.text.startswith("是", e) else set()
        if view.rel(fm)[0] == 0:  # X于2005年落户无锡，…，是无锡高新区最大的外资企业: the subject's clause
            copulas |= {c.end() - 1 for c in re.finditer(r"[，,]是", view.text)}
        of = [t for t in view.of_class(ZONE_CLASSES) if view.rel(t[0])[0] - 1 in copulas]
        for zm, zk, _ in of[:1]:
            of_zone = _ZONE_S.match(view.text, view.rel(zm)[1])  # 是园区(最大)的龙头企业
            if of_zone and _FIRM_KIND.match(view.text, of_zone.end()):
                yield _rel(fk, "locatedIn", zk, (fm, zm))


def facilities_in_zone(view: SentenceView) -> Iterator[Relation]:
    """园区推动A、B等配套设施建设: institutions and facilities of the zone."""
    zone = view.zone_subject()
    if zone is None:
        return
    for m, key, _ in view.of_class({"Institution"}, generic=False):
        follow = view.text[view.rel(m)[1]:view.rel(m)[1] + 1]
        opening = _list_start(view, view.rel(m)[0])
        if opening and view.text[opening - 1] in "与同":
            continue  # 与西北工业大学、西安交通大学签署协议: partners, not the zone's own
        if follow in ("、", "等") and view.rel(m)[0] > view.rel(zone[0])[0]:
            yield _rel(key, "locatedIn", zone[1], (m, zone[0]))


def _innermost_place(view: SentenceView, m: Mention, key: str) -> tuple[Mention, str]:
    """The last of a chain of places that m opens (广西|南宁, 天津市|武清区): the innermost."""
    while inner := [t for t in view.of_class(PLACE_CLASSES, generic=False) if view.rel(t[0])[0] == view.rel(m)[1]]:
        m, key, _ = inner[0]
    return m, key


def _attendees(view: SentenceView, end: int) -> list[tuple[Mention, str]]:
    """Who ends at end (before 出席), and the persons listed before them, each after a comma or 、
    and the next one's titles (市长王剑锋，市委常委、经开区党工委书记张磊出席)."""
    agents = sorted(((m, k) for m, k, _ in view.of_class({"Person"} | AGENT_CLASSES, generic=False)),
                    key=lambda t: view.rel(t[0])[0])
    last = next(((m, k) for m, k in agents if view.rel(m)[1] == end), None)
    if last is not None and _where_attended(view, last):  # 雷军在武汉出席: 武汉 is where, not who
        last = next(((m, k) for m, k in agents if view.rel(m)[1] == view.rel(last[0])[0] - 1), None)
    if last is None:
        return []
    out = [last]
    persons = [(m, k) for m, k in agents if view.entity(k).cls == "Person"]
    while view.entity(out[-1][1]).cls == "Person":
        start = view.rel(out[-1][0])[0]
        earlier = [(m, k) for m, k in persons if view.rel(m)[1] < start
                   and re.fullmatch(r"[，、][^，。；：！？]*", view.text[view.rel(m)[1]:start])]
        if not earlier:
            break
        out.append(earlier[-1])
    return out


def _where_attended(view: SentenceView, item: tuple[Mention, str]) -> bool:
    """The mention is the place of 在X出席, not an attendee."""
    return view.entity(item[1]).cls in PLACE_CLASSES | ZONE_CLASSES and view.text.endswith("在", 0, view.rel(item[0])[0])


def _list_start(view: SentenceView, start: int, links: str = "、") -> int:
    """Where the list A、B、C whose item starts at start begins (its items joined by links)."""
    ends: dict[int, int] = {}
    for t in view.items:  # the whole name ending there (中航直升机, not 直升机)
        if not t[2]:
            a, b = view.rel(t[0])
            ends[b] = min(a, ends.get(b, a))
    while start > 0 and view.text[start - 1] in links and start - 1 in ends:
        start = ends[start - 1]
    return start


# --- events ---------------------------------------------------------------------------------

#: after an agent: it takes part in the event of its sentence
_JOINS = re.compile(r"(?:组团|率团|应邀)?(?:参会|参展|参加会议|参加活动)")


_NAMED_YEAR = re.compile(r"((?:19|20)\d\d)(?!\d)")


def _in_the_named_year(date: DateMention, name: str, published: PartialDate | None) -> PartialDate:
    """The day of an event named with its year (8月26日，2022中国·九江招商引资推介会…), in that year when the
    text does not write the day's year and the named one is the publication's or the one before."""
    named = _NAMED_YEAR.match(name)
    if named is None or published is None or re.search(r"\d{4}", date.text) or date.date.month is None:
        return date.date
    year = int(named.group(1))
    return replace(date.date, year=year) if published.year - 1 <= year <= published.year else date.date


def _ceremony_s_project(view: SentenceView, event: Mention) -> list[tuple[Mention, str]]:
    """The project an event is the ceremony of (X项目开工仪式, X项目签约仪式), named in the event's name."""
    return [(pm, pk) for pm, pk, generic in view.of_class({"Project"}, generic=False)
            if pm.start == event.start and (kind := _CEREMONY.match(view.text, view.rel(pm)[1])) is not None
            and kind.end() == view.rel(event)[1]]


#: in the name of an event that signs or starts projects
_SIGNING_KIND = re.compile(r"签约|开工|奠基|推介|招商|对接会|洽谈会")


def event_facts(view: SentenceView) -> Iterator[Relation]:
    """X举行Y / Y在Z举行 / 总签约N元 / the date of the event."""
    events = view.of_class({"Event"})
    res = view.resolution
    all_events = [e for e in res.entities.values() if e.cls == "Event"]
    for m, key, generic in events:
        s, e = view.rel(m)
        name = view.entity(key).label
        hold = _HOLD.search(view.text, e)
        before = view.text[max(0, s - 4):s]
        date = view.date_before(s, e)
        held_on = re.match(r"(?:已|已经)?于", view.text[e:])  # X签约活动于6月10日举行: its day, not the dateline's
        date = next((d for d in view.dates if held_on and d.start == e + held_on.end()), date)
        attend = re.search(r"(?:等)?(?:出席|参加|参与|主持)$", view.text[max(0, s - 5):s])
        inside = any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o, _, _ in events)
        if view.text.startswith(("期间", "召开期间", "举办期间"), e) or inside:
            date = None  # (第四届进博会X交易团签约活动: the day is the activity's, not the fair's);
            # 在第六届进博会期间，园区举行签约仪式: the day is the signing's, not the fair's
        elif date is None and _THAT_DAY.match(view.text) and not generic:
            date = _day_named_before(view)  # 挂牌当天，X举行Y: the day named before
        if date and date.kind == "point" and not generic:
            day = _in_the_named_year(date, name, view.article.published)
            if "签约" in name:
                yield _rel(key, "signedDate", day, (m,), False)
            elif hold or attend or _HOLD.search(before) or _START.search(name):  # Y在Z举行 / 举行Y / 出席Y
                yield _rel(key, "startDate", day, (m,), False)
                nxt = view.text
                if "签约" in nxt[e:]:
                    yield _rel(key, "signedDate", day, (m,), False)
        place = re.match(r"在", view.text[e:e + 1])
        if place and hold:  # 在武汉举行, 在园区举行, 在X开发区主会场举行, 在广西南宁举办 (in 南宁)
            at = [t for t in view.of_class(PLACE_CLASSES | ZONE_CLASSES) if view.rel(t[0])[0] == e + 1
                  and (not t[2] or view.entity(t[1]).cls in ZONE_CLASSES)
                  and not view.inside_other_name(t[0])]  # 在陕西X科技有限公司项目现场举行: not in 陕西
            for pm, pk, pg in [max(at, key=lambda t: view.rel(t[0])[1])] if at else ():  # (无锡高新区, not 无锡)
                pm, pk = _innermost_place(view, pm, pk)
                yield _rel(key, "locatedIn", pk, (m, pm))
                for project, pj in _ceremony_s_project(view, m):  # X项目开工仪式在Y举行: X is in Y
                    yield _rel(pj, "locatedIn", pk, (project, pm))
        venue = _VENUE.search(view.text, e)
        there = [(pm, pk) for pm, pk, pg in view.of_class(PLACE_CLASSES | ZONE_CLASSES)
                 if venue and view.rel(pm)[0] == venue.end() and not pg and not view.inside_other_name(pm)]
        if there and not generic:  # X活动举行，主会场设在Y: the event is in Y (the whole name there)
            pm, pk = _innermost_place(view, *max(there, key=lambda t: view.rel(t[0])[1]))
            yield _rel(key, "locatedIn", pk, (m, pm))
        if view.text.startswith("由", e):  # 推介会由X主办，Y、Z承办: the organizers take part in it
            yield from _organizers(view, e, key, m)
        if attend:
            for pm, pk in _attendees(view, s - len(attend.group())):
                yield _rel(pk, "participatesIn", key, (pm, m))
            for pm, pk, _ in view.items:  # 在武汉出席X: X is in 武汉
                if view.rel(pm)[1] == s - len(attend.group()) and _where_attended(view, (pm, pk)) and not generic:
                    yield _rel(key, "locatedIn", pk, (m, pm))
        if _HOLD.search(before):
            for zm, zk, _ in view.items:
                if view.rel(zm)[1] == s - len(_HOLD.search(before).group()) and \
                        view.entity(zk).cls in AGENT_CLASSES:
                    opening = _chain_start(view, zm)  # (在德国斯图加特举办: the chain of places after 在)
                    if view.text[opening - 1:opening] in ("赴", "到", "在", "于") \
                            and view.entity(zk).cls in PLACE_CLASSES | ZONE_CLASSES:  # X赴深圳举办推介会: 深圳 is
                        # where, X holds it (X在Y新区召开发布会: in the zone)
                        yield _rel(key, "locatedIn", zk, (m, zm))  # (the place just before 举办: the innermost)
                        for hm, hk, _ in view.items:
                            if view.rel(hm)[1] == opening - 1 and view.entity(hk).cls in AGENT_CLASSES:
                                yield _rel(hk, "participatesIn", key, (hm, m))
                        continue
                    yield _rel(zk, "participatesIn", key, (zm, m))
    for am, ak, _ in view.items if events else ():  # …洽谈会在厦门举行，青川经开区组团参会
        if view.entity(ak).cls in AGENT_CLASSES and _JOINS.match(view.text, view.rel(am)[1]):
            em, ek, _ = events[0]
            yield _rel(ak, "participatesIn", ek, (am, em))
    this_one = _THIS_EVENT_BY.match(view.text) if not events and len(all_events) == 1 else None
    if this_one:  # 本次活动由A、B共同主办: the article's one event
        yield from _organizers(view, this_one.end(), all_events[0].key, _span_mention(view, this_one))
    joined = _GUESTS_JOIN.search(view.text)
    if joined and len(all_events) == 1 and not events:  # A、B、C等300余家企业代表参加活动: the article's event
        event = all_events[0]
        for am, ak, _ in _joined_before(view, joined.start(), {"Company", "Organization", "Institution"}):
            yield _rel(ak, "participatesIn", event.key, (am, event.mentions[0]))
    spans = any(d.kind != "point" for d in view.dates) or re.search(_SPAN_WORDS, view.text)
    targets = [(m, k) for m, k, _ in events] or (  # (今年前三季度，园区新签约…协议总投资N元: the zone's sum)
        [(all_events[0].mentions[0], all_events[0].key)] if len(all_events) == 1 and not spans else [])
    this_time = _THIS_TIME.match(view.text)  # 此次集中开工…, 开幕式上，共签约…: the event just told of
    for mm in view.money:
        before = view.text[max(0, mm.start - 6):mm.start]
        signed = re.search(r"(总签约|签约总金额|签约金额|签约总额|签约额|协议投资额|协议总投资|协议投资|协议金额|协议总额|合同金额|合同总额"
                           r"|意向投资额|意向投资)(?:达到?|约|为|共)?$", before)
        seg = view.segment(mm.start)  # 12个项目集中开工，总投资87亿元: the event's sum, if no project is named
        among = view.text.find("其中", mm.end, seg[1])  # (…，其中包括总投资N元的X项目: one of those summed)
        invested = (events or this_time) and re.search(r"(?:总投资(?:额)?|投资总额)(?:合计|共计)?(?:达到?|约|为|共|超过?|逾|近)?$"
                                                       r"|总金额(?:达到?|约|为|共)?$",
                                                       before) \
            and not any(seg[0] <= view.rel(m)[0] < (among if among >= 0 else seg[1])
                        and not _COUNTED_LIST_AFTER.match(view.text, view.rel(m)[1])
                        for m, _, _ in view.of_class({"Project"}, generic=False))
        # (共签约A、B等15个项目，总投资N元: the list's, the event's sum)
        if len(targets) > 1:  # 在进博会期间，青浦区举行集中签约仪式，签约金额N元: the signing's, not the fair's
            targets = sorted(targets, key=lambda t: not (_SIGNING_KIND.search(view.entity(t[1]).label)
                                                         and view.rel(t[0])[1] <= mm.start))
        if targets and (signed or invested) and (_SIGNING_KIND.search(view.entity(targets[0][1]).label)
                                                 or _verb_of(this_time)
                                                 or (events and _SIGNED_THERE.match(view.text, view.rel(targets[0][0])[1]))
                                                 or (events and _SIGNED_LATER.search(view.text, view.rel(targets[0][0])[1],
                                                                                     mm.start))
                                                 or (events and _signed_at_the_subject(view, targets[0][0], mm.start))):
            # (开幕式上，共签约项目58个，总金额达到N元: the signing's sum at the article's one event, a fair)
            m, key = targets[0]
            relation = _money_rel(key, "totalInvestment", mm, m)
            if m.sentence != view.sentence.index:  # the event named before: this sentence, with the sum, is evidence too
                relation = replace(relation, evidence=(m, _span_mention(view, mm)))
            yield relation
            break
    if (re.search(r"(见证|举行|进行)[^，。]{0,6}签约", view.text) or _verb_of(this_time) == "签约") \
            and not view.dates:
        earlier, back = view.previous, 0
        while earlier is not None and back < 6:  # the signing belongs to the event just told of
            for pm, pk, pg in earlier.of_class({"Event"}, generic=False):
                d = earlier.date_before(earlier.rel(pm)[0])
                if d and d.kind == "point" and "签约" not in view.entity(pk).label:
                    day = _in_the_named_year(d, view.entity(pk).label, view.article.published)
                    yield _rel(pk, "signedDate", day, (pm,), False)
                    return
            earlier, back = earlier.previous, back + 1


def _signed_at_the_subject(view: SentenceView, m: Mention, amount: int) -> bool:
    """The event opens the sentence (本届“6·18”, 本次交易会) and the sentence tells of projects signed before the
    amount (…，现场集中签约项目326个，总投资N元): the sum of its signings."""
    s, e = view.rel(m)
    return view.opener is not None and view.opener[0] == m and _THIS_EDITION.fullmatch(view.text, 0, s) is not None \
        and re.search(r"签(?:约|订|署)[^，。；]{0,10}?项目", view.text[e:amount]) is not None


#: after a listed project, the count of the list: 等15个项目, 等一批重大项目
_COUNTED_LIST_AFTER = re.compile(rf"(?:、[^，。；]{{2,30}}?)?等(?:[0-9{CN_DIGITS}]+个|一批)[^，。；0-9]{{0,6}}?项目")


def _organizers(view: SentenceView, after: int, event: str, named: Mention) -> Iterator[Relation]:
    """Those said after ``after`` to organize the event (由A主办，B、C承办): they take part in it."""
    for organizes in _ORGANIZES.finditer(view.text, after):
        for om, ok, _ in _joined_before(view, organizes.start(), ORG_CLASSES | ZONE_CLASSES):
            yield _rel(ok, "participatesIn", event, (om, named))


#: a sentence opening with the article's event referred to, then who organizes it: 本次活动由
_THIS_EVENT_BY = re.compile(r"(?:本次|此次|这次|本届|该)(?:活动|会议|大会|论坛|推介会|博览会|洽谈会|峰会|仪式)由")
#: after who organizes an event: 主办, 承办, 协办 (联合主办, 共同承办)
_ORGANIZES = re.compile(r"(?:联合|共同)?(?:主办|承办|协办)")


#: before an event opening its sentence: this edition of it
_THIS_EDITION = re.compile(r"(?:本届|本次|此次|这次)?[“‘\"]?")
#: a later clause of the event's sentence: projects were signed at it (X在Y举行，现场签约合作项目16个)
_SIGNED_LATER = re.compile(r"[，,](?:现场|会上|活动中|期间|当天)?(?:共|集中|共集中)?签(?:约|订|署)[^，。；]{0,10}?项目")
#: right after an event's name: projects were signed at it (本届东博会共签约投资合作项目470个)
_SIGNED_THERE = re.compile(r"(?:上|期间)?[，,]?(?:共|累计|现场|集中)*签(?:约|订|署)[^，。；]{0,10}?项目")
#: after firms listed: they came to the event just told of (A、B等300余家企业代表参加活动)
_GUESTS_JOIN = re.compile(r"等(?:[0-9一二三四五六七八九十百]+余?家)?(?:企业|单位|机构|客商)?(?:的)?(?:代表|负责人|嘉宾)?"
                          r"(?:应邀)?(?:参加|出席|参与)(?:了)?(?:活动|会议|推介会|签约仪式|本次活动|此次活动)")
#: where an event's main venue is: 主会场设在Y, 主会场位于Y
_VENUE = re.compile(r"主会场(?:设在|设于|位于|在)")
#: a sentence's figures of a span of time, not of one event: 今年前三季度, 1-8月, 今年以来
_SPAN_WORDS = r"季度|[上下]半年|全年|以来|年来|截至|截止|\d{1,2}\s*[-—－~至到]\s*\d{1,2}月|[一二三四五六七八九十]至[一二三四五六七八九十]+月"
#: a sentence about the event just told of: 此次集中开工项目58个，总投资682亿元
_THIS_TIME = re.compile(r"(?:此次|本次|这次|活动中?|当天|现场)[，,]?(?:共|集中)?(?:开工|签约|竣工|投产|推介|集中)"
                        r"|[^，。；]{0,8}(?:会|式|活动)上[，,]?[^，。；0-9]{0,6}?(?:现场)?(?:共|集中)*(?P<verb>签约|开工)"
                        # 开幕式上，共签约…; 会上，九城市共签约…
                        r"|[^，。；]{0,8}(?:会|式|活动)上[，,]?(?:共有|共)?[0-9一二三四五六七八九十百]+个[^，。；0-9]{0,6}?项目"
                        r"(?:现场|集中)*(?P<counted_verb>签约|开工)")  # 会上，共有32个项目现场签约


def _verb_of(said: re.Match | None) -> str | None:
    """The verb (签约, 开工) of a _THIS_TIME or _EVENT_TALLY match that says it."""
    return said and (said.group("verb") or said.group("counted_verb"))


def event_projects(view: SentenceView) -> Iterator[Relation]:
    """柔性…项目奠基仪式 on a date: the project started that day too."""
    for m, key, generic in view.of_class({"Event"}, generic=False):
        name = view.entity(key).label
        if not _START.search(name):
            continue
        date = view.date_before(view.rel(m)[0])
        if not date or date.kind != "point":
            continue
        for pm, pk, _ in view.of_class({"Project"}, generic=False):
            if m.start <= pm.start and pm.end <= m.end:
                yield _rel(pk, "startDate", date.date, (pm,), False)


# --- policies -------------------------------------------------------------------------------

def policy_facts(view: SentenceView) -> Iterator[Relation]:
    """园区发布8条人才新政，最高资助达N元 / 园区坚持“X”: issuedBy, issuedDate, maxFunding (of the
    policy of the sentence before where this one names none: 《意见》提出…。对…给予最高N元奖励)."""
    policies = view.of_class({"Policy"}, generic=False)
    referred = [t for t in view.of_class({"Policy"}) if t[2]]  # 《意见》明确，…给予最高N元
    programs = [t for t in policies if _SELECTED_INTO.search(view.text, 0, view.rel(t[0])[0])]
    for m, key, _ in referred[:1] if len(programs) == len(policies) else ():
        for amount in _grants(view, view.rel(m)[1]):
            yield _money_rel(key, "maxFunding", amount, m)
    if not policies:
        if not referred:
            yield from _funding_of_policy_before(view)
        return
    issue = _ISSUE.search(view.text)
    for m, key, _ in policies:
        s, e = view.rel(m)
        if re.fullmatch(r"十[一二三四五六七八九]五(规划)?", view.entity(key).label):
            continue  # a national five-year plan: nobody here issued it
        issuer = [t for t in view.items if view.rel(t[0])[1] <= s
                  and view.entity(t[1]).cls in ZONE_CLASSES | {"GovernmentBody", "Organization", "Company"}
                  and not any(p.start <= t[0].start and t[0].end <= p.end for p, _, _ in policies)  # in a title
                  and not view.text.endswith("经", 0, view.rel(t[0])[0])]  # 经国务院批准: who approved, not who issued
        quoted = view.text[s - 1:s] in "“‘" and s > 0
        booked = (view.text[s - 1:s] in ("《", "〈") and s > 0) or view.text.endswith("关于印发", 0, s)
        # (〈X〉 of 《关于印发〈X〉的通知》; X of a headline's 关于印发X的通知)
        numbered = bool(re.match(r"[0-9一二三四五六七八九十两]+条", view.entity(key).label))
        applied = booked and _APPLIES.search(view.text, max(0, s - 8), s - 1)  # 全面落实《X》: not who issued it
        nearest = max(issuer, key=lambda t: (view.rel(t[0])[1], -view.rel(t[0])[0])) if issuer else None
        merged = _MERGE.search(view.text, 0, s)  # X由原A整合提升而来，实行“Y”: X's, not A's
        if nearest and merged and merged.start("items") <= view.rel(nearest[0])[0] < merged.end("items"):
            issuer = [t for t in issuer if view.rel(t[0])[1] <= merged.start()]
            nearest = max(issuer, key=lambda t: (view.rel(t[0])[1], -view.rel(t[0])[0])) if issuer else None
        if quoted and nearest and view.entity(nearest[1]).cls == "Company" \
                and view.rel(nearest[0])[1] <= view.clause_start(s):  # X引进A、B等企业；…推行“Y”: X's
            opener = view.opener if view.opener and not view.opener[2] else None
            issuer = [opener] if opener and view.entity(opener[1]).cls in ZONE_CLASSES | {"GovernmentBody"} else []
        spoken = nearest is not None and _SPEAKS.search(view.text, view.rel(nearest[0])[1], s)
        if issuer and not applied and not spoken and (quoted or ((issue or booked) and (numbered or booked))):
            # the nearest before the policy; of names ending together the whole one (…合作区管理局, not …合作区)
            im, ik, _ = max(issuer, key=lambda t: (view.rel(t[0])[1], -view.rel(t[0])[0]))
            joined = _joined_before(view, view.rel(im)[1], ZONE_CLASSES | {"GovernmentBody", "Organization", "Company"})
            for jm, jk, _ in joined or [(im, ik, False)]:  # A、B联合印发《X》: both issue it
                yield _rel(key, "issuedBy", jk, (m, jm))
        issued_after = _ISSUED_AFTER.match(view.text, e)  # DATE，《X》正式发布
        if (issue and issue.start() < s) or issued_after:
            at = issue.start() if issue and issue.start() < s else s
            date = next((d for d in reversed(view.dates) if d.start < at), None)  # not 有效期至DATE after it
            if date and date.kind == "point":
                yield _rel(key, "issuedDate", date.date, (m,), False)
        for amount in _grants(view, e) if (m, key, False) not in programs else ():
            yield _money_rel(key, "maxFunding", amount, m)


def effective_dates(view: SentenceView) -> Iterator[Relation]:
    """《X》共20条，自2022年1月1日起施行 / 本措施将于DATE正式实施。: effectiveDate, the first date after the policy
    (before any other policy, in its clause group) that the policy takes effect from (not 有效期至DATE after it)."""
    policies = sorted(view.of_class({"Policy"}), key=lambda t: view.rel(t[0])[0])
    if not policies:
        yield from _effective_date_of_policy_before(view)
    for i, (m, key, _) in enumerate(policies):
        end = view.rel(m)[1]
        limit = view.rel(policies[i + 1][0])[0] if i + 1 < len(policies) else len(view.text)
        date = next((d for d in view.dates if end <= d.start < limit), None)
        if date is not None and date.kind == "point" and "；" not in view.text[end:date.start] \
                and _TAKES_EFFECT.match(view.text, date.end):
            yield _rel(key, "effectiveDate", date.date, (m,), False)


def _effective_date_of_policy_before(view: SentenceView) -> Iterator[Relation]:
    """本措施自2023年3月1日起施行。: the date the policy last named above (within a notice's items) takes
    effect from; the words that refer to it are evidence, with the policy's name."""
    ref = _THIS_POLICY.match(view.text, _after_item_or_speaker(view.text))  # (第四条 本政策自…起施行)
    date = next((d for d in view.dates if ref and d.start >= ref.end()), None)
    if date is None or date.kind != "point" or "；" in view.text[ref.end():date.start] \
            or not _TAKES_EFFECT.match(view.text, date.end):
        return
    back, steps = view.previous, 0
    while back is not None and steps < 12 and not back.of_class({"Policy"}):
        back, steps = back.previous, steps + 1
    if back is None or not back.of_class({"Policy"}):
        return
    named, key, _ = max(back.of_class({"Policy"}), key=lambda t: t[0].start)
    here = Mention(view.article.id, view.sentence.start + ref.start(), view.sentence.start + ref.end(), ref.group(),
                   "Policy", view.sentence.index, view.entity(key).label)
    yield _rel(key, "effectiveDate", date.date, (named, here), False)


#: an item's number in a document: 第四条, 五、, （三）
_ITEM_NUMBER = r"(?:第[一二三四五六七八九十百0-9]+条|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)])"
_ITEM_MARKER = re.compile(rf"{_ITEM_NUMBER}\s*")  # (opening a sentence)


def _after_item_or_speaker(text: str) -> int:
    """Where a sentence's words begin after the item's number it may open with (第四条 本政策…) or after
    who says them (园区负责人表示，新政自…起施行)."""
    marker = _ITEM_MARKER.match(text) or _SAID_BY.match(text)
    return marker.end() if marker else 0


#: a sentence's opening naming who says what follows: 园区相关负责人表示，/ 据了解，
_SAID_BY = re.compile(r"(?:[^，。；“”]{2,20}?(?:表示|介绍|指出|强调|透露)|据(?:了解|悉|介绍))[，,：:]")


#: a sentence opening with the policy it belongs to: 本措施, 本办法, 该政策
_THIS_POLICY = re.compile(r"(?:本|该|上述|此|这一|此次)(?:政策措施|若干措施|措施|政策|新政|办法|意见|规定|细则|实施细则|方案|条例|通知)"
                          r"|新政(?=[自于从])")  # (新政自5月1日起施行: the new policy named before)
#: after the date a policy takes effect from: 起施行, 正式实施。
_TAKES_EFFECT = re.compile(r"(?:起|开始)(?:正式)?(?:施行|实施|执行|生效)|(?:正式)?(?:施行|实施|执行|生效)(?=[，。；,;]|$)")


#: before a programme one is chosen into (对入选“太湖人才计划”的…给予): it grants nothing in the sentence
_SELECTED_INTO = re.compile(r"(?:入选|列入|纳入|入围|获评)[“《]?$")
#: between a body and a policy: someone of the body speaks of it (X局有关负责人介绍，“Y”自…起施行), no issuing
_SPEAKS = re.compile(r"(?:介绍|表示|说|指出|称|透露|解读|认为)[，,：:]")
_APPLIES = re.compile(r"(?:落实|贯彻|执行|依据|按照|根据|对照|学习|推动|推进|实施|用好)$")
_ISSUED_AFTER = re.compile(r"》?(?:正式)?(?:发布|出台|印发|颁布|公布)")


def _grants(view: SentenceView, after: int) -> list[MoneyMention]:
    """The grants' amounts after pos: 最高(给予)N元, or (一次性)给予N元, 给予每个开发区N元 (merge_relations keeps
    a policy's largest)."""
    tops = [top.end() for top in _MAX_FUNDING.finditer(view.text, after)]
    return [mm for mm in view.money if mm.start >= after
            and (any(_RECIPIENT.fullmatch(view.text, top, mm.start) for top in tops)
                 or _GRANT_BEFORE.search(view.text, after, mm.start))]


#: a sentence opening with the policy named before: 根据政策, 新政策明确, 该政策提出
_CITES_THE_POLICY = re.compile(r"(?:根据|按照|依据)?(?:该|新|上述|这一|此次)?(?:政策|新政|措施)(?:明确|提出|规定)?[，,]")


#: the heading of a policy's item, a sentence of its own: 一、支持企业落户。 / （二）加大人才引进力度 / 第三条
_ITEM_HEADING = re.compile(rf"{_ITEM_NUMBER}[^，。；,;]{{0,20}}[。]?")


def _policy_titled(view: SentenceView) -> tuple[Mention, str] | None:
    """The policy whose name is the whole line (a title above the policy's items), named elsewhere with a mention."""
    text = view.text.strip()
    for key, e in view.resolution.entities.items():
        if e.cls == "Policy" and e.label == text and e.mentions:
            return e.mentions[0], key
    return None


def _funding_of_policy_before(view: SentenceView) -> Iterator[Relation]:
    """A grant in a sentence naming no policy: the policy of the sentence before, or of the one before a
    list of grants (《政策》…给予支持。其中：/ 对…，最高500万元；/ 对…，最高200万元；)."""
    amounts = _grants(view, 0)
    back, steps = view.previous, 0
    if not amounts:
        return
    cited = _CITES_THE_POLICY.match(view.text) is not None  # 根据政策，对…给予最高N元: the policy named before
    while back is not None and steps < 8 and not back.of_class({"Policy"}):
        titled = _policy_titled(back)
        if titled is not None:  # 重庆市支持X若干政策措施 (the policy's title, a line of its own, above its items)
            for amount in amounts:
                yield _money_rel(titled[1], "maxFunding", amount, titled[0])
            return
        heading = _ITEM_HEADING.fullmatch(back.text.strip()) is not None or _signature_line(back)
        # (二、支持创新研发。: the next item; a notice's signer or date, a line of its own, between it and its items)
        if not (heading or cited or _grants(back, 0) or back.text.startswith("对")
                or back.text.rstrip().endswith(("：", ":"))):
            return  # not a list of grants: no policy before it to speak of
        back, steps = back.previous, steps + (not heading)
    if back is None:
        return
    before = {k: m for m, k, _ in back.of_class({"Policy"})}
    if len(before) > 1 and back is view.previous and view.text.startswith("其中"):
        last = max(back.of_class({"Policy"}), key=lambda t: t[0].start)  # 《A》配套出台《B》，共16条。其中，…: B's
        before = {last[1]: last[0]}
    if len(before) == 1:
        key, m = next(iter(before.items()))
        for amount in amounts:
            yield _money_rel(key, "maxFunding", amount, m)


def _signature_line(view: SentenceView) -> bool:
    """The line is a signer's name or a day alone (南昌市人民政府办公室 / 2021年8月5日)."""
    text = view.text.strip()
    return any(d.start == 0 and d.end == len(text) for d in view.dates) or any(
        t[0].text == text for t in view.of_class(ORG_CLASSES | ZONE_CLASSES, generic=False))


# --- persons --------------------------------------------------------------------------------

#: a headline's word before whom it is about: 专访X, 对话X
_HEADLINE_VERB = re.compile(r"(?:专访|访谈|对话|走进|(?<=[—－-])访)?")  # (——访X管委会主任: an interview's subtitle)


def person_titles(view: SentenceView) -> Iterator[Relation]:
    """园区党委副书记、管委会主任虞某: jobTitle per title, affiliatedWith the organization named."""
    from .mentions import name_start

    titles = lexicon.words("titles.txt")
    previous = None  # (title, organization, its mention) of the person before, in this sentence
    for m, key, generic in view.of_class({"Person"}, generic=False):
        s, _ = view.rel(m)
        left = re.search(r"[^，。；：,\s“”]*$", view.text[:s]).group()
        if not left.endswith(titles):
            continue
        chain_start = s - len(left)
        earlier = [view.rel(p[0])[1] for p in view.of_class({"Person"}, generic=False) if view.rel(p[0])[1] <= s - 1]
        if earlier and max(earlier) > chain_start:  # 副市长甲、党工委书记乙: 乙's titles start after 甲
            chain_start = max(earlier) + (1 if view.text[max(earlier):max(earlier) + 1] in "、和及" else 0)
            left = view.text[chain_start:s]
        parts = left.split("、")
        untitled = [i for i, part in enumerate(parts[:-1]) if not part.endswith(titles)]
        if untitled:  # X集团董事长贝瑞德、省委常委、市委书记虞某: the titles after a name not recognized
            chain_start += len("、".join(parts[:untitled[-1] + 1])) + 1
            left = view.text[chain_start:s]
        first = left.split("、")[0]
        first_title = next((t for t in titles if first.endswith(t)), "")  # (使 of 大使 ends no name)
        first_end = chain_start + len(first) - len(first_title)
        if first_end > chain_start:
            chain_start = max(chain_start, name_start(view.text, first_end, first_end - chain_start))
            chain_start = _HEADLINE_VERB.match(view.text, chain_start).end()  # 专访|昆山开发区党工委书记
        cut = [view.rel(t[0])[0] for t in view.items if view.rel(t[0])[0] < chain_start < view.rel(t[0])[1] <= s]
        chain_start = min(cut, default=chain_start)  # 中国电力建设集团有限公司副总经理: not cut at 建设
        chain = view.text[chain_start:s]
        if not chain:
            continue
        yield _rel(key, "jobTitle", chain, (m,), False)  # as written: 园区党委副书记、管委会主任
        if chain in titles and previous is not None and _same_post(chain, previous[0]):
            yield _rel(key, "affiliatedWith", previous[1], (m, previous[2]))  # 管委会主任甲，副主任乙: the same body's
        posts: list = []
        yield from _posts(view, key, m, chain, chain_start, posts)
        previous = posts[-1] if posts else None
    for m, key, _ in view.of_class({"Person"}, generic=False):  # 李某（X高新区党工委书记）：…
        bracket = _TITLE_IN_BRACKETS.match(view.text, view.rel(m)[1])
        if bracket and bracket.group(1).endswith(titles):
            yield _rel(key, "jobTitle", bracket.group(1), (m,), False)
            yield from _posts(view, key, m, bracket.group(1), bracket.start(1), [])


#: a person's posts in brackets right after the name, as in an interview: （X高新区党工委书记）
_TITLE_IN_BRACKETS = re.compile(r"（([^（）。，；]{2,40})）")


def _posts(view: SentenceView, key: str, m: Mention, chain: str, chain_start: int, posts: list) -> Iterator[Relation]:
    """affiliatedWith the body of each post of the chain (园区党委副书记、管委会主任: the zone's); the
    (title, body, mention) of each post found is added to posts."""
    titles = lexicon.words("titles.txt")
    res = view.resolution
    last_org: str | None = None
    for offset, part in _with_offsets(chain.split("、"), chain_start):
        title = next((t for t in titles if part.endswith(t)), None)
        if title is None:
            continue
        title_start = offset + len(part) - len(title)
        opening = {offset} | {view.rel(t[0])[1] for t in view.items if view.rel(t[0])[0] == offset
                              and res.entities[t[1]].cls in PLACE_CLASSES}  # 杭州市钱塘区委: after its city
        orgs = [t for t in view.items if view.rel(t[0])[0] in opening and view.rel(t[0])[1] < offset + len(part)
                and res.entities[t[1]].cls in ORG_CLASSES | ZONE_CLASSES]
        orgs.sort(key=lambda t: -view.rel(t[0])[1])
        level = next((lv for lv in _HEADS if title.endswith(lv + "长")), None)  # 市长, 副省长, 区长, 县长
        place = [t for t in view.items if view.rel(t[0])[0] == offset
                 and res.entities[t[1]].cls == _HEADS.get(level)]
        if not orgs and part.startswith(("管委会", "党工委", "管理委员会")) and posts \
                and res.entities[posts[-1][1]].cls in ZONE_CLASSES:
            orgs = [(posts[-1][2], posts[-1][1], False)]  # X新区党工委委员、管委会副主任: X's committee
        elif not orgs and part.startswith(("管委会", "党工委", "管理委员会")) and view.zone_subject():
            orgs = [(*view.zone_subject(), False)]  # X开发区召开…，管委会主任王明主持: the zone's committee
        if not orgs and title_start - offset >= 3:  # 中国科大党委书记: the institute of 中国科学技术大学, by abbreviation
            orgs = _abbreviated_org(view, view.text[offset:title_start])
        if orgs:
            last_org = orgs[0][1]
            posts.append((title, orgs[0][1], orgs[0][0]))
            yield _rel(key, "affiliatedWith", orgs[0][1], (m, orgs[0][0]))
        if level and (place or last_org or (title_start == offset and level == "市")):
            gov = _local_government(res, level, place[0][1] if place else None, last_org)
            if gov:
                yield _rel(key, "affiliatedWith", gov, (m,))


def _abbreviated_org(view: SentenceView, short: str) -> list:
    """[(its first mention, key, False)] of the one institute or firm of the article whose name short abbreviates
    (its opening characters, then others in order: 中国科大 of 中国科学技术大学); else []."""
    found = [e for e in view.resolution.entities.values() if e.cls in ("Institution", "Company")
             and len(e.label) > len(short) and e.label[:2] == short[:2] and in_order(short, e.label)]
    return [(found[0].mentions[0], found[0].key, False)] if len(found) == 1 else []


def _same_post(title: str, before: str) -> bool:
    """A bare title of the same post as the one before, or its deputy's (主任 and 副主任, 市长 and 常务副市长)."""
    post = re.sub(r"^(?:常务)?副", "", title)
    return len(post) >= 2 and re.sub(r"(?:常务)?副(?=[^副]*$)", "", before).endswith(post)  # (管委会主任 and 副主任)


def _with_offsets(parts: list[str], start: int) -> Iterator[tuple[int, str]]:
    pos = start
    for p in parts:
        yield pos, p
        pos += len(p) + 1


#: the head of a government by the level of its place: 市长 (a city), 省长 (a province), 区长, 县长
_HEADS = {"市": "City", "省": "Province", "区": "District", "县": "District"}


def _local_government(res: Resolution, level: str, place_key: str | None, org_key: str | None) -> str | None:
    """The government of the place named (or of the place of the committee named, or the article's city, for
    a mayor): 四川省副省长 → 四川省人民政府."""
    place = res.entities[place_key].label if place_key else None
    if place is None and org_key:
        label = re.sub(r"^中共", "", res.entities[org_key].label)
        place = label.split(level)[0] + level if level in label else None
    if place is None and level == "市" and res.main_city:
        place = res.entities[res.main_city].label
    if not place:
        return None
    short = place[:-1] if place.endswith(level) else place
    for e in res.entities.values():
        if e.cls == "GovernmentBody" and e.label.startswith(short) \
                and re.fullmatch(rf"{level}?(人民)?政府", e.label[len(short):]):
            return e.key
    return None


def speaker_company_builds(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """X集团董事长Y … Y表示，投资N亿元，建设Z项目: the speaker's company is behind the project."""
    firm_of = {r.subject: r.object for r in found if r.predicate == "affiliatedWith" and r.object_is_entity}
    for view in views:
        opener = view.opener
        if opener is None or opener[2] or view.entity(opener[1]).cls != "Person":
            continue
        firm = firm_of.get(opener[1])
        if firm is None or view.entity(firm).cls != "Company":
            continue
        if not re.match(r"(表示|说|介绍|称|指出)", view.text[view.rel(opener[0])[1]:]):
            continue
        for m, key, generic in view.of_class({"Project"}, generic=False):
            if re.search(r"(建设|新建|投建|投资|建成)[^。；]{0,30}$", view.text[:view.rel(m)[0]]):
                yield _rel(key, "operatedBy", firm, (m, opener[0]))


def signed_at_this_event(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """这次签约的X项目, or a project listed right after the event (其中，…X项目): signed (or started, after a
    ground-breaking) at the article's event, on its date."""
    events = {r.subject: r for r in found if r.predicate in ("signedDate", "startDate") and not r.object_is_entity
              and isinstance(r.object, PartialDate) and r.object.day is not None}
    if views and not any(views[0].resolution.entities[k].cls == "Event" for k in events):
        yield from _listed_after_a_dated_tally(views)  # (no event named: the day of a tally sentence)
    if len(events) != 1:
        return
    event = next(iter(events.values()))
    an_event = bool(views) and views[0].resolution.entities[event.subject].cls == "Event"
    for view in views:
        own_dates = [d for d in view.dates if not _LATER_STAGE.match(view.text, d.end)]  # (计划2025年建成投产: later)
        listed = an_event and not own_dates and _lists_the_event_s(view, event.evidence[0].sentence)
        for m, key, generic in view.of_class({"Project"}, generic=False):
            if listed:  # (签约仪式: signed that day; 集中开工仪式: started that day; or as its tally says)
                predicate = listed if isinstance(listed, str) else event.predicate
                yield _rel(key, predicate, event.object, (m,) + event.evidence[:1], False)
            elif re.search(r"(这次|此次|本次|会上|现场)签约的$", view.text[:view.rel(m)[0]]):
                yield _rel(key, "signedDate", event.object, (m,) + event.evidence[:1], False)




#: a day's projects started or signed together, counted: (DATE，…)重点项目集中开工，共计32个项目
_DATED_TALLY = re.compile(rf"集中(?P<verb>开工|签约)[^。；]{{0,6}}?(?:共计|共有|共)[0-9{CN_DIGITS}]+个(?:重点|重大)?项目")


def _listed_after_a_dated_tally(views: list[SentenceView]) -> Iterator[Relation]:
    """An article of no event: the projects listed (其中，…) within three sentences after the one sentence telling of
    a day's projects started or signed together (1月16日，…项目集中开工，共计32个项目) were started (signed) that day."""
    tallies = [(view, tally, day) for view in views if (tally := _DATED_TALLY.search(view.text))
               and (day := next((d for d in view.dates if d.end <= tally.start() and d.kind == "point" and d.date.day), None))]
    if len(tallies) != 1:
        return
    told, tally, day = tallies[0]
    predicate = "signedDate" if tally.group("verb") == "签约" else "startDate"
    for view in views:
        if 0 < view.sentence.index - told.sentence.index <= 3 and re.match(r"其中[，,]", view.text) \
                and not [d for d in view.dates if not _LATER_STAGE.match(view.text, d.end)]:
            for m, key, _ in view.of_class({"Project"}, generic=False):
                yield _rel(key, predicate, day.date, (m, _span_mention(told, tally)), False)


def _span_mention(view: SentenceView, found: re.Match | MoneyMention) -> Mention:
    """A mention of words of the sentence (a match, an amount) as evidence, naming no entity."""
    start, end = (found.start, found.end) if isinstance(found, MoneyMention) else found.span()
    return Mention(view.article.id, view.sentence.start + start, view.sentence.start + end, view.text[start:end],
                   "", view.sentence.index)  # (no class: it names nothing)


def _lists_the_event_s(view: SentenceView, event_sentence: int) -> bool | str:
    """The sentence lists the projects of the signing named in event_sentence, right before it or after
    the list's other lines (签约项目中，A投资N元建设X项目 after the signing's sentence), or after the
    event's tally (then the predicate its verb gives: 签约 → signedDate)."""
    tally = _EVENT_TALLY.match(view.text)
    if tally and 0 < view.sentence.index - event_sentence <= 6 and "其中" in view.text[tally.end():]:
        return "signedDate" if _verb_of(tally) == "签约" else "startDate"  # 会上，共有12个项目集中签约，…，其中包括X项目
    back = view
    while back is not None and (re.match(_LISTING, back.text) or back is not view and _EVENT_S_KINDS.match(back.text)):
        back = back.previous  # (签约项目涵盖新能源汽车、…等领域。其中，…: over what the projects are about)
        if back is not None and back.sentence.index == event_sentence:
            return True
        tally = _EVENT_TALLY.match(back.text) if back is not None else None
        if tally and 0 < back.sentence.index - event_sentence <= 6:
            return "signedDate" if _verb_of(tally) == "签约" else "startDate"
            # 现场集中签约项目23个，总投资N元。其中，…: the event's tally, then its list, signed (or started) that day
    # 签约项目中，… / 开工项目包括：… a few sentences after the event: its projects, by their kind
    return 0 < view.sentence.index - event_sentence <= 6 and _EVENT_S_PROJECTS.match(view.text) is not None


#: a sentence opening with the count of the event's projects: 现场集中签约项目23个, 推介会上，共签约项目12个
_EVENT_TALLY = re.compile(r"(?:[^，。；]{0,8}上[，,]?)?(?:现场|会上|当天|此次|本次)?(?:共|集中|共集中)?(?P<verb>签约|开工)"
                          r"[^，。；0-9]{0,6}?项目(?:共)?[0-9一二三四五六七八九十百]+个"  # (签约产业转移项目118个)
                          r"|(?:[^，。；]{0,8}上|会上|现场|当天|此次|本次)[，,]?(?:共有|共)?[0-9一二三四五六七八九十百]+个"
                          r"[^，。；0-9]{0,6}?项目(?:现场|集中)*(?P<counted_verb>签约|开工)")  # (会上，共有32个项目现场签约)
#: a sentence saying what the projects of a signing or a ground-breaking are about (签约项目涵盖…等领域)
_EVENT_S_KINDS = re.compile(r"(?:本次|此次|这次|现场)?(?:集中)?(?:签约|开工)(?:的)?项目(?:主要)?(?:涵盖|涉及|覆盖|集中在|分布在|聚焦)")
#: a sentence opening with the projects of a signing or a ground-breaking
_EVENT_S_PROJECTS = re.compile(r"(?:本次|此次|这次|现场)?(?:集中)?(?:签约|开工)(?:的)?项目(?:中|主要包括|包括|有)[，,：:]?")


def phase_operators(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """A phase named by its phase only (一期项目 after X三期项目) is run by the firm that runs the project."""
    if not views or not views[0].resolution.phase_of:
        return
    res = views[0].resolution
    key_of = {(m.start, m.end): k for items in res.by_sentence.values() for m, k, generic in items if not generic}
    operators = [r for r in found if r.predicate == "operatedBy"]
    for phase, project in res.phase_of.items():
        key, of = key_of.get((phase.start, phase.end)), key_of.get((project.start, project.end))
        for r in operators:
            if key and r.subject == of and key != of:
                yield _rel(key, "operatedBy", r.object, (phase, project) + r.evidence)


#: a policy takes effect the day it is issued: 自发布之日起施行
_FROM_ISSUE = re.compile(r"自(?:印发|发布|公布|颁布|出台)之日起(?:正式)?(?:施行|实施|执行|生效)")
#: a sentence opening with the policies named before: 两项政策, 上述政策, 以上措施
_THESE_POLICIES = re.compile(rf"(?:上述|以上|这|此|该)?(?P<n>[{CN_DIGITS}两])项(?:政策|措施|新政|办法|意见|文件)"
                             r"|(?:上述|以上)(?:政策措施|政策|措施|新政|办法|意见|文件)")


def effective_on_issue(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """《X》自发布之日起施行 / 两项政策自发布之日起施行: the policies (named in the sentence, or all those of the
    last sentence naming any) take effect the day they were issued."""
    issued = {r.subject: r.object for r in found if r.predicate == "issuedDate"}
    for view in views:
        said = _FROM_ISSUE.search(view.text)
        if said is None:
            continue
        own = [(m, k) for m, k, generic in view.of_class({"Policy"}) if view.rel(m)[1] <= said.start()
               and (not generic or _anaphor(view, m))]
        opens = _after_item_or_speaker(view.text)
        ref = (_THESE_POLICIES.match(view.text, opens) or _THIS_POLICY.match(view.text, opens)) if not own else None
        count = small_number(ref.group("n")) if ref and ref.re is _THESE_POLICIES and ref.group("n") else None
        before: dict[str, Mention] = {}  # the policies named before, the nearest first: as many as counted (两项政策)
        back, steps = view.previous if ref else None, 0
        while back is not None and steps < 12 and len(before) < (count or 1):
            for m, k, _ in sorted(back.of_class({"Policy"}, generic=False), key=lambda t: -t[0].start):
                before.setdefault(k, m)
            back, steps = back.previous, steps + 1
        if count and len(before) != count:
            before = {}
        for m, key in own or [(m, k) for k, m in before.items()]:
            if key in issued:
                here = (Mention(view.article.id, view.sentence.start + ref.start(), view.sentence.start + ref.end(),
                                ref.group(), "Policy", view.sentence.index, view.entity(key).label),) if ref else ()
                yield _rel(key, "effectiveDate", issued[key], (m,) + here, False)


def signature_date(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """A document signed (天津经济技术开发区管理委员会 / 2023年2月15日, lines of their own): the policies the
    signer issues in it and dates nowhere else are issued on that day."""
    dated_already = {r.subject for r in found if r.predicate == "issuedDate"}
    issued = {r.subject for r in found if r.predicate == "issuedBy"}
    for i, (signer, dated) in enumerate(zip(views, views[1:])):  # (at the end, or between a notice and the policy
        text = dated.text.strip()  # it prints)
        day = next((d for d in dated.dates if d.start == 0 and d.end == len(text) and d.kind == "point"), None)
        names = [t for t in signer.of_class(ORG_CLASSES | ZONE_CLASSES, generic=False)
                 if t[0].text == signer.text.strip()]
        if day is None or day.date.day is None or len(names) != 1:
            continue
        for view in views[:i]:  # 现将《X》印发给你们 / 关于印发《X》的通知, signed by Y: Y issues X (named by no one else)
            for pm, pk, _ in view.of_class({"Policy"}, generic=False) if _ISSUE.search(view.text) else ():
                if pk not in issued:
                    issued.add(pk)
                    yield _rel(pk, "issuedBy", names[0][1], (pm, names[0][0]))
                    if pk not in dated_already:
                        dated_already.add(pk)
                        yield _rel(pk, "issuedDate", day.date, (pm, names[0][0]), False)
        for r in found:
            if r.predicate == "issuedBy" and r.object == names[0][1] and r.subject not in dated_already:
                dated_already.add(r.subject)
                yield _rel(r.subject, "issuedDate", day.date, r.evidence[:1] + (names[0][0],), False)
        set_up = {r.subject for r in found if r.predicate == "establishedDate"}
        for view in views[:i]:  # 同意设立X综合保税区 in a reply signed that day: X is set up then
            for zm, zk, _ in view.of_class(ZONE_CLASSES, generic=False):
                if zk not in set_up and view.text.endswith(("同意设立", "批准设立"), 0, view.rel(zm)[0]):
                    set_up.add(zk)
                    yield _rel(zk, "establishedDate", day.date, (zm, names[0][0]), False)


#: a venue of a ceremony held in many places: the place of the projects started there
_AT_A_VENUE = re.compile(r"在[^，。；]{2,16}?(?:分会场|主会场)")


#: right before a project: it started or signed at the main venue (主会场开工的X项目)
_AT_THE_MAIN_VENUE = re.compile(r"主会场(?:集中)?(?:开工|签约|竣工|投产)的$")


def projects_at_the_main_venue(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """…仪式在X开发区主会场举行。主会场开工的A项目…: A, located nowhere else, is in the zone of the main venue."""
    located = {r.subject for r in found if r.predicate == "locatedIn"}
    venue = None
    for view in views:
        for zm, zk, _ in view.of_class(ZONE_CLASSES, generic=False):
            if view.text.startswith("主会场", view.rel(zm)[1]):
                venue = (zm, zk)
        for m, key, _ in view.of_class({"Project"}, generic=False) if venue else ():
            s = view.rel(m)[0]
            if key not in located and _AT_THE_MAIN_VENUE.search(view.text, view.clause_start(s), s):
                yield _rel(key, "locatedIn", venue[1], (m, venue[0]))


def projects_of_the_one_zone(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """In an article about one zone and no other (in its headline or in two sentences), a project whose sentence
    names no place or zone and that is located nowhere else is in that zone (常熟高新区…。A项目、B项目等重点项目
    加快推进)."""
    if not views:
        return
    res = views[0].resolution
    project_mentions = [m for e in res.entities.values() if e.cls == "Project" for m in e.mentions]
    zones = [e for e in res.entities.values() if e.cls in ZONE_CLASSES and not all(  # (比亚迪襄阳产业园 only in
        any(p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start for p in project_mentions)
        for m in e.mentions)]  # 比亚迪襄阳产业园二期项目: no zone the article is about)
    if len(zones) != 1 or (len({m.sentence for m in zones[0].mentions}) < 2
                           and all(m.sentence > 0 for m in zones[0].mentions)):
        return  # (a zone named once, past the headline, is no subject of the article)
    zone = zones[0]
    located = {r.subject for r in found if r.predicate == "locatedIn"}
    for view in views[1:] if views[0].text == views[0].article.title else views:  # (not the headline's)
        projects = view.of_class({"Project"}, generic=False)
        holders = view.of_class({"Project", "Company", "Institution"}, generic=False)
        if any(not any(p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start
                       for p, _, _ in holders)
               for m, _, _ in view.of_class(PLACE_CLASSES | ZONE_CLASSES, generic=False)):
            continue  # (a place inside a project's or a firm's name says no other place: 中车郑州轨道交通装备产业园
            # 项目, 襄阳宏伟航空器有限责任公司)
        if _AT_A_VENUE.search(view.text):
            continue  # 在城陵矶新港区分会场，…项目同步开工: where it is, named as the venue
        zones_in = [z for z, _, _ in view.of_class(ZONE_CLASSES, generic=False)]
        for m, key, generic in projects:
            if any(m.start <= z.start and z.end <= m.end for z in zones_in):
                continue  # named after a zone (青山产业园二期项目): projects_named_after_zones judges it
            if key not in located:
                located.add(key)
                yield _rel(key, "locatedIn", zone.key, (m,))


#: a sentence about all the projects listed before it: 以上项目均于6月28日集中签约
_ALL_ABOVE = re.compile(r"(?:以上|上述)(?:[0-9一二三四五六七八九十]+个)?项目(?:均|全部|都)?(?:已|将)?于[^，。；]{2,12}?"
                        r"(?:集中|同时|统一)?(?P<verb>签约|开工)")


def projects_listed_above(views: list[SentenceView], found: list[Relation]) -> Iterator[Relation]:
    """以上项目均于DATE集中签约 (开工), after a list of projects: each was signed (started) that day."""
    for i, view in enumerate(views):
        said = _ALL_ABOVE.match(view.text)
        day = next((d for d in view.dates if d.kind == "point" and d.date.day), None) if said else None
        if day is None:
            continue
        predicate = "signedDate" if said.group("verb") == "签约" else "startDate"
        dated = {r.subject for r in found if r.predicate == predicate}
        for before in views[:i]:
            for pm, pk, _ in before.of_class({"Project"}, generic=False):
                if pk not in dated:
                    dated.add(pk)
                    yield _rel(pk, predicate, day.date, (pm, _span_mention(view, said)), False)  # (the day's sentence too)


ARTICLE_RULES = (speaker_company_builds, signed_at_this_event, phase_operators, signature_date, effective_on_issue,
                 projects_of_the_one_zone, projects_listed_above, projects_at_the_main_venue)

RULES = (
    place_hierarchy, merger, zone_parts, established, developers, park_builder, joint_builders, built_together,
    zone_operators, cooperation, focus_industries, project_facts, listed_project_fields, located, project_operator,
    signed_with_firm, output_value, project_industry, company_industries, companies_in_zone, firms_of_zone,
    firm_called_the_zone_s, park_within_zone, facilities_in_zone,
    event_facts, event_projects, policy_facts, effective_dates, person_titles, respective_investments, respective_operators,
    project_done_at, zone_extent, projects_named_after_zones, jointly_run_projects,
)

