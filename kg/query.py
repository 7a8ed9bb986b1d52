"""SPARQL over the exported graph: the query library, prefixes, engines and result formats.

The default engine is pyoxigraph (fast, standard-conformant); rdflib is kept as a
second engine (``--engine rdflib``) and for comparison. Only pyoxigraph is
imported on the default path, so ``kg query`` starts fast.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from .errors import KgError, QueryError

PREFIXES = {
    "kg": "https://w3id.org/cnkg/ontology#", "kgid": "https://w3id.org/cnkg/id/",
    "kgdoc": "https://w3id.org/cnkg/doc/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/", "dcterms": "http://purl.org/dc/terms/", "org": "http://www.w3.org/ns/org#",
}
FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class LibraryQuery:
    name: str
    description: str
    text: str


def library() -> dict[str, LibraryQuery]:
    """The named queries shipped in kg/queries/*.rq (first comment line = description)."""
    out = {}
    for entry in sorted(files("kg").joinpath("queries").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else ""
            out[entry.name[:-3]] = LibraryQuery(entry.name[:-3], first, text)
    return out


def resolve_query(query: str) -> str:
    """QUERY as given: a library name, a .rq file, or SPARQL text."""
    lib = library()
    if query in lib:
        return lib[query].text
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 300 and "\n" not in query and _is_file(path)):
        if not _is_file(path):
            raise KgError(f"no such query file: {query}")
        return path.read_text(encoding="utf-8")
    if re.fullmatch(r"[\w-]+", query):
        known = ", ".join(lib)
        raise KgError(f"unknown query name {query!r}; known queries: {known}")
    return query


def _is_file(path: Path) -> bool:
    """An existing file; False for text no file could be named (longer than the system allows)."""
    try:
        return path.is_file()
    except OSError:
        return False


def with_prefixes(text: str) -> str:
    """Prepend the project's PREFIX declarations the query does not make itself."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", text, re.I)}
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p.lower() not in declared)
    return head + text


def bind_values(text: str, bindings: dict[str, str] | None) -> str:
    """Bind variables by a VALUES block at the start of the query's WHERE group (any engine, any query form)."""
    if not bindings:
        return text
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise KgError(f"not a variable name: {name!r}")
    m = re.search(r"\bWHERE\s*\{", text, re.I) or re.search(r"\{", text)
    if not m:
        raise QueryError("cannot bind variables: the query has no WHERE block")
    values = " ".join(f"VALUES ?{k} {{ {_sparql_term(v)} }}" for k, v in bindings.items())
    return text[:m.end()] + f" {values} " + text[m.end():]


def _sparql_term(value: str) -> str:
    if re.fullmatch(r"<[^<>\s]*>", value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def prefix_lines() -> int:
    return len(PREFIXES)


@dataclass
class Result:
    """A query's answer in a form every engine can give."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str]
    rows: list[list[tuple[str, str, str]]]  # per cell: (kind: uri/literal/bnode/"", value, datatype-or-lang)
    boolean: bool | None = None
    graph_text: str = ""


def run_oxigraph(text: str, data: list[Path], bindings: dict[str, str] | None = None) -> Result:
    import pyoxigraph as ox

    from .store import load_store

    store = load_store(data)
    try:
        answer = store.query(with_prefixes(bind_values(text, bindings)))
    except SyntaxError as err:
        raise QueryError(_syntax_message(str(err))) from err
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", [], [], bool(answer))
    if isinstance(answer, ox.QueryTriples):
        out = io.BytesIO()
        g = ox.Store()
        g.extend([ox.Quad(t.subject, t.predicate, t.object) for t in answer])
        g.dump(out, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
               prefixes={k: v for k, v in PREFIXES.items()})
        return Result("graph", [], [], graph_text=out.getvalue().decode("utf-8"))
    variables = [v.value for v in answer.variables]
    rows = [[_ox_cell(sol[v]) for v in answer.variables] for sol in answer]
    return Result("select", variables, rows)


def _ox_cell(term) -> tuple[str, str, str]:
    import pyoxigraph as ox

    if term is None:
        return ("", "", "")
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, "")
    extra = term.language or (term.datatype.value if term.datatype else "")
    return ("literal", term.value, extra)


def _syntax_message(message: str) -> str:
    """The parser's message, with line numbers counted in the user's query (our prefixes removed)."""
    def shift(m: re.Match) -> str:
        return f"{m.group(1)}{max(1, int(m.group(2)) - prefix_lines())}"

    return "SPARQL syntax error: " + re.sub(r"(line |\b)(\d+)(?=:\d+|\s*column)", shift, message, count=2)


def run_rdflib(text: str, data: list[Path], bindings: dict[str, str] | None = None) -> Result:
    from rdflib import BNode, Graph, URIRef

    from .store import rdf_format

    g = Graph()
    for path in data:
        if not path.is_file():
            raise KgError(f"no such data file: {path}")
        fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld"}[
            rdf_format(path)]
        g.parse(path, format=fmt)
    try:
        answer = g.query(with_prefixes(bind_values(text, bindings)))
    except Exception as err:  # pyparsing raises its own exception types
        raise QueryError(f"SPARQL syntax error: {err}") from err
    if answer.type == "ASK":
        return Result("ask", [], [], bool(answer.askAnswer))
    if answer.type in ("CONSTRUCT", "DESCRIBE"):
        return Result("graph", [], [], graph_text=answer.graph.serialize(format="turtle"))

    def cell(t):
        if t is None:
            return ("", "", "")
        if isinstance(t, URIRef):
            return ("uri", str(t), "")
        if isinstance(t, BNode):
            return ("bnode", str(t), "")
        return ("literal", str(t), t.language or (str(t.datatype) if t.datatype else ""))

    variables = [str(v) for v in answer.vars]
    return Result("select", variables, [[cell(row[v]) for v in answer.vars] for row in answer])


def run_query(query: str, data: list[Path], engine: str = "oxigraph",
              bindings: dict[str, str] | None = None) -> Result:
    text = resolve_query(query)
    return (run_rdflib if engine == "rdflib" else run_oxigraph)(text, data, bindings)


# --- output -------------------------------------------------------------------------------

def render(result: Result, fmt: str) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") if fmt != "json" else json.dumps(
            {"head": {}, "boolean": result.boolean})
    if result.kind == "graph":
        return result.graph_text
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


def _short(value: str) -> str:
    for prefix, iri in PREFIXES.items():
        if value.startswith(iri):
            return f"{prefix}:{value[len(iri):]}"
    return value


def width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(result: Result) -> str:
    cells = [[_short(v) if k == "uri" else v for k, v, _ in row] for row in result.rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(result.variables)]

    def line(values):
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.variables), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def _csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow([("_:" + v) if k == "bnode" else v for k, v, _ in row])
    return buf.getvalue().rstrip("\r\n")


def _tsv_term(cell: tuple[str, str, str]) -> str:
    kind, value, extra = cell
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    if kind == "literal":
        esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        if extra.startswith("http"):
            if extra == "http://www.w3.org/2001/XMLSchema#string":
                return f'"{esc}"'
            return f'"{esc}"^^<{extra}>'
        return f'"{esc}"@{extra}' if extra else f'"{esc}"'
    return ""


def _tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV: terms in Turtle syntax."""
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join(_tsv_term(c) for c in row) for row in result.rows]
    return "\n".join(lines)


def _json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = []
    for row in result.rows:
        b = {}
        for var, (kind, value, extra) in zip(result.variables, row):
            if not kind:
                continue
            term: dict = {"type": kind if kind != "bnode" else "bnode", "value": value}
            if kind == "literal" and extra:
                if extra.startswith("http"):
                    if extra != "http://www.w3.org/2001/XMLSchema#string":
                        term["datatype"] = extra
                else:
                    term["xml:lang"] = extra
            b[var] = term
        bindings.append(b)
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)
