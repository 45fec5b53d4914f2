# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Everything the Vocode client raises: `ApiError` and its subclasses.

    ApiError
    ├── ConfigurationError          the client was set up wrong (also a ValueError)
    │   ├── MissingTokenError       no credential given for any security requirement of the call
    │   └── InvalidArgumentError    a call's argument is wrong: an empty path parameter... (also a TypeError)
    ├── ClientClosedError           the client was used after close()
    ├── ApiStatusError              a non-2xx response (`.status_code`, `.headers`, `.body`, `.request_id`)
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
    │   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429
    │   └── InternalServerError 5xx
    ├── ApiConnectionError          the request did not get a response
    │   └── ApiTimeoutError         ... within the timeout, or the attempt's deadline
    ├── TooManyRedirectsError       redirects went round in a loop (or beyond 20)
    ├── ResponseTooLargeError       the decoded body exceeded `max_response_bytes` (`.limit`)
    ├── ResponseDecodingError       the body could not be decoded (a broken stream, too many or unknown encodings)
    ├── PaginationError             walking the pages of an operation cannot go on safely
    │   ├── PageLoopError           the server sent a cursor or next URL again, or a page repeating the last
    │   └── PageOriginError         a next-page URL on another origin (not followed: no credential goes there)
    └── ResponseValidationError     a 2xx body that is not what the spec says (`.path`, `.location`)

Messages, reprs and pickles never include a credential (a secret header, a query key, an OAuth2 secret
or token); a pickled error
unpickles to the same class and fields, without its `request` and `response`.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._identity import request_id
from ._retries import retry_after_seconds

if TYPE_CHECKING:
    import httpx

__all__ = (
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingTokenError",
    "NotFoundError",
    "PageLoopError",
    "PageOriginError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "TooManyRedirectsError",
    "UnprocessableEntityError",
)

# Headers whose values never reach a log line, nor an error message even when a server echoes them back.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# Query parameters that carry a credential (the spec's apiKey schemes `in: query`): blanked in every URL shown.
SECRET_PARAMETERS: frozenset[str] = frozenset({})
_MAX_SUMMARY = 200
REDACTED = "<redacted>"
# Attributes a pickle leaves out: they hold the live request, with its credentials.
_UNPICKLED = frozenset({"request", "response"})
# JSON nested deeper than this is kept as text in `.body`: a repr, a pickle or json.dumps of it could exceed the
# recursion limit, and no error body has a reason to nest so deep.
_MAX_BODY_DEPTH = 64
# Credentials a request carries outside its headers (a proxy's, which httpcore adds): registered by the client.
CALL_SECRETS: weakref.WeakKeyDictionary[httpx.Request, tuple[str, ...]] = weakref.WeakKeyDictionary()


class ApiError(Exception):
    """The base of every error this client raises."""

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled without `__init__`'s keyword arguments, and without the request and response.
        state = {name: value for name, value in self.__dict__.items() if name not in _UNPICKLED}
        return _rebuild, (type(self), self.args, state)


def _rebuild(error_class: type[ApiError], args: tuple[object, ...], state: dict[str, object]) -> ApiError:
    error = error_class.__new__(error_class)
    error.args = args
    error.__dict__.update(state, request=None, response=None)
    return error


class ConfigurationError(ApiError, ValueError):
    """The client was set up wrong: an unknown server name, a negative retry count..."""


class MissingTokenError(ConfigurationError):
    """No credential was given (nor set in its environment variable) for any security requirement of the call."""


class InvalidArgumentError(ConfigurationError, TypeError):
    """A call's argument is wrong, before anything is sent: an empty path parameter, a string for a list."""


class ClientClosedError(ApiError, RuntimeError):
    """The client was used after `close()` / `aclose()` (or after its `with` block)."""


