"""Time N sequential get-usage calls of one client against one keep-alive server; prints JSON.

    python calls.py SUBJECT BASE_URL PATH N WARMUP

Runs inside the subject's own environment (ours, the floor's or a peer's), so it imports only the stdlib
and, dynamically, what that environment holds. SUBJECT is one of: httpx, httpx-async, ours:<module>,
ours-async:<module>, ours-aiohttp-async:<module>, thousandeyes-sdk, aymara-sdk, vocode-sdk.
Prints {"seconds_per_call": total / N, "median_call": ..., "result": <type of the last result>}.
"""

import asyncio
import importlib
import inspect
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

TOKEN = "bench-token"
PATH_PARAMETER = "sub-123"

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


def _ours(module: str, base_url: str, **options: Any) -> tuple[Any, Any, dict[str, str]]:
    package = importlib.import_module(module)
    get_usage = importlib.import_module(f"{module}.api.usage.get_usage")
    required = {
        name: PATH_PARAMETER
        for name, parameter in inspect.signature(get_usage.sync).parameters.items()
        if name != "client" and parameter.default is inspect.Parameter.empty
    }
    client = package.AuthenticatedClient(base_url=base_url, token=TOKEN, **options)
    return client, get_usage, required


def sync_call(subject: str, base_url: str, path: str) -> SyncCall:
    if subject == "httpx":
        httpx = importlib.import_module("httpx")
        raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})
        return lambda: raw.get(path).json()
    if subject.startswith("ours:"):
        client, get_usage, required = _ours(subject.removeprefix("ours:"), base_url)
        return lambda: get_usage.sync(client=client, **required)
    if subject == "thousandeyes-sdk":
        core = importlib.import_module("thousandeyes_sdk.core")
        usage = importlib.import_module("thousandeyes_sdk.usage")
        api = usage.UsageApi(core.ApiClient(core.Configuration(host=f"{base_url}/v7", access_token=TOKEN)))
        return lambda: api.get_usage()
    if subject == "aymara-sdk":
        aymara = importlib.import_module("aymara_ai").AymaraAI(api_key=TOKEN, base_url=base_url)
        return lambda: aymara.get(path, cast_to=object)
    if subject == "vocode-sdk":
        vocode = importlib.import_module("vocode").Vocode(token=TOKEN, base_url=base_url)
        return lambda: vocode.usage.get_usage()
    raise SystemExit(f"unknown subject {subject!r}")


def async_call(subject: str, base_url: str, path: str) -> AsyncCall:
    if subject == "httpx-async":
        httpx = importlib.import_module("httpx")
        raw = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})

        async def call() -> object:
            return (await raw.get(path)).json()

        return call
    if subject.startswith(("ours-async:", "ours-aiohttp-async:")):
        module = subject.partition(":")[2]
        options = {}
        if subject.startswith("ours-aiohttp-async:"):
            options["async_transport"] = importlib.import_module("httpx_aiohttp").AiohttpTransport()
        client, get_usage, required = _ours(module, base_url, **options)

        async def call_ours() -> object:
            return await get_usage.asyncio(client=client, **required)

        return call_ours
    raise SystemExit(f"unknown async subject {subject!r}")


def time_sync(call: SyncCall, n: int, warmup: int) -> tuple[list[float], object]:
    result: object = None
    for _ in range(warmup):
        result = call()
    durations = []
    for _ in range(n):
        started = time.perf_counter()
        result = call()
        durations.append(time.perf_counter() - started)
    return durations, result


async def time_async(call: AsyncCall, n: int, warmup: int) -> tuple[list[float], object]:
    result: object = None
    for _ in range(warmup):
        result = await call()
    durations = []
    for _ in range(n):
        started = time.perf_counter()
        result = await call()
        durations.append(time.perf_counter() - started)
    return durations, result


def main(argv: list[str]) -> None:
    subject, base_url, path, n, warmup = argv[0], argv[1], argv[2], int(argv[3]), int(argv[4])
    if "async" in subject:
        durations, result = asyncio.run(time_async(async_call(subject, base_url, path), n, warmup))
    else:
        durations, result = time_sync(sync_call(subject, base_url, path), n, warmup)
    if result is None:
        raise SystemExit(f"{subject} returned nothing")
    print(
        json.dumps(
            {
                "seconds_per_call": sum(durations) / n,
                "median_call": statistics.median(durations),
                "result": type(result).__name__,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
