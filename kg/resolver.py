"""Entity resolution inside one article: one entity per real thing.

Mentions with the same normalized name become one entity; short forms become
aliases (苏滁园区 = 苏滁现代产业园区, 宁德时代 = 宁德时代新能源科技股份有限公司, 宜昌市委 =
中共宜昌市委); generic references (园区, 该项目, 推介会) are pointed at the entity
they stand for, but never become entities or aliases.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import attrgetter

from . import iri, lexicon
from .mentions import PHASE, is_generic
from .model import Article, Entity, Mention, Sentence, distinct_mentions
from .numbers import CN_DIGITS, small_number

PLACE_CLASSES = {"Place", "Country", "Province", "City", "District", "Region"}
ZONE_CLASSES = {"Zone", "Park", "FreeTradeZone"}
ORG_CLASSES = {"Organization", "Company", "GovernmentBody", "Institution"}
#: classes whose names may have a short form that is a prefix (诺德安达国际学校 → 诺德安达)
PREFIX_ALIAS_CLASSES = ZONE_CLASSES | ORG_CLASSES
#: a government body's name written two ways: 河南省发展和改革委员会 = 河南省发展改革委 = 河南省发改委
_GOV_NORMAL = (("中共", ""), ("人民政府", "政府"), ("发展和改革委员会", "发展改革委"), ("发展改革委员会", "发展改革委"),
               ("发改委", "发展改革委"), ("经济和信息化委员会", "经信委"), ("管理委员会", "管委会"), ("执行委员会", "执委会"))


@dataclass
class Resolution:
    """The entities of an article and, per sentence, the mentions that refer to them."""

    entities: dict[str, Entity]
    #: per sentence index: (mention, entity key, is_generic) in text order
    by_sentence: dict[int, list[tuple[Mention, str, bool]]] = field(default_factory=dict)
    #: a generic reference → the named mention it was resolved through (its antecedent)
    antecedent: dict[Mention, Mention] = field(default_factory=dict)
    main_zone: str | None = None
    main_city: str | None = None
    #: a phase named by its phase only (二期项目) → the mention of the project it is a phase of
    phase_of: dict[Mention, Mention] = field(default_factory=dict)

    def mentions_in(self, sentence: int) -> list[tuple[Mention, str, bool]]:
        return self.by_sentence.get(sentence, [])


def resolve(article: Article, sentences: tuple[Sentence, ...], named: list[Mention],
            generic: list[Mention]) -> Resolution:
    """Group mentions into entities, then resolve generic references."""
    named = _drop_lone_nested(named)
    named, generic, phase_of = _name_phases(named, generic, article.text)
    groups: dict[str, list[Mention]] = {}
    cls_of: dict[str, str] = {}
    for m in named:
        key = entity_key(m.text, m.cls)
        groups.setdefault(key, []).append(m)
        cls_of.setdefault(key, m.cls)
    _merge_prefix_aliases(groups, cls_of)
    _merge_firms_by_trade_name(groups, cls_of)
    _merge_company_named_projects(groups, cls_of)
    _merge_firm_only_projects(groups, cls_of)
    _merge_other_forms(groups, cls_of)
    _merge_abbreviations(groups, cls_of, article.text)
    _merge_shortened_bodies(groups, cls_of)
    _merge_bracketed_names(groups, cls_of, article.text)
    _merge_policy_short_titles(groups, cls_of)
    _merge_renamed_zones(groups, cls_of, article.text)
    _merge_bare_development_zones(groups)
    _merge_zone_short_names(groups)
    _merge_zone_nicknames(groups)
    _merge_bilateral_short_parks(groups, cls_of)
    _merge_country_named_parks(groups, cls_of)
    _merge_event_periods(groups)
    _merge_fair_abbreviations(groups)
    if sentences and sentences[0].text == article.title:  # the article opens with its headline
        _merge_headline_events(groups)
        _merge_headline_kinds(groups, set(phase_of))
        _merge_headline_shortenings(groups)
        _merge_headline_placings(groups)
        _merge_headline_renamings(groups, cls_of, set(phase_of))
        _merge_firm_only_projects(groups, cls_of)  # (again: the headline's was another of the firm's)
        _drop_headline_designations(groups, cls_of, named, article.text)
    _split_brand_zone_names(groups, named)
    _merge_ambiguous_place_forms(groups, cls_of)
    _merge_place_prefixed_zones(groups)
    _merge_zones_named_without_bracketed_place(groups)
    _merge_districts_named_as_zones(groups, cls_of)
    _merge_zones_without_their_host_s_kind(groups, cls_of)
    _merge_firm_prefixed_zones(groups, cls_of)
    _merge_defined_short_names(groups, cls_of, article.text)
    _merge_counted_policies(groups, cls_of)  # (after the short names: 《X》（简称“Y”新政）…22条措施)
    _merge_zone_named_projects(groups, cls_of)
    _merge_firm_phases(groups, cls_of)
    cities = Counter(entity_key(m.text, m.cls) for m in named if m.cls == "City")
    main_city = cities.most_common(1)[0][0].split(":", 1)[1] if cities else ""
    _merge_government_short_forms(groups, cls_of, main_city)
    _merge_zone_bodies(groups, cls_of)
    named_after, covered = _find_known_names(article, sentences, groups, cls_of, named)
    for key, ms in named_after.items():
        groups[key].extend(ms)
    opaque = [m for ms in groups.values() for m in ms if m.cls in _OPAQUE_NAMES]
    for key in list(groups):  # 宁德 inside a later 宁德时代董事长: the company's name, not the city
        groups[key] = [m for m in groups[key] if m not in covered]
        if cls_of[key] in PLACE_CLASSES and all(
                any(o.start <= m.start and m.end <= o.end for o in opaque) for m in groups[key]):
            del groups[key]  # named only inside brand names
        elif not groups[key]:
            del groups[key]
    entities = {key: _entity(key, cls_of[key], ms) for key, ms in groups.items()}
    entities = {k: _with_country_forms(e, article.text) if e.cls == "Company" else e
                for k, e in entities.items() if e.label}
    resolution = Resolution(entities)
    resolution.main_zone = _main_zone(entities, article.text)
    resolution.main_city = _most_mentioned(entities, {"City"})
    key_at = {(m.start, m.end): key for key, ms in groups.items() for m in ms}
    resolution.phase_of = {m: of for m, of in phase_of.items() if (m.start, m.end) in key_at
                           and (of.start, of.end) in key_at}
    for m in distinct_mentions(m for ms in groups.values() for m in ms):
        resolution.by_sentence.setdefault(m.sentence, []).append((m, key_at[(m.start, m.end)], False))
    for g in generic:
        target = _referent(g, resolution, article.text)
        if target:
            ref = replace(g, refers_to=target)
            resolution.by_sentence.setdefault(g.sentence, []).append((ref, target, True))
            named_before = [m for m in entities[target].mentions if m.start < g.start] or list(entities[target].mentions)
            resolution.antecedent[ref] = named_before[-1] if named_before[-1].start < g.start else named_before[0]
    for items in resolution.by_sentence.values():
        items.sort(key=lambda t: (t[0].start, -t[0].end))
    return resolution


_BARE_PHASE = re.compile(rf"({PHASE})(?:项目|工厂)?")  # (一期工厂: the first phase of the factory named before)
_HAS_PHASE = re.compile(rf"{PHASE}(?:项目)?$")
_NAMED_PHASE = re.compile(rf"(.+?)(?:{PHASE})?(?:项目)?")


def _name_phases(named: list[Mention], generic: list[Mention], text: str
                 ) -> tuple[list[Mention], list[Mention], dict[Mention, Mention]]:
    """A bare phase (二期项目) after a project named in its sentence or the two before is that project's
    phase: X三期项目…一期项目于2019年投产，二期项目总投资65亿元 names X一期项目 and X二期项目 (the same
    phase is the project itself, a reference). Also returned: each phase → the project mention it follows."""
    phases, still_generic = [], []
    for g in generic:
        phase = _BARE_PHASE.fullmatch(g.text) if g.cls == "Project" else None
        if phase:
            phases.append((g, phase))
        else:
            still_generic.append(g)
    named, of_kind = _kind_phases(named)
    if not phases:
        return named, generic, of_kind
    projects = sorted((m for m in named if m.cls == "Project"), key=lambda m: m.start)
    opener: dict[int, Mention] = {}  # the first mention of each sentence
    for m in named + generic:
        if m.sentence not in opener or m.start < opener[m.sentence].start:
            opener[m.sentence] = m
    named, phase_of = list(named), {}
    for g, phase in sorted(phases, key=lambda t: t[0].start):
        before = [m for m in projects if m.end <= g.start and g.sentence - 2 <= m.sentence]
        if before and before[-1].sentence < g.sentence and opener[g.sentence].cls in ZONE_CLASSES \
                and not _REPORTED.search(text, 0, g.start):
            before = []  # 园区管委会表示，将建设二期工程: the zone's phase, not the project's (but X负责人介绍，
            # 一期项目于2019年投产: the project's, which the speaker reports on)
        phased = [m for m in projects if m.end <= g.start and _HAS_PHASE.search(phase_last(m.text))]
        if before and phased and (before[-1].sentence < g.sentence or _share_words(phased[-1].text, before[-1].text)):
            before = phased  # (X三期项目…将建设Y生产线。…一期项目: X's first phase; a headline's 智能工厂二期 and the
            # body's 极氪智能工厂，一期工厂…: one project's; but A二期项目…。B项目，总投资N元，一期计划…开工: B's)
        last = phase_last(before[-1].text) if before else ""
        stem = _NAMED_PHASE.fullmatch(last).group(1) if before else ""
        if len(stem) < 2:
            continue  # a phase of what? (not of another phase's project)
        if last == stem + phase.group(1) + "项目":  # the phase just named: that project
            named.append(ref := replace(g, text=before[-1].text))
            if before[-1] in phase_of:
                phase_of[ref] = phase_of[before[-1]]
            continue
        m = replace(g, text=stem + phase.group(1) + ("" if phase.group(1).endswith("工程") else "项目"))
        named.append(m)
        bisect.insort(projects, m, key=attrgetter("start"))
        phase_of[m] = phase_of.get(before[-1], before[-1])
    return named, still_generic, phase_of | of_kind


def _share_words(a: str, b: str) -> bool:
    """The names have four characters or more in a row in common (智能工厂 of 智能工厂二期 and 极氪智能工厂)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size >= 4


#: right before a phase opening what a speaker reports: 介绍，一期项目…
_REPORTED = re.compile(r"(?:介绍|表示|说|指出|透露)[，,：:]$")
#: a phase named by the kind of the project only: 产业园一期项目, 基地二期项目
_KIND_PHASE = re.compile(rf"(?P<kind>[\u4e00-\u9fff]{{2,4}}?)(?P<phase>{PHASE})项目")


def _kind_phases(named: list[Mention]) -> tuple[list[Mention], dict[Mention, Mention]]:
    """A phase named by the kind of the project named in its sentence or the two before (X轨道交通装备产业园二期
    项目…。产业园一期项目于2019年建成) is that project's phase (X轨道交通装备产业园一期项目)."""
    projects = sorted((m for m in named if m.cls == "Project"), key=lambda m: m.start)
    out, phase_of = [], {}
    for m in named:
        hit = _KIND_PHASE.fullmatch(m.text) if m.cls == "Project" else None
        ending = lexicon.suffix_of(hit.group("kind")) if hit else None
        if ending is None or ending.text != hit.group("kind"):  # (the kind is a name's ending, whole: 产业园)
            out.append(m)
            continue
        stems = [(p, stem) for p in projects if p.end <= m.start and m.sentence - 2 <= p.sentence
                 and (stem := _NAMED_PHASE.fullmatch(phase_last(p.text)).group(1)).endswith(hit.group("kind"))
                 and len(stem) > len(hit.group("kind"))]
        if not stems:
            out.append(m)
            continue
        project, stem = stems[-1]
        out.append(phase := replace(m, text=stem + hit.group("phase") + "项目"))
        phase_of[phase] = project
    return out, phase_of


def _only_phases(ms, phases) -> bool:
    """Every mention is of a phase named by its phase only (an entity that is no project of its own)."""
    return all(m in phases for m in ms)


#: sectors whose name ends in 业 as a word of its own (制造业 is not 制造 + 业)
_WHOLE_SECTORS = {"造业", "务业", "农业", "工业", "商业", "物业", "林业", "渔业", "牧业", "矿业", "企业", "产业", "行业"}


def bilateral_short(stem: str) -> str:
    """中国—新加坡（天津） → 中新（天津）, 马来西亚—中国关丹 → 马中关丹: a bilateral zone's stem with China and
    its partner by their one character, as 中新天津生态城 writes them (and no two such zones share the key of a
    dash)."""
    if not any(dash + "中国" in stem or stem.startswith("中国" + dash) for dash in "—-–"):
        return stem
    for char, country in _abbreviations_longest_first():
        if stem.startswith(("中国—", "中国-", "中国–")) and stem.startswith(country, 3):
            return "中" + char + stem[3 + len(country):]
        if stem.startswith(country) and stem[len(country):len(country) + 3] in ("—中国", "-中国", "–中国"):
            return char + "中" + stem[len(country) + 3:]
    return stem


