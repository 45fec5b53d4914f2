"""Reading and writing the JSON/YAML documents of the upstream pipeline, with line numbers for errors."""

import datetime
import json
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarstring import LiteralScalarString

from .errors import SpecError

Json = Any  # what json.loads returns: dict, list, str, int, float, bool, None


def parse_document(text: str, *, shown_as: Path) -> tuple[object, Json]:
    """(the YAML tree, for line numbers; the document as JSON data). JSON is YAML, but parsed as JSON when it is."""
    if shown_as.suffix == ".json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise SpecError(shown_as, f"invalid JSON: {error.msg}", line=error.lineno) from error
        return None, document
    try:
        tree = YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise SpecError(shown_as, f"invalid YAML: {error.problem or error.context}", line=line) from error
    except YAMLError as error:
        raise SpecError(shown_as, f"invalid YAML: {error}") from error
    return tree, _plain(tree)


def load_document(path: Path, *, shown_as: Path) -> tuple[object, Json]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(shown_as, f"cannot read: {error}") from error
    return parse_document(text, shown_as=shown_as)


def _plain(node: object) -> Json:
    """ruamel's round-trip nodes as plain JSON data; YAML timestamps become the ISO strings JSON would carry."""
    if isinstance(node, dict):
        return {str(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if isinstance(node, datetime.date):
        return node.isoformat()
    if isinstance(node, bool | ScalarBoolean):
        return bool(node)
    if node is None:
        return None
    for kind in (int, float, str):  # ruamel's ScalarFloat, ... subclass these
        if isinstance(node, kind):
            return kind(node)
    raise TypeError(f"unexpected YAML node {node!r}")


def position(tree: object, pointer: list[str | int]) -> int | None:
    """The 1-based line of the deepest node on `pointer` the YAML tree knows (None for JSON)."""
    line = None
    node = tree
    for part in pointer:
        try:
            if isinstance(node, CommentedMap):
                found, child = node.lc.key(part), node[part]
            elif isinstance(node, CommentedSeq):
                found, child = node.lc.item(part), node[part]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
        line = found[0] + 1
        node = child
    return line


def dump_yaml(document: Json, header: str) -> str:
    """`document` as block YAML under a comment header; multi-line strings as literal blocks. Deterministic."""
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # no folding: a folded line would end in a space
    buffer = StringIO()
    yaml.dump(_literal(document), buffer)
    return header + buffer.getvalue()


def _literal(node: Json) -> Json:
    if isinstance(node, dict):
        return {key: _literal(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_literal(item) for item in node]
    if isinstance(node, str) and "\n" in node and not any(line != line.rstrip() for line in node.splitlines()):
        return LiteralScalarString(node)
    return node
