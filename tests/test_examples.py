"""The answers the testing module serves when a spec, as published, gives no example: the least its schema takes."""

import json
from pathlib import Path

import pytest

from scripts.codegen.examples import example_answers, minimal_instance
from scripts.codegen.model import build_api
from scripts.codegen.spec import Source

pytestmark = pytest.mark.unit

DOCUMENT = {
    "openapi": "3.1.0",
    "paths": {
        "/usage": {
            "get": {
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Usage"}}},
                    }
                }
            }
        }
    },
    "components": {
        "schemas": {
            "Usage": {
                "type": "object",
                "required": ["plan", "minutes", "limit", "tags", "owner"],
                "properties": {
                    "plan": {"type": "string", "enum": ["plan_free", "plan_unlimited"]},
                    "minutes": {"type": "integer"},
                    "limit": {"type": ["number", "null"]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "owner": {"oneOf": [{"$ref": "#/components/schemas/User"}, {"type": "string"}]},
                    "note": {"type": "string"},
                },
            },
            "User": {"allOf": [{"type": "object", "required": ["id"], "properties": {"id": {"const": "u-1"}}}]},
        }
    },
}
LEAST = {"plan": "plan_free", "minutes": 0, "limit": 0, "tags": [], "owner": {"id": "u-1"}}


def test_the_least_instance_takes_required_properties_and_the_first_choice() -> None:
    assert minimal_instance(DOCUMENT, {"$ref": "#/components/schemas/Usage"}) == LEAST


def test_an_operation_without_an_example_is_answered_with_the_least_instance() -> None:
    [answer] = example_answers(build_api(DOCUMENT, Source(Path("spec.yaml"), None))).values()

    assert (answer.status, json.loads(answer.body)) == (200, LEAST)
