"""Reading articles: decoding, normalizing and refusing what is not an article."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.reader import find_articles, normalize, read_article

from .conftest import SEED

NORMALIZE = [
    ("总投资１２０亿元", "总投资120亿元\n"),           # full-width digits → ASCII (NFKC)
    ("ＴＯＤ商务区", "TOD商务区\n"),                   # full-width letters
    ("增长４８．４％", "增长48.4%\n"),                  # full-width point and percent
    ("园区，项目；（光谷）", "园区，项目；（光谷）\n"),   # Chinese punctuation is kept
    ("第一行\r\n第二行", "第一行\n第二行\n"),            # one newline style
    ("项目的落户增\n\n强园区产业发展竞争力，助力园区。", None),  # broken line joined below
    ("开发区(简称青川经开区)成立于1992年;2022年,实现产值500亿元,增长8%.", "开发区（简称青川经开区）成立于1992年；2022年，实现产值500亿元，增长8%。\n"),
    ("总投资1,000万元,10:30举行.", "总投资1,000万元，10:30举行。\n"),  # half-width marks of Chinese text; numbers kept
    ("ASML (Netherlands) 60.5亿元", "ASML (Netherlands) 60.5亿元\n"),  # no Chinese in the brackets
    ("2023 年 5 月 8 日, 总投资 50 亿元.", "2023年5月8日，总投资50亿元。\n"),  # spaces around numbers of Chinese text
    ("记者 陈晨 通讯员 王伟", "记者 陈晨 通讯员 王伟\n"),  # (between Chinese words they stay)
]


@pytest.mark.parametrize("raw,expected", NORMALIZE)
def test_normalize(raw, expected):
    if expected is None:
        long = "标题\n这是一个很长的句子被复制粘贴时从中间断开了项目的落户增\n\n强园区产业发展竞争力。"
        assert normalize(long) == "标题\n这是一个很长的句子被复制粘贴时从中间断开了项目的落户增强园区产业发展竞争力。\n"
    else:
        assert normalize(raw) == expected


def test_a_long_title_is_not_joined_with_the_first_paragraph():
    text = "蓝湾石化产业基地：蓝湾炼化一体化项目全面投产\n\n本报蓝湾5月17日讯 5月16日，蓝湾炼化一体化项目全面投产。\n"
    assert normalize(text) == text


def test_a_listing_s_field_lines_are_not_joined():
    text = "投资主体：三星电子（苏州）半导体有限公司\n总投资：2.5亿美元\n"
    assert normalize(text) == text


def test_a_policy_s_title_is_not_joined_with_its_first_item():
    text = "青川新区支持集成电路产业发展的若干政策\n第一条 支持项目落地。对新引进的项目给予补助。\n"
    assert normalize(text) == text
    text = "青川新区支持集成电路产业发展的若干政策措施如下\n（一）支持项目落地。\n"
    assert normalize(text) == text
    assert normalize("标题\n这是一段很长很长的文字，它在行尾断开了并且没有句号\n接着写完。\n") == \
        "标题\n这是一段很长很长的文字，它在行尾断开了并且没有句号接着写完。\n"  # (a broken line is still joined)


def test_gb18030_reads_like_utf8(tmp_path: Path):
    copy = tmp_path / SEED.name
    copy.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    assert read_article(copy).text == read_article(SEED).text


def test_sidecar_gives_published_year():
    assert read_article(SEED).published.iso() == "2021"


def test_title_is_first_line():
    assert read_article(SEED).title == "苏锡通科技产业园区 奋力打造跨江融合发展示范区"


BAD = [
    (b"", "empty"),
    (b"   \n\n  \t\n", "empty"),
    (b"\x00\x01\x02binary\x00" * 20, "binary"),
    (bytes(range(128, 256)) * 8, "not valid text"),
    ("<!DOCTYPE html><html><body><p>园区新闻</p></body></html>".encode(), "HTML"),
    (b"just english text, no chinese at all", "no Chinese text"),
]


@pytest.mark.parametrize("data,message", BAD)
def test_bad_input_is_refused(tmp_path: Path, data: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_missing_path():
    with pytest.raises(InputError, match="no such file"):
        find_articles([Path("does/not/exist.txt")])


def test_two_articles_of_one_name_in_two_folders_are_refused(tmp_path: Path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("蓝湾高新区举行签约仪式。\n", encoding="utf-8")
    with pytest.raises(InputError, match="two articles have the name 'x'"):
        find_articles([tmp_path / "a", tmp_path / "b"])
    assert find_articles([tmp_path / "a", tmp_path / "a" / "x.txt"]) == [tmp_path / "a" / "x.txt"]  # one file twice


def test_a_table_of_projects_copied_with_tabs_becomes_one_record_per_row():
    text = ("序号\t项目名称\t投资主体\t总投资（亿元）\n1\t青海智慧家电产业园项目\t青尔集团公司\t50\n"
            "2\t青尔MEMS传感器项目\t青尔股份有限公司\t32\n以上项目均于6月28日集中签约。\n")
    assert normalize(text) == ("青海智慧家电产业园项目\n投资主体：青尔集团公司\n总投资：50亿元\n\n\n"
                               "青尔MEMS传感器项目\n投资主体：青尔股份有限公司\n总投资：32亿元\n\n以上项目均于6月28日集中签约。\n")


def test_a_run_of_text_without_sentence_ends_is_cut_into_sentences_of_bounded_length():
    """A page without 。 (a flattened table): cut after its last ，；、 before the limit, offsets kept."""
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article
    from kg.segmenter import MAX_SENTENCE, split_sentences

    text = "，".join(f"青{i}科技有限公司投资{i + 1}亿元建设青{i}新材料项目" for i in range(300)) + "。\n"
    article = Article("t", "t", text, "t.txt", PartialDate(2023))
    sentences = split_sentences(article)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(s.text == text[s.start:s.end] and s.text.endswith(("，", "。")) for s in sentences)
    assert "".join(s.text for s in sentences) == text.strip()
    g = extract_article(article)
    operated = {(r.subject, r.object) for r in g.relations if r.predicate == "operatedBy"}
    assert len(operated) == 300  # every clause's firm builds its project, across the cuts
    unbroken = "青川经济开发区青川集团有限公司投资建设青川新材料产业园项目总投资50亿元" * 60  # no mark at all
    assert [len(s.text) for s in split_sentences(Article("u", "u", unbroken, "u.txt", None))] == [1000, 1000, 160]
