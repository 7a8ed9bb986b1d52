"""Money, numerals and dates of Chinese news text."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.dates import find_dates, header_date, infer_year, parse_published
from kg.model import Money, PartialDate
from kg.numbers import find_money, to_decimal

MONEY = [
    ("总投资60亿元的项目", Money(Decimal(6_000_000_000))),
    ("总投资10亿元人民币", Money(Decimal(1_000_000_000))),
    ("最高资助达1000万元", Money(Decimal(10_000_000))),
    ("签约金额达175.65亿元", Money(Decimal(17_565_000_000))),
    ("计划投资12.1亿美元", Money(Decimal(1_210_000_000), "USD")),
    ("投资两百万元", Money(Decimal(2_000_000))),
    ("奖励五十万元", Money(Decimal(500_000))),
    ("总投资120多亿元", Money(Decimal(12_000_000_000))),  # at least: the number said
    ("总投资三十余亿元", Money(Decimal(3_000_000_000))),
    ("总投资百余亿元", Money(Decimal(10_000_000_000))),
    ("投资千余万元", Money(Decimal(10_000_000))),
]


@pytest.mark.parametrize("text,money", MONEY)
def test_money(text, money):
    assert [m.money for m in find_money(text)] == [money]


def test_no_money_in_scale_words():
    assert find_money("形成了200个亿元以上项目") == []
    assert find_money("投资数百亿元，打造百亿级产业集群") == []  # several hundred; a class of size
    assert find_money("总投资十几亿元") == []  # ten-odd: no number said


def test_a_bare_scale_after_a_bound_word():
    assert [mm.money for mm in find_money("总投资超百亿元，产值近千亿元")] == [
        Money(Decimal(10_000_000_000)), Money(Decimal(100_000_000_000))]


@pytest.mark.parametrize("text,value", [("48.4", Decimal("48.4")), ("十三", 13), ("两百", 200),
                                        ("一千二百", 1200), ("九", 9), ("二十一", 21), ("x", None)])
def test_to_decimal(text, value):
    assert to_decimal(text) == (Decimal(value) if value is not None else None)


DATES = [
    ("6月29日，项目奠基", 2021, PartialDate(2021, 6, 29)),
    ("6月底，项目开工", 2021, PartialDate(2021, 6)),
    ("今年4月，园区成立联盟", 2021, PartialDate(2021, 4)),
    ("去年3月中旬，运作启动", 2021, PartialDate(2020, 3)),
    ("2020年10月13日，正式挂牌", 2021, PartialDate(2020, 10, 13)),
    ("二〇二一年六月二十九日", 2023, PartialDate(2021, 6, 29)),  # a year in Chinese digits (a document's signature)
    ("一九九二年五月，开发区设立", 2023, PartialDate(1992, 5)),
    ("七一前夕，园区举行签约", 2021, PartialDate(2021, 6)),
    ("预计将于今年9月份开工", 2021, PartialDate(2021, 9)),
    ("去年，项目落户", 2021, PartialDate(2020)),
    ("三月，园区", 2022, PartialDate(2022, 3)),
    ("当年实现产值10亿元", 2022, PartialDate(2022)),  # no year before: the article's
    ("力争今年底开工", 2023, PartialDate(2023, 12)),  # the end of a year is its last month
    ("2022年年底建成投产", 2023, PartialDate(2022, 12)),
    ("去年末签约", 2023, PartialDate(2022, 12)),
    ("鲁西化工高端化学品项目计划年底前投产", 2023, PartialDate(2023, 12)),  # the article's year
]


def test_that_year_is_the_year_of_the_date_before():
    found = find_dates("于2019年1月开工建设，当年年底实现量产；同年12月投产", 2023)
    assert [d.date for d in found] == [PartialDate(2019, 1), PartialDate(2019, 12), PartialDate(2019, 12)]


@pytest.mark.parametrize("text,year,date", DATES)
def test_dates(text, year, date):
    assert find_dates(text, year)[0].date == date


def test_impossible_day_keeps_the_month():
    assert find_dates("2月30日，项目开工", 2021)[0].date == PartialDate(2021, 2)
    with pytest.raises(ValueError):
        parse_published("2021-02-30")


def test_since_and_span():
    assert find_dates("今年以来，园区", 2021)[0].kind == "since"
    assert find_dates("今年上半年，园区", 2021)[0].kind == "span"


def test_no_year_no_guess():
    assert find_dates("6月29日，项目奠基", None) == []
    assert find_dates("2020年10月13日", None)[0].date == PartialDate(2020, 10, 13)


def test_published_and_inferred_year():
    assert parse_published("2021-06-09") == PartialDate(2021, 6, 9)
    assert parse_published("2021") == PartialDate(2021)
    with pytest.raises(ValueError):
        parse_published("June 2021")
    assert infer_year("2021湖北产业投资推介会在武汉举行") == 2021
    assert infer_year("园区新闻") is None
    assert infer_year("洋浦经济开发区前三季度实现营收超2000亿元") is None  # an amount, no year


@pytest.mark.parametrize("text, date", [
    ("青川前湾新区：打造汽车产业基地\n\n来源：青川日报  2022-08-16\n\n8月15日，项目投产。", PartialDate(2022, 8, 16)),
    ("标题\n2023年3月10日  来源：南通日报\n正文。", PartialDate(2023, 3, 10)),
    ("标题\n发布时间：2021/6/9 10:32 | 编辑：王明\n正文。", PartialDate(2021, 6, 9)),
    ("标题\n2021-06-09\n正文。", PartialDate(2021, 6, 9)),
    ("标题\n2021年6月9日，园区举行签约仪式。", None),  # a sentence, not a header
    ("标题\n2021年6月9日 青川园区签约项目12个", None),  # a headline's words, no header's
    ("标题\n时间：2021-06-09 至 2021-06-12", None),  # two dates: a span
    ("标题\n来源：青川日报 2021-02-30", None),  # no such day
])
def test_an_undated_article_s_date_from_a_header_line(text, date):
    assert header_date(text) == date


def test_an_undated_article_is_dated_by_its_header_line():
    from kg.model import Article
    from kg.pipeline import extract_article

    text = "青川新区：汽车工厂投产\n\n来源：青川日报  2022-08-16\n\n8月15日，青川汽车第二工厂项目在青川新区正式投产。\n"
    g = extract_article(Article("t", "青川新区：汽车工厂投产", text, "t.txt", None))
    assert g.article.published == PartialDate(2022, 8, 16)
    assert any(r.predicate == "productionDate" and r.object == PartialDate(2022, 8, 15) for r in g.relations)


@pytest.mark.parametrize("text, published, iso", [
    ("29日上午，园区举行开园仪式。", PartialDate(2021, 6, 30), ["2021-06-29"]),
    ("记者29日从园区获悉。", PartialDate(2021, 7, 2), ["2021-06-29"]),  # a day later than publication: last month
    ("1日起施行。", PartialDate(2022, 1, 1), ["2022-01-01"]),
    ("29日上午，园区举行开园仪式。", PartialDate(2021), []),  # the month is unknown: no guess
    ("6月29日开工，日产6200吨。", PartialDate(2021, 7, 2), ["2021-06-29"]),  # 29日 after 月 is that date's day
    ("31日开工。", PartialDate(2021, 6, 30), ["2021-05-31"]),
    ("30日开工。", PartialDate(2021, 3, 1), []),  # 30 February does not exist
    ("上月28日，新区举行签约活动。", PartialDate(2022, 7, 5), ["2022-06-28"]),  # the month before publication's
    ("上月28日举行。", PartialDate(2022, 1, 5), ["2021-12-28"]),
    ("本月10日开工。", PartialDate(2022, 7, 5), ["2022-07-10"]),
    ("2022.6.15，项目开工。", PartialDate(2022, 7, 5), ["2022-06-15"]),  # in digits
    ("于2022/06/15投产，版本1.2.3。", PartialDate(2022, 7, 5), ["2022-06-15"]),
    ("2021-13-40开工。", PartialDate(2022, 7, 5), []),  # no such date
])
def test_a_day_alone_is_of_the_month_of_publication(text, published, iso):
    assert [d.date.iso() for d in find_dates(text, published.year, published)] == iso


def test_a_month_after_publication_is_of_the_year_before_unless_planned():
    january = PartialDate(2024, 1, 15)
    assert [d.date.iso() for d in find_dates("项目于8月签约落户。", 2024, january)] == ["2023-08"]
    assert [d.date.iso() for d in find_dates("项目将于8月开工。", 2024, january)] == ["2024-08"]
    assert [d.date.iso() for d in find_dates("项目于2月开工。", 2024, january)] == ["2024-02"]  # within a month
    assert [d.date.iso() for d in find_dates("项目于今年8月开工。", 2024, january)] == ["2024-08"]


def test_a_cut_off_date_is_no_point_in_time():
    assert [d.kind for d in find_dates("截至今年9月，累计签约项目超过200个；3月开工", 2023)] == ["until", "point"]


def test_a_range_of_amounts_is_one_amount_with_its_bounds():
    from kg.numbers import find_money
    found = find_money("项目总投资约50-60亿元；投资3亿至5亿美元；1-9月实现产值30亿元")
    assert [(m.text, m.money.amount, m.money.high, m.money.currency) for m in found] == [
        ("50-60亿元", 5_000_000_000, 6_000_000_000, "CNY"), ("3亿至5亿美元", 300_000_000, 500_000_000, "USD"),
        ("30亿元", 3_000_000_000, 0, "CNY")]
    assert found[0].money.chinese() == "50–60亿元" and not found[2].money.is_range
