"""The runtime every generated client shares: defaults from the spec, auth, encoding, secrets, logging.

Over real HTTP against a small server on 127.0.0.1 that records exactly what each client sent.
"""

import asyncio
import json
import logging
import time
from typing import Any

import httpx
import pytest

from scripts.codegen.auth import auth_plan
from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.servers import named_servers
from scripts.codegen.spec import load_spec
from scripts.local_server import Received, Reply, local_server
from support import (
    TOKEN,
    client_for,
    get_usage_module,
    package,
    provider_by_key,
    provider_params,
    required_arguments,
    same_json,
    success_example,
)

# What the spec's security scheme says each client must send, stated here independently of the generator for
# the providers the README names; one added since is held to its spec (`expected_auth_header`).
EXPECTED_AUTH_HEADER = {
    "aymara": ("x-api-key", TOKEN),
    "thousandeyes": ("authorization", f"Bearer {TOKEN}"),
    "vocode": ("authorization", f"Bearer {TOKEN}"),
    "wiremock-cloud": ("authorization", f"Token {TOKEN}"),
}

pytestmark = [pytest.mark.http, pytest.mark.usefixtures("clean_env")]


def expected_auth_header(provider: Provider) -> tuple[str, str]:
    if provider.key in EXPECTED_AUTH_HEADER:
        return EXPECTED_AUTH_HEADER[provider.key]
    main = auth_plan(load_spec(REPO / provider.spec).api, provider).main
    assert main is not None, "a provider's token is its main scheme's"
    return main.parameter.lower(), f"{main.prefix} {TOKEN}" if main.prefix else TOKEN


def serve_example(provider: Provider) -> Reply:
    return Reply(200, json.dumps(success_example(provider)).encode())


