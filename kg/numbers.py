"""Numbers and money in Chinese text: 60亿元, 10亿元人民币, 1000万元, 12.1亿美元, 超百亿元, 十三条.

Amounts in yuan become :class:`~kg.model.Money` with currency CNY; other
currencies keep their own code and are never converted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .model import Money

CN_DIGITS = "〇零一二三四五六七八九十百千万亿两"
_SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6,
          "千万": 10**7, "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}
_CURRENCY = {"元": "CNY", "元人民币": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR",
             "日元": "JPY", "英镑": "GBP", "港元": "HKD", "港币": "HKD"}

NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]*[〇零一二三四五六七八九十两][{CN_DIGITS}]*)"
MONEY = re.compile(
    rf"(?P<num>{NUMBER})(?:\s*)(?:多|余)?(?P<scale>万亿|千亿|百亿|十亿|千万|百万|十万|亿|万)?"  # (120多亿元: at least 120亿)
    rf"(?P<cur>元人民币|美元|欧元|日元|英镑|港元|港币|元)(?P<rmb>人民币)?"
)


_SCALES = r"万亿|千亿|百亿|十亿|千万|百万|十万|亿|万"
#: before an amount, the lower bound of its range: 50-|60亿元, 50亿至|60亿元, 5～|6亿美元
_RANGE_LOW = re.compile(rf"(?P<low>{NUMBER})(?P<low_scale>{_SCALES})?(?:元)?\s*(?:-|－|—|–|~|～|至|到)\s*$")
#: a bare scale after a bound word: 超百亿元, 近千亿元 (not 数百亿元: "several")
BARE_MONEY = re.compile(r"(?<=[超近逾约达过])(?P<scale>万亿|千亿|百亿|千万|百万)(?P<cur>元人民币|美元|欧元|元)"
                        rf"|(?<![{CN_DIGITS}0-9])(?P<hundreds>百|千)(?:余|多)(?P<scale2>亿|万)(?P<cur2>元人民币|美元|欧元|元)")
# (百余亿元: at least 100亿)


@dataclass(frozen=True)
class MoneyMention:
    """An amount in a sentence: offsets relative to the sentence."""

    start: int
    end: int
    money: Money
    text: str


def to_decimal(text: str) -> Decimal | None:
    """'48.4' → 48.4, '1,000' → 1000, '十三' → 13, '两百' → 200; None when not a number."""
    text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if not text or any(c not in CN_DIGITS for c in text):
        return None
    simple = _simple_chinese(text)
    if simple is not None:
        return Decimal(simple)
    import cn2an  # the general case: 两百多, 一千二百万 …

    try:
        return Decimal(str(cn2an.cn2an(text.replace("两", "二"), "smart")))
    except (ValueError, KeyError, IndexError):
        return None


_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _simple_chinese(text: str) -> int | None:
    """一 … 九十九 (months, days, counts) without loading cn2an; None for anything larger."""
    if len(text) == 1 and text in _DIGIT:
        return _DIGIT[text]
    if text == "十":
        return 10
    if len(text) == 2 and text[0] == "十" and text[1] in _DIGIT:
        return 10 + _DIGIT[text[1]]
    if len(text) in (2, 3) and text[0] in _DIGIT and text[1] == "十" and (len(text) == 2 or text[2] in _DIGIT):
        return _DIGIT[text[0]] * 10 + (_DIGIT[text[2]] if len(text) == 3 else 0)
    return None


def small_number(text: str) -> int | None:
    """A month or day number in Arabic or Chinese digits."""
    value = to_decimal(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


_RANGE_MARKS = frozenset("-－—–~～至到 ")


def find_money(text: str) -> list[MoneyMention]:
    """Every amount of money in text; a range (50-60亿元) is one amount with its bounds."""
    found = []
    for m in MONEY.finditer(text):
        value = to_decimal(m.group("num"))
        if value is None:
            continue
        amount = value * _SCALE[m.group("scale") or ""]
        currency = _CURRENCY[m.group("cur")]
        window = max(0, m.start() - 16)
        low = _RANGE_LOW.search(text, window, m.start()) if m.start() and text[m.start() - 1] in _RANGE_MARKS else None
        bound = to_decimal(low.group("low")) if low else None
        if low and bound is not None:  # 50-60亿元: one amount with its bounds
            bound *= _SCALE[low.group("low_scale") or m.group("scale") or ""]
            if amount > bound:
                found.append(MoneyMention(low.start(), m.end(), Money(_normal(bound), currency, _normal(amount)),
                                          text[low.start():m.end()]))
                continue
        found.append(MoneyMention(m.start(), m.end(), Money(_normal(amount), currency), m.group()))
    for m in BARE_MONEY.finditer(text):
        scale = m.group("scale") or m.group("hundreds") + m.group("scale2")
        amount = Decimal(_SCALE[scale])
        found.append(MoneyMention(m.start(), m.end(), Money(_normal(amount), _CURRENCY[m.group("cur") or m.group("cur2")]),
                                  m.group()))
    return sorted(found, key=lambda mm: mm.start)


def _normal(d: Decimal) -> Decimal:
    """A decimal without exponent or trailing zeros: 6E+9 → 6000000000."""
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d
