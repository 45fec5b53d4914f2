# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The clients that carry requests to the Aymara API: base URL, credentials, timeouts, retries, logging.

Every default comes from the spec (specs/aymara.yaml): its servers and its security schemes (see `_auth`).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import ssl
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypedDict, Unpack, cast

import httpx

from ._auth import Auth, authenticate, header_value
from ._decoding import ACCEPT_ENCODING, decode, decoders
from ._identity import USER_AGENT
from ._logging import WORKING_SECRETS, configure_from_env, redact_library_logs
from ._retries import IDEMPOTENCY_KEY_HEADER, RETRY_STATUSES, retry_delay
from ._transports import _origin, adopt, checked_network, checked_setup, ended_exactly
from .errors import (
    CALL_SECRETS,
    SECRET_HEADERS,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidArgumentError,
    ResponseDecodingError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    _redact,
    _redacted_headers,
    _redacted_url,
    _scrub,
    secrets_in,
)

if TYPE_CHECKING:  # asyncio costs more to import than the rest of the package: only async calls load it
    import asyncio

__all__ = (
    "BASE_URL_ENV",
    "CREDENTIALS_ENV",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_ERROR_BODY_BYTES",
    "MAX_REDIRECTS",
    "SERVERS",
    "TOKEN_ENV",
    "AuthenticatedClient",
    "CallOptions",
    "Client",
    "ClientOptions",
)

# The spec's servers by name (the first word of each server's description).
SERVERS: Mapping[str, str] = {
    "production": "https://api.aymara.ai",
    "staging": "https://staging-api.aymara.ai",
}
DEFAULT_SERVER = "production"
TOKEN_ENV = "AYMARA_AI_API_KEY"
BASE_URL_ENV = "AYMARA_AI_BASE_URL"
# Each credential's `AuthenticatedClient` argument -> the environment variable read when it is not passed.
CREDENTIALS_ENV: Mapping[str, str] = {
    "token": "AYMARA_AI_API_KEY",
    "bearer_auth": "AYMARA_AI_BEARER_AUTH",
}

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
# A usage body is kilobytes; 32 MiB leaves room for the largest account while a bomb stops early.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# An error body is read for its message only.
MAX_ERROR_BODY_BYTES = 1024 * 1024
# Same-origin redirects followed in one attempt; more is a loop.
MAX_REDIRECTS = 20
# What is read of a redirect's body before following it (to keep its connection): it is never decoded nor kept.
MAX_REDIRECT_BODY_BYTES = 64 * 1024

logger = logging.getLogger(__package__)
configure_from_env(logger)  # $AYMARA_AI_LOG=debug|info
redact_library_logs()  # httpx's and httpcore's lines, while a call runs