@pytest.mark.parametrize("provider", provider_params())
def test_base_url_defaults_to_the_spec_servers(provider: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    servers = {server.name: server.url for server in named_servers(load_spec(REPO / provider.spec).api)}
    client_class = package(provider).AuthenticatedClient
    assert client_class(TOKEN).base_url == servers["production"]
    for name, url in servers.items():
        assert client_class(TOKEN, server=name).base_url == url
    with pytest.raises(package(provider).errors.ConfigurationError, match="Unknown server 'nowhere': choose one of"):
        client_class(TOKEN, server="nowhere")

    monkeypatch.setenv(provider.base_url_env, "http://127.0.0.1:9/from-env")
    assert client_class(TOKEN).base_url == "http://127.0.0.1:9/from-env"
    assert client_class(TOKEN, base_url="http://127.0.0.1:9/given").base_url == "http://127.0.0.1:9/given"


@pytest.mark.parametrize("provider", provider_params())
def test_token_comes_from_the_environment_or_a_clear_error(provider: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = package(provider)
    with pytest.raises(pkg.errors.MissingTokenError, match=provider.token_env):
        pkg.AuthenticatedClient()
    monkeypatch.setenv(provider.token_env, TOKEN)
    with (
        local_server(lambda _: serve_example(provider)) as server,
        pkg.AuthenticatedClient(base_url=server.url) as client,
    ):
        get_usage_module(provider).sync(client=client, **required_arguments(provider))
    name, value = expected_auth_header(provider)
    assert server.requests[0].headers[name] == value


@pytest.mark.parametrize("provider", provider_params())
def test_default_timeout_and_retries(provider: Provider) -> None:
    client = package(provider).AuthenticatedClient(TOKEN)
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.max_retries == 2


@pytest.mark.parametrize("provider", provider_params())
def test_the_auth_header_follows_the_security_scheme(provider: Provider) -> None:
    with local_server(lambda _: serve_example(provider)) as server, client_for(provider, server.url) as client:
        usage = get_usage_module(provider).sync(client=client, **required_arguments(provider))
    assert same_json(usage.to_dict(), success_example(provider))
    name, value = expected_auth_header(provider)
    assert server.requests[0].headers[name] == value
    other_secret_headers = {"x-api-key", "authorization"} - {name}
    assert not other_secret_headers & server.requests[0].headers.keys()


def test_explode_false_sends_one_comma_joined_parameter() -> None:
    provider = provider_by_key("thousandeyes")
    expand = package(provider).models.Expand
    with local_server(lambda _: serve_example(provider)) as server, client_for(provider, server.url) as client:
        module = get_usage_module(provider)
        module.sync(client=client, aid="1234", expand=[expand.TEST, expand.ENTERPRISE_AGENT])
        module.sync(client=client, expand=[expand("future-value")])
        module.sync(client=client)
    assert [request.target for request in server.requests] == [
        "/v7/usage?aid=1234&expand=test,enterprise-agent",
        "/v7/usage?expand=future-value",
        "/v7/usage",
    ]


def test_path_parameters_are_percent_encoded_slash_included() -> None:
    provider = provider_by_key("wiremock-cloud")
    with local_server(lambda _: serve_example(provider)) as server, client_for(provider, server.url) as client:
        get_usage_module(provider).sync(client=client, subscription_id="a/b c?d")
    assert server.requests[0].target == "/v1/subscriptions/a%2Fb%20c%3Fd/usage"


@pytest.mark.parametrize("provider", provider_params())
def test_no_credentials_follow_a_redirect_to_another_host(provider: Provider) -> None:
    with (
        local_server(lambda _: serve_example(provider)) as elsewhere,
        local_server(lambda request: Reply(307, headers={"Location": elsewhere.url + request.target})) as api,
        client_for(provider, api.url, follow_redirects=True) as client,
    ):
        get_usage_module(provider).sync(client=client, **required_arguments(provider))
    name, value = expected_auth_header(provider)
    assert api.requests[0].headers[name] == value
    assert len(elsewhere.requests) == 1
    assert TOKEN not in json.dumps(elsewhere.requests[0].headers)


@pytest.mark.parametrize("provider", provider_params())
def test_the_token_is_in_no_repr_error_or_log_line(provider: Provider, caplog: pytest.LogCaptureFixture) -> None:
    pkg = package(provider)
    failing = iter([Reply(503, b'{"detail": "busy"}'), Reply(401, b'{"error": "bad token"}')])
    caplog.set_level(logging.DEBUG, logger=provider.package_name)
    with local_server(lambda _: next(failing)) as server, client_for(provider, server.url, max_retries=1) as client:
        with pytest.raises(pkg.errors.AuthenticationError) as raised:
            get_usage_module(provider).sync(client=client, **required_arguments(provider))
        assert TOKEN not in repr(client) + str(client)
    error = raised.value
    assert TOKEN not in repr(error) + str(error)
    assert error.status_code == 401
    header = expected_auth_header(provider)[0]
    assert TOKEN in server.requests[-1].headers[header]  # sent, just not shown...
    assert error.response.request.headers[header] == "<redacted>"  # ...nor kept in the finished request
    messages = [record.getMessage() for record in caplog.records]
    assert any("-> 503" in message for message in messages), messages
    assert any("Retrying GET" in message and "status 503" in message for message in messages), messages
    assert any("-> 401" in message and "<redacted>" in message for message in messages), messages
    assert not any(TOKEN in message for message in messages)


@pytest.mark.parametrize("provider", provider_params())
def test_detailed_returns_the_response_and_never_raises_on_status(provider: Provider) -> None:
    replies = iter([serve_example(provider), Reply(404, b'{"unexpected": "shape"}', {"x-request-id": "req-1"})])
    with local_server(lambda _: next(replies)) as server, client_for(provider, server.url, max_retries=0) as client:
        ok = get_usage_module(provider).sync_detailed(client=client, **required_arguments(provider))
        missing = get_usage_module(provider).sync_detailed(client=client, **required_arguments(provider))
    assert ok.status_code == 200
    assert ok.parsed is not None
    assert same_json(ok.parsed.to_dict(), success_example(provider))
    assert json.loads(ok.content) == success_example(provider)
    assert missing.status_code == 404
    assert missing.headers["x-request-id"] == "req-1"
    assert TOKEN not in repr(ok) + repr(missing)


def test_an_undocumented_error_body_is_kept_as_json_or_text() -> None:
    provider = provider_by_key("vocode")
    errors = package(provider).errors
    replies = iter([Reply(404, b'{"unexpected": "shape"}', {"x-request-id": "req-7"}), Reply(418, b"teapot")])
    with local_server(lambda _: next(replies)) as server, client_for(provider, server.url) as client:
        with pytest.raises(errors.NotFoundError) as not_found:
            get_usage_module(provider).sync(client=client)
        with pytest.raises(errors.ApiStatusError) as teapot:
            get_usage_module(provider).sync(client=client)
    assert not_found.value.body == {"unexpected": "shape"}
    assert not_found.value.request_id == "req-7"
    assert type(teapot.value) is errors.ApiStatusError
    assert teapot.value.body == "teapot"
    assert "418" in str(teapot.value)


def test_timeouts_per_client_and_per_call() -> None:
    provider = provider_by_key("vocode")
    errors = package(provider).errors

    def slow(_: Received) -> Reply:
        time.sleep(0.4)
        return serve_example(provider)

    with local_server(slow) as server, client_for(provider, server.url, timeout=0.1, max_retries=0) as client:
        with pytest.raises(errors.ApiTimeoutError, match="timed out"):
            get_usage_module(provider).sync(client=client)
        assert get_usage_module(provider).sync(client=client, timeout=5).monthly_usage_minutes == 412
    assert issubclass(errors.ApiTimeoutError, errors.ApiConnectionError)


def test_async_client_behaves_like_the_sync_one() -> None:
    provider = provider_by_key("thousandeyes")
    errors = package(provider).errors
    replies = iter([serve_example(provider), Reply(403, b'{"title": "Forbidden", "status": 403}')])

    async def calls(url: str) -> tuple[Any, Any]:
        async with client_for(provider, url, max_retries=0) as client:
            usage = await get_usage_module(provider).asyncio(client=client, aid="1")
            with pytest.raises(errors.PermissionDeniedError) as raised:
                await get_usage_module(provider).asyncio(client=client)
            return usage, raised.value

    with local_server(lambda _: next(replies)) as server:
        usage, error = asyncio.run(calls(server.url))
    assert same_json(usage.to_dict(), success_example(provider))
    assert type(error.body).__name__ == "Error"
    assert error.body.title == "Forbidden"


@pytest.mark.parametrize("provider", provider_params())
def test_a_server_echoing_the_credential_does_not_put_it_in_the_error(provider: Provider) -> None:
    def echo(request: Received) -> Reply:
        return Reply(400, json.dumps({"you sent": request.headers, "padding": "x" * 500}).encode())

    with (
        local_server(echo) as server,
        # A short User-Agent keeps the echoed credential within the error's 200-character summary.
        client_for(provider, server.url, headers={"User-Agent": "t"}) as client,
        pytest.raises(package(provider).errors.BadRequestError) as raised,
    ):
        get_usage_module(provider).sync(client=client, **required_arguments(provider))
    assert "<redacted>" in str(raised.value), "the credential was within the summary: the check below means something"
    assert TOKEN[:6] not in str(raised.value) + repr(raised.value)
