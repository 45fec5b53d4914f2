"""Faults and retries over real HTTP against WireMock: timeouts, resets, garbage, 5xx and 429 sequences.

Every test runs the sync and the async client alike.
"""

import asyncio
import json
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import pytest

from scripts.codegen.manifest import Provider
from scripts.mock_servers import WireMock
from support import client_for, get_usage_module, package, provider_by_key, provider_params, required_arguments
from support import success_example as example

pytestmark = pytest.mark.http

MODES = ["sync", "async"]
VOCODE = provider_by_key("vocode")


def call(provider: Provider, base_url: str, mode: str, **options: Any) -> Any:
    """get_usage through the sync or the async client; returns the model or raises."""
    module = get_usage_module(provider)
    arguments = required_arguments(provider)
    if mode == "sync":
        with client_for(provider, base_url, **options) as client:
            return module.sync(client=client, **arguments)

    async def run() -> Any:
        async with client_for(provider, base_url, **options) as client:
            return await module.asyncio(client=client, **arguments)

    return asyncio.run(run())


def reply(response: dict[str, Any], **scenario: str) -> dict[str, Any]:
    """A WireMock stub answering any GET with `response`, optionally one step of a scenario."""
    stub: dict[str, Any] = {"request": {"method": "GET", "urlPathPattern": "/.*"}, "response": response}
    if scenario:
        stub.update(scenarioName="sequence", **scenario)
    return stub


def sequence(wiremock: WireMock, *responses: dict[str, Any]) -> None:
    """Answer successive requests with `responses` in order; the last one repeats."""
    for step, response in enumerate(responses):
        state = "Started" if step == 0 else f"step {step}"
        following = {"newScenarioState": f"step {step + 1}"} if step < len(responses) - 1 else {}
        wiremock.stub(reply(response, requiredScenarioState=state, **following))


def ok(provider: Provider) -> dict[str, Any]:
    return {"status": 200, "jsonBody": example(provider), "headers": {"Content-Type": "application/json"}}


@pytest.mark.parametrize("mode", MODES)
def test_a_delay_beyond_the_timeout_raises_a_timeout_after_retrying(wiremock_api: WireMock, mode: str) -> None:
    wiremock_api.stub(reply({**ok(VOCODE), "fixedDelayMilliseconds": 3000}))
    errors = package(VOCODE).errors

    with pytest.raises(errors.ApiTimeoutError, match="timed out"):
        call(VOCODE, wiremock_api.url, mode, timeout=0.3, max_retries=1)

    assert len(wiremock_api.received()) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"])
def test_a_broken_connection_raises_a_connection_error_after_retrying(
    wiremock_api: WireMock, fault: str, mode: str
) -> None:
    wiremock_api.stub(reply({"fault": fault}))
    errors = package(VOCODE).errors

    with pytest.raises(errors.ApiConnectionError) as raised:
        call(VOCODE, wiremock_api.url, mode, max_retries=1)

    assert not isinstance(raised.value, errors.ApiTimeoutError)
    assert "GET http://127.0.0.1" in str(raised.value)
    assert len(wiremock_api.received()) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("body", "location", "reason"),
    [
        pytest.param("{not json", "<body>", "not valid JSON", id="not-json"),
        pytest.param("", "<body>", "not valid JSON", id="empty"),
        pytest.param(
            json.dumps({"user_id": "u", "plan_type": "free"}), "monthly_usage_minutes", "missing", id="missing"
        ),
        pytest.param(
            json.dumps({**example(VOCODE), "monthly_usage_limit_minutes": "lots"}),
            "monthly_usage_limit_minutes",
            "expected an integer, got str 'lots'",
            id="wrong-type",
        ),
    ],
)
def test_a_malformed_2xx_body_raises_response_validation_error(
    wiremock_api: WireMock, body: str, location: str, reason: str, mode: str
) -> None:
    wiremock_api.stub(reply({"status": 200, "body": body, "headers": {"Content-Type": "application/json"}}))
    errors = package(VOCODE).errors

    with pytest.raises(errors.ResponseValidationError) as raised:
        call(VOCODE, wiremock_api.url, mode)

    assert raised.value.location == location
    assert reason in str(raised.value)
    assert raised.value.response.status_code == 200
    assert len(wiremock_api.received()) == 1, "a bad body is not retried"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", provider_params())
