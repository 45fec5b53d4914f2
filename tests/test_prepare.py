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


def test_a_component_that_only_names_another_is_replaced_by_it() -> None:
    problem = {"type": "object", "properties": {"extensions": {"type": "object", "properties": {}}}}
    alias = {"type": "object", "description": "Bad request.", "allOf": [{"$ref": "#/components/schemas/Problem"}]}
    union = {
        "oneOf": [{"$ref": "#/components/schemas/BadRequest"}],
        "discriminator": {"propertyName": "type", "mapping": {"bad": "#/components/schemas/BadRequest"}},
    }
    nullable = {"allOf": [{"$ref": "#/components/schemas/Problem"}], "nullable": True}
    result = prepared(document(Problem=problem, BadRequest=alias, Union=union, Nullable=nullable))
    schemas = result["components"]["schemas"]

    assert set(schemas) == {"Problem", "Union", "Nullable"}, "an alias that says more than a name stays"
    assert schemas["Union"]["oneOf"] == [{"$ref": "#/components/schemas/Problem"}]
    assert schemas["Union"]["discriminator"]["mapping"] == {"bad": "#/components/schemas/Problem"}


def _operations(*operations: tuple[str, str, dict[str, Any]]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path, operation in operations:
        paths.setdefault(path, {})[method] = {"responses": {"204": {"description": "none"}}, **operation}
    return {"openapi": "3.1.0", "paths": paths}


def test_operations_get_unique_ascii_names_the_first_keeping_its_own() -> None:
    result = prepared(
        _operations(
            ("get", "/projects/{id}", {"operationId": "get", "tags": ["manage > projects"]}),
            ("get", "/models/{id}", {"operationId": "get", "tags": ["\uff4danage > projects"]}),
            ("post", "/models/{id}", {"operationId": "Get", "tags": ["日本"]}),
            ("get", "/imports", {"operationId": "import"}),
            ("get", "/donnees", {"operationId": "Données"}),
            ("get", "/nothing", {}),
            ("get", "/modules", {"operationId": "import_module", "tags": ["import_module"]}),
        )
    )["paths"]

    names = {
        f"{method} {path}": (operation.get("operationId"), operation.get("tags"))
        for path, item in result.items()
        for method, operation in item.items()
    }
    assert names == {
        "get /projects/{id}": ("get", ["manage > projects"]),  # as openapi-python-client names it: kept as it is
        "get /models/{id}": ("get_models_id", ["manage_projects"]),  # a fullwidth m: one tag with the first
        "post /models/{id}": ("post_models_id", ["tag"]),  # `Get` is `get` once snake_cased; no ASCII left of `日本`
        "get /imports": ("import", None),  # openapi-python-client makes it `import_`, a good name
        "get /donnees": ("donnees", None),
        "get /nothing": (None, None),  # its name is its path's
        "get /modules": ("get_modules", ["tag_import_module"]),  # the lazy package `__init__`'s own name
    }


def test_enum_members_get_unique_ascii_names_and_good_ones_stay() -> None:
    kinds = {"type": "string", "enum": ["a-b", "a_b", "é", "日本", "1st"]}
    good = {"type": "string", "enum": ["a", "b"]}
    schemas = prepared(document(Kind=kinds, Good=good))["components"]["schemas"]

    assert schemas["Kind"]["x-enum-varnames"] == ["A_B", "A_B_2", "E", "VALUE_3", "VALUE_4"]
    assert "x-enum-varnames" not in schemas["Good"]


def test_classes_and_their_modules_are_unique_and_ascii() -> None:
    schemas = prepared(
        document(
            Thing={"type": "object", "properties": {"bar": {"type": "object", "properties": {}}}},
            THING={"type": "object"},  # `thing.py` as well
            Response={"type": "object"},  # the name every operation's module imports from `types`
            Data={"type": "object", "title": "Données"},
            ThingBar={"type": "object"},  # what Thing's inline `bar` is called
        )
    )["components"]["schemas"]

    assert "title" not in schemas["Thing"]
    assert schemas["THING"]["title"] == "THING2"
    assert schemas["Response"]["title"] == "Response2"
    assert schemas["Data"]["title"] == "Donnees"
    assert "title" not in schemas["ThingBar"], "a component keeps its name"
    assert schemas["Thing"]["properties"]["bar"]["title"] == "ThingBar2"


def test_properties_openapi_python_client_cannot_tell_apart_get_a_stand_in_key() -> None:
    integer = {"type": "integer"}
    properties = {"a b": integer, "a-b": integer, "fooBar": integer, "foo_bar": integer}
    schemas = prepared(document(Thing={"type": "object", "required": ["a-b"], "properties": properties}))

    thing = schemas["components"]["schemas"]["Thing"]
    assert list(thing["properties"]) == ["a b", "a-b_2", "fooBar", "foo_bar"]  # `fooBar`: it tells them apart
    assert thing["required"] == ["a-b_2"]
    assert thing["x-usage-clients-wire-names"] == {"a-b_2": "a-b"}


def test_a_content_parameter_gets_its_schema() -> None:
    published = document()
    filters = {"name": "filters", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}}
    published["paths"]["/calls"]["get"]["parameters"].append(filters)

    parameter = prepared(published)["paths"]["/calls"]["get"]["parameters"][-1]

    assert parameter == {"name": "filters", "in": "query", "schema": {"type": "object"}}
