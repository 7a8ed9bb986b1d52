"""Reading articles from disk: decoding, normalizing, refusing what is not an article.

An article is a ``.txt`` file. Its optional sidecar ``<name>.meta.toml`` may give
``published`` (a year or an ISO date) and ``title``.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from .dates import parse_published
from .errors import InputError
from .model import Article, PartialDate, source_path

ARTICLE_SUFFIX = ".txt"
META_SUFFIX = ".meta.toml"

#: Full-width punctuation kept as it is: Chinese text uses these forms.
_KEEP_FULLWIDTH = set("，！？；：（）～")
_TERMINAL = tuple("。！？!?…”’」』)）：:；;")
_HTML = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b)", re.I)
_TAG = re.compile(r"</?(p|div|span|br|a|script|table|td|tr|img|meta|li|ul)\b[^>]*>", re.I)
_CJK = re.compile(r"[\u3400-\u9fff]")
#: this many HTML tags make a file a web page rather than article text that quotes a tag
_HTML_TAGS = 10
#: A line this long that ends without punctuation was broken by copy and paste.
_BROKEN_LINE = 20


def find_articles(paths: list[Path]) -> list[Path]:
    """The article files named by paths (files, or folders of ``*.txt``), sorted."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_dir():
            found.extend(sorted(p for p in path.glob(f"*{ARTICLE_SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    if not found:
        raise InputError(f"no article files (*{ARTICLE_SUFFIX}) in: {', '.join(map(str, paths))}")
    found = sorted(dict.fromkeys(found))
    by_name: dict[str, Path] = {}
    for path in found:  # an article's id (its document's IRI) is its file's name
        other = by_name.setdefault(path.stem, path)
        if other.resolve() != path.resolve():
            raise InputError(f"two articles have the name {path.stem!r} ({other}, {path}): "
                             "an article is known by its file's name; rename one")
    return found


def read_article(path: Path, published: PartialDate | None = None) -> Article:
    """Read one article; ``published`` overrides the sidecar's date."""
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    raw = path.read_bytes()
    text = normalize(decode(raw, path))
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    if _HTML.match(text) or len(_TAG.findall(text)) >= _HTML_TAGS:
        raise InputError(f"{path}: this is an HTML page, not article text; save the article's text as .txt")
    if len(_CJK.findall(text)) < 2:
        raise InputError(f"{path}: no Chinese text found")
    meta = read_meta(path)
    date = published or (parse_published(str(meta["published"])) if "published" in meta else None)
    title = str(meta.get("title") or first_line(text))
    return Article(id=path.stem, title=title, text=text, source=source_path(path), published=date)


def read_meta(path: Path) -> dict:
    """The sidecar metadata of an article, or an empty dict."""
    meta = path.with_name(path.stem + META_SUFFIX)
    if not meta.is_file():
        return {}
    try:
        return tomllib.loads(meta.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{meta}: bad metadata file: {err}") from err


def decode(raw: bytes, path: Path) -> str:
    """Bytes → text: UTF-8 first, then the Chinese encodings charset-normalizer detects."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: not valid UTF-16 text") from err
    if b"\x00" in raw or _looks_binary(raw):
        raise InputError(f"{path}: this is a binary file, not article text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["gb18030", "gbk", "gb2312", "big5", "hz"]).best()
    if best is not None:
        try:
            return raw.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    for encoding in ("gb18030", "big5"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not valid text in UTF-8 or a Chinese encoding (GB18030, GBK, Big5)")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


#: full-width letters, digits and marks (but those kept) → their NFKC form; ideographic and no-break spaces → " "
_TO_ASCII = {**{c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)
                if chr(c) not in _KEEP_FULLWIDTH}, 0x3000: " ", 0xA0: " "}


def normalize(text: str) -> str:
    """Full-width letters and digits → ASCII (NFKC), one newline style, broken lines joined."""
    lines = text.translate(_TO_ASCII).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = _chinese_punctuation("\n".join(_tables_as_records(lines)))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(_join_broken(lines)).strip("\n") + "\n"


#: a table's column of names: 项目名称, 名称, 项目
_NAME_COLUMN = re.compile(r"(?:项目)?名称|项目")
#: a column of numbers with its unit in brackets: 总投资（亿元）, 投资额(万元)
_UNIT_COLUMN = re.compile(r"(?P<label>[^（(]+)[（(](?P<unit>[^）)]+)[）)]")
#: columns of a table of projects by the name of the field the extractor reads (投资主体：X有限公司)
_COLUMN_FIELDS = {"企业名称": "投资主体", "签约企业": "投资主体", "投资方": "投资主体", "投资企业": "投资主体",
                  "项目单位": "建设单位", "计划投资": "计划总投资", "投资额": "总投资", "投资金额": "总投资"}


def _tables_as_records(lines: list[str]) -> list[str]:
    """A table of projects copied as tab-separated lines (项目名称	投资主体	总投资（亿元）) → each row as the
    record the extractor reads: its name on a line, then a line per field (投资主体：X有限公司 / 总投资：50亿元);
    the number column (序号) dropped. Other lines are left as they are."""
    out: list[str] = []
    header: list[str] | None = None
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            header = None
            out.append(line)
        elif header is None and not any(c.isdigit() for c in "".join(cells)) \
                and any(_NAME_COLUMN.fullmatch(c) for c in cells):
            header = cells
        elif header is not None and len(cells) == len(header):
            out += _row_record(header, cells)
        else:
            out.append(line)
    return out


def _row_record(header: list[str], cells: list[str]) -> list[str]:
    name = next(c for h, c in zip(header, cells) if _NAME_COLUMN.fullmatch(h))
    fields = []
    for h, c in zip(header, cells):
        if _NAME_COLUMN.fullmatch(h) or h in ("序号", "编号") or not c:
            continue
        unit = _UNIT_COLUMN.fullmatch(h)
        label = unit.group("label") if unit else h
        value = c + unit.group("unit") if unit and re.fullmatch(r"[0-9.]+", c) else c
        fields.append(f"{_COLUMN_FIELDS.get(label, label)}：{value}")
    return ["", name, *fields, ""]


_CJK_CHAR = "\u3400-\u9fff"
#: ASCII punctuation written in Chinese text (copied from web pages), by the Chinese mark it stands for:
#: next to a Chinese character, not between digits (1,000; 10:30; 60.5亿元 stay)
_HALF_WIDTH = [
    (re.compile(rf"(?<=[{_CJK_CHAR}]),|,(?=[{_CJK_CHAR}])"), "，"),
    (re.compile(rf"(?<=[{_CJK_CHAR}%）)]);|;(?=[{_CJK_CHAR}])"), "；"),
    (re.compile(rf"(?<=[{_CJK_CHAR}]):|:(?=[{_CJK_CHAR}])"), "："),
    (re.compile(rf"\((?=[^()\n]*[{_CJK_CHAR}][^()\n]*\))([^()\n]*)\)"), r"（\1）"),
    (re.compile(rf"(?<=[{_CJK_CHAR}%）”])\.(?=\s|$|[{_CJK_CHAR}“])", re.M), "。"),
    (re.compile(rf"(?<=[{_CJK_CHAR}])!"), "！"),
    (re.compile(rf"(?<=[{_CJK_CHAR}])\?"), "？"),
    # spaces between a number and its Chinese word, or after a Chinese mark: 2023 年 5 月, 总投资 50 亿元, 日， 总
    # (not a dateline's: 本报5月17日讯 5月16日)
    (re.compile(rf"(?<=[0-9%])[ \t]+(?=[{_CJK_CHAR}])|(?<=[{_CJK_CHAR}])(?<!讯)[ \t]+(?=[0-9])|(?<=[，。；：、])[ \t]+"), ""),
]


def _chinese_punctuation(text: str) -> str:
    """Half-width commas, semicolons, colons, brackets and full stops of Chinese sentences in their
    Chinese form, which the extractor reads (项目,总投资 → 项目，总投资)."""
    for pattern, mark in _HALF_WIDTH:
        text = pattern.sub(mark, text)
    return text


#: a line of a listing, a field and its value (投资主体：X有限公司): whole, however it ends
_RECORD = re.compile(r"[\u3400-\u9fff]{2,6}[：:]")
#: a line opening an item of a document or a list (第一条, 一、, （一）, ▲): never the rest of the line before
_ITEM_OPENING = re.compile(r"第[一二三四五六七八九十百0-9]+条|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
                           r"|[▲●■◆★•]")


def _join_broken(lines: list[str]) -> list[str]:
    """Join a long line that stops mid-sentence with the next non-empty line (not a field's line or one
    before a field's line, nor the first line: an article's title ends without a full stop)."""
    out: list[str] = []
    pending = ""
    for line in lines:
        if pending:
            if not line.strip():
                continue
            if _RECORD.match(line.strip()) or _ITEM_OPENING.match(line.strip()):
                out.append(pending)  # a field's line after a heading (一、X项目 / 投资主体：Y), a policy's title before
                # its first item (…若干政策 / 第一条 …)
            else:
                line = pending + line.lstrip()
            pending = ""
        stripped = line.strip()
        if len(stripped) >= _BROKEN_LINE and not stripped.endswith(_TERMINAL) and not stripped.startswith("#") \
                and not _RECORD.match(stripped) and any(o.strip() for o in out):
            pending = line
            continue
        out.append(line)
    if pending:
        out.append(pending)
    return out


def first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line
    return ""
