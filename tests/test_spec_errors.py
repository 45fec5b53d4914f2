"""Every way a spec can be refused says which file, which line, which JSON pointer and why.

Also what is not refused any more: servers without a description, a spec without security when the
manifest names the scheme, and what openapi-python-client reports is named by line and pointer too.
"""

import copy
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from scripts.codegen.auth import auth_scheme
from scripts.codegen.decisions import decide
from scripts.codegen.errors import GenerationError, SpecError
from scripts.codegen.manifest import AuthScheme, Provider
from scripts.codegen.render import render_package
from scripts.codegen.servers import default_server, named_servers
from scripts.codegen.spec import load_spec

pytestmark = pytest.mark.unit

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://api.example.invalid", "description": "Production"}],
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get_thing",
                "security": [{"bearer": []}],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
}


def write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "spec.yaml"
    with path.open("w") as file:
        YAML().dump(document, file)
    return path


def spec_with(tmp_path: Path, *edits: "Edit") -> Path:
    """BASE with each (pointer, value) set; a value of None deletes the key."""
    document = copy.deepcopy(BASE)
    for pointer, value in edits:
        node: Any = document
        for part in pointer[:-1]:
            node = node[part]
        if value is None:
            del node[pointer[-1]]
        else:
            node[pointer[-1]] = value
    return write(tmp_path, document)


OPERATION = ("paths", "/things/{id}", "get")
Edit = tuple[tuple[str | int, ...], Any]
PROVIDER = Provider(key="x", name="X", spec=Path("specs/x.yaml"), token_env="X_TOKEN", base_url_env="X_URL")
# Refused as it is read: a document that leaves itself, points to nothing or is no OpenAPI.
UNREADABLE: dict[str, tuple[list[Edit], str]] = {
    "ref-leaves": (
        [((*OPERATION, "responses", "200"), {"$ref": "other.yaml#/x"})],
        "$ref 'other.yaml#/x' leaves the document: only local references (#/...) are followed "
        "(at /paths/~1things~1{id}/get/responses/200/$ref)",
    ),
    "dynamic-ref-leaves": (
        [
            (
                (*OPERATION, "responses", "200"),
                {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$dynamicRef": "https://example.invalid/schema"}}},
                },
            )
        ],
        "$dynamicRef 'https://example.invalid/schema' leaves the document: only local references (#/...) are "
        "followed (at /paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$dynamicRef)",
    ),
    "id-moves-the-base": (
        [
            (
                (*OPERATION, "responses", "200"),
                {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$id": "file:///etc/", "type": "object"}}},
                },
            )
        ],
        "$id 'file:///etc/' leaves the document: only local references (#/...) are followed "
        "(at /paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$id)",
    ),
    "ref-to-nothing": (
        [((*OPERATION, "responses", "200"), {"$ref": "#/components/responses/Missing"})],
        "$ref '#/components/responses/Missing' points to nothing (at /paths/~1things~1{id}/get/responses/200/$ref)",
    ),
    "ref-cycle": (
        [
            ((*OPERATION, "responses", "200"), {"$ref": "#/components/responses/A"}),
            (
                ("components", "responses"),
                {"A": {"$ref": "#/components/responses/B"}, "B": {"$ref": "#/components/responses/A"}},
            ),
        ],
        "$ref cycle: #/components/responses/A -> #/components/responses/B -> #/components/responses/A "
        "(at /paths/~1things~1{id}/get/responses/200)",
    ),
    "invalid-openapi": (
        [((*OPERATION, "responses"), "none")],
        "invalid OpenAPI: 'none' is not of type 'object' (at /paths/~1things~1{id}/get/responses)",
    ),
}
# Read, but no package can be made of it: said before anything is rendered.
UNSERVABLE: dict[str, tuple[list[Edit], str]] = {
    "no-security": (
        [((*OPERATION, "security"), None), (("components",), {})],
        "no operation has a security requirement: declare one, or give the provider an `auth` in "
        "scripts/providers.toml (at /security)",
    ),
    "undeclared-scheme": (
        [((*OPERATION, "security"), [{"key": []}])],
        "security scheme 'key' is not declared (at /components/securitySchemes)",
    ),
    "unsupported-scheme": (
        [(("components", "securitySchemes", "bearer"), {"type": "apiKey", "in": "query", "name": "k"})],
        "security scheme 'bearer' is not supported: use http bearer or an apiKey header "
        "(at /components/securitySchemes/bearer)",
    ),
    "unsupported-style": (
        [((*OPERATION, "parameters", 0, "style"), "matrix")],
        "parameter 'id': style 'matrix' in path is not supported (OpenAPI's default style for its location, "
        "or `style: form, explode: false` in the query) (at /paths/~1things~1{id}/get/parameters/0)",
    ),
}


