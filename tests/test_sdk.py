"""What SDK users bend a client with (issue 14): per-call headers and query, their own httpx client or
transport, request ids, the User-Agent, the `<PROVIDER>_LOG` switch and the `<package>.testing` helper.

Over real HTTP against the recording server on 127.0.0.1 (marked `http`), or on the package's own
`httpx.MockTransport`-based testing helper (marked `unit`).
"""

import asyncio
import json
import subprocess
import sys
from importlib import import_module
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient  # the packages' `aiohttp` extra

from scripts.codegen.examples import example_answers
from scripts.codegen.manifest import DEFAULT_REQUEST_ID_HEADERS, Provider, load_providers
from scripts.codegen.paths import REPO
from scripts.codegen.spec import load_spec
from scripts.local_server import Received, Reply, local_server
from support import (
    PROVIDERS,
    TOKEN,
    client_for,
    get_usage_module,
    package,
    provider_params,
    required_arguments,
    success_example,
)

pytestmark = pytest.mark.usefixtures("clean_env")
EXPECTED_AUTH_HEADER = {"aymara": "x-api-key"}  # the others use Authorization


def auth_header(provider: Provider) -> str:
    return EXPECTED_AUTH_HEADER.get(provider.key, "authorization")


def example_reply(provider: Provider, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        200, json.dumps(success_example(provider)).encode(), {"Content-Type": "application/json", **(headers or {})}
    )


