"""Check a build against the SHACL shapes (ontology/shapes.ttl) and say what is wrong in plain words.

Two engines give the same violations (focus node, path, message, severity, kind, shape):

- ``compiled`` (the default): the shapes graph is turned once into Python checks over an index of the
  data built in one pass over its triples. It covers the SHACL Core features the shapes use
  (class and objects-of targets, IRI / sequence / inverse paths, min/max count, datatype, class,
  node kind, language, min length, min inclusive, or, qualified value shapes, less than (or
  equals)), with pyshacl's value semantics (ill-typed literals, literal comparison); shapes using
  anything else are validated by pyshacl, and so is a graph the compiled checks cannot decide
  (a comparison pyshacl would refuse), so that the answer, or the error, is pyshacl's.
- ``pyshacl``: one pyshacl run, the reference (tests/test_shapes.py checks the two agree).

A build validates each report's graph on its own, so a violation refuses only its report; on the
real corpus the compiled checks cost about 2.5 ms of CPU a report where pyshacl takes about 38 ms
(``python -m benchmarks.validation``, benchmarks/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pyshacl
from pyshacl.rdfutil import compare_literal
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph
from rdflib.term import BNode, Node

try:  # the datatypes rdflib orders by value (its comparison tests them against a tuple, == by ==)
    from rdflib.term import _NUMERIC_LITERAL_TYPES
except ImportError:  # another rdflib: every pair takes the general comparison
    _NUMERIC_LITERAL_TYPES = ()

from graph.rdf import OA, PREFIXES, SCHEMA, SHAPES_FILE, TripleSet

__all__ = ["Violation", "Unsupported", "validate", "describe", "load_shapes", "compile_shapes"]

SH = Namespace("http://www.w3.org/ns/shacl#")

_KNOWN_PREFIXES = {
    **PREFIXES,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
}


@dataclass(frozen=True, order=True)
class Violation:
    """One broken rule: the node, the property path, what is wrong, how bad it is."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"  # Violation | Warning | Info
    kind: str = ""  # what the focus node is, from the shape's label: 'Post', 'Person', ...
    shape: str | None = None


@lru_cache(maxsize=4)
def _shapes_from_file(path: str) -> Graph:
    return Graph().parse(path, format="turtle")


def load_shapes(path: str | Path | None = None) -> Graph:
    """Return the shapes graph (cached; do not modify it)."""
    return _shapes_from_file(str(path or SHAPES_FILE))


