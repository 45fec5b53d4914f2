"""Examples a package shows: the calls its README makes, and the answers its `testing` module serves.

The README example runs as written (tests run it against a mock), so it calls only GET operations,
and only those whose required parameters are all strings, integers, numbers or booleans: a call that
buys, cancels or deletes something, or needs a model built first, is no example. The answers are the
spec's own examples of each operation's first 2xx response.
"""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from jsonschema.exceptions import ValidationError
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import SpecWarning
from .model import Api, Json, Response, resolve_pointer

# A value of each simple type, when the spec gives no example.
_PLACEHOLDERS: dict[type[object], str] = {IntProperty: "1", FloatProperty: "1.0", BooleanProperty: "True"}


@dataclass(frozen=True)
class ExampleCall:
    tag: str  # the api subpackage, e.g. "usage"
    module: str  # the operation's module, e.g. "get_usage"
    arguments: tuple[tuple[str, str], ...]  # (parameter, Python literal) of each required parameter


def example_calls(collections: Mapping[str, EndpointCollection]) -> tuple[ExampleCall, ...]:
    """Every GET operation that can be called with literals only, in the spec's order."""
    calls = []
    for tag, collection in collections.items():
        for endpoint in collection.endpoints:
            arguments = _arguments(endpoint)
            if endpoint.method == "get" and arguments is not None:
                calls.append(ExampleCall(str(tag), str(endpoint.name), arguments))
    return tuple(calls)


def _arguments(endpoint: Endpoint) -> tuple[tuple[str, str], ...] | None:
    literals = []
    for parameter in endpoint.list_all_parameters():
        if not parameter.required:
            continue
        literal = _literal(parameter)
        if literal is None:
            return None
        literals.append((str(parameter.python_name), literal))
    return tuple(literals)


def _literal(parameter: PropertyProtocol) -> str | None:
    """A Python literal for a required parameter: its example, else a placeholder of its type; None for others."""
    if isinstance(parameter, StringProperty):
        return json.dumps(parameter.example.get_untrusted_value() if parameter.example else str(parameter.python_name))
    for kind, placeholder in _PLACEHOLDERS.items():
        if isinstance(parameter, kind):
            example = getattr(parameter, "example", None)
            return repr(json.loads(str(example))) if example is not None else placeholder
    return None


@dataclass(frozen=True)
class ExampleAnswer:
    status: int  # the first documented 2xx status
    body: str  # its first example, as JSON text ("" when the spec gives none)

    @property
    def python_literal(self) -> str:
        """The example as a Python literal (`None` when there is none), for generated source."""
        return repr(json.loads(self.body)) if self.body else "None"


def example_answers(api: Api) -> tuple[dict[str, ExampleAnswer], tuple[SpecWarning, ...]]:
    """By `operation_key`, each operation's example answer: its most specific 2xx response (`200` before `2XX`),
    else its `default` (as 200), else an empty 204.

    An example that contradicts its schema in a way the client cannot read (an empty date-time) is not
    served: the least body the schema accepts is, and a warning says so. One the client reads as the
    provider means it (a number sent as a numeric string, as Twilio's API does) is served as it is.
    """
    answers, warnings = {}, []
    checker = _ExampleChecker(api)
    for operation in api.operations:
        successes = sorted(
            (response for response in operation.responses if response.is_success),
            key=lambda response: (response.statuses or (0, 0))[::-1],
        ) or [response for response in operation.responses if response.statuses is None]  # `default` answers 2xx
        if not successes:
            answers[operation.key] = ExampleAnswer(204, "")
            continue
        response = successes[0]
        body, problem = _first_example(api, response, checker)
        if problem:
            where = (*operation.pointer, "responses", response.status, "content")
            warnings.append(api.source.warning(f"{operation.method.upper()} {operation.path}: {problem}", *where))
        answers[operation.key] = ExampleAnswer((response.statuses or (200, 200))[0], body)
    return answers, tuple(warnings)


