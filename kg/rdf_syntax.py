"""Triples written in N-Triples, Turtle and JSON-LD at once, as pyoxigraph writes them.

The export's blocks (kg.blocks) are small runs of one subject's triples. Parsing
their N-Triples back with pyoxigraph to serialize Turtle and JSON-LD cost more
than making them: every triple became three Python objects twice. Here each term
carries its text in the three syntaxes (IRIs made once and remembered), and a
block's triples are joined into each syntax the way pyoxigraph's streaming
serializers join them, so the files are byte for byte what pyoxigraph wrote
(tests/test_rdf.py compares the two on whole graphs and on odd terms):

- Turtle: ``s p o`` then `` , o`` (same subject and predicate), `` ;\\n\\tp o`` (same
  subject), `` .\\n`` and a new subject; ``a`` for rdf:type; names ``prefix:local``
  with the prefixes of kg.namespaces; integers, decimals, booleans and doubles bare.
- JSON-LD: node objects ``{"@id":s,"p":[o,…],…}`` with compacted IRIs; a predicate
  seen before in the current object opens a new node object for the same subject.

A term this module cannot write with certainty (a local name that would need an
escape, an IRI under two namespaces) is written by pyoxigraph itself.
"""
from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import NamedTuple

from .namespaces import PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = PREFIXES["xsd"]
XSD_STRING = XSD + "string"


class Term(NamedTuple):
    """One RDF term in the three syntaxes."""

    nt: str  # N-Triples
    ttl: str  # Turtle
    verb: str  # Turtle, as a predicate ("a" for rdf:type)
    key: str  # JSON string of the compacted IRI (IRIs only; "" for literals)
    json: str  # JSON-LD value object: {"@id":…} or {"@value":…}


def export_prefixes() -> dict[str, str]:
    """The prefixes of the export files (SHACL's only in the shapes)."""
    return {p: ns for p, ns in PREFIXES.items() if p != "sh"}