class ApiStatusError(ApiError):
    """The API answered with a non-2xx status.

    `body` is the typed error model when the spec documents one for this status (and the body
    matches it), else the decoded JSON, else the text.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.response: httpx.Response | None = response  # None once unpickled
        self.status_code = response.status_code
        self.headers = _redacted_headers(response.headers)
        self.body = body
        self.request_id = _request_id(response.headers, body)


class BadRequestError(ApiStatusError):
    """400 Bad Request."""


class AuthenticationError(ApiStatusError):
    """401 Unauthorized: the token is missing, wrong or expired."""


class PermissionDeniedError(ApiStatusError):
    """403 Forbidden: the token is valid but may not do this."""


class NotFoundError(ApiStatusError):
    """404 Not Found."""


class ConflictError(ApiStatusError):
    """409 Conflict."""


class UnprocessableEntityError(ApiStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(ApiStatusError):
    """429 Too Many Requests; `retry_after` is the wait in seconds the API asked for, if it did."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after = retry_after_seconds(response.headers)


class InternalServerError(ApiStatusError):
    """A 5xx status: the API failed."""


class ApiConnectionError(ApiError):
    """The request got no response: the connection failed, was reset or timed out."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request: httpx.Request | None = request  # None once unpickled


class ApiTimeoutError(ApiConnectionError):
    """The request timed out: connect, read, write or pool timeout, or the attempt's whole deadline."""


class TooManyRedirectsError(ApiConnectionError):
    """Redirects went round in a loop, or beyond 20 in one attempt."""


