"""When a client may send a request again, decided from the manifest and the spec; the templates render it.

- Statuses: the manifest's `retry_statuses` (default 408, 409, 429 and every 5xx), as one set literal.
- Idempotency: an operation is safe to repeat when its method is idempotent (RFC 9110: GET, HEAD, PUT,
  DELETE, OPTIONS, TRACE) or the spec marks it `x-idempotent: true`; `x-idempotent: false` marks an
  idempotent method unsafe. A request of an unsafe operation is repeated only when it carries the
  manifest's `idempotency_key_header` (default `Idempotency-Key`), which the client checks per request.
"""

from dataclasses import dataclass

from .manifest import Provider
from .model import Api

# Methods whose repetition has the effect of one request (RFC 9110, section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"get", "head", "put", "delete", "options", "trace"})
# On an operation of the spec: `true` makes a POST or PATCH safe to retry, `false` a GET or PUT unsafe.
IDEMPOTENT_EXTENSION = "x-idempotent"


@dataclass(frozen=True)
class RetryPolicy:
    """What _retries.py.jinja and the README render for one package."""

    statuses: str  # RETRY_STATUSES' members as Python, e.g. "{408, 409, 429, *range(500, 600)}", "()" for none
    described: str  # the same in words, e.g. "408, 409, 429 and 500-599"
    idempotency_key_header: str  # e.g. "Idempotency-Key"


def retry_policy(provider: Provider) -> RetryPolicy:
    runs = _runs(provider.retry_statuses)
    members = [str(first) if first == last else f"*range({first}, {last + 1})" for first, last in runs]
    return RetryPolicy(
        statuses="{" + ", ".join(members) + "}" if members else "()",
        described=_in_words([str(first) if first == last else f"{first}-{last}" for first, last in runs]),
        idempotency_key_header=provider.idempotency_key_header,
    )


def idempotent_operations(api: Api) -> frozenset[str]:
    """The spec's operations that may be sent again, by `operation_key` ("get /things/{}").

    Raises SpecError, with its line, for an `x-idempotent` that is not a boolean.
    """
    found = set()
    for operation in api.operations:
        marked = operation.extensions.get(IDEMPOTENT_EXTENSION, operation.method in IDEMPOTENT_METHODS)
        if not isinstance(marked, bool):
            where = (*operation.pointer, IDEMPOTENT_EXTENSION)
            raise api.source.error(f"{IDEMPOTENT_EXTENSION} must be true or false, got {marked!r}", *where)
        if marked:
            found.add(operation.key)
    return frozenset(found)


def _runs(statuses: tuple[int, ...]) -> list[tuple[int, int]]:
    """Sorted statuses as (first, last) of runs of three or more, else alone: 408, 409, 429, 500-599."""
    runs: list[tuple[int, int]] = []
    for status in statuses:
        if runs and runs[-1][1] == status - 1:
            runs[-1] = (runs[-1][0], status)
        else:
            runs.append((status, status))
    return [pair for first, last in runs for pair in _split_pairs(first, last)]


def _split_pairs(first: int, last: int) -> list[tuple[int, int]]:
    # Two consecutive statuses read better as two statuses than as a range.
    return [(first, first), (last, last)] if last == first + 1 else [(first, last)]


def _in_words(parts: list[str]) -> str:
    if not parts:
        return "none"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
