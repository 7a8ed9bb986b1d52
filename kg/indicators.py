"""Indicators: reported figures such as 规上工业总产值同比增长48.4% or 新认定高新技术企业19家.

Each becomes an ``Indicator`` entity with ``metric``, ``value``, ``unit`` and
``period``, linked by ``hasIndicator`` from the zone, organization or industry
the clause is about.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .dates import find_dates
from .model import Article, Entity, Mention, Relation, Sentence
from .resolver import ORG_CLASSES, ZONE_CLASSES, Resolution

_FIGURE = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?:余|多)?(?P<unit>%|家|个|项|次|期|所|座|条)(?![\u4e00-\u9fff])")
_CLAUSE = re.compile(r"[，,；;：:。——]+")
_LEADING = re.compile(r"^(?:已|共|累计|完成|实现|全年|还|再|均|也|总共|合计)+")
_TRAILING = re.compile(r"(?:达到|达|为|超过|突破|均超过|分别为|约)+$")
_MAX_METRIC = 20
SUBJECT_CLASSES = ZONE_CLASSES | ORG_CLASSES | {"Industry"}


def extract_indicators(article: Article, sentences: tuple[Sentence, ...],
                       res: Resolution) -> tuple[list[Entity], list[Relation]]:
    """Indicator entities and their relations, in text order."""
    year = article.published.year if article.published else None
    entities: list[Entity] = []
    relations: list[Relation] = []
    for s in sentences:
        items = res.mentions_in(s.index)
        subjects = [t for t in items if res.entities[t[1]].cls in SUBJECT_CLASSES]
        zones = [(m, k) for m, k, _ in items if res.entities[k].cls in ZONE_CLASSES]
        zone = next((z for z in zones if z[1] == res.main_zone), zones[0] if zones else None)
        dates = find_dates(s.text, year)
        period = _period(dates, s.text)
        for fig in _FIGURE.finditer(s.text):
            clause_start = _clause_start(s.text, fig.start())
            lead = _lead(s.text, clause_start, dates)
            chain = []  # the clause's subject: 园区 / 园区智能装备产业 / 电子信息产业 at its start
            for t in subjects:
                start, end = t[0].start - s.start, t[0].end - s.start
                if start == (chain[-1][0].end - s.start if chain else lead) and end <= fig.start():
                    chain.append(t)
            if chain:
                subject, metric_start = (chain[-1][0], chain[-1][1]), chain[-1][0].end - s.start
            else:
                subject, metric_start = _main(res) or zone, clause_start
            metric = _metric(s.text[metric_start:fig.start()], dates, metric_start)
            if subject is None or not metric:
                continue
            value = Decimal(fig.group("num"))
            unit = fig.group("unit")
            mention = Mention(article.id, s.start + metric_start, s.start + fig.end(),
                              s.text[metric_start:fig.end()], "Indicator", s.index)
            key = f"Indicator:{article.id}:{s.start + fig.start()}"
            entities.append(Entity(key, "Indicator", mention.text, (), (mention,)))  # the figure as written
            ev = (mention,)
            ev_subject = (subject[0], res.antecedent[subject[0]]) if subject[0] in res.antecedent else (subject[0],)
            relations.append(Relation(subject[1], "hasIndicator", key, tuple(sorted(set(ev_subject + (mention,))))))
            relations.append(Relation(key, "metric", metric, ev, False))
            relations.append(Relation(key, "value", value, ev, False))
            relations.append(Relation(key, "unit", unit, ev, False))
            if period is not None:
                relations.append(Relation(key, "period", period, ev, False))
    return entities, relations


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
    return start


def _main(res: Resolution):
    """The article's main zone when a clause names no subject of its own."""
    if res.main_zone is None:
        return None
    e = res.entities[res.main_zone]
    return (e.mentions[0], e.key)


def _clause_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _metric(text: str, dates, offset: int) -> str:
    for d in sorted(dates, key=lambda d: -d.start):
        if offset <= d.start < offset + len(text):
            a, b = d.start - offset, d.end - offset
            if text[b:b + 3] in ("上半年", "下半年"):
                b += 3
            text = text[:a] + text[b:]
    text = re.sub(r"^(?:园区|该区|全区|全市|以来)+", "", re.sub(r"[“”‘’\s]", "", text))
    text = _TRAILING.sub("", _LEADING.sub("", text))
    if not text or len(text) > _MAX_METRIC or re.search(r"\d", text):
        return ""
    return text


def _period(dates, text: str):
    if not dates:
        return None
    d = dates[0]
    if d.kind == "span":
        half = text[d.end:d.end + 3]
        return f"{d.date.year}年{half}"
    return d.date
