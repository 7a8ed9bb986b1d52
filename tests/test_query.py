"""kg query: the query library's answers on the seed, engine parity, formats and errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import library, render, run_query, width


def rows(seed_build: Path, name: str, **bind) -> list[tuple[str, ...]]:
    result = run_query(name, [seed_build / "kg.ttl"], bindings={k: str(v) for k, v in bind.items()})
    return [tuple(v for _, v, _ in row) for row in result.rows]


def test_library_has_at_least_12_described_queries():
    lib = library()
    assert len(lib) >= 12
    assert all(q.description for q in lib.values())


EXACT = {
    "projects-by-investment": [
        ("柔性折叠屏玻璃基板项目", "6000000000", "苏锡通科技产业园区"),
        ("韩国柔性屏", "6000000000", "苏锡通科技产业园区"),
        ("功率芯片", "5000000000", "苏锡通科技产业园区"),
        ("环保智能装备", "3000000000", "苏锡通科技产业园区"),
        ("中创铝业项目", "1000000000", "苏锡通科技产业园区"),
    ],
    "merged-from": [("苏锡通科技产业园区", "苏通科技产业园", "2020-03"), ("苏锡通科技产业园区", "锡通园区", "2020-03")],
    "focus-industries": [("苏锡通科技产业园区", "智能装备产业"), ("苏锡通科技产业园区", "生命健康产业"),
                         ("苏锡通科技产业园区", "电子信息产业")],
    "companies-in-zone": [("苏锡通科技产业园区", "捷捷微电"), ("苏锡通科技产业园区", "神马电力"),
                          ("苏锡通科技产业园区", "通富微电")],
    "people": [("吴霄云", "", ""), ("尹迪", "", ""), ("王凯", "园区党委书记", "苏锡通科技产业园区"),
               ("虞越嵩", "园区党委副书记、管委会主任", "苏锡通科技产业园区")],
}


@pytest.mark.parametrize("name", sorted(EXACT))
def test_exact_answers(seed_build: Path, name: str):
    assert rows(seed_build, name) == EXACT[name]


def test_developers(seed_build: Path):
    got = set(rows(seed_build, "developers"))
    assert {("苏锡通科技产业园区", g, "GovernmentBody") for g in ("江苏省政府", "新加坡政府", "中国政府", "奥地利政府")} <= got
    assert {("苏锡通科技产业园区", c, "City") for c in ("南通市", "苏州", "无锡")} <= got
    assert {("中奥苏通生态园", g, "GovernmentBody") for g in ("中国政府", "奥地利政府")} <= got  # 中奥: China–Austria
    assert len(got) == 9


def test_policies(seed_build: Path):
    got = {r[0]: r[1:] for r in rows(seed_build, "policies")}
    assert got["13条科技新政"] == ("苏锡通科技产业园区", "2021-06-11", "", "10000000")  # (no date it takes effect)
    for slogan in ("一企一策", "两主一新", "一区多园", "项目为王"):
        assert got[slogan][0] == "苏锡通科技产业园区"


def test_starts_by_month(seed_build: Path):
    june = rows(seed_build, "starts-by-month", month="2021-06")
    assert len(june) == 1
    month, count, total, names = june[0]
    assert (month, count, Decimal(total)) == ("2021-06", "2", Decimal(7_000_000_000))
    assert set(names.split(" | ")) == {"柔性折叠屏玻璃基板项目", "中创铝业项目"}


def test_milestones(seed_build: Path):
    got = rows(seed_build, "milestones")
    assert ("柔性折叠屏玻璃基板项目", "", "2021-06-29", "") in got
    assert ("韩国柔性屏", "2020", "", "") in got
    assert all(any(r[1:]) for r in got)  # only projects with a date


def test_indicators(seed_build: Path):
    got = {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows(seed_build, "indicators")}
    assert got[("苏锡通科技产业园区", "规上工业总产值同比增长")] == ("48.4", "%", "2021年上半年")
    assert got[("苏锡通科技产业园区", "新认定高新技术企业")] == ("19", "家", "2020")
    assert got[("电子信息产业", "总产值同比增长")] == ("74", "%", "2020")


def test_sources(seed_build: Path):
    got = rows(seed_build, "sources")
    hits = [r for r in got if r[:3] == ("13条科技新政", "maxFunding", "10000000")]
    assert hits and "最高资助达1000万元" in hits[0][3]
    assert all(r[3] for r in got)


def test_within(seed_build: Path):
    got = set(rows(seed_build, "within"))
    assert ("苏锡通科技产业园区", "通富微电", "Company") in got
    assert ("江苏省", "南通市", "City") in got
    assert ("苏州自贸区", "苏州自贸区苏锡通联动创新区", "Zone") in got


def test_search_by_pinyin_and_chinese(seed_build: Path):
    by_pinyin = {r[1] for r in rows(seed_build, "search", q="suxitong")}
    assert "苏锡通科技产业园区" in by_pinyin
    assert {r[1] for r in rows(seed_build, "search", q="微电")} == {"通富微电", "捷捷微电", "通富微电三期"}


def test_events_and_partners(seed_build: Path):
    events = rows(seed_build, "events")
    assert ("集中签约活动", "", "2021-06", "20000000000", "苏锡通科技产业园区") in events
    partners = set(rows(seed_build, "partners"))
    assert {("苏锡通科技产业园区", p) for p in ("苏南", "上海", "苏州", "无锡", "常州")} <= partners


def _normal(value: str) -> str:
    try:
        return str(Decimal(value).normalize())
    except (InvalidOperation, ValueError):
        return " | ".join(sorted(value.split(" | ")))  # GROUP_CONCAT's order is not defined


@pytest.mark.parametrize("name", sorted(library()))
def test_oxigraph_equals_rdflib(seed_build: Path, name: str):
    data = [seed_build / "kg.ttl"]
    a = run_query(name, data, "oxigraph")
    b = run_query(name, data, "rdflib")
    assert a.variables == b.variables
    norm = lambda r: sorted(tuple(_normal(v) for _, v, _ in row) for row in r.rows)  # noqa: E731
    assert norm(a) == norm(b)


def test_formats(seed_build: Path):
    result = run_query("projects-by-investment", [seed_build / "kg.ttl"])
    doc = json.loads(render(result, "json"))
    assert doc["head"]["vars"] == ["project", "investment", "zone"]
    first = doc["results"]["bindings"][0]
    assert first["project"] == {"type": "literal", "value": "柔性折叠屏玻璃基板项目", "xml:lang": "zh"}
    assert first["investment"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    table = list(csv.reader(io.StringIO(render(result, "csv"))))
    assert table[0] == ["project", "investment", "zone"] and table[1][0] == "柔性折叠屏玻璃基板项目"
    tsv = render(result, "tsv").splitlines()
    assert tsv[0] == "?project\t?investment\t?zone"
    assert tsv[1].startswith('"柔性折叠屏玻璃基板项目"@zh\t"6000000000"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    lines = render(result, "table").splitlines()
    header, row = lines[0], lines[2]  # the second column starts at the same display column
    assert width(header[:header.index("investment")]) == width(row[:row.index("6000000000")])


def test_ask_and_construct(seed_build: Path):
    data = ["--data", str(seed_build / "kg.ttl")]
    r = CliRunner().invoke(main, ["query", "ASK { ?p a kg:Park }", *data])
    assert r.exit_code == 0 and r.output.strip() == "true"
    r = CliRunner().invoke(main, ["query", "CONSTRUCT { ?p a kg:Policy } WHERE { ?p a kg:Policy }", *data])
    assert r.exit_code == 0 and "kg:Policy" in r.output


def test_a_long_one_line_query_is_no_file_name(seed_build: Path):
    query = ('SELECT ?label (COUNT(DISTINCT ?e) AS ?n) (GROUP_CONCAT(DISTINCT STR(?c); separator=",") AS ?classes) '
             'WHERE { ?e rdfs:label ?label ; a ?c . FILTER(lang(?label) = "zh") FILTER(STRSTARTS(STR(?c), STR(kg:))) } '
             'GROUP BY ?label HAVING (COUNT(DISTINCT ?e) > 0) ORDER BY ?label')
    assert 255 < len(query.encode()) and len(query) < 300
    r = CliRunner().invoke(main, ["query", query, "--data", str(seed_build / "kg.ttl")])
    assert r.exit_code == 0, r.output
    assert "苏锡通科技产业园区" in r.output


def test_errors(seed_build: Path, tmp_path: Path):
    data = ["--data", str(seed_build / "kg.ttl")]
    r = CliRunner().invoke(main, ["query", "SELECT ?x WHERE { ?x a kg:Park", *data])
    assert r.exit_code == 2 and "syntax error" in r.output and "1:" in r.output
    r = CliRunner().invoke(main, ["query", "policies", "--data", str(tmp_path / "none.ttl")])
    assert r.exit_code == 1 and "none.ttl" in r.output
    r = CliRunner().invoke(main, ["query", "no-such-query", *data])
    assert r.exit_code == 1 and "projects-by-investment" in r.output


def test_list():
    r = CliRunner().invoke(main, ["query", "--list"])
    assert r.exit_code == 0 and "starts-by-month" in r.output


def test_query_file_and_other_formats(seed_build: Path, tmp_path: Path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Project }", encoding="utf-8")
    counts = set()
    for name in ("kg.ttl", "kg.nt", "kg.jsonld"):
        r = CliRunner().invoke(main, ["query", str(rq), "--data", str(seed_build / name), "--format", "csv"])
        assert r.exit_code == 0, r.output
        counts.add(r.output.split()[-1])
    assert len(counts) == 1 and int(counts.pop()) >= 10


def test_query_path_does_not_import_rdflib(seed_build: Path):
    code = ("import sys; from kg.cli import main; sys.argv=['kg','query','policies','--data',%r];\n"
            "try: main()\nexcept SystemExit: pass\nassert 'rdflib' not in sys.modules, 'rdflib imported'" %
            str(seed_build / "kg.ttl"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
