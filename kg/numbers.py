"""Numbers and money in Chinese text: 60亿元, 10亿元人民币, 1000万元, 12.1亿美元, 十三条.

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

NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]+)"
MONEY = re.compile(
    rf"(?P<num>{NUMBER})(?:\s*)(?P<scale>万亿|千亿|百亿|十亿|千万|百万|十万|亿|万)?(?P<cur>元人民币|美元|欧元|日元|英镑|港元|港币|元)(?P<rmb>人民币)?"
)


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
    import cn2an

    try:
        return Decimal(str(cn2an.cn2an(text.replace("两", "二"), "smart")))
    except (ValueError, KeyError, IndexError):
        return None


def small_number(text: str) -> int | None:
    """A month or day number in Arabic or Chinese digits."""
    value = to_decimal(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


def find_money(text: str) -> list[MoneyMention]:
    """Every amount of money in text."""
    found = []
    for m in MONEY.finditer(text):
        value = to_decimal(m.group("num"))
        if value is None:
            continue
        amount = value * _SCALE[m.group("scale") or ""]
        currency = _CURRENCY[m.group("cur")]
        found.append(MoneyMention(m.start(), m.end(), Money(_normal(amount), currency), m.group()))
    return found


def _normal(d: Decimal) -> Decimal:
    """A decimal without exponent or trailing zeros: 6E+9 → 6000000000."""
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d
