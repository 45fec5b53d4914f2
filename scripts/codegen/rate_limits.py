"""The rate-limit headers a spec declares on its 429 response, for the runtime templates.

A header whose name contains "ratelimit" (dashes aside) and ends in -limit, -remaining or -reset
gives that role, e.g. ThousandEyes' X-Organization-Rate-Limit-Reset. The templates render the
reset fallback of the retry delay and `Response.rate_limit` only for a spec that declares them.
"""

from dataclasses import dataclass

from .spec import Json, dereferenced, is_header_name, operations

_ROLES = ("limit", "remaining", "reset")


@dataclass(frozen=True)
class RateLimitHeaders:
    """Lower-cased header names by role; None where the spec declares none."""

    limit: str | None = None
    remaining: str | None = None
    reset: str | None = None

    def __bool__(self) -> bool:
        return any((self.limit, self.remaining, self.reset))


def rate_limit_headers(document: Json) -> RateLimitHeaders:
    found: dict[str, str] = {}
    for _, _, operation in operations(document):
        response = dereferenced(document, operation.get("responses", {}).get("429"))
        for name in (response or {}).get("headers", {}):
            lowered = name.lower()
            role = lowered.rsplit("-", 1)[-1]
            if "ratelimit" in lowered.replace("-", "") and role in _ROLES and is_header_name(name):
                found.setdefault(role, lowered)
    return RateLimitHeaders(**found)
