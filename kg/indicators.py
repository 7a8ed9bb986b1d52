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
_MAX_METRIC = 16
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
        zone = next(((m, k) for m, k, _ in items if res.entities[k].cls in ZONE_CLASSES), None)
        dates = find_dates(s.text, year)
        period = _period(dates, s.text)
        for fig in _FIGURE.finditer(s.text):
            clause_start = _clause_start(s.text, fig.start())
            before = [t for t in subjects if clause_start <= t[0].start - s.start and t[0].end - s.start <= fig.start()]
            subject = (before[-1][0], before[-1][1]) if before else zone
            metric_start = max(clause_start, before[-1][0].end - s.start) if before else clause_start
            metric = _metric(s.text[metric_start:fig.start()], dates, metric_start)
            if subject is None or not metric:
                continue
            value = Decimal(fig.group("num"))
            unit = fig.group("unit")
            mention = Mention(article.id, s.start + metric_start, s.start + fig.end(),
                              s.text[metric_start:fig.end()], "Indicator", s.index)
            key = f"Indicator:{article.id}:{s.start + fig.start()}"
            entities.append(Entity(key, "Indicator", f"{metric}{fig.group('num')}{unit}", (), (mention,)))
            ev = (mention,)
            relations.append(Relation(subject[1], "hasIndicator", key, (subject[0], mention)))
            relations.append(Relation(key, "metric", metric, ev, False))
            relations.append(Relation(key, "value", value, ev, False))
            relations.append(Relation(key, "unit", unit, ev, False))
            if period is not None:
                relations.append(Relation(key, "period", period, ev, False))
    return entities, relations


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
    text = re.sub(r"^(?:园区|该区|全区|全市|以来)+", "", text.strip("“”‘’ "))
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
