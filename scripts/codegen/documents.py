"""Reading and writing the JSON/YAML documents of the pipeline: safe, bounded, fast, with line numbers for errors.

Every document the generator reads (published descriptions, overlays, derived and hand-written specs) is
untrusted text and comes in here, as plain JSON data (dict, list, str, int, float, bool, None):

- **Safe**: YAML is read with the YAML 1.2 core schema (`yes` stays a string) and no tag beyond JSON's types;
  a timestamp becomes its ISO string, as JSON would carry it; a non-string key becomes a string (`200`: "200").
  Merge keys (`<<`) are refused: OpenAPI documents never need them, and a refusal is clearer than
  YAML 1.1 semantics that a 1.2 reader would not share.
- **Bounded**: size, nesting depth, alias expansion and integer length have limits (below), and what JSON
  cannot hold (NaN, infinities, lone surrogates, invalid UTF-8, duplicate keys) is refused; every refusal
  is a one-line SpecError naming the file and, where known, the line.
- **Fast**: libyaml (PyYAML's C parser) composes the YAML nodes, with their marks; JSON is `json.loads`.

A `Document` keeps one table of lines per container, so an error found later points at its line
without a second parse. JSON documents have no such tables (`Document.line` is None): json.loads gives
no positions, and only a refusal of ours finds its line, by a scan of the text on that error path.
"""

import gc
import itertools
import json
import math
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from typing import Any, NoReturn

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import SpecError, SpecWarning

Json = Any  # what json.loads returns: dict, list, str, int, float, bool, None
Pointer = Sequence[str | int]

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024  # the largest published description we know is ~4 MB
MAX_DEPTH = 256  # nested collections; real descriptions stay under 40
MAX_ALIAS_NODES = 10_000  # nodes made by expanding YAML aliases, per document; real ones need hundreds
MAX_INTEGER_DIGITS = 300  # far beyond any int64, far below Python's int-from-str limit (4,300)


@dataclass(frozen=True, eq=False)
class Document:
    """A parsed document: its JSON data, and the line of each entry where the text had lines (YAML)."""

    path: Path  # as shown in messages
    data: Json
    # id(container) -> (container, its lines: key -> line for a dict, one per item for a list)
    line_tables: dict[int, tuple[object, dict[str, int] | list[int]]] = field(default_factory=dict, repr=False)

    def line(self, pointer: Pointer) -> int | None:
        """The 1-based line of the deepest node on `pointer` whose line is known (None when none is)."""
        found = None
        node = self.data
        for part in pointer:
            entry = self.line_tables.get(id(node))
            try:
                child = node[part]
            except (KeyError, IndexError, TypeError):
                break
            if entry is not None and entry[0] is node:  # the container itself, not one that reused its id
                lines = entry[1]  # as parsed: an entry added since has no line
                if isinstance(lines, dict) and isinstance(part, str):
                    found = lines.get(part, found)
                elif isinstance(lines, list) and isinstance(part, int) and -len(lines) <= part < len(lines):
                    found = lines[part]
            node = child
        return found

    def error(self, message: str, *pointer: str | int) -> SpecError:
        """A SpecError about the node at `pointer`: the file, the line, the JSON pointer and `message`."""
        return SpecError(self.path, message, line=self.line(pointer), pointer=json_pointer(pointer))

    def warning(self, message: str, *pointer: str | int) -> SpecWarning:
        """A SpecWarning about the node at `pointer`, located as `error` locates."""
        return SpecWarning(self.path, message, line=self.line(pointer), pointer=json_pointer(pointer))


