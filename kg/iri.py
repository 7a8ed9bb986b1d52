"""Stable, readable IRIs.

Scheme (documented in ontology/README.md); every IRI is a plain prefixed name in Turtle:
- entity:    ``kgid:{class}-{pinyin-slug}-{hash4}``   e.g. kgid:park-su-xi-tong-ke-ji-chan-ye-yuan-qu-1a2b;
  an event, policy or body named by its kind only (集中签约活动, 市委) ``…-{hash8}`` of its name and article;
  a person (a project named by what it makes) ``…-{hash8}`` of the name and its organizations (zones, firms)
- document:  ``kgdoc:{article-id}``;  sentence: ``kgdoc:{article-id}-s{index}``
- statement: ``kgid:statement-{hash12}`` of (subject, predicate, object)
- indicator: ``kgid:indicator-{article-id}-{offset}``

The hash is of the Chinese name, so homophones get different IRIs; the same
input always gives the same IRIs. IRIs are plain strings (the export writes
millions of them; rdflib and pyoxigraph terms are made from them where needed).
"""
from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache

from .namespaces import BASE

ID = BASE + "id/"
DOC = BASE + "doc/"


def _digest(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


@lru_cache(maxsize=65536)
def pinyin(text: str) -> str:
    """Toneless pinyin of a Chinese name, syllables separated by spaces, punctuation left out:
    'su xi tong', 'ai long ma si ke' (埃隆·马斯克).

    Names whose every character has one reading are read character by character from
    pypinyin's table (the same result, many times faster); others are cut into words by
    pypinyin's phrase segmentation and each word read by ``lazy_pinyin`` once (what
    ``lazy_pinyin`` of the whole name gives, without converting the same word again).
    """
    fast = [_single_reading(ch) for ch in text]
    if None not in fast:
        return " ".join(fast)
    from pypinyin.seg.simpleseg import seg

    # seg: the phrase segmentation lazy_pinyin does first
    readings = (reading for word in seg(text) for reading in _word_pinyin(word))
    return " ".join(r for r in readings if any(c.isalnum() for c in r))


@lru_cache(maxsize=65536)
def _word_pinyin(word: str) -> list[str]:
    """lazy_pinyin of one word of pypinyin's segmentation (words recur across names: 科技, 发展 …)."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(word, style=Style.NORMAL, errors="default")


@cache
def _single_reading(ch: str) -> str | None:
    """The toneless reading of a character pypinyin knows only one reading of, else None."""
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(ch))
    if readings is None or "," in readings:
        return None
    for umlaut in "üǖǘǚǜ":  # pypinyin's normal style writes ü as v (lv, nv)
        readings = readings.replace(umlaut, "v")
    return "".join(c for c in unicodedata.normalize("NFD", readings) if not unicodedata.combining(c))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, reading: str | None = None) -> str:
    """An ASCII slug of a name from its pinyin (given, or computed; an ASCII name is read as it is,
    which is what its pinyin gives, without loading pypinyin's phrase dictionary)."""
    if reading is None and text.isascii():
        reading = text
    ascii_ = _NOT_SLUG.sub("-", (reading or pinyin(text)).lower()).strip("-")
    return ascii_[:60].strip("-") or "x"


def entity_iri(cls: str, label: str, reading: str | None = None, scope: str | None = None) -> str:
    """An entity's IRI; ``scope``: the article of a thing named by its kind only, a person's organizations
    (the hash is of them too: two articles' 新闻发布会 are two events, two bodies' 李明 two people)."""
    if cls == "Indicator":
        raise ValueError("indicators use indicator_iri")
    hashed = cls + label if scope is None else f"{cls}{label}#{scope}"
    return f"{ID}{cls.lower()}-{slug(label, reading)}-{_digest(hashed, 4 if scope is None else 8)}"


def indicator_iri(key: str) -> str:
    _, article, offset = key.split(":")
    return f"{ID}indicator-{slug(article)}-{offset}"


@lru_cache(maxsize=65536)
def document_iri(article_id: str) -> str:
    return DOC + re.sub(r"[^A-Za-z0-9_.-]", "_", article_id)


def sentence_iri(article_id: str, index: int) -> str:
    return f"{document_iri(article_id)}-s{index}"


def statement_iri(*parts: str) -> str:
    return f"{ID}statement-{_digest(' '.join(parts), 12)}"


def amount_iri(currency: str, amount: str) -> str:
    return f"{ID}amount-{currency.lower()}-{amount.replace('.', '_')}"
