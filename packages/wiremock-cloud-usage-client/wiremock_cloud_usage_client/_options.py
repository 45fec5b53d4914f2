# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Per-call options: headers and query parameters for one call, merged into its request, never onto the client.

The auth header is the client's alone: it is added per request by the client (and only for the API's
own origin), so a call cannot replace it nor send it elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._query import encode_query
from .client import AUTH_HEADER
from .errors import ConfigurationError, InvalidArgumentError

QueryValue = str | int | float | bool | list[str] | list[int] | list[float] | list[bool]


def with_call_options(
    request: dict[str, Any], headers: Mapping[str, str] | None, extra_query: Mapping[str, QueryValue] | None
) -> dict[str, Any]:
    """`request` (the keyword arguments of `httpx.Client.build_request`) with this call's headers and query."""
    for name, value in (("headers", headers), ("extra_query", extra_query)):
        if value is not None and not isinstance(value, Mapping):
            raise InvalidArgumentError(f"{name}= takes a mapping of names to values, not {type(value).__name__}")
    if headers:
        if any(name.lower() == AUTH_HEADER.lower() for name in headers):
            raise ConfigurationError(
                f"headers= cannot set {AUTH_HEADER}: the client sends its own token; use another client for another token"
            )
        request["headers"] = {**request.get("headers", {}), **headers}
    if extra_query:
        url: str = request["url"]
        request["url"] = f"{url}{'&' if '?' in url else '?'}{encode_query(extra_query)}"
    return request
