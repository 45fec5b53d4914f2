# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Everything the ThousandEyes client raises: `ApiError` and its subclasses.

    ApiError
    ├── ConfigurationError          the client was set up wrong (also a ValueError)
    │   └── MissingTokenError       no token given and THOUSANDEYES_BEARER_TOKEN unset
    ├── ApiStatusError              a non-2xx response (`.status_code`, `.headers`, `.body`, `.request_id`)
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
    │   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429 (`.retry_after`)
    │   └── InternalServerError 5xx
    ├── ApiConnectionError          the request did not get a response
    │   └── ApiTimeoutError
    └── ResponseValidationError     a 2xx body that is not what the spec says (`.path`, `.location`)

Messages never include the API token.
"""

from __future__ import annotations

import json
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
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "MissingTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
)

# Headers whose values never reach a log line, nor an error message even when a server echoes them back.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "authorization"})
_MAX_SUMMARY = 200


class ApiError(Exception):
    """The base of every error this client raises."""


class ConfigurationError(ApiError, ValueError):
    """The client was set up wrong: an unknown server name, a negative retry count..."""


class MissingTokenError(ConfigurationError):
    """No API token was given and its environment variable is not set."""


class ApiStatusError(ApiError):
    """The API answered with a non-2xx status.

    `body` is the typed error model when the spec documents one for this status (and the body
    matches it), else the decoded JSON, else the text.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
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
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


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

    def within(self, part: str | int) -> ResponseValidationError:
        """Prefix the path with the field or index that contains it; used while unwinding nested parsing."""
        self.path = (part, *self.path)
        return self

    def __str__(self) -> str:
        return f"response body invalid at {self.location}: {self.reason}"


_STATUS_ERRORS: Mapping[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: object) -> ApiStatusError:
    """The error for a non-2xx `response` whose parsed body is `body`."""
    code = response.status_code
    error_class = _STATUS_ERRORS.get(code) or (InternalServerError if code >= 500 else ApiStatusError)
    request = response.request
    message = f"{code} {response.reason_phrase} from {request.method} {request.url}"
    summary = _without_secrets(_summary(body), request.headers)
    return error_class(f"{message}: {summary}" if summary else message, response=response, body=body)


def decode_body(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else as text (empty string for no body)."""
    text = response.text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _summary(body: object) -> str:
    body = _as_json(body)
    return body if isinstance(body, str) else json.dumps(body, default=str)


def _without_secrets(text: str, request_headers: Mapping[str, str]) -> str:
    """`text` cut to a summary, with any credential the request carried (whole, or after its scheme) blanked."""
    for name in SECRET_HEADERS:
        value = request_headers.get(name)
        if value:
            for secret in (value, value.partition(" ")[2]):  # the whole value first, then the bare token
                if secret:
                    text = text.replace(secret, "<redacted>")
    return text if len(text) <= _MAX_SUMMARY else text[: _MAX_SUMMARY - 1] + "…"


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
