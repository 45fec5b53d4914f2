"""Which operations return pages, and how to walk them: `x-speakeasy-pagination`, read as Speakeasy documents it.

An operation declares (https://www.speakeasy.com/docs/sdks/customize/runtime/pagination):

    x-speakeasy-pagination:
      type: offsetLimit | cursor | url
      inputs:                       # the parameters the next request changes
        - {name: page, in: parameters, type: page}       # type: offset | page | limit | cursor
      outputs:                      # JSONPaths into the 2xx body
        results: $.data             # the page's items
        numPages: $.meta.pages      # offsetLimit with a page input: the last page
        nextCursor: $.next_page     # cursor: the next page's cursor (none, null or "": the last page)
        nextUrl: $.links.next       # url: the next page's URL

Two additions, both for APIs that say "no more pages" another way: `outputs.hasMore` (a boolean such as
OpenAI's `has_more`: false ends the walk) and, for `type: url` without `nextUrl`, the RFC 8288 `Link:
<...>; rel="next"` header when the 2xx response documents a `Link` header. Inputs in `requestBody` are
refused: our calls take a body as one model, which a walker cannot change field by field.

The JSONPaths are the subset Speakeasy's examples use: `$`, `.name`, `['name']`, `[index]` (`[-1]` is the
last item). Anything else (wildcards, filters, `..`) is a SpecError: a path must select one value.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .errors import SpecError

if TYPE_CHECKING:  # model.py builds each operation's pagination with this module
    from .model import Api

Json = Any

PAGINATION_EXTENSION = "x-speakeasy-pagination"
Kind = Literal["offsetLimit", "cursor", "url"]
Role = Literal["offset", "page", "limit", "cursor"]
JsonPath = tuple[str | int, ...]  # `$.data[-1].id` is ("data", -1, "id"); `$` is ()

# `where(message, *pointer)`: the SpecError for the node at `pointer` below the operation (file, line, pointer).
Where = Callable[..., SpecError]
Resolve = Callable[[Json], Json]

_KINDS: tuple[Kind, ...] = ("offsetLimit", "cursor", "url")
_ROLES: tuple[Role, ...] = ("offset", "page", "limit", "cursor")
_OUTPUTS = {"results": "results", "numPages": "num_pages", "nextCursor": "next_cursor", "nextUrl": "next_url"}
_OUTPUTS_ADDED = {"hasMore": "has_more"}  # ours, beside Speakeasy's


@dataclass(frozen=True)
class PageInput:
    """A parameter the walker sets on each next request."""

    role: Role
    name: str  # as the spec names it
    location: str  # the parameter's `in`: query, header, path or cookie
    default: Json = None  # its schema's default: the first page or the limit when the caller gives none


@dataclass(frozen=True)
class Pagination:
    """How one operation's pages follow each other."""

    type: Kind
    inputs: tuple[PageInput, ...]
    results: JsonPath | None = None
    num_pages: JsonPath | None = None
    next_cursor: JsonPath | None = None
    next_url: JsonPath | None = None
    has_more: JsonPath | None = None
    link_header: bool = False  # the next URL comes from the `Link: <...>; rel="next"` response header

    def input(self, role: Role) -> PageInput | None:
        return next((declared for declared in self.inputs if declared.role == role), None)


