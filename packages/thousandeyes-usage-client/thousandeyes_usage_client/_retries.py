# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""When to retry a request and how long to wait first: pure functions the sync and async clients share."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping

# Statuses worth another try: the request may succeed unchanged.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A server asking for a longer wait than this is not waited for; exponential backoff is used instead.
MAX_RETRY_AFTER = 60.0


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait the server asked for in `retry-after-ms` or `Retry-After` (seconds or an HTTP date).

    Without either, the wait until the rate-limit window resets, if the response says when.
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(float(milliseconds) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return seconds_until_reset(headers)
    try:
        return max(float(value), 0.0)
    except ValueError:
        return _seconds_until(value)


# From the spec's 429 response (scripts/codegen/rate_limits.py): when the rate-limit window resets,
# waited for when the server sends no Retry-After.
RATE_LIMIT_RESET_HEADER = "x-organization-rate-limit-reset"
# A reset value this large is a Unix time (ThousandEyes); a smaller one counts seconds from now.
_EPOCH_THRESHOLD = 1_000_000_000


def seconds_until_reset(headers: Mapping[str, str]) -> float | None:
    """Seconds until the rate-limit window resets, from its header (Unix epoch seconds, or a delta)."""
    try:
        reset = float(headers[RATE_LIMIT_RESET_HEADER])
    except (KeyError, ValueError):
        return None
    return max(reset - time.time(), 0.0) if reset >= _EPOCH_THRESHOLD else max(reset, 0.0)


def retry_delay(retry: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number `retry` (0-based): the server's wish, else jittered backoff."""
    asked = retry_after_seconds(headers) if headers is not None else None
    if asked is not None and asked <= MAX_RETRY_AFTER:
        return asked
    backoff = min(INITIAL_DELAY * 2.0**retry, MAX_DELAY)
    return backoff * (1 - 0.25 * random.random())


def _seconds_until(http_date: str) -> float | None:
    # email.utils is only needed for this rare form of the header: import it on demand.
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(http_date)
    except (TypeError, ValueError):
        return None
    return max(moment.timestamp() - time.time(), 0.0)
