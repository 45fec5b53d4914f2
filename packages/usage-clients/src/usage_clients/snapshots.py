"""The normalized view of one provider's usage, and what `fetch_all` returns when there is none.

Every result names its `provider` and is one of:

- `Snapshot`: the usage, as a period and a list of `Metric`s; `raw` is the provider's typed model.
- `NotConfigured`: no token (or no WireMock Cloud subscription id, or the package is not
  installed); `reason` says which. Not an error: the provider was simply not asked.
- `Failed`: the provider was asked and the call failed; `error` is one line (error class and
  message, never the token), `exception` the exception itself.

Plain frozen dataclasses, so `match result: case Snapshot(): ...` works and nothing here imports a
provider package.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Number = int | float


@dataclass(frozen=True)
class Metric:
    """One measured quantity: how much of `unit` was `used` in the period, and against what.

    `limit` is a hard cap, `included` what the plan or contract includes (use beyond it is billed),
    `projected` the provider's estimate for the whole period; None where the provider does not say.
    """

    name: str
    used: Number | None
    unit: str
    limit: Number | None = None
    included: Number | None = None
    projected: Number | None = None

    @property
    def share(self) -> float | None:
        """`used` as a fraction of `limit`, else of `included`; None when either is unknown or 0."""
        bound = self.limit if self.limit is not None else self.included
        if self.used is None or not bound:
            return None
        return self.used / bound

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Snapshot:
    """A provider's usage for one period (`period_start`/`period_end` None when it does not say)."""

    provider: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    metrics: tuple[Metric, ...]
    details: Mapping[str, str] = field(default_factory=dict)
    """Facts that are not quantities, e.g. `{"plan": "developer"}`."""
    raw: Any = field(default=None, repr=False, compare=False)
    """The provider's typed model, as its client returned it."""

    status: Literal["ok"] = field(default="ok", init=False)

    def metric(self, name: str) -> Metric:
        """The metric called `name`; KeyError when there is none."""
        for metric in self.metrics:
            if metric.name == name:
                return metric
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings; the raw model stays out (it is `raw`)."""
        return {
            "provider": self.provider,
            "status": self.status,
            "period_start": _iso(self.period_start),
            "period_end": _iso(self.period_end),
            "metrics": [metric.to_dict() for metric in self.metrics],
            "details": dict(self.details),
        }


@dataclass(frozen=True)
class NotConfigured:
    """The provider was not called: `reason` says what is missing (e.g. `VOCODE_API_KEY is not set`)."""

    provider: str
    reason: str

    status: Literal["not_configured"] = field(default="not_configured", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"provider": self.provider, "status": self.status, "reason": self.reason}


@dataclass(frozen=True)
class Failed:
    """The call failed: `error` is one line such as `InternalServerError: 500 Internal Server Error from ...`."""

    provider: str
    error: str
    exception: BaseException | None = field(default=None, repr=False, compare=False)

    status: Literal["error"] = field(default="error", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"provider": self.provider, "status": self.status, "error": self.error}


Result = Snapshot | NotConfigured | Failed


def _iso(moment: datetime.date | None) -> str | None:
    return None if moment is None else moment.isoformat()
