# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The clients that carry requests to the Aymara API: base URL, token, timeouts, retries, logging.

Every default comes from the spec (specs/aymara.yaml): its servers and its security scheme.
"""

from __future__ import annotations

import logging
import os
import ssl
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._identity import USER_AGENT
from ._logging import configure_from_env
from ._retries import RETRY_STATUSES, retry_delay
from ._transports import adopt, checked_setup
from .errors import SECRET_HEADERS, ApiConnectionError, ApiTimeoutError, ConfigurationError, MissingTokenError

if TYPE_CHECKING:  # asyncio costs more to import than the rest of the package: only async calls load it
    import asyncio

__all__ = (
    "BASE_URL_ENV",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "SERVERS",
    "TOKEN_ENV",
    "AuthenticatedClient",
    "Client",
)

# The spec's servers by name (the first word of each server's description).
SERVERS: Mapping[str, str] = {
    "production": "https://api.aymara.ai",
    "staging": "https://staging-api.aymara.ai",
}
DEFAULT_SERVER = "production"
TOKEN_ENV = "AYMARA_AI_API_KEY"
BASE_URL_ENV = "AYMARA_AI_BASE_URL"
# From the spec's security scheme: the header that carries the token, and what precedes it.
AUTH_HEADER = "x-api-key"
AUTH_PREFIX = ""

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

logger = logging.getLogger(__package__)
configure_from_env(logger)  # $AYMARA_AI_LOG=debug|info


class Client:
    """A client for the API's operations that need no token.

    Args:
        base_url: the API's root URL; defaults to `$AYMARA_AI_BASE_URL`, else to the server named `server`.
        server: one of production, staging; ignored when a base URL is given.
        timeout: seconds (or an `httpx.Timeout`) for each request; 60 s, 5 s to connect, by default.
        max_retries: how often to retry a request that failed in a way worth retrying.
        headers, cookies: sent with every request.
        verify_ssl, follow_redirects: as in httpx.
        httpx_args: any other arguments of `httpx.Client` / `httpx.AsyncClient` (event hooks, a proxy...); a
            transport in it serves the side of its kind only.
        http_client, async_http_client: your own `httpx.Client` / `httpx.AsyncClient` (proxy, CA, transport...);
            the client's auth hook, timeouts and retries still apply. They get this client's base URL (if they
            have none), User-Agent (if theirs is httpx's default) and auth hook, and stay yours to close.
        transport, async_transport: the `httpx.BaseTransport` / `httpx.AsyncBaseTransport` of the clients built here.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        server: str = DEFAULT_SERVER,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries}")
        self.base_url = _base_url(base_url, server)
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        self._headers = dict(headers or {})
        self._cookies = dict(cookies or {})
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self._http_setup = checked_setup(http_client, async_http_client, transport, async_transport, self._httpx_args)
        adopt(self._http_setup, self.base_url, self._authenticate, self._authenticate_async)
        self._origin = _origin(httpx.URL(self.base_url))
        self._auth_headers: dict[str, str] = {}  # sent only to the API's own origin
        self._client: httpx.Client | None = None
        # The async client, and the FIFO queue in front of its connection pool: created together.
        self._async: tuple[httpx.AsyncClient, asyncio.Semaphore] | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, max_retries={self.max_retries})"

    def get_httpx_client(self) -> httpx.Client:
        """The underlying `httpx.Client`, created on first use."""
        if self._client is None:
            self._client = self._http_setup.http_client or httpx.Client(
                **self._httpx_kwargs(self._authenticate), transport=self._http_setup.transport
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient`, created on first use."""
        return self._async_pool()[0]

    def close(self) -> None:
        if self._client is not None and self._http_setup.http_client is None:  # a client you passed stays yours
            self._client.close()

    async def aclose(self) -> None:
        if self._async is not None and self._http_setup.async_http_client is None:
            await self._async[0].aclose()

    def __enter__(self) -> Self:
        if self._http_setup.http_client is None:
            self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._http_setup.http_client is None:
            self.get_httpx_client().__exit__(kind, error, trace)

    async def __aenter__(self) -> Self:
        if self._http_setup.async_http_client is None:
            await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._http_setup.async_http_client is None:
            await self.get_async_httpx_client().__aexit__(kind, error, trace)

    def _async_pool(self) -> tuple[httpx.AsyncClient, asyncio.Semaphore]:
        if self._async is None:
            import asyncio  # noqa: PLC0415

            kwargs = self._httpx_kwargs(self._authenticate_async)
            # Requests beyond the pool's size wait in this FIFO queue rather than in httpcore's pool,
            # whose wake-ups grow with its queue: 1,000 concurrent calls run ~15x faster.
            slots = asyncio.Semaphore(kwargs["limits"].max_connections or 1_000_000)
            self._async = (
                self._http_setup.async_http_client
                or httpx.AsyncClient(**kwargs, transport=self._http_setup.async_transport),
                slots,
            )
        return self._async

    def _httpx_kwargs(self, authenticate: Callable[[httpx.Request], object]) -> dict[str, Any]:
        """The arguments of the httpx client, `authenticate` first among its request hooks."""
        hooks = self._httpx_args.get("event_hooks", {})
        return {
            "base_url": self.base_url,
            "headers": {"User-Agent": USER_AGENT, **self._headers},
            "cookies": self._cookies,
            "timeout": self.timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "limits": DEFAULT_LIMITS,
            **{name: value for name, value in self._httpx_args.items() if name != "transport"},  # see checked_setup
            "event_hooks": {**hooks, "request": [authenticate, *hooks.get("request", [])]},
        }

    def _authenticate(self, request: httpx.Request) -> None:
        # A hook, not a default header: it runs again for each redirect, so a token never follows one off-origin.
        if _origin(request.url) == self._origin:
            request.headers.update(self._auth_headers)
        else:
            request.headers.pop(AUTH_HEADER, None)

    async def _authenticate_async(self, request: httpx.Request) -> None:
        self._authenticate(request)

    def _send(
        self, request_kwargs: dict[str, Any], *, timeout: float | httpx.Timeout | None, max_retries: int | None
    ) -> httpx.Response:
        """Send a request built from `request_kwargs`, retrying what is worth retrying; used by `api.*`."""
        http = self.get_httpx_client()
        request, retries = self._prepare(http, request_kwargs, timeout, max_retries)
        retry = 0
        while True:
            started = time.perf_counter()
            try:
                response = http.send(request)
            except httpx.TransportError as error:
                delay = _delay_after_failure(request, error, retry, retries)
            else:
                wait = _delay_after_response(response, started, retry, retries)
                if wait is None:
                    return response
                delay = wait
            time.sleep(delay)
            retry += 1

    async def _send_async(
        self, request_kwargs: dict[str, Any], *, timeout: float | httpx.Timeout | None, max_retries: int | None
    ) -> httpx.Response:
        """The async twin of `_send`."""
        import asyncio  # noqa: PLC0415

        http, slots = self._async_pool()
        request, retries = self._prepare(http, request_kwargs, timeout, max_retries)
        retry = 0
        while True:
            started = time.perf_counter()
            try:
                async with slots:
                    response = await http.send(request)
            except httpx.TransportError as error:
                delay = _delay_after_failure(request, error, retry, retries)
            else:
                wait = _delay_after_response(response, started, retry, retries)
                if wait is None:
                    return response
                delay = wait
            await asyncio.sleep(delay)
            retry += 1

    def _prepare(
        self,
        http: httpx.Client | httpx.AsyncClient,
        request_kwargs: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
    ) -> tuple[httpx.Request, int]:
        """The request to send, and how often to retry it: the call's settings, else the client's."""
        own_timeout: dict[str, Any] = {} if timeout is None else {"timeout": timeout}  # else the client's
        retries = self.max_retries if max_retries is None else max_retries
        return http.build_request(**request_kwargs, **own_timeout), retries


class AuthenticatedClient(Client):
    """A client for the API's secured operations: sends the token in `x-api-key`.

    Args:
        token: the API token; defaults to `$AYMARA_AI_API_KEY`. It never appears in a repr, an error or a log line.
        base_url, server, timeout, max_retries, ...: as for `Client`.
    """

    def __init__(
        self,
        token: str | None = None,
        base_url: str | None = None,
        *,
        server: str = DEFAULT_SERVER,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url,
            server=server,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            cookies=cookies,
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=httpx_args,
            http_client=http_client,
            async_http_client=async_http_client,
            transport=transport,
            async_transport=async_transport,
        )
        token = token or os.environ.get(TOKEN_ENV)
        if not token:
            raise MissingTokenError(f"No API token: pass token=... or set the {TOKEN_ENV} environment variable.")
        self._auth_headers = {AUTH_HEADER: f"{AUTH_PREFIX} {token}" if AUTH_PREFIX else token}


def _base_url(base_url: str | None, server: str) -> str:
    chosen = base_url or os.environ.get(BASE_URL_ENV)
    if chosen:
        return chosen
    if server not in SERVERS:
        raise ConfigurationError(f"Unknown server {server!r}: choose one of {', '.join(SERVERS)}, or pass base_url=...")
    return SERVERS[server]


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _delay_after_response(response: httpx.Response, started: float, retry: int, retries: int) -> float | None:
    """Log the response; the seconds to wait before retrying it, or None to return it."""
    request = response.request
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d in %.1f ms; request headers %s",
            request.method,
            request.url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            _redacted(request.headers),
        )
    if response.status_code not in RETRY_STATUSES or retry >= retries:
        return None
    delay = retry_delay(retry, response.headers)
    _log_retry(request, f"status {response.status_code}", delay, retry, retries)
    return delay


def _delay_after_failure(request: httpx.Request, error: httpx.TransportError, retry: int, retries: int) -> float:
    """The seconds to wait before retrying a request that got no response; raises when out of retries."""
    timed_out = isinstance(error, httpx.TimeoutException)
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if retry >= retries:
        error_class = ApiTimeoutError if timed_out else ApiConnectionError
        failed = "timed out" if timed_out else "failed"
        raise error_class(f"{request.method} {request.url} {failed} ({reason})", request=request) from error
    delay = retry_delay(retry)
    _log_retry(request, reason, delay, retry, retries)
    return delay


def _log_retry(request: httpx.Request, reason: str, delay: float, retry: int, retries: int) -> None:
    logger.info(
        "Retrying %s %s in %.2f s (retry %d of %d) after %s",
        request.method,
        request.url,
        delay,
        retry + 1,
        retries,
        reason,
    )


def _redacted(headers: httpx.Headers) -> dict[str, str]:
    return {name: "<redacted>" if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}
