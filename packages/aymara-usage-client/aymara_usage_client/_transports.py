# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Bring your own HTTP client or transport: checked when the client is built, so a wrong kind fails there.

A sync transport where an async one is needed (or the reverse) would otherwise fail mid-call with a bare
`AttributeError` from httpx; here it is a `ConfigurationError` naming the argument to use instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._identity import USER_AGENT
from .errors import ConfigurationError


@dataclass(frozen=True)
class HttpSetup:
    """What the user gave for each side; None where the client builds its own."""

    http_client: httpx.Client | None = None
    async_http_client: httpx.AsyncClient | None = None
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None


def checked_setup(
    http_client: object,
    async_http_client: object,
    transport: object,
    async_transport: object,
    httpx_args: Mapping[str, Any],
) -> HttpSetup:
    """The user's clients and transports, each of the right kind; `httpx_args["transport"]` goes to its side."""
    _expect(http_client, httpx.Client, "http_client", "an httpx.Client", "async_http_client")
    _expect(async_http_client, httpx.AsyncClient, "async_http_client", "an httpx.AsyncClient", "http_client")
    _expect(transport, httpx.BaseTransport, "transport", "a sync httpx.BaseTransport", "async_transport")
    _expect(async_transport, httpx.AsyncBaseTransport, "async_transport", "an httpx.AsyncBaseTransport", "transport")
    legacy = httpx_args.get("transport")
    if legacy is not None:  # one mapping feeds both sides: its transport serves the side of its kind only
        if isinstance(legacy, httpx.BaseTransport) and transport is None:
            transport = legacy
        elif isinstance(legacy, httpx.AsyncBaseTransport) and async_transport is None:
            async_transport = legacy
        else:
            raise ConfigurationError(
                "httpx_args['transport'] must be an httpx transport not also given as transport=/async_transport="
            )
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass either http_client= or transport=, not both: give the transport to your client")
    if async_http_client is not None and async_transport is not None:
        raise ConfigurationError("pass either async_http_client= or async_transport=, not both")
    return HttpSetup(http_client, async_http_client, transport, async_transport)  # type: ignore[arg-type]


def adopt(
    setup: HttpSetup,
    base_url: str,
    authenticate: Callable[[httpx.Request], None],
    authenticate_async: Callable[[httpx.Request], Awaitable[None]],
) -> None:
    """Fit the user's httpx clients for the API: its base URL, our User-Agent unless they set one, the auth hook first."""
    for http, hook in ((setup.http_client, authenticate), (setup.async_http_client, authenticate_async)):
        if http is None:
            continue
        if not str(http.base_url):
            http.base_url = httpx.URL(base_url)
        elif _origin(http.base_url) != _origin(httpx.URL(base_url)):
            raise ConfigurationError(f"your httpx client's base_url {http.base_url} is not the API's {base_url}")
        if http.headers.get("user-agent", "").startswith("python-httpx/"):
            http.headers["User-Agent"] = USER_AGENT
        hooks = http.event_hooks
        if hook not in hooks["request"]:
            http.event_hooks = {**hooks, "request": [hook, *hooks["request"]]}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Where a URL's requests go (scheme, host, port): the client sends credentials to the API's origin only."""
    return url.scheme, url.host, url.port


def _expect(value: object, kind: type, name: str, expected: str, other: str) -> None:
    if value is not None and not isinstance(value, kind):
        hint = f" (for the other kind, use {other}=)" if _is_http_thing(value) else ""
        raise ConfigurationError(f"{name}= must be {expected}, got {type(value).__name__}{hint}")


def _is_http_thing(value: object) -> bool:
    kinds = (httpx.Client, httpx.AsyncClient, httpx.BaseTransport, httpx.AsyncBaseTransport)
    return isinstance(value, kinds)
