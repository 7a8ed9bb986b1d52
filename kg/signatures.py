"""What the vocabulary lets each relation link: the classes of ``ontology/shapes.ttl`` as a table.

The rules are written for the vocabulary, but an unusual sentence can still lead one astray (a zone
that co-builds a park is no developer of it). A relation outside its signature is dropped there,
so one slip loses one fact instead of failing the whole build at validation.
"""
from __future__ import annotations

from .resolver import ORG_CLASSES, PLACE_CLASSES, ZONE_CLASSES

ANY = None
_ZONE, _ORG, _PLACE = frozenset(ZONE_CLASSES), frozenset(ORG_CLASSES), frozenset(PLACE_CLASSES)

#: predicate → (subject classes, object classes); ANY where the shapes say nothing, and
#: partOf links a zone to a zone or a place to a place (below)
SIGNATURES: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    "locatedIn": (ANY, _ZONE | _PLACE),
    "mergedFrom": (_ZONE, _ZONE),
    "developedBy": (_ZONE, _ORG | _PLACE),
    "focusIndustry": (_ZONE, frozenset({"Industry"})),
    "operatedBy": (frozenset({"Project"}), _ORG),
    "inIndustry": (ANY, frozenset({"Industry"})),
    "cooperatesWith": (ANY, _ZONE | _ORG | _PLACE),
    "issuedBy": (frozenset({"Policy"}), _ZONE | _ORG),
    "affiliatedWith": (frozenset({"Person"}), _ORG | _ZONE),
    "jobTitle": (frozenset({"Person"}), ANY),
    "participatesIn": (ANY, frozenset({"Event"})),
    "hasIndicator": (_ZONE | _ORG | {"Industry"}, frozenset({"Indicator"})),
}


def allows(predicate: str, subject_cls: str, object_cls: str | None) -> bool:
    """Whether the vocabulary lets predicate link a subject of subject_cls to an object of
    object_cls (None: a literal)."""
    if predicate == "partOf":
        return any(subject_cls in family and object_cls in family for family in (_ZONE, _PLACE))
    subjects, objects = SIGNATURES.get(predicate, (ANY, ANY))
    return ((subjects is ANY or subject_cls in subjects)
            and (objects is ANY or object_cls is None or object_cls in objects))
