"""A spec as published, made into what openapi-python-client 0.29.1 can take: each rewrite says why.

The rewrites touch only what the generator cannot honour anyway, never what a client sends or reads:

- an object or array `default` (on a `$ref`, a union, a list) is dropped: openapi-python-client
  cannot render one, and leaving the field out lets the server apply its own default;
- a response or request body of a media type other than JSON, text or a form (`audio/mpeg`) is
  read and sent as bytes (`application/octet-stream`);
- a header parameter that allows a single value (`const`, or an `enum` of one) gets it as its default
  (`anthropic-version`): the caller need not pass what can only be one thing;
- two inline schemas of the same `title` would make two classes of one name: the later ones get
  their component's name in front (`NormalizedCall` + `Context` -> `NormalizedCallContext`);
- a `$ref` into the inside of a component (`#/components/schemas/Tag/allOf/0`, as PagerDuty writes),
  which openapi-python-client cannot follow, points to a copy of that node made a component of its own
  (`TagAllOf0`).
"""

import copy
import re
from collections.abc import Iterator
from typing import Any

from .model import resolve_pointer

Json = Any
# Media types openapi-python-client reads itself; any other is handled as bytes.
_UNDERSTOOD = ("application/json", "text/", "multipart/form-data", "application/x-www-form-urlencoded")
_BYTES = "application/octet-stream"
_NOT_SCHEMAS = {"example", "examples", "enum", "const", "default"}  # values, not schemas: never rewritten


def prepared(document: Json) -> Json:
    """A copy of `document` with the rewrites above applied; `document` itself is left as it is."""
    result = copy.deepcopy(document)
    for node in _all_schemas(result):
        if isinstance(node.get("default"), dict | list):
            del node["default"]
    for media in _contents(result):
        for media_type in [name for name in media if not name.startswith(_UNDERSTOOD) and "json" not in name]:
            body = media.pop(media_type)
            media.setdefault(_BYTES, {**body, "schema": {"type": "string", "format": "binary"}})
    for parameter in _header_parameters(result):
        _default_single_value(parameter)
    _rename_duplicate_titles(result)
    _hoist_deep_references(result)
    return result


_DEEP_REFERENCE = re.compile(r"#/components/([^/]+)/([^/]+)/(.+)")


def _hoist_deep_references(document: Json) -> None:
    components = document.get("components") or {}
    hoisted: dict[str, str] = {}  # deep reference -> the component that now holds its node
    pending = [document]
    while pending:
        for node in list(_ref_holders(pending.pop())):  # hoisting adds components: walk first
            match = _DEEP_REFERENCE.fullmatch(node["$ref"])
            if match is None or match.group(1) not in components:
                continue
            if node["$ref"] not in hoisted:
                target = resolve_pointer(document, node["$ref"])
                if target is None:
                    continue
                # The node is a schema when it is inside one, or a body's (`.../content/<type>/schema`).
                inner = match.group(3).split("/")
                kind = "schemas" if match.group(1) == "schemas" or "schema" in inner else match.group(1)
                section = components.setdefault(kind, {})
                words = [match.group(2), *(part.replace("~1", " ").replace("~0", " ") for part in inner)]
                name = "".join(word[:1].upper() + word[1:] for word in re.findall(r"[0-9A-Za-z]+", " ".join(words)))
                while name in section:
                    name += "_"
                section[name] = copy.deepcopy(target)
                hoisted[node["$ref"]] = f"#/components/{kind}/{name}"
                pending.append(section[name])
            node["$ref"] = hoisted[node["$ref"]]


def _ref_holders(node: Json) -> Iterator[dict[str, Json]]:
    """Every mapping below `node` (itself included) that holds a `$ref`."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node
        for key, value in node.items():
            if key not in _NOT_SCHEMAS:
                yield from _ref_holders(value)
    elif isinstance(node, list):
        for item in node:
            yield from _ref_holders(item)


def _header_parameters(document: Json) -> Iterator[dict[str, Json]]:
    declared = [*((document.get("components") or {}).get("parameters") or {}).values()]
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            declared += item.get("parameters") or []
            declared += [
                p
                for operation in item.values()
                if isinstance(operation, dict)
                for p in operation.get("parameters") or []
            ]
    yield from (p for p in declared if isinstance(p, dict) and p.get("in") == "header")


def _default_single_value(parameter: dict[str, Json]) -> None:
    schema = parameter.get("schema")
    if not isinstance(schema, dict) or "default" in schema:
        return
    values = [schema["const"]] if "const" in schema else schema.get("enum") or []
    if len(values) == 1:
        schema["default"] = values[0]
        parameter["required"] = False  # it is always sent: its default is the value


def _all_schemas(document: Json) -> Iterator[dict[str, Json]]:
    """Every schema of the document: the components', and each `schema` of a parameter, body or header."""
    for schema in ((document.get("components") or {}).get("schemas") or {}).values():
        yield from _schema_nodes(schema)
    yield from (node for schema in _values_of(document, "schema") for node in _schema_nodes(schema))


def _values_of(node: Json, wanted: str) -> Iterator[Json]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == wanted:
                yield value
            elif key not in _NOT_SCHEMAS:
                yield from _values_of(value, wanted)
    elif isinstance(node, list):
        for item in node:
            yield from _values_of(item, wanted)


def _schema_nodes(schema: Json) -> Iterator[dict[str, Json]]:
    """`schema` and the schemas inside it (properties, items, members of a union...)."""
    if not isinstance(schema, dict):
        return
    yield schema
    for keyword in ("items", "additionalProperties", "not"):
        yield from _schema_nodes(schema.get(keyword))
    for keyword in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for member in schema.get(keyword) or []:
            yield from _schema_nodes(member)
    for member in (schema.get("properties") or {}).values():
        yield from _schema_nodes(member)


def _contents(document: Json) -> Iterator[dict[str, Json]]:
    """Every `content` map of a request body or a response."""
    for item in (document.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else []:
            if not isinstance(operation, dict):
                continue
            bodies = [operation.get("requestBody"), *(operation.get("responses") or {}).values()]
            for body in bodies:
                if isinstance(body, dict) and isinstance(body.get("content"), dict):
                    yield body["content"]
    for group in ("requestBodies", "responses"):
        for body in ((document.get("components") or {}).get(group) or {}).values():
            if isinstance(body, dict) and isinstance(body.get("content"), dict):
                yield body["content"]


def _rename_duplicate_titles(document: Json) -> None:
    schemas = (document.get("components") or {}).get("schemas") or {}
    taken = {_class(str(schema.get("title") or name)) for name, schema in schemas.items() if isinstance(schema, dict)}
    for component, schema in schemas.items():
        for node in _schema_nodes(schema):
            title = node.get("title")
            if node is schema or not isinstance(title, str) or not _is_model(node):
                continue
            if _class(title) in taken:
                node["title"] = f"{component} {title}"
            taken.add(_class(node["title"]))


def _class(title: str) -> str:
    """What a title becomes as a class name, compared loosely: `Example Context` and `ExampleContext` are one."""
    return re.sub(r"[^0-9a-zA-Z]", "", title).lower()


def _is_model(node: dict[str, Json]) -> bool:
    """An inline schema that becomes a class of its own: an object, or an enum."""
    return node.get("type") == "object" or bool(node.get("properties")) or "enum" in node