def json_pointer(parts: Pointer) -> str:
    """The RFC 6901 pointer of a node: `/paths/~1v1~1usage/get`."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def load_document(path: Path, *, shown_as: Path) -> Document:
    """Read and parse the document at `path` (JSON for a .json file, else YAML); errors name it `shown_as`."""
    try:
        with path.open("rb") as file:
            if (size := os.fstat(file.fileno()).st_size) > MAX_DOCUMENT_BYTES:
                raise _too_large(shown_as, size)
            content = file.read(MAX_DOCUMENT_BYTES + 1)  # the file may grow while we read it
    except OSError as error:
        raise SpecError(shown_as, f"cannot read: {error.strerror or error}") from error
    return parse_document(content, shown_as=shown_as)


def parse_document(text: str | bytes, *, shown_as: Path) -> Document:
    """Parse `text` as JSON when `shown_as` ends in .json or it reads as JSON, else as YAML (JSON is YAML, but
    JSON is faster, and a YAML parser refuses JSON's escaped surrogate pairs)."""
    content = _encoded(text, shown_as) if isinstance(text, str) else text
    if len(content) > MAX_DOCUMENT_BYTES:
        raise _too_large(shown_as, len(content))
    try:
        decoded = content.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise SpecError(shown_as, "invalid UTF-8", line=content.count(b"\n", 0, error.start) + 1) from error
    with _collector_paused():
        if shown_as.suffix == ".json":
            return _parse_json(decoded, shown_as)
        if decoded.lstrip().startswith("{"):  # JSON in a YAML file: its escapes (surrogate pairs) are JSON's
            try:
                return _parse_json(decoded, shown_as)
            except SpecError:
                pass  # flow-style YAML, or broken: the YAML parser says which, with its line
        return _parse_yaml(decoded, shown_as)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Without the cyclic garbage collector while parsing: it would run hundreds of times over the new objects
    (a 3 MB document is some 300,000), for nothing to collect; this makes parsing 3 to 5 times faster."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _encoded(text: str, shown_as: Path) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: no UTF-8 file can hold it
        raise SpecError(shown_as, "a lone surrogate is not text", line=text.count("\n", 0, error.start) + 1) from error


def _too_large(shown_as: Path, size: int) -> SpecError:
    return SpecError(shown_as, f"document too large ({size:,} bytes): the limit is {MAX_DOCUMENT_BYTES:,} bytes")


# ---------------------------------------------------------------------------------------------------------- JSON

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_JSON_TOKEN = re.compile(_JSON_STRING.pattern + r"|[\[\]{}]", re.DOTALL)
_JSON_SCAN = re.compile(_JSON_STRING.pattern + r'|[\[\]{}:,\n]|[^\s\[\]{}:,"]+', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_JSON_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# An escaped lone surrogate: a high one not followed by a low one, or a low one on its own; `\\` pairs skipped.
_JSON_LONE_SURROGATE = re.compile(
    r"(?<!\\)(?:\\\\)*(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<![0-9a-fA-F]{2})\\u[dD][c-fC-F])"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(Exception):
    """Raised by a json.loads hook, which has no position: `_refused_line` finds the token's line afterwards."""

    def __init__(self, message: str, token: str, *, key: bool = False) -> None:
        super().__init__(message)
        self.token = token  # as written in the text: the digits, `NaN`; for a duplicate key, the key
        self.key = key


def _parse_json(text: str, shown_as: Path) -> Document:
    _check_json_depth(text, shown_as)
    try:
        data = json.loads(
            text,
            parse_int=_json_int,
            parse_float=_json_float,
            parse_constant=_json_constant,
            object_pairs_hook=_json_object,
        )
    except json.JSONDecodeError as error:
        raise SpecError(shown_as, f"invalid JSON: {error.msg}", line=error.lineno) from error
    except _Refused as error:
        raise SpecError(shown_as, str(error), line=_refused_line(text, error)) from error
    except RecursionError as error:  # a broken document the scan above could not pair up
        raise _too_deep(shown_as, None) from error
    if _JSON_SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(data):
        match = _JSON_LONE_SURROGATE.search(text)
        line = text.count("\n", 0, match.start()) + 1 if match else None
        raise SpecError(shown_as, "a string holds a lone surrogate (\\ud800-\\udfff): not text", line=line)
    return Document(shown_as, data)


def _check_json_depth(text: str, shown_as: Path) -> None:
    """json.loads recurses: refuse a document nested past MAX_DEPTH before it does, from its brackets alone."""
    brackets = _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text))
    if max(itertools.accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0) <= MAX_DEPTH:
        return
    depth = 0
    for match in _JSON_TOKEN.finditer(text):  # again, for the line
        depth += _BRACKET_STEP.get(match.group(), 0)
        if depth > MAX_DEPTH:
            raise _too_deep(shown_as, text.count("\n", 0, match.start()) + 1)


def _json_int(digits: str) -> int:
    if len(digits) > MAX_INTEGER_DIGITS + 1:  # a sign may come first
        raise _Refused(_too_long(digits), digits)
    return int(digits)


def _json_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"number {text[:40]} is out of range (JSON numbers are finite)", text)
    return value


