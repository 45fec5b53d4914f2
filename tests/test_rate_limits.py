"""ThousandEyes' rate-limit headers over real HTTP: the 429 wait without Retry-After, and `Response.rate_limit`."""

import json
import time
from importlib import import_module

import pytest

from scripts.local_server import Received, Reply, local_server
from support import client_for, get_usage_module, provider_by_key, success_example

THOUSANDEYES = provider_by_key("thousandeyes")
ERRORS = import_module(f"{THOUSANDEYES.package_name}.errors")
TYPES = import_module(f"{THOUSANDEYES.package_name}.types")
GET_USAGE = get_usage_module(THOUSANDEYES)
PROBLEM = {"Content-Type": "application/problem+json"}


def limits(reset: int) -> dict[str, str]:
    return {
        "X-Organization-Rate-Limit-Limit": "240",
        "X-Organization-Rate-Limit-Remaining": "0",
        "X-Organization-Rate-Limit-Reset": str(reset),
    }


@pytest.mark.http
def test_a_429_without_retry_after_waits_for_the_organization_reset() -> None:
    reset = int(time.time()) + 30
    reply = Reply(429, json.dumps({"status": 429}).encode(), {**PROBLEM, **limits(reset)})
    with (
        local_server(lambda request: reply) as server,
        client_for(THOUSANDEYES, server.url) as client,
        pytest.raises(ERRORS.RateLimitError) as raised,
    ):
        GET_USAGE.sync(client=client, max_retries=0)

    assert raised.value.retry_after == pytest.approx(30, abs=2)


@pytest.mark.http
def test_retry_after_wins_over_the_reset_header() -> None:
    headers = {**PROBLEM, **limits(int(time.time()) + 30), "Retry-After": "3"}
    with (
        local_server(lambda request: Reply(429, b"{}", headers)) as server,
        client_for(THOUSANDEYES, server.url) as client,
        pytest.raises(ERRORS.RateLimitError) as raised,
    ):
        GET_USAGE.sync(client=client, max_retries=0)

    assert raised.value.retry_after == 3


@pytest.mark.http
def test_the_retry_waits_until_the_reset_then_succeeds() -> None:
    body = json.dumps(success_example(THOUSANDEYES)).encode()
    arrivals: list[float] = []

    def respond(request: Received) -> Reply:
        arrivals.append(time.monotonic())
        if len(arrivals) == 1:
            return Reply(429, b"{}", {**PROBLEM, **limits(int(time.time()) + 2)})
        return Reply(200, body, {"Content-Type": "application/hal+json"})

    with local_server(respond) as server, client_for(THOUSANDEYES, server.url) as client:
        usage = GET_USAGE.sync(client=client, max_retries=1)

    assert usage.usage.cloud_units_used == success_example(THOUSANDEYES)["usage"]["cloudUnitsUsed"]
    assert 0.9 <= arrivals[1] - arrivals[0] <= 3.5, "waited for the window to reset, not the 0.5 s backoff"


@pytest.mark.http
def test_sync_detailed_reports_the_rate_limit() -> None:
    body = json.dumps(success_example(THOUSANDEYES)).encode()
    headers = {"Content-Type": "application/hal+json", **limits(1735689630)}
    headers["X-Organization-Rate-Limit-Remaining"] = "239"
    with (
        local_server(lambda request: Reply(200, body, headers)) as server,
        client_for(THOUSANDEYES, server.url) as client,
    ):
        response = GET_USAGE.sync_detailed(client=client)

    assert response.rate_limit == TYPES.RateLimit(limit=240, remaining=239, reset=1735689630)


@pytest.mark.http
def test_absent_or_malformed_rate_limit_headers_are_none() -> None:
    headers = {"Content-Type": "application/hal+json", "X-Organization-Rate-Limit-Limit": "lots"}
    with (
        local_server(lambda request: Reply(200, b"{}", headers)) as server,
        client_for(THOUSANDEYES, server.url) as client,
    ):
        response = GET_USAGE.sync_detailed(client=client)

    assert response.rate_limit == TYPES.RateLimit(limit=None, remaining=None, reset=None)
