"""Many articles: merging across articles, conflicting facts, parallel and incremental builds."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace

from kg.bench_corpus import make_corpus, sentence_pool
from kg.cli import main

from .conftest import ARTICLES, SEEDS

KG = Namespace("https://w3id.org/cnkg/ontology#")


def build(*args: str):
    result = CliRunner().invoke(main, ["build", *args])
    assert result.exit_code == 0, result.output
    return result.output


def write(folder: Path, name: str, text: str, year: str = "2022") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.toml").write_text(f'published = "{year}"\n', encoding="utf-8")


def test_entities_merge_across_articles_and_conflicts_are_kept(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write(corpus, "a", "# 甲\n3月1日，总投资20亿元的新型电池项目在常州高新区开工。常州高新区位于常州市。\n")
    write(corpus, "b", "# 乙\n5月9日，总投资25亿元的新型电池项目在常州高新区签约。常州市政府表示支持。\n")
    build(str(corpus), "--out", str(tmp_path / "out"), "--no-cache")
    g = Graph().parse(tmp_path / "out" / "kg.ttl")
    cities = set(g.subjects(KG.adminCode, Literal("320400")))
    assert len(cities) == 1  # 常州市: one node for both articles
    docs = {str(o) for s in g.objects(next(iter(cities)), KG.mentionedIn) for o in g.objects(s, KG.document)}
    assert len(docs) == 2
    project = next(g.subjects(None, Literal("新型电池项目", lang="zh")))
    amounts = sorted(int(float(o)) for o in g.objects(project, KG.totalInvestment))
    assert amounts == [2_000_000_000, 2_500_000_000]  # both kept, not overwritten
    rows = g.query("""PREFIX kg: <https://w3id.org/cnkg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?o ?text WHERE { ?st rdf:predicate kg:totalInvestment ; rdf:object ?o ;
                                    prov:wasDerivedFrom/kg:text ?text }""")
    by_amount = {int(float(o)): str(t) for o, t in rows}
    assert "20亿元" in by_amount[2_000_000_000] and "25亿元" in by_amount[2_500_000_000]


def test_parallel_build_equals_serial(tmp_path: Path):
    pool = sentence_pool([SEEDS, ARTICLES])
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 8, pool)
    build(str(corpus), "--out", str(tmp_path / "one"), "--no-cache", "--jobs", "1")
    build(str(corpus), "--out", str(tmp_path / "two"), "--no-cache", "--jobs", "2")
    for name in ("kg.ttl", "kg.html", "kg.graphml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_incremental_build_extracts_only_the_new_article(tmp_path: Path):
    pool = sentence_pool([SEEDS, ARTICLES])
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 6, pool)
    out = tmp_path / "out"
    assert "6 extracted, 0 cached" in build(str(corpus), "--out", str(out))
    extra = make_corpus(tmp_path / "extra", 1, pool, seed=3)[0]
    shutil.copy(extra, corpus / "new.txt")
    shutil.copy(extra.with_name(extra.stem + ".meta.toml"), corpus / "new.meta.toml")
    assert "1 extracted, 6 cached" in build(str(corpus), "--out", str(out))
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--no-cache")
    for name in ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_changed_article_is_extracted_again(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write(corpus, "a", "# 甲\n总投资20亿元的新型电池项目在常州高新区开工。\n")
    out = tmp_path / "out"
    build(str(corpus), "--out", str(out))
    write(corpus, "a", "# 甲\n总投资30亿元的新型电池项目在常州高新区开工。\n")
    assert "1 extracted, 0 cached" in build(str(corpus), "--out", str(out))
    assert "3000000000" in (out / "kg.ttl").read_text(encoding="utf-8")
