"""The rate-limit headers a spec declares on its 429 response, for the runtime templates.

A header whose name contains "ratelimit" (dashes aside) and ends in -limit, -remaining or -reset
gives that role, e.g. ThousandEyes' X-Organization-Rate-Limit-Reset. The templates render the
reset fallback of the retry delay and `Response.rate_limit` only for a spec that declares them.
"""

from dataclasses import dataclass

from .model import Api
from .names import is_header_name

_ROLES = ("limit", "remaining", "reset")


@dataclass(frozen=True)
class RateLimitHeaders:
    """Lower-cased header names by role; None where the spec declares none."""

    limit: str | None = None
    remaining: str | None = None
    reset: str | None = None

    def __bool__(self) -> bool:
        return any((self.limit, self.remaining, self.reset))


def rate_limit_headers(api: Api) -> RateLimitHeaders:
    found: dict[str, str] = {}
    for operation in api.operations:
        too_many = [response for response in operation.responses if _covers_429(response.statuses)]  # 429, 4XX
        for name in (header for response in too_many for header in response.headers):
            lowered = name.lower()
            role = lowered.rsplit("-", 1)[-1]
            if "ratelimit" in lowered.replace("-", "") and role in _ROLES and is_header_name(name):
                found.setdefault(role, lowered)
    return RateLimitHeaders(**found)


def _covers_429(statuses: tuple[int, int] | None) -> bool:
    return statuses is not None and statuses[0] <= 429 <= statuses[1]
