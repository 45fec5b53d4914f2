"""The clients and the CLI against servers that control every byte (issue 12): each failure is typed,
bounded in time and memory, and free of secrets. Sync and async alike, for every provider it applies to.

The servers are raw sockets on 127.0.0.1 (adversarial_servers.py); memory bombs run in a subprocess
under `resource.setrlimit`, so a regression fails the test instead of the machine.
"""

import asyncio
import contextlib
import gc
import inspect
import json
import logging
import math
import multiprocessing
import os
import pickle
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from importlib.util import find_spec
from typing import Any

import httpx
import pytest
from adversarial_servers import (
    Connection,
    RawRequest,
    Script,
    answer,
    compression_bomb,
    echo_probe,
    endless_chunks,
    first_then,
    gzip_layers,
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
client = pkg.AuthenticatedClient(
    token="tok-SECRET-4f9a", base_url=__URL__, max_retries=0, max_response_bytes=__MAX__, follow_redirects=__FOLLOW__
)
def run(mode):
    try:
        if mode == "sync":
            get_usage.sync(client=client, **__ARGUMENTS__)
        else:
            asyncio.run(get_usage.asyncio(client=client, **__ARGUMENTS__))
        print(mode, "ok")
    except pkg.errors.ResponseTooLargeError as error:
        print(mode, "too large", error.status_code)
    except pkg.errors.ApiError as error:  # e.g. the MemoryError of a client without a size limit, wrapped
        print(mode, type(error.__cause__).__name__)
run(__MODE__)
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


def run_child(template: str, **values: object) -> subprocess.CompletedProcess[str]:
    """Run `template` in a fresh interpreter, each `__NAME__` replaced by the repr of `name`'s value."""
    for name, value in values.items():
        template = template.replace(f"__{name.upper()}__", repr(value))
    return subprocess.run(
        [sys.executable, "-c", template], capture_output=True, text=True, timeout=90, check=False, cwd=REPO
    )


def run_bomb_child(
    provider: Provider, url: str, max_response_bytes: int, *, follow_redirects: bool = False
) -> subprocess.CompletedProcess[str]:
    """Call `url` sync, then async, each in a child process limited to 1 GiB of address space; their outputs joined.

    One process per mode: memory the first freed may stay mapped (the allocator keeps its heap), and starve the second.
    """
    children = [
        run_child(
            BOMB_CHILD,
            limit=1024 * 1024 * 1024,
            package=provider.package_name,
            url=url,
            max=max_response_bytes,
            arguments=required_arguments(provider),
            follow=follow_redirects,
            mode=mode,
        )
        for mode in MODES
    ]
    return subprocess.CompletedProcess(
        [child.args for child in children],
        max(child.returncode for child in children),
        "".join(child.stdout for child in children),
        "".join(child.stderr for child in children),
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


# Issue 20 (hardening, round two): fork, event loops, layered encodings, desync, proxies, resolution, library
# logs, deep error bodies, signals, the testing helper's records.


FORK_CHILD = """
import asyncio, os
from importlib import import_module
pkg = import_module(__PACKAGE__)
get_usage = import_module(__PACKAGE__ + ".api.usage.get_usage")
client = pkg.AuthenticatedClient(token="tok-SECRET-4f9a", base_url=__URL__, max_retries=0)
def ours(i):  # whether the answer to call i is the answer to call i
    probe = f"{os.getpid()}-{i}"
    arguments = dict(client=client, headers={"X-Probe": probe}, **__ARGUMENTS__)
    try:
        if __MODE__ == "sync":
            response = get_usage.sync_detailed(**arguments)
        else:
            response = asyncio.run(get_usage.asyncio_detailed(**arguments))
    except pkg.errors.ApiError:
        return False
    return response.headers.get("x-probe") == probe
assert ours(0)  # the parent's pooled connection
child = os.fork()
wrong = sum(not ours(i) for i in range(1, 150))
if child == 0:
    os._exit(min(wrong, 100))
print(wrong, os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]))
"""


@pytest.mark.parametrize("mode", MODES)
def test_a_forked_child_never_uses_a_connection_of_its_parent(mode: str) -> None:
    [provider, *_] = PROVIDERS
    with raw_server(echo_probe(ok_body(provider))) as server:
        result = run_child(
            FORK_CHILD, package=provider.package_name, url=server.url, arguments=required_arguments(provider), mode=mode
        )
    assert result.stdout.split() == ["0", "0"], result  # parent's wrong answers, child's


@pytest.mark.parametrize("shape", ["asyncio.run", "new_event_loop"])
def test_successive_event_loops_leave_neither_loops_nor_connections_behind(shape: str) -> None:
    [provider, *_] = PROVIDERS
    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    async def one_call(client: Any) -> None:
        loops.append(weakref.ref(asyncio.get_running_loop()))
        await get_usage_module(provider).asyncio(client=client, **required_arguments(provider))

    with raw_server(answer(200, ok_body(provider))) as server:
        client = client_for(provider, server.url)
        for _ in range(30):
            if shape == "asyncio.run":
                asyncio.run(one_call(client))
            else:
                loop = asyncio.new_event_loop()
                loop.run_until_complete(one_call(client))
                loop.close()
        gc.collect()
        living = [loop for loop in loops[:-1] if loop() is not None]
        open_connections = wait_for(
            lambda: server.connections - server.closed <= 1, lambda: server.connections - server.closed
        )
        client.close()
    assert living == [], f"{len(living)} closed loops still alive"
    assert open_connections <= 1


def wait_for(done: Callable[[], bool], value: Callable[[], Any], seconds: float = 5.0) -> Any:
    """`value()` once `done()` holds, or after `seconds`."""
    ends = time.monotonic() + seconds
    while not done() and time.monotonic() < ends:
        time.sleep(0.02)
    return value()


@pytest.mark.slow
def test_layered_encodings_stop_at_the_size_limit_within_bounded_memory() -> None:
    [provider, *_] = PROVIDERS
    bomb = gzip_layers(compression_bomb("gzip", inflated_mib=1024), 1)  # 1 GiB of zeros, gzip twice: ~7 KB
    with raw_server(answer(200, bomb, {"Content-Encoding": "gzip, gzip"})) as server:
        result = run_bomb_child(provider, server.url, max_response_bytes=32 * 1024 * 1024)
    assert result.stdout.split("\n")[:2] == ["sync too large 200", "async too large 200"], result


@pytest.mark.slow
@pytest.mark.parametrize("follow_redirects", [False, True])
def test_the_body_of_a_redirect_is_never_read_whole(follow_redirects: bool) -> None:
    [provider, *_] = PROVIDERS
    bomb = compression_bomb("gzip", inflated_mib=1024)

    def redirect_with_a_bomb(connection: Connection, request: RawRequest) -> None:
        if request.target.startswith("/moved"):
            connection.reply(status_line(200), ok_body(provider))
        else:
            headers = {"Location": "/moved" + request.target, "Content-Encoding": "gzip"}
            connection.reply(status_line(302, "Found"), bomb, headers)

    with raw_server(redirect_with_a_bomb) as server:
        result = run_bomb_child(provider, server.url, 32 * 1024 * 1024, follow_redirects=follow_redirects)
    assert result.stdout.split("\n")[:2] == ["sync ok", "async ok"], result


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("encoding", "layers"), [("gzip, gzip, gzip, gzip", 4), ("gzip, x-unheard-of", 1)], ids=["too-many", "unknown"]
)
def test_too_many_or_unknown_encodings_are_a_decoding_error(mode: str, encoding: str, layers: int) -> None:
    [provider, *_] = PROVIDERS
    body = gzip_layers(ok_body(provider), layers)
    with (
        raw_server(answer(200, body, {"Content-Encoding": encoding})) as server,
        pytest.raises(errors_of(provider).ResponseDecodingError, match="Content-Encoding"),
    ):
        call_new(provider, server.url, mode)


def encoded(data: bytes, coding: str) -> bytes:
    """`data` in one `Content-Encoding` coding; "raw-deflate": deflate without its zlib wrapper, as some send it."""
    wbits = {"gzip": 31, "deflate": 15, "raw-deflate": -15}[coding]
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("codings", [["gzip", "gzip"], ["deflate"], ["raw-deflate"], ["deflate", "gzip"], ["gzip"] * 3])
def test_encodings_within_the_layer_limit_decode_in_order(mode: str, codings: list[str]) -> None:
    [provider, *_] = PROVIDERS
    # Unknown fields never break parsing: a padded body spans several network chunks and decoding steps.
    body = json.dumps({**success_example(provider), "padding": "x" * 300_000}).encode()
    data = body
    for coding in codings:  # applied in the order the header lists them
        data = encoded(data, coding)
    header = ", ".join(coding.removeprefix("raw-") for coding in codings)
    with raw_server(answer(200, data, {"Content-Encoding": header})) as server:
        response = call_new(provider, server.url, mode, detailed=True)
    assert response.content == body


def stale_answer(provider: Provider) -> bytes:
    """A whole response that answers no request: what a desynchronized connection would hand the next call."""
    body = json.dumps({"stale": True}).encode()
    return status_line(200) + f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("first", ["bytes-after-content-length", "body-after-204"])
def test_a_connection_whose_response_overran_its_framing_is_not_reused(mode: str, first: str) -> None:
    [provider, *_] = PROVIDERS
    body = ok_body(provider)
    if first == "body-after-204":
        poisoned = status_line(204, "No Content") + b"\r\n" + stale_answer(provider)
    else:
        poisoned = status_line(200) + f"Content-Length: {len(body)}\r\n\r\n".encode() + body + stale_answer(provider)
    with raw_server(first_then(poisoned, body)) as server:
        client = client_for(provider, server.url, max_retries=0)
        with contextlib.suppress(errors_of(provider).ResponseValidationError):  # a 204 the spec does not document
            call(client, provider, mode, detailed=True)
        second = call(client, provider, mode, detailed=True)
        client.close()
    assert second.content == body
    assert server.connections == 2


def proxy_environment(monkeypatch: pytest.MonkeyPatch, **variables: str) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_covers_a_proxy_from_the_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    [provider, *_] = PROVIDERS
    with raw_server(trickle(OK_HEAD, interval=0.1, duration=8)) as proxy:
        proxy_environment(monkeypatch, HTTP_PROXY=proxy.url)
        started = time.monotonic()
        with pytest.raises(errors_of(provider).ApiTimeoutError):
            call_new(provider, "http://api.invalid", mode, timeout=1.0, max_retries=0)
        elapsed = time.monotonic() - started
    assert proxy.requests and proxy.requests[0].target.startswith("http://api.invalid/")
    assert 0.9 < elapsed < 2.5, elapsed


PROXY_PASSWORD = "pw-SECRET-77e1"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_proxy_credentials_echoed_by_the_proxy_stay_secret(
    mode: str, source: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    [provider, *_] = PROVIDERS
    caplog.set_level(logging.DEBUG)

    def echo_407(connection: Connection, request: RawRequest) -> None:
        credential = request.headers.get("proxy-authorization", "")
        body = json.dumps({"detail": f"bad proxy credential {credential}"}).encode()
        connection.reply(status_line(407, f"Bad {credential}"), body, {"X-Echo": credential})

    with raw_server(echo_407) as proxy:
        proxy_url = proxy.url.replace("http://", f"http://user:{PROXY_PASSWORD}@")
        options: dict[str, Any] = {}
        if source == "argument":
            proxy_environment(monkeypatch)
            options["httpx_args"] = {"proxy": proxy_url}
        else:
            proxy_environment(monkeypatch, HTTP_PROXY=proxy_url)
        with pytest.raises(errors_of(provider).ApiStatusError) as raised:
            call_new(provider, "http://api.invalid", mode, max_retries=0, **options)
    credential = proxy.requests[0].headers["proxy-authorization"]
    error = raised.value
    assert error.status_code == 407
    shown = [str(error), repr(error), repr(error.body), repr(error.headers), *(r.getMessage() for r in caplog.records)]
    for text in shown:
        assert PROXY_PASSWORD not in text and credential.split()[-1] not in text, text


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("ALL_PROXY", "socks5://127.0.0.1:1080"),
        ("HTTPS_PROXY", "ftp://127.0.0.1:21"),
        ("HTTP_PROXY", "http://[::1"),
        ("SSL_CERT_FILE", "/nonexistent/ca.pem"),
        ("SSL_CERT_DIR", "/nonexistent/certs"),
    ],
)
def test_proxy_and_ca_variables_that_cannot_work_are_a_configuration_error_naming_them(
    variable: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value.startswith("socks") and find_spec("socksio") is not None:
        pytest.skip("socksio is installed: a socks proxy can work")
    [provider, *_] = PROVIDERS
    proxy_environment(monkeypatch, **{variable: value})
    with pytest.raises(errors_of(provider).ConfigurationError, match=variable):
        client_for(provider, "https://api.example.com")


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("verify_ssl", "/nonexistent/ca.pem", "verify_ssl"),
        ("httpx_args", {"proxy": "ftp://127.0.0.1:21"}, "proxy"),
        ("httpx_args", {"proxy": "http://user:hunter2@[::1"}, "proxy"),
    ],
)
def test_proxy_and_ca_arguments_that_cannot_work_are_a_configuration_error_naming_them(
    option: str, value: Any, named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    [provider, *_] = PROVIDERS
    proxy_environment(monkeypatch)
    with pytest.raises(errors_of(provider).ConfigurationError, match=named) as raised:
        client_for(provider, "https://api.example.com", **{option: value})
    assert "hunter2" not in str(raised.value)


SLOW_HOST = "slow-resolver.test"


@pytest.fixture
def slow_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Resolving SLOW_HOST takes 8 s (then gives 127.0.0.1); every other name resolves as usual."""
    release = threading.Event()
    resolve = socket.getaddrinfo

    def slow(host: Any, *arguments: Any, **options: Any) -> Any:
        if host == SLOW_HOST:
            release.wait(8)
            host = "127.0.0.1"
        return resolve(host, *arguments, **options)

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    yield
    release.set()


@pytest.mark.usefixtures("slow_resolver")
@pytest.mark.parametrize("mode", MODES)
def test_name_resolution_is_inside_the_deadline(mode: str) -> None:
    [provider, *_] = PROVIDERS
    started = time.monotonic()
    with pytest.raises(errors_of(provider).ApiTimeoutError, match="deadline"):
        call_new(provider, f"http://{SLOW_HOST}:9", mode, timeout=1.0, max_retries=0)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, elapsed


@pytest.mark.usefixtures("slow_resolver")
def test_fetch_all_returns_by_the_deadline_whatever_the_resolver_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from usage_clients import Failed, fetch_all

    [provider, *_] = PROVIDERS
    monkeypatch.setenv(provider.token_env, TOKEN)
    started = time.monotonic()
    [result] = fetch_all([provider.key], base_urls={provider.key: f"http://{SLOW_HOST}:9"}, timeout=1.0, max_retries=0)
    elapsed = time.monotonic() - started
    assert isinstance(result, Failed) and "deadline" in result.error
    assert elapsed < 2.0, elapsed


@pytest.mark.parametrize("mode", MODES)
def test_what_http_libraries_log_while_a_client_works_is_redacted(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    [provider, *_] = PROVIDERS
    caplog.set_level(logging.DEBUG)
    echo = {"X-Echo": auth_value(provider), "Set-Cookie": "session=cookie-SECRET-3b"}
    with (
        raw_server(answer(401, b"{}", echo, reason=f"Bad token {TOKEN}")) as server,
        pytest.raises(errors_of(provider).AuthenticationError),
    ):
        call_new(provider, server.url, mode, max_retries=0)
    libraries = [record for record in caplog.records if record.name.startswith(("httpx", "httpcore"))]
    assert libraries, "httpx and httpcore log at DEBUG"
    for record in caplog.records:
        assert TOKEN not in record.getMessage() and "cookie-SECRET" not in record.getMessage(), record.getMessage()


LOG_CHILD = """
from importlib import import_module
pkg = import_module(__PACKAGE__)
get_usage = import_module(__PACKAGE__ + ".api.usage.get_usage")
client = pkg.AuthenticatedClient(token="tok-SECRET-4f9a", base_url=__URL__, max_retries=0)
try:
    get_usage.sync(client=client, **__ARGUMENTS__)
except pkg.errors.AuthenticationError:
    pass
"""


def test_the_log_switch_shows_our_lines_redacted() -> None:
    [provider, *_] = PROVIDERS
    log_env = package(provider)._logging.LOG_ENV
    with raw_server(answer(401, b"{}", reason=f"Bad token {TOKEN}")) as server:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                LOG_CHILD.replace("__PACKAGE__", repr(provider.package_name))
                .replace("__URL__", repr(server.url))
                .replace("__ARGUMENTS__", repr(required_arguments(provider))),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=REPO,
            env={**os.environ, log_env: "debug"},
        )
    assert f"{provider.package_name} DEBUG" in result.stderr, result
    assert "<redacted>" in result.stderr
    assert_secret_free(result.stderr)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("depth", [500, 990, 3000])
@pytest.mark.parametrize("provider", provider_params())
def test_an_error_body_nested_at_any_depth_is_a_typed_status_error(provider: Provider, mode: str, depth: int) -> None:
    nested = b'{"detail": ' * depth + b"1" + b"}" * depth
    with raw_server(answer(404, nested)) as server:
        with pytest.raises(errors_of(provider).NotFoundError) as raised:
            call_new(provider, server.url, mode)
        response = call_new(provider, server.url, mode, detailed=True)
    assert raised.value.status_code == 404 == response.status_code
    copy = pickle.loads(pickle.dumps(raised.value))  # its body too: a pickle recurses as deep as the body nests
    assert str(copy) == str(raised.value) and repr(copy.body) == repr(raised.value.body)


def cli_against_stalling_servers(*arguments: str, **options: Any) -> tuple[subprocess.Popen[bytes], list[Any]]:
    """`usage-clients show` against servers that take every request and answer none (stopped by the caller)."""

    def stall(connection: Connection, _: RawRequest) -> bool:
        connection.server.stopping.wait(30)
        return False

    servers = [raw_server(stall) for _ in PROVIDERS]
    started = [server.__enter__() for server in servers]
    urls = {provider.key: server.url for provider, server in zip(PROVIDERS, started, strict=True)}
    process = subprocess.Popen(
        [sys.executable, "-m", "usage_clients", "show", *arguments], env=cli_environment(urls), **options
    )
    return process, [(server, started_server) for server, started_server in zip(servers, started, strict=True)]


def stop_servers(servers: list[Any]) -> None:
    for server, _ in servers:
        server.__exit__(None, None, None)


def test_the_cli_interrupted_exits_130_with_one_line() -> None:
    process, servers = cli_against_stalling_servers(stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: all(started.requests for _, started in servers), lambda: None, seconds=30)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
        stop_servers(servers)
    assert process.returncode == 130, stderr
    assert stderr.decode().count("\n") == 1 and "Traceback" not in stderr.decode(), stderr


def test_the_cli_exits_quietly_when_its_output_is_closed() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -c 10` once head has exited
    servers = {provider.key: raw_server(answer(200, ok_body(provider))) for provider in PROVIDERS}
    started = {key: server.__enter__() for key, server in servers.items()}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "usage_clients", "show", "--json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
            env=cli_environment({key: server.url for key, server in started.items()}),
        )
    finally:
        os.close(write_end)
        for server in servers.values():
            server.__exit__(None, None, None)
    assert result.stderr == b"", result.stderr
    assert result.returncode == 128 + signal.SIGPIPE


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_mock_api_records_each_request_as_it_was_sent(provider: Provider, mode: str) -> None:
    testing = import_module(f"{provider.package_name}.testing")
    api = testing.MockApi()
    operation = next(iter(testing.EXAMPLES))
    api.queue(operation, status=401, body={"detail": "no"})
    client = api.client(max_retries=0)
    with pytest.raises(errors_of(provider).AuthenticationError):
        call(client, provider, mode)
    [request] = api.requests
    assert request.headers[token_header(provider)[0]] == auth_value(provider).replace(TOKEN, testing.TEST_TOKEN)