@pytest.mark.parametrize("case", [*UNREADABLE, *UNSERVABLE])
def test_a_refused_spec_names_file_line_pointer_and_reason(tmp_path: Path, case: str) -> None:
    edits, message = UNREADABLE.get(case) or UNSERVABLE[case]
    path = spec_with(tmp_path, *edits)

    with pytest.raises(SpecError) as raised:
        decide(PROVIDER, load_spec(path, shown_as=Path("specs/x.yaml")).api)

    text = str(raised.value)
    assert text.startswith("specs/x.yaml:"), text
    assert text.endswith(message), text
    if raised.value.pointer != "/security":  # the document has no `security`: no line to show
        assert raised.value.line is not None, text


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        pytest.param("openapi: [unclosed\n", "invalid YAML: ", 2, id="bad-yaml"),
        pytest.param("- a list\n", "not an OpenAPI document (expected a mapping at the top level)", None, id="list"),
        pytest.param(b"\xff\xfe", "invalid UTF-8", 1, id="not-utf-8"),
    ],
)
def test_an_unreadable_spec_says_why(tmp_path: Path, text: str | bytes, message: str, line: int | None) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())

    with pytest.raises(SpecError) as raised:
        load_spec(path)

    assert message in str(raised.value)
    assert raised.value.line == line


@pytest.mark.parametrize(
    ("server", "name"),
    [
        pytest.param({"url": "https://api.example.invalid"}, "production", id="generic-host"),
        pytest.param({"url": "https://staging.example.invalid/v1"}, "staging", id="host"),
        pytest.param({"url": "https://x.invalid", "x-fern-server-name": "Production"}, "production", id="fern"),
        pytest.param({"url": "https://x.invalid", "description": "Sandbox for tests"}, "sandbox", id="description"),
        pytest.param({"url": "https://x.invalid", "description": 'EU"""; import os'}, "eu", id="slug"),
    ],
)
def test_a_server_is_named_without_a_description(tmp_path: Path, server: dict[str, str], name: str) -> None:
    spec = load_spec(spec_with(tmp_path, (("servers",), [server])))

    assert [server.name for server in named_servers(spec.api)] == [name]


def test_servers_of_one_name_are_numbered_and_none_at_all_is_no_default(tmp_path: Path) -> None:
    servers = [{"url": f"https://{host}.invalid", "description": "Mock"} for host in ("a", "b", "c")]

    named = named_servers(load_spec(spec_with(tmp_path, (("servers",), servers))).api)
    none = named_servers(load_spec(spec_with(tmp_path, (("servers",), None))).api)

    assert [(server.name, server.url) for server in named] == [
        ("mock", "https://a.invalid"),
        ("mock-2", "https://b.invalid"),
        ("mock-3", "https://c.invalid"),
    ]
    assert (none, default_server(none)) == ((), None)


def test_a_spec_without_security_takes_the_manifests_scheme(tmp_path: Path) -> None:
    path = spec_with(tmp_path, ((*OPERATION, "security"), None), (("components",), {}))
    manifest = AuthScheme(header="Authorization", prefix="token")

    assert auth_scheme(load_spec(path).api, manifest) == manifest


def test_what_the_generator_cannot_handle_names_line_and_pointer(tmp_path: Path) -> None:
    """Two schemas titled alike would be two classes of one name: openapi-python-client refuses the second."""
    same = {"type": "object", "title": "Same", "properties": {"x": {"type": "string"}}}
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}
    path = spec_with(
        tmp_path,
        ((*OPERATION, "responses", "200"), {"description": "OK", "content": body}),
        (("components", "schemas"), {"A": same, "B": same}),
    )
    with pytest.raises(GenerationError) as raised:
        render_package(PROVIDER, load_spec(path, shown_as=PROVIDER.spec), "1.0.0", tmp_path / "out")

    text = str(raised.value)
    assert text.startswith("specs/x.yaml: warning: line "), text
    assert "/components/schemas/B: " in text, text
    assert 'duplicate models with name "Same"' in text, text
    assert "UntrustedString" not in text, text
    assert " at 0x" not in text, text
