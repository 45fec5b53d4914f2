"""The clients and the CLI against servers that control every byte (issue 12): each failure is typed,
bounded in time and memory, and free of secrets. Sync and async alike, for every provider it applies to.

The servers are raw sockets on 127.0.0.1 (adversarial_servers.py); memory bombs run in a subprocess
under `resource.setrlimit`, so a regression fails the test instead of the machine.
"""

import asyncio
import inspect
import json
import logging
import math
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from adversarial_servers import (
    Connection,
    RawRequest,
    Script,
    answer,
    compression_bomb,
    endless_chunks,
    raw_server,
    status_line,
    trickle,
)

from scripts.codegen.auth import auth_plan
from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.spec import load_spec
from support import (
    PROVIDERS,
    TOKEN,
    client_for,
    get_usage_module,
    package,
    provider_params,
    required_arguments,
    success_example,
    usage_operation,
)

pytestmark = [pytest.mark.http, pytest.mark.usefixtures("clean_env"), pytest.mark.timeout(120)]

MODES = ["sync", "async"]
OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"


def call(client: Any, provider: Provider, mode: str, *, detailed: bool = False, **arguments: Any) -> Any:
    """get_usage on `client`, sync or async; returns what it returns or raises what it raises."""
    module = get_usage_module(provider)
    arguments = {**required_arguments(provider), **arguments}
    if mode == "sync":
        return (module.sync_detailed if detailed else module.sync)(client=client, **arguments)
    function = module.asyncio_detailed if detailed else module.asyncio
    return asyncio.run(function(client=client, **arguments))


def call_new(provider: Provider, url: str, mode: str, *, detailed: bool = False, **options: Any) -> Any:
    """get_usage on a fresh client for `url`, closed afterwards."""
    client = client_for(provider, url, **options)
    try:
        return call(client, provider, mode, detailed=detailed)
    finally:
        client.close()


def ok_body(provider: Provider) -> bytes:
    return json.dumps(success_example(provider)).encode()


def token_header(provider: Provider) -> tuple[str, str]:
    """The header that carries the provider's token, lower-cased, and what precedes the token in it."""
    main = auth_plan(load_spec(REPO / provider.spec).api, provider).main
    assert main is not None
    return main.parameter.lower(), main.prefix


def auth_value(provider: Provider) -> str:
    prefix = token_header(provider)[1]
    return f"{prefix} {TOKEN}" if prefix else TOKEN


def errors_of(provider: Provider) -> Any:
    return package(provider).errors


# Every operation's keyword arguments beside the spec's own parameters (`extra_query` may hold lists).
PER_CALL_OPTIONS = {"timeout", "max_retries", "headers", "extra_query"}


def list_parameters(provider: Provider) -> list[str]:
    """get_usage's spec parameters that take a list (from its signature, not from a provider name)."""
    signature = inspect.signature(get_usage_module(provider).sync)
    return [
        name
        for name, parameter in signature.parameters.items()
        if "list[" in str(parameter.annotation) and name not in PER_CALL_OPTIONS
    ]


def walk(value: Any, visit: Callable[[Any], Any]) -> Any:
    """`value` with `visit` applied to every leaf (strings and numbers) of the JSON document."""
    if isinstance(value, dict):
        return {key: walk(item, visit) for key, item in value.items()}
    if isinstance(value, list):
        return [walk(item, visit) for item in value]
    return visit(value)


def walk_fields(value: Any, names: set[str], visit: Callable[[Any], Any]) -> Any:
    """`value` with `visit` applied to the value of every field called one of `names`."""
    if isinstance(value, dict):
        return {key: visit(item) if key in names else walk_fields(item, names, visit) for key, item in value.items()}
    if isinstance(value, list):
        return [walk_fields(item, names, visit) for item in value]
    return value


def date_time_fields(provider: Provider) -> set[str]:
    """The names of the spec's properties in `format: date-time`."""
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                if isinstance(schema, dict) and schema.get("format") == "date-time":
                    found.add(name)
            for item in node.values():
                visit(item)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(usage_operation(provider)[0])
    return found


