# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""How the Vocode client authenticates: the spec's security schemes, and which a request needs.

Decided by scripts/codegen/auth.py from specs/vocode.yaml's `securitySchemes` and `security`, as OpenAPI
means them: a request needs any one of its requirements (the first whose credentials are all given wins),
each requirement every scheme it names; an empty requirement makes authentication optional. An
operation whose requirements differ from `SECURITY` names its own in its request's extensions.

Each credential is an `AuthenticatedClient` argument, else its environment variable (`CREDENTIALS`).
OAuth2 client-credentials tokens are fetched when first needed, through the client (its deadline, size
limit and retries), kept until shortly before they expire and fetched once however many threads and
event loops ask together. No credential ever reaches a repr, a message, a log line or a pickle.
"""

from __future__ import annotations

import base64
import inspect
import logging
import math
import os
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from .errors import (
    SECRET_PARAMETERS,
    ApiTimeoutError,
    ConfigurationError,
    MissingTokenError,
    ResponseValidationError,
    _redacted_body,
    _redacted_url,
    decode_body,
    status_error,
)

if TYPE_CHECKING:
    from .client import Client

# A token, or what returns one when a request needs it (an async callable serves async calls only).
Token = str | Callable[[], str | Awaitable[str]]
Requirement = tuple[str, ...]  # the schemes a request must satisfy together

# The request extension in which an operation names its requirements when they differ from `SECURITY`.
SECURITY_EXTENSION = "vocode_usage_client.security"
# The requirements of every operation that names none: any one of them suffices; () makes auth optional.
SECURITY: tuple[Requirement, ...] = (("HTTPBearer",),)
# Each scheme's credentials: (`AuthenticatedClient` argument, environment variable).
CREDENTIALS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "HTTPBearer": (("token", "VOCODE_API_KEY"),),
}
# The headers, lower-cased, that carry a credential: a call's `headers=` may not set them.
AUTH_HEADERS = frozenset({"authorization"})
# A token is fetched again this long before it expires (at most this share of its lifetime).
REFRESH_MARGIN = 30.0
_REFRESH_SHARE = 0.1
_CARRIED = "vocode_usage_client.tokens"  # the request extension recording the refreshable tokens it carried


class _Scheme:
    """One security scheme: whether its credentials were given, and what it adds to a request."""

    __slots__ = ()

    def configured(self) -> bool:
        raise NotImplementedError

    def secrets(self) -> tuple[str, ...]:
        return ()

    def prepare(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        """Make the credential ready for `request` (call a callable, fetch a token) before the attempt ending at `ends`."""

    async def prepare_async(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        self.prepare(client, request, ends)

    def apply(self, request: httpx.Request) -> None:
        """Add the credential to `request` (no I/O: runs in the request hook, again for each redirect)."""
        raise NotImplementedError

    def expire(self, request: httpx.Request) -> bool:
        """Forget the token `request` carried, after a 401; True when the next request gets a new one."""
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"  # never the credential


class _Key(_Scheme):
    """A token in a header (after its prefix), a query parameter or a cookie; given, or returned by a callable."""

    __slots__ = ("_source", "_token", "_value", "location", "parameter", "prefix", "previous")

    def __init__(self, location: str, parameter: str, prefix: str, token: Token | None, source: str) -> None:
        self.location, self.parameter, self.prefix = location, parameter, prefix
        self._source = source
        self._value = "" if token is None or callable(token) else header_value(token, source)
        self.previous: tuple[str, ...] = ()  # a callable's earlier tokens: still blanked out of messages
        self._token: Callable[[], str | Awaitable[str]] | None = token if callable(token) else None

    def configured(self) -> bool:
        return bool(self._value) or self._token is not None

    def secrets(self) -> tuple[str, ...]:
        value = f"{self.prefix} {self._value}" if self.prefix and self._value else self._value
        return tuple(secret for secret in (value, self._value, *self.previous) if secret)

    def prepare(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        if self._token is not None:
            token = self._token()
            if inspect.isawaitable(token):
                getattr(token, "close", lambda: None)()
                raise ConfigurationError(f"{self._source} is an async callable: it serves async calls only")
            self._took(token)

    async def prepare_async(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        if self._token is not None:
            token = self._token()
            self._took(await token if inspect.isawaitable(token) else token)

    def _took(self, token: object) -> None:
        if not isinstance(token, str):
            raise ConfigurationError(f"{self._source} returned {type(token).__name__}, not a str")
        value = header_value(token, self._source)
        if value != self._value:
            self.previous = (*self.previous, self._value)[-4:] if self._value else self.previous
            self._value = value

    def apply(self, request: httpx.Request) -> None:
        _put(request, self.location, self.parameter, f"{self.prefix} {self._value}" if self.prefix else self._value)
        if self._token is not None:
            _carry(request, self, self._value)

    def expire(self, request: httpx.Request) -> bool:
        return any(scheme is self for scheme, _ in _carried(request))  # the callable is asked again anyway


class _Basic(_Scheme):
    """HTTP basic authentication: a user name and a password."""

    __slots__ = ("_value",)

    def __init__(self, username: Token | None, password: Token | None) -> None:
        self._value = ""
        if username is not None and password is not None:
            if ":" in _plain(username, "username"):  # RFC 7617: the first colon ends the user name
                raise ConfigurationError("username holds a ':', which HTTP basic authentication cannot carry")
            pair = f"{_plain(username, 'username')}:{_plain(password, 'password')}"
            self._value = base64.b64encode(pair.encode()).decode()

    def configured(self) -> bool:
        return bool(self._value)

    def secrets(self) -> tuple[str, ...]:
        return (f"Basic {self._value}", self._value) if self._value else ()

    def apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Basic {self._value}"


class _ClientCredentials(_Scheme):
    """OAuth2's client-credentials flow: a bearer token fetched from the token URL with a client id and secret."""

    __slots__ = ("_client_id", "_expires", "_lock", "_obtained", "_pending", "_secret", "_token", "scopes", "token_url")

    def __init__(self, token_url: str, scopes: tuple[str, ...], client_id: Token | None, secret: Token | None) -> None:
        self.token_url, self.scopes = token_url, scopes
        self._client_id = _plain(client_id, "client_id") if client_id is not None else ""
        self._secret = _plain(secret, "client_secret") if secret is not None else ""
        self._lock = threading.Lock()
        self._token = ""
        self._obtained: tuple[str, ...] = ()  # every token fetched so far: blanked out of messages (the last few)
        self._expires = math.inf  # monotonic seconds after which `_token` is fetched again
        self._pending: Future[str] | None = None  # the fetch under way, which every other caller waits for

    def configured(self) -> bool:
        return bool(self._client_id and self._secret)

    def secrets(self) -> tuple[str, ...]:
        return (self._secret, *self._obtained, *(f"Bearer {token}" for token in self._obtained))

    def prepare(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        while True:
            future, fetch = self._claim()
            if fetch:
                self._settle(future, lambda: self._parse(client._send(self._request(client), idempotent=True)))
            try:
                future.result(timeout=_seconds_left(ends))
                return
            except _Abandoned:
                continue  # the caller fetching it was interrupted: this one or another fetches it
            except FutureTimeout:
                raise ApiTimeoutError(
                    "the attempt's deadline passed waiting for an OAuth2 token", request=request
                ) from None

    async def prepare_async(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        import asyncio  # imported on first async use, as in client.py

        while True:
            future, fetch = self._claim()
            if fetch:
                try:
                    response = await client._send_async(self._request(client), idempotent=True)
                except Exception as error:
                    self._failed(future, error)
                    raise
                except BaseException:  # cancelled: the callers waiting fetch it instead
                    self._failed(future, _Abandoned())
                    raise
                self._settle(future, partial(self._parse, response))
            try:
                # Waits for a fetch by any thread or event loop; shielded, as this caller's timeout or cancellation
                # would otherwise cancel the future every other caller waits for.
                async with asyncio.timeout(_seconds_left(ends)):
                    await asyncio.shield(asyncio.wrap_future(future))
                return
            except _Abandoned:
                continue

    def apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Bearer {self._token}"
        _carry(request, self, self._token)

    def expire(self, request: httpx.Request) -> bool:
        carried = [token for scheme, token in _carried(request) if scheme is self]
        if not carried:
            return False
        with self._lock:
            if self._token in carried:  # not yet replaced by a concurrent caller's refresh
                self._expires = -math.inf
        return True

    def _claim(self) -> tuple[Future[str], bool]:
        """The token's future, and whether this caller must fetch it (exactly one caller does)."""
        with self._lock:
            if self._token and time.monotonic() < self._expires:
                done: Future[str] = Future()
                done.set_result(self._token)
                return done, False
            if self._pending is not None:
                return self._pending, False
            self._pending = Future()
            return self._pending, True

    def _settle(self, future: Future[str], fetch: Callable[[], tuple[str, float]]) -> None:
        try:
            token, lifetime = fetch()
        except Exception as error:
            self._failed(future, error)
            return
        except BaseException:  # interrupted: the callers waiting fetch it instead
            self._failed(future, _Abandoned())
            raise
        with self._lock:
            self._token, self._pending = token, None
            self._expires = time.monotonic() + lifetime - min(REFRESH_MARGIN, lifetime * _REFRESH_SHARE)
        future.set_result(token)

    def _failed(self, future: Future[str], error: BaseException) -> None:
        """The fetch failed: every caller waiting gets the error, the next one fetches again."""
        with self._lock:
            self._pending = None
        future.set_exception(error)

    def _request(self, client: Client) -> dict[str, Any]:
        form = {"grant_type": "client_credentials", "client_id": self._client_id, "client_secret": self._secret}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        return {
            "method": "POST",
            "url": str(httpx.URL(client.base_url + "/").join(self.token_url)),  # relative: against the base URL
            "data": form,
            "headers": {"Accept": "application/json"},
            "extensions": {SECURITY_EXTENSION: ((),)},  # the token request carries no API credential
        }

    def _parse(self, response: httpx.Response) -> tuple[str, float]:
        """The access token and its lifetime in seconds (infinite when the server does not say)."""
        secrets = (self._secret,)
        # An error keeps the response, and the response its request: the request's body held the client secret.
        sent = response.request
        headers = [(name, value) for name, value in sent.headers.multi_items() if name.lower() != "content-length"]
        response.request = httpx.Request(sent.method, sent.url, headers=headers, extensions=sent.extensions)
        if not response.is_success:
            raise status_error(response, _redacted_body(decode_body(response), secrets), secrets=secrets)
        try:
            answer = response.json()
        except (ValueError, RecursionError):
            answer = None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise ResponseValidationError("the OAuth2 token response has no access_token", response=response)
        self._obtained = (*self._obtained, token)[-4:]  # blanked out of what follows, even if it is refused
        lifetime = answer.get("expires_in")
        try:
            seconds = float(lifetime) if lifetime is not None and not isinstance(lifetime, bool) else math.inf
        except (TypeError, ValueError):
            seconds = math.inf
        return header_value(token, "the OAuth2 access token"), seconds if seconds > 0 else math.inf


class _Abandoned(Exception):
    """The token fetch every caller waited for was interrupted (a cancelled task): one of them fetches it again."""


class Auth:
    """The schemes of one client, and the choice of which a request carries."""

    __slots__ = ("_schemes", "_strict")

    def __init__(self, schemes: Mapping[str, _Scheme], *, strict: bool) -> None:
        self._schemes = schemes
        self._strict = strict  # False for `Client`: it sends no credential and never asks for one

    def __repr__(self) -> str:
        return f"Auth(configured={[name for name, scheme in self._schemes.items() if scheme.configured()]!r})"

    def secrets(self) -> tuple[str, ...]:
        return tuple(secret for scheme in self._schemes.values() for secret in scheme.secrets())

    def chosen(self, request: httpx.Request) -> tuple[_Scheme, ...]:
        """The schemes of the first of the request's requirements whose credentials are all given."""
        requirements: tuple[Requirement, ...] = request.extensions.get(SECURITY_EXTENSION, SECURITY)
        for requirement in requirements:
            if all(name in self._schemes and self._schemes[name].configured() for name in requirement):
                return tuple(self._schemes[name] for name in requirement)
        if not self._strict:
            return ()
        raise MissingTokenError(_missing(requirements))

    def prepare(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        for scheme in self.chosen(request):
            scheme.prepare(client, request, ends)

    async def prepare_async(self, client: Client, request: httpx.Request, ends: float | None) -> None:
        for scheme in self.chosen(request):
            await scheme.prepare_async(client, request, ends)

    def apply(self, request: httpx.Request) -> None:
        for scheme in self.chosen(request):
            scheme.apply(request)

    def expire(self, request: httpx.Request) -> bool:
        """After a 401: forget the refreshable tokens `request` carried; True when a retry would carry new ones."""
        expired = False
        for scheme in self._schemes.values():
            expired = scheme.expire(request) or expired  # every scheme forgets its token, not just the first
        return expired


def authenticate(given: Mapping[str, Token | None]) -> Auth:
    """The `Auth` of an `AuthenticatedClient`: each credential its argument in `given`, else its variable.

    Raises MissingTokenError, naming the variables of `SECURITY`, when no credential at all is given; a call
    whose requirements none of the given credentials meet raises it naming theirs.
    """
    values: dict[str, Token | None] = {}
    sources: dict[str, str] = {}  # how a message names where each value came from: never the value
    for credentials in CREDENTIALS.values():
        for argument, variable in credentials:
            value = given.get(argument)
            values[argument] = value if value is not None else os.environ.get(variable, "").strip() or None
            sources[argument] = argument if value is not None else f"${variable}"

    auth = Auth(
        {
            "HTTPBearer": _Key("header", "Authorization", "Bearer", values["token"], sources["token"]),
        },
        strict=True,
    )
    if not any(values.values()) and () not in SECURITY:  # said now rather than at the first call
        raise MissingTokenError(_missing(SECURITY))
    return auth


def _missing(requirements: tuple[Requirement, ...]) -> str:
    """What to set for any one of `requirements`."""
    ways = [
        " and ".join(
            f"{variable} (or pass {argument}=...)"
            for name in requirement
            for argument, variable in CREDENTIALS.get(name, ())
        )
        for requirement in requirements
    ]
    return f"No API credentials: set {' , or '.join(way for way in ways if way)}.".replace(" , or ", ", or ")


def _put(request: httpx.Request, location: str, name: str, value: str) -> None:
    if location == "header":
        request.headers[name] = value
    elif location == "query":
        request.url = request.url.copy_set_param(name, value)
    else:  # cookie: replaces a cookie of that name, keeps the others
        others = [part for part in request.headers.get("Cookie", "").split("; ") if part and part.split("=")[0] != name]
        request.headers["Cookie"] = "; ".join([*others, f"{name}={value}"])


def _carried(request: httpx.Request) -> tuple[tuple[_Scheme, str], ...]:
    """The refreshable tokens `request` carried, with their schemes."""
    carried: tuple[tuple[_Scheme, str], ...] = request.extensions.get(_CARRIED, ())
    return carried


def _carry(request: httpx.Request, scheme: _Scheme, token: str) -> None:
    request.extensions = {**request.extensions, _CARRIED: (*_carried(request), (scheme, token))}


def header_value(value: str, source: str) -> str:
    """A credential or header value as sent: surrounding whitespace stripped; refused if a header cannot carry it."""
    value = value.strip()
    if not (value.isascii() and value.isprintable()):
        # Never the value itself: it is most likely a secret.
        raise ConfigurationError(f"{source} holds a control or non-ASCII character, which a header cannot carry")
    return value


def _plain(value: Token, source: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"{source} must be a str")
    return value.strip()


def _seconds_left(ends: float | None) -> float | None:
    return None if ends is None else max(ends - time.monotonic(), 0.0)


class _RedactedQuery(logging.Filter):
    """A filter of httpx's logger: the query parameters that carry a credential are blanked in what it logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


if SECRET_PARAMETERS:  # the spec has an apiKey in the query: httpx logs each request's URL
    logging.getLogger("httpx").addFilter(_RedactedQuery())