def _first_example(api: Api, response: Response, checker: "_ExampleChecker") -> tuple[str, str]:
    """The answer's body as JSON text, and what was wrong with the documented example ("" when nothing)."""
    problem = ""
    for content in response.content:
        if content.examples:
            mismatch = checker.mismatch(content.examples[0], content.schema) if "json" in content.media_type else ""
            if not mismatch:
                return json.dumps(content.examples[0]), ""
            problem = f"the example does not match its schema ({mismatch}): MockApi answers with the least valid body"
            break
    for content in response.content:  # no (usable) example, as some publish: the least
        if "json" in content.media_type and content.schema:
            return json.dumps(minimal_instance(api.document, content.schema)), problem
    return "", problem


# A JSON number written as a string: what the client reads as the number (see _validation.py.jinja).
NUMERIC_STRING = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_DOCUMENT = "urn:usage-clients:spec"


class _ExampleChecker:
    """Validates examples against their schemas, with the document's `$ref`s, as OpenAPI's dialect says."""

    def __init__(self, api: Api) -> None:
        self._document = api.document
        self._validator = OAS30Validator if api.openapi.startswith("3.0") else OAS31Validator

    def mismatch(self, example: Json, schema: Json) -> str:
        """Why `example` is no instance of `schema`, in words; "" when it is one, or differs only losslessly."""
        document = {**self._document, "x-example-schema": schema}
        registry: Registry[Json] = Registry().with_resource(
            _DOCUMENT, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        validator = self._validator(
            {"$ref": f"{_DOCUMENT}#/x-example-schema"}, registry=registry, format_checker=self._validator.FORMAT_CHECKER
        )
        for error in validator.iter_errors(example):
            if not _lossless(error):
                where = "".join(f"[{part!r}]" for part in error.absolute_path)
                return f"{error.message[:120]} at example{where}"
        return ""


def _lossless(error: ValidationError) -> bool:
    """A number as a numeric string: read by the client as the number the provider meant."""
    expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    return (
        error.validator == "type"
        and isinstance(error.instance, str)
        and bool({"number", "integer"} & set(expected))
        and NUMERIC_STRING.fullmatch(error.instance) is not None
    )


def minimal_instance(document: Json, schema: Json, _within: frozenset[str] = frozenset()) -> Json:
    """The smallest JSON value `schema` accepts: required properties only, the first of a choice.

    A schema that requires itself (through `$ref`s) has no finite instance: the recursion stops at null.
    """
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in _within:
            return None
        _within = _within | {schema["$ref"]}
        schema = resolve_pointer(document, schema["$ref"])
    if not isinstance(schema, dict):
        return None
    if "const" in schema or schema.get("enum"):
        return schema["const"] if "const" in schema else schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Json] = {}
        for part in schema["allOf"]:
            if isinstance(instance := minimal_instance(document, part, _within), dict):
                merged |= instance
        return merged
    for choice in ("oneOf", "anyOf"):
        if schema.get(choice):
            return minimal_instance(document, schema[choice][0], _within)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    kind = next((option for option in kind if option != "null"), "null") if isinstance(kind, list) else kind
    if kind == "object":
        properties = schema.get("properties") or {}
        return {
            name: minimal_instance(document, properties.get(name, {}), _within) for name in schema.get("required") or []
        }
    return _FORMATTED.get(schema.get("format"), _LEAST.get(kind)) if kind == "string" else _LEAST.get(kind)


# A valid value of the string formats a client checks.
_FORMATTED: dict[object, Json] = {
    "date-time": "1970-01-01T00:00:00Z",
    "date": "1970-01-01",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "uri": "https://example.com",
    "email": "user@example.com",
}
# The least value of each JSON type (null for an unknown type).
_LEAST: dict[str, Json] = {"string": "", "integer": 0, "number": 0, "boolean": False, "array": []}