# When the sync attempt running in this thread must end (monotonic seconds); None outside an attempt.
ATTEMPT_ENDS: ContextVar[float | None] = ContextVar("attempt_ends", default=None)


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of `Client` (and of `AuthenticatedClient`, after its token)."""

    server: str
    timeout: float | httpx.Timeout | None
    max_retries: int
    max_response_bytes: int
    headers: Mapping[str, str] | None
    cookies: Mapping[str, str] | None
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: Mapping[str, Any] | None
    http_client: httpx.Client | None
    async_http_client: httpx.AsyncClient | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None


class CallOptions(TypedDict, total=False):
    """What a single call may set instead of the client: the keyword arguments every `api.*` function passes."""

    timeout: float | httpx.Timeout | None
    max_retries: int | None


class Client:
    """A client for the API's operations that need no token.

    Args:
        base_url: the API's root URL (http or https, no user name, password, query or fragment); defaults to
            `$AYMARA_AI_BASE_URL`, else to the server named `server`.
        server: one of production, staging; ignored when a base URL is given.
        timeout: seconds (or an `httpx.Timeout`) for each network operation; the largest of them is also the
            deadline of a whole attempt (connect, send, headers, body). 60 s, 5 s to connect, by default.
        max_retries: how often to retry a request that failed in a way worth retrying.
        max_response_bytes: the largest decoded body read (32 MiB by default; 1 MiB for an error status).
        headers, cookies: sent with every request.
        verify_ssl: as httpx's `verify`.
        follow_redirects: False (the default) follows redirects within the API's origin only; True follows any
            (credentials are still sent to the API's origin only).
        httpx_args: any other arguments of `httpx.Client` / `httpx.AsyncClient` (event hooks, a proxy...); a
            transport in it serves the side of its kind only.
        http_client, async_http_client: your own `httpx.Client` / `httpx.AsyncClient` (proxy, CA, transport...);
            the client's auth hook, deadline, size limit and retries still apply. They get this client's base URL
            (if they have none), User-Agent (if theirs is httpx's default) and auth hook, and stay yours to close.
            The sync deadline is then checked between body chunks (as with a transport of your own).
        transport, async_transport: the `httpx.BaseTransport` / `httpx.AsyncBaseTransport` of the clients built here.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        server: str = DEFAULT_SERVER,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
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
        if type(max_response_bytes) is not int or max_response_bytes <= 0:
            raise ConfigurationError(f"max_response_bytes must be a positive integer, got {max_response_bytes!r}")
        self.base_url = _base_url(base_url, server)
        self.timeout, self._deadline = _timeout(timeout)
        self.max_retries = _retries(max_retries)
        self.max_response_bytes = max_response_bytes
        self._headers = {name: header_value(value, f"header {name!r}") for name, value in (headers or {}).items()}
        self._cookies = dict(cookies or {})
        self._verify_ssl = verify_ssl
        self._httpx_args = dict(httpx_args or {})
        self._http_setup = checked_setup(http_client, async_http_client, transport, async_transport, self._httpx_args)
        # Followed by `_Call.redirect`, never by httpx (which would read a redirect's body whole): True here, in
        # `httpx_args` or on your own httpx client follows them off the API's origin too.
        yours = (self._http_setup.http_client, self._http_setup.async_http_client)
        self._follow_redirects = (
            follow_redirects
            or bool(self._httpx_args.pop("follow_redirects", False))
            or any(http is not None and http.follow_redirects for http in yours)
        )
        self._proxy_secrets = checked_network(verify_ssl, self._httpx_args)
        adopt(self._http_setup, self.base_url, self._authenticate, self._authenticate_async)
        self._origin = _origin(httpx.URL(self.base_url))
        self._auth = Auth({}, strict=False)  # what it adds to a request, only for the API's own origin
        self._header_secrets = (
            *(value for name, value in self._headers.items() if name.lower() in SECRET_HEADERS),
            *self._proxy_secrets,
        )
        self._lock = threading.Lock()  # makes the lazy creation of the httpx clients thread-safe
        self._closed = False
        self._client: httpx.Client | None = None
        # Per event loop (a loop's connections and queue are useless to another), until that loop closes.
        self._async: dict[asyncio.AbstractEventLoop, _LoopPool] = {}
        _CLIENTS.add(self)

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, timeout={self.timeout!r}, max_retries={self.max_retries})"

    @property
    def _secrets(self) -> tuple[str, ...]:
        """Every credential the client sends: blanked out of any message built from a lower layer's error."""
        return (*self._header_secrets, *self._auth.secrets())

    def get_httpx_client(self) -> httpx.Client:
        """The underlying `httpx.Client`, created on first use (once, whichever threads ask)."""
        client = self._client
        if client is None:
            with self._lock:
                self._check_open()
                if self._client is None:
                    # httpcore (under httpx's transport) loads with the first sync client, not with the package.
                    from ._deadlines import with_deadlines

                    self._client = self._http_setup.http_client or with_deadlines(
                        httpx.Client(**self._httpx_kwargs(self._authenticate), transport=self._http_setup.transport)
                    )
                client = self._client
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient` of the running event loop, created on first use."""
        return self._async_pool().http

    def close(self) -> None:
        """Close the sync client's connections (not those of a client you passed); it cannot be used afterwards."""
        with self._lock:
            self._closed = True
            client, self._client = self._client, None
        if client is not None and client is not self._http_setup.http_client:
            client.close()

    async def aclose(self) -> None:
        """Close the connections of the running loop's async client (and the sync client's)."""
        import asyncio  # imported on first async use: see the TYPE_CHECKING import

        self.close()
        pool = self._async.get(asyncio.get_running_loop())
        if pool is not None:
            await pool.keeper.aclose()  # closes the loop's connections and forgets them

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__} is closed: create a new one")

    def _async_pool(self) -> _LoopPool:
        import asyncio  # imported on first async use: see the TYPE_CHECKING import

        loop = asyncio.get_running_loop()
        pool = self._async.get(loop)
        if pool is None:
            with self._lock:
                self._check_open()
                pool = self._async.get(loop)
                if pool is None:
                    from ._deadlines import with_resolver

                    for closed in [
                        closed for closed in self._async if closed.is_closed()
                    ]:  # closed without asyncio.run
                        self._async.pop(closed).forget()
                    kwargs = self._httpx_kwargs(self._authenticate_async)
                    # Requests beyond the pool's size wait in this FIFO queue rather than in httpcore's pool,
                    # whose wake-ups grow with its queue: 1,000 concurrent calls run ~15x faster.
                    slots = asyncio.Semaphore(kwargs["limits"].max_connections or 1_000_000)
                    http = self._http_setup.async_http_client or with_resolver(
                        httpx.AsyncClient(**kwargs, transport=self._http_setup.async_transport)
                    )
                    owned = http is not self._http_setup.async_http_client
                    pool = self._async[loop] = _LoopPool(http, slots, _closing_with(loop, self._async, http, owned))
        return pool

    def _after_fork(self) -> None:
        """In a forked child: forget the parent's connections (their sockets are the parent's too) and its lock."""
        self._lock = threading.Lock()  # a thread of the parent may have held it: none of them runs here
        self._client = None
        self._async = {}

    def _httpx_kwargs(self, authenticate: Callable[[httpx.Request], object]) -> dict[str, Any]:
        """The arguments of the httpx client, `authenticate` first among its request hooks."""
        hooks = self._httpx_args.get("event_hooks", {})
        return {
            "base_url": self.base_url,
            # The client decodes bodies itself (`_decoding`), so it asks for what it decodes only.
            "headers": {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING, **self._headers},
            "cookies": self._cookies,
            "timeout": self.timeout,
            "verify": self._verify_ssl,
            "follow_redirects": False,  # see `_Call.redirect`
            "limits": DEFAULT_LIMITS,
            **{name: value for name, value in self._httpx_args.items() if name != "transport"},  # see checked_setup
            "event_hooks": {**hooks, "request": [authenticate, *hooks.get("request", [])]},
        }

    def _authenticate(self, request: httpx.Request) -> None:
        # A hook, not a default header: it runs again for each redirect, so a token never follows one off-origin.
        if _origin(request.url) == self._origin:
            self._auth.apply(request)
        else:
            for name in SECRET_HEADERS:
                request.headers.pop(name, None)

    async def _authenticate_async(self, request: httpx.Request) -> None:
        self._authenticate(request)

    def _send(
        self, request_kwargs: dict[str, Any], *, idempotent: bool, **options: Unpack[CallOptions]
    ) -> httpx.Response:
        """Send a request built from `request_kwargs`, retrying what is worth retrying; used by `api.*`.

        `idempotent`: the operation may be sent again (its method, or the spec's `x-idempotent`); otherwise
        only a request carrying `IDEMPOTENCY_KEY_HEADER` is.
        """
        http = self.get_httpx_client()
        call = self._call(http, request_kwargs, options, idempotent)
        reauthenticated = False
        working = WORKING_SECRETS.set(call.secrets)  # what httpx and httpcore log meanwhile is redacted of them
        try:
            while True:
                call.begin()
                try:
                    self._auth.prepare(self, call.request, call.ends)  # a token to fetch is fetched here, once
                    response = self._attempt(http, call)
                except Exception as error:  # every failure becomes an ApiError in `call.failed`
                    delay = call.failed(error)
                else:
                    wait = call.answered(response)
                    if wait is None:
                        if self._reauthenticate(response, reauthenticated):
                            reauthenticated = True
                            continue
                        return response
                    delay = wait
                time.sleep(delay)
        finally:
            WORKING_SECRETS.reset(working)

    async def _send_async(
        self, request_kwargs: dict[str, Any], *, idempotent: bool, **options: Unpack[CallOptions]
    ) -> httpx.Response:
        """The async twin of `_send`: the same `_Call` decides, only the waiting differs."""
        import asyncio  # imported on first async use: see the TYPE_CHECKING import

        pool = self._async_pool()
        http = pool.http
        call = self._call(http, request_kwargs, options, idempotent)
        reauthenticated = False
        working = WORKING_SECRETS.set(call.secrets)  # what httpx and httpcore log meanwhile is redacted of them
        try:
            while True:
                call.begin()
                try:
                    # Before taking a slot in the queue: a token fetch needs one of its own.
                    await self._auth.prepare_async(self, call.request, call.ends)
                    # The deadline covers the wait in the queue as well as the attempt.
                    async with asyncio.timeout(call.deadline), pool.slots:
                        response = await self._attempt_async(http, call)
                except Exception as error:  # every failure becomes an ApiError in `call.failed`
                    delay = call.failed(error)
                else:
                    wait = call.answered(response)
                    if wait is None:
                        if self._reauthenticate(response, reauthenticated):
                            reauthenticated = True
                            continue
                        return response
                    delay = wait
                await asyncio.sleep(delay)
        finally:
            WORKING_SECRETS.reset(working)

    def _reauthenticate(self, response: httpx.Response, done: bool) -> bool:
        """A 401 to a request that carried a token which can be fetched again: retried once, with a new token."""
        return response.status_code == 401 and not done and self._auth.expire(response.request)

    def _attempt(self, http: httpx.Client, call: _Call) -> httpx.Response:
        request = call.request
        ends = ATTEMPT_ENDS.set(call.ends)  # read by `_deadlines` below httpx
        try:
            while True:
                response = http.send(request, stream=True, follow_redirects=False)  # see `_Call.redirect`
                try:
                    following = call.redirect(response)
                    body = call.body(response, following)
                    # Raw from the stream, not `iter_raw`, which would give the connection back before `done` checks it.
                    for chunk in cast(httpx.SyncByteStream, response.stream):
                        if not body.add(chunk):
                            break
                    body.done()
                finally:
                    response.close()
                if following is None:
                    return response
                request = following
        finally:
            ATTEMPT_ENDS.reset(ends)

    async def _attempt_async(self, http: httpx.AsyncClient, call: _Call) -> httpx.Response:
        request = call.request
        while True:
            response = await http.send(request, stream=True, follow_redirects=False)  # see `_Call.redirect`
            try:
                following = call.redirect(response)
                body = call.body(response, following)
                async for chunk in cast(httpx.AsyncByteStream, response.stream):  # see `_attempt`
                    if not body.add(chunk):
                        break
                body.done()
            finally:
                await response.aclose()
            if following is None:
                return response
            request = following

    def _call(
        self,
        http: httpx.Client | httpx.AsyncClient,
        request_kwargs: dict[str, Any],
        options: CallOptions,
        idempotent: bool,
    ) -> _Call:
        """One call's request and settings: the call's options, else the client's."""
        self._check_open()
        given = options.get("timeout")
        timeout, deadline = (self.timeout, self._deadline) if given is None else _timeout(given)
        max_retries = options.get("max_retries")
        retries = self.max_retries if max_retries is None else _retries(max_retries)
        try:
            request = http.build_request(**request_kwargs, timeout=timeout)
        except httpx.InvalidURL as error:
            raise InvalidArgumentError(f"the request's URL is invalid ({error})") from error
        # The key may come from the client's headers or the call's: the built request has both.
        replayable = idempotent or bool(request.headers.get(IDEMPOTENCY_KEY_HEADER))
        return _Call(self, request, retries, deadline, replayable, secrets_in(request_kwargs.get("headers") or {}))


class AuthenticatedClient(Client):
    """A client for the API's secured operations: it sends the credentials the spec's security schemes ask for.

    A request carries the first of its operation's security requirements whose credentials were all given (as
    arguments, else from their environment variables); unless the operation says otherwise, one of:
    - `x-api-key: <key>`    - `Authorization: Bearer <token>`
    Args:
        token: the key sent as `x-api-key: <key>`, or a callable returning it (asked
            before each request; an async one serves async calls only); defaults to `$AYMARA_AI_API_KEY`.
            Surrounding whitespace (a secret file's trailing newline) is stripped; any other control or non-ASCII
            character is a `ConfigurationError`. It never appears in a repr, an error, a pickle or a log line.
        base_url, server, timeout, max_retries, ...: as for `Client`.
        bearer_auth: the token of `Authorization: Bearer <token>`, or a callable returning it; defaults to `$AYMARA_AI_BEARER_AUTH`.
    """

    def __init__(
        self,
        token: str | Callable[[], str | Awaitable[str]] | None = None,
        base_url: str | None = None,
        *,
        bearer_auth: str | Callable[[], str | Awaitable[str]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, **options)
        self._auth = authenticate(
            {
                "token": token,
                "bearer_auth": bearer_auth,
            }
        )


class _Call:
    """One call of an operation: its request, its retries, and the decisions the sync and async loops share."""

    __slots__ = (
        "client",
        "deadline",
        "ends",
        "own_secrets",
        "redirects",
        "replayable",
        "request",
        "retries",
        "retry",
        "started",
    )

    def __init__(
        self,
        client: Client,
        request: httpx.Request,
        retries: int,
        deadline: float | None,
        replayable: bool,
        own_secrets: tuple[str, ...],
    ) -> None:
        self.client = client
        self.request = request
        self.retries = retries
        # Sending it twice has the effect of sending it once: idempotent, or it carries an idempotency key.
        self.replayable = replayable
        self.deadline = deadline  # seconds an attempt may take, redirects and (async) queueing included
        self.retry = 0
        self.redirects = 0
        self.started = 0.0
        self.ends: float | None = None
        self.own_secrets = own_secrets  # those of the call's own headers
        if client._proxy_secrets:  # sent below httpx, so not in the request's headers: errors must know them
            CALL_SECRETS[request] = client._proxy_secrets

    def secrets(self) -> tuple[str, ...]:
        """Every credential the call sends: the client's (a token it fetched too, a proxy's) and its own headers'."""
        return (*self.client._secrets, *self.own_secrets)

    def begin(self) -> None:
        """Start an attempt: its clock and its redirect count."""
        self.started = time.monotonic()
        self.ends = None if self.deadline is None else self.started + self.deadline
        self.redirects = 0

    def body(self, response: httpx.Response, following: httpx.Request | None) -> _Body:
        return _Body(response, self.client.max_response_bytes, self.ends, redirected=following is not None)

    def redirect(self, response: httpx.Response) -> httpx.Request | None:
        """The next request of a redirect to follow, else None: the response is the answer.

        Within the API's origin always; elsewhere only with `follow_redirects=True`, and then without credentials
        (httpx's redirect request drops `Authorization`, and `Client._authenticate` every other secret header).
        """
        following = response.next_request
        if following is None or (_origin(following.url) != self.client._origin and not self.client._follow_redirects):
            return None
        self.redirects += 1
        if self.redirects > MAX_REDIRECTS:
            raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=following)
        if self.client._proxy_secrets:
            CALL_SECRETS[following] = self.client._proxy_secrets
        return following

    def answered(self, response: httpx.Response) -> float | None:
        """Log the response; the seconds to wait before retrying it, or None to return it."""
        request = response.request
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.1f ms; request headers %s",
                request.method,
                _redacted_url(request.url),
                response.status_code,
                (time.monotonic() - self.started) * 1000,
                dict(_redacted_headers(request.headers).items()),
            )
        if response.status_code not in RETRY_STATUSES or self.retry >= self.retries or not self.replayable:
            return None
        return self._retrying(retry_delay(self.retry, response.headers), f"status {response.status_code}")

    def failed(self, error: Exception) -> float:
        """The seconds to wait before retrying a request that got no response; raises the ApiError when final."""
        request = self.request
        timed_out = isinstance(error, httpx.TimeoutException | TimeoutError)
        # asyncio.timeout's TimeoutError, or a socket wait cut short by the deadline: say which limit it was.
        past_deadline = self.ends is not None and time.monotonic() >= self.ends - 0.01
        if timed_out and (past_deadline or not isinstance(error, httpx.TimeoutException)):
            reason = f"the attempt's deadline of {self.deadline:g} s passed"
        else:
            text = _redact(str(error), self.client._secrets, limit=None)
            reason = f"{type(error).__name__}: {text}" if text else type(error).__name__
        # Nothing that failed on this side of the network is worth another try, and a request that is not
        # replayable only when it never reached the server.
        retriable = timed_out or (isinstance(error, httpx.TransportError) and not isinstance(error, _LOCAL_ERRORS))
        if retriable and not self.replayable and not isinstance(error, _UNSENT_ERRORS):
            retriable = False
            reason += f"; not retried: a {request.method} without the {IDEMPOTENCY_KEY_HEADER} header may have reached the server"
        if retriable and self.retry < self.retries:
            return self._retrying(retry_delay(self.retry), reason)
        _scrub(request)
        if isinstance(error, ApiError):
            raise error
        where = f"{request.method} {request.url}"
        failure: ApiError
        if isinstance(error, httpx.TooManyRedirects):
            failure = TooManyRedirectsError(f"{where} redirected more than {MAX_REDIRECTS} times", request=request)
        elif isinstance(error, httpx.DecodingError):
            failure = ResponseDecodingError(f"{where}: the body could not be decoded ({reason})")
        elif timed_out:
            failure = ApiTimeoutError(f"{where} timed out ({reason})", request=request)
        else:
            failure = ApiConnectionError(f"{where} failed ({reason})", request=request)
        raise failure from error

    def _retrying(self, delay: float, reason: str) -> float:
        request = self.request
        self.retry += 1
        logger.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after %s",
            request.method,
            _redacted_url(request.url),
            delay,
            self.retry,
            self.retries,
            reason,
        )
        return delay


class _Body:
    """The body of a streamed response, decoded and read up to a size and a time limit.

    A redirect about to be followed is read (not decoded, not kept) up to MAX_REDIRECT_BODY_BYTES, so that its
    connection may serve the next request; a longer body closes the connection instead.
    """

    __slots__ = ("chunks", "decoders", "ends", "limit", "redirected", "response", "size")

    def __init__(self, response: httpx.Response, max_bytes: int, ends: float | None, *, redirected: bool) -> None:
        self.response = response
        self.redirected = redirected
        if redirected:
            self.limit = MAX_REDIRECT_BODY_BYTES
        else:
            self.limit = max_bytes if response.is_success else min(max_bytes, MAX_ERROR_BODY_BYTES)
        self.decoders = [] if redirected else decoders(response.headers.get("content-encoding"))
        self.ends = ends
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, raw: bytes) -> bool:
        """Take the next chunk off the network (decoded here, a bounded step at a time); False when the rest is not
        worth reading (a redirect's)."""
        if self.redirected:
            self.size += len(raw)
            return self.size <= self.limit
        for chunk in decode(self.decoders, raw) if self.decoders else (raw,):
            self._keep(chunk)
        if self.ends is not None and time.monotonic() > self.ends:
            raise httpx.ReadTimeout("the attempt's deadline passed", request=self.response.request)
        return True

    def done(self) -> None:
        if not self.redirected:
            for chunk in decode(self.decoders, b"", final=True):
                self._keep(chunk)
            # What `response.read()` would have stored: `.content`, `.text` and `.json()` work as usual.
            self.response._content = b"".join(self.chunks)
        ended_exactly(self.response)

    def _keep(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            response = self.response
            raise ResponseTooLargeError(
                f"{response.request.method} {_redacted_url(response.request.url)}: the {response.status_code} response body"
                f" exceeds {self.limit:,} bytes (max_response_bytes)",
                limit=self.limit,
                status_code=response.status_code,
            )
        self.chunks.append(chunk)


class _LoopPool:
    """One event loop's async client and the FIFO queue in front of its pool, kept until the loop closes."""

    __slots__ = ("http", "keeper", "slots")

    def __init__(self, http: httpx.AsyncClient, slots: asyncio.Semaphore, keeper: AsyncGenerator[None, None]) -> None:
        self.http = http
        self.slots = slots
        self.keeper = keeper  # see `_closing_with`

    def forget(self) -> None:
        """Drop the pool of a loop closed without `asyncio.run`: its connections close as they are collected."""
        with contextlib.suppress(StopIteration):
            self.keeper.aclose().send(None)  # the loop is closed: `_closing_with` ends at once


def _closing_with(
    loop: asyncio.AbstractEventLoop,
    pools: dict[asyncio.AbstractEventLoop, _LoopPool],
    http: httpx.AsyncClient,
    owned: bool,
) -> AsyncGenerator[None, None]:
    """An async generator, started here, that closes `loop`'s pool when the loop finalizes it.

    `asyncio.run` finalizes every async generator of its loop before closing it (`shutdown_asyncgens`): the
    pool's connections then close in their loop and the pool is forgotten, with the loop. A loop closed another
    way leaves its pool to be forgotten when the client next makes a pool for another loop.
    """

    async def keeper() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            pool = pools.get(loop)
            if pool is not None and pool.http is http:
                del pools[loop]
            if owned and not loop.is_closed():
                await http.aclose()

    started = keeper()
    with contextlib.suppress(StopIteration):  # run it to its `yield` now: this registers it with the running loop
        started.asend(None).send(None)
    return started


# Every client, so that a forked child forgets their connections (gunicorn --preload, Celery, multiprocessing).
_CLIENTS: weakref.WeakSet[Client] = weakref.WeakSet()


def _forget_parents_connections() -> None:
    for client in list(_CLIENTS):
        client._after_fork()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_forget_parents_connections)


# httpx errors raised before anything reached the network: a header h11 refuses, a URL it cannot send.
_LOCAL_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
# Failures before a connection carried the request (no connection, no free slot in the pool): retried even for
# a request that is not replayable, as the server cannot have seen it.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _base_url(base_url: str | None, server: str) -> str:
    if base_url is None:
        base_url, source = os.environ.get(BASE_URL_ENV, "").strip(), f"${BASE_URL_ENV}"
        if not base_url:  # an empty variable counts as unset
            if server not in SERVERS:
                raise ConfigurationError(
                    f"Unknown server {server!r}: choose one of {', '.join(SERVERS)}, or pass base_url=..."
                )
            return SERVERS[server]
    else:
        base_url, source = base_url.strip(), "base_url"
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        raise ConfigurationError(f"{source} is not a valid URL") from None
    if url.userinfo:
        # The URL is not shown: it holds a password.
        raise ConfigurationError(f"{source} must not hold a user name or password: the API takes a token")
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{source} must be an absolute http:// or https:// URL, got {base_url!r}")
    if url.query or url.fragment:
        raise ConfigurationError(f"{source} must not have a query or a fragment, got {base_url!r}")
    return base_url


def _timeout(timeout: float | httpx.Timeout | None) -> tuple[httpx.Timeout, float | None]:
    """The timeout as httpx takes it, and the deadline of an attempt: the largest of its values."""
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    limits = [seconds for seconds in timeout.as_dict().values() if seconds is not None]
    for seconds in limits:
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not math.isfinite(seconds)
            or seconds <= 0
        ):
            raise ConfigurationError(f"timeout must be a finite number of seconds above 0 (or None), got {seconds!r}")
    return timeout, max(limits, default=None)


def _retries(max_retries: int) -> int:
    if type(max_retries) is not int or max_retries < 0:
        raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries!r}")
    return max_retries