@cache
def _namespaces() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(namespace → prefix for the Turtle fast path, (namespace, prefix) longest first for JSON-LD).
    A namespace inside another one is left to pyoxigraph in Turtle."""
    spaces = export_prefixes()
    nested = {ns for ns in spaces.values() for other in spaces.values() if ns != other and
              (ns.startswith(other) or other.startswith(ns))}
    plain = {ns: p for p, ns in spaces.items() if ns[-1] in "/#" and ns not in nested}
    return plain, tuple(sorted(((ns, p) for p, ns in spaces.items()), key=lambda kv: -len(kv[0])))


#: a local name Turtle takes as it is: no escape, no dot at either end
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


@lru_cache(maxsize=1 << 20)
def iri(value: str) -> Term:
    """The term of an IRI (remembered: the same IRIs recur across the blocks)."""
    plain, longest_first = _namespaces()
    cut = max(value.rfind("/"), value.rfind("#")) + 1
    prefix = plain.get(value[:cut])
    local = value[cut:]
    if prefix is not None and (not local or _PLAIN_LOCAL.fullmatch(local)):
        ttl = f"{prefix}:{local}"
        key = f'"{ttl}"'  # the only namespace of the IRI, and nothing to escape in JSON
    else:
        ttl = _pyoxigraph_turtle(f"<{value}>")
        compact = next((p + ":" + value[len(ns):] for ns, p in longest_first if value.startswith(ns)), value)
        key = json.dumps(compact, ensure_ascii=False)
    return Term(f"<{value}>", ttl, "a" if value == RDF_TYPE else ttl, key, f'{{"@id":{key}}}')


#: characters Turtle writes escaped in a string (as pyoxigraph does)
_TURTLE_ESCAPES = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_TURTLE_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF) if c not in _TURTLE_ESCAPES})
#: a character some syntax writes escaped: a string without one is written alike in all three
_SPECIAL = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_BARE = {XSD + "integer": re.compile(r"[+-]?[0-9]+"), XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
         XSD + "boolean": re.compile(r"true|false"),
         XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)")}


def literal(lexical: str, datatype: str | None = None, lang: str | None = None) -> Term:
    """The term of a literal (language tags in lower case)."""
    if _SPECIAL.search(lexical) is None:
        nt = ttl = js = f'"{lexical}"'
    else:
        nt = '"' + lexical.translate(_NT_ESCAPES) + '"'
        ttl = '"' + lexical.translate(_TURTLE_ESCAPES) + '"'
        js = json.dumps(lexical, ensure_ascii=False)
    if lang:
        lang = lang.lower()
        return Term(f"{nt}@{lang}", f"{ttl}@{lang}", "", "", f'{{"@language":"{lang}","@value":{js}}}')
    if not datatype:
        return Term(nt, ttl, "", "", f'{{"@value":{js}}}')
    dt = iri(datatype)
    if datatype == XSD_STRING:
        return Term(f"{nt}^^{dt.nt}", ttl, "", "", f'{{"@value":{js}}}')
    bare = _BARE.get(datatype)
    if bare is not None and bare.fullmatch(lexical):
        ttl = lexical
    else:
        ttl = f"{ttl}^^{dt.ttl}"
    return Term(f"{nt}^^{dt.nt}", ttl, "", "", f'{{"@type":{dt.key},"@value":{js}}}')


class SyntaxTerms:
    """The kg.rdf_export Terms adapter whose terms are written in the three syntaxes."""

    iri = staticmethod(iri)
    literal = staticmethod(literal)


def write(triples) -> tuple[str, str, str]:
    """(N-Triples, Turtle without prefix lines, JSON-LD node objects joined by commas) of triples
    of Terms, each as pyoxigraph writes the triples alone."""
    if not triples:
        return "", "", ""
    nt = [f"{s.nt} {p.nt} {o.nt} .\n" for s, p, o in triples]
    s, p, o = triples[0]
    ttl = [f"{s.ttl} {p.verb} {o.ttl}"]
    js = [f'{{"@id":{s.key},{p.key}:[{o.json}']
    subject, predicate, seen = s, p, {p.nt}
    for s, p, o in triples[1:]:
        if s is subject or s.nt == subject.nt:
            if p is predicate or p.nt == predicate.nt:
                ttl.append(" , " + o.ttl)
                js.append("," + o.json)
                continue
            ttl.append(f" ;\n\t{p.verb} {o.ttl}")
            if p.nt in seen:  # pyoxigraph opens a new node object for a predicate met again
                js.append(f']}},{{"@id":{s.key},{p.key}:[{o.json}')
                seen = {p.nt}
            else:
                js.append(f"],{p.key}:[{o.json}")
                seen.add(p.nt)
        else:
            ttl.append(f" .\n{s.ttl} {p.verb} {o.ttl}")
            js.append(f']}},{{"@id":{s.key},{p.key}:[{o.json}')
            subject, seen = s, {p.nt}
        predicate = p
    ttl.append(" .\n")
    js.append("]}")
    return "".join(nt), "".join(ttl), "".join(js)


@cache
def _statement_vocabulary() -> tuple[Term, ...]:
    """rdf:type, rdf:Statement, rdf:subject, rdf:predicate, rdf:object, prov:wasDerivedFrom."""
    rdf, prov = PREFIXES["rdf"], PREFIXES["prov"]
    return tuple(iri(x) for x in (RDF_TYPE, rdf + "Statement", rdf + "subject", rdf + "predicate", rdf + "object",
                                  prov + "wasDerivedFrom"))


def write_statement(stmt: Term, subject: Term, predicate: Term, obj: Term, sources: list[Term]) -> tuple[str, str, str]:
    """``write`` of an rdf:Statement's triples (type, subject, predicate, object, then the sentences it
    was derived from), by one template: the export's most frequent block."""
    a, statement, s_, p_, o_, derived = _statement_vocabulary()
    n = stmt.nt
    nt = (f"{n} {a.nt} {statement.nt} .\n{n} {s_.nt} {subject.nt} .\n{n} {p_.nt} {predicate.nt} .\n"
          f"{n} {o_.nt} {obj.nt} .\n" + "".join([f"{n} {derived.nt} {x.nt} .\n" for x in sources]))
    ttl = (f"{stmt.ttl} {a.verb} {statement.ttl} ;\n\t{s_.verb} {subject.ttl} ;\n\t{p_.verb} {predicate.ttl} ;\n"
           f"\t{o_.verb} {obj.ttl}")
    js = (f'{{"@id":{stmt.key},{a.key}:[{statement.json}],{s_.key}:[{subject.json}],{p_.key}:[{predicate.json}],'
          f'{o_.key}:[{obj.json}')
    if sources:
        ttl += f" ;\n\t{derived.verb} " + " , ".join([x.ttl for x in sources])
        js += f"],{derived.key}:[" + ",".join([x.json for x in sources])
    return nt, ttl + " .\n", js + "]}"


@lru_cache(maxsize=4096)
def _pyoxigraph_turtle(nt_term: str) -> str:
    """The Turtle pyoxigraph writes for one N-Triples term (an object), for the rare terms above."""
    import pyoxigraph

    quads = pyoxigraph.parse(f"<urn:x:s> <urn:x:p> {nt_term} .\n".encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)
    text = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TURTLE, prefixes=export_prefixes()).decode()
    return text[text.index("<urn:x:p> ") + len("<urn:x:p> "):].removesuffix(" .\n")
