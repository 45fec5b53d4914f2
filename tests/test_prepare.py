"""What openapi-python-client cannot take in a published spec is rewritten, each rewrite on its own."""

import copy
from typing import Any

import pytest

from scripts.codegen.prepare import prepared

pytestmark = pytest.mark.unit


def document(**components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/calls": {
                "get": {
                    "parameters": [
                        {
                            "name": "anthropic-version",
                            "in": "header",
                            "required": True,
                            "schema": {"const": "2023-06-01"},
                        },
                        {"name": "x-mode", "in": "header", "schema": {"enum": ["a", "b"]}},
                    ],
                    "responses": {
                        "200": {"content": {"audio/mpeg": {"schema": {"type": "string"}}}},
                        "default": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    },
                }
            }
        },
        "components": {"schemas": components},
    }


def test_the_published_document_is_left_as_it_is() -> None:
    original = document(A={"type": "object", "properties": {"b": {"$ref": "#/x", "default": {"k": 1}}}})
    kept = copy.deepcopy(original)

    prepared(original)

    assert original == kept


def test_a_single_value_header_defaults_to_it_and_others_stay_as_they_are() -> None:
    [version, mode] = prepared(document())["paths"]["/calls"]["get"]["parameters"]

    assert version == {
        "name": "anthropic-version",
        "in": "header",
        "required": False,
        "schema": {"const": "2023-06-01", "default": "2023-06-01"},
    }
    assert mode == {"name": "x-mode", "in": "header", "schema": {"enum": ["a", "b"]}}


def test_object_and_array_defaults_go_scalar_ones_stay() -> None:
    schemas = prepared(
        document(
            A={
                "type": "object",
                "properties": {
                    "trigger": {"oneOf": [{"$ref": "#/components/schemas/B"}], "default": {"type": "x"}},
                    "tags": {"type": "array", "items": {"type": "string"}, "default": []},
                    "size": {"type": "integer", "default": 3},
                },
            },
            B={"type": "object"},
        )
    )["components"]["schemas"]

    properties = schemas["A"]["properties"]
    assert "default" not in properties["trigger"]
    assert "default" not in properties["tags"]
    assert properties["size"]["default"] == 3


def test_a_body_of_another_media_type_is_bytes_and_responses_keep_their_default() -> None:
    responses = prepared(document())["paths"]["/calls"]["get"]["responses"]

    assert responses["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert "application/json" in responses["default"]["content"], "the `default` response is not a schema default"


def test_duplicate_inline_titles_get_their_components_name() -> None:
    context = {"type": "object", "title": "Context", "additionalProperties": {"type": "string"}}
    schemas = prepared(
        document(
            CreateCall={"type": "object", "properties": {"context": dict(context)}},
            Call={"type": "object", "properties": {"context": dict(context)}},
        )
    )["components"]["schemas"]

    assert schemas["CreateCall"]["properties"]["context"]["title"] == "Context"
    assert schemas["Call"]["properties"]["context"]["title"] == "Call Context"


def test_a_content_parameter_gets_its_schema() -> None:
    published = document()
    filters = {"name": "filters", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}}
    published["paths"]["/calls"]["get"]["parameters"].append(filters)

    parameter = prepared(published)["paths"]["/calls"]["get"]["parameters"][-1]

    assert parameter == {"name": "filters", "in": "query", "schema": {"type": "object"}}