def read_pagination(
    operation: dict[str, Json], resolve: Resolve, where: Where, inherited: Sequence[Json] = ()
) -> Pagination | None:
    """The operation's `x-speakeasy-pagination`, checked; None when it declares none.

    `resolve` follows a `$ref` (or returns the node), `where` makes the SpecError for a node below the
    operation, `inherited` are the path item's parameters.
    """
    declared = operation.get(PAGINATION_EXTENSION)
    if declared is None:
        return None
    name = operation.get("operationId") or "the operation"

    def fail(message: str, *pointer: str | int) -> SpecError:
        return where(f"{PAGINATION_EXTENSION} of {name}: {message}", PAGINATION_EXTENSION, *pointer)

    if not isinstance(declared, dict):
        raise fail("must be a mapping with `type`, `inputs` and `outputs`")
    unknown = sorted(set(declared) - {"type", "inputs", "outputs"})
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} (expected type, inputs, outputs)", unknown[0])
    kind = declared.get("type")
    if kind not in _KINDS:
        raise fail(f"type must be one of {', '.join(_KINDS)}, got {kind!r}", "type")
    inputs = _inputs(declared.get("inputs", []), _parameters(operation, resolve, inherited), resolve, fail)
    outputs = _outputs(declared.get("outputs", {}), fail)
    roles = {declared.role for declared in inputs}
    link_header = False
    if kind == "offsetLimit":
        if not roles & {"offset", "page"}:
            raise fail("type offsetLimit needs an input of type offset or page", "inputs")
        if "results" not in outputs and not ("page" in roles and "num_pages" in outputs):
            raise fail("type offsetLimit needs outputs.results (or numPages with a page input)", "outputs")
        if "offset" in roles and "results" not in outputs:
            raise fail("an offset input needs outputs.results: the offset moves by the items received", "outputs")
    elif kind == "cursor":
        if "cursor" not in roles:
            raise fail("type cursor needs an input of type cursor", "inputs")
        if "next_cursor" not in outputs:
            raise fail("type cursor needs outputs.nextCursor", "outputs")
    elif "next_url" not in outputs:
        link_header = _documents_link_header(operation, resolve)
        if not link_header:
            raise fail("type url needs outputs.nextUrl, or a documented `Link` header on its 2xx response", "outputs")
    return Pagination(type=kind, inputs=inputs, link_header=link_header, **outputs)


def _parameters(operation: dict[str, Json], resolve: Resolve, inherited: Sequence[Json]) -> dict[str, dict[str, Json]]:
    """The operation's parameters (its own over its path item's) by name."""
    found: dict[str, dict[str, Json]] = {}
    for declared in (*inherited, *operation.get("parameters", [])):
        parameter = resolve(declared)
        if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
            found[parameter["name"]] = parameter
    return found


def _inputs(
    declared: Json, parameters: dict[str, dict[str, Json]], resolve: Resolve, fail: Callable[..., SpecError]
) -> tuple[PageInput, ...]:
    if not isinstance(declared, list):
        raise fail("inputs must be a list", "inputs")
    inputs: list[PageInput] = []
    for index, item in enumerate(declared):
        if not isinstance(item, dict):
            raise fail("each input must be a mapping with name, in and type", "inputs", index)
        role, name, location = item.get("type"), item.get("name"), item.get("in")
        if role not in _ROLES:
            raise fail(f"input type must be one of {', '.join(_ROLES)}, got {role!r}", "inputs", index, "type")
        if location == "requestBody":
            raise fail(f"input {name!r} in requestBody is not supported: use a parameter", "inputs", index, "in")
        if location != "parameters":
            raise fail(f"input {name!r}: `in` must be parameters, got {location!r}", "inputs", index, "in")
        if not isinstance(name, str) or name not in parameters:
            raise fail(f"input {name!r} is not a parameter of the operation", "inputs", index, "name")
        if any(previous.role == role for previous in inputs):
            raise fail(f"two inputs of type {role}", "inputs", index)
        parameter = parameters[name]
        schema = resolve(parameter.get("schema")) or {}
        inputs.append(PageInput(role, name, str(parameter.get("in")), schema.get("default")))
    return tuple(inputs)


def _outputs(declared: Json, fail: Callable[..., SpecError]) -> dict[str, JsonPath]:
    if not isinstance(declared, dict):
        raise fail("outputs must be a mapping", "outputs")
    names = {**_OUTPUTS, **_OUTPUTS_ADDED}
    outputs = {}
    for key, text in declared.items():
        if key not in names:
            raise fail(f"unknown output {key!r} (expected {', '.join(names)})", "outputs", key)
        try:
            outputs[names[key]] = parse_jsonpath(text)
        except ValueError as error:
            raise fail(f"outputs.{key}: {error}", "outputs", key) from None
    return outputs


