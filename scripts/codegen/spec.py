"""Reading a spec: parse the YAML, check that it stays inside itself, validate the OpenAPI, build its model.

`load_spec` returns the document and its typed view (`model.Api`), which every decision reads.
"""

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from .documents import Document, load_document
from .errors import SpecError
from .model import Api, Json, build_api, resolve, resolve_pointer
from .validation import validate_offline


@dataclass(frozen=True)
class Spec:
    path: Path
    document: dict[str, Json]
    api: Api  # the typed view every decision reads
    source: "Source"  # to point at a place in the spec in an error


# Where a spec came from, to point at a place in it: `.error(message, *pointer)` and `.warning(...)` name the
# file and the line.
Source = Document


def load_spec(path: Path, *, shown_as: Path | None = None) -> Spec:
    """Parse and validate the spec at `path` and build its model; errors name it `shown_as` (default: `path`).

    A document is parsed once per run: deriving a spec validates it, and rendering it then finds it here.
    """
    name = shown_as or path
    try:
        with path.open("rb") as file:  # streamed: the size limit is load_document's
            key = (hashlib.file_digest(file, "sha256").hexdigest(), name)
    except OSError as error:
        raise SpecError(name, f"cannot read: {error.strerror}") from error
    if (loaded := _LOADED.get(key)) is not None:
        return replace(loaded, path=path)
    _LOADED[key] = spec = _load(path, name)
    return spec


_LOADED: dict[tuple[str, Path], Spec] = {}  # by the document's sha256 and the name it is shown as


def _load(path: Path, name: Path) -> Spec:
    source = load_document(path, shown_as=name)
    document = source.data
    if not isinstance(document, dict):
        raise SpecError(name, "not an OpenAPI document (expected a mapping at the top level)")
    _check_references(document, source)
    try:
        validate_offline(document)
    except OpenAPIValidationError as error:
        raise source.error(f"invalid OpenAPI: {error.message}", *error.path) from error
    return Spec(path=path, document=document, api=build_api(document, source), source=source)


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
