# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""When to retry a request and how long to wait first: pure functions the sync and async clients share."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping

# Statuses worth another try, the request unchanged (429, 503 and 529; `retry_statuses` in
# scripts/providers.toml). A status outside 100-599 never is.
RETRY_STATUSES: frozenset[int] = frozenset({429, 503, 529})
# A POST or PATCH is sent again only when it carries this header (or the spec marks it `x-idempotent`): the
# server then applies it once however often it arrives (`idempotency_key_header` in scripts/providers.toml).
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A server asking for a longer wait than this is not waited for; exponential backoff is used instead.
MAX_RETRY_AFTER = 60.0


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait the server asked for in `retry-after-ms` or `Retry-After` (seconds or an HTTP date).

    Sanitized: a negative wait or a date in the past is 0; `nan`, `inf` and unparsable values are no wish
    at all (None). A finite but huge wish is returned as it is; `retry_delay` does not wait for it.
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        asked = _finite(milliseconds)
        if asked is not None:
            return max(asked / 1000, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    asked = _finite(value)
    if asked is not None:
        return max(asked, 0.0)
    return _seconds_until(value)


def retry_delay(retry: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number `retry` (0-based): the server's wish, else jittered backoff."""
    asked = retry_after_seconds(headers) if headers is not None else None
    if asked is not None and asked <= MAX_RETRY_AFTER:
        return asked
    backoff = min(INITIAL_DELAY * 2.0**retry, MAX_DELAY)
    return backoff * (1 - 0.25 * random.random())


def _finite(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _seconds_until(http_date: str) -> float | None:
    # email.utils is only needed for this rare form of the header: import it on demand.
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(http_date)
    except (TypeError, ValueError, OverflowError):
        return None
    return max(moment.timestamp() - time.time(), 0.0)
