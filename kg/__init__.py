"""kg: Chinese economic-development news → a typed, traceable knowledge graph.

The flow, one module a step: :mod:`kg.reader` → :mod:`kg.segmenter` →
:mod:`kg.mentions` → :mod:`kg.resolver` → :mod:`kg.relations` →
exporters (:mod:`kg.rdf_export`, :mod:`kg.network_export`, :mod:`kg.html_export`),
driven by :mod:`kg.pipeline` and :mod:`kg.cli`.
"""
__version__ = "0.1.0"
