# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Per-call options: headers and query parameters for one call, merged into its request, never onto the client.

The auth headers are the client's alone: they are added per request by the client (and only for the API's
own origin), so a call cannot replace them nor send them elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._auth import AUTH_HEADERS
from ._query import encode_query
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
        refused = [name for name in headers if name.lower() in AUTH_HEADERS]
        if refused:
            raise ConfigurationError(
                f"headers= cannot set {refused[0]}: the client sends its own credentials; use another client for others"
            )
        request["headers"] = {**request.get("headers", {}), **headers}
    if extra_query:
        url: str = request["url"]
        request["url"] = f"{url}{'&' if '?' in url else '?'}{encode_query(extra_query)}"
    return request
