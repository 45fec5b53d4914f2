"""The specs: valid OpenAPI, the shape every client relies on, and examples that match their schemas."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts.codegen.errors import SpecError
from scripts.codegen.manifest import AuthScheme, Provider
from scripts.codegen.paths import REPO
from scripts.codegen.spec import Spec, load_spec, operations
from support import provider_params

pytestmark = pytest.mark.unit

# What each client's runtime defaults come from: stated by the providers, checked here.
EXPECTED_AUTH = {
    "aymara": AuthScheme(header="x-api-key", prefix=""),
    "thousandeyes": AuthScheme(header="Authorization", prefix="Bearer"),
    "vocode": AuthScheme(header="Authorization", prefix="Bearer"),
    "wiremock-cloud": AuthScheme(header="Authorization", prefix="Token"),
}
EXPECTED_SERVERS = {
    "aymara": {"production": "https://api.aymara.ai", "staging": "https://staging-api.aymara.ai"},
    "thousandeyes": {"production": "https://api.thousandeyes.com"},
    "vocode": {"production": "https://api.vocode.dev"},  # Vocode's published description dropped staging
    "wiremock-cloud": {"mock": "https://wmc.wiremockapi.cloud", "production": "https://api.wiremock.cloud"},
}
# The version of the published description a spec is derived from (Aymara's: the seed's).
EXPECTED_OPENAPI = {"aymara": "3.1", "thousandeyes": "3.0.1", "vocode": "3.1.0", "wiremock-cloud": "3.1.0"}
SPEC_URI = "urn:usage-clients:spec"


def media_types(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON pointer, media type object) of every response body, $refs to shared responses followed."""
    for path, method, operation in operations(spec.document):
        for status, response in operation["responses"].items():
            pointer = f"/paths/{escape(path)}/{method}/responses/{status}"
            if "$ref" in response:
                pointer = response["$ref"][1:]
                response = resolve(spec.document, pointer)
            for media_type, content in response.get("content", {}).items():
                yield f"{pointer}/content/{escape(media_type)}", content


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def resolve(document: Any, pointer: str) -> Any:
    for part in pointer.strip("/").split("/"):
        document = document[part.replace("~1", "/").replace("~0", "~")]
    return document


@pytest.fixture(params=provider_params())
def spec(request: pytest.FixtureRequest) -> tuple[Provider, Spec]:
    provider: Provider = request.param
    return provider, load_spec(REPO / provider.spec, shown_as=provider.spec)


def test_spec_keeps_the_published_openapi_version(spec: tuple[Provider, Spec]) -> None:
    provider, loaded = spec
    assert loaded.document["openapi"].startswith(EXPECTED_OPENAPI[provider.key])


def test_spec_has_one_get_usage_operation_tagged_usage(spec: tuple[Provider, Spec]) -> None:
    _, loaded = spec
    [(_, method, operation)] = list(operations(loaded.document))
    assert method == "get"
    assert operation["operationId"] == "get_usage"
    assert operation["tags"] == ["usage"]
    assert "usage" in {tag["name"] for tag in loaded.document.get("tags", [])}


def test_spec_servers_and_auth_scheme(spec: tuple[Provider, Spec]) -> None:
    provider, loaded = spec
    assert {server.name: server.url for server in loaded.servers} == EXPECTED_SERVERS[provider.key]
    assert loaded.auth == EXPECTED_AUTH[provider.key]
    assert loaded.default_server.name == "production"


def test_every_response_has_a_schema_and_an_example(spec: tuple[Provider, Spec]) -> None:
    _, loaded = spec
    [(_, _, operation)] = list(operations(loaded.document))
    assert "200" in operation["responses"]
    bodies = list(media_types(loaded))
    assert len(bodies) >= len(operation["responses"])
    for pointer, content in bodies:
        assert "schema" in content, pointer
        assert "example" in content or content.get("examples"), f"{pointer} has no example"


def schema_validator(spec: Spec, pointer: str) -> Any:
    """A validator for the schema of the media type at `pointer`, its $refs resolved in the spec."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec.document, default_specification=DRAFT202012)
    )
    validator_class = OAS30Validator if spec.document["openapi"].startswith("3.0") else OAS31Validator
    return validator_class(
        {"$ref": f"{SPEC_URI}#{pointer}/schema"}, registry=registry, format_checker=validator_class.FORMAT_CHECKER
    )


def test_every_example_validates_against_its_schema(spec: tuple[Provider, Spec]) -> None:
    _, loaded = spec
    checked = 0
    for pointer, content in media_types(loaded):
        validator = schema_validator(loaded, pointer)
        examples = [content["example"]] if "example" in content else []
        examples += [example["value"] for example in content.get("examples", {}).values()]
        for example in examples:
            validator.validate(example)
            checked += 1
    assert checked > 0


def test_a_broken_example_is_caught(spec: tuple[Provider, Spec]) -> None:
    """The check above can fail: a 200 body of the wrong type does not validate."""
    _, loaded = spec
    pointer, _ = next(media_types(loaded))
    with pytest.raises(ValidationError):
        schema_validator(loaded, pointer).validate(["not", "an", "object"])


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        pytest.param("openapi: 3.1.0\ninfo: [unclosed\n", "invalid YAML", 3, id="bad-yaml"),
        pytest.param("openapi: 3.1.0\npaths: {}\n", "'info' is a required property", None, id="no-info"),
        pytest.param(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
            "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/Missing'\n",
            "$ref '#/components/schemas/Missing' points to nothing",
            7,
            id="dangling-ref",
        ),
    ],
)
def test_invalid_specs_raise_spec_error_with_location(
    tmp_path: Path, text: str, message: str, line: int | None
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    with pytest.raises(SpecError) as raised:
        load_spec(path)
    assert message in str(raised.value)
    assert str(path) in str(raised.value)
    assert raised.value.line == line