def _json_constant(name: str) -> NoReturn:
    raise _Refused(f"{name} is not JSON: JSON numbers are finite", name)


def _json_object(pairs: list[tuple[str, Json]]) -> dict[str, Json]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise _Refused(f"duplicate key {duplicate!r}", duplicate, key=True)
    return mapping


def _refused_line(text: str, refused: _Refused) -> int | None:
    """The line of the token a hook refused: a scan of the text, only on this error path."""
    line = 1
    keys: list[set[str] | None] = []  # per open container: the keys of an object so far; None for an array
    expecting_key = False
    for match in _JSON_SCAN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "{[":
            keys.append(set() if token == "{" else None)
            expecting_key = token == "{"
        elif token in "]}" and keys:
            keys.pop()
        elif token in ",:":
            expecting_key = token == "," and bool(keys) and keys[-1] is not None
        elif expecting_key and (seen := keys[-1]) is not None:
            key = json.loads(token)
            if refused.key and key == refused.token and key in seen:
                return line
            seen.add(key)
            expecting_key = False
        elif not refused.key and token == refused.token:
            return line
    return None


def _has_lone_surrogate(data: Json) -> bool:
    pending = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return True
        elif isinstance(node, dict):
            pending.extend(node.keys())
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return False


def _too_long(integer: str) -> str:
    return f"an integer of {len(integer):,} characters: the limit is {MAX_INTEGER_DIGITS} digits"


# ---------------------------------------------------------------------------------------------------------- YAML

_TAG = "tag:yaml.org,2002:"
_PLAIN = "!plain"  # what our loader tags a plain scalar with: it is resolved below, with YAML 1.2's core schema
_STRING, _SEQUENCE, _MAPPING = _TAG + "str", _TAG + "seq", _TAG + "map"

# A block collection nests deeper only where it is indented further, at least every second level: a line's
# indentation plus its leading indicators (`- - a`, `? `, `--- `) bounds its depth; flow brackets add theirs.
_BLOCK_START = re.compile(r"^ *(?:(?:---|[-?:])[ \t]+)*", re.MULTILINE)
# libyaml's composer recurses in C: past ~20,000 levels in 8 MiB of stack it crashes the interpreter. It
# composes in a thread of its own with this much stack (room for 80,000 levels), for documents whose bound is
# under _C_COMPOSE_DEPTH (real ones: a few thousand, brackets in text included); deeper ones, or all when no
# such thread can start (a tight address-space limit), are composed from libyaml's events, in Python: 3x slower.
_COMPOSE_STACK_BYTES = 32 * 1024 * 1024
_C_COMPOSE_DEPTH = 20_000


class _Loader(yaml.CSafeLoader):
    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is ScalarNode and implicit[0]:
            return _PLAIN
        return super().resolve(kind, value, implicit)  # type: ignore[no-any-return, no-untyped-call]


def _parse_yaml(text: str, shown_as: Path) -> Document:
    loader = _Loader(text)
    try:
        root = _compose(loader, text, shown_as)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise SpecError(shown_as, f"invalid YAML: {error.problem or error.context}", line=line) from error
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        raise SpecError(shown_as, f"invalid YAML: {error.reason} (U+{code:04X})", line=line) from error
    except yaml.YAMLError as error:
        raise SpecError(shown_as, f"invalid YAML: {str(error).splitlines()[0]}") from error
    finally:
        loader.dispose()
    if root is None:
        return Document(shown_as, None)
    return _Constructor(shown_as).document(root)


