"""Benchmarks that print figures (not tests): ``python -m kg.bench build|html|sparql|corpus``.

- build:  ``kg build`` on the seed, wall time with start-up, median of 5.
- html:   time to a usable page (network drawn, a node clicked) for the seed and a
          generated 2,000-node graph, in headless Chromium.
- sparql: synthetic graphs of the project's shape at 10k/100k/1M triples: parse time,
          peak memory and three library queries, rdflib against pyoxigraph; and
          ``kg query`` wall time on the seed.
- corpus: a generated corpus of articles: articles/s, KB/s and peak memory for 1
          and 2 jobs, an incremental rebuild, and jieba's segmentation speed if
          jieba is installed.
- export: the RDF and GraphML files of a generated corpus of over 1 M triples,
          written five times.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from .model import Entity, KnowledgeGraph, Mention, PartialDate, Relation, Sentence

CLASSES = ["Park", "Company", "Project", "City", "Policy", "Industry", "Person", "Event"]


def _kg_command() -> list[str]:
    exe = Path(sys.executable).with_name("kg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kg.cli"]


def bench_build(runs: int = 5) -> None:
    out = Path(tempfile.mkdtemp())
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(_kg_command() + ["build", "seeds", "--out", str(out), "--no-cache"], check=True,
                       capture_output=True)
        times.append(time.perf_counter() - t)
    print(f"kg build seeds (no cache): median {statistics.median(times):.3f} s over {runs} runs "
          f"(min {min(times):.3f}, max {max(times):.3f})")
    t = time.perf_counter()
    subprocess.run(_kg_command() + ["build", "seeds", "--out", str(out)], check=True, capture_output=True)
    subprocess.run(_kg_command() + ["build", "seeds", "--out", str(out)], check=True, capture_output=True)
    print(f"kg build seeds (cached extraction): {(time.perf_counter() - t) / 2:.3f} s")
    shutil.rmtree(out)


def synthetic_graph(n_entities: int, seed: int = 1) -> KnowledgeGraph:
    """A graph of the project's shape: entities of every class, relations, evidence sentences."""
    from .model import Article

    rng = random.Random(seed)
    article = Article("synthetic", "合成图谱", "", "synthetic.txt", PartialDate(2021))
    sentences = tuple(Sentence("synthetic", i, i * 40, i * 40 + 30, f"第{i}句：园区{i}与企业{i}签约项目{i}。")
                      for i in range(max(1, n_entities // 4)))
    entities = []
    for i in range(n_entities):
        cls = CLASSES[i % len(CLASSES)]
        s = sentences[i % len(sentences)]
        m = Mention("synthetic", s.start, s.start + 4, s.text[:4], cls, s.index)
        entities.append(Entity(f"{cls}:名称{i}", cls, f"{cls}名称{i}号", (f"别名{i}",), (m,)))
    relations = []
    by_cls: dict[str, list[Entity]] = {}
    for e in entities:
        by_cls.setdefault(e.cls, []).append(e)
    for e in entities:
        m = e.mentions
        if e.cls == "Project":
            relations.append(Relation(e.key, "locatedIn", rng.choice(by_cls["Park"]).key, m))
            relations.append(Relation(e.key, "operatedBy", rng.choice(by_cls["Company"]).key, m))
            relations.append(Relation(e.key, "totalInvestment", Decimal(rng.randrange(1, 500)) * 10 ** 8, m, False))
            relations.append(Relation(e.key, "startDate", PartialDate(2021, rng.randrange(1, 13)), m, False))
        elif e.cls == "Company":
            relations.append(Relation(e.key, "locatedIn", rng.choice(by_cls["Park"]).key, m))
        elif e.cls == "Park":
            relations.append(Relation(e.key, "locatedIn", rng.choice(by_cls["City"]).key, m))
            relations.append(Relation(e.key, "focusIndustry", rng.choice(by_cls["Industry"]).key, m))
        elif e.cls == "Policy":
            relations.append(Relation(e.key, "issuedBy", rng.choice(by_cls["Park"]).key, m))
            relations.append(Relation(e.key, "maxFunding", Decimal(rng.randrange(1, 100)) * 10 ** 5, m, False))
        elif e.cls == "Person":
            relations.append(Relation(e.key, "affiliatedWith", rng.choice(by_cls["Company"]).key, m))
            relations.append(Relation(e.key, "jobTitle", "董事长", m, False))
    relations = sorted({(r.subject, r.predicate, str(r.object)): r for r in relations}.values(),
                       key=Relation.sort_key)
    return KnowledgeGraph((article,), sentences, tuple(entities), tuple(relations))


def _page_ready_time(browser, path: Path) -> tuple[float, float]:
    """(seconds until the network is drawn, seconds until a clicked node shows its panel)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    t = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgReady !== undefined", timeout=120000)
    drawn = time.perf_counter() - t
    node = page.evaluate("window.kgData.nodes[0].id")
    page.evaluate("id => window.network.focus(id, {scale: 1.0})", node)
    x, y = page.evaluate("""id => { const p = window.network.canvasToDOM(window.network.getPosition(id));
        const r = document.getElementById('network').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""",
                         node)
    page.mouse.click(x, y)
    page.wait_for_function("document.querySelector('#panel h1') !== null", timeout=120000)
    usable = time.perf_counter() - t
    page.close()
    return drawn, usable


def bench_html() -> None:
    from playwright.sync_api import sync_playwright

    from .html_export import generate_html
    from .network_export import to_networkx

    out = Path(tempfile.mkdtemp())
    subprocess.run(_kg_command() + ["build", "seeds", "--out", str(out / "seed"), "--no-cache"], check=True,
                   capture_output=True)
    big = synthetic_graph(2000)
    t = time.perf_counter()
    html = generate_html(to_networkx(big), "2000 nodes")
    build_s = time.perf_counter() - t
    (out / "big.html").write_text(html, encoding="utf-8")
    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=args)
        for name, path in (("seed", out / "seed" / "kg.html"), ("2,000 nodes", out / "big.html")):
            drawn, usable = _page_ready_time(browser, path)
            print(f"{name:12s} drawn (layout settled, physics off) {drawn:.2f} s; node clicked and shown {usable:.2f} s")
        browser.close()
    print(f"2,000-node page generated in {build_s:.2f} s (networkx layout + pyvis)")
    shutil.rmtree(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["build", "html", "sparql", "corpus", "export"])
    ap.add_argument("--articles", type=int, help="size of the generated corpus (corpus: 2,000; export: 2,200)")
    args = ap.parse_args(argv)
    if args.what == "build":
        bench_build()
    elif args.what == "html":
        bench_html()
    elif args.what == "sparql":
        from .bench_sparql import bench_sparql

        bench_sparql()
    elif args.what == "export":
        from .bench_corpus import bench_export

        bench_export(args.articles or 2200)
    else:
        from .bench_corpus import bench_corpus

        bench_corpus(args.articles or 2000)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
