"""A load test: the async client makes 1,000 concurrent calls against WireMock (a server in another
process), with no error and no leaked connection or file descriptor."""

import asyncio
import os
from typing import Any

import pytest

from scripts.mock_servers import WireMock
from support import client_for, get_usage_module, provider_by_key, success_example

pytestmark = [pytest.mark.http, pytest.mark.slow]

CALLS = 1_000
VOCODE = provider_by_key("vocode")


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_a_thousand_concurrent_async_calls(wiremock_api: WireMock) -> None:
    wiremock_api.stub(
        {
            "request": {"method": "GET", "urlPath": "/v1/usage"},
            "response": {"status": 200, "jsonBody": success_example(VOCODE)},
        }
    )
    module = get_usage_module(VOCODE)

    async def run() -> tuple[list[Any], int, int]:
        async with client_for(VOCODE, wiremock_api.url) as client:
            results = await asyncio.gather(*(module.asyncio(client=client) for _ in range(CALLS)))
            pool = client.get_async_httpx_client()._transport._pool
            during = len(pool.connections)
        return list(results), during, len(pool.connections)

    before = open_descriptors()
    results, connections_during, connections_after = asyncio.run(run())
    after = open_descriptors()

    assert len(results) == CALLS
    assert all(result.monthly_usage_minutes == 412 for result in results)
    assert len(wiremock_api.received()) == CALLS, "no call was retried or lost"
    assert 0 < connections_during <= 100, "httpx's pool bounds the connections"
    assert connections_after == 0
    assert after <= before, f"{after - before} file descriptors leaked"