def _compose(loader: _Loader, text: str, shown_as: Path) -> Node | None:
    if _depth_bound(text) <= _C_COMPOSE_DEPTH:
        try:
            return _in_thread(loader.get_single_node)
        except _NoThread:
            pass
    return _compose_events(loader, shown_as)


class _NoThread(Exception):
    """No thread with the stack libyaml's composer needs could start (a tight address-space limit)."""


def _depth_bound(text: str) -> int:
    """More than the nesting depth of any YAML document `text` can be (brackets in strings count too)."""
    indentation = max((len(match.group()) for match in _BLOCK_START.finditer(text)), default=0)
    return 2 * (indentation + 2) + text.count("[") + text.count("{")


def _in_thread(compose: Callable[[], Node | None]) -> Node | None:
    result: list[Node | None] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(compose())
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    previous = threading.stack_size(_COMPOSE_STACK_BYTES)
    try:
        thread = threading.Thread(target=run, name="compose-yaml")
        thread.start()
    except RuntimeError as error:  # "can't start new thread": nothing was read yet
        raise _NoThread from error
    finally:
        threading.stack_size(previous)
    thread.join()
    if failure:
        raise failure[0]
    return result[0]


def _compose_events(loader: _Loader, shown_as: Path) -> Node | None:
    """The node tree from libyaml's events, without recursion: stops at the first level past MAX_DEPTH."""
    anchors: dict[str, Node] = {}
    open_collections: list[SequenceNode | MappingNode] = []
    root: Node | None = None
    loader.get_event()  # the stream start
    if loader.check_event(yaml.StreamEndEvent):
        return None
    loader.get_event()  # the document start
    while not loader.check_event(yaml.DocumentEndEvent):
        event: Any = loader.get_event()
        line = event.start_mark.line + 1
        if isinstance(event, yaml.CollectionEndEvent):
            open_collections.pop().end_mark = event.end_mark
            continue
        node: Node
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                raise SpecError(shown_as, f"invalid YAML: undefined alias *{event.anchor}", line=line)
            node = anchors[event.anchor]
        elif isinstance(event, yaml.ScalarEvent):
            tag = event.tag if event.tag not in (None, "!") else loader.resolve(ScalarNode, event.value, event.implicit)
            start: Any = event.start_mark  # libyaml's marks, as the C composer gives its nodes
            end: Any = event.end_mark
            node = ScalarNode(tag, event.value, start, end, event.style)
        else:
            if len(open_collections) >= MAX_DEPTH:
                raise _too_deep(shown_as, line)
            kind = SequenceNode if isinstance(event, yaml.SequenceStartEvent) else MappingNode
            tag = event.tag if event.tag not in (None, "!") else loader.resolve(kind, None, event.implicit)
            node = kind(tag, [], event.start_mark, None, event.flow_style)
        if open_collections:
            _append(open_collections[-1], node)
        else:
            root = node
        if not isinstance(event, yaml.AliasEvent):
            if event.anchor:
                anchors[event.anchor] = node
            if isinstance(node, SequenceNode | MappingNode):
                open_collections.append(node)
    loader.get_event()
    if not loader.check_event(yaml.StreamEndEvent):
        extra: Any = loader.get_event()
        raise SpecError(shown_as, "invalid YAML: expected a single document", line=extra.start_mark.line + 1)
    return root


def _append(collection: SequenceNode | MappingNode, node: Node) -> None:
    if isinstance(collection, SequenceNode):
        collection.value.append(node)
    elif collection.value and collection.value[-1][1] is None:
        collection.value[-1] = (collection.value[-1][0], node)
    else:
        collection.value.append((node, None))


def _too_deep(shown_as: Path, line: int | None) -> SpecError:
    return SpecError(shown_as, f"nested deeper than {MAX_DEPTH} levels: the limit", line=line)