def call(provider: Provider, client: Any, **options: Any) -> Any:
    return get_usage_module(provider).sync_detailed(client=client, **required_arguments(provider), **options)


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_per_call_headers_and_query_arrive_and_stay_on_the_call(provider: Provider) -> None:
    with (
        local_server(lambda _: example_reply(provider)) as server,
        client_for(provider, server.url, headers={"X-Team": "client", "X-Both": "client"}) as client,
    ):
        call(
            provider, client, headers={"X-Both": "call", "X-Trace": "t-1"}, extra_query={"dry": True, "tag": ["a", "b"]}
        )
        call(provider, client)
    first, second = server.requests
    assert (first.headers["x-team"], first.headers["x-both"], first.headers["x-trace"]) == ("client", "call", "t-1")
    assert ("dry", "true") in parse_qsl(urlsplit(first.target).query)
    assert [value for name, value in parse_qsl(urlsplit(first.target).query) if name == "tag"] == ["a", "b"]
    # Nothing of the first call stays on the shared client.
    assert second.headers["x-both"] == "client" and "x-trace" not in second.headers
    assert urlsplit(second.target).query == ""


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_per_call_options_do_not_leak_between_concurrent_calls(provider: Provider) -> None:
    async def run(client: Any) -> None:
        module = get_usage_module(provider)
        await asyncio.gather(
            *(
                module.asyncio(
                    client=client,
                    **required_arguments(provider),
                    headers={"X-Call": str(index)},
                    extra_query={"call": index},
                )
                for index in range(20)
            )
        )

    with local_server(lambda _: example_reply(provider)) as server:
        asyncio.run(run(client_for(provider, server.url)))
    for request in server.requests:
        assert parse_qsl(urlsplit(request.target).query)[-1] == ("call", request.headers["x-call"])


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_the_auth_header_cannot_be_set_per_call(provider: Provider) -> None:
    pkg = package(provider)
    with local_server(lambda _: example_reply(provider)) as server, client_for(provider, server.url) as client:
        for name in (auth_header(provider), auth_header(provider).upper()):
            with pytest.raises(pkg.errors.ConfigurationError, match="cannot set"):
                call(provider, client, headers={name: "Bearer stolen"})
        call(provider, client, headers={"X-Other": "1"})
    [request] = server.requests
    assert TOKEN in request.headers[auth_header(provider)]


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_your_httpx_client_gets_the_auth_user_agent_and_keeps_the_token_on_origin(provider: Provider) -> None:
    with local_server(lambda _: example_reply(provider)) as elsewhere:

        def redirect(request: Received) -> Reply:
            return Reply(302, headers={"Location": f"{elsewhere.url}{request.target}"})

        with local_server(redirect) as api, httpx.Client(follow_redirects=True, headers={"X-Mine": "1"}) as mine:
            client = client_for(provider, api.url, http_client=mine)
            assert call(provider, client).status_code == 200
            client.close()
            assert not mine.is_closed  # yours to close
            # Our own client, with per-call headers: the token stays on the origin all the same.
            with client_for(provider, api.url, follow_redirects=True) as own:
                assert call(provider, own, headers={"X-Trace": "t"}).status_code == 200
    for sent, followed in zip(api.requests, elsewhere.requests, strict=True):
        assert TOKEN in sent.headers[auth_header(provider)]
        assert auth_header(provider) not in followed.headers  # never sent off-origin
        assert TOKEN not in str(followed.headers)
    assert api.requests[0].headers["x-mine"] == "1" and api.requests[1].headers["x-trace"] == "t"
    assert api.requests[0].headers["user-agent"].startswith(f"{provider.project_name}/")


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_your_async_client_and_your_transports_work(provider: Provider) -> None:
    async def run(url: str) -> int:
        async with httpx.AsyncClient(base_url=url) as mine:
            response = await get_usage_module(provider).asyncio_detailed(
                client=client_for(provider, url, async_http_client=mine), **required_arguments(provider)
            )
            return int(response.status_code)

    with local_server(lambda _: example_reply(provider, {"x-request-id": "req-42"})) as server:
        assert asyncio.run(run(server.url)) == 200
        transports = client_for(
            provider, server.url, transport=httpx.HTTPTransport(retries=1), async_transport=httpx.AsyncHTTPTransport()
        )
        response = call(provider, transports)
        assert response.request_id == "req-42"
        assert asyncio.run(get_usage_module(provider).asyncio(client=transports, **required_arguments(provider)))
        # A sync transport in httpx_args serves the sync side only: async calls still work.
        legacy = client_for(provider, server.url, httpx_args={"transport": httpx.HTTPTransport()})
        assert call(provider, legacy).status_code == 200
        assert asyncio.run(get_usage_module(provider).asyncio(client=legacy, **required_arguments(provider)))
    assert all(TOKEN in request.headers[auth_header(provider)] for request in server.requests)


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_a_wrong_client_or_transport_is_refused_at_construction(provider: Provider) -> None:
    pkg = package(provider)
    wrong: list[dict[str, Any]] = [
        {"transport": httpx.AsyncHTTPTransport()},
        {"async_transport": httpx.HTTPTransport()},
        {"http_client": httpx.AsyncClient()},
        {"async_http_client": httpx.Client()},
        {"http_client": httpx.Client(), "transport": httpx.HTTPTransport()},
        {"http_client": httpx.Client(base_url="https://elsewhere.example")},
        {"transport": "not a transport"},
    ]
    for options in wrong:
        with pytest.raises(pkg.errors.ConfigurationError):
            pkg.AuthenticatedClient(TOKEN, base_url="http://127.0.0.1:9", **options)


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_user_agent_names_package_python_and_httpx_and_can_be_overridden(provider: Provider) -> None:
    api = import_module(f"{provider.package_name}.testing").MockApi()
    call(provider, api.client())
    call(provider, api.client(headers={"User-Agent": "mine/1"}))
    call(provider, api.client(), headers={"User-Agent": "call/1"})
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    expected = f"{provider.project_name}/{package(provider).__version__} python/{python} httpx/{httpx_version}"
    assert [request.headers["user-agent"] for request in api.requests] == [expected, "mine/1", "call/1"]


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_the_testing_helper_answers_with_the_spec_examples(provider: Provider) -> None:
    testing = import_module(f"{provider.package_name}.testing")
    api = load_spec(REPO / provider.spec).api
    assert [operation.example for operation in testing.EXAMPLES.values()] == [
        json.loads(answer.body) if answer.body else None for answer in example_answers(api)[0].values()
    ]
    api = testing.MockApi()
    response = call(provider, api.client())
    assert response.status_code == 200
    assert type(response.parsed).__module__.startswith(f"{provider.package_name}.models.")
    assert json.loads(response.content) == success_example(provider)
    [request] = api.requests
    assert request.headers[auth_header(provider)].endswith(testing.TEST_TOKEN)


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_the_testing_helper_gives_queued_failures_in_order(provider: Provider) -> None:
    pkg, testing = package(provider), import_module(f"{provider.package_name}.testing")
    module, arguments = get_usage_module(provider), required_arguments(provider)
    api = testing.MockApi()
    client = api.client(max_retries=0)
    api.queue("get_usage", status=404, body={"message": "gone"}, headers={"x-request-id": "r-1"})
    api.queue("get_usage", connection_error=True)
    api.queue("get_usage", delay=5, status=200)
    api.queue("get_usage", status=503, body="down")
    with pytest.raises(pkg.errors.NotFoundError) as not_found:
        module.sync(client=client, **arguments)
    assert not_found.value.request_id == "r-1"
    with pytest.raises(pkg.errors.ApiConnectionError):
        module.sync(client=client, **arguments)
    with pytest.raises(pkg.errors.ApiTimeoutError):
        module.sync(client=client, **arguments, timeout=0.05)
    # Retries see the queue too: a 503, then the spec's example.
    assert module.sync_detailed(client=api.client(max_retries=1), **arguments).status_code == 200
    assert len(api.calls("get_usage")) == 5
    with pytest.raises(KeyError, match="unknown operation"):
        api.queue("no_such_operation")


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_the_testing_helper_works_for_async_code(provider: Provider) -> None:
    api = import_module(f"{provider.package_name}.testing").MockApi()
    api.queue("get_usage", status=500)

    async def run() -> Any:
        async with api.client(max_retries=0) as client:
            return await get_usage_module(provider).asyncio_detailed(client=client, **required_arguments(provider))

    assert asyncio.run(run()).status_code == 500


