"""Examples a package shows: the calls its README makes, and the answers its `testing` module serves.

The README example runs as written (tests run it against a mock), so it calls only GET operations,
and only those whose required parameters are all strings, integers, numbers or booleans: a call that
buys, cancels or deletes something, or needs a model built first, is no example. The answers are the
spec's own examples of each operation's first 2xx response.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass

from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty

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


def example_answers(api: Api) -> dict[str, ExampleAnswer]:
    """By `operation_key`, each operation's example answer: its most specific 2xx response (`200` before `2XX`)."""
    answers = {}
    for operation in api.operations:
        successes = sorted(
            (response for response in operation.responses if response.is_success),
            key=lambda response: (response.statuses or (0, 0))[::-1],
        )
        if not successes:
            answers[operation.key] = ExampleAnswer(204, "")
            continue
        response = successes[0]
        answers[operation.key] = ExampleAnswer((response.statuses or (200, 200))[0], _first_example(api, response))
    return answers


def _first_example(api: Api, response: Response) -> str:
    for content in response.content:
        if content.examples:
            return json.dumps(content.examples[0])
    for content in response.content:  # no example at all, as some publish: the least
        if "json" in content.media_type and content.schema:
            return json.dumps(minimal_instance(api.document, content.schema))
    return ""


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
    return _LEAST.get(kind)


# The least value of each JSON type (null for an unknown type).
_LEAST: dict[str, Json] = {"string": "", "integer": 0, "number": 0, "boolean": False, "array": []}
