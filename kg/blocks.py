"""The export cut into blocks: the unit that full and incremental builds both write.

A block is the triples of one subject (a document, an entity with its relations,
one relation's rdf:Statement, a sentence) under a sort key; every export file is
a header, the blocks in sort-key order, and a footer. Each block's text in each
format depends only on the block's own inputs, so a build that adds an article
rewrites only the blocks it touches and copies the others from the last files
(kg.exporters), and the result is byte-identical to a full build.

Sort keys: ``0|article`` documents, ``1|entity-key`` entities, ``2|subject|relation``
statements, ``3|article|index`` sentences.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import quoteattr

from . import rdf_syntax
from .model import Article, Entity, Relation, Sentence
from .rdf_export import (
    document_triples,
    entity_triples,
    sentence_triples,
    statement_terms,
)

#: the RDF files, each (header, separator between blocks, footer) comes from ``frame``
RDF_FORMATS = ("nt", "ttl", "jsonld")
FORMATS = (*RDF_FORMATS, "graphml")


@dataclass(frozen=True, slots=True)
class Block:
    """One subject's triples (an entity's: with its money nodes) in every format of the export, as
    UTF-8: N-Triples, Turtle without the prefix lines, JSON-LD node objects, GraphML elements."""

    sortkey: str
    texts: dict[str, bytes]  # format (FORMATS) → text


def document_key(article_id: str) -> str:
    return f"0|{article_id}"


ENTITY_PREFIX = "1|"


def entity_key(key: str) -> str:
    return ENTITY_PREFIX + key


def statement_prefix(subject: str) -> str:
    return f"2|{subject}\x00"


def sentence_key(article_id: str, index: int) -> str:
    return f"3|{article_id}\x00{index:07d}"


_T = rdf_syntax.SyntaxTerms()


def block_of(sortkey: str, triples, graphml: str = "") -> Block:
    """The block of triples (of rdf_syntax terms) in every format."""
    return _block(sortkey, rdf_syntax.write(triples), graphml)


def _block(sortkey: str, texts: tuple[str, str, str], graphml: str = "") -> Block:
    nt, ttl, jsonld = texts
    return Block(sortkey, {"nt": nt.encode("utf-8"), "ttl": ttl.encode("utf-8"), "jsonld": jsonld.encode("utf-8"),
                           "graphml": graphml.encode("utf-8")})


def document_block(article: Article) -> Block:
    return block_of(document_key(article.id), document_triples(_T, article))


def sentence_block(s: Sentence) -> Block:
    return block_of(sentence_key(s.article_id, s.index), sentence_triples(_T, s))


def relation_sortkey(r: Relation) -> str:
    return statement_prefix(r.subject) + "\x00".join(
        (r.predicate, "1" if r.object_is_entity else "0", str(r.object)))


def entity_block(e: Entity, relations: list[Relation], iri_of: Callable[[str], str], graphml: str = "") -> Block:
    """The entity's block: its own triples and its relations' (sorted)."""
    relations = sorted(relations, key=Relation.sort_key)
    return block_of(entity_key(e.key), list(entity_triples(_T, e, relations, iri_of)), graphml)


def statement_block(r: Relation, iri_of: Callable[[str], str], sortkey: str | None = None) -> Block:
    """The rdf:Statement of one relation, with the sentences it comes from (sortkey: its
    relation_sortkey, if made already)."""
    return _block(sortkey or relation_sortkey(r), rdf_syntax.write_statement(*statement_terms(_T, r, iri_of)))


# --- the frame of each file ------------------------------------------------------------------


@cache
def _turtle_header() -> str:
    import pyoxigraph

    text = pyoxigraph.serialize(pyoxigraph.parse(b"<urn:x:a> <urn:x:b> <urn:x:c> .\n",
                                                 format=pyoxigraph.RdfFormat.N_TRIPLES),
                                format=pyoxigraph.RdfFormat.TURTLE,
                                prefixes=rdf_syntax.export_prefixes()).decode("utf-8")
    return text[: text.index("<urn:x:a>")]


def frame(fmt: str) -> tuple[str, str, str]:
    """(header, separator between blocks, footer) of an export file."""
    import json

    if fmt == "ttl":
        return _turtle_header(), "", ""
    if fmt == "jsonld":
        context = json.dumps(rdf_syntax.export_prefixes(), ensure_ascii=False, indent=1)
        return f'{{"@context": {context},\n"@graph": [\n', ",\n", "\n]}\n"
    if fmt == "graphml":
        return GRAPHML_HEADER, "", GRAPHML_FOOTER
    return "", "", ""


# --- GraphML ---------------------------------------------------------------------------------

#: node and edge attributes of kg.graphml: (id, for, name, type)
GRAPHML_KEYS = (
    ("d0", "node", "label", "string"), ("d1", "node", "cls", "string"), ("d2", "node", "cls_zh", "string"),
    ("d3", "node", "pinyin", "string"), ("d4", "node", "iri", "string"), ("d5", "node", "aliases", "string"),
    ("d6", "node", "codes", "string"), ("d7", "node", "facts", "string"), ("d8", "node", "sentences", "int"),
    ("d9", "edge", "predicate", "string"), ("d10", "edge", "label", "string"), ("d11", "edge", "evidence", "string"),
)
GRAPHML_HEADER = ('<?xml version="1.0" encoding="utf-8"?>\n'
                  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                  'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
                  + "".join(f'  <key id="{k}" for="{f}" attr.name="{n}" attr.type="{t}"/>\n'
                            for k, f, n, t in GRAPHML_KEYS)
                  + '  <graph edgedefault="directed">\n')
GRAPHML_FOOTER = "  </graph>\n</graphml>\n"
#: control characters XML 1.0 does not allow, removed; &, < and > escaped
_XML_TEXT = str.maketrans({**{c: None for c in [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]},
                           "&": "&amp;", "<": "&lt;", ">": "&gt;"})
#: a character that text or an attribute value cannot hold as it is (the text of most values has none)
_XML_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]")
_ATTRIBUTE_SPECIAL = re.compile(r'[&<>"\n\r\t]')
_DATA_KEYS = tuple(k for k, f, *_ in GRAPHML_KEYS if f == "node")
_EDGE_KEYS = tuple(k for k, f, *_ in GRAPHML_KEYS if f == "edge")


def _data_elements(keys: tuple[str, ...], values: list[str]) -> str:
    """The data elements of these keys and (string) values; a value's special characters escaped
    (when the values have any at all: most have none)."""
    if _XML_SPECIAL.search("".join(values)):
        values = [v.translate(_XML_TEXT) if _XML_SPECIAL.search(v) else v for v in values]
    return "".join(f'      <data key="{k}">{v}</data>\n' for k, v in zip(keys, values))


def _attribute(value: str) -> str:
    """quoteattr's value, made by quoteattr only when it has something to escape."""
    return quoteattr(value) if _ATTRIBUTE_SPECIAL.search(value) else f'"{value}"'


def graphml_block(key: str, node: dict, edges: list[tuple[str, str, dict]]) -> str:
    """A node element (scalar attributes; lists as text) and the elements of its outgoing edges."""
    import json

    facts = json.dumps({f["predicate"]: f["value"] for f in node["facts"]}, ensure_ascii=False,
                       sort_keys=True) if node["facts"] else "{}"
    values = (node["label"], node["cls"], node["cls_zh"], node["pinyin"], node["iri"], "|".join(node["aliases"]),
              "|".join(node["codes"]), facts, node["evidence_total"])
    source = _attribute(key)
    out = [f"    <node id={source}>\n", _data_elements(_DATA_KEYS, [str(v) for v in values]), "    </node>\n"]
    for target, predicate, data in edges:
        out += [f"    <edge source={source} target={_attribute(target)} id={_attribute(predicate)}>\n",
                _data_elements(_EDGE_KEYS, [predicate, data["label"], " / ".join(ev["text"] for ev in data["evidence"])]),
                "    </edge>\n"]
    return "".join(out)
