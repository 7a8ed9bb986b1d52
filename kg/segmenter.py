"""Splitting article text into sentences and clauses, keeping character offsets."""
from __future__ import annotations

import re
from functools import lru_cache

from .model import Article, Sentence

_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』]*|\n+")
_CLAUSE_END = re.compile(r"[，,；;：:]")


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of an article; a heading or caption line is a sentence too, and the headline one
    sentence whatever marks it holds."""
    text = article.text
    sentences: list[Sentence] = []
    start = 0
    heading = len(text) - len(text.lstrip(" \t\n#·"))
    if article.title and text.startswith(article.title, heading) and "\n" not in article.title:
        start = heading + len(article.title)  # the headline is one sentence: 50-60亿元！X项目签约
        _add(sentences, article.id, text, heading, start)
    for m in _SENTENCE_END.finditer(text, start):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(sentences, article.id, text, start, end)
        start = m.end()
    _add(sentences, article.id, text, start, len(text))
    return tuple(sentences)


#: the longest sentence read as one: a longer run of text (a table flattened, a page without 。) is cut after
#: its last ，；、 before the limit (or at it), so that no sentence costs the rules more than a long one does
MAX_SENTENCE = 1000


def _add(out: list[Sentence], article_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start] in " \t\n#·":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(mark, start + MAX_SENTENCE // 2, start + MAX_SENTENCE) for mark in "，；、,;") + 1
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Sentence(article_id, len(out), start, cut, text[start:cut]))
        start = cut
    if end > start:
        out.append(Sentence(article_id, len(out), start, end, text[start:end]))


@lru_cache(maxsize=4096)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the clauses of a sentence, split at ， ； ： (outside quotes)."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "“‘「『（(":
            depth += 1
        elif ch in "”’」』）)":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_END.match(ch):
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return tuple((s, e) for s, e in spans if e > s)


def clause_start(text: str, pos: int) -> int:
    """Where the clause that holds pos starts: after the last ， 。 ； ： before it (0 if none)."""
    return max(text.rfind(c, 0, pos) for c in "，。；：") + 1
