"""``python -m kg.bench sparql``: rdflib against pyoxigraph (kg query's engine) on synthetic graphs.

For 10k, 100k and 1M triples of the project's shape (entities with Chinese and
pinyin labels, relations, rdf:Statement provenance, sentences) it prints parse
time, peak memory and the time of three library queries per engine, each engine
in its own process; then ``kg query`` wall time on the seed.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KG = "https://w3id.org/cnkg/ontology#"
ID = "https://w3id.org/cnkg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
QUERIES = ("projects-by-investment", "people", "starts-by-month")


def write_synthetic(path: Path, triples: int, seed: int = 1) -> int:
    """N-Triples of the project's shape with about ``triples`` triples; returns the count written."""
    rng = random.Random(seed)
    lines: list[str] = []
    add = lines.append
    n_groups = max(1, triples // 43)
    for g in range(n_groups):
        park, city, company = f"<{ID}park/p{g}>", f"<{ID}city/c{g % 300}>", f"<{ID}company/co{g}>"
        sent = f"<https://w3id.org/cnkg/doc/d{g // 50}/s{g % 50}>"
        add(f'{sent} <{KG}text> "第{g}句：园区{g}与企业{g}签约。"@zh .')
        add(f'{sent} <{RDF}type> <{KG}Sentence> .')
        for node, cls, name in ((park, "Park", f"园区{g}号"), (city, "City", f"城市{g % 300}"),
                                (company, "Company", f"企业{g}号")):
            add(f"{node} <{RDF}type> <{KG}{cls}> .")
            add(f'{node} <{RDFS}label> "{name}"@zh .')
            add(f'{node} <{RDFS}label> "{name} pinyin"@zh-Latn-pinyin .')
            add(f"{node} <{KG}mentionedIn> {sent} .")
        add(f"{park} <{KG}locatedIn> {city} .")
        add(f"{company} <{KG}locatedIn> {park} .")
        for j in range(2):
            proj = f"<{ID}project/pr{g}-{j}>"
            add(f"{proj} <{RDF}type> <{KG}Project> .")
            add(f'{proj} <{RDFS}label> "项目{g}-{j}"@zh .')
            add(f"{proj} <{KG}locatedIn> {park} .")
            add(f"{proj} <{KG}operatedBy> {company} .")
            add(f'{proj} <{KG}totalInvestment> "{rng.randrange(1, 900)}00000000.0"^^<{XSD}decimal> .')
            add(f'{proj} <{KG}startDate> "202{rng.randrange(0, 4)}-{rng.randrange(1, 13):02d}"^^<{XSD}gYearMonth> .')
            for p, o in ((f"<{KG}locatedIn>", park), (f"<{KG}operatedBy>", company)):
                st = f"<{ID}statement/s{g}-{j}-{p[-8:-1]}>"
                add(f"{st} <{RDF}type> <{RDF}Statement> .")
                add(f"{st} <{RDF}subject> {proj} .")
                add(f"{st} <{RDF}predicate> {p} .")
                add(f"{st} <{RDF}object> {o} .")
                add(f"{st} <http://www.w3.org/ns/prov#wasDerivedFrom> {sent} .")
        person = f"<{ID}person/pe{g}>"
        add(f"{person} <{RDF}type> <{KG}Person> .")
        add(f'{person} <{RDFS}label> "人物{g}"@zh .')
        add(f'{person} <{KG}jobTitle> "董事长"@zh .')
        add(f"{person} <{KG}affiliatedWith> {company} .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


_WORKER = r"""
import json, resource, sys, time
from pathlib import Path
engine, data, names = sys.argv[1], Path(sys.argv[2]), sys.argv[3].split(",")
from kg.query import library, with_prefixes
lib = library()
t = time.perf_counter()
if engine == "rdflib":
    from rdflib import Graph
    g = Graph(); g.parse(data, format="nt")
    run = lambda q: len(list(g.query(with_prefixes(q))))
elif engine == "pyoxigraph":
    import pyoxigraph as ox
    g = ox.Store(); g.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
    run = lambda q: len(list(g.query(with_prefixes(q))))
else:  # kg: the code path of `kg query`
    from kg.query import run_query
    from kg.store import load_store
    g = load_store([data])
    run = lambda q: len(list(g.query(with_prefixes(q))))
parse = time.perf_counter() - t
times = {}
for n in names:
    t = time.perf_counter(); rows = run(lib[n].text); times[n] = (time.perf_counter() - t, rows)
print(json.dumps({"parse": parse, "queries": times,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _measure(engine: str, data: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", _WORKER, engine, str(data), ",".join(QUERIES)],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_sparql(sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)) -> None:
    folder = Path(tempfile.mkdtemp())
    for size in sizes:
        data = folder / f"g{size}.nt"
        count = write_synthetic(data, size)
        print(f"\n{count:,} triples ({data.stat().st_size / 1e6:.1f} MB N-Triples)")
        results = {}
        for engine in ("pyoxigraph", "kg", "rdflib"):
            r = _measure(engine, data)
            results[engine] = r
            total = r["parse"] + sum(t for t, _ in r["queries"].values())
            qs = "  ".join(f"{n} {t:.3f}s" for n, (t, _) in r["queries"].items())
            print(f"  {engine:10s} parse {r['parse']:.2f}s  {qs}  total {total:.2f}s  peak {r['peak_mb']:.0f} MB")
        tot = {e: r["parse"] + sum(t for t, _ in r["queries"].values()) for e, r in results.items()}
        print(f"  kg / pyoxigraph: {tot['kg'] / tot['pyoxigraph']:.2f}x   rdflib / kg: {tot['rdflib'] / tot['kg']:.1f}x")
        data.unlink()
    seed = Path("output/kg.ttl")
    if seed.is_file():
        from .bench import _kg_command

        times = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(_kg_command() + ["query", "policies", "--data", str(seed)], check=True,
                           capture_output=True)
            times.append(time.perf_counter() - t)
        times.sort()
        print(f"\nkg query policies on the seed: median {times[2]:.3f} s wall (start-up included)")

