# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Who is calling and which request it was: our User-Agent, and the provider's request id of a response."""

from __future__ import annotations

import sys
from collections.abc import Mapping

import httpx

# The response headers that carry Aymara's request id, in the order we look (from the manifest).
REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-correlation-id",
)
# Sent with every request unless the client's or the call's headers set another `User-Agent`.
USER_AGENT = (
    f"aymara-usage-client/2.1.0 python/{sys.version_info.major}.{sys.version_info.minor}"
    f" httpx/{'.'.join(httpx.__version__.split('.')[:2])}"
)


def request_id(headers: Mapping[str, str]) -> str | None:
    """The provider's id of the request, from the first of `REQUEST_ID_HEADERS` present in `headers`."""
    for name in REQUEST_ID_HEADERS:
        found = headers.get(name)
        if found:
            return found
    return None