class ResponseTooLargeError(ApiError):
    """The decoded body grew beyond `limit` bytes (the client's `max_response_bytes`, lower for an error status).

    Counted while streaming, after decoding every Content-Encoding layer: a compression bomb or an endless body
    stops early.
    """

    def __init__(self, message: str, *, limit: int, status_code: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.status_code = status_code


class ResponseDecodingError(ApiError):
    """The body could not be decoded as its `Content-Encoding` claims (e.g. gzip on a plain body), or it claims
    more layers than a client decodes (3) or an encoding it does not decode."""


class PaginationError(ApiError):
    """Walking the pages of an operation (`sync_pages`, `sync_items`...) cannot go on safely."""


class PageLoopError(PaginationError):
    """The server sent a next-page cursor or URL it sent before, or a page repeating the previous one."""


class PageOriginError(PaginationError):
    """A next-page URL points at another origin than the API's: it is not followed, so no credential goes there."""


class ResponseValidationError(ApiError):
    """A 2xx response body does not match the spec: not JSON, a required field missing, a wrong type.

    `path` locates the offending value, e.g. `("usage", "tests", 3, "cloudUnitsUsed")`, shown as
    `location` `usage.tests[3].cloudUnitsUsed`; `response` is the response when there was one.
    """

    def __init__(self, reason: str, *, path: Sequence[str | int] = (), response: httpx.Response | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = tuple(path)
        self.response = response

    @property
    def location(self) -> str:
        shown = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path)
        return shown.lstrip(".") or "<body>"

    def about(self, response: httpx.Response) -> ResponseValidationError:
        """This error, for `response`, with any credential of its request blanked out of the reason."""
        self.response = response
        self.reason = _redact(self.reason, _secrets_of(response.request), limit=None)
        self.args = (self.reason,)
        _scrub(response.request)
        return self

    def within(self, part: str | int) -> ResponseValidationError:
        """Prefix the path with the field or index that contains it; used while unwinding nested parsing."""
        self.path = (part, *self.path)
        return self

    def __str__(self) -> str:
        return f"response body invalid at {self.location}: {self.reason}"


# From scripts/codegen/status_errors.py, which the README's reference reads too.
_STATUS_ERRORS: Mapping[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: object, *, secrets: Sequence[str] = ()) -> ApiStatusError:
    """The error for a non-2xx `response` whose parsed body is `body`; `secrets` are blanked out of it too."""
    code = response.status_code
    error_class = _STATUS_ERRORS.get(code) or (InternalServerError if 500 <= code <= 599 else ApiStatusError)
    request = response.request
    secrets = (*_secrets_of(request), *secrets)
    body = _shallow(body, response)
    # A server may echo the token in its reason phrase as well as in its body.
    message = _redact(f"{code} {response.reason_phrase} from {request.method} {request.url}", secrets, limit=None)
    text = _summary(body)
    if any(secret in text for secret in secrets):  # the server echoed a credential: keep it out of `.body` too
        body = _redacted_body(body, secrets)
    summary = _redact(text, secrets)
    _scrub(request)
    error = error_class(f"{message}: {summary}" if summary else message, response=response, body=body)
    error.headers = _redacted_headers(response.headers, secrets)
    return error


def decode_body(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else as text (empty string for no body)."""
    text = response.text
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python parses
        return text


def _redacted_body(body: object, secrets: Sequence[str]) -> object:
    """`body` with each secret blanked: text directly, JSON and typed models through their JSON text."""
    if isinstance(body, str):
        return _redact(body, secrets, limit=None)
    data = json.loads(_redact(json.dumps(_as_json(body), default=str), secrets, limit=None))
    from_dict = getattr(type(body), "from_dict", None)
    if from_dict is None:
        return data
    try:
        return from_dict(data)
    except Exception:  # the blanked body no longer fits its model: keep its JSON
        return data


def _secrets_of(request: httpx.Request) -> tuple[str, ...]:
    """The credentials `request` carries: each secret header's value, the token after its scheme, each secret
    parameter, a proxy's."""
    found = list(secrets_in(request.headers))
    found.extend(value for name in SECRET_PARAMETERS for value in request.url.params.get_list(name) if value)
    found.extend(CALL_SECRETS.get(request, ()))
    return tuple(found)


def secrets_in(headers: Mapping[str, str]) -> tuple[str, ...]:
    """The credentials in `headers` (names in any case): each secret header's value, and the token after its scheme."""
    found: list[str] = []
    for name, value in headers.items():
        if value and name.lower() in SECRET_HEADERS:
            found.extend(secret for secret in (value, value.partition(" ")[2]) if secret)
    return tuple(found)


def _shallow(body: object, response: httpx.Response) -> object:
    """`body`, or the response's text when its JSON nests deeper than `_MAX_BODY_DEPTH`."""
    try:
        pending = [(_as_json(body), 1)]
    except RecursionError:  # a typed model's to_dict recursing through the deep part
        return response.text
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > _MAX_BODY_DEPTH:
                return response.text
            pending.extend((item, depth + 1) for item in (value.values() if isinstance(value, dict) else value))
    return body


def _redact(text: str, secrets: Sequence[str], *, limit: int | None = _MAX_SUMMARY) -> str:
    """`text` with every secret blanked (the whole value before the bare token), cut to `limit` characters."""
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _scrub(request: httpx.Request) -> None:
    """Blank the secret headers of a request that is done with, so that no repr of it shows them."""
    for name in SECRET_HEADERS:
        if name in request.headers:
            request.headers[name] = REDACTED
    request.url = _redacted_url(request.url)


def _redacted_url(url: httpx.URL) -> httpx.URL:
    """`url` with the value of every query parameter that carries a credential blanked."""
    for name in SECRET_PARAMETERS:
        if name in url.params:
            url = url.copy_set_param(name, REDACTED)
    return url


def _redacted_headers(headers: httpx.Headers, secrets: Sequence[str] = ()) -> httpx.Headers:
    """`headers` with every secret header's value blanked (httpx's own repr hides `authorization` only), and each
    of `secrets` in any other header (a server echoing a credential)."""
    if not any(name in headers for name in SECRET_HEADERS) and not any(
        secret in value for secret in secrets for value in headers.values()
    ):
        return headers
    return type(headers)(
        [
            (name, REDACTED if name.lower() in SECRET_HEADERS else _redact(value, secrets, limit=None))
            for name, value in headers.multi_items()
        ]
    )


def _summary(body: object) -> str:
    body = _as_json(body)
    return body if isinstance(body, str) else json.dumps(body, default=str)


def _request_id(headers: httpx.Headers, body: object) -> str | None:
    found_in_headers = request_id(headers)
    if found_in_headers is not None:
        return found_in_headers
    body = _as_json(body)
    found = body.get("request_id") if isinstance(body, dict) else None
    return found if isinstance(found, str) else None


def _as_json(body: object) -> object:
    """A typed error model as its JSON data; decoded JSON or text as it is."""
    return body.to_dict() if hasattr(body, "to_dict") else body