# One step of the subset: `.name`, `['name']` / `["name"]`, `[3]` / `[-1]`.
_STEP = re.compile(r"""\.([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\['([^'\\]*)'\]|\["([^"\\]*)"\]""")


def parse_jsonpath(text: Json) -> JsonPath:
    """`$.data[-1].id` -> ("data", -1, "id"); ValueError for anything beyond the subset (see the module)."""
    if not isinstance(text, str) or not text.startswith("$"):
        raise ValueError(f"{text!r} is not a JSONPath starting with `$`")
    steps: list[str | int] = []
    position = 1
    while position < len(text):
        step = _STEP.match(text, position)
        if step is None:
            raise ValueError(
                f"{text!r} is not supported at {text[position:]!r}: use `$`, `.name`, `['name']` or `[index]`"
            )
        name, index, single, double = step.groups()
        steps.append(int(index) if index is not None else next(p for p in (name, single, double) if p is not None))
        position = step.end()
    return tuple(steps)


def _documents_link_header(operation: dict[str, Json], resolve: Resolve) -> bool:
    return any(
        name.lower() == "link"
        for status, response in operation.get("responses", {}).items()
        if str(status).startswith("2")
        for name in (resolve(response) or {}).get("headers", {})
    )


# What the parameters and the 2xx body of an undeclared paginated operation look like.
_PAGE_PARAMETERS = re.compile(
    r"^(page|page_?token|cursor|after|starting_?after|offset|skip|start|next)$", re.IGNORECASE
)
_NEXT_FIELDS = re.compile(r"^(has_?more|more|next|next_?page(_?(uri|url|token|cursor))?|next_?cursor|cursor)$", re.I)


def looks_paginated(operation: dict[str, Json], resolve: Resolve, inherited: Sequence[Json] = ()) -> str | None:
    """Why an operation without `x-speakeasy-pagination` looks paginated, or None.

    It does when it takes a cursor, page or offset parameter and its 2xx body has a next/has_more-shaped
    field: `make generate` names it so a maintainer can declare it.
    """
    if PAGINATION_EXTENSION in operation:
        return None
    parameters = [name for name in _parameters(operation, resolve, inherited) if _PAGE_PARAMETERS.match(name)]
    if not parameters:
        return None
    fields = [name for name in _body_fields(operation, resolve) if _NEXT_FIELDS.match(name)]
    if not fields:
        return None
    name = operation.get("operationId") or "an operation"
    return (
        f"{name} looks paginated (parameter {parameters[0]!r}, response field {fields[0]!r}) but declares no "
        f"{PAGINATION_EXTENSION}: add one (an overlay action) for sync_pages/sync_items"
    )


def _body_fields(operation: dict[str, Json], resolve: Resolve) -> list[str]:
    """The top-level property names of the operation's 2xx JSON bodies (through allOf and $refs)."""
    names: list[str] = []
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        for media_type, media in (resolve(response) or {}).get("content", {}).items():
            if "json" in media_type and isinstance(media, dict):
                names.extend(_properties(media.get("schema"), resolve, depth=0))
    return names


def _properties(schema: Json, resolve: Resolve, depth: int) -> list[str]:
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 8:  # a cycle of allOf is no reason to hang
        return []
    names = list(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names.extend(_properties(part, resolve, depth + 1))
    return names


def pagination_hints(api: "Api") -> list[str]:
    """`looks_paginated` for every kept operation of a spec: what `make generate` prints as hints."""
    hints = []
    for operation in api.operations:
        _, path, method = operation.pointer
        item = api.document["paths"][path]
        if reason := looks_paginated(item[method], api.resolve, item.get("parameters", [])):
            hints.append(reason)
    return hints
