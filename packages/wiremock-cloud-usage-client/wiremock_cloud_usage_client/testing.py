# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Test your own code against the WireMock Cloud API without a network: `MockApi` answers every call.

    from wiremock_cloud_usage_client.testing import MockApi

    api = MockApi()
    client = api.client()              # an AuthenticatedClient on an httpx.MockTransport
    api.queue("get_usage", status=429, headers={"Retry-After": "0"})  # the next get_usage call gets a 429
    ...                                # your code under test, given `client`
    assert api.requests[0].url.path == ...

By default every operation answers with its example from the spec (specs/wiremock-cloud.yaml). A test can queue,
per operation, answers to give first: a status, a body, headers, a delay, or a connection error (and
`queue_pages` several pages for a paginated operation). Every request is kept in `requests` as it was
sent. It uses only httpx, which the client depends on already.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .client import DEFAULT_SERVER, SERVERS, AuthenticatedClient

__all__ = ("EXAMPLES", "Answer", "MockApi", "Operation")

TEST_TOKEN = "test-token"


@dataclass(frozen=True)
class Operation:
    """An operation of the spec: its function's module name, method and path, and its example answer."""

    name: str
    method: str
    path: str
    status: int
    example: Any  # JSON data; None when the spec gives no example


# The example answer of every operation, from the spec.
EXAMPLES: Mapping[str, Operation] = {
    "get_usage": Operation(
        name="get_usage",
        method="GET",
        path="/v1/subscriptions/{subscription_id}/usage",
        status=200,
        example={
            "usage": {
                "id": "kl1g9",
                "currentPeriodStart": "2024-08-01T13:50:48.988681Z",
                "currentPeriodEnd": "2025-08-01T13:50:48.988681Z",
                "stubCalledCount": 22309,
                "exportCalledCount": 30,
                "organisationMemberCount": 15,
                "invitationCount": 0,
                "seatLimit": None,
                "totalMockApiCount": 158,
                "totalDataSourceCount": 9,
                "totalDatabaseConnectionCount": 2,
                "ownMockApiCount": 0,
                "teamMockApiCount": 0,
                "collaboratorCount": 0,
                "totalSeatCount": 15,
                "teamMemberCount": 15,
                "totalTeamCount": 15,
            }
        },
    ),
}


@dataclass(frozen=True)
class Answer:
    """One queued answer: a status with a body and headers after `delay` seconds, or a connection error.

    A `delay` longer than the call's read timeout ends as a timeout, as it would over a network.
    """

    status: int = 200
    body: Any = None  # JSON data, or bytes / str sent as they are; None: the example for 2xx, empty otherwise
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    connection_error: bool = False


class MockApi:
    """A mock of the API behind `httpx.MockTransport`: spec examples by default, queued answers first.

    Thread-safe and usable from sync and async code alike; `requests` lists every request, in order.
    """

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._queued: dict[str, deque[Answer]] = {name: deque() for name in EXAMPLES}
        self._lock = threading.Lock()
        self.transport = httpx.MockTransport(self._handle)
        self.async_transport = httpx.MockTransport(self._handle_async)

    def client(self, *, token: str = TEST_TOKEN, **options: Any) -> AuthenticatedClient:
        """An `AuthenticatedClient` (base URL: the spec's production server) whose requests reach this mock."""
        options.setdefault("base_url", SERVERS[DEFAULT_SERVER])
        return AuthenticatedClient(
            token=token, transport=self.transport, async_transport=self.async_transport, **options
        )

    def queue(
        self,
        operation: str,
        *,
        status: int = 200,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        connection_error: bool = False,
    ) -> None:
        """Answer the next call of `operation` (a key of `EXAMPLES`) this way; queued answers are given in order."""
        if operation not in self._queued:
            raise KeyError(f"unknown operation {operation!r}: one of {', '.join(self._queued)}")
        answer = Answer(status, body, dict(headers or {}), delay, connection_error)
        with self._lock:
            self._queued[operation].append(answer)

    def queue_pages(self, operation: str, *bodies: Any, headers: Mapping[str, str] | None = None) -> None:
        """Answer the next calls of `operation` with these bodies, a page each, in order (for `sync_items`...)."""
        for body in bodies:
            self.queue(operation, body=body, headers=headers)

    def calls(self, operation: str) -> list[httpx.Request]:
        """The requests sent to `operation`, in order."""
        return [request for request in self.requests if _operation_of(request) == operation]

    def _next(self, request: httpx.Request) -> tuple[str | None, Answer | None]:
        name = _operation_of(request)
        # A copy: the client blanks the credentials of a request that ended in an error, the record keeps them.
        sent = httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.content)
        sent.extensions = dict(request.extensions)
        with self._lock:
            self.requests.append(sent)
            queued = self._queued.get(name) if name else None
            return name, queued.popleft() if queued else None

    def _handle(self, request: httpx.Request) -> httpx.Response:
        name, answer = self._next(request)
        if answer is not None and answer.delay:
            time.sleep(_wait(request, answer))
        return _respond(request, name, answer)

    async def _handle_async(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # only async tests pay for it

        name, answer = self._next(request)
        if answer is not None and answer.delay:
            await asyncio.sleep(_wait(request, answer))
        return _respond(request, name, answer)


def _operation_of(request: httpx.Request) -> str | None:
    for operation, pattern in _PATTERNS:
        if request.method == operation.method and pattern.search(request.url.path):
            return operation.name
    return None


def _pattern(path: str) -> re.Pattern[str]:
    """A path template (`/v1/{id}/usage`) as a pattern matching the end of a request's path."""
    parts = re.split(r"\{[^}]+\}", path)
    return re.compile("[^/]+".join(re.escape(part) for part in parts) + "$")


_PATTERNS = [(operation, _pattern(operation.path)) for operation in EXAMPLES.values()]


def _wait(request: httpx.Request, answer: Answer) -> float:
    """How long to wait before answering: the delay, or the read timeout when the delay exceeds it."""
    read = request.extensions.get("timeout", {}).get("read")
    return answer.delay if read is None else min(answer.delay, read)


def _respond(request: httpx.Request, name: str | None, answer: Answer | None) -> httpx.Response:
    if name is None:
        return httpx.Response(404, json={"detail": f"no operation for {request.method} {request.url.path}"})
    operation = EXAMPLES[name]
    answer = answer or Answer(status=operation.status)
    read = request.extensions.get("timeout", {}).get("read")
    if read is not None and answer.delay > read:
        raise httpx.ReadTimeout(f"no answer within {read} s (a queued delay of {answer.delay} s)", request=request)
    if answer.connection_error:
        raise httpx.ConnectError("connection refused (queued by the test)", request=request)
    body = answer.body
    if body is None and 200 <= answer.status < 300:
        body = operation.example
    headers = {"Content-Type": "application/json", **answer.headers}
    if body is None:
        return httpx.Response(answer.status, headers=headers)
    content = body if isinstance(body, bytes) else body.encode() if isinstance(body, str) else json.dumps(body).encode()
    return httpx.Response(answer.status, headers=headers, content=content)