@cache
def _abbreviations_longest_first() -> tuple[tuple[str, str], ...]:
    """(one character, country) pairs, the longest country names first."""
    return tuple(sorted(lexicon.country_abbreviations().items(), key=lambda kv: -len(kv[1])))


@lru_cache(maxsize=65536)
def entity_key(name: str, cls: str) -> str:
    """The normalized key of a name: equal keys are the same entity within an article."""
    if cls in PLACE_CLASSES:
        places = lexicon.gazetteer().lookup(name)
        if places and places[0].cls == "Country":  # 中华人民共和国 = 中国: one country by its common name
            return f"Place:{lexicon.country_names().get(places[0].code[1], places[0].name)}"
        return f"Place:{places[0].name}" if places else f"Place:{name}"
    if cls == "GovernmentBody":
        for a, b in _GOV_NORMAL:
            name = name.replace(a, b)
        return f"GovernmentBody:{name}"
    if cls == "Industry":
        if name.endswith("产业") and len(name) > 3:
            return f"Industry:{name[:-2]}"
        return f"Industry:{name[:-1] if name.endswith('业') and name[-2:] not in _WHOLE_SECTORS else name}"
    if cls in ZONE_CLASSES:
        suffix = lexicon.suffix_of(name)
        if suffix:
            stem = bilateral_short(name[: -len(suffix.text)])
            ranked = stem.replace("国家级", "").replace("国家", "")
            stem = ranked or stem  # 无锡国家高新区 = 无锡高新区: the rank is no part of the name
            core = zone_core(stem)
            if not core:  # named after its places alone
                core = _place_core(_own_stem(stem).replace("（", "").replace("）", ""))
            if not core:  # named after the zone it lies in: 成都天府新区片区 = X自贸试验区成都天府新区片区
                inner = _last_zone_name(stem)
                core = "~" + entity_key(inner, "Zone") if inner else ""
            return f"Zone:{suffix.family}:{core or name}"
        return f"Zone:known:{name}"  # a well-known zone's nickname: 光谷
    if cls == "Project":  # 华能新材二期项目 = 华能新材二期; 第6代AMOLED（柔性）生产线项目 = 第6代AMOLED生产线
        name = _LATIN_THEN_CHINESE.sub(r"\1", name)  # Tesla（特斯拉）上海超级工厂 = 特斯拉上海超级工厂
        bare = re.sub(r"（[^（）]*）", "", phase_last(name)) or name
        bare = _YEARLY.sub("", bare) or bare  # 年产20万吨X = 20万吨/年X: one capacity
        return f"Project:{bare[:-2] if bare.endswith('项目') and len(bare) > 4 else bare}"
    if cls == "Event":  # 丰县2023年二季度…签约活动 = 2023年二季度…签约活动; 第二十届X = 第20届X
        name = _EDITION.sub(lambda m: f"第{small_number(m.group(1)) or m.group(1)}届", name)
        found = lexicon.gazetteer().scan(name[:8])
        if found and found[0][0] == 0 and len(name) - found[0][1] >= 6 and name[found[0][1]] not in "—－-–":
            return f"Event:{name[found[0][1]:]}"
    if cls in ("Organization", "Company"):  # 中国—东盟商务理事会 = 中国东盟商务理事会
        name = _DASH_BETWEEN_NAMES.sub("", name)
    return f"{cls}:{name}"


#: a dash between two Chinese names inside a name (中国—东盟)
_DASH_BETWEEN_NAMES = re.compile(r"(?<=[\u4e00-\u9fff])[—–－-](?=[\u4e00-\u9fff])")
#: a project's phase after 项目: X项目二期, X项目（二期）
_PHASE_AFTER_XIANGMU = re.compile(rf"(.+)项目（?({PHASE})）?")


_PHASE_OR_XIANGMU = re.compile(rf"{PHASE}|项目$")


def phase_last(name: str) -> str:
    """A project's name with its phase before 项目: X项目二期 → X二期项目 (the same project)."""
    m = _PHASE_AFTER_XIANGMU.fullmatch(name)
    return f"{m.group(1)}{m.group(2)}项目" if m else name


@lru_cache(maxsize=65536)
def _place_core(stem: str) -> str:
    """The key of a zone's stem made of place names only: "@合肥市" for one place or a chain
    (合肥高新区 = 合肥高新技术产业开发区; X自贸区武汉片区 = 武汉片区); the places' first characters for
    places side by side (深圳（哈尔滨）产业园区 = 深哈产业园区); "" for a stem with other words."""
    gaz = lexicon.gazetteer()
    found = [f for _, _, f in gaz.scan(stem)]
    if not found or "".join(found) != stem:
        return ""
    places = [gaz.lookup(f)[0] for f in found]
    if len(places) > 1 and places[0].cls == "Country":  # 中国（四川）自由贸易试验区 = 四川自贸试验区
        places, found = places[1:], found[1:]
    if len(places) > 1 and places[-1].cls == "Region":  # 宁波杭州湾新区 = 杭州湾新区: named after the region
        return "@" + places[-1].name
    if len(places) > 1 and not any(inner.parent == outer.name for outer, inner in zip(places, places[1:])):
        return "".join(f[0] for f in found)
    return "@" + places[-1].name  # 广东湛江经开区 = 湛江经开区: a chain by its innermost place


def _last_zone_name(stem: str) -> str:
    """The zone name that ends a stem, after any zone named before it (中国（四川）自由贸易试验区成都天府新区
    → 成都天府新区), or ""."""
    suffix = lexicon.suffix_of(stem)
    if suffix is None or suffix.cls not in ZONE_CLASSES or len(stem) <= len(suffix.text) + 1:
        return ""
    name = _own_stem(stem[:-len(suffix.text)]) + suffix.text
    return name if len(name) > len(suffix.text) + 1 else ""


@lru_cache(maxsize=65536)
def _own_stem(stem: str) -> str:
    """A zone's stem without the zone it is named after (厦门自贸区海沧联动 → 海沧联动)."""
    for suffix in lexicon.suffixes():
        if suffix.cls in ZONE_CLASSES and suffix.text in stem:
            stem = stem[stem.rindex(suffix.text) + len(suffix.text):]
    return stem


@lru_cache(maxsize=65536)
def zone_core(stem: str) -> str:
    """A zone's proper stem: without place names and descriptive words (苏滁现代产业 → 苏滁,
    昆山花桥经济 → 花桥)."""
    stem = _own_stem(stem)
    gaz = lexicon.gazetteer()
    for start, end, _ in reversed(gaz.scan(stem)):
        stem = stem[:start] + stem[end:]
    stem = stem.replace("（", "").replace("）", "")  # 深圳（哈尔滨） without its places; （珠西） → 珠西
    for word in lexicon.words("generic_words.txt"):
        if len(word) > 1:
            stem = stem.replace(word, "")
    # a county's short name before the zone's own (昆山花桥 → 花桥), when a name of two characters is left
    short = next((stem[:n] for n in (4, 3, 2) if stem[:n] in gaz.weak and len(stem) - n >= 2), "")
    return stem[len(short):]


#: names whose inner place names are part of a brand, not a place of the text: 宁德 in 宁德时代
_OPAQUE_NAMES = {"Company", "Institution", "Organization"}


#: what follows a park's name in a project's name it opens: 项目, 项目一期, 项目（二期）
_PROJECT_AFTER_PARK = re.compile(rf"项目（?(?:{PHASE})?）?")
#: classes whose names may only open a project's name (X产业园项目, X生产线二期项目)
_BUILT = ZONE_CLASSES | {"Project"}


def _drop_lone_nested(named: list[Mention]) -> list[Mention]:
    """An industry inside any longer name, a place or an institution inside a company's or an institution's
    name or a place ending a zone's (never one inside a person's name), a zone inside a company's or an
    institution's name, or a park or project named only at the start of a project's name (X产业园项目,
    X生产线二期项目) counts only if it also stands alone somewhere in the article."""
    by_sentence: dict[int, list[Mention]] = {}
    for o in named:  # a span holds another only within one sentence
        by_sentence.setdefault(o.sentence, []).append(o)

    def inside(m: Mention, classes: set[str] | None) -> bool:
        return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                   and (o.cls != m.cls or m.cls in ("Industry", "Institution"))  # (中国科学院 of 中国科学院大学…学院)
                   and (classes is None or o.cls in classes or (o.cls in ZONE_CLASSES and o.end == m.end))
                   for o in by_sentence[m.sentence])  # 滨海新区 ending 绍兴滨海新区: the zone's own name, not Tianjin's district

    def doubtful(m: Mention) -> bool:  # (an institution inside a firm's name: 国药集团…研究所有限责任公司)
        if m.cls in ("Industry", "Institution"):
            return True
        if m.cls == "Company" and _LEGAL.search(m.text) is None and inside(m, {"Event"}):
            return True  # 跨国公司 of 2023中国（宁波）跨国公司投资洽谈会: the kind of guests, no firm
        return m.cls in PLACE_CLASSES

    def _china_in_a_name(m: Mention) -> bool:  # 中国 of 中国国际进口博览会, not the partner of 中国—马来西亚…
        return m.text == "中国" and not any(o.start == m.start and o.text.startswith(("中国—", "中国-", "中国–"))
                                             for o in by_sentence[m.sentence])

    project_ends: dict[int, list[Mention]] = {}
    for o in named:
        if o.cls == "Project":
            project_ends.setdefault(o.start, []).append(o)

    def opens_a_project(m: Mention) -> bool:  # X产业园 of X产业园项目, X生产线 of X生产线二期项目
        projects = project_ends.get(m.start, ())
        if m.cls in ZONE_CLASSES:  # (X工业园项目一期: the project's phase)
            return any(_PROJECT_AFTER_PARK.fullmatch(o.text, len(m.text)) for o in projects if o.end > m.end)
        return m.cls == "Project" and any(o.end > m.end for o in projects)

    keys = {(m.text, m.cls): entity_key(m.text, m.cls) for m in named if doubtful(m) or m.cls in _BUILT}
    alone = {keys[m.text, m.cls] for m in named if doubtful(m)
             and not inside(m, None if m.cls == "Industry" or _china_in_a_name(m) else _OPAQUE_NAMES | ZONE_CLASSES
                            if m.cls == "Institution" else _OPAQUE_NAMES | {"Project"} if m.cls == "Region"
                            else {"Event"} if m.cls == "Company" else _OPAQUE_NAMES)}
    # (岳麓山大学 of 岳麓山大学科技城; 长江 of 长江存储二期项目; 中国 of 中国国际进口博览会)
    alone |= {keys[m.text, m.cls] for m in named if m.cls in _BUILT and not opens_a_project(m)
              and not inside(m, _OPAQUE_NAMES | ({"GovernmentBody"} if m.cls == "Project" else set()))}
    # (中新苏州工业园区 of …开发集团股份有限公司, 生态工程 of …生态工程股份有限公司, 重庆市中新项目 of …项目管理局)
    persons = [(o.start, o.end) for o in named if o.cls == "Person"]
    return [m for m in named if ((not doubtful(m) and m.cls not in _BUILT) or keys[m.text, m.cls] in alone
            or (m.cls in PLACE_CLASSES and not inside(m, None if _china_in_a_name(m) else _OPAQUE_NAMES | {"Project"}
                                                      if m.cls == "Region" else _OPAQUE_NAMES)))
            and not (m.cls in PLACE_CLASSES and any(a <= m.start and m.end <= b for a, b in persons))]  # 海东 of 顾海东


def _fold_into_only(groups: dict[str, list[Mention]], key: str, candidates: list[str]) -> None:
    """The entity of key is the one candidate when there is exactly one (none of several: which?)."""
    if len(candidates) == 1:
        groups[candidates[0]].extend(groups.pop(key))


def _fold_into_fullest(groups: dict[str, list[Mention]], keys: list[str]) -> None:
    """The entities of keys are one: the one of the fullest name (the last key of the longest) takes the others."""
    fullest = max(keys, key=lambda k: (len(_fullest(groups[k])), k))
    for key in keys:
        if key != fullest:
            groups[fullest].extend(groups.pop(key))


