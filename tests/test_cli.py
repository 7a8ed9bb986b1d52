"""The command line: kg build end to end, determinism, bad input, atomic output."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef

from kg.cli import main

from .conftest import ROOT, SEED, SEEDS

KG = "https://w3id.org/cnkg/ontology#"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_build_seed_end_to_end(seed_build: Path):
    for name in ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html"):
        assert (seed_build / name).stat().st_size > 1000, name
    g = Graph().parse(seed_build / "kg.ttl", format="turtle")
    classes = {str(o).removeprefix(KG) for o in g.objects(None, RDF.type)}
    assert {"Park", "City", "Company", "Project", "Policy", "Industry", "Person", "Event",
            "GovernmentBody", "Indicator", "Document", "Sentence"} <= classes


def test_committed_output_is_what_the_seed_builds_into_now(tmp_path: Path, monkeypatch):
    """output/ holds what `kg build` makes of the seed with this code: readers open it without building."""
    monkeypatch.chdir(ROOT)
    result = run("build", "seeds", "--out", str(tmp_path), "--no-cache")
    assert result.exit_code == 0, result.output
    for name in ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html"):
        assert (tmp_path / name).read_bytes() == (ROOT / "output" / name).read_bytes(), f"output/{name} is stale"


def test_build_prints_summary(tmp_path: Path):
    result = run("build", str(SEEDS), "--out", str(tmp_path), "--no-cache")
    assert result.exit_code == 0
    assert "articles: 1" in result.output and "entities:" in result.output and "relations:" in result.output
    assert "Park" in result.output and " s" in result.output.splitlines()[-1]


def test_build_is_deterministic(tmp_path: Path):
    """Two builds in separate processes (different hash seeds) give byte-identical files."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(out), "--no-cache"],
                       check=True, capture_output=True, env=env, cwd=SEEDS.parent)
        outs.append(out)
    for name in ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_gb18030_copy_builds_the_same_graph(tmp_path: Path):
    utf8, gbk = tmp_path / "utf8", tmp_path / "gbk"
    for folder in (utf8, gbk):
        folder.mkdir()
        shutil.copy(SEED.with_name(SEED.stem + ".meta.toml"), folder)
    shutil.copy(SEED, utf8)
    (gbk / SEED.name).write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    for folder in (utf8, gbk):
        assert run("build", str(folder), "--out", str(folder / "out"), "--no-cache").exit_code == 0
    a = Graph().parse(utf8 / "out" / "kg.ttl")
    b = Graph().parse(gbk / "out" / "kg.ttl")
    drop = URIRef("http://purl.org/dc/terms/source")
    assert {t for t in a if t[1] != drop} == {t for t in b if t[1] != drop}


BAD_INPUTS = [
    ("missing", None, "no such file"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n   \n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 30, "binary"),
    ("latin.txt", bytes(range(160, 256)) * 10, "not valid text"),
    ("page.txt", "<!DOCTYPE html><html><body><p>园区新闻</p></body></html>".encode(), "HTML"),
]


@pytest.mark.parametrize("name,data,message", BAD_INPUTS)
def test_bad_input_one_line_exit_1_old_output_kept(tmp_path: Path, seed_build: Path, name, data, message):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out)
    before = (out / "kg.ttl").read_bytes()
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(path), "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert (out / "kg.ttl").read_bytes() == before


def test_bad_published_date(tmp_path: Path):
    result = run("build", str(SEEDS), "--out", str(tmp_path), "--published", "June")
    assert result.exit_code == 1 and "not a year or an ISO date" in result.output


def test_one_bad_file_among_many_is_skipped(tmp_path: Path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "broken.txt").write_bytes(b"")
    result = run("build", str(folder), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.exit_code == 3
    assert "skipped" in result.output and "broken.txt" in result.output
    assert (tmp_path / "out" / "kg.ttl").is_file()


def test_published_option_overrides_sidecar(tmp_path: Path):
    assert run("build", str(SEED), "--out", str(tmp_path), "--published", "2022", "--no-cache").exit_code == 0
    assert '"2022"^^xsd:gYear' in (tmp_path / "kg.ttl").read_text(encoding="utf-8")


def test_report(seed_build: Path):
    result = run("report", str(seed_build / "kg.ttl"))
    assert result.exit_code == 0
    assert "1 document(s)" in result.output and "Park" in result.output and "provenance:" in result.output


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in result.output and len(result.output) > 200, name


def test_build_refuses_a_graph_that_breaks_the_shapes(tmp_path: Path, seed_build: Path, monkeypatch):
    """A non-conforming graph is our bug: say so, write nothing, keep the old files."""
    import kg.validate

    out = tmp_path / "out"
    shutil.copytree(seed_build, out)
    before = (out / "kg.ttl").read_bytes()
    monkeypatch.setattr(kg.validate, "validate_graph", lambda g: (False, "Message: broken on purpose"))
    result = run("build", str(SEEDS), "--out", str(out), "--no-cache")
    assert result.exit_code == 1
    assert "bug in kg" in result.output and "broken on purpose" in result.output
    assert (out / "kg.ttl").read_bytes() == before
