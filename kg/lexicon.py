"""General knowledge kept in data files beside the code: places, suffixes, titles, words.

Nothing here names a thing of a particular article; every list is about the
language or the world (provinces and cities, name endings, job titles …).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-word-a-line list, longest first."""
    return tuple(sorted({w.strip() for w in _lines(name)}, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer."""

    name: str  # official full name: 南通市
    cls: str  # Country, Province, City, District or Region
    code: tuple[str, str] | None  # ("gb2260", "320600") / ("iso3166", "SG")
    parent: str = ""  # the full name of the province or city it belongs to
    short: str = ""  # 南通


@dataclass(frozen=True)
class Suffix:
    text: str
    cls: str
    family: str
    max_stem: int


#: a county becomes a county-level city, then a district (海安县 → 海安市, 吴江市 → 吴江区): of a short form's
#: places, the later kind comes first
_SUCCESSION = {"区": 0, "市": 1, "县": 2}


def _successor_first(p: Place) -> int:
    return _SUCCESSION.get(p.name[-1], 1) if p.cls == "District" else 1


class Gazetteer:
    """Surface form → candidate places, with a longest-match scanner."""

    def __init__(self, places: list[Place], weak_forms: set[str], ambiguous_counties: set[str] = frozenset()):
        self.by_form: dict[str, list[Place]] = {}
        self.weak: dict[str, list[Place]] = {}  # district short forms: need their full form nearby
        for p in places:
            if p.cls == "District" and len(p.name) <= 2 and (not p.name.endswith("县") or p.name[0] in ambiguous_counties):
                continue  # 城区, 郊区, 和县: too often plain words
            self.by_form.setdefault(p.name, []).append(p)
        for p in sorted(places, key=_successor_first):
            if p.short and p.short != p.name and p.short not in self.by_form:
                target = self.weak if (p.cls == "District" or p.short in weak_forms) else self.by_form
                target.setdefault(p.short, []).append(p)
        self.max_len = max(len(f) for f in self.by_form)
        self.by_name = {p.name: p for p in places}
        self.heads: dict[str, tuple[int, ...]] = {}  # first two characters → the lengths of forms
        for form in list(self.by_form) + list(self.weak):
            self.heads[form[:2]] = tuple(sorted(set(self.heads.get(form[:2], ())) | {len(form)}, reverse=True))

    def scan(self, text: str, extra_forms: set[str] = frozenset()) -> list[tuple[int, int, str]]:
        """(start, end, surface) of every place name, leftmost-longest, not overlapping; forms
        of ``extra_forms`` (district short forms this article may use) count too."""
        if extra_forms and any(form in text for form in extra_forms):
            return self._scan_with(text, extra_forms)
        return longest_matches(self._matcher, text)

    @cached_property
    def _matcher(self):
        return matcher(self.by_form)

    def scan_weak(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, surface) of the district short forms (安居 of 安居区) in text, which name a place
        only where their context says so."""
        return longest_matches(self._weak_matcher, text)

    @cached_property
    def _weak_matcher(self):
        return matcher(self.weak)

    def _scan_with(self, text: str, extra_forms: set[str]) -> list[tuple[int, int, str]]:
        """``scan`` with more forms than the compiled matcher knows (a few sentences of an article)."""
        found = []
        i, n = 0, len(text)
        heads = self.heads
        if extra_forms:
            heads = dict(heads)
            for form in extra_forms:
                heads[form[:2]] = tuple(sorted(set(heads.get(form[:2], ())) | {len(form)}, reverse=True))
        while i < n:
            hit = 0
            for length in heads.get(text[i:i + 2], ()):
                form = text[i:i + length]
                if len(form) == length and (form in self.by_form or form in extra_forms):
                    hit = length
                    break
            if hit:
                found.append((i, i + hit, text[i:i + hit]))
                i += hit
            else:
                i += 1
        return found

    def lookup(self, form: str) -> list[Place]:
        return self.by_form.get(form) or self.weak.get(form) or []


def matcher(forms: Iterable[str]):
    """A compiled leftmost-longest matcher of these strings (Aho-Corasick: a DFA for a large table
    used all along, a contiguous NFA, faster to build, for an article's few names)."""
    import ahocorasick_rs

    forms = list(forms)
    kind = ahocorasick_rs.Implementation.DFA if len(forms) > 1000 else ahocorasick_rs.Implementation.ContiguousNFA
    return ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest, implementation=kind)


def longest_matches(compiled, text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of the matcher's strings in text: leftmost, then longest, not overlapping."""
    return [(start, end, text[start:end]) for _, start, end in compiled.find_matches_as_indexes(text)]


@cache
def gazetteer() -> Gazetteer:
    places: list[Place] = []
    rows = [line.split("\t") for line in _lines("divisions.tsv")]
    names = {code: name for code, name, *_ in rows}
    for code, name, level, short, parent in rows:
        cls = {"province": "Province", "municipality": "City", "city": "City", "district": "District"}[level]
        parent_name = names.get(parent, "") if parent != code else ""
        places.append(Place(name, cls, ("gb2260", code), parent_name, short))
    for line in _lines("countries.tsv"):
        name, iso, *rest = line.split("\t") + [""]
        places.append(Place(name, "Country", ("iso3166", iso)))
        for other in filter(None, (rest[0] or "").split(",")):
            places.append(Place(other.strip(), "Country", ("iso3166", iso), short=""))
    for line in _lines("foreign_cities.tsv"):  # 斯图加特 (斯图加特市) of 德国: no code of its own
        name, country = line.split("\t")
        full = name if name.endswith("市") else name + "市"
        places.append(Place(full, "City", None, country, name if full != name else ""))
    for name in words("regions.txt"):
        places.append(Place(name, "Region", None))
    return Gazetteer(places, set(words("ambiguous_places.txt")), set(words("ambiguous_counties.txt")))


@cache
def country_names() -> dict[str, str]:
    """ISO 3166 code → the country's common Chinese name (CN → 中国, of 中华人民共和国 too)."""
    return {line.split("\t")[1]: line.split("\t")[0] for line in _lines("countries.tsv")}


@cache
def country_abbreviations() -> dict[str, str]:
    """One-character name → country (德 → 德国), as in the names of bilateral parks (中德…产业园)."""
    return dict(line.split("\t") for line in _lines("country_abbreviations.tsv"))


@cache
def zone_nicknames() -> dict[str, tuple[str, str]]:
    """Nickname → (class, full name) of well-known zones (光谷 → Park, 武汉东湖新技术开发区)."""
    return {nick: (cls, full) for nick, cls, full in (line.split("\t") for line in _lines("zone_nicknames.tsv"))}


#: words before a sentence's subject that do not change it: 据了解，X是…
#: words before a zone's kind that refer to the zone a merger made: 整合后的(开发区), 新组建的(园区)
MERGED_REFERENCE = r"(?:(?:整合|合并|融合|重组|组建)后的?|新组建的|合并而成的|整合而成的)"

#: the dateline a news article's first sentence opens with: 新华日报讯（记者 张恒）, 新华社重庆7月8日电
#: (at the start of the text only; 讯 after 报, 网, 日 … : not 通讯 of 中兴通讯)
DATELINE = r"\A[^，。；：“”（）]{0,24}?(?:(?:报|网|台|社|中心|站|端|[0-9]日)讯|[0-9]日电|社电)" \
           r"(?:[ \t]*[（(](?:记者|通讯员|实习生)[^（）()]{0,30}[）)])?[ \t]*"
LEAD_IN = re.compile(rf"(?:{DATELINE})?(?:(?:据了解|据悉|据介绍|资料显示|目前|此外|同时|其中|另外|(?:根据|按照)(?:该|此|上述)?(?:合作|投资)?协议)[，,]?)?")

#: the number opening a line of a list or a heading (or a name on it): 1. / 3、 / 一、 / （二） / (2)
ITEM_NUMBER = re.compile(r"(?:\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)])")

#: what a policy gives to those who meet its conditions (对…的企业，给予奖励)
GRANTS = re.compile(r"给予|奖励|补助|补贴|资助|扶持")

#: right before a name: by whom it is built (A与B共建的X园区, 是X集团投资建设的Y项目)
#: right before a zone's name: it is being built or run (建设X产业园, 共建的X园区)
BUILDING_BEFORE = re.compile(r"(?:建设|兴建|新建|投建|打造|开发|共建|运营)(?:的)?$")
BUILT_BY_BEFORE = re.compile(r"(?:共同|合作|联合)?(?:共建|开发建设|投资建设|投资兴建|主导建设|建设|兴建|投建|开发|打造)的$")

#: verbs of a zone's or body's setting up or opening (X于2019年12月正式开园), longest first
SET_UP_VERBS = "挂牌成立|正式成立|揭牌成立|成立|挂牌|揭牌|设立|组建|创建|创办|始建|开园|启用|投用"
#: verbs of a firm's arrival somewhere, whose date is no other event's (于1999年进入苏州)
ARRIVAL_VERBS = "进入|落户|入驻|进驻|来到|扎根"

#: 中 and a one-character country name opening a name (中德（沈阳）…, 中以常州…); group 1 is the country's character
BILATERAL_OPENING = re.compile(r"中([\u3400-\u9fff])(?=[\u3400-\u9fff（])")


@cache
def suffixes() -> tuple[Suffix, ...]:
    out = []
    for line in _lines("suffixes.tsv"):
        text, cls, family, max_stem = line.split("\t")
        out.append(Suffix(text, cls, family, int(max_stem)))
    return tuple(sorted(out, key=lambda s: -len(s.text)))


@cache
def suffix_by_text() -> dict[str, Suffix]:
    """Each name ending by its text."""
    return {s.text: s for s in suffixes()}


@cache
def suffix_of(name: str) -> Suffix | None:
    """The longest class-giving ending of a name."""
    for s in _suffixes_by_last().get(name[-1:], ()):
        if name.endswith(s.text):
            return s
    return None


@cache
def _suffixes_by_last() -> dict[str, tuple[Suffix, ...]]:
    """The endings by their last character, longest first."""
    by_last: dict[str, list[Suffix]] = {}
    for s in suffixes():
        by_last.setdefault(s.text[-1], []).append(s)
    return {c: tuple(ss) for c, ss in by_last.items()}


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(words(name))


@cache
def alternation(*names: str) -> re.Pattern:
    """One compiled pattern matching any word of the lists, longest first."""
    ws = sorted({w for n in names for w in words(n)}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ws)))


def opening_words(text: str, *names: str) -> str:
    """The run of words of these lists that opens text (新能源汽车 of 新能源汽车超级工厂项目)."""
    words, i = alternation(*names), 0
    while (m := words.match(text, i)) and m.end() > i:
        i = m.end()
    return text[:i]


def only_words(text: str, *names: str) -> bool:
    """The text is words of these lists only, and not empty (终端 of 华为终端有限公司)."""
    return bool(text) and len(opening_words(text, *names)) == len(text)


@cache
def policy_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    before, after = [], []
    for line in _lines("policy_cues.txt"):
        side, word = line.split(":", 1)
        (before if side == "before" else after).append(word)
    key = lambda w: -len(w)  # noqa: E731
    return tuple(sorted(before, key=key)), tuple(sorted(after, key=key))
