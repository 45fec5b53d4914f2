"""Servers as a spec declares them: variables, names, operation-level servers, none at all; over real HTTP."""

import json
from pathlib import Path
from typing import Any

import pytest

from scripts.codegen.errors import SpecError
from scripts.codegen.servers import server_plan
from scripts.codegen.spec import load_spec
from scripts.local_server import Received, Reply, local_server
from support import TOKEN, import_rendered, render_spec

pytestmark = [pytest.mark.generator, pytest.mark.http, pytest.mark.usefixtures("clean_env")]

SPEC = """
openapi: 3.1.0
info: {title: Servers, version: "1"}
servers: SERVERS
paths:
  /usage:
    get:
      operationId: getUsage
      security: [{bearer: []}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {used: {type: integer}}}
              example: {used: 1}
  /balance:
    servers: BALANCE_SERVERS
    get:
      operationId: getBalance
      security: [{bearer: []}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {left: {type: integer}}}
              example: {left: 2}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"""


def answer(request: Received) -> Reply:
    body = {"used": 1} if request.target.endswith("/usage") else {"left": 2}
    return Reply(200, json.dumps(body).encode())


def render(tmp_path: Path, servers: Any, balance_servers: Any, key: str) -> Any:
    text = SPEC.replace("BALANCE_SERVERS", json.dumps(balance_servers)).replace("SERVERS", json.dumps(servers), 1)
    return import_rendered(render_spec(tmp_path, text, key), key)


def test_server_variables_are_arguments_then_environment_then_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with local_server(answer) as server:
        host, port = server.url.removeprefix("http://").split(":")
        variables = {
            "host": {"default": host},
            "port": {"default": "1", "description": "the port"},
            "version": {"default": "v1", "enum": ["v1", "v2"]},
        }
        servers = [{"url": "http://{host}:{port}/{version}", "description": "Local", "variables": variables}]
        package = render(tmp_path, servers, [], "variables")

        with package.AuthenticatedClient(TOKEN, port=port) as client:
            assert client.base_url == f"{server.url}/v1"
            assert package.api.default.get_usage.sync(client=client).used == 1
        monkeypatch.setenv("VARIABLES_PORT", port)
        monkeypatch.setenv("VARIABLES_VERSION", "v2")
        with package.AuthenticatedClient(TOKEN) as client:
            assert package.api.default.get_usage.sync(client=client).used == 1
        with pytest.raises(package.errors.ConfigurationError, match=r"version='v3' is not one of v1, v2"):
            package.AuthenticatedClient(TOKEN, version="v3")
        with pytest.raises(package.errors.ConfigurationError, match=r"\$VARIABLES_PORT='1/x'"):
            monkeypatch.setenv("VARIABLES_PORT", "1/x")
            package.AuthenticatedClient(TOKEN)

    assert [request.target for request in server.requests] == ["/v1/usage", "/v2/usage"]
    assert "{" not in "".join(request.target for request in server.requests)


def test_an_operation_served_elsewhere_goes_there_with_its_credentials(tmp_path: Path) -> None:
    with local_server(answer) as main, local_server(answer) as elsewhere:
        package = render(tmp_path, [{"url": main.url}], [{"url": elsewhere.url}], "elsewhere")

        with package.AuthenticatedClient(TOKEN) as client:
            assert package.api.default.get_usage.sync(client=client).used == 1
            assert package.api.default.get_balance.sync(client=client).left == 2
        with package.AuthenticatedClient(TOKEN, base_url=main.url) as client:  # a chosen base URL serves all
            assert package.api.default.get_balance.sync(client=client).left == 2

    assert [request.target for request in main.requests] == ["/usage", "/balance"]
    assert [request.target for request in elsewhere.requests] == ["/balance"]
    assert {request.headers["authorization"] for request in [*main.requests, *elsewhere.requests]} == {
        f"Bearer {TOKEN}"
    }


def test_a_spec_without_servers_needs_a_base_url(tmp_path: Path) -> None:
    with local_server(answer) as server:
        package = render(tmp_path, [], [], "serverless")

        with pytest.raises(package.errors.ConfigurationError, match="declares no server: pass base_url="):
            package.AuthenticatedClient(TOKEN)
        with package.AuthenticatedClient(TOKEN, base_url=server.url) as client:
            assert package.api.default.get_usage.sync(client=client).used == 1


@pytest.mark.unit
def test_a_relative_server_is_resolved_against_the_published_description(tmp_path: Path) -> None:
    spec = tmp_path / "relative.yaml"
    spec.write_text(SPEC.replace("BALANCE_SERVERS", "[]").replace("SERVERS", '[{"url": "/api/v2"}]', 1))
    api = load_spec(spec).api

    plan = server_plan(api, env_prefix="X_", published_at="https://example.com/docs/openapi.json")

    assert [server.url for server in plan.servers] == ["https://example.com/api/v2"]
    with pytest.raises(SpecError, match="is relative, and the spec is not derived"):
        server_plan(api, env_prefix="X_", published_at=None)
