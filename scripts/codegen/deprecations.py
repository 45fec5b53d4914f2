"""What a spec marks `deprecated: true` in one operation: the operation, its parameters, its bodies' fields.

Decided here, rendered by the templates: a deprecated operation's functions get PEP 702 `@deprecated`
(type checkers flag a call; calling it warns once, at the caller's line), a deprecated parameter warns
when passed, both are marked in docstrings and the README's reference. A deprecated field of a model is
marked in its docstring and listed in the model's `_DEPRECATED_FIELDS`, which the API diff reads.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.schema import Schema
from openapi_python_client.strings import PythonIdentifier

Json = Any  # model.py builds each operation's deprecations with this module: it imports nothing of it

Resolve = Callable[[Json], Json]
# openapi-python-client's prefix for a name that is no identifier (its `field_prefix` default).
_FIELD_PREFIX = "field_"


@dataclass(frozen=True)
class DeprecatedParameter:
    name: str  # as the spec names it
    python_name: str  # the keyword argument of the operation's functions (as openapi-python-client names it)
    location: str  # query, header, path or cookie


@dataclass(frozen=True)
class Deprecations:
    """What is deprecated in one operation."""

    operation: bool
    parameters: tuple[DeprecatedParameter, ...] = ()
    # Top-level fields of its request body and 2xx response bodies: ("request", "region"), ("response", "plan")
    fields: tuple[tuple[str, str], ...] = ()

    def parameter(self, name: str, location: str | None = None) -> bool:
        """Whether the parameter the spec calls `name` (in `location`, when given) is deprecated."""
        return any(p.name == name and location in (None, p.location) for p in self.parameters)


def deprecations(operation: dict[str, Json], resolve: Resolve, inherited: Sequence[Json] = ()) -> Deprecations:
    """The deprecations of `operation`; `resolve` follows a `$ref`, `inherited` are its path item's parameters."""
    parameters: dict[tuple[str, Json], DeprecatedParameter] = {}
    for declared in (*inherited, *operation.get("parameters", [])):
        parameter = resolve(declared)
        if not isinstance(parameter, dict) or not isinstance(parameter.get("name"), str):
            continue
        name = parameter["name"]
        key = (name, parameter.get("in"))
        parameters.pop(key, None)  # the operation's own declaration overrides its path item's
        if parameter.get("deprecated") is True:
            python_name = str(PythonIdentifier(name, prefix=_FIELD_PREFIX))
            parameters[key] = DeprecatedParameter(name, python_name, str(parameter.get("in")))
    request = resolve(operation.get("requestBody")) or {}
    fields = [("request", name) for name in _deprecated_fields(request, resolve)]
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            fields.extend(("response", name) for name in _deprecated_fields(resolve(response) or {}, resolve))
    return Deprecations(
        operation=operation.get("deprecated") is True,
        parameters=tuple(parameters.values()),
        fields=tuple(dict.fromkeys(fields)),
    )


def _deprecated_fields(body: Json, resolve: Resolve) -> Iterator[str]:
    """The deprecated top-level properties of a request or response object's JSON schemas."""
    for media_type, media in (body.get("content") or {}).items() if isinstance(body, dict) else ():
        if "json" in media_type and isinstance(media, dict):
            yield from _schema_fields(media.get("schema"), resolve, depth=0)


def _schema_fields(schema: Json, resolve: Resolve, depth: int) -> Iterator[str]:
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 8:  # a cycle of allOf is no reason to hang
        return
    for name, declared in (schema.get("properties") or {}).items():
        target = resolve(declared)
        if isinstance(target, dict) and (target.get("deprecated") is True or declared.get("deprecated") is True):
            yield name
    for part in schema.get("allOf") or []:
        yield from _schema_fields(part, resolve, depth + 1)


def deprecated_fields(model: ModelProperty) -> tuple[str, ...]:
    """The Python names of a model's properties its schema marks deprecated (the templates' `deprecated_fields`)."""
    declared = model.data.properties or {}
    return tuple(
        str(prop.python_name)
        for prop in (*(model.required_properties or []), *(model.optional_properties or []))
        if isinstance(schema := declared.get(prop.name), Schema) and schema.deprecated
    )