# YAML 1.2's core schema, as ruamel.yaml reads it (the generator's YAML reader before this one).
_RESOLVERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "bool"),
    (re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$"), "int"),
    (
        re.compile(
            r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
            |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
            |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
            |[-+]?\.(?:inf|Inf|INF)
            |\.(?:nan|NaN|NAN))$""",
            re.VERBOSE,
        ),
        "float",
    ),
    (re.compile(r"^(?:~|null|Null|NULL|)$"), "null"),
    (
        re.compile(
            r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
            |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
            (?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
            (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
            re.VERBOSE,
        ),
        "timestamp",
    ),
    (re.compile(r"^<<$"), "merge"),
]
# The first characters each kind can start with: most plain scalars are words, resolved by one lookup.
_FIRST = {"bool": "tTfF", "int": "-+0123456789", "float": "-+0123456789.", "null": "~nN", "timestamp": "0123456789"}
_CANDIDATES = {
    character: [(pattern, kind) for pattern, kind in _RESOLVERS if character in _FIRST.get(kind, "<")]
    for character in set("".join(_FIRST.values())) | {"<"}
}
_CANDIDATES[""] = [(pattern, kind) for pattern, kind in _RESOLVERS if kind == "null"]  # `key:` with no value
_TIMESTAMPS = yaml.SafeLoader("")  # PyYAML's timestamp construction, without its resolver


class _Constructor:
    """The node tree as JSON data, without recursion, checking every limit and refusal on the way."""

    def __init__(self, shown_as: Path) -> None:
        self.shown_as = shown_as
        self.lines: dict[int, tuple[object, dict[str, int] | list[int]]] = {}
        self.alias_nodes = 0

    def document(self, root: Node) -> Document:
        if not isinstance(root, SequenceNode | MappingNode):
            return Document(self.shown_as, self.scalar(root))
        data = self.empty(root)
        made: set[int] = set()  # collection nodes made once already: made again, they are an alias
        pending: list[tuple[Node, Any, int, bool]] = [(root, data, 1, False)]
        while pending:
            node, container, depth, aliased = pending.pop()
            if depth > MAX_DEPTH:
                raise _too_deep(self.shown_as, node.start_mark.line + 1)
            if aliased or id(node) in made:
                aliased = True
                self.alias_nodes += len(node.value)
                if self.alias_nodes > MAX_ALIAS_NODES:
                    raise self.refuse(node, f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes: the limit")
            made.add(id(node))
            children = self.fill_list(node, container) if isinstance(container, list) else self.fill(node, container)
            for child, value in reversed(children):  # last first: the document is made in its order
                pending.append((child, value, depth + 1, aliased))
        return Document(self.shown_as, data, self.lines)

    def fill_list(self, node: Node, container: list[Json]) -> list[tuple[Node, Any]]:
        """Put `node`'s items into `container`; the collections among them, still empty, to fill next."""
        children = []
        lines = []
        for item in node.value:
            lines.append(item.start_mark.line + 1)
            if isinstance(item, ScalarNode):
                container.append(self.scalar(item))
            else:
                container.append(value := self.empty(item))
                children.append((item, value))
        self.lines[id(container)] = (container, lines)
        return children

    def fill(self, node: Node, container: dict[str, Json]) -> list[tuple[Node, Any]]:
        """Put `node`'s entries into `container`; the collections among them, still empty, to fill next."""
        children = []
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node)
            if key in lines:
                raise self.refuse(key_node, f"duplicate key {key!r}")
            lines[key] = key_node.start_mark.line + 1
            if isinstance(value_node, ScalarNode):
                container[key] = self.scalar(value_node)
            else:
                container[key] = value = self.empty(value_node)
                children.append((value_node, value))
        self.lines[id(container)] = (container, lines)
        return children

    def empty(self, node: Node) -> list[Json] | dict[str, Json]:
        if isinstance(node, SequenceNode) and node.tag == _SEQUENCE:
            return []
        if isinstance(node, MappingNode) and node.tag == _MAPPING:
            return {}
        raise self.unsupported(node)

    def key(self, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            raise self.refuse(node, "a mapping key must be a scalar (a string, a number, true, false or null)")
        if node.tag == _PLAIN and node.value == "<<":
            raise self.refuse(node, "merge keys (<<) are not supported: write the keys out")
        value = self.scalar(node)
        return value if isinstance(value, str) else str(value)  # as JSON would write `200:`: "200"

    def scalar(self, node: Node) -> Json:
        if not isinstance(node, ScalarNode):
            raise self.unsupported(node)
        kind = "str"
        if node.tag == _PLAIN:
            for pattern, candidate in _CANDIDATES.get(node.value[:1], ()):
                if pattern.match(node.value):
                    kind = candidate
                    break
        elif node.tag.startswith(_TAG):
            kind = node.tag[len(_TAG) :]
        else:
            raise self.unsupported(node)
        value: str = node.value  # libyaml refuses a surrogate escape: no lone surrogate gets this far
        match kind:
            case "str" | "merge":
                return value
            case "null" if value in ("", "~", "null", "Null", "NULL"):
                return None
            case "bool" if value in ("true", "True", "TRUE", "false", "False", "FALSE"):
                return value[0] in "tT"
            case "int":
                return self.integer(node)
            case "float":
                return self.floating(node)
            case "timestamp":
                try:
                    return _TIMESTAMPS.construct_yaml_timestamp(node).isoformat()
                except (ValueError, TypeError, AttributeError) as error:  # AttributeError: `!!timestamp x`
                    raise self.refuse(node, f"invalid timestamp {value[:40]!r}") from error
            case "bool" | "null":  # an explicit tag on something else: `!!bool maybe`
                raise self.refuse(node, f"invalid {kind} {value[:40]!r}")
        raise self.unsupported(node)

    def integer(self, node: ScalarNode) -> int:
        text = node.value.replace("_", "")
        sign, unsigned = (-1, text[1:]) if text[:1] == "-" else (1, text.removeprefix("+"))
        base = {"0b": 2, "0x": 16, "0o": 8}.get(unsigned[:2], 10)
        digits = unsigned if base == 10 else unsigned[2:]
        if len(digits) > MAX_INTEGER_DIGITS:
            raise self.refuse(node, _too_long(node.value))
        try:
            return sign * int(digits, base)
        except ValueError as error:
            raise self.refuse(node, f"invalid integer {node.value[:40]!r}") from error

    def floating(self, node: ScalarNode) -> float:
        try:
            value = float(node.value.replace("_", ""))
        except ValueError as error:
            if node.value.lower().lstrip("+-") in (".inf", ".nan"):
                value = math.inf
            else:
                raise self.refuse(node, f"invalid number {node.value[:40]!r}") from error
        if not math.isfinite(value):
            raise self.refuse(node, f"{node.value[:40]} is not a JSON number: JSON numbers are finite")
        return value

    def unsupported(self, node: Node) -> SpecError:
        return self.refuse(node, f"tag {node.tag} is not allowed: only JSON's types (no !!binary, !!set, custom tags)")

    def refuse(self, node: Node, message: str) -> SpecError:
        return SpecError(self.shown_as, message, line=node.start_mark.line + 1)


# ----------------------------------------------------------------------------------------------------- writing


def dump_yaml(document: Json, header: str) -> str:
    """`document` as block YAML under a comment header; multi-line strings as literal blocks. Deterministic."""
    yaml_writer = YAML(typ="rt", pure=True)
    yaml_writer.indent(mapping=2, sequence=4, offset=2)
    yaml_writer.width = 4096  # no folding: a folded line would end in a space
    buffer = StringIO()
    yaml_writer.dump(_literal(document), buffer)
    return header + buffer.getvalue()


def _literal(node: Json) -> Json:
    if isinstance(node, dict):
        return {key: _literal(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_literal(item) for item in node]
    if isinstance(node, str) and "\n" in node and not any(line != line.rstrip() for line in node.splitlines()):
        return LiteralScalarString(node)
    return node