def test_503_503_200_succeeds_on_the_third_attempt(wiremock_api: WireMock, provider: Provider, mode: str) -> None:
    busy = {"status": 503, "jsonBody": {"error": "busy"}}
    sequence(wiremock_api, busy, busy, ok(provider))

    usage = call(provider, wiremock_api.url, mode)

    assert type(usage).__name__ in {"Usage", "UsageResponse"}
    assert len(wiremock_api.received()) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("asking", "wait"),
    [
        pytest.param(lambda: {"Retry-After": "1"}, 1.0, id="seconds"),
        pytest.param(lambda: {"retry-after-ms": "1200"}, 1.2, id="milliseconds"),
        pytest.param(lambda: {"Retry-After": formatdate(time.time() + 3, usegmt=True)}, 1.0, id="http-date"),
    ],
)
def test_429_waits_as_long_as_retry_after_asks(
    wiremock_api: WireMock, asking: Callable[[], dict[str, str]], wait: float, mode: str
) -> None:
    headers = asking()
    sequence(wiremock_api, {"status": 429, "headers": headers}, ok(VOCODE))

    started = time.monotonic()
    usage = call(VOCODE, wiremock_api.url, mode)

    assert usage.monthly_usage_minutes == 412
    assert time.monotonic() - started >= wait - 0.05  # exponential backoff alone would wait at most 0.5 s
    assert len(wiremock_api.received()) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_beyond_60_seconds_falls_back_to_backoff(wiremock_api: WireMock, mode: str) -> None:
    sequence(wiremock_api, {"status": 429, "headers": {"Retry-After": "3600"}}, ok(VOCODE))

    started = time.monotonic()
    call(VOCODE, wiremock_api.url, mode)

    assert time.monotonic() - started < 30


@pytest.mark.parametrize("mode", MODES)
def test_rate_limited_to_the_end_raises_rate_limit_error(wiremock_api: WireMock, mode: str) -> None:
    wiremock_api.stub(reply({"status": 429, "headers": {"Retry-After": "0"}, "jsonBody": {"detail": "slow down"}}))
    errors = package(VOCODE).errors

    with pytest.raises(errors.RateLimitError) as raised:
        call(VOCODE, wiremock_api.url, mode)

    assert raised.value.retry_after == 0.0
    assert raised.value.body == {"detail": "slow down"}
    assert len(wiremock_api.received()) == 3  # the first try and max_retries=2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "error_name", "tries"),
    [
        pytest.param(500, "InternalServerError", 2, id="500-retried"),
        pytest.param(502, "InternalServerError", 2, id="502-retried"),
        pytest.param(408, "ApiStatusError", 2, id="408-retried"),
        pytest.param(404, "NotFoundError", 1, id="404-not-retried"),
        pytest.param(409, "ConflictError", 2, id="409-retried"),
        pytest.param(529, "InternalServerError", 2, id="529-retried"),
        pytest.param(422, "UnprocessableEntityError", 1, id="422-not-retried"),
    ],
)
def test_statuses_map_to_errors_and_only_transient_ones_are_retried(
    wiremock_api: WireMock, status: int, error_name: str, tries: int, mode: str
) -> None:
    wiremock_api.stub(reply({"status": status, "jsonBody": {"detail": "no"}}))
    errors = package(VOCODE).errors

    with pytest.raises(errors.ApiStatusError) as raised:
        call(VOCODE, wiremock_api.url, mode, max_retries=1)

    assert type(raised.value) is getattr(errors, error_name)
    assert raised.value.status_code == status
    assert len(wiremock_api.received()) == tries
