"""Talking to SPARQL servers: load an export through the SPARQL 1.1 Graph Store HTTP Protocol
(``kg push``) and ask a SPARQL 1.1 endpoint (``kg query --endpoint``).

Works with Virtuoso, Fuseki, GraphDB and Oxigraph server. The file is parsed as a
stream (pyoxigraph) and sent in batches of N-Triples, so memory stays flat
whatever its size; HTTP digest and basic authentication are supported (stdlib
urllib).
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import KgError, QueryError

BATCH = 20_000


@dataclass(frozen=True)
class PushResult:
    triples: int
    batches: int
    graph: str | None


def _opener(url: str, user: str | None, password: str | None, auth: str):
    handlers = []
    if user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, user, password or "")
        if auth in ("digest", "any"):
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        if auth in ("basic", "any"):
            handlers.append(urllib.request.HTTPBasicAuthHandler(manager))
    return urllib.request.build_opener(*handlers)


def _batches(path: Path, size: int) -> Iterator[tuple[bytes, int]]:
    import pyoxigraph as ox

    from .store import rdf_format

    fmt = ox.RdfFormat.from_media_type(rdf_format(path))
    batch: list = []
    try:
        for triple in ox.parse(path=str(path), format=fmt):
            batch.append(triple)
            if len(batch) >= size:
                yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES), len(batch)
                batch = []
    except SyntaxError as err:
        raise KgError(f"{path}: cannot parse: {err}") from err
    if batch:
        yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES), len(batch)


def graph_store_url(endpoint: str, graph: str | None) -> str:
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def push_file(path: Path, endpoint: str, graph: str | None = None, user: str | None = None,
              password: str | None = None, replace: bool = False, auth: str = "any",
              batch: int = BATCH, progress=None) -> PushResult:
    """Send an RDF file to a Graph Store endpoint; ``replace`` empties the graph first."""
    if not path.is_file():
        raise KgError(f"no such file: {path}")
    url = graph_store_url(endpoint, graph)
    opener = _opener(endpoint, user, password, auth)
    sent = batches = 0
    if replace:
        _request(opener, url, "DELETE", ok_missing=True)
    for body, count in _batches(path, batch):
        _request(opener, url, "POST", body, "application/n-triples")
        sent += count
        batches += 1
        if progress:
            progress(count)
    return PushResult(sent, batches, graph)


def _request(opener, url: str, method: str, body: bytes | None = None, content_type: str | None = None,
             ok_missing: bool = False, accept: str | None = None) -> bytes:
    req = urllib.request.Request(url, data=body, method=method)
    if content_type:
        req.add_header("Content-Type", content_type)
    if accept:
        req.add_header("Accept", accept)
    try:
        with opener.open(req, timeout=300) as response:
            return response.read()
    except urllib.error.HTTPError as err:
        if ok_missing and err.code == 404:
            return b""
        detail = err.read()[:300].decode("utf-8", "replace").strip()
        raise KgError(f"{method} {url}: HTTP {err.code} {err.reason}: {detail}") from err
    except urllib.error.URLError as err:
        raise KgError(f"cannot reach {url}: {err.reason}") from err


def query_endpoint(query: str, endpoint: str, bindings: dict[str, str] | None = None,
                   graph: str | None = None, user: str | None = None, password: str | None = None):
    """Run a (library) query on a SPARQL 1.1 endpoint (over ``graph`` as default graph if given)."""
    from .query import Result, bind_values, resolve_query, with_prefixes

    text = with_prefixes(bind_values(resolve_query(query), bindings))
    params = {"query": text}
    if graph:
        params["default-graph-uri"] = graph
    body = urllib.parse.urlencode(params).encode("utf-8")
    opener = _opener(endpoint, user, password, "any")
    try:
        raw = _request(opener, endpoint, "POST", body, "application/x-www-form-urlencoded; charset=UTF-8",
                       accept="application/sparql-results+json, text/turtle;q=0.5")
    except KgError as err:
        if "HTTP 400" in str(err):
            raise QueryError(str(err)) from err
        raise
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError:  # CONSTRUCT / DESCRIBE answer in Turtle
        return Result("graph", [], [], graph_text=raw.decode("utf-8"))
    if "boolean" in doc:
        return Result("ask", [], [], bool(doc["boolean"]))
    variables = doc["head"]["vars"]
    rows = []
    for b in doc["results"]["bindings"]:
        row = []
        for v in variables:
            term = b.get(v)
            if term is None:
                row.append(("", "", ""))
            elif term["type"] == "uri":
                row.append(("uri", term["value"], ""))
            elif term["type"] == "bnode":
                row.append(("bnode", term["value"], ""))
            else:
                row.append(("literal", term["value"], term.get("xml:lang") or term.get("datatype", "")))
        rows.append(row)
    return Result("select", variables, rows)
