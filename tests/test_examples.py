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
    answers, warnings = example_answers(build_api(DOCUMENT, Source(Path("spec.yaml"), None)))
    [answer] = answers.values()
    assert warnings == ()

    assert (answer.status, json.loads(answer.body)) == (200, LEAST)


MISMATCHED = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/records": {
            "get": {
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Record"},
                                "example": {"price": "2192.84855", "count": "3", "start": "EXAMPLE"},
                            }
                        },
                    }
                }
            }
        }
    },
    "components": {
        "schemas": {
            "Record": {
                "type": "object",
                "required": ["start"],
                "properties": {
                    "price": {"type": "number"},
                    "count": {"type": "integer"},
                    "start": {"type": "string", "format": "date-time"},
                },
            }
        }
    },
}


@pytest.mark.parametrize(
    ("start", "served", "warned"),
    [
        pytest.param("2026-01-01T00:00:00Z", "example", False, id="numeric-strings-are-read-as-numbers"),
        pytest.param("", "least", True, id="an-empty-date-time-is-not"),
    ],
)
def test_an_example_that_contradicts_its_schema(start: str, served: str, warned: bool) -> None:
    document = json.loads(json.dumps(MISMATCHED).replace("EXAMPLE", start))

    answers, warnings = example_answers(build_api(document, Source(Path("spec.yaml"), None)))

    [answer] = answers.values()
    example = {"price": "2192.84855", "count": "3", "start": start}
    assert json.loads(answer.body) == (example if served == "example" else {"start": "1970-01-01T00:00:00Z"})
    assert [str(warning) for warning in warnings] == (
        [
            "spec.yaml: GET /records: the example does not match its schema ('' is not a 'date-time' at "
            "example['start']): MockApi answers with the least valid body "
            "(at /paths/~1records/get/responses/200/content)"
        ]
        if warned
        else []
    )
