"""The project's namespaces. ``KG`` is a closed namespace: a typo in a term is an error."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/cnkg/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")


class KG(DefinedNamespace):
    """Terms of the vocabulary contract (shared/spec/VOCABULARY.md) and the project's own."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes of the contract
    Zone: URIRef
    Park: URIRef
    FreeTradeZone: URIRef
    Place: URIRef
    Country: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Region: URIRef
    Organization: URIRef
    Company: URIRef
    GovernmentBody: URIRef
    Institution: URIRef
    Project: URIRef
    Policy: URIRef
    Industry: URIRef
    Person: URIRef
    Event: URIRef
    Indicator: URIRef
    # properties of the contract
    locatedIn: URIRef
    partOf: URIRef
    mergedFrom: URIRef
    developedBy: URIRef
    operatedBy: URIRef
    inIndustry: URIRef
    focusIndustry: URIRef
    cooperatesWith: URIRef
    issuedBy: URIRef
    affiliatedWith: URIRef
    participatesIn: URIRef
    hasIndicator: URIRef
    totalInvestment: URIRef
    annualOutputValue: URIRef
    maxFunding: URIRef
    startDate: URIRef
    signedDate: URIRef
    issuedDate: URIRef
    establishedDate: URIRef
    jobTitle: URIRef
    value: URIRef
    unit: URIRef
    period: URIRef
    metric: URIRef
    # the project's own terms: documents, sentences, identifiers, amounts
    Document: URIRef
    Sentence: URIRef
    text: URIRef
    document: URIRef
    sentenceIndex: URIRef
    startOffset: URIRef
    endOffset: URIRef
    mentionedIn: URIRef
    adminCode: URIRef
    isoCountryCode: URIRef
    totalInvestmentAmount: URIRef
    annualOutputAmount: URIRef
    maxFundingAmount: URIRef
    productionDate: URIRef
    effectiveDate: URIRef


SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = Namespace(BASE + "id/")
DOC = Namespace(BASE + "doc/")

#: prefixes bound in every export and predeclared for queries
PREFIXES = {
    "kg": str(KG._NS), "kgid": str(ID), "kgdoc": str(DOC),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": str(PROV), "schema": str(SCHEMA), "dcterms": "http://purl.org/dc/terms/",
    "org": str(ORG), "sh": "http://www.w3.org/ns/shacl#",
}
