"""The specs: valid OpenAPI, the shape every client relies on, and examples that match their schemas.

Every expectation is read from the spec itself, its manifest entry or its published description: a provider
added with a spec and a manifest entry runs every test here with nothing to add.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts.codegen.auth import auth_plan
from scripts.codegen.documents import load_document
from scripts.codegen.errors import SpecError
from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.servers import default_server, named_servers
from scripts.codegen.spec import Spec, load_spec
from scripts.codegen.upstream import load_upstreams
from support import provider_params, usage_operation

pytestmark = pytest.mark.unit

SPEC_URI = "urn:usage-clients:spec"
UPSTREAMS = load_upstreams(REPO)


def media_types(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON pointer, media type object) of every response body, $refs to shared responses followed."""
    for view in spec.api.operations:
        path, method, operation = view.path, view.method, spec.document["paths"][view.path][view.method]
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
    """A derived spec keeps its published description's version; a hand-written one is OpenAPI 3.0 or 3.1."""
    provider, loaded = spec
    upstream = UPSTREAMS.get(provider.key)
    if upstream is None:
        assert loaded.document["openapi"].split(".")[:2] in (["3", "0"], ["3", "1"])
    else:
        published = load_document(REPO / upstream.file, shown_as=upstream.file).data
        assert loaded.document["openapi"] == published["openapi"]


def test_spec_has_a_get_usage_operation_tagged_usage(spec: tuple[Provider, Spec]) -> None:
    """What the facade calls (`api.usage.get_usage`), among any number of other operations."""
    _, loaded = spec
    [operation] = [operation for operation in loaded.api.operations if operation.operation_id == "get_usage"]
    assert operation.method == "get"
    assert operation.tags == ("usage",)


def test_spec_servers_are_named_after_their_declaration(spec: tuple[Provider, Spec]) -> None:
    """Each server keeps its URL and takes a name its declaration gives (extension, description or host)."""
    _, loaded = spec
    declared = loaded.document["servers"]
    servers = named_servers(loaded.api)
    assert [server.url for server in servers] == [server["url"].rstrip("/") for server in declared]
    for server, declaration in zip(servers, declared, strict=True):
        words = f"{declaration.get('x-fern-server-name', '')} {declaration.get('description', '')}".lower().split()
        if words:  # the extension, else the description's first word
            assert server.name == words[0], server
        else:  # the host's first label, or "production" for a host that names no environment
            assert server.name in server.url or server.name == "production", server
    production = [server for server in servers if server.name == "production"]
    assert default_server(servers) == (production[0] if production else servers[0])


def expected_auth(document: Any, provider: Provider) -> tuple[str, str, str]:
    """The header, prefix and variable of the token OpenAPI's first requirement (the document's, else the first
    operation's) asks a client to send."""
    operations = [operation for item in document["paths"].values() for operation in item.values()]
    secured = [operation["security"] for operation in operations if "security" in operation]
    requirements = document.get("security") or (secured[0] if secured else [])
    if not requirements or not requirements[0]:
        assert provider.auth is not None, "a spec without security needs `auth` in scripts/providers.toml"
        return provider.auth.header, provider.auth.prefix, provider.token_env
    scheme = document["components"]["securitySchemes"][next(iter(requirements[0]))]
    if scheme["type"] == "http":
        assert scheme["scheme"].lower() == "bearer", scheme
        return "Authorization", "Bearer", provider.token_env
    assert (scheme["type"], scheme["in"]) == ("apiKey", "header"), scheme
    return scheme["name"], scheme.get("x-auth-prefix", ""), provider.token_env


def test_spec_auth_scheme_is_its_first_security_requirement(spec: tuple[Provider, Spec]) -> None:
    provider, loaded = spec
    main = auth_plan(loaded.api, provider).main
    assert main is not None
    assert (main.parameter, main.prefix, main.credentials[0].variable) == expected_auth(loaded.document, provider)


def test_every_response_has_a_schema_and_an_example(spec: tuple[Provider, Spec]) -> None:
    provider, loaded = spec
    _, operation = usage_operation(provider)
    assert "200" in operation["responses"]
    bodies = list(media_types(loaded))
    assert len(bodies) >= len(operation["responses"])
    for pointer, content in bodies:
        assert "schema" in content or "json" not in pointer.rsplit("/", 1)[-1], pointer  # audio/mpeg may have none
    if not any(has_example(content) for _, content in bodies):
        pytest.skip(NO_EXAMPLES.format(spec=provider.spec))
    for pointer, content in bodies:
        assert has_example(content), f"{pointer} has no example"


# A description taken as its provider publishes it may have no examples at all: the tests then serve the
# smallest body its schema accepts (support.success_examples); a spec with some must have them everywhere.
NO_EXAMPLES = "{spec} documents no examples, as published: the tests use the smallest body its schema accepts"


def has_example(content: dict[str, Any]) -> bool:
    return "example" in content or bool(content.get("examples"))


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
    provider, loaded = spec
    checked = 0
    for pointer, content in media_types(loaded):
        validator = schema_validator(loaded, pointer)
        examples = [content["example"]] if "example" in content else []
        examples += [example["value"] for example in content.get("examples", {}).values()]
        for example in examples:
            validator.validate(example)
            checked += 1
    if checked == 0:
        pytest.skip(NO_EXAMPLES.format(spec=provider.spec))


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
