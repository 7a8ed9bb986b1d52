"""Dates in Chinese news text → PartialDate, resolved against the article's year.

Handles 2020年10月13日, 6月29日, 6月底, 今年底 (December), 今年4月, 去年3月中旬, 今年以来, 七一前夕,
今年9月份, Chinese-numeral months (三月), 2022.6.15, 上月28日 (from the publication's month) and 昨天
(from the publication's day). A date whose year is unknown is not
guessed: it is left out.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from .model import PartialDate
from .numbers import small_number
from .segmenter import clause_start

_NUM = r"[0-9〇零一二三四五六七八九十两]{1,4}"
#: relative year words → offset from the article's year
_REL_YEAR = {"今年": 0, "本年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
#: the year of the date named before them, when there is one (于2019年1月开工，当年年底实现量产)
_SAME_YEAR = ("当年", "同年")
#: holidays named by their date (month, day)
_HOLIDAYS = {"元旦": (1, 1), "五一": (5, 1), "六一": (6, 1), "七一": (7, 1), "八一": (8, 1),
             "十一": (10, 1), "国庆": (10, 1)}

#: a year in Chinese digits, one by one: 二〇二一
_CN_YEAR = "(?:一九|二〇|二零)[〇零一二三四五六七八九]{2}"
_CN_DIGIT_VALUES = str.maketrans("〇零一二三四五六七八九", "00123456789")

_DATE = re.compile(
    # the lookahead: only where a year or a month starts (not an empty match at every character)
    rf"(?=(?:19|20)\d\d年|{_CN_YEAR}年|今年|本年|当年|同年|去年|上年|前年|明年|{_NUM}月)"
    rf"(?:(?P<y>(?:19|20)\d\d|{_CN_YEAR})年|(?P<rel>今年|本年|当年|同年|去年|上年|前年|明年))?"
    rf"(?:(?P<m>{_NUM})月(?:份)?(?:(?P<d>{_NUM})[日号])?(?P<part>底|末|初|上旬|中旬|下旬)?)?"
)
_HOLIDAY = re.compile(r"(?P<h>" + "|".join(_HOLIDAYS) + r")(?:节)?(?P<eve>前夕|前后|当天|期间)")
#: a date in digits: 2022.6.15, 2022/6/15, 2022-06-15
_NUMERIC = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
#: a day named from the publication's: 昨天上午, 今日 (not 今日头条, a firm)
_REL_DAY_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}
_REL_DAY = re.compile(rf"(?P<rel>{'|'.join(_REL_DAY_OFFSET)})(?!头条)")
#: a month named from the publication's: 上月28日, 本月10日
_REL_MONTH = re.compile(rf"(?P<rel>上个?月|本月|当月)(?:(?P<d>{_NUM})[日号])?")


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence: offsets relative to the sentence."""

    start: int
    end: int
    date: PartialDate
    text: str
    #: "point" for a dated happening, "since" for 今年以来, "span" for 上半年, "until" for 截至9月 …
    kind: str = "point"


def _real_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_published(value: str) -> PartialDate:
    """'2021' or '2021-06-09' (or 2021-06) → PartialDate; ValueError otherwise."""
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", value)
    if not m:
        raise ValueError(f"not a year or an ISO date: {value!r}")
    y, mo, d = (int(g) if g else None for g in m.groups())
    if mo is not None and not 1 <= mo <= 12 or d is not None and not _real_day(y, mo, d):
        raise ValueError(f"not a valid date: {value!r}")
    return PartialDate(y, mo, d)


#: a line of a web page's header giving the page's date (发布时间：2022-08-16 来源：宁波日报; 2023年3月10日 来源：X)
_HEADER_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?:[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
                          r"(?![\d万亿千百余多个家元吨亩米项人])")
_HEADER_WORDS = re.compile(r"来源|发布|时间|日期|编辑|作者|责编|稿源|浏览|字号")


def header_date(text: str, lines: int = 6) -> PartialDate | None:
    """The date of a header line among an article's first lines: a short line, no sentence, holding one full
    date alone or with words of a page's header (来源, 发布时间, 编辑)."""
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:lines]:
        if len(line) > 80 or "。" in line:
            continue
        found = list(_HEADER_DATE.finditer(line))
        rest = _HEADER_DATE.sub("", line).strip(" \t:：|/　")
        if len(found) == 1 and (not rest or _HEADER_WORDS.search(rest)):
            m = found[0]
            y, mo, d = int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
            if 1 <= mo <= 12 and _real_day(y, mo, d):
                return PartialDate(y, mo, d)
    return None


def infer_year(title: str) -> int | None:
    """The year of an undated article when its title names exactly one year."""
    years = set(re.findall(r"(?<![\d.])((?:19|20)\d\d)(?:年)?(?![\d.万亿千百余多个家元吨亩米项人])", title))  # (not 超2000亿元)
    return int(years.pop()) if len(years) == 1 else None


def find_dates(text: str, year: int | None, published: PartialDate | None = None) -> list[DateMention]:
    """Every date expression in text, resolved against ``year`` (the article's); a day alone (29日)
    against the ``published`` date when its month is known."""
    return list(_find_dates(text, year, published if published is not None and published.month else None))


#: a day of the month alone (29日上午, 记者29日获悉): not after a month or a digit, not 日产 (a day's output)
_DAY_ALONE = re.compile(r"(?<![月\d\-./年])(?P<d>[1-9]|[12]\d|3[01])日(?!产|均|益|前)")


