"""The calls a package's README shows, decided here: only safe reads, with arguments of the right type.

The README example runs as written (tests run it against a mock), so it calls only GET operations,
and only those whose required parameters are all strings, integers, numbers or booleans: a call that
buys, cancels or deletes something, or needs a model built first, is no example.
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
