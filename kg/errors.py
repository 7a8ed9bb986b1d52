"""Errors the user can act on. The CLI prints their message on one line and exits 1."""
from __future__ import annotations


class KgError(Exception):
    """Base class: a problem with the user's input or environment, not a bug."""


class InputError(KgError):
    """An article file that cannot be read as a Chinese news article."""


class ValidationError(KgError):
    """The graph does not conform to the project's SHACL shapes."""


class QueryError(KgError):
    """A SPARQL query that cannot be run."""
