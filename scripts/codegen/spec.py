"""Reading a spec: parse the YAML, check that it stays inside itself, validate the OpenAPI, build its model.

`load_spec` returns the document and its typed view (`model.Api`), which every decision reads.
"""

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarbool import ScalarBoolean

from .documents import position
from .errors import SpecError, SpecWarning
from .model import Api, Json, build_api, resolve, resolve_pointer


@dataclass(frozen=True)
class Spec:
    path: Path
    document: dict[str, Json]
    api: Api  # the typed view every decision reads
    source: "Source"  # to point at a place in the spec in an error


@dataclass(frozen=True)
class Source:
    """Where a spec came from, to point at a place in it: the file as shown, and its parsed YAML (with lines)."""

    name: Path
    tree: object

    def error(self, message: str, *pointer: str | int) -> SpecError:
        """A SpecError about the node at `pointer`: the file, the line, the JSON pointer and `message`."""
        return SpecError(self.name, message, line=position(self.tree, list(pointer)), pointer=json_pointer(pointer))

    def warning(self, message: str, *pointer: str | int) -> SpecWarning:
        """A SpecWarning about the node at `pointer`, located as `error` locates."""
        return SpecWarning(self.name, message, line=position(self.tree, list(pointer)), pointer=json_pointer(pointer))


def load_spec(path: Path, *, shown_as: Path | None = None) -> Spec:
    """Parse and validate the spec at `path` and build its model; errors name it `shown_as` (default: `path`)."""
    name = shown_as or path
    tree = _parse_yaml(path, name)
    if not isinstance(tree, dict):
        raise SpecError(name, "not an OpenAPI document (expected a mapping at the top level)")
    source = Source(name, tree)
    document = _plain(tree)
    _check_references(document, source)
    try:
        validate(document)
    except OpenAPIValidationError as error:
        raise source.error(f"invalid OpenAPI: {error.message}", *error.path) from error
    return Spec(path=path, document=document, api=build_api(document, source), source=source)


def _parse_yaml(path: Path, name: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(name, f"cannot read: {error}") from error
    try:
        return YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise SpecError(name, f"invalid YAML: {error.problem or error.context}", line=line) from error
    except YAMLError as error:
        raise SpecError(name, f"invalid YAML: {error}") from error


def _plain(node: object) -> Json:
    """The document as JSON data: YAML timestamps become the ISO strings JSON would carry."""
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
    for kind in (int, float, str):
        if isinstance(node, kind):
            return kind(node)
    raise TypeError(f"unexpected YAML node {node!r}")


def _check_references(document: Json, source: Source) -> None:
    """Every reference stays inside the document and points to something: nothing is fetched or read for a spec.

    A `$id` would move the base that references resolve against out of the document: it is refused too.
    """
    for pointer, keyword, target in _references(document, []):
        if keyword == "$id" or not target.startswith("#"):
            raise source.error(
                f"{keyword} {target!r} leaves the document: only local references (#/...) are followed", *pointer
            )
        if keyword == "$ref" and resolve_pointer(document, target) is None:
            raise source.error(f"$ref {target!r} points to nothing", *pointer)
        if keyword == "$ref":  # a chain of references that comes back to itself: validators would recurse forever
            resolve(document, {"$ref": target}, source, tuple(pointer[:-1]))


# Keywords whose string value is a reference (or a base for references), wherever they stand in a schema.
_REFERENCE_KEYWORDS = ("$ref", "$dynamicRef", "$id")


def _references(node: Json, pointer: list[str | int]) -> Iterator[tuple[list[str | int], str, str]]:
    if isinstance(node, dict):
        for keyword in _REFERENCE_KEYWORDS:
            if isinstance(node.get(keyword), str) and not (keyword == "$id" and node[keyword].startswith("#")):
                yield [*pointer, keyword], keyword, node[keyword]
        for key, value in node.items():
            yield from _references(value, [*pointer, key])
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _references(item, [*pointer, index])


def json_pointer(parts: Iterable[str | int]) -> str:
    """The RFC 6901 pointer of a node: `/paths/~1v1~1usage/get`."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)
