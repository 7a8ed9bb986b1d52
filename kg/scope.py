"""Names that say what a thing is, not which one: things of one article only.

An event, a policy or a government body named only by its kind (集中签约活动, 新闻发布会,
若干措施, 8条人才新政, 省政府) is another thing in every article that names it so; two
articles' 新闻发布会 are two events. Such entities get a key scoped to their article
(``Event:新闻发布会#a1``), so a corpus build never merges them, and an IRI of their own
(see :mod:`kg.rdf_export`).
A name holding a place, an organization, a zone, a project or an edition
(2023中国（赣州）粤港澳大湾区产业招商推介会, 第六届进博会, 《关于…的若干措施》) names one thing.

A person's name is many people's (two articles' 李明 of 长沙经开区 and of 合肥高新区 are two
people): a person is keyed to the organizations the article affiliates them with, and is one
person across articles only with a shared one (or by a transliterated name: 埃隆·马斯克). So is a
project named only by what it makes (年产10GW高效光伏组件项目: 协鑫's in 徐州, 晶科's in 南昌): it is
keyed to its zones and firms.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lexicon
from .mentions import _select, find_suffixed_names
from .model import ArticleGraph, Entity, Relation

#: classes whose names may be kinds only
SCOPED_CLASSES = frozenset({"Event", "Policy", "GovernmentBody"})
#: a body named without its place or zone: 省政府, 市委, 管委会, 省商务厅 (whose? each article's own)
_BARE_BODY = re.compile(r"(?:省|市|县|区|州|自治区|镇|乡)(?:委(?:常委会)?|人民政府|政府|人大(?:常委会)?|政协"
                        r"|[\u4e00-\u9fff]{0,8}?(?:局|厅|办|办公室|委员会|委))|管委会|党工委|管理委员会|人民政府|政府")
#: what separates a scoped key from its article's id (or a person's key from its organizations')
SCOPE_MARK = "#"
#: between a person's organizations in its key; before the article of a person of none
CONTEXT_JOIN, ARTICLE_ONLY = "|", "@"
#: what tells apart two things of one name (persons, projects named by what they make): the objects of these
CONTEXT_OF = {"Person": ("affiliatedWith",), "Project": ("locatedIn", "operatedBy")}
#: an edition of a series (第六届), Latin letters, a quoted brand or a year-span in brackets: one thing
_ONE_OF_ITS_KIND = re.compile(r"第[0-9一二三四五六七八九十百]+届|[A-Za-z]|“|（[^（）]*[0-9]{4}[^（）]*）")
#: a policy named by its kind or count alone: 若干措施, 实施意见, 8条人才新政, 十条措施
_POLICY_KIND_ONLY = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两]+)?条?[\u4e00-\u9fff]{0,6}?"
                               r"(?:措施|方案|意见|办法|政策|新政|举措|细则|规定)"
                               r"|[\u4e00-\u9fff]{0,4}?(?:[0-9]+|[一二三四五六七八九十两]+)条")


def names_one_thing(e: Entity) -> bool:
    """The entity's label names one thing, not a kind of thing (see the module's docstring)."""
    return _names_one_thing(e.cls, e.label)


@lru_cache(maxsize=16384)
def _names_one_thing(cls: str, label: str) -> bool:
    if cls == "GovernmentBody":
        return not bare_body(label)
    if cls == "Policy":
        return not _POLICY_KIND_ONLY.fullmatch(label) or bool(lexicon.gazetteer().scan(label))
    if _ONE_OF_ITS_KIND.search(label) or lexicon.gazetteer().scan(label):
        return True
    return _holds_a_name(label, ("Event", "Industry", "Policy"))  # a name inside the event's: 柔性…项目奠基仪式


def bare_body(name: str) -> bool:
    """A government body named without its place or zone (省政府, 市委, 管委会)."""
    return _BARE_BODY.fullmatch(name) is not None and not lexicon.gazetteer().scan(name) \
        and name not in lexicon.word_set("national_bodies.txt") and not name.startswith(("国家", "中共中央", "中央"))


def scope_kinds(graph: ArticleGraph) -> ArticleGraph:
    """The graph with its events, policies and bodies named by their kind keyed to the article, its
    persons keyed to the organizations they belong to and its projects named by their kind to where
    they are and who builds them."""
    renamed = {e.key: f"{e.key}{SCOPE_MARK}{graph.article.id}" for e in graph.entities
               if e.cls in SCOPED_CLASSES and not names_one_thing(e)}
    context: dict[str, set[str]] = {}
    for r in graph.relations:
        if r.object_is_entity and r.predicate in CONTEXT_OF.get(r.subject.partition(":")[0], ()):
            context.setdefault(r.subject, set()).add(renamed.get(r.object, r.object))
    for e in graph.entities:
        if (e.cls == "Person" and "·" not in e.label) or (e.cls == "Project" and not names_a_project(e.label)):
            # (埃隆·马斯克: a transliterated name is one person's)
            around = CONTEXT_JOIN.join(sorted(context.get(e.key, ()))) or f"{ARTICLE_ONLY}{graph.article.id}"
            renamed[e.key] = f"{e.key}{SCOPE_MARK}{around}"
    if not renamed:
        return graph
    entities = tuple(sorted((replace(e, key=renamed[e.key]) if e.key in renamed else e for e in graph.entities),
                            key=lambda e: e.key))
    relations = tuple(
        Relation(renamed.get(r.subject, r.subject), r.predicate,
                 renamed.get(r.object, r.object) if r.object_is_entity else r.object, r.evidence, r.object_is_entity)
        if r.subject in renamed or (r.object_is_entity and r.object in renamed) else r
        for r in graph.relations)
    return ArticleGraph(graph.article, graph.sentences, entities, relations)


@lru_cache(maxsize=16384)
def names_a_project(label: str) -> bool:
    """A project's name holds a name of its own (a firm's, a place's, a zone's, a quoted brand:
    比亚迪襄阳产业园三期项目), not only what it makes (年产10GW高效光伏组件项目, 新型电池项目)."""
    if "“" in label or lexicon.gazetteer().scan(label):
        return True
    return _holds_a_name(label, ("Project", "Event", "Industry", "Policy"))


def _holds_a_name(label: str, besides: tuple[str, ...]) -> bool:
    """The label holds a name with an ending of its own, of a class not among ``besides``."""
    return any(c.cls not in besides and not c.generic for c in _select(find_suffixed_names(label, [])))


def scope_of(key: str) -> str | None:
    """What a scoped key is scoped to (an article's id; a person's organizations' keys, a project's
    zones' and firms'), else None."""
    cls, _, rest = key.partition(":")
    if (cls not in SCOPED_CLASSES and cls not in CONTEXT_OF) or SCOPE_MARK not in rest:
        return None
    return rest.split(SCOPE_MARK, 1)[1]


def context_keys(key: str) -> list[str]:
    """The keys of what a person's or project's scoped key names (its organizations; its zones and
    firms), none if it has none (then it is the article's only)."""
    scope = scope_of(key) if key.partition(":")[0] in CONTEXT_OF else None
    return [] if scope is None or scope.startswith(ARTICLE_ONLY) else scope.split(CONTEXT_JOIN)
