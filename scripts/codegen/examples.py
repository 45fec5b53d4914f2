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

from .spec import Json, dereferenced, operation_key, operations

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


def example_answers(document: Json) -> dict[str, ExampleAnswer]:
    """By `operation_key`, each operation's example answer."""
    answers = {}
    for path, method, operation in operations(document):
        successes = sorted(
            (int(code), response)
            for code, response in operation.get("responses", {}).items()
            if code.isdigit() and 200 <= int(code) < 300
        )
        status, response = successes[0] if successes else (204, {})
        answers[operation_key(method, path)] = ExampleAnswer(status, _first_example(document, response))
    return answers


def _first_example(document: Json, response: Json) -> str:
    response = dereferenced(document, response)
    for media in (response.get("content") or {}).values():
        if "example" in media:
            return json.dumps(media["example"])
        for example in (media.get("examples") or {}).values():
            example = dereferenced(document, example)
            if "value" in example:
                return json.dumps(example["value"])
        schema = dereferenced(document, media.get("schema") or {})
        if "example" in schema:
            return json.dumps(schema["example"])
    for name, media in (response.get("content") or {}).items():  # no example at all, as some publish: the least
        if "json" in name and "schema" in media:
            return json.dumps(minimal_instance(document, media["schema"]))
    return ""


def minimal_instance(document: Json, schema: Json) -> Json:
    """The smallest JSON value `schema` accepts: required properties only, the first of a choice."""
    schema = dereferenced(document, schema)
    if "const" in schema or "enum" in schema:
        return schema["const"] if "const" in schema else schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Json] = {}
        for part in schema["allOf"]:
            merged |= minimal_instance(document, part)
        return merged
    for choice in ("oneOf", "anyOf"):
        if choice in schema:
            return minimal_instance(document, schema[choice][0])
    kind = schema.get("type", "object" if "properties" in schema else "string")
    kind = next(option for option in kind if option != "null") if isinstance(kind, list) else kind
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal_instance(document, properties[name]) for name in schema.get("required", [])}
    return {"string": "", "integer": 0, "number": 0, "boolean": False, "array": []}[kind]