@lru_cache(maxsize=4096)
def _find_dates(text: str, year: int | None, published: PartialDate | None = None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    if published is not None:
        for m in _DAY_ALONE.finditer(text):
            date = _day_of(published, int(m.group("d")))
            if date is not None:
                found.append(DateMention(m.start(), m.end(), date, m.group()))
    for m in _DATE.finditer(text):
        if m.end() == m.start() or not (m.group("y") or m.group("rel") or m.group("m")):
            continue
        resolved = _resolve(m, text, year)
        if published is not None and not (m.group("y") or m.group("rel")):
            resolved = [_before_publication(d, text, published) for d in resolved]
        found.extend(resolved)
    for m in _NUMERIC.finditer(text):
        y, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if _real_day(y, month, day):
            found.append(DateMention(m.start(), m.end(), PartialDate(y, month, day), m.group()))
    for m in _REL_MONTH.finditer(text) if published is not None else ():
        y, month = published.year, published.month
        if m.group("rel") != "本月" and m.group("rel") != "当月":
            y, month = (y, month - 1) if month > 1 else (y - 1, 12)
        day = small_number(m.group("d")) if m.group("d") else None
        day = day if day is not None and _real_day(y, month, day) else None
        found.append(DateMention(m.start(), m.end(), PartialDate(y, month, day), m.group()))
    if published is not None and published.day is not None:
        for m in _REL_DAY.finditer(text):
            day = datetime.date(published.year, published.month, published.day) \
                + datetime.timedelta(days=_REL_DAY_OFFSET[m.group("rel")])
            found.append(DateMention(m.start(), m.end(), PartialDate(day.year, day.month, day.day), m.group()))
    for m in _BARE_YEAR_END.finditer(text) if year is not None else ():  # 计划年底前投产: this year's December
        found.append(DateMention(m.start(), m.end(), PartialDate(year, 12), m.group()))
    for m in _HOLIDAY.finditer(text):
        if year is None:
            continue
        month, day = _HOLIDAYS[m.group("h")]
        if m.group("eve") == "前夕" and day == 1:
            month = month - 1 or 12
            date = PartialDate(year if month != 12 else year - 1, month)
        else:
            date = PartialDate(year, month, day)
        found.append(DateMention(m.start(), m.end(), date, m.group()))
    found.sort(key=lambda d: d.start)
    return tuple(found)


#: before a date in its clause: it is of a plan, not of something done (项目将于9月开工)
_PLANNED = re.compile(r"将|计划|预计|拟|力争|争取|有望|预期|确保|目标")


def _before_publication(d: DateMention, text: str, published: PartialDate) -> DateMention:
    """A month without a year more than a month after the publication (3月 in an article of January
    2024) is of the year before, unless the clause plans it (将于3月开工): a year's review."""
    date = d.date
    clause = clause_start(text, d.start)
    if date.year != published.year or date.month is None or date.month <= published.month + 1 \
            or _PLANNED.search(text, clause, d.start) or _PLANNED.match(text, d.end):
        return d
    return DateMention(d.start, d.end, PartialDate(date.year - 1, date.month, date.day), d.text, d.kind)


def _day_of(published: PartialDate, day: int) -> PartialDate | None:
    """The date of day ``day`` as written in an article published then: this month, or the last one
    when the day is later than the day of publication (29日 in an article of 1 July is 29 June)."""
    year, month = published.year, published.month
    if published.day is not None and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return PartialDate(year, month, day) if _real_day(year, month, day) else None


#: the year's end without a year (计划年底前投产), not after one (2023年底, 今年年底) nor inside a word (新年底蕴)
_BARE_YEAR_END = re.compile(r"(?<![0-9年今去明本当同前上])年(?:底|末)(?!期|蕴|端|尾)")
#: right after a year: its end (今年|底, 2023年|年底)
_YEAR_END = re.compile(r"年?(?:底|末)(?!期)")


def _resolve(m: re.Match, text: str, year: int | None) -> list[DateMention]:
    if m.group("y"):
        y: int | None = int(m.group("y").translate(_CN_DIGIT_VALUES))  # (二〇二一 → 2021)
    elif m.group("rel") in _SAME_YEAR and (years := re.findall(r"((?:19|20)\d\d)年", text[:m.start()])):
        y = int(years[-1])
    elif m.group("rel"):
        y = None if year is None else year + _REL_YEAR[m.group("rel")]
    else:
        y = year
    if y is None:
        return []
    end = m.end()
    tail = text[end:end + 4]
    kind = "until" if text.endswith(("截至", "截止", "截止到", "截至到"), 0, m.start()) else "point"
    if tail.startswith("以来"):
        kind, end = "since", end + 2
    elif tail.startswith(("上半年", "下半年")):
        kind = "span"
    month = small_number(m.group("m")) if m.group("m") else None
    year_end = _YEAR_END.match(text, end) if month is None else None
    if year_end:  # 今年底, 2023年年底, 去年末: the year's last month
        month, end = 12, year_end.end()
    if month is not None and not 1 <= month <= 12:
        return []
    day = small_number(m.group("d")) if m.group("d") else None
    if day is not None and month is not None and not _real_day(y, month, day):
        day = None  # 2月30日: keep what is sound, the month
    if m.group("m") and not (m.group("y") or m.group("rel")) and len(m.group("m")) > 2:
        return []
    return [DateMention(m.start(), end, PartialDate(y, month, day if month else None), text[m.start():end], kind)]
