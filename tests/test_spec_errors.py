"""Every way a spec can be refused says which file, which line, which JSON pointer and why.

Also what is not refused any more: servers without a description, a spec without security when the
manifest names the scheme, and what openapi-python-client reports is named by line and pointer too.
"""

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from scripts.codegen.auth import auth_plan
from scripts.codegen.decisions import decide
from scripts.codegen.errors import GenerationError, SpecError
from scripts.codegen.manifest import AuthScheme, Provider
from scripts.codegen.overlay import apply_overlay, load_overlay
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
KEY_SCHEME = {"type": "apiKey", "in": "header", "name": "X-Key"}
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
ID = BASE["paths"]["/things/{id}"]["get"]["parameters"][0]
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
        [(("components", "securitySchemes", "bearer"), {"type": "http", "scheme": "digest"})],
        "security scheme 'bearer' cannot be served (http digest) and no other requirement is left: give the "
        "provider an `auth` in scripts/providers.toml (sent instead), or remove it in the provider's overlay with "
        "the action {target: \"$.paths['/things/{id}'].get.security\", "
        'description: "The client cannot serve http digest.", remove: true} (at /components/securitySchemes/bearer)',
    ),
    "mutual-tls": (
        [
            (("openapi",), "3.1.0"),  # mutualTLS is 3.1's
            (("components", "securitySchemes", "bearer"), {"type": "mutualTLS"}),
            (("security",), [{"bearer": []}]),
        ],
        "security scheme 'bearer' cannot be served (mutualTLS) and no other requirement is left: give the "
        "provider an `auth` in scripts/providers.toml (sent instead), or remove it in the provider's overlay with "
        'the action {target: "$.security", '
        'description: "The client cannot serve mutualTLS.", remove: true} (at /components/securitySchemes/bearer)',
    ),
    "deep-object-string": (
        [
            (
                (*OPERATION, "parameters"),
                [ID, {"name": "q", "in": "query", "style": "deepObject", "schema": {"type": "string"}}],
            )
        ],
        "parameter 'q' in query cannot be sent: a deepObject must be an object, not scalar; the Overlay action "
        "`target: \"$['paths']['/things/{id}']['get']['parameters'][1]\", update: {style: form}` changes it "
        "(`remove: true` drops it) (at /paths/~1things~1{id}/get/parameters/1)",
    ),
    "deep-object-array": (
        [
            ((*OPERATION, "parameters"), [ID, {"$ref": "#/components/parameters/Filter"}]),
            (
                ("components", "parameters"),
                {
                    "Filter": {
                        "name": "filter",
                        "in": "query",
                        "style": "deepObject",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    }
                },
            ),
        ],
        "parameter 'filter' in query cannot be sent: a deepObject must be an object, not array; the Overlay action "
        "`target: \"$['components']['parameters']['Filter']\", update: {style: form}` changes it (`remove: true` "
        "drops it) (at /paths/~1things~1{id}/get/parameters/1)",
    ),
    "array-of-objects": (
        [
            (
                (*OPERATION, "parameters"),
                [ID, {"name": "pairs", "in": "query", "schema": {"type": "array", "items": {"type": "object"}}}],
            )
        ],
        "parameter 'pairs' in query cannot be sent: style 'form' cannot carry an array of arrays or objects; the "
        "Overlay action `target: \"$['paths']['/things/{id}']['get']['parameters'][1]\", remove: true` drops it "
        "(at /paths/~1things~1{id}/get/parameters/1)",
    ),
    "exploded-cookie-array": (
        [
            (
                (*OPERATION, "parameters"),
                [ID, {"name": "tags", "in": "cookie", "schema": {"type": "array", "items": {"type": "string"}}}],
            )
        ],
        "parameter 'tags' in cookie cannot be sent: an exploded array would be one cookie per item, all of one "
        "name; the Overlay action `target: \"$['paths']['/things/{id}']['get']['parameters'][1]\", update: "
        "{explode: false}` changes it (`remove: true` drops it) (at /paths/~1things~1{id}/get/parameters/1)",
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
    provider = replace(PROVIDER, auth=AuthScheme(header="Authorization", prefix="token"))

    main = auth_plan(load_spec(path).api, provider).main

    assert main is not None
    assert (main.location, main.parameter, main.prefix) == ("header", "Authorization", "token")


def test_the_overlay_action_an_unservable_scheme_names_fixes_it(tmp_path: Path) -> None:
    """The action printed, applied as written, leaves the operation the document's requirement."""
    path = spec_with(
        tmp_path,
        (("openapi",), "3.1.0"),
        (("components", "securitySchemes"), {"bearer": {"type": "mutualTLS"}, "key": KEY_SCHEME}),
        (("security",), [{"key": []}]),
    )
    with pytest.raises(SpecError) as raised:
        decide(PROVIDER, load_spec(path).api)
    action = YAML(typ="safe").load(str(raised.value).split("with the action ", 1)[1].rsplit(" (at /", 1)[0])
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(json.dumps({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [action]}))
    fixed = write(tmp_path, apply_overlay(load_spec(path).document, load_overlay(overlay, shown_as=overlay)))

    auth = decide(PROVIDER, load_spec(fixed).api).auth
    assert (auth.security, auth.operations) == ((("key",),), {})


def test_the_manifests_auth_stands_in_for_a_scheme_that_cannot_be_served(tmp_path: Path) -> None:
    path = spec_with(tmp_path, (("components", "securitySchemes", "bearer"), {"type": "http", "scheme": "digest"}))
    provider = replace(PROVIDER, auth=AuthScheme(header="X-Key", prefix=""))

    auth = decide(provider, load_spec(path).api).auth

    assert (auth.security, auth.operations, auth.main) == ((("manifest",),), {}, auth.schemes[0])
    assert (auth.schemes[0].parameter, auth.schemes[0].credentials[0].variable) == ("X-Key", "X_TOKEN")
    [warning] = auth.warnings  # said in the summary of `make generate`
    assert warning.message.startswith("security scheme 'bearer' cannot be served (http digest)"), warning


def test_what_the_generator_cannot_handle_names_line_and_pointer(tmp_path: Path) -> None:
    """An enum of a string and a number is no class openapi-python-client can make: it refuses it."""
    mixed = {"enum": ["a", 1]}
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}
    path = spec_with(
        tmp_path,
        ((*OPERATION, "responses", "200"), {"description": "OK", "content": body}),
        (("components", "schemas"), {"A": {"type": "object"}, "B": mixed}),
    )
    with pytest.raises(GenerationError) as raised:
        render_package(PROVIDER, load_spec(path, shown_as=PROVIDER.spec), "1.0.0", tmp_path / "out")

    text = str(raised.value)
    assert text.startswith("specs/x.yaml: warning: line "), text
    assert "/components/schemas/B: " in text, text
    assert "Enum values must all be the same type" in text, text
    assert "UntrustedString" not in text, text
    assert " at 0x" not in text, text
