"""The spec's example answer of every operation, for the generated `<package>.testing` module and README."""

import json
import re
from dataclasses import dataclass

from .spec import Json, operations


@dataclass(frozen=True)
class ExampleAnswer:
    status: int  # the first documented 2xx status
    body: str  # its first example, as JSON text ("" when the spec gives none)

    @property
    def python_literal(self) -> str:
        """The example as a Python literal (`None` when there is none), for generated source."""
        return repr(json.loads(self.body)) if self.body else "None"


def operation_key(method: str, path: str) -> str:
    """An operation's key whatever its path parameters are called: `get /v1/subscriptions/{}/usage`.

    openapi-python-client renames them (`{subscriptionId}` becomes `{subscription_id}`).
    """
    return f"{method.lower()} {re.sub(r'[{][^}]*[}]', '{}', path)}"


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
    return ""


def dereferenced(document: Json, node: Json) -> Json:
    """`node`, or what its `$ref` points to (load_spec has checked that every reference resolves)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        reference: str = node["$ref"]
        node = document
        for part in reference.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node