def _merge_bare_development_zones(groups: dict[str, list[Mention]]) -> None:
    """X开发区 is the article's one national zone of X when there is one: 昆山开发区 = 昆山经济技术开发区 (not
    when X has both an economic and a high-tech zone, nor when the two stand side by side in a list:
    昆山开发区、昆山高新区 are two zones). X经开区, written for X经济开发区 too, is the article's X经济开发区
    when it never writes X经济技术开发区."""
    for key in [k for k in groups if k.startswith("Zone:econdev:")]:
        economic = entity_key(groups[key][0].text[:-3] + "经济开发区", "Zone")
        if economic in groups and all(m.text.endswith("经开区") for m in groups[key]) \
                and not _listed_together(groups[key], groups[economic]):
            _fold_into_only(groups, key, [economic])
    for key in [k for k in groups if k.startswith("Zone:devzone:")]:
        core = key.split(":", 2)[2]
        national = [k for k in groups if k in (f"Zone:econdev:{core}", f"Zone:hitech:{core}")]
        if key in groups and not any(_listed_together(groups[key], groups[k]) for k in national):
            _fold_into_only(groups, key, national)


def _listed_together(ms: list[Mention], others: list[Mention]) -> bool:
    """Some mention of one is next to one of the other with one character (、和及与) between: items of a list."""
    ends = {(m.sentence, m.end + 1) for m in ms} | {(m.sentence, m.start - 1) for m in ms}
    return any((o.sentence, o.start) in ends or (o.sentence, o.end) in ends for o in others)


def _merge_zone_nicknames(groups: dict[str, list[Mention]]) -> None:
    """A well-known zone's nickname (光谷) is the zone of its full name when the article names it too."""
    nicknames = lexicon.zone_nicknames()
    named = {k: _fullest(ms) for k, ms in groups.items()}
    for key, name in named.items():
        if name not in nicknames:
            continue
        full = nicknames[name][1]  # (珠海横琴粤澳深度合作区 = 横琴粤澳深度合作区: after its city)
        _fold_into_only(groups, key, [k for k, n in named.items() if k != key and k in groups and k.startswith("Zone:")
                                      and (n == full or without_place(n) == full)])


def _merge_zone_short_names(groups: dict[str, list[Mention]]) -> None:
    """X产业园 is the article's one park of that ending whose proper stem opens with X: 新桥产业园 =
    合肥新桥智能电动汽车产业园, 前海合作区 = 前海深港现代服务业合作区 (not when two do: 张江集成电路产业园 and
    张江生物医药产业园)."""
    zones = sorted(k for k in groups if k.startswith("Zone:") and not k.split(":", 2)[2].startswith(("@", "~")))
    for short in zones:
        family, core = short.split(":", 2)[1:]
        if len(core) < 2 or short not in groups:
            continue
        ending = lexicon.suffix_of(_fullest(groups[short]))
        longer = [k for k in zones if k != short and k in groups and k.split(":", 2)[1] == family
                  and (k.split(":", 2)[2].startswith(core) or _abbreviates(_fullest(groups[short]), _fullest(groups[k])))
                  and (ending is None or ending.text in ("园区", "园") or _fullest(groups[k]).endswith(ending.text))]
        if lexicon.gazetteer().lookup(core) or any(_listed_together(groups[short], groups[k]) for k in longer):
            continue  # 大丰经济开发区 is named after its place, and no short form of 大丰港经济开发区 beside it
        _fold_into_only(groups, short, longer)  # (张江科学城 is no short form of 张江集成电路设计产业园)


def _abbreviates(short: str, full: str) -> bool:
    """A zone's name of the same ending whose stem of four or more characters opens as the other's and is
    taken from it in order: 山西转型综改示范区 of 山西转型综合改革示范区."""
    ending = lexicon.suffix_of(short)
    if ending is None or not full.endswith(ending.text):
        return False
    short, full = short[:-len(ending.text)], full[:-len(ending.text)]
    return len(short) >= 4 and len(full) > len(short) and full[:2] == short[:2] and in_order(short, full)