DATE = re.compile(r"\d{4}-\d\d-\d\d")


def leaves(value: Any) -> list[Any]:
    found: list[Any] = []
    walk(value, lambda leaf: found.append(leaf))
    return found


def providers_where(predicate: Callable[[Provider], bool]) -> list[object]:
    return [pytest.param(provider, id=provider.key) for provider in PROVIDERS if predicate(provider)]


def assert_secret_free(*texts: object) -> None:
    for text in texts:
        assert TOKEN not in str(text)


# 1. Credentials are validated once, at construction; nothing that fails locally is retried.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_token_read_with_its_trailing_newline_is_sent_stripped(provider: Provider, mode: str) -> None:
    with raw_server(answer(200, ok_body(provider))) as server:
        client = package(provider).AuthenticatedClient(token=f"  {TOKEN}\n", base_url=server.url)
        call(client, provider, mode)
    header = token_header(provider)[0]
    assert server.requests[0].headers[header] == auth_value(provider)


@pytest.mark.parametrize(
    "bad", ["a\nb", "a\rb", "a\x00b", "tøken", "a\x1b[31mb"], ids=["lf", "cr", "nul", "non-ascii", "ansi"]
)
@pytest.mark.parametrize("source", ["argument", "environment"])
@pytest.mark.parametrize("provider", provider_params())
def test_a_token_a_header_cannot_carry_is_a_configuration_error_naming_its_source(
    provider: Provider, bad: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if source == "environment" and "\x00" in bad:
        pytest.skip("an environment variable cannot hold NUL")
    pkg = package(provider)
    token = TOKEN + bad
    if source == "environment":
        monkeypatch.setenv(pkg.client.TOKEN_ENV, token)
    with pytest.raises(pkg.errors.ConfigurationError) as raised:
        pkg.AuthenticatedClient(token=token if source == "argument" else None, base_url="http://127.0.0.1:9")
    message = str(raised.value)
    assert ("token" in message) if source == "argument" else (pkg.client.TOKEN_ENV in message)
    assert_secret_free(message, repr(raised.value))
    assert bad not in message


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_local_failure_is_typed_and_never_retried(provider: Provider, mode: str) -> None:
    attempts = []

    def failing_hook(request: httpx.Request) -> None:
        attempts.append(request)
        raise RuntimeError(f"local failure with {request.headers.get('authorization', '')}")

    async def failing_hook_async(request: httpx.Request) -> None:
        failing_hook(request)

    hook = failing_hook if mode == "sync" else failing_hook_async
    with raw_server(answer(200, ok_body(provider))) as server:
        client = client_for(provider, server.url, max_retries=3, httpx_args={"event_hooks": {"request": [hook]}})
        with pytest.raises(errors_of(provider).ApiConnectionError) as raised:
            call(client, provider, mode)
    assert len(attempts) == 1
    assert server.requests == []
    assert isinstance(raised.value.__cause__, RuntimeError)
    assert_secret_free(str(raised.value), repr(raised.value))


# 2. A whole-attempt deadline, sync and async, queueing included.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_body_trickled_byte_by_byte_stops_at_the_deadline(provider: Provider, mode: str) -> None:
    with raw_server(trickle(OK_HEAD, interval=0.1, duration=8)) as server:
        started = time.monotonic()
        with pytest.raises(errors_of(provider).ApiTimeoutError) as raised:
            call_new(provider, server.url, mode, timeout=1.0, max_retries=0)
        elapsed = time.monotonic() - started
    assert 0.9 < elapsed < 2.5, elapsed
    assert "deadline" in str(raised.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_headers_trickled_byte_by_byte_stop_at_the_deadline(provider: Provider, mode: str) -> None:
    def headers_forever(connection: Connection, _: RawRequest) -> bool:
        connection.send(b"HTTP/1.1 200 OK\r\n")
        ends = time.monotonic() + 8
        while time.monotonic() < ends and not connection.server.stopping.is_set():
            connection.send(b"X")
            time.sleep(0.1)
        return False

    with raw_server(headers_forever) as server:
        started = time.monotonic()
        with pytest.raises(errors_of(provider).ApiTimeoutError):
            call_new(provider, server.url, mode, timeout=1.0, max_retries=0)
        elapsed = time.monotonic() - started
    assert 0.9 < elapsed < 2.5, elapsed


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_bounds_every_attempt_of_a_call(mode: str) -> None:
    [provider, *_] = PROVIDERS
    with raw_server(trickle(OK_HEAD, interval=0.1, duration=8)) as server:
        started = time.monotonic()
        with pytest.raises(errors_of(provider).ApiTimeoutError):
            call_new(provider, server.url, mode, timeout=0.5, max_retries=1)
        elapsed = time.monotonic() - started
    # (max_retries + 1) x deadline + the backoff before the retry (at most 0.5 s the first time)
    assert elapsed < 2 * 0.5 + 0.5 + 1.0, elapsed
    assert len(server.requests) == 2


def test_time_waiting_in_the_async_queue_counts_towards_the_deadline() -> None:
    [provider, *_] = PROVIDERS
    module = get_usage_module(provider)

    def stall(connection: Connection, _: RawRequest) -> bool:
        time.sleep(3)
        return False

    async def two_calls(client: Any) -> list[object]:
        calls = [module.asyncio(client=client, **required_arguments(provider)) for _ in range(2)]
        return list(await asyncio.gather(*calls, return_exceptions=True))

    with raw_server(stall) as server:
        limits = httpx.Limits(max_connections=1)
        client = client_for(provider, server.url, timeout=0.6, max_retries=0, httpx_args={"limits": limits})
        started = time.monotonic()
        outcomes = asyncio.run(two_calls(client))
        elapsed = time.monotonic() - started
    assert all(isinstance(outcome, errors_of(provider).ApiTimeoutError) for outcome in outcomes), outcomes
    assert elapsed < 1.5, elapsed  # the second call did not wait 0.6 s in the queue, then 0.6 s more


# 3. A size limit on decoded bytes, counted while streaming.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 500])
def test_an_endless_body_stops_at_the_size_limit(mode: str, status: int) -> None:
    [provider, *_] = PROVIDERS
    errors = errors_of(provider)
    with raw_server(endless_chunks(status)) as server, pytest.raises(errors.ResponseTooLargeError) as raised:
        call_new(provider, server.url, mode, max_response_bytes=2 * 1024 * 1024, max_retries=0)
    assert raised.value.status_code == status
    assert raised.value.limit == (2 * 1024 * 1024 if status == 200 else package(provider).client.MAX_ERROR_BODY_BYTES)
    assert isinstance(raised.value, errors.ApiError)


BOMB_CHILD = """
import asyncio, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (__LIMIT__, __LIMIT__))
from importlib import import_module
pkg = import_module(__PACKAGE__)
get_usage = import_module(__PACKAGE__ + ".api.usage.get_usage")
client = pkg.AuthenticatedClient(token="tok-SECRET-4f9a", base_url=__URL__, max_retries=0, max_response_bytes=__MAX__)
def run(mode):
    try:
        if mode == "sync":
            get_usage.sync(client=client, **__ARGUMENTS__)
        else:
            asyncio.run(get_usage.asyncio(client=client, **__ARGUMENTS__))
    except pkg.errors.ResponseTooLargeError as error:
        print(mode, "too large", error.status_code)
    except pkg.errors.ApiError as error:  # e.g. the MemoryError of a client without a size limit, wrapped
        print(mode, type(error.__cause__).__name__)
run("sync")
run("async")
"""


@pytest.mark.slow
@pytest.mark.parametrize("status", [200, 503])
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_stops_early_within_bounded_memory(encoding: str, status: int) -> None:
    [provider, *_] = PROVIDERS
    bomb = compression_bomb(encoding, inflated_mib=1024)  # 1 GiB of zeros in ~1 MB
    headers = {"Content-Encoding": encoding}
    with raw_server(answer(status, bomb, headers)) as server:
        result = run_bomb_child(provider, server.url, max_response_bytes=32 * 1024 * 1024)
    assert result.stdout.split("\n")[:2] == [f"sync too large {status}", f"async too large {status}"], result


def run_bomb_child(provider: Provider, url: str, max_response_bytes: int) -> subprocess.CompletedProcess[str]:
    """Call `url` sync then async in a child process limited to 1 GiB of address space."""
    values = {
        "__LIMIT__": str(1024 * 1024 * 1024),
        "__PACKAGE__": repr(provider.package_name),
        "__URL__": repr(url),
        "__MAX__": str(max_response_bytes),
        "__ARGUMENTS__": repr(required_arguments(provider)),
    }
    child = BOMB_CHILD
    for placeholder, value in values.items():
        child = child.replace(placeholder, value)
    return subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=90, check=False, cwd=REPO
    )


@pytest.mark.slow
def test_the_memory_limit_of_the_bomb_test_is_tight_enough_to_catch_a_missing_size_limit() -> None:
    [provider, *_] = PROVIDERS
    with raw_server(answer(200, compression_bomb("gzip", inflated_mib=1024), {"Content-Encoding": "gzip"})) as server:
        result = run_bomb_child(provider, server.url, max_response_bytes=4 * 1024**3)
    assert result.stdout.split("\n")[:2] == ["sync MemoryError", "async MemoryError"], result


# 4. Every exception is an ApiError with its cause chained.


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_deeply_nested_json_is_a_validation_error_on_success(provider: Provider, mode: str) -> None:
    with raw_server(answer(200, DEEP)) as server, pytest.raises(errors_of(provider).ResponseValidationError) as raised:
        call_new(provider, server.url, mode)
    assert isinstance(raised.value.__cause__, RecursionError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_deeply_nested_json_on_an_error_status_is_a_status_error_and_detailed_returns_it(
    provider: Provider, mode: str
) -> None:
    with raw_server(answer(401, DEEP)) as server:
        with pytest.raises(errors_of(provider).AuthenticationError):
            call_new(provider, server.url, mode)
        response = call_new(provider, server.url, mode, detailed=True)
    assert response.status_code == 401
    assert response.parsed is None or isinstance(response.parsed, str)  # a 401 documented as text stays text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_redirect_loop_is_a_typed_error(provider: Provider, mode: str) -> None:
    def loop(connection: Connection, request: RawRequest) -> None:
        connection.reply(status_line(307, "Temporary Redirect"), b"", {"Location": request.target})

    with raw_server(loop) as server, pytest.raises(errors_of(provider).TooManyRedirectsError) as raised:
        call_new(provider, server.url, mode)
    assert len(server.requests) == package(provider).client.MAX_REDIRECTS + 1
    assert isinstance(raised.value.__cause__, httpx.TooManyRedirects)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_false_content_encoding_is_a_decoding_error(provider: Provider, mode: str) -> None:
    with (
        raw_server(answer(200, ok_body(provider), {"Content-Encoding": "gzip"})) as server,
        pytest.raises(errors_of(provider).ResponseDecodingError) as raised,
    ):
        call_new(provider, server.url, mode)
    assert isinstance(raised.value.__cause__, httpx.DecodingError)


@pytest.mark.parametrize(
    "base_url",
    [
        "",
        "   ",
        "api.example.com",
        "ftp://api.example.com",
        "https://api.example.com/?a=1",
        "https://api.example.com/#x",
        "http://[::1",
    ],
)
@pytest.mark.parametrize("provider", provider_params())
def test_a_base_url_that_cannot_work_is_a_configuration_error(provider: Provider, base_url: str) -> None:
    with pytest.raises(errors_of(provider).ConfigurationError):
        client_for(provider, base_url)


# 5. One async client across event loops.


@pytest.mark.parametrize("provider", provider_params())
def test_one_async_client_serves_successive_event_loops(provider: Provider) -> None:
    with raw_server(answer(200, ok_body(provider))) as server:
        client = client_for(provider, server.url)
        first = call(client, provider, "async")
        second = call(client, provider, "async")
        client.close()
    assert first == second
    assert len(server.requests) == 2


# 6. Errors pickle, without credentials.


def raise_from(provider: Provider, script: Script, **options: Any) -> Any:
    with raw_server(script) as server, pytest.raises(errors_of(provider).ApiError) as raised:
        call_new(provider, server.url, "sync", **options)
    return raised.value


@pytest.mark.parametrize("provider", provider_params())
def test_errors_pickle_to_the_same_class_and_fields_without_the_token(provider: Provider) -> None:
    echo = f'{{"detail": "bad token {TOKEN}"}}'.encode()
    raised = [
        raise_from(provider, answer(401, echo, reason=f"Bad token {TOKEN}")),
        raise_from(provider, answer(429, b"{}", {"Retry-After": "120"}), max_retries=0),
        raise_from(provider, answer(200, json.dumps([TOKEN]).encode())),
        raise_from(provider, lambda connection, _: False, max_retries=0),
    ]
    for error in raised:
        data = pickle.dumps(error)
        assert TOKEN.encode() not in data
        copy = pickle.loads(data)
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        for field in ("status_code", "body", "request_id", "retry_after", "path", "reason"):
            assert getattr(copy, field, None) == getattr(error, field, None), field


def call_in_a_worker(provider_key: str, url: str) -> object:
    """Run in a worker process: get_usage against `url`, raising what it raises."""
    [provider] = [provider for provider in PROVIDERS if provider.key == provider_key]
    return call_new(provider, url, "sync", max_retries=0)


@pytest.mark.parametrize("provider", provider_params())
def test_an_error_raised_in_a_process_pool_reaches_the_caller_typed(provider: Provider) -> None:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no threads of this one copied
    echo = json.dumps({"detail": f"bad token {TOKEN}"}).encode()
    with raw_server(answer(403, echo)) as server, ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(call_in_a_worker, provider.key, server.url)
        with pytest.raises(errors_of(provider).PermissionDeniedError) as raised:
            future.result(timeout=60)
    assert raised.value.status_code == 403
    assert_secret_free(str(raised.value), repr(raised.value.body))


# 7. Path parameters: dot segments encoded, empty values refused.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", [".", ".."])
@pytest.mark.parametrize("provider", providers_where(lambda provider: bool(required_arguments(provider))))
def test_dot_segments_in_a_path_parameter_are_percent_encoded(provider: Provider, value: str, mode: str) -> None:
    [name] = required_arguments(provider)
    with raw_server(answer(200, ok_body(provider))) as server:
        client = client_for(provider, server.url)
        call(client, provider, mode, **dict[str, Any]({name: value}))
    [request] = server.requests
    assert "/" + value.replace(".", "%2E") + "/" in request.target


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", providers_where(lambda provider: bool(required_arguments(provider))))
def test_an_empty_path_parameter_is_refused_before_sending(provider: Provider, mode: str) -> None:
    [name] = required_arguments(provider)
    with raw_server(answer(200, ok_body(provider))) as server:
        client = client_for(provider, server.url)
        with pytest.raises(errors_of(provider).InvalidArgumentError, match=name):
            call(client, provider, mode, **dict[str, Any]({name: ""}))
    assert server.requests == []


# 8. A password in the base URL is refused, never shown.


@pytest.mark.parametrize("source", ["argument", "environment"])
@pytest.mark.parametrize("provider", provider_params())
def test_userinfo_in_the_base_url_is_refused_without_showing_it(
    provider: Provider, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = package(provider)
    url = "https://user:hunter2-pass@api.example.com"
    if source == "environment":
        monkeypatch.setenv(pkg.client.BASE_URL_ENV, url)
    with pytest.raises(pkg.errors.ConfigurationError) as raised:
        pkg.AuthenticatedClient(token=TOKEN, base_url=url if source == "argument" else None)
    assert "hunter2" not in str(raised.value) + repr(raised.value)


# 9. The CLI: one provider's odd body is one line, JSON stays JSON, no control characters reach the terminal.


EVIL = "\x1b]0;pwned\x07\x1b[31m\ud800"


def evil_body(provider: Provider) -> bytes:
    def spoil(leaf: Any) -> Any:
        return leaf + EVIL if isinstance(leaf, str) and not DATE.match(leaf) else leaf

    return json.dumps(walk(success_example(provider), spoil)).encode()


def cli_environment(urls: dict[str, str]) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.endswith(("_API_KEY", "_TOKEN", "_URL"))}
    for provider in PROVIDERS:
        client = package(provider).client
        environment[client.TOKEN_ENV] = TOKEN
        environment[client.BASE_URL_ENV] = urls[provider.key]
    environment["WIREMOCK_CLOUD_SUBSCRIPTION_ID"] = "sub-123"
    return environment


@pytest.mark.parametrize("output", ["tables", "json"])
def test_the_cli_survives_hostile_strings_and_prints_every_provider(output: str) -> None:
    servers = {provider.key: raw_server(answer(200, evil_body(provider))) for provider in PROVIDERS}
    started = {key: server.__enter__() for key, server in servers.items()}
    try:
        arguments = ["show", "--max-retries", "0"] + (["--json"] if output == "json" else [])
        result = subprocess.run(
            [sys.executable, "-m", "usage_clients", *arguments],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=cli_environment({key: server.url for key, server in started.items()}),
            encoding="utf-8",
            errors="strict",
        )
    finally:
        for server in servers.values():
            server.__exit__(None, None, None)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert_secret_free(result.stdout, result.stderr)
    if output == "json":
        document = json.loads(result.stdout, parse_constant=lambda constant: pytest.fail(f"not JSON: {constant}"))
        assert set(document["providers"]) == {provider.key.replace("-", "_") for provider in PROVIDERS}
    else:
        for provider in PROVIDERS:
            assert provider.name in result.stdout


@pytest.mark.parametrize("bad", ["nan", "inf", "-1", "0"])
def test_the_cli_refuses_a_timeout_that_is_not_a_finite_positive_number(bad: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "usage_clients", "show", "--timeout", bad],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result
    assert "--timeout" in result.stderr


def test_the_cli_hides_a_token_with_an_embedded_newline() -> None:
    [provider, *_] = PROVIDERS
    client = package(provider).client
    environment = cli_environment({p.key: "http://127.0.0.1:9" for p in PROVIDERS})
    environment[client.TOKEN_ENV] = TOKEN + "\nmore"
    result = subprocess.run(
        [sys.executable, "-m", "usage_clients", "show", provider.key, "--max-retries", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment,
    )
    assert result.returncode == 1
    assert client.TOKEN_ENV in result.stdout
    assert_secret_free(result.stdout, result.stderr)
    assert "more" not in result.stdout


# 10. An echoed token is redacted everywhere: reason phrase, body, validation message, header reprs, logs.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_an_echoed_token_is_redacted_from_reason_validation_message_headers_and_logs(
    provider: Provider, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=provider.package_name)
    errors = errors_of(provider)
    echo = json.dumps({"detail": f"bad token {auth_value(provider)}"}).encode()
    with (
        raw_server(answer(401, echo, reason=f"Bad token {TOKEN}")) as server,
        pytest.raises(errors.AuthenticationError) as status,
    ):
        call_new(provider, server.url, mode)
    with (
        raw_server(answer(200, json.dumps([TOKEN, auth_value(provider)]).encode())) as server,
        pytest.raises(errors.ResponseValidationError) as invalid,
    ):
        call_new(provider, server.url, mode)
    with raw_server(lambda connection, _: False) as server, pytest.raises(errors.ApiConnectionError) as broken:
        call_new(provider, server.url, mode, max_retries=1)
    for error in (status.value, invalid.value, broken.value):
        request = error.request if isinstance(error, errors.ApiConnectionError) else error.response.request
        assert_secret_free(str(error), repr(error), repr(request.headers), dict(request.headers))
    assert "<redacted>" in str(status.value) and "<redacted>" in str(invalid.value)
    assert_secret_free(*(record.getMessage() for record in caplog.records))


# 11. The lazy sync client is created once, whatever the threads; close() closes every connection.


@pytest.mark.parametrize("provider", provider_params())
def test_32_threads_share_one_sync_client_and_close_closes_all_its_connections(provider: Provider) -> None:
    barrier = threading.Barrier(32)
    httpx_clients: list[httpx.Client] = []
    usages: list[object] = []

    with raw_server(answer(200, ok_body(provider))) as server:
        client = client_for(provider, server.url)

        def first_call() -> None:
            barrier.wait()
            httpx_clients.append(client.get_httpx_client())
            usages.append(call(client, provider, "sync"))

        threads = [threading.Thread(target=first_call) for _ in range(32)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert len(httpx_clients) == len(usages) == 32
        assert len({id(http) for http in httpx_clients}) == 1
        opened = server.connections
        client.close()
        deadline = time.monotonic() + 5
        while server.closed < opened and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.closed == opened
        with pytest.raises(errors_of(provider).ClientClosedError):
            call(client, provider, "sync")


# 12. RFC 3339 date-times: lowercase t/z and offsets accepted, anything else refused with its path.


def with_date_times(provider: Provider) -> bool:
    """Whether the success example holds a date-time field the spec declares as one."""
    example, fields = success_example(provider), date_time_fields(provider)
    return bool(walk_fields(example, fields, lambda _: None) != example)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", providers_where(with_date_times))
def test_rfc_3339_date_times_in_lower_case_or_with_offsets_parse(provider: Provider, mode: str) -> None:
    def spell(leaf: Any) -> Any:
        return leaf.replace("T", "t").replace("Z", "z") if isinstance(leaf, str) else leaf

    body = walk_fields(success_example(provider), date_time_fields(provider), spell)
    with raw_server(answer(200, json.dumps(body).encode())) as server:
        lower = call_new(provider, server.url, mode)
    with raw_server(answer(200, ok_body(provider))) as server:
        upper = call_new(provider, server.url, mode)
    assert lower == upper


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("spelling", ["2024-01-01 00:00:00Z", "20240101T000000Z", "2024-01-01T00:00:00", "2024-01-01"])
@pytest.mark.parametrize("provider", providers_where(with_date_times))
def test_a_date_time_rfc_3339_does_not_allow_is_refused_with_its_path(
    provider: Provider, spelling: str, mode: str
) -> None:
    body = walk_fields(success_example(provider), date_time_fields(provider), lambda _: spelling)
    with (
        raw_server(answer(200, json.dumps(body).encode())) as server,
        pytest.raises(errors_of(provider).ResponseValidationError) as raised,
    ):
        call_new(provider, server.url, mode)
    assert raised.value.path
    assert "RFC 3339" in str(raised.value)


# The debatable list, decided: see README "What every client does".


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("Retry-After", "-5", 0.0),
        ("Retry-After", "nan", None),
        ("Retry-After", "inf", None),
        ("Retry-After", "1e400", None),
        ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("Retry-After", "not a date", None),
        ("retry-after-ms", "-100", 0.0),
        ("retry-after-ms", "nan", None),
    ],
)
@pytest.mark.parametrize("provider", provider_params())
def test_retry_after_is_sanitized(provider: Provider, header: str, value: str, expected: float | None) -> None:
    retries = package(provider)._retries
    assert retries.retry_after_seconds({header.lower(): value}) == expected
    delay = retries.retry_delay(0, {header.lower(): value})
    assert math.isfinite(delay) and 0 <= delay <= retries.MAX_RETRY_AFTER


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_huge_retry_after_is_not_waited_for(provider: Provider, mode: str) -> None:
    replies = iter([answer(503, b"{}", {"Retry-After": "1e308"}), answer(200, ok_body(provider))])
    with raw_server(lambda connection, request: next(replies)(connection, request)) as server:
        started = time.monotonic()
        call_new(provider, server.url, mode, max_retries=1)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("timeout", [math.nan, math.inf, -1.0, 0.0, httpx.Timeout(5.0, read=math.nan)], ids=str)
@pytest.mark.parametrize("provider", provider_params())
def test_a_timeout_that_is_not_a_finite_positive_number_is_a_configuration_error(
    provider: Provider, timeout: Any
) -> None:
    errors = errors_of(provider)
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        client_for(provider, "http://127.0.0.1:9", timeout=timeout)
    client = client_for(provider, "http://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        get_usage_module(provider).sync(client=client, timeout=timeout, **required_arguments(provider))


@pytest.mark.parametrize("provider", provider_params())
def test_a_negative_max_retries_is_a_configuration_error(provider: Provider) -> None:
    errors = errors_of(provider)
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        client_for(provider, "http://127.0.0.1:9", max_retries=-1)
    client = client_for(provider, "http://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        get_usage_module(provider).sync(client=client, max_retries=-1, **required_arguments(provider))


@pytest.mark.parametrize("provider", providers_where(lambda provider: bool(list_parameters(provider))))
def test_a_string_for_a_list_parameter_is_a_clear_type_error(provider: Provider) -> None:
    client = client_for(provider, "http://127.0.0.1:9")
    for name in list_parameters(provider):
        with pytest.raises(TypeError, match=f"{name} takes a list") as raised:
            get_usage_module(provider).sync(client=client, **{name: "test"}, **required_arguments(provider))
        assert isinstance(raised.value, errors_of(provider).InvalidArgumentError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [600, 999])
@pytest.mark.parametrize("provider", provider_params())
def test_a_status_beyond_599_is_a_plain_status_error(provider: Provider, status: int, mode: str) -> None:
    errors = errors_of(provider)
    with raw_server(answer(status, b'{"detail": "odd"}', reason="Odd")) as server:
        with pytest.raises(errors.ApiStatusError) as raised:
            call_new(provider, server.url, mode)
        response = call_new(provider, server.url, mode, detailed=True)
    assert type(raised.value) is errors.ApiStatusError
    assert raised.value.status_code == status == response.status_code


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_closed_client_raises_a_typed_error(provider: Provider, mode: str) -> None:
    client = client_for(provider, "http://127.0.0.1:9")
    client.close()
    with pytest.raises(errors_of(provider).ClientClosedError):
        call(client, provider, mode)


def with_numbers(provider: Provider) -> bool:
    return any(type(leaf) in (int, float) for leaf in leaves(success_example(provider)))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize("provider", providers_where(with_numbers))
def test_nan_and_infinity_in_a_number_field_are_refused_with_its_path(provider: Provider, constant: str) -> None:
    marker = 123456789.5
    spoiled = False

    def spoil(leaf: Any) -> Any:
        nonlocal spoiled
        if type(leaf) in (int, float) and not spoiled:
            spoiled = True
            return marker
        return leaf

    body = json.dumps(walk(success_example(provider), spoil)).replace(str(marker), constant).encode()
    with raw_server(answer(200, body)) as server, pytest.raises(errors_of(provider).ResponseValidationError) as raised:
        call_new(provider, server.url, "sync")
    assert raised.value.path


# Issue 10: same-origin redirects are followed with the token, other origins never get it.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 307, 308])
@pytest.mark.parametrize("provider", provider_params())
def test_a_same_origin_redirect_is_followed_with_the_token(provider: Provider, status: int, mode: str) -> None:
    def redirect_once(connection: Connection, request: RawRequest) -> None:
        if request.target.startswith("/moved"):
            connection.reply(status_line(200), ok_body(provider))
        else:
            connection.reply(status_line(status, "Moved"), b"", {"Location": "/moved" + request.target})

    with raw_server(redirect_once) as server:
        call_new(provider, server.url, mode)
    header = token_header(provider)[0]
    assert [request.headers[header] for request in server.requests] == [auth_value(provider)] * 2
    assert [request.method for request in server.requests] == ["GET", "GET"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_a_redirect_to_another_origin_is_not_followed_and_carries_no_token(provider: Provider, mode: str) -> None:
    with (
        raw_server(answer(200, ok_body(provider))) as elsewhere,
        raw_server(answer(307, b"", {"Location": elsewhere.url + "/usage"}, reason="Moved")) as api,
        pytest.raises(errors_of(provider).ApiStatusError) as raised,
    ):
        call_new(provider, api.url, mode)
    assert raised.value.status_code == 307
    assert elsewhere.requests == []