def _compact(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in _KNOWN_PREFIXES.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    return str(node)


def _path_text(shapes: Graph, results: Graph, path: Node | None) -> str | None:
    """Render a SHACL path ('org:postIn', 'oa:hasTarget/oa:hasSelector')."""
    if path is None:
        return None
    if isinstance(path, BNode):
        for graph in (results, shapes):
            if (path, RDF.first, None) in graph:
                return "/".join(_compact(step) or "?" for step in Collection(graph, path))
            inverse = graph.value(path, SH.inversePath)
            if inverse is not None:
                return f"^{_compact(inverse)}"
        return "(complex path)"
    return _compact(path)


def _kind(shapes: Graph, shape: Node | None) -> str:
    """Return the label of the node shape that ``shape`` (a node or property shape) belongs to."""
    if shape is None:
        return ""
    label = shapes.value(shape, RDFS.label)
    if label is None:
        owner = shapes.value(None, SH.property, shape) or shapes.value(None, SH.sparql, shape)
        label = shapes.value(owner, RDFS.label) if owner is not None else None
    return str(label) if label is not None else ""


def _message(results: Graph, result: Node) -> str:
    messages = list(results.objects(result, SH.resultMessage))
    # Prefer an English or untagged message when a shape gives several languages.
    messages.sort(key=lambda m: (not isinstance(m, Literal) or m.language not in (None, "en"), str(m)))
    return str(messages[0]) if messages else "breaks a rule"


def _as_graph(data: Graph) -> Graph:
    """Return one graph holding the union of all named graphs of a dataset (or ``data`` itself)."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


class Unsupported(Exception):
    """The shapes use a SHACL feature the compiled checks do not cover (pyshacl validates them)."""


class _Undecided(Exception):
    """The compiled checks meet data pyshacl would refuse to compare: let pyshacl answer."""


_XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
_VALUE_TYPES: dict[Node, type | tuple[type, ...]] = {
    _XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    _XSD.integer: int,
    _XSD.float: float,
    _XSD.decimal: Decimal,
    _XSD.boolean: bool,
    _XSD.date: date,
    _XSD.time: time,
    _XSD.dateTime: datetime,
}
_NODE_KINDS = {  # sh:nodeKind → (blank node, literal, IRI) allowed
    SH.BlankNode: (True, False, False),
    SH.Literal: (False, True, False),
    SH.IRI: (False, False, True),
    SH.BlankNodeOrLiteral: (True, True, False),
    SH.IRIOrLiteral: (False, True, True),
    SH.BlankNodeOrIRI: (True, False, True),
}
# What each kind of shape may say; any other SHACL term makes the shapes unsupported.
_ANNOTATIONS = {RDF.type, RDFS.label, RDFS.comment, SH.name, SH.description, SH.order, SH.group}
_TARGETS = {SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf}
_VALUE_PARAMETERS = {
    SH.datatype, SH["class"], SH.nodeKind, SH.languageIn, SH.minLength, SH.minInclusive, SH["or"],
}
_PROPERTY_PARAMETERS = _VALUE_PARAMETERS | {
    SH.path, SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
    SH.lessThan, SH.lessThanOrEquals, SH.message, SH.severity,
}

ValueTest = Callable[[Node, "_Data"], bool]


def _linked(index: dict[Node, dict[Node, list[Node]]], node: Node, predicate: Node) -> list[Node]:
    """Return the nodes linked to ``node`` by ``predicate`` in one direction's index (a new [] when none)."""
    # No default {} and [] made on every call, as get(node, {}).get(predicate, []) would: the checks ask
    # ~950 times a report.
    props = index.get(node)
    if props is not None:
        found = props.get(predicate)
        if found is not None:
            return found
    return []


class _Data:
    """The data graph indexed in one pass: subject → predicate → objects, and the instances of classes."""

    __slots__ = ("out", "into", "supers", "_instances", "_compared")

    def __init__(self, graph: Graph, predicates: dict[Node, Node], inverse: frozenset[Node]):
        # Only ``predicates`` are indexed, keyed by the object they map to (they must hold
        # rdfs:subClassOf as _SUBCLASS); ``inverse`` ones both ways.
        out: dict[Node, dict[Node, list[Node]]] = {}
        into: dict[Node, dict[Node, list[Node]]] = {}
        subclass: dict[Node, list[Node]] = {}
        canonical = predicates.get
        for s, p, o in graph:
            key = canonical(p)
            if key is not None:
                out.setdefault(s, {}).setdefault(key, []).append(o)
                if key in inverse:
                    into.setdefault(o, {}).setdefault(key, []).append(s)
                if key is _SUBCLASS:
                    subclass.setdefault(s, []).append(o)
        self.out = out
        self.into = into
        self.supers = subclass  # direct superclasses
        self._instances: dict[Node, set[Node]] | None = None
        # sh:lessThan answers by pair: a report's figures share a few periods, and rdflib's
        # Literal ordering is slow Python
        self._compared: dict[tuple[Node, Node, bool], bool] = {}

    def compare(self, value: Node, other: Node, or_equal: bool) -> bool:
        """``_compare_pair`` of one pair, answered once (terms equal as keys compare alike)."""
        whole = _compare_whole_numbers(value, other, or_equal)
        if whole is not None:
            return whole
        pair = (value, other, or_equal)
        found = self._compared.get(pair)
        if found is None:
            found = self._compared[pair] = _compare_pair(value, other, or_equal)
        return found

    def objects(self, node: Node, predicate: Node) -> list[Node]:
        return _linked(self.out, node, predicate)

    def subjects(self, predicate: Node, node: Node) -> list[Node]:
        return _linked(self.into, node, predicate)

    def superclasses(self, cls: Node) -> set[Node]:
        """Return ``cls`` and every class it is a subclass of, transitively (rdfs:subClassOf*)."""
        found = {cls}
        todo = [cls]
        while todo:
            for parent in self.supers.get(todo.pop(), ()):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return found

    def instances(self, cls: Node) -> set[Node]:
        """Return the nodes with an rdf:type that is ``cls`` or one of its subclasses."""
        if self._instances is None:
            index: dict[Node, set[Node]] = {}
            for subject, props in self.out.items():
                for kind in props.get(_TYPE, ()):
                    for parent in self.superclasses(kind) if self.supers else (kind,):
                        index.setdefault(parent, set()).add(subject)
            self._instances = index
        return self._instances.get(cls, set())

    def is_instance(self, node: Node, cls: Node) -> bool:
        return not isinstance(node, Literal) and node in self.instances(cls)


# Terms made once: dictionary lookups with the very object an index was keyed by skip rdflib's __eq__.
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf
_START, _END, _SELECTOR, _SOURCE, _EXACT, _TEXT = (
    OA.start, OA.end, OA.hasSelector, OA.hasSource, OA.exact, SCHEMA.text
)
_POSITION, _QUOTE = OA.TextPositionSelector, OA.TextQuoteSelector
# What the offset check reads (and rdfs:subClassOf, which every index holds).
_OFFSET_PREDICATES = frozenset({_TYPE, _SUBCLASS, _START, _END, _SELECTOR, _SOURCE, _EXACT, _TEXT})
_OFFSET_INVERSE = frozenset({_SELECTOR})


def _value(data: Graph, index: _Data, subject: Node, predicate: Node) -> Node | None:
    """``data.value(subject, predicate)`` read from the index (from the graph when there are several)."""
    values = index.objects(subject, predicate)
    if len(values) > 1:
        return data.value(subject, predicate)
    return values[0] if values else None


def _offset_violations(data: Graph, index: _Data | None = None) -> list[Violation]:
    """Return a violation for each position selector whose offsets do not pick out its quote.

    Done here rather than as a SHACL-SPARQL constraint: pyshacl re-parses such a query for every
    selector, which takes seconds on one report.
    """
    if index is None:
        index = _Data(data, {p: p for p in _OFFSET_PREDICATES}, _OFFSET_INVERSE)
    found = []
    texts: dict[Node, str | None] = {}
    positions = [s for s, props in index.out.items() if _POSITION in props.get(_TYPE, ())]
    for position in positions:
        start, end = _value(data, index, position, _START), _value(data, index, position, _END)
        if not (isinstance(start, Literal) and isinstance(end, Literal)):
            continue  # missing offsets are the shapes' business
        start_value, end_value = start.toPython(), end.toPython()
        if not (isinstance(start_value, int) and isinstance(end_value, int) and 0 <= start_value < end_value):
            continue  # bad offsets are reported by the shapes
        for target in index.subjects(_SELECTOR, position):
            report = _value(data, index, target, _SOURCE)
            if report not in texts:
                text = _value(data, index, report, _TEXT) if report is not None else None
                texts[report] = str(text) if text is not None else None
            text = texts[report]
            if text is None:
                continue
            for quote in index.objects(target, _SELECTOR):
                if _QUOTE not in index.objects(quote, _TYPE):
                    continue
                exact = _value(data, index, quote, _EXACT)
                if exact is not None and text[start_value:end_value] != str(exact):
                    found.append(
                        Violation(
                            focus=str(position),
                            path="oa:start",
                            message=(
                                f"does not match its quote: the report text at {start_value}-{end_value} "
                                f"is {text[start_value:end_value]!r}, not {str(exact)!r} (oa:exact)"
                            ),
                            kind="Text position selector",
                        )
                    )
    return found


def _one(shapes: Graph, shape: Node, parameter: Node) -> Node | None:
    values = list(shapes.objects(shape, parameter))
    if len(values) > 1:
        raise Unsupported(f"{shape} has {len(values)} values of {parameter}")
    return values[0] if values else None


def _count(value: Node | None) -> int | None:
    if value is None:
        return None
    if not (isinstance(value, Literal) and isinstance(value.toPython(), int)):
        raise Unsupported(f"a count that is not an integer: {value!r}")
    return value.toPython()


def _check_terms(shapes: Graph, shape: Node, allowed: set[Node]) -> None:
    for predicate in set(shapes.predicates(shape, None)):
        if str(predicate).startswith(str(SH)) and predicate not in allowed | _ANNOTATIONS:
            raise Unsupported(f"{shape} uses {predicate}")


def _datatype_test(datatype: Node) -> ValueTest:
    """sh:datatype as pyshacl reads it: the same datatype IRI, not ill-typed, a value of the right kind."""
    kind = _VALUE_TYPES.get(datatype)
    # What the datatype is, decided once here: each namespace look-up (RDFS.Literal…) is a
    # Python call of ~1 µs, and the test runs for every value a shape reads.
    any_literal, any_typed = datatype == RDFS.Literal, datatype == RDFS.Datatype
    string, lang_string = datatype == _XSD.string, datatype == RDF.langString

    def test(v: Node, _data: _Data) -> bool:
        if not isinstance(v, Literal):
            return False
        if v.datatype == datatype:
            if getattr(v, "ill_typed", None) is True:
                return False
            return kind is None or isinstance(v.value, kind)
        if any_literal:
            return True
        if any_typed and v.datatype:
            return True
        if v.datatype is None and v.language is None and string:
            return isinstance(v.value, (str, bytes))
        if lang_string and v.language:
            return isinstance(v.value, (str, bytes))
        return False

    return test


def _class_test(cls: Node) -> ValueTest:
    def test(v: Node, data: _Data) -> bool:
        return data.is_instance(v, cls)

    return test


def _node_kind_test(kind: Node) -> ValueTest:
    if kind not in _NODE_KINDS:
        raise Unsupported(f"node kind {kind}")
    blank, literal, iri = _NODE_KINDS[kind]

    def test(v: Node, _data: _Data) -> bool:
        if isinstance(v, BNode):
            return blank
        if isinstance(v, Literal):
            return literal
        return iri

    return test


def _language_test(shapes: Graph, languages: Node) -> ValueTest:
    tags = set()
    for tag in Collection(shapes, languages):
        if not (isinstance(tag, Literal) and isinstance(tag.value, str)):
            raise Unsupported("sh:languageIn holds something other than strings")
        tags.add(str(tag.value).lower())

    def test(v: Node, _data: _Data) -> bool:
        if not isinstance(v, Literal) or not v.language:
            return False
        lang = str(v.language).lower()
        return "*" in tags or lang in tags or lang.split("-")[0] in tags

    return test


# The datatypes of a plain string, made once (see _datatype_test).
_PLAIN_DATATYPES = (None, RDF.langString, _XSD.string)


def _min_length_test(length: Node) -> ValueTest:
    n = _count(length)
    if n is None or n < 0:
        raise Unsupported("sh:minLength below zero")

    def test(v: Node, _data: _Data) -> bool:
        if n == 0:
            return True
        if isinstance(v, BNode):
            return False
        plain = isinstance(v, Literal) and v.datatype in _PLAIN_DATATYPES
        if plain and v.value is not None:
            return len(str(v.value)) >= n
        return len(str(v)) >= n

    return test


def _min_inclusive_test(bound: Node) -> ValueTest:
    if not isinstance(bound, Literal):
        raise Unsupported("sh:minInclusive that is not a literal")
    bound_is_string = isinstance(bound.value, str)
    whole = bound.value if type(bound.value) is int else None  # noqa: E721 - bool is an int too

    def test(v: Node, _data: _Data) -> bool:
        if not isinstance(v, Literal):
            return False
        if whole is not None and type(v.value) is int:  # noqa: E721
            return v.value >= whole  # offsets and counts: pyshacl's comparison, without its cost
        if isinstance(v.value, str) != bound_is_string:
            return False
        try:
            return compare_literal(v, bound) >= 0
        except (TypeError, NotImplementedError):
            return False

    return test


def _value_tests(shapes: Graph, shape: Node) -> list[ValueTest]:
    """Return the tests each value node of ``shape`` must pass (its per-value constraints)."""
    tests: list[ValueTest] = []
    datatype = _one(shapes, shape, SH.datatype)
    if datatype is not None:
        tests.append(_datatype_test(datatype))
    tests.extend(_class_test(cls) for cls in shapes.objects(shape, SH["class"]))
    kind = _one(shapes, shape, SH.nodeKind)
    if kind is not None:
        tests.append(_node_kind_test(kind))
    languages = _one(shapes, shape, SH.languageIn)
    if languages is not None:
        tests.append(_language_test(shapes, languages))
    tests.extend(_min_length_test(n) for n in shapes.objects(shape, SH.minLength))
    tests.extend(_min_inclusive_test(n) for n in shapes.objects(shape, SH.minInclusive))
    for members in shapes.objects(shape, SH["or"]):
        alternatives = [_conforms_test(shapes, member) for member in Collection(shapes, members)]
        if not alternatives:
            raise Unsupported(f"{shape}: an empty sh:or")

        def any_of(v: Node, data: _Data, alternatives: list[ValueTest] = alternatives) -> bool:
            return any(alternative(v, data) for alternative in alternatives)

        tests.append(any_of)
    return tests


def _conforms_test(shapes: Graph, shape: Node) -> ValueTest:
    """Return whether a node conforms to a shape without a path or targets (a member of sh:or, say)."""
    if isinstance(shape, Literal):
        raise Unsupported("a literal where a shape belongs")
    _check_terms(shapes, shape, _VALUE_PARAMETERS)
    tests = _value_tests(shapes, shape)

    def test(v: Node, data: _Data) -> bool:
        return all(t(v, data) for t in tests)

    return test


def _path_steps(shapes: Graph, path: Node) -> tuple[tuple[Node, bool], ...]:
    """Return a path as (predicate, inverse) steps: an IRI, a sequence of them, or sh:inversePath of one."""
    if isinstance(path, URIRef):
        return ((path, False),)
    if isinstance(path, BNode):
        if (path, RDF.first, None) in shapes:
            steps = tuple(step for item in Collection(shapes, path) for step in _path_steps(shapes, item))
            if len(steps) < 2 or any(isinstance(item, BNode) for item in Collection(shapes, path)):
                raise Unsupported("a sequence path of fewer than two IRIs")
            return steps
        inverse = shapes.value(path, SH.inversePath)
        if isinstance(inverse, URIRef) and len(set(shapes.predicates(path, None))) == 1:
            return ((inverse, True),)
    raise Unsupported(f"path {path!r}")


_NUMERIC_TYPES = frozenset(_NUMERIC_LITERAL_TYPES)


def _compare_whole_numbers(value: Node, other: Node, or_equal: bool) -> bool | None:
    """``_compare_pair`` of two well-typed whole-number literals (offsets), else None.

    rdflib orders such literals by value (its numeric fast path: ``<`` is neither ``>`` nor equal,
    ``<=`` is ``<`` or equal), which for ints is the ints' own order; reached through its
    operators, each pair cost dozens of Python-level term comparisons.
    """
    if not (isinstance(value, Literal) and isinstance(other, Literal)):
        return None
    left, right = value.value, other.value
    if type(left) is not int or type(right) is not int:  # noqa: E721 - bool is an int too
        return None
    if value.datatype not in _NUMERIC_TYPES or other.datatype not in _NUMERIC_TYPES:
        return None
    if value.ill_typed or other.ill_typed:
        return None
    return left <= right if or_equal else left < right


def _compare_pair(value: Node, other: Node, or_equal: bool) -> bool:
    """sh:lessThan / sh:lessThanOrEquals of one pair, as pyshacl compares them."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise _Undecided("a blank node compared")
    left: object = value
    right: object = other
    left_string = right_string = False
    if isinstance(value, URIRef) or (isinstance(value, Literal) and isinstance(value.value, str)):
        left, left_string = (str(value) if isinstance(value, URIRef) else value.value), True
    if isinstance(other, URIRef) or (isinstance(other, Literal) and isinstance(other.value, str)):
        right, right_string = (str(other) if isinstance(other, URIRef) else other.value), True
    if left_string != right_string:
        return False
    try:
        return bool(left <= right) if or_equal else bool(left < right)  # type: ignore[operator]
    except Exception as err:  # pyshacl does not catch these: it fails, and so will the fallback
        raise _Undecided(str(err)) from err


@dataclass
class _PropertyCheck:
    """One property shape, compiled: its path, its constraints and the violation it reports."""

    shape: Node
    steps: tuple[tuple[Node, bool], ...]
    min_count: int | None
    max_count: int | None
    tests: list[ValueTest]
    qualified: list[tuple[ValueTest, int | None, int | None]]
    pairs: list[tuple[Node, bool]]  # (predicate, or equal)
    path: str | None
    message: str
    severity: str
    kind: str

    def violation(self, focus: Node) -> Violation:
        shape = str(self.shape) if isinstance(self.shape, URIRef) else None
        return Violation(focus=str(focus), path=self.path, message=self.message, severity=self.severity,
                         kind=self.kind, shape=shape)

    def values(self, focus: Node, data: _Data) -> Iterable[Node]:
        if len(self.steps) == 1:
            predicate, inverse = self.steps[0]
            return data.subjects(predicate, focus) if inverse else data.objects(focus, predicate)
        nodes = {focus}
        for predicate, inverse in self.steps:
            nodes = {
                v for node in nodes
                for v in (data.subjects(predicate, node) if inverse else data.objects(node, predicate))
            }
        return nodes

    def broken(self, focus: Node, data: _Data) -> bool:
        """Return whether any constraint of the shape reports a result for ``focus``."""
        values = self.values(focus, data)
        found = False
        # Comparisons first: pyshacl refuses some of them, and then the fallback must run.
        for predicate, or_equal in self.pairs:
            others = data.objects(focus, predicate)
            for value in values:
                for other in others:
                    if not data.compare(value, other, or_equal):
                        found = True
        if found:
            return True
        n = len(values) if isinstance(values, set) or len(values) < 2 else len(set(values))
        if self.min_count is not None and self.min_count > 0 and n < self.min_count:
            return True
        if self.max_count is not None and n > self.max_count:
            return True
        for test in self.tests:
            for value in values:
                if not test(value, data):
                    return True
        for test, low, high in self.qualified:
            conforming = sum(1 for value in set(values) if test(value, data))
            if (low is not None and conforming < low) or (high is not None and conforming > high):
                return True
        return False


def _message_of(shapes: Graph, shape: Node) -> str:
    messages = list(shapes.objects(shape, SH.message))
    if not messages:
        raise Unsupported(f"{shape} has no sh:message: pyshacl would write its own")
    messages.sort(key=lambda m: (not isinstance(m, Literal) or m.language not in (None, "en"), str(m)))
    return str(messages[0])


def _compile_property(shapes: Graph, shape: Node) -> _PropertyCheck:
    _check_terms(shapes, shape, _PROPERTY_PARAMETERS)
    if any((shape, p, None) in shapes for p in _TARGETS):
        raise Unsupported(f"property shape {shape} has targets of its own")
    path = _one(shapes, shape, SH.path)
    if path is None:
        raise Unsupported(f"{shape} has no path")
    qualified = []
    value_shape = _one(shapes, shape, SH.qualifiedValueShape)
    low = _count(_one(shapes, shape, SH.qualifiedMinCount))
    high = _count(_one(shapes, shape, SH.qualifiedMaxCount))
    if value_shape is not None:
        if low is None and high is None:
            raise Unsupported(f"{shape}: a qualified value shape without a count")
        qualified.append((_conforms_test(shapes, value_shape), low, high))
    pairs = [(p, False) for p in shapes.objects(shape, SH.lessThan)]
    pairs += [(p, True) for p in shapes.objects(shape, SH.lessThanOrEquals)]
    if any(not isinstance(p, URIRef) for p, _ in pairs):
        raise Unsupported(f"{shape}: sh:lessThan of something other than an IRI")
    severity = _one(shapes, shape, SH.severity)
    return _PropertyCheck(
        shape=shape,
        steps=_path_steps(shapes, path),
        min_count=_count(_one(shapes, shape, SH.minCount)),
        max_count=_count(_one(shapes, shape, SH.maxCount)),
        tests=_value_tests(shapes, shape),
        qualified=qualified,
        pairs=pairs,
        path=_path_text(shapes, Graph(), path),
        message=_message_of(shapes, shape),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        kind=_kind(shapes, shape),
    )


@dataclass
class _NodeCheck:
    """A node shape with targets, compiled."""

    classes: list[Node]
    objects_of: list[Node]
    subjects_of: list[Node]
    nodes: list[Node]
    properties: list[_PropertyCheck]

    def focus_nodes(self, data: _Data) -> set[Node]:
        found = set(self.nodes)
        for cls in self.classes:
            found |= data.instances(cls)
        for predicate in self.objects_of:
            found.update(o for props in data.out.values() for o in props.get(predicate, ()))
        for predicate in self.subjects_of:
            found.update(s for s, props in data.out.items() if predicate in props)
        return found


@dataclass
class _Compiled:
    """The shapes graph as Python checks, and the predicates they read."""

    checks: list[_NodeCheck]
    predicates: dict[Node, Node]  # each predicate read → the one object the checks look it up by
    inverse: frozenset[Node]

    def run(self, data: Graph) -> set[Violation]:
        index = _Data(data, self.predicates, self.inverse)
        found = set(_offset_violations(data, index))
        for check in self.checks:
            for focus in check.focus_nodes(index):
                for prop in check.properties:
                    if prop.broken(focus, index):
                        found.add(prop.violation(focus))
        return found


def compile_shapes(shapes: Graph) -> _Compiled:
    """Turn a shapes graph into Python checks, or raise Unsupported when it uses what they do not cover."""
    if (None, RDF.type, SH.ConstraintComponent) in shapes or (None, SH.deactivated, None) in shapes:
        raise Unsupported("custom constraint components or deactivated shapes")
    for term in (SH.node, SH["and"], SH["not"], SH.xone, SH.sparql, SH.target, SH.closed, SH.equals,
                 SH.disjoint, SH.hasValue, SH["in"], SH.pattern, SH.maxLength, SH.maxInclusive,
                 SH.minExclusive, SH.maxExclusive, SH.uniqueLang, SH.qualifiedValueShapesDisjoint):
        if (None, term, None) in shapes:
            raise Unsupported(f"the shapes use {term}")
    targeted = {s for p in _TARGETS for s in shapes.subjects(p, None)}
    for kind in (SH.NodeShape, SH.PropertyShape):
        for shape in shapes.subjects(RDF.type, kind):
            if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
                raise Unsupported(f"{shape} is a class as well as a shape (implicit class target)")
    checks = []
    predicates: dict[Node, Node] = {p: p for p in _OFFSET_PREDICATES}
    inverse: set[Node] = set(_OFFSET_INVERSE)

    def term(predicate: Node) -> Node:
        return predicates.setdefault(predicate, predicate)

    for shape in sorted(targeted, key=str):
        if (shape, SH.path, None) in shapes:
            raise Unsupported(f"property shape {shape} has targets of its own")
        _check_terms(shapes, shape, _TARGETS | {SH.property})
        members = sorted(shapes.objects(shape, SH.property), key=str)
        properties = [_compile_property(shapes, p) for p in members]
        for prop in properties:
            prop.steps = tuple((term(predicate), backwards) for predicate, backwards in prop.steps)
            inverse.update(predicate for predicate, backwards in prop.steps if backwards)
            prop.pairs = [(term(predicate), or_equal) for predicate, or_equal in prop.pairs]
        checks.append(_NodeCheck(
            classes=list(shapes.objects(shape, SH.targetClass)),
            objects_of=[term(p) for p in shapes.objects(shape, SH.targetObjectsOf)],
            subjects_of=[term(p) for p in shapes.objects(shape, SH.targetSubjectsOf)],
            nodes=list(shapes.objects(shape, SH.targetNode)),
            properties=properties,
        ))
    return _Compiled(checks, predicates, frozenset(inverse))


@lru_cache(maxsize=4)
def _compiled_from_file(path: str) -> _Compiled | Unsupported:
    try:
        return compile_shapes(_shapes_from_file(path))
    except Unsupported as err:
        return err


def _pyshacl_violations(data: Graph, shapes_graph: Graph) -> set[Violation]:
    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
        js=False,
        inplace=True,  # pyshacl only reads the data graph when no inference runs
    )
    violations = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(result, SH.sourceShape)
        severity = results.value(result, SH.resultSeverity)
        violations.add(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=_path_text(shapes_graph, results, results.value(result, SH.resultPath)),
                message=_message(results, result),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                kind=_kind(shapes_graph, shape),
                shape=str(shape) if isinstance(shape, URIRef) else None,
            )
        )
    return violations


def validate(
    data: Graph | TripleSet, shapes: Graph | str | Path | None = None, *, engine: str = "auto"
) -> list[Violation]:
    """Validate ``data`` (a graph, or a dataset taken as the union of its graphs); return the violations.

    ``engine``: ``auto`` runs the compiled checks when they cover the shapes (else pyshacl),
    ``compiled`` insists on them (raising Unsupported otherwise), ``pyshacl`` runs pyshacl.
    """
    if engine not in ("auto", "compiled", "pyshacl"):
        raise ValueError(f"unknown validation engine {engine!r}")
    if isinstance(shapes, Graph):
        shapes_graph = shapes
        compiled: _Compiled | Unsupported | None = None
        if engine != "pyshacl":
            try:
                compiled = compile_shapes(shapes)
            except Unsupported as err:
                compiled = err
    else:
        path = str(shapes or SHAPES_FILE)
        shapes_graph = _shapes_from_file(path)
        compiled = _compiled_from_file(path) if engine != "pyshacl" else None
    data = _as_graph(data)
    if isinstance(compiled, Unsupported) and engine == "compiled":
        raise compiled
    violations: set[Violation] | None = None
    if isinstance(compiled, _Compiled):
        try:
            violations = compiled.run(data)
        except _Undecided:
            if engine == "compiled":
                raise
    if violations is None:  # the offset check is part of the compiled run
        if not isinstance(data, Graph):
            data = data.to_graph()  # a build's TripleSet: pyshacl reads rdflib graphs only
        violations = _pyshacl_violations(data, shapes_graph)
        violations.update(_offset_violations(data))
    return sorted(violations)


def describe(v: Violation) -> str:
    """Return a violation as one plain sentence.

    For example: 'Post <https://w3id.org/vnkg/id/post/x/giam-doc> has no organisation (org:postIn)'.
    """
    kind = v.kind or "Node"
    prefix = "" if v.severity == "Violation" else f"{v.severity}: "
    return f"{prefix}{kind} <{v.focus}> {v.message}"