def _merge_bilateral_short_parks(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """中德园 is the article's one zone or park whose name opens with 中德, maybe after its place
    (中德（沈阳）高端装备制造产业园, 沈阳中德高端装备制造产业园)."""
    for key in [k for k in groups if cls_of.get(k) in ZONE_CLASSES]:
        name = _fullest(groups[key])
        if not re.fullmatch(r"中.园区?", name):
            continue
        longer = [k for k in groups if k != key and cls_of.get(k) in ZONE_CLASSES
                  and bilateral_short(without_place(_fullest(groups[k]))).startswith(name[:2])
                  and len(_fullest(groups[k])) > len(name)]
        _fold_into_only(groups, key, longer)


def _merge_country_named_parks(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """泰国罗勇工业园 = 泰中罗勇工业园: a park by its country, or by the two countries that build it."""
    names = {k: _fullest(groups[k]) for k in groups if cls_of.get(k) in ZONE_CLASSES}
    if len(names) < 2:
        return
    abbreviation = {country: char for char, country in lexicon.country_abbreviations().items()}
    for key, name in names.items():
        opening = _partner_countries().match(name)
        country = opening.group() if opening and len(name) > len(opening.group()) + 3 else None
        if country and key in groups:
            rest = name[len(country):]
            pair = {abbreviation[country] + "中" + rest, "中" + abbreviation[country] + rest}
            _fold_into_only(groups, key, [k for k, n in names.items() if k != key and k in groups and n in pair])


@lru_cache(maxsize=1)
def _partner_countries() -> re.Pattern:
    """The countries that have a one-character abbreviation (泰国: 泰), longest first."""
    return re.compile("|".join(sorted(lexicon.country_abbreviations().values(), key=len, reverse=True)))


def _merge_headline_kinds(groups: dict[str, list[Mention]], phases: set[Mention] = frozenset()) -> None:
    """A park or project named by its industry alone, in the headline only (签约共建新能源汽车产业园, 再添新能源
    汽车零部件项目), is the article's one park of that ending, or one project, the body names. A project's
    headline words longer than the body's name are left out, not made its label."""
    for key in [k for k in groups if k.startswith(("Zone:", "Project:"))]:
        name = _fullest(groups[key])
        suffix = lexicon.suffix_of(name)
        if suffix is None or any(m.sentence > 0 for m in groups[key]) \
                or not lexicon.only_words(name[:-len(suffix.text)].removesuffix("产业"), "industries.txt",
                                          "project_activities.txt"):
            continue
        family = f"Zone:{suffix.family}:" if key.startswith("Zone:") else "Project:"
        named = [k for k in groups if k != key and k.startswith(family) and any(m.sentence > 0 for m in groups[k])
                 and not _only_phases(groups[k], phases)]  # (a project's phase is no project of its own here)
        named = [k for k in named if _fullest(groups[k]).endswith(suffix.text)] or named  # 产业园 of 产业园, not 科学城
        if key.startswith("Project:") and len(named) == 1 and len(name) > len(_fullest(groups[named[0]])):
            del groups[key]
        else:
            _fold_into_only(groups, key, named)


def _merge_headline_shortenings(groups: dict[str, list[Mention]]) -> None:
    """A project or policy the headline alone names, with a middle part or the opening words of the body's
    name left out, is the body's: 三一集团灯塔工厂项目 = 三一集团18号厂房灯塔工厂项目, 光伏组件项目 =
    年产10GW高效光伏组件项目 (when one body project fits); a zone, with the opening words left out."""
    for kind in ("Project:", "Policy:"):  # (关于推进开发区高质量发展的实施意见 of …推进全省开发区…)
        named = [k for k in groups if k.startswith(kind)]
        for key in named:
            if key not in groups or any(m.sentence > 0 for m in groups[key]):
                continue  # (folded into another already)
            short = phase_last(_fullest(groups[key]))
            body = [k for k in named if k != key and k in groups and any(m.sentence > 0 for m in groups[k])
                    and (_shortened(short, full := phase_last(_fullest(groups[k])))
                         or _shortened(short.removesuffix("项目"), full.removesuffix("项目"))  # (X二期 = X二期项目)
                         or (kind == "Policy:" and _shortened(short, _WITHOUT_YEARS.sub("", full))))]  # (…（2023—2025年）)
            nicknamed = _NICKNAMED_KIND.fullmatch(short) if kind == "Policy:" else None
            if nicknamed and not body:  # “智造常州”三年行动计划 = 《常州市智能制造三年行动计划（2021—2023年）》
                body = [k for k in named if k != key and k in groups and any(m.sentence > 0 for m in groups[k])
                        and _WITHOUT_YEARS.sub("", _fullest(groups[k])).endswith(nicknamed.group(2))]
                nickname = next((k for k in named if k in groups and _fullest(groups[k]) == nicknamed.group(1)
                                 and all(m.sentence == 0 for m in groups[k])), None)
                if len(body) == 1 and nickname is not None:
                    groups[body[0]].extend(groups.pop(nickname))  # (and “智造常州” alone is its nickname)
            _fold_into_only(groups, key, body)
    for kind in ("Zone:", "Institution:"):  # 共建商贸物流合作示范区 = 临沂—义乌商贸物流合作示范区: the body's zone
        same = [k for k in groups if k.startswith(kind)]  # without its places; 共建智能制造研究院 = 中南大学…智能制造研究院
        for key in same:
            if key in groups and all(m.sentence == 0 for m in groups[key]) and len(short := _fullest(groups[key])) >= 5:
                _fold_into_only(groups, key, [k for k in same if k != key and k in groups
                                              and any(m.sentence > 0 for m in groups[k])
                                              and _fullest(groups[k]).endswith(short) and _fullest(groups[k]) != short])


def _merge_headline_placings(groups: dict[str, list[Mention]]) -> None:
    """A project the headline alone names with a place put into the body's name is the body's (特斯拉上海储能超级工厂
    项目 = 特斯拉储能超级工厂项目), when one body project fits."""
    named = [k for k in groups if k.startswith("Project:")]
    for key in named:
        if key not in groups or any(m.sentence > 0 for m in groups[key]):
            continue
        name = _fullest(groups[key]).removesuffix("项目")
        unplaced = {name[:a] + name[b:] for a, b, _ in lexicon.gazetteer().scan(name) if len(name) - (b - a) >= 4}
        _fold_into_only(groups, key, [k for k in named if k != key and k in groups
                                      and any(m.sentence > 0 for m in groups[k])
                                      and _fullest(groups[k]).removesuffix("项目") in unplaced])


#: a policy by its quoted nickname and its kind: “智造常州”三年行动计划
_NICKNAMED_KIND = re.compile(r"“([^“”]{2,12})”([\u4e00-\u9fff]{4,})")
#: the years a policy's title ends with: （2021—2023年）
_WITHOUT_YEARS = re.compile(r"（[^（）]*年）$")


def _merge_headline_renamings(groups: dict[str, list[Mention]], cls_of: dict[str, str],
                              phases: set[Mention] = frozenset()) -> None:
    """A project the headline alone names after a firm, which the body names after the same or another firm
    of the article, is the body's project when what is left fits: 宁德时代江苏时代四期项目 = 江苏时代新能源科技有限
    公司四期项目 (四期项目 both), 隆基绿能单晶硅棒项目 = 年产15GW单晶硅棒和切片项目 (单晶硅棒 in it), or
    when the body names one project after that firm (比亚迪郑州基地项目 = 比亚迪郑州新能源汽车产业园项目); the
    headline's name may open with the zone (宁波前湾新区吉利汽车整车项目)."""
    firms = _firm_names(groups, cls_of)

    def without_firms(name: str, words_left: int = 0) -> str:
        """name without the firms opening it, at least four characters left (and words_left characters
        besides a phase and 项目: 江铃|新能源汽车二期项目, not 江铃新能源汽车|二期项目)."""
        while (firm := next((f for f in firms if name.startswith(f) and len(name) - len(f) >= 4
                             and len(_PHASE_OR_XIANGMU.sub("", name[len(f):])) >= words_left), None)) is not None:
            name = name[len(firm):]
        return name

    def fits(rest: str, k: str) -> bool:  # what is left of the body's name is the headline's, or holds it
        body_name = phase_last(_fullest(groups[k]))
        return without_firms(body_name) == rest or (len(rest) >= 5 and _own_words(rest.removesuffix("项目"))
                                                    and rest.removesuffix("项目") in body_name)

    projects = [k for k in groups if cls_of[k] == "Project"]
    zones = sorted({m.text for k, ms in groups.items() if cls_of[k] in ZONE_CLASSES for m in ms}, key=len, reverse=True)
    registered = sorted({_fullest(ms) for k, ms in groups.items() if cls_of[k] == "Company" and _LEGAL.search(_fullest(ms))})
    for key in projects:
        if any(m.sentence > 0 for m in groups[key]):
            continue
        name = _fullest(groups[key])  # 浙石化|4000万吨/年炼化一体化项目: the body's project after its firm's abbreviation
        after_abbreviation = [k for k in projects if k != key and k in groups and any(m.sentence > 0 for m in groups[k])
                              and name.endswith(body := _fullest(groups[k])) and 2 <= len(name) - len(body) <= 4
                              and any(f.startswith(name[0]) and in_order(name[:len(name) - len(body)], f)
                                      for f in registered)]
        if len(after_abbreviation) == 1:
            del groups[key]  # (its longer words are left out, not made the label, as in _merge_headline_kinds)
            continue
        short = phase_last(_fullest(groups[key]))
        zone = next((z for z in zones if short.startswith(z) and len(short) - len(z) >= 6), "")
        short = short[len(zone):]  # 宁波前湾新区|吉利汽车整车项目: the zone first, then the firm
        rest = without_firms(short)
        if rest == short:
            continue  # named after no firm: not this case
        in_body = [k for k in projects if k != key and k in groups and any(m.sentence > 0 for m in groups[k])]
        body = [k for k in in_body if fits(rest, k)]
        if not body and (words := without_firms(short, 2)) != short:
            rest, body = words, [k for k in in_body if fits(words, k)]  # 江铃新能源汽车项目二期 = 年产10万辆新能源汽车项目二期
        if len(body) > 1 and not re.search(PHASE, rest):  # a project and its phase fit: the whole
            body = [k for k in body if not _only_phases(groups[k], phases)]
        firm = short[:len(short) - len(rest)]
        same_firm = [k for k in projects if k != key and k in groups and any(m.sentence > 0 for m in groups[k])
                     and _fullest(groups[k]).startswith(firm)]
        same_phase = [k for k in in_body if phase_last(_fullest(groups[k])).endswith(rest)] \
            if not _PHASE_OR_XIANGMU.sub("", rest) else []  # 国投洋浦港三期工程 = 洋浦港区小铲滩作业区三期工程
        whole = [k for k in in_body if not _only_phases(groups[k], phases)]  # (not its phases)
        _fold_into_only(groups, key, body or same_firm or same_phase or whole)
        # (比亚迪郑州基地项目 = the body's one 比亚迪… project, or the body's one project: 宁德时代济宁基地项目 =
        # 新能源电池生产基地, which 宁德时代 builds)


def _own_words(name: str) -> bool:
    """The name says more than a place and a kind of facility (单晶硅棒, not 郑州基地, which many projects'
    names hold)."""
    found = lexicon.gazetteer().scan(name)
    rest = name[found[0][1]:] if found and found[0][0] == 0 else name
    suffix = lexicon.suffix_of(rest)
    return len(rest) > (len(suffix.text) if suffix else 0) and not is_generic(rest)


def _shortened(short: str, full: str) -> bool:
    """short is full with a part inside it left out, at least two characters kept on each side, or with
    its opening words left out (光伏组件项目 of 年产10GW高效光伏组件项目)."""
    return len(full) > len(short) and (any(full.startswith(short[:k]) and full.endswith(short[k:])
                                           for k in range(2, len(short) - 1))
                                       or (len(short) >= 5 and full.endswith(short))
                                       or _two_parts_left_out(short, full))


def _two_parts_left_out(short: str, full: str) -> bool:
    """short is full's opening, middle and end pieces of at least two characters each: 华侨城文旅项目 of
    华侨城襄阳文旅综合项目."""
    for a in range(2, len(short) - 3):
        if not full.startswith(short[:a]):
            break
        for c in range(2, len(short) - a - 1):
            middle = short[a:len(short) - c]
            if full.endswith(short[-c:]) and middle in full[a + 1:len(full) - c - 1]:
                return True
    return False


def _split_brand_zone_names(groups: dict[str, list[Mention]], named: list[Mention]) -> None:
    """A zone named only inside projects' names, a firm's brand before another zone's name (药明生物江北新区基地
    项目: 江北新区 of 南京江北新区), is that zone, named by the tail of the mention."""
    projects = [m for m in named if m.cls == "Project"]
    zones = [k for k in groups if k.startswith("Zone:")]
    for key in zones:
        ms = groups.get(key, [])
        if not ms or not all(any(p.start <= m.start and m.end < p.end for p in projects) for m in ms):
            continue
        name = _fullest(ms)
        tails = {k: t for k in zones if k != key and k in groups  # (the other zone's fullest name that fits, then
                 for t in sorted({without_place(_fullest(groups[k])), _fullest(groups[k])}, key=len)  # its name
                 if 3 <= len(t) < len(name) - 1  # without its place: the last one kept, whatever the hash seed)
                 and name.endswith(t) and not lexicon.gazetteer().scan(name[:len(name) - len(t)][:4])}
        if len(tails) == 1:
            (other, tail), = tails.items()
            groups[other].extend(replace(m, start=m.end - len(tail), text=tail) for m in groups.pop(key)
                                 if m.text.endswith(tail))


def _merge_firm_prefixed_zones(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A park named without the firm that opens its name elsewhere is that firm's park: 零碳产业园 =
    远景科技集团零碳产业园 (when one such park fits)."""
    names = {k: _fullest(ms) for k, ms in groups.items() if k.startswith("Zone:")}
    if not names:
        return
    firms = set(_firm_names(groups, cls_of))
    zone_texts = {m.text: k for k, ms in groups.items() if k.startswith("Zone:") for m in ms}
    projects = [(m.start, m.end) for k, ms in groups.items() if cls_of.get(k) == "Project" for m in ms]
    for key, name in names.items():  # 比亚迪|西安高新区(动力电池项目): a firm's project in the zone, no zone of the firm
        ending = lexicon.suffix_of(name)
        in_projects = all(any(a <= m.start and m.end <= b for a, b in projects) for m in groups[key])
        if ending is not None and ending.family != "park" and any(
                name.startswith(f) and (zone_texts.get(name[len(f):], key) != key
                                        or (in_projects and _opens_with_place(name[len(f):]))) for f in firms):
            del groups[key]  # (the zone named elsewhere alone, or in the project's name only, after a place)
    if len(names) < 2:
        return
    for short_key, short in names.items():
        if short_key in groups and len(short) >= 4:
            _fold_into_only(groups, short_key, [k for k, name in names.items() if k != short_key and k in groups
                                                and name.endswith(short) and name[:-len(short)] in firms])


def _opens_with_place(name: str) -> bool:
    found = lexicon.gazetteer().scan(name[:4])
    return bool(found) and found[0][0] == 0


def _merge_place_prefixed_zones(groups: dict[str, list[Mention]]) -> None:
    """A zone named with a place before its name is the zone named without it, however the place and the
    name share characters (上海市北高新（南通）科技城 = 市北高新（南通）科技城: 上海 + 市北…, not 上海市 + 北…);
    so is a zone cited later by the tail of its name (临空经济区 after 成都天府国际机场临空经济区)."""
    names = {k: _fullest(ms) for k, ms in groups.items() if k.startswith("Zone:")}
    for short_key, short in sorted(names.items(), key=lambda kv: len(kv[1])):
        longer = [k for k, name in names.items() if k != short_key and k in groups and name.endswith(short)
                  and (lexicon.gazetteer().lookup(name[:-len(short)]) or _cited_by_its_tail(groups, short_key, k))]
        if short_key in groups:
            _fold_into_only(groups, short_key, longer)


def _merge_ambiguous_place_forms(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A short form several places share (东兴: 东兴市 of Guangxi, 东兴区 of Sichuan) is the one of them the
    article names in full."""
    gaz = lexicon.gazetteer()
    places = {key.split(":", 1)[1]: key for key in groups if cls_of[key] in PLACE_CLASSES}
    for key in [k for k in groups if cls_of[k] in PLACE_CLASSES]:
        readings = {p.name for m in groups[key] for p in gaz.lookup(m.text)}
        if len(readings) > 1 and all(m.text != key.split(":", 1)[1] for m in groups[key]):
            _fold_into_only(groups, key, [places[r] for r in sorted(readings) if r in places and places[r] != key
                                          and places[r] in groups])


def _merge_zones_named_without_bracketed_place(groups: dict[str, list[Mention]]) -> None:
    """A zone named with its place in brackets is the zone named without them: 长三角科创园 (the headline's) =
    长三角（苏州）科创园."""
    names = {k: _fullest(ms) for k, ms in groups.items() if k.startswith("Zone:")}
    for key, name in names.items():
        place = _BRACKETED_PLACE.search(name)
        if place is None or not lexicon.gazetteer().lookup(place.group(1)):
            continue
        bare = name[:place.start()] + name[place.end():]
        if key in groups:
            _fold_into_only(groups, key, [k for k, other in names.items() if other == bare and k in groups and k != key])
            # (into the bare name's group first, then the fuller name is the label: _fullest)


#: a place in brackets inside a name: （苏州）
_BRACKETED_PLACE = re.compile(r"（([\u4e00-\u9fff]{2,6})）")


def _merge_districts_named_as_zones(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A district of the name of a zone the article names (滨海新区, 浦东新区: a national new area and the
    district it coincides with) is one node with the zone."""
    zones: dict[str, set[str]] = {}
    for key, ms in groups.items():
        if cls_of[key] in ZONE_CLASSES:
            for m in ms:
                zones.setdefault(m.text, set()).add(key)
    for key in [k for k in groups if cls_of[k] == "District"]:
        _fold_into_only(groups, key, sorted({z for m in groups[key] for z in zones.get(m.text, ())}))


def _merge_zones_without_their_host_s_kind(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A part of a zone named after it (惠州大亚湾经济技术开发区石化区) is the same part named without the host's
    kind (惠州大亚湾石化区), when the host is named in the article too."""
    names = {k: _fullest(ms) for k, ms in groups.items() if cls_of[k] in ZONE_CLASSES}
    for long_key, long in sorted(names.items()):
        for host_key, host in names.items():
            ending = lexicon.suffix_of(host)
            if host_key == long_key or ending is None or not long.startswith(host) or len(long) - len(host) < 2:
                continue
            short = host[:-len(ending.text)] + long[len(host):]  # the host's place and name, then the part's
            others = [k for k, name in names.items() if name == short and k not in (long_key, host_key)]
            if long_key in groups and len(others) == 1 and others[0] in groups:
                groups[long_key].extend(groups.pop(others[0]))


def _cited_by_its_tail(groups: dict[str, list[Mention]], short_key: str, long_key: str) -> bool:
    """The short name, with a proper stem of two or more characters that is no place's, is only written
    after the long one (成都天府国际机场临空经济区 …。临空经济区规划面积…)."""
    short = _fullest(groups[short_key])
    ending = lexicon.suffix_of(short)
    stem = short[:-len(ending.text)] if ending else short
    return len(stem) >= 2 and not lexicon.gazetteer().lookup(stem) and not is_generic(stem) \
        and min(m.start for m in groups[long_key]) < min(m.start for m in groups[short_key])


#: a period opening an event's name: 2022年一季度, 2023年上半年
_EVENT_PERIOD = re.compile(r"(?:19|20)\d\d年度?(?:第?[一二三四1-4]季度|[上下]半年)?$|第[0-9]+届$")
#: an event's edition: 第二十届 (its number in Arabic digits in the key)
_EDITION = re.compile(rf"第([0-9{CN_DIGITS}]+)届")


def _merge_event_periods(groups: dict[str, list[Mention]]) -> None:
    """An event named without its period or edition is the one event named with it (after its place):
    重大项目集中开工活动 = 常州市2022年一季度重大项目集中开工活动, 中国—东盟博览会 = 第20届中国—东盟博览会
    (not when two periods' events are named)."""
    events = [k for k in groups if k.startswith("Event:")]
    for key in events:
        name = key.split(":", 1)[1]
        dated = [k for k in events if k != key and k in groups and k.endswith(name)
                 and _EVENT_PERIOD.search(k[:-len(name)])]
        if key in groups:
            _fold_into_only(groups, key, dated)


def _merge_fair_abbreviations(groups: dict[str, list[Mention]]) -> None:
    """A fair by its abbreviation (东博会, 进博会) is the one fair of the article whose name holds its
    characters in order before 博览会 (中国—东盟博览会)."""
    fairs = {k: _fullest(ms) for k, ms in groups.items() if k.startswith("Event:")}
    for key, name in fairs.items():
        short = _EDITION_OPENING.sub("", name)
        if not short.endswith("博会") or short.endswith("博览会") or len(short) > 5:
            continue
        _fold_into_only(groups, key, [k for k, full in fairs.items() if k != key and k in groups
                                      and full.endswith("博览会") and in_order(short[:-2], full[:-3])])


#: an event's edition opening its name: 第二十届, 2023
_EDITION_OPENING = re.compile(r"^(?:第[0-9一二三四五六七八九十百]+届|20\d\d年?)")


#: before a title that zones are given: 第二批, 首批, 入选, 认定为
_DESIGNATED_BEFORE = re.compile(r"(?:首批|第[一二三四五六七八九十0-9]+批|入选|获评|认定为|命名为|评为)$")


def _drop_headline_designations(groups: dict[str, list[Mention]], cls_of: dict[str, str], named: list[Mention],
                                text: str) -> None:
    """A zone named only in the headline whose words the body reads as no name (公布第二批X示范园区名单: a title
    parks are given) is no zone."""
    spans = {(m.start, m.end) for m in named}
    for key in [k for k in groups if cls_of[k] in ZONE_CLASSES]:
        ms = groups[key]
        if any(m.sentence != 0 for m in ms):
            continue
        label = _fullest(ms)
        body = [i for i in _occurrences(label, text) if i > ms[0].end]
        if body and all((i, i + len(label)) not in spans and (_DESIGNATED_BEFORE.search(text, max(0, i - 6), i)
                                                              or text.startswith("名单", i + len(label)))
                        for i in body):
            del groups[key]


def _merge_headline_events(groups: dict[str, list[Mention]]) -> None:
    """An event the headline alone names is the body's one event of the same ending: 德国企业项目签约仪式 =
    苏州相城经济技术开发区德资企业项目集中签约仪式 (签约仪式, not 开工仪式)."""
    events = [k for k in groups if k.startswith("Event:")]
    for key in events:
        name = _fullest(groups[key])
        suffix = lexicon.suffix_of(name)
        if suffix is None or any(m.sentence > 0 for m in groups[key]):
            continue
        ending = name[-len(suffix.text) - 2:]
        body = [k for k in events if k != key and k in groups and any(m.sentence > 0 for m in groups[k])
                and _fullest(groups[k]).endswith(ending)]
        _fold_into_only(groups, key, body)


#: a zone's governing body after the zone's name
_ZONE_BODY = re.compile(r"(.{2,}?)(管委会|管理委员会|执委会|执行委员会|党工委|管理局)$")


def _merge_zone_bodies(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """The bodies of one zone by any of its names are one body: 厦门片区管委会 = 中国（福建）自由贸易试验区厦门片区
    管委会, 西安高新区管委会 = 西安高新技术产业开发区管委会."""
    by_zone: dict[tuple[str, str], list[str]] = {}
    zone_names: dict[tuple[str, str], str] = {}
    bare: list[tuple[str, str, str]] = []  # (key, zone's opening words, body) of 前海管理局
    for key in sorted(k for k in groups if cls_of[k] == "GovernmentBody"):
        m = _ZONE_BODY.match(_fullest(groups[key]))
        suffix = lexicon.suffix_of(m.group(1)) if m else None
        if suffix is not None and suffix.cls in ZONE_CLASSES:
            by_zone.setdefault((entity_key(m.group(1), suffix.cls), m.group(2)), []).append(key)
            zone_names[(entity_key(m.group(1), suffix.cls), m.group(2))] = m.group(1)
        elif m and len(m.group(1)) >= 2 and not lexicon.gazetteer().lookup(m.group(1)):
            bare.append((key, m.group(1), m.group(2)))
    for key, opening, body in bare:  # 前海管理局 = 前海深港现代服务业合作区管理局, the one zone's body opening so
        fuller = {zk for zk, name in zone_names.items() if zk[1] == body and name.startswith(opening)}
        if len(fuller) == 1 and key in groups:
            by_zone[fuller.pop()].append(key)
    for keys in by_zone.values():
        _fold_into_fullest(groups, keys)


#: between a zone's former name and its new one: 同意A更名为B, A升级为国家级经济技术开发区，定名为B
_RENAMED = re.compile(r"(?:日前|近日|近期|已|正式)*(?:更名为|改名为|(?:升级|升格)为[^，。；]{0,16}[，,](?:定名|更名)为|定名为)")


#: between a zone and its former name: 前身是(1992年设立的)
_FORMERLY = re.compile(r"的?前身(?:是|为)[^，。；]{0,16}?的?")


def _merge_renamed_zones(groups: dict[str, list[Mention]], cls_of: dict[str, str], text: str) -> None:
    """A zone renamed in the article is one zone known by both names (同意沭阳经济技术开发区更名为沭阳高新技术产业
    开发区; 南通高新区前身是通州经济开发区)."""
    zones = sorted(((m, key) for key, ms in groups.items() if cls_of[key] in ZONE_CLASSES for m in ms),
                   key=lambda t: t[0].start)
    for (a, old), (b, new) in zip(zones, zones[1:]):
        if old != new and old in groups and new in groups and _RENAMED.fullmatch(text, a.end, b.start):
            groups[new].extend(groups.pop(old))
        elif old != new and old in groups and new in groups and _FORMERLY.fullmatch(text, a.end, b.start):
            groups[old].extend(groups.pop(new))  # X前身是1992年设立的Y: Y is X's former name


def _merge_prefix_aliases(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """Fold a short name into the longer name it begins (诺德安达 → 诺德安达国际学校)."""
    names = {key: _fullest(ms) for key, ms in groups.items()}
    by_head: dict[str, list[str]] = {}  # longer names by their first two characters (after a place)
    for key in sorted(groups, key=lambda k: (len(names[k]), k)):
        if cls_of[key] in PREFIX_ALIAS_CLASSES:
            for head in {names[key][:2], without_place(names[key])[:2]}:
                by_head.setdefault(head, []).append(key)
    for short_key in sorted(groups, key=lambda k: len(names[k])):
        short = names[short_key]
        if cls_of[short_key] in PLACE_CLASSES | {"Person", "Industry", "Policy", "Event"} or len(short) < 2 \
                or short in lexicon.zone_nicknames():
            continue  # (光谷 of 光谷科创大走廊: a well-known zone's nickname names that zone only)
        for long_key in by_head.get(short[:2], ()):
            long = names[long_key]
            if long_key == short_key or long_key not in groups:
                continue
            if cls_of[short_key] == "Company" and cls_of[long_key] in ZONE_CLASSES | {"Institution", "Project"}:
                continue  # 比亚迪 of 比亚迪襄阳产业园, 吉利汽车 of 吉利汽车研究院: the firm that names it, not it
            if cls_of[short_key] in ZONE_CLASSES and cls_of[long_key] == "GovernmentBody":
                continue  # 中德园 of 中德园管委会: the zone the body governs, not the body
            if (long.startswith(short) or without_place(long).startswith(short)) and len(long) > len(short) \
                    and lexicon.suffix_of(long) and lexicon.suffix_of(short) is None:
                groups[long_key].extend(groups.pop(short_key))
                break


#: a brand in Latin letters and its Chinese name in brackets, opening a name: Tesla（特斯拉）
_LATIN_THEN_CHINESE = re.compile(r"^[A-Za-z][A-Za-z0-9 .&\-]*（([\u4e00-\u9fff]{2,8})）")
#: how a capacity says "a year": 年产 before it, /年 after its unit
_YEARLY = re.compile(r"年产(?=[0-9０-９])|/年")


@lru_cache(maxsize=65536)
def without_place(name: str, only: str | None = None) -> str:
    """安徽华能新材料股份有限公司 → 华能新材料股份有限公司 (for matching a short name); with ``only``,
    just a place of that class (a province before a firm's name is its registration, not its brand)."""
    gaz = lexicon.gazetteer()
    found = gaz.scan(name[:4])
    if found and found[0][0] == 0 and (only is None or gaz.lookup(found[0][2])[0].cls == only):
        return name[found[0][1]:]
    return name


#: a project's name opening with the area it is in: 郑州航空港区, 青川经开区
_AREA_OPENING = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:港区|新区|园区|开发区|经开区|高新区|片区)")


def _merge_company_named_projects(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """宁德时代四川宜宾基地二期项目 = 四川宜宾基地二期项目 of 宁德时代新能源科技股份有限公司: one project (the firm
    by any name or short form of its registered name: 华虹半导体 of 华虹半导体（南京）有限公司; the area the
    project is in left out: 郑州航空港区富士康…项目)."""
    firm_of = _firm_of_names(groups, cls_of)
    firms = sorted(firm_of, key=len, reverse=True)
    by_rest: dict[str, tuple[str, str | None]] = {}
    for key in sorted(k for k in groups if cls_of[k] == "Project"):
        name = _fullest(groups[key])
        area = _AREA_OPENING.match(name)  # 郑州航空港区富士康…项目 = 富士康…项目: the area it is in left out
        name = name[area.end():] if area and len(name) - area.end() >= 6 else name
        opening = lexicon.gazetteer().scan(name[:8])  # 韩国现代摩比斯…项目: the firm's country left out
        if opening and opening[0][0] == 0 and len(name) - opening[0][1] >= 6 \
                and any(p.cls == "Country" for p in lexicon.gazetteer().lookup(opening[0][2])):
            name = name[opening[0][1]:]
        firm = next((f for f in firms if name.startswith(f) and len(name) - len(f) >= 4), None)
        rest = name[len(firm):] if firm else name
        rest = rest[:-2] if rest.endswith("项目") else rest
        firm_key = firm_of[firm] if firm else None
        other, other_firm = by_rest.get(rest, (None, None))
        if other in groups and (firm_key is None or other_firm is None or firm_key == other_firm
                                or not _listed_together(groups[other], groups[key])):
            groups[other].extend(groups.pop(key))  # (not two firms' listed: 中国华能集团有限公司总部、中国中化…总部)
        else:
            by_rest[rest] = (key, firm_key)


def _firm_names(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> list[str]:
    """Every name the article's firms go by (as written, and the short forms of each), longest first."""
    return sorted(_firm_of_names(groups, cls_of), key=len, reverse=True)


def _firm_of_names(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> dict[str, str]:
    """Each name an article's firm goes by (as written, and its short forms) → the firm (the first named)."""
    firm_of: dict[str, str] = {}
    for key, ms in groups.items():
        if cls_of[key] == "Company":
            names = {m.text for m in ms}
            for name in sorted(names | {f for n in names for f in _company_short_forms(n) if len(f) >= 2}):
                firm_of.setdefault(name, key)
    return firm_of


def _merge_firms_by_trade_name(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """X公司 without a legal form is the article's one registered firm whose trade name is X: 华为公司 =
    华为技术有限公司 (not a group and its listed firm: 三一集团, 三一重工股份有限公司)."""
    firms = {key: _fullest(ms) for key, ms in groups.items() if cls_of[key] == "Company"}
    registered: dict[str, list[str]] = {}
    for key, name in firms.items():
        if (legal := _LEGAL.search(name)) is not None and legal.start() > 0 and not legal.group().startswith("（"):
            registered.setdefault(_trade_name(name[:legal.start()], shortest=2), []).append(key)
            # (特斯拉（上海）有限公司 is the firm's local company, not 特斯拉公司)
    for key, name in firms.items():
        if name.endswith("公司") and not _LEGAL.search(name) and key in groups:
            _fold_into_only(groups, key, [k for k in registered.get(name[:-2], ()) if k in groups and k != key])
        elif not _LEGAL.search(name) and key in groups and (trade := _without_business(name, 2)) != name:
            # 比亚迪汽车 = 比亚迪股份有限公司 (not 华为终端 = 华为技术有限公司: another line of business)
            _fold_into_only(groups, key, [k for k in registered.get(trade, ()) if k in groups and k != key
                                          and _bare_name(firms[k]) in (trade, name)])
    described: dict[str, list[str]] = {}  # trade name → the unregistered firms called by it and a line of business
    for key, name in firms.items():
        if not _LEGAL.search(name) and (trade := _without_business(name, 2)) != name:
            described.setdefault(trade, []).append(key)
    for key, name in firms.items():  # 天马 (of 天马第8.6代…项目) = 天马微电子, the one firm of that trade name
        if key in groups and name in described and not registered.get(name):
            _fold_into_only(groups, key, [k for k in described[name] if k in groups and k != key])


def _bare_name(registered: str) -> str:
    """A registered firm's name without its legal form and province (浙江X科技 of 浙江X科技有限公司)."""
    legal = _LEGAL.search(registered)
    return without_place(registered[:legal.start()] if legal else registered, only="Province")


def _merge_firm_only_projects(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A project called by its firm's name alone (巴斯夫项目) is the article's one other project named after
    that firm (巴斯夫（广东）一体化基地项目), by that name or a longer one of the same firm (裕珑石化项目 =
    珠海裕珑石化新材料一体化项目, the firm being 珠海裕珑石化有限公司), or named right after the firm
    (恒力化纤项目 = 年产30万吨差别化纤维项目 of 江苏恒力化纤股份有限公司年产30万吨差别化纤维项目)."""
    forms_of: dict[str, set[str]] = {}  # a name of a firm → the names of that firm holding it
    ends_of: dict[str, set[int]] = {}  # a name of a firm → where the mentions of the firms holding it end
    for key, ms in groups.items():
        if cls_of[key] == "Company":
            names = {m.text for m in ms}
            names |= {f for n in names for f in _company_short_forms(n) if len(f) >= 2}
            for name in names:
                forms_of.setdefault(name, set()).update(n for n in names if name in n)
                ends_of.setdefault(name, set()).update(m.end for m in ms)
    projects = [k for k in groups if cls_of[k] == "Project"]
    for key in projects:
        firm = _fullest(groups[key]).removesuffix("项目")
        if firm not in forms_of or key not in groups:
            continue
        forms = tuple(forms_of[firm])
        named_after = [k for k in projects if k != key and k in groups and (
            _fullest(groups[k]).startswith(forms) or any(m.start in ends_of[firm] for m in groups[k]))]
        _fold_into_only(groups, key, named_after)


def _merge_zone_named_projects(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A project named after its zone by two of the zone's names is one project (青哈产业园科创总部项目 =
    青岛（哈尔滨）产业园区科创总部项目, the park being called 青哈产业园 too)."""
    zone_of = {m.text: key for key, ms in groups.items() if cls_of[key] in ZONE_CLASSES for m in ms
               if len(m.text) >= 3}
    by_rest: dict[tuple[str, str], list[str]] = {}
    for key in sorted(k for k in groups if cls_of[k] == "Project"):
        name = _fullest(groups[key])
        form = max((f for f in zone_of if name.startswith(f) and len(name) - len(f) >= 3), key=len, default=None)
        if form is not None:
            by_rest.setdefault((zone_of[form], name[len(form):]), []).append(key)
    for keys in by_rest.values():
        _fold_into_fullest(groups, keys)


#: after a firm's name (and the place of its plant) in a project's name: only a phase (二期项目, 二期扩建项目)
_FIRM_S_PHASE = re.compile(r"([一二三四五六七八九十0-9])期(?:扩建|扩产|技改|改扩建)?(?:项目|工程)")


def _merge_firm_phases(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A firm's phase named by two of the firm's names, with or without its place, is one project
    (X无锡二期项目 = X半导体（中国）有限公司二期扩建项目 = X二期项目)."""
    firm_of = _firm_of_names(groups, cls_of)
    by_phase: dict[tuple[str, str], list[str]] = {}
    for key in sorted(k for k in groups if cls_of[k] == "Project"):
        name = _fullest(groups[key])
        for form in sorted((f for f in firm_of if name.startswith(f)), key=len, reverse=True):
            phase = _FIRM_S_PHASE.fullmatch(without_place(name[len(form):]))
            if phase:
                by_phase.setdefault((firm_of[form], phase.group(1)), []).append(key)
                break
    for keys in by_phase.values():
        _fold_into_fullest(groups, keys)


def _merge_other_forms(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A firm or an event named once in full and once in another form is one entity:
    新加坡凯德集团 = 凯德集团, 宁波舟山港集团有限公司 = 宁波舟山港集团 (a short form of its registered
    name), 西安高新区2023年…签约活动 = 2023年…签约活动 (its country, city or zone left out)."""
    places = sorted({_fullest(ms) for key, ms in groups.items() if cls_of[key] in PLACE_CLASSES | ZONE_CLASSES},
                    key=len, reverse=True)
    for cls in ("Company", "Event"):
        by_name = {_fullest(ms): key for key, ms in groups.items() if cls_of[key] == cls}
        for name, key in sorted(by_name.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            forms = [without_place(name), *(name[len(p):] for p in places if name.startswith(p) and name != p)]
            forms = [f for f in forms if _stem_length(f) >= 2]
            if cls == "Company":
                forms += _company_short_forms(name)
            for form in forms:
                other = by_name.get(form)
                if other not in (None, key) and other in groups and key in groups:
                    groups[key].extend(groups.pop(other))


def _merge_bracketed_names(groups: dict[str, list[Mention]], cls_of: dict[str, str], text: str) -> None:
    """A firm's, a project's or a zone's other name in brackets right after its name (ASML（阿斯麦）,
    X生产线（t9项目）, 泰州医药高新技术产业开发区（中国医药城）: a zone and its park's name) is the same firm,
    project or zone."""
    for classes in ({"Company"}, {"Project"}, ZONE_CLASSES):
        named_at = {(m.start, m.end): key for key, ms in groups.items() if cls_of[key] in classes for m in ms}
        for (start, end), key in sorted(named_at.items()):
            other = next((k for (a, b), k in named_at.items() if a == end + 1 and text[end:a] == "（"
                          and text[b:b + 1] == "）"), None)
            if other not in (None, key) and other in groups and key in groups \
                    and not _named_apart(groups[key], groups[other], start) \
                    and (classes != ZONE_CLASSES or cls_of[key] != cls_of[other]):  # X新区（Y综合保税区）: two
                groups[key].extend(groups.pop(other))


def _named_apart(one: list[Mention], other: list[Mention], bracketed_at: int) -> bool:
    """Either name stands earlier in the bracketed pair's sentence: two things (A与B整合组建B（A））."""
    sentence = next(m.sentence for m in one if m.start == bracketed_at)
    return any(m.sentence == sentence and m.start < bracketed_at for m in one + other)


def _merge_abbreviations(groups: dict[str, list[Mention]], cls_of: dict[str, str], text: str) -> None:
    """A firm called by an abbreviation of its registered name, its characters taken in order (中国一汽 of
    中国第一汽车集团有限公司, 中国电建 of 中国电力建设集团有限公司), is that firm, when exactly one fits. Two
    characters are too few to tell (中建 would fit 中国电力建设 too), unless the text also names them after
    China (一汽 and 中国一汽), or a group is called by them and 集团 and the article has one registered group
    they fit (徐工集团 of 徐州工程机械集团有限公司)."""
    firms = {key: _fullest(ms) for key, ms in groups.items() if cls_of[key] == "Company"}
    registered = {key: name[:_LEGAL.search(name).start()] for key, name in firms.items() if _LEGAL.search(name)}
    groups_of = {key: bare for key, bare in registered.items()
                 if _LEGAL.search(firms[key]).group().lstrip("（").startswith("集团")}
    for key, short in sorted(firms.items()):
        if short.endswith("集团") and 2 <= len(short) - 2 <= 3 and key not in registered:
            fits = [k for k, bare in groups_of.items() if bare[:1] == short[:1] and in_order(short[:-2], bare)]
            if len(fits) == 1 and key in groups and fits[0] in groups:  # 徐工集团 of 徐州工程机械集团有限公司:
                groups[fits[0]].extend(groups.pop(key))  # a group by two characters of its name, both groups
            continue
        if len(short) == 2 and "中国" + short in text:
            short = "中国" + short
        if key in registered or not 3 <= len(short) <= 5 or lexicon.suffix_of(short) \
                or short.endswith(tuple(lexicon.words("firm_business_words.txt"))):
            continue  # 江铃汽车 is a firm's name of its own, not an abbreviation of 江铃集团新能源汽车
        fits = [k for k, bare in registered.items() if bare[:1] == short[:1] and short not in bare
                and in_order(short, bare)]
        if len(fits) > 1:  # 中车株机 of 中车株洲电力机车 (not of …电力机车研究所): the one it ends nearest the end of
            left = {k: len(registered[k]) - _matched_end(short, registered[k]) for k in fits}
            fits = [k for k in fits if left[k] == min(left.values())]
        if len(fits) == 1 and key in groups and fits[0] in groups:
            groups[fits[0]].extend(groups.pop(key))


def _merge_shortened_bodies(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """An association called by characters of its full name in order, with the same ending (台湾电电公会 of
    台湾区电机电子工业同业公会), is the article's one association it abbreviates."""
    bodies = sorted(k for k in groups if cls_of[k] == "Organization")
    for short in bodies:
        if short in groups:
            _fold_into_only(groups, short, [k for k in bodies if k != short and k in groups
                                            and _abbreviates(_fullest(groups[short]), _fullest(groups[k]))])


def in_order(short: str, full: str) -> bool:
    """Every character of short appears in full, in order."""
    pos = 0
    for ch in short:
        pos = full.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _matched_end(short: str, full: str) -> int:
    """Where the characters of short, taken in order from full, end in it."""
    pos = 0
    for ch in short:
        pos = full.find(ch, pos) + 1
    return pos


def _stem_length(name: str) -> int:
    suffix = lexicon.suffix_of(name)
    return len(name) - (len(suffix.text) if suffix else 0)


def _occurrences(word: str, text: str) -> list[int]:
    """Where word starts in text (occurrences that do not overlap, as re.finditer finds them)."""
    out, i = [], text.find(word)
    while i != -1:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


_YEARS_IN_BRACKETS = re.compile(r"（[^（）]*年）")


def _merge_policy_short_titles(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """《政策措施》 after 《…若干政策措施》: a policy cited again by the end of its title (its count in
    Arabic or Chinese numerals: 12条措施 = …十二条措施), after it or in the headline; or without its years."""
    names = {key: _arabic_count(_fullest(ms)) for key, ms in groups.items() if cls_of[key] == "Policy"}
    for key, name in sorted(names.items()):  # 《X方案》 = 《X方案（2023—2025年）》: its years left out
        fuller = [k for k, n in names.items() if k != key and n.startswith(name) and _YEARS_IN_BRACKETS.fullmatch(n, len(name))]
        if fuller and key in groups and fuller[0] in groups:
            groups[fuller[0]].extend(groups.pop(key))
    for short_key, short in sorted(names.items(), key=lambda kv: (len(kv[1]), kv[0])):
        longer = sorted((k for k, name in names.items() if k != short_key and k in groups and name.endswith(short)
                         and len(name) >= len(short) + 4), key=lambda k: (-len(names[k]), k))
        if len(short) >= 2 and longer and short_key in groups and (
                min(m.start for m in groups[longer[0]]) < min(m.start for m in groups[short_key])
                or all(m.sentence == 0 for m in groups[short_key])):
            groups[longer[0]].extend(groups.pop(short_key))


#: a policy named by its count of articles alone: 十条措施, 13条具体政策, or by its field and count: 光子产业十条
_COUNTED_POLICY = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两]+)条[\u4e00-\u9fff]{0,4}(?:措施|政策|意见|举措|新政)"
                             r"|[\u4e00-\u9fff]{2,8}?(?:新政)?(?:[0-9]+|[一二三四五六七八九十两]+)条")


#: a policy named by its field and its count of articles: 人才十条 (field 人才, count 10条)
_FIELD_AND_COUNT = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:新政)?((?:[0-9]+|[一二三四五六七八九十两]+)条)")


def _merge_counted_policies(groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> None:
    """A policy named by its count alone (提出十条具体措施; 十条措施 in the headline) is the article's one
    titled policy, where the headline names it or a sentence names it after the title or just after a
    sentence naming the title (《意见》…提出22条措施)."""
    policies = {key: _fullest(ms) for key, ms in groups.items() if cls_of[key] == "Policy"}
    titled = [k for k, name in policies.items() if not _COUNTED_POLICY.fullmatch(name)]
    for key in [k for k, name in policies.items() if _FIELD_AND_COUNT.fullmatch(name)] if len(titled) > 1 else ():
        field, count = _FIELD_AND_COUNT.fullmatch(_arabic_count(policies[key])).groups()
        same = [k for k in titled if count in _arabic_count(policies[k]) and field in policies[k]]
        if len(same) == 1 and key in groups:  # “人才十条” of 《关于加快人才集聚的十条措施》 among other titles
            groups[same[0]].extend(groups.pop(key))
    if len(titled) > 1:  # 《A》配套出台《B》，共包含16条具体政策: B's count, the title just before it
        titles = [t for k in titled if k in groups for t in groups[k]]
        for key in [k for k, name in policies.items() if _COUNTED_POLICY.fullmatch(name) and k in groups]:
            before = {max(((t.start, t.end, k) for k in titled if k in groups for t in groups[k]
                           if t.sentence == m.sentence and t.end <= m.start), default=(0, 0, None))
                      for m in groups[key]}
            keys = {k for _, _, k in before}
            listed = any(t.end < start <= t.end + 3 for start, _, _ in before for t in titles)  # 《A》和《B》，提出
            if len(keys) == 1 and None not in keys and not listed:  # 十条措施: of which? neither
                groups[keys.pop()].extend(groups.pop(key))
        return
    if len(titled) != 1:
        return
    first = {m.sentence: m.start for m in sorted(groups[titled[0]], key=lambda m: m.start, reverse=True)}
    for key in [k for k, name in policies.items() if _COUNTED_POLICY.fullmatch(name)]:
        if all(m.sentence == 0 or first.get(m.sentence, m.start) < m.start or m.sentence - 1 in first
               for m in groups[key]):
            groups[titled[0]].extend(groups.pop(key))


def _arabic_count(name: str) -> str:
    """A policy's count of articles in Arabic numerals: 十二条措施 → 12条措施."""
    return re.sub(r"[一二三四五六七八九十两]+(?=条)", lambda m: str(small_number(m.group()) or m.group()), name)


def _merge_government_short_forms(groups: dict[str, list[Mention]], cls_of: dict[str, str],
                                  main_city: str) -> None:
    """市委 / 市政府 stand for the committee or government of the article's city, named in full; 前海管理局
    for 深圳市前海管理局, the one body named with a place before it."""
    short_city = main_city[:-1] if main_city.endswith("市") else main_city
    for key in [k for k in groups if cls_of[k] == "GovernmentBody"]:
        bare = key.split(":", 1)[1]
        if bare[0] in "省市县区" and len(bare) <= 4:
            fuller = [k for k in groups if k != key and cls_of[k] == "GovernmentBody" and k.endswith(bare)
                      and len(k) > len(key)]
        else:
            fuller = [k for k in groups if k != key and cls_of[k] == "GovernmentBody"
                      and without_place(k.split(":", 1)[1]) == bare]
        if len(fuller) > 1 and short_city:
            fuller = [k for k in fuller if k.split(":", 1)[1].startswith(short_city)]
        if not fuller and 3 <= len(bare) <= 4 and not lexicon.gazetteer().scan(bare):
            # 工信部 of 工业和信息化部: its characters in order, the same ending (not 合肥市委 of 合肥市发展改革委)
            fuller = [k for k in groups if k != key and cls_of[k] == "GovernmentBody" and len(k) - len(key) >= 2
                      and k.split(":", 1)[1][:1] == bare[:1] and k[-1] == key[-1] and in_order(bare, k.split(":", 1)[1])]
        _fold_into_only(groups, key, fuller)


_OPENING_QUOTES, _CLOSING_QUOTES = "《“\"「‘", "》”\"」’"
#: （以下简称“产研院”）, （简称《措施》）, （下称"新区"）
SHORT_NAME = re.compile(r"[（(](?:以下)?(?:简称|下称)[：:]?[《“\"「‘]?([^《》“”\"「」‘’（）()，,。；;]{2,12})[》”\"」’]?"
                         r"(?:[\u4e00-\u9fff]{1,6})?"  # （简称“金熊猫”人才新政）: the quoted words and their kind
                         r"(?:[，,、](?:又称|也称|或称)[《“\"「‘]?([^《》“”\"「」‘’（）()，,。；;]{2,12})[》”\"」’]?)?[）)]")
# （简称“东湖高新区”，又称“中国光谷”）: both names of the one before


def _merge_defined_short_names(groups: dict[str, list[Mention]], cls_of: dict[str, str], text: str) -> None:
    """A short name the article defines and also names on its own is the defined entity: 武汉东湖新技术开发区
    （简称“东湖高新区”）… 东湖高新区实现… (a zone of another family)."""
    for short, key in _defined_short_names(text, groups, cls_of).items():
        for other in [k for k, ms in groups.items() if k != key and any(m.text == short for m in ms)]:
            same_kind = cls_of[other] == cls_of[key] or {cls_of[other], cls_of[key]} <= ZONE_CLASSES
            if not (same_kind and key in groups and other in groups):
                continue
            apart = [m for m in groups[other] if short not in m.text and m.text not in short]
            if apart:  # 四川天府新区眉山片区（简称“眉山天府新区”）…是四川天府新区的组成部分: 四川天府新区 stays
                groups[key].extend(m for m in groups[other] if m not in apart)
                groups[other] = apart
            else:
                groups[key].extend(groups.pop(other))


def _defined_short_names(text: str, groups: dict[str, list[Mention]], cls_of: dict[str, str]) -> dict[str, str]:
    """Short forms an article defines for a name just before them: X（以下简称“Y”） → {Y: key of X}."""
    ending: dict[int, str] = {}
    for key, ms in groups.items():
        for m in ms:
            ending.setdefault(m.end, key)
            if text[m.end:m.end + 1] in _CLOSING_QUOTES:  # 《关于…的若干措施》（以下简称《措施》）
                ending.setdefault(m.end + 1, key)
    out: dict[str, str] = {}
    for match in SHORT_NAME.finditer(text):
        key = ending.get(match.start())
        for short in filter(None, match.groups()):
            if key is not None and cls_of[key] not in PLACE_CLASSES and short != key.split(":", 1)[-1]:
                out.setdefault(short, key)
    return out


#: after a zone's own name opening a sentence: what it does (洋浦由此成为…, 苏滁已形成…)
_CORE_AS_SUBJECT = re.compile(r"(?:由此|已|将|还|也|正|先后|累计|实现|成为|是|作为|位于|地处|自(?:19|20)[0-9]{2}年)")


def _find_known_names(article: Article, sentences: tuple[Sentence, ...], groups: dict[str, list[Mention]],
                      cls_of: dict[str, str], named: list[Mention]) -> tuple[dict[str, list[Mention]], set[Mention]]:
    """Further mentions of names already found (李明说, a caption), outside other mentions; and the
    place mentions that a longer known name covers (宁德 of 宁德时代)."""
    forms: dict[str, str] = {}
    for key, ms in groups.items():
        for m in ms:
            if len(m.text) >= 2:
                forms.setdefault(m.text, key)
        if cls_of[key] == "Company":
            full = _fullest(ms)
            place = full[:len(full) - len(without_place(full))]
            for short in _company_short_forms(full):
                forms.setdefault(short, key)  # 华润微电子 for 华润微电子有限公司
            for short in [*_company_short_forms(full), *(m.text for m in ms)] if place else ():
                if not short.startswith(place) and len(short) >= 2:  # 上海张江高科 for 上海张江高科技园区开发股份
                    forms.setdefault(place + short, key)  # 有限公司 (张江高科): the short name after its place
    for key, ms in groups.items():  # after firms' short forms: 比亚迪 of 比亚迪襄阳产业园 is the firm
        if key.startswith("Zone:"):
            core = key.split(":")[-1]
            if 2 <= len(core) < len(_fullest(ms)) and not lexicon.gazetteer().lookup(core) \
                    and core not in lexicon.gazetteer().weak:  # (浙江海宁、江苏盐城: places, not X海宁分区)
                forms.setdefault(core, key)  # 苏滁 in 实行苏滁、宁滁一体化运行
                if not core.endswith("区") and not lexicon.gazetteer().lookup(core + "区"):
                    forms.setdefault(core + "区", key)  # 航空港区 of 郑州航空港经济综合实验区
    defined = _defined_short_names(article.text, groups, cls_of)
    for short, key in defined.items():
        forms[short] = key  # 产研院 for 江苏省产业技术研究院（以下简称“产研院”）
    quoted_only = {short for short, key in defined.items() if cls_of[key] == "Policy"}
    if not forms:
        return {}, set()
    places = {(m.start, m.end): m for m in named if m.cls in PLACE_CLASSES}
    taken = [(m.start, m.end) for m in named if (m.start, m.end) not in places]
    # a company's name may open a project's or an event's (宁德时代 in 宁德时代宜宾基地二期项目)
    companies = sorted((f for f, k in forms.items() if cls_of[k] == "Company"), key=len, reverse=True)
    covered: set[Mention] = set()
    pattern = lexicon.matcher(forms)  # leftmost, longest first: as an alternation regex of the names
    found: dict[str, list[Mention]] = {}
    for s in sentences:
        for m_start, m_end, name in lexicon.longest_matches(pattern, s.text):
            start, end = s.start + m_start, s.start + m_end
            if any(a < end and start < b for a, b in taken):
                continue
            inner = [p for (a, b), p in places.items() if a < end and start < b]
            if any(not (start <= p.start and p.end <= end) or (p.start, p.end) == (start, end) for p in inner):
                continue  # crossing a place name, or the place itself
            if inner and cls_of[forms[name]] not in _OPAQUE_NAMES and name not in defined:  # (“中国光谷”: a name)
                continue
            key = forms[name]
            if name in quoted_only and not (s.text[m_start - 1:m_start] in _OPENING_QUOTES
                                            and s.text[m_end:m_end + 1] in _CLOSING_QUOTES):
                continue  # 《措施》 is the policy; 措施 alone is a word
            core_only = key.startswith("Zone:") and name == key.split(":")[-1]
            listed = s.text[m_end:m_end + 1] in "、和与及" or (s.text[m_start - 1:m_start] in ("、", "和", "与", "及") and (
                s.text[m_end:m_end + 1] in "、，。；和与及等"  # (苏通、锡通一体化: after another known name)
                or any(s.text.endswith(f, 0, m_start - 1) for f in forms if len(f) >= 2)))
            inside_word = m_start > 0 and re.match(r"[\u4e00-\u9fff]", s.text[m_start - 1]) is not None \
                and s.text[m_start - 1] not in "、和与及" and not any(
                    s.text[max(0, m_start - n):m_start] in _boundaries() for n in (1, 2, 3, 4))
            if core_only and inside_word:
                continue  # 海洋化工、石油化工: 化工 ends another word, no mention of X化工产业园
            if core_only and not listed \
                    and not (m_start == 0 and _CORE_AS_SUBJECT.match(s.text, m_end)
                             and not lexicon.gazetteer().lookup(name) and name not in lexicon.gazetteer().weak):
                continue  # (洋浦由此成为…: the zone by its own name opening a sentence)
            if core_only and (lexicon.alternation("generic_words.txt").match(s.text, m_end)
                              or lexicon.alternation("industries.txt").match(s.text, m_end)):
                continue  # 航空物流和临空|高端服务业: a word describing the trade after it, not the zone
            found.setdefault(key, []).append(Mention(article.id, start, end, name, cls_of[key], s.index))
            taken.append((start, end))
            covered.update(inner)
            unit = places.get(next(((a, b) for a, b in places if a == end), None)) if cls_of[key] == "Company" else None
            if unit is not None and unit.cls == "Country" and (article.text.startswith("区", unit.end)
                                                              or lexicon.alternation("titles.txt").match(article.text, unit.end)):
                covered.add(unit)  # 欧莱雅中国首席执行官, ASML中国区总裁: the firm's unit there, not the country
    for host in named:
        if host.cls not in ("Project", "Event") or article.text[host.start:host.end] != host.text:
            continue  # (nor inside a phase named after its project: 一期项目 of X一期项目)
        form = next((f for f in companies if host.text.startswith(f) and len(f) < len(host.text)), None)
        if form is None:
            continue
        key = forms[form]
        found.setdefault(key, []).append(Mention(article.id, host.start, host.start + len(form), form, "Company",
                                                 host.sentence))
        covered.update(p for (a, b), p in places.items() if host.start <= a and b <= host.start + len(form))
    return found, covered


_LEGAL = re.compile(r"(?:（[^（）]{1,6}）)?(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团股份有限公司|集团控股有限公司|株式会社)$")


@cache
def _boundaries() -> frozenset[str]:
    """The words and characters that end the text before a name (实行, 的, 在 …)."""
    return lexicon.word_set("boundary_words.txt") | lexicon.word_set("boundary_chars.txt")


def _company_short_forms(name: str) -> list[str]:
    """How news shortens a firm's name: without 有限公司 or 集团 (and without a leading place)."""
    legal = _LEGAL.search(name)
    if legal is None and name.endswith("公司"):  # 特斯拉 for 特斯拉公司 (not a place: 中国 of 中国公司)
        return [f for f in dict.fromkeys((name[:-2], without_place(name)[:-2]))
                if len(f) >= 2 and not lexicon.gazetteer().lookup(f) and not is_generic(f)]
    if legal is None:
        if name.endswith("集团") and len(without_place(name)) >= 4:  # 马士基 for 丹麦马士基集团
            forms = (name[:-2], without_place(name), without_place(name)[:-2], _trade_name(name[:-2]))
            return [f for f in dict.fromkeys(forms)  # 富士康 for 富士康科技集团 (青川 of 青川集团 is a place)
                    if f != name and len(f) >= 2 and not lexicon.gazetteer().lookup(f) and not is_generic(f)
                    and not lexicon.only_words(f, "firm_business_words.txt")]  # (投资 of 安徽省投资集团)
        return []
    bare = name[:legal.start()]
    forms = [bare, without_place(bare)]
    if legal.group().startswith("（"):  # 大众汽车（安徽） for 大众汽车（安徽）有限公司
        forms.append(bare + legal.group()[:legal.group().index("）") + 1])
        place = legal.group()[1:legal.group().index("）")]
        if lexicon.gazetteer().lookup(place) or place in lexicon.gazetteer().weak:  # 中芯绍兴 for
            forms += [bare[:n] + place for n in (2, 3) if len(bare) > n + 1  # 中芯集成电路制造（绍兴）有限公司
                      and not lexicon.gazetteer().lookup(bare[:n]) and not is_generic(bare[:n])]
    if legal.group().startswith(("集团", "（集团）")):  # 京东方科技集团 for 京东方科技集团股份有限公司
        trade = _trade_name(bare, shortest=2)  # 临港集团 for 上海临港经济发展（集团）有限公司
        forms += [bare + "集团", without_place(bare) + "集团", trade + "集团", without_place(trade) + "集团"]
        region = next((r for r in sorted(lexicon.word_set("regions.txt"), key=len, reverse=True)
                       if without_place(bare).startswith(r) and len(without_place(bare)) - len(r) >= 2), None)
        if region is not None:  # 三峡集团 for 中国长江三峡集团有限公司: after the country and the region
            forms.append(without_place(bare)[len(region):] + "集团")
    forms.append(_trade_name(bare))  # 宁德时代 for 宁德时代新能源科技股份有限公司
    trade = without_place(_trade_name(bare))  # 德方纳米 for 深圳市德方纳米科技股份有限公司
    if len(trade) >= 4 and not is_generic(trade) and not lexicon.only_words(trade, "firm_business_words.txt"):
        forms.append(trade)
    kept = _without_business(bare, 4)  # 四川时代 for 四川时代新能源科技有限公司: its province kept
    if not lexicon.gazetteer().lookup(kept) and lexicon.suffix_of(kept) is None:
        forms.append(kept)
    plain, brand = without_place(bare), without_place(_trade_name(bare, shortest=2))
    if len(brand) == 2 and plain.startswith(brand) and len(plain) >= 6 and not lexicon.gazetteer().lookup(brand):
        forms.append(plain[:4])  # 晶合集成 for 合肥晶合集成电路股份有限公司, 华恒生物 for 安徽华恒生物科技股份有限公司:
        # the brand and the first word of its trade, as exchanges shorten names
    if legal.group().startswith("股份") and 2 <= len(brand) <= 4 and not lexicon.gazetteer().lookup(brand):
        forms.append(brand + "股份")  # 恩捷股份 for 云南恩捷新材料股份有限公司
    if bare.endswith(("科技", "技术")) and len(bare) > 5 and not lexicon.gazetteer().lookup(bare[:2]):
        forms.append(bare[:2] + bare[-2:])  # 晶澳科技 for 晶澳太阳能科技股份有限公司 (not 江铃汽车 of 江铃集团新能源汽车)
    return [f for f in dict.fromkeys(forms) if len(f) >= 3 and f != name]


@lru_cache(maxsize=65536)
def two_character_brand(name: str) -> tuple[str, str]:
    """(brand, line of business) of a registered firm named by a brand of two characters and words of
    its line of business only (奇瑞, 汽车 of 奇瑞汽车股份有限公司), else ("", ""). Such a brand is too short
    to look for on its own, and one that is also a place's name (长安, 青川) is left out."""
    legal = _LEGAL.search(name)
    bare = without_place(name[:legal.start()], only="Province") if legal else ""
    brand = _trade_name(bare, shortest=2)
    if len(brand) != 2 or lexicon.gazetteer().lookup(brand):
        return "", ""
    return brand, bare[2:]


@lru_cache(maxsize=65536)
def _without_business(name: str, shortest: int) -> str:
    """The name without the words of a line of business at its end, as long as shortest characters are left."""
    words = lexicon.words("firm_business_words.txt")  # longest first: 新能源 before 能源
    while (word := next((w for w in words if name.endswith(w)), None)) and len(name) - len(word) >= shortest:
        name = name[:-len(word)]
    return name


def _trade_name(bare: str, shortest: int = 3) -> str:
    """A firm's name without the words of its line of business at the end (SK海力士半导体 → SK海力士),
    as long as three characters are left (华润微电子 stays: 华润 is too short to stand alone)."""
    bare = _without_business(without_place(bare, only="Province"), shortest)  # 安徽华能新材料 → 华能新材料
    suffix = lexicon.suffix_of(bare)
    return bare if suffix is None or suffix.cls == "Company" else ""  # not a park's name (长株合作园)


def _fullest(ms: list[Mention]) -> str:
    """The longest text of the mentions (of equal length the most frequent, then the greatest in code-point order),
    in the script the mentions use more: Chinese, or Latin letters only (苹果公司 of 苹果公司（Apple Inc.）…苹果;
    ASML of ASML（阿斯麦）…ASML)."""
    if len(ms) == 1:
        return ms[0].text
    counts: dict[str, int] = {}
    for m in ms:
        counts[m.text] = counts.get(m.text, 0) + 1
    latin = sum(n for t, n in counts.items() if t.isascii())
    return max(counts, key=lambda t: ((latin > len(ms) - latin) == t.isascii(), len(t), counts[t], t))


def _entity(key: str, cls: str, ms: list[Mention]) -> Entity:
    ms = list(distinct_mentions(ms))
    label = _fullest(ms)
    codes: tuple = ()
    if cls in PLACE_CLASSES:
        places = [p for p in lexicon.gazetteer().lookup(label)]
        if len(places) == 1 and places[0].code:
            codes = (places[0].code,)
            cls = places[0].cls
    classes = Counter(m.cls for m in ms)
    if cls not in PLACE_CLASSES:
        suffix = lexicon.suffix_of(label)
        if suffix and cls in PREFIX_ALIAS_CLASSES and label not in lexicon.word_set("national_bodies.txt"):
            cls = suffix.cls  # (中国人民银行 is a government body whatever its ending)
        if cls not in classes and suffix is None:
            cls = classes.most_common(1)[0][0]
    aliases = tuple(sorted({m.text for m in ms} - {label}))
    return Entity(key=key, cls=cls, label=label, aliases=aliases, mentions=tuple(ms), codes=codes,
                  pinyin=iri.pinyin(label))


def _with_country_forms(e: Entity, text: str) -> Entity:
    """A firm named after the foreign country that describes it (德国舍弗勒集团) is also known by that form."""
    gaz = lexicon.gazetteer()
    forms = set()
    for m in e.mentions:
        before = text[max(0, m.start - 6):m.start]
        found = [f for a, b, f in gaz.scan(before) if b == len(before)]
        if found and [p.cls for p in gaz.lookup(found[-1])][:1] == ["Country"]:
            forms.add(found[-1] + m.text)
    return replace(e, aliases=tuple(sorted(set(e.aliases) | forms))) if forms else e


def _main_zone(entities: dict[str, Entity], text: str = "") -> str | None:
    """The zone the article is about: the most mentioned; none when every zone is named once and the
    first only after the opening (A、B、C等国家级开发区 in a province's policy report)."""
    zones = [e for e in entities.values() if e.cls in ZONE_CLASSES]
    spans = [(m.start, m.end) for e in entities.values() if e.cls in ZONE_CLASSES or e.cls == "Policy"
             for m in e.mentions]  # (海南自由贸易港 of 《海南自由贸易港建设总体方案》: the policy's, not the text's)
    spans += [(m.start(), m.end()) for e in entities.values() if e.cls == "Park" and e.label.endswith("园区")
              for m in re.finditer(re.escape(e.label[:-1]), text)]  # (the park as X园 in a headline: 青川港区化工新材料园)
    hosts = [(m.start, m.end) for e in entities.values() if e.cls in ("Project", "Company", "Institution")
             for m in e.mentions]
    named = {e.key: [m for m in e.mentions if not any(a <= m.start and m.end <= b for a, b in hosts)] for e in zones}
    strict = {e.key: [m for m in named[e.key] if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                                         for a, b in spans)] for e in zones}
    own = {k: ms or named[k] for k, ms in strict.items()}
    # mentions inside another zone's name (绍兴滨海新区 of 绍兴滨海新区集成电路产业园) do not count, nor those
    # inside a project's or a firm's (X轨道交通装备产业园二期项目: the project's name, not the park's mention)
    ranked = sorted(zones, key=lambda e: (not strict[e.key], -len(own[e.key]), e.mentions[0].start))
    # (青川港区 only in 青川港区化工新材料园区: the park, named as often, is what the article is about)
    key = ranked[0].key if ranked else None
    if key is None or len(zones) < 2 or any(len(e.mentions) > 1 for e in zones):
        return key
    return key if min(m.sentence for m in entities[key].mentions) <= 1 else None


def _most_mentioned(entities: dict[str, Entity], classes: set[str]) -> str | None:
    ranked = sorted((e for e in entities.values() if e.cls in classes),
                    key=lambda e: (-len(e.mentions), e.mentions[0].start))
    return ranked[0].key if ranked else None


#: before a zone's kind: the zone a merger made (整合后的开发区, 新组建的园区)
_AFTER_MERGER = re.compile(f"{lexicon.MERGED_REFERENCE}$")
#: before a zone's name: it is what a merger makes (A与B整合组建C, 合并设立C)
_MADE_BY_MERGER = re.compile(r"(?:整合|合并|融合|重组)(?:组建|设立|成立|为|成)(?:为|了|成)?$|(?:整合|合并)后的?(?:名称)?为$")


def _park_just_named(g: Mention, r: Resolution, text: str) -> str | None:
    """The park (not the article's zone) named last in the two sentences before a park referred to as this
    one (该园区, 这个产业园), if any."""
    this = ("该", "这一", "这个")
    suffix = lexicon.suffix_of(g.text)
    if suffix is None or suffix.family != "park" or not (g.text.startswith(this) or text.endswith(this, 0, g.start)):
        return None
    named = [(m.start, e.key) for e in r.entities.values() if e.cls == "Park" and e.key != r.main_zone
             for m in e.mentions if g.sentence - 2 <= m.sentence <= g.sentence and m.start < g.start]
    return max(named)[1] if named else None


#: the kinds of zone that 开发区 refers to: economic and technological, high-tech, and other development zones
_DEVELOPMENT_ZONE_KINDS = {"devzone", "econdev", "hitech"}


def _referent(g: Mention, r: Resolution, text: str = "") -> str | None:
    """The entity a generic reference stands for, or None."""
    after_merger = _AFTER_MERGER.search(text, max(0, g.start - 6), g.start) is not None
    if (park := _park_just_named(g, r, text)) is not None:
        return park  # X产业园一期开园。该园区由…建设: the park just named, not the article's zone
    if g.text in lexicon.word_set("generic_references.txt") and not after_merger:
        return r.main_zone
    if after_merger:  # 整合后的开发区: the zone the merger made
        made = [(m.start, key) for key, e in r.entities.items() if e.cls in ZONE_CLASSES for m in e.mentions
                if g.sentence - 3 <= m.sentence <= g.sentence and m.start < g.start
                and _MADE_BY_MERGER.search(text, max(0, m.start - 8), m.start)]
        if made:
            return max(made)[1]
    if g.cls == "Policy":  # 《意见》: the policy of that kind named before it (the one, or the last)
        before = [(m.start, key) for key, e in r.entities.items() if e.cls == "Policy" and e.label.endswith(g.text)
                  and e.label != g.text for m in e.mentions if m.start < g.start]
        return max(before)[1] if before else None
    suffix = lexicon.suffix_of(g.text)
    if suffix is None:
        return None
    if suffix.cls in ZONE_CLASSES:
        kinds = _DEVELOPMENT_ZONE_KINDS if suffix.family == "devzone" else {suffix.family}  # (开发区: an 经开区 too)
        named = sorted((e for e in r.entities.values() if e.cls in ZONE_CLASSES and e.label != g.text
                        and (e.label.endswith(g.text) or (lexicon.suffix_of(e.label) or suffix).family in kinds)),
                       key=lambda e: (e.key != r.main_zone, -len(e.mentions), e.key))
        same_ending = [e for e in named if len(g.text) > 2 and e.label.endswith(g.text) and e.key != r.main_zone
                       and any(g.sentence - 3 <= m.sentence <= g.sentence and m.start < g.start for m in e.mentions)]
        if suffix.family == "park" and same_ending:  # 长沙X产业园…开园。产业园由…: the park just named, not the zone
            return max(same_ending, key=lambda e: max(m.start for m in e.mentions if m.start < g.start)).key
        if named and suffix.family != "park":
            if r.main_zone is None and len(named) > 1:
                return None  # 全省开发区 among A、B、C开发区: none of them
            return named[0].key
        return r.main_zone if suffix.family == "park" else None
    if suffix.cls == "Event" and g.text.endswith(("开幕式", "闭幕式", "开幕仪式")):
        opened = [(m.start, key) for key, e in r.entities.items() if e.cls == "Event"
                  and not e.label.endswith(("仪式", "活动")) for m in e.mentions
                  if g.sentence - 6 <= m.sentence <= g.sentence and m.start < g.start]
        if opened:  # 投洽会…开幕。…举行签约仪式。…出席开幕式: the fair's opening, not the signing
            return max(opened)[1]
    if suffix.cls in ("Project", "Event", "Company"):
        earlier = [(m, key) for s in range(g.sentence - 2, g.sentence + 1) for m, key, referred in r.mentions_in(s)
                   if r.entities[key].cls == suffix.cls and m.start < g.start and not referred  # named, not guessed
                   and m not in r.phase_of]  # (一期项目…。项目全部建成后: the whole project)
        if earlier:  # (项目 of 项目达产后: the last named a 项目, not the 生产线 it builds)
            called = [t for t in earlier if r.entities[t[1]].label.endswith(g.text)]
            return (called or earlier)[-1][1]
        same = [e for e in r.entities.values() if e.cls == suffix.cls and e.label.endswith(g.text)
                and not _only_phases(e.mentions, r.phase_of)]
        if len(same) != 1 or any(m.sentence == g.sentence and m.start > g.start for m in same[0].mentions):
            return None  # X建设Y产业园，项目建成后…；Z项目: not the project named after it in its sentence
        return same[0].key
    return None
