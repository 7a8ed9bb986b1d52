"""The typed data model that flows through the pipeline.

read → segment → find mentions → resolve entities → relations → exporters.
Every value here is immutable; later stages build new values, never edit old ones.
Exporters only see these objects, never the article text itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from operator import attrgetter
from pathlib import Path

#: The classes of the vocabulary (shared/spec/VOCABULARY.md), plus Indicator.
CLASSES = (
    "Zone", "Park", "FreeTradeZone", "Place", "Country", "Province", "City",
    "District", "Region", "Organization", "Company", "GovernmentBody",
    "Institution", "Project", "Policy", "Industry", "Person", "Event", "Indicator",
)


def _pickled_by_fields(cls):
    """Pickle as (class, field values): several times faster to load than the default state of
    a frozen slotted dataclass (the per-article cache and the corpus state hold many)."""
    names = tuple(f.name for f in fields(cls))
    values = attrgetter(*names) if len(names) > 1 else (lambda self: (getattr(self, names[0]),))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def xsd_type(self) -> str:
        """The local name of the XSD datatype: date, gYearMonth or gYear."""
        if self.month is None:
            return "gYear"
        return "gYearMonth" if self.day is None else "date"

    def refines(self, other: PartialDate) -> bool:
        """True when self is more precise than other and agrees with it."""
        mine = (self.year, self.month, self.day)
        theirs = (other.year, other.month, other.day)
        known = [t for t in theirs if t is not None]
        return len([m for m in mine if m is not None]) > len(known) and list(mine[: len(known)]) == known


#: how Chinese text writes the unit of an amount in a currency
CURRENCY_UNITS = {"CNY": "元", "USD": "美元", "EUR": "欧元"}


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of money with its ISO 4217 currency; yuan amounts use CNY. A range (50-60亿元) has its
    lower bound as ``amount`` and its upper bound as ``high``; a single amount has ``high`` 0."""

    amount: Decimal
    currency: str = "CNY"
    high: Decimal = Decimal(0)

    @property
    def is_range(self) -> bool:
        return self.high > self.amount

    def chinese(self) -> str:
        """The amount written as Chinese news writes it: 60亿元, 1000万元, 50–60亿元."""
        unit = CURRENCY_UNITS.get(self.currency, self.currency)
        top = self.high if self.is_range else self.amount
        size, word = next(((n, w) for n, w in ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")) if top >= n),
                          (Decimal(1), ""))
        low = f"{_plain(self.amount / size)}–" if self.is_range else ""
        return f"{low}{_plain(top / size)}{word}{unit}"


def _plain(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    return text


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class Article:
    """One news article as read from disk (text already normalized)."""

    id: str
    title: str
    text: str
    source: str
    published: PartialDate | None = None


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class Sentence:
    """A sentence of an article: character offsets into Article.text."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class Mention:
    """A span of an article that names (or refers to) something of a class."""

    article_id: str
    start: int
    end: int
    text: str
    cls: str
    sentence: int = -1
    #: the entity name this mention stands for when it is not its surface text
    #: (a generic reference such as 园区, or a short form).
    refers_to: str = ""


_MENTION_ORDER = attrgetter(*(f.name for f in fields(Mention)))


def distinct_mentions(mentions) -> tuple[Mention, ...]:
    """The mentions without repeats, in Mention order (sorted by a key: the dataclass's own
    comparison, called millions of times in a corpus merge, is much slower)."""
    return tuple(sorted(set(mentions), key=_MENTION_ORDER))


#: A literal object of a relation.
LiteralValue = Decimal | PartialDate | Money | str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing: a stable key, its class, its fullest name and other names."""

    key: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    #: standard identifiers: ("gb2260", "320600") or ("iso3166", "SG")
    codes: tuple[tuple[str, str], ...] = ()
    #: toneless pinyin of the label ("su xi tong …"), computed once where the entity is made
    pinyin: str = ""
    #: the entity's IRI, made once its key is final (kg.pipeline; "" where it is not made yet)
    iri: str = ""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Relation:
    """subject —predicate→ object, with the mentions that are its evidence.

    The object is an entity key when ``object_is_entity`` is true, else a literal.
    """

    subject: str
    predicate: str
    object: str | LiteralValue
    evidence: tuple[Mention, ...] = ()
    object_is_entity: bool = True

    def sort_key(self) -> tuple:
        return (self.subject, self.predicate, self.object_is_entity, str(self.object))


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class ArticleGraph:
    """What the extractor found in one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class KnowledgeGraph:
    """The merged graph of one or more articles: the input of every exporter."""

    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    skipped: tuple[tuple[str, str], ...] = field(default=())

    def entity(self, key: str) -> Entity:
        return self._index()[key]

    def _index(self) -> dict[str, Entity]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = {e.key: e for e in self.entities}
            object.__setattr__(self, "_idx", idx)
        return idx


def source_path(path: Path) -> str:
    """A path as stored in the graph: relative to the working folder when possible."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
