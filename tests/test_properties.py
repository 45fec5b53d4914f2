"""Property tests on the 200 schemas of the specs (hypothesis-jsonschema generates the bodies):
every schema-valid body parses and round-trips; a body with a required field removed or a value of
the wrong type raises ResponseValidationError naming exactly that path.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scripts.codegen.manifest import Provider
from support import package, provider_params, same_json, success_content, usage_operation

pytestmark = pytest.mark.unit

Path = tuple[str | int, ...]
# Keywords of OpenAPI's schema object that JSON Schema does not have.
OPENAPI_ONLY = {"example", "examples", "discriminator", "xml", "externalDocs", "deprecated", "readOnly", "writeOnly"}
# One value of each JSON type, to put where the schema does not allow it.
WRONG_VALUES: list[tuple[set[str], Any]] = [
    ({"integer", "number"}, 12345),
    ({"string"}, "not-the-type"),
    ({"boolean"}, True),
    ({"array"}, []),
    ({"object"}, {}),
]


def inline(node: Any, document: dict[str, Any]) -> Any:
    """The schema with every $ref replaced by its target (our specs have no recursive schemas)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = document
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            return inline(target, document)
        schema = {key: inline(value, document) for key, value in node.items() if key not in OPENAPI_ONLY}
        if schema.pop("nullable", False) and "type" in schema:  # OpenAPI 3.0's spelling of a null type
            schema["type"] = [schema["type"], "null"]
        return schema
    if isinstance(node, list):
        return [inline(item, document) for item in node]
    return node


def success_schema(provider: Provider) -> dict[str, Any]:
    document, operation = usage_operation(provider)
    schema: dict[str, Any] = inline(success_content(operation)["schema"], document)
    return schema


def success_model(provider: Provider) -> Any:
    return getattr(package(provider).models, "UsageResponse" if provider.key == "aymara" else "Usage")


def types_of(schema: dict[str, Any]) -> set[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    return {declared} if isinstance(declared, str) else set(declared)


def mutations(value: Any, schema: dict[str, Any], path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """(path of the broken value, the broken body's edit) for every way to break `value` against `schema`.

    An edit is ("remove", key) on the object at the parent path, or ("set", wrong value) at the path.
    Branches of anyOf/oneOf are not descended: which branch a broken value belongs to is ambiguous.
    """
    allowed = types_of(schema)
    if allowed is None:
        return
    for wrong_types, wrong in WRONG_VALUES:
        if not wrong_types & allowed and not ("number" in allowed and wrong_types == {"integer", "number"}):
            yield path, ("set", wrong)
            break
    if isinstance(value, dict) and "object" in allowed:
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key in value:
                yield (*path, key), ("remove", key)
        for key, item in value.items():
            if key in properties:
                yield from mutations(item, properties[key], (*path, key))
            elif isinstance(schema.get("additionalProperties"), dict):
                yield from mutations(item, schema["additionalProperties"], (*path, key))
    if isinstance(value, list) and "array" in allowed and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from mutations(item, schema["items"], (*path, index))


def apply(body: Any, path: Path, edit: tuple[str, Any]) -> Any:
    """A copy of `body` with `edit` made at `path`."""
    kind, argument = edit
    if kind == "remove":
        *parent, _ = path
        path = tuple(parent)
    if not path:
        return {k: v for k, v in body.items() if k != argument} if kind == "remove" else argument
    head, *rest = path
    copy: Any = dict(body) if isinstance(body, dict) else list(body)
    copy[head] = apply(body[head], tuple(rest) + ((argument,) if kind == "remove" else ()), edit)
    return copy


@pytest.mark.parametrize("provider", provider_params())
def test_every_schema_valid_body_parses_and_round_trips(provider: Provider) -> None:
    model = success_model(provider)

    @given(from_schema(success_schema(provider)))
    def check(body: Any) -> None:
        assert same_json(model.from_dict(body).to_dict(), body)

    check()


@pytest.mark.parametrize("provider", provider_params())
def test_a_missing_required_field_or_a_wrong_type_names_its_path(provider: Provider) -> None:
    model = success_model(provider)
    errors = package(provider).errors
    schema = success_schema(provider)

    @given(from_schema(schema), st.data())
    def check(body: Any, data: st.DataObject) -> None:
        candidates = list(mutations(body, schema))
        assume(candidates)
        path, edit = data.draw(st.sampled_from(candidates))
        with pytest.raises(errors.ResponseValidationError) as raised:
            model.from_dict(apply(body, path, edit))
        assert raised.value.path == path, (edit, str(raised.value))

    check()


def test_the_mutation_helpers_break_what_they_say() -> None:
    body = {"usage": {"tests": [{"testId": "1"}, {"testId": "2"}]}, "keep": 1}
    assert apply(body, ("usage", "tests", 1, "testId"), ("set", 5)) == {
        "usage": {"tests": [{"testId": "1"}, {"testId": 5}]},
        "keep": 1,
    }
    assert apply(body, ("usage", "tests", 0, "testId"), ("remove", "testId")) == {
        "usage": {"tests": [{}, {"testId": "2"}]},
        "keep": 1,
    }
    assert body == {"usage": {"tests": [{"testId": "1"}, {"testId": "2"}]}, "keep": 1}