@pytest.mark.slow  # not `unit`: a fresh interpreter per case, since the switch is read when the package loads
@pytest.mark.parametrize("provider", provider_params())
@pytest.mark.parametrize("level", ["debug", "info"])
def test_the_log_switch_logs_to_stderr_redacted(provider: Provider, level: str) -> None:
    arguments = ", ".join(f"{name}={value!r}" for name, value in required_arguments(provider).items())
    script = (
        f"from {provider.package_name}.testing import MockApi\n"
        f"from {provider.package_name}.api.usage import get_usage\n"
        "api = MockApi()\n"
        "api.queue('get_usage', status=503)\n"
        f"get_usage.sync(client=api.client(token={TOKEN!r}), {arguments})\n"
    )
    environment = {"PATH": "", provider.log_env: level}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Retrying GET" in result.stderr and TOKEN not in result.stderr
    assert ("-> 200" in result.stderr) == (level == "debug")
    quiet = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={"PATH": ""}, timeout=60, check=False
    )
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_the_aiohttp_extra_carries_async_calls(provider: Provider) -> None:
    async def run(url: str) -> list[Any]:
        module, arguments = get_usage_module(provider), required_arguments(provider)
        async with client_for(provider, url, async_transport=AiohttpTransport()) as client:
            first = await module.asyncio_detailed(client=client, **arguments, headers={"X-Via": "aiohttp"})
        async with HttpxAiohttpClient() as mine:
            second = await module.asyncio_detailed(
                client=client_for(provider, url, async_http_client=mine), **arguments
            )
        return [first, second]

    with local_server(lambda _: example_reply(provider, {"x-request-id": "req-7"})) as server:
        responses = asyncio.run(run(server.url))
    assert [(response.status_code, response.request_id) for response in responses] == [(200, "req-7")] * 2
    assert server.requests[0].headers["x-via"] == "aiohttp"
    assert all(TOKEN in request.headers[auth_header(provider)] for request in server.requests)


@pytest.mark.unit
def test_the_manifest_names_request_id_headers_and_the_log_switch(tmp_path: Path) -> None:
    manifest = tmp_path / "scripts" / "providers.toml"
    manifest.parent.mkdir()
    manifest.write_text(
        '[acme]\nname = "Acme"\nspec = "specs/acme.yaml"\ntoken_env = "ACME_API_KEY"\n'
        'base_url_env = "ACME_CLOUD_BASE_URL"\nrequest_id_headers = ["X-Acme-Trace"]\n'
        '[plain]\nname = "Plain"\nspec = "specs/plain.yaml"\ntoken_env = "PLAIN_TOKEN"\n'
        'base_url_env = "PLAIN_BASE_URL"\n'
    )
    acme, plain = load_providers(manifest)
    assert (acme.request_id_headers, acme.log_env) == (("x-acme-trace",), "ACME_CLOUD_LOG")
    assert plain.request_id_headers == DEFAULT_REQUEST_ID_HEADERS and plain.log_env == "PLAIN_LOG"
    for provider in PROVIDERS:
        assert provider.request_id_headers == import_module(f"{provider.package_name}._identity").REQUEST_ID_HEADERS
