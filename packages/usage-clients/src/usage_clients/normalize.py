"""One function per provider: its typed usage model in, a `Snapshot` out.

The provider packages are imported for type checking only: these functions receive models that
the provider's client has already parsed, so importing this module imports no provider.
Optional fields the provider left out (`UNSET`) become None, never an error.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .snapshots import Metric, Number, Snapshot

if TYPE_CHECKING:
    from aymara_usage_client.models.usage_response import UsageResponse as AymaraUsage
    from thousandeyes_usage_client.models.usage import Usage as ThousandEyesUsage
    from vocode_usage_client.models.usage import Usage as VocodeUsage
    from wiremock_cloud_usage_client.models.usage import Usage as WireMockCloudUsage


def aymara(usage: AymaraUsage) -> Snapshot:
    """The latest billing cycle: its dates, paid amount and score runs; plus the free score runs."""
    cycles = usage.billing_cycles if isinstance(usage.billing_cycles, list) else []
    free_runs = usage.free_score_runs if isinstance(usage.free_score_runs, list) else []
    current = max(cycles, key=lambda cycle: cycle.billing_cycle_end_date, default=None)
    metrics = []
    details = {}
    if current is not None:
        metrics += [
            Metric("paid amount", _amount(current.paid_amount_usd), "USD"),
            Metric("score runs", len(current.score_runs), "runs"),
        ]
        details["billing cycle"] = current.billing_cycle_uuid
    metrics.append(Metric("free score runs", len(free_runs), "runs"))
    return Snapshot(
        provider="aymara",
        period_start=current.billing_cycle_start_date if current else None,
        period_end=current.billing_cycle_end_date if current else None,
        metrics=tuple(metrics),
        details=details,
        raw=usage,
    )


def thousandeyes(usage: ThousandEyesUsage) -> Snapshot:
    """Cloud units (used, projected, included) always; other units and agents when not all zero."""
    details = _present(usage.usage)
    quota = _present(details.quota) if details is not None else None
    metrics: list[Metric] = []
    if details is not None:

        def included(name: str) -> Number | None:
            return _number(getattr(quota, name, None))

        candidates = [
            Metric(
                "cloud units",
                _number(details.cloud_units_used),
                "cloud units",
                included=included("cloud_units_included"),
                projected=_number(details.cloud_units_projected),
            ),
            Metric(
                "enterprise units",
                _number(details.enterprise_units_used),
                "enterprise units",
                projected=_number(details.enterprise_units_projected),
            ),
            Metric(
                "connected devices units",
                _number(details.connected_devices_units_used),
                "units",
                projected=_number(details.connected_devices_units_projected),
            ),
            Metric(
                "enterprise agents",
                _number(details.enterprise_agents_used),
                "agents",
                included=included("enterprise_agents_included"),
            ),
            Metric(
                "endpoint agents",
                _number(details.endpoint_agents_used),
                "agents",
                included=included("endpoint_agents_included"),
            ),
            Metric(
                "endpoint agents essentials",
                _number(details.endpoint_agents_essentials_used),
                "agents",
                included=included("endpoint_agents_essentials_included"),
            ),
            Metric(
                "endpoint agents embedded",
                _number(details.endpoint_agents_embedded_used),
                "agents",
                included=included("endpoint_agents_embedded_included"),
            ),
        ]
        metrics = [metric for metric in candidates if metric.name == "cloud units" or _worth_showing(metric)]
    return Snapshot(
        provider="thousandeyes",
        period_start=_date(getattr(quota, "month_start", None)),
        period_end=_date(getattr(quota, "month_end", None)),
        metrics=tuple(metrics),
        raw=usage,
    )


def vocode(usage: VocodeUsage) -> Snapshot:
    """Minutes used of the monthly limit, and the plan. The body carries no period dates.

    An unlimited plan leaves `monthly_usage_limit_minutes` out: the limit is then None (not 0) and
    the details say "unlimited". Plans are shown without Vocode's `plan_` prefix (`developer`).
    """
    limit = _number(usage.monthly_usage_limit_minutes)
    details = {"plan": str(usage.plan_type.value).removeprefix("plan_")}
    if limit is None:
        details["limit"] = "unlimited"
    return Snapshot(
        provider="vocode",
        period_start=None,
        period_end=None,
        metrics=(Metric("minutes", _number(usage.monthly_usage_minutes), "minutes", limit=limit),),
        details=details,
        raw=usage,
    )


def wiremock_cloud(usage: WireMockCloudUsage) -> Snapshot:
    """Stub calls, mock APIs and seats (against the seat limit, when there is one) of the current period."""
    current = usage.usage
    return Snapshot(
        provider="wiremock_cloud",
        period_start=_date(current.current_period_start),
        period_end=_date(current.current_period_end),
        metrics=(
            Metric("stub calls", _number(current.stub_called_count), "calls"),
            Metric("mock APIs", _number(current.total_mock_api_count), "mock APIs"),
            Metric("seats", _number(current.total_seat_count), "seats", limit=_number(current.seat_limit)),
        ),
        raw=usage,
    )


# The provider's name in the facade -> its normalizer.
NORMALIZERS: dict[str, Callable[[Any], Snapshot]] = {
    "aymara": aymara,
    "thousandeyes": thousandeyes,
    "vocode": vocode,
    "wiremock_cloud": wiremock_cloud,
}


def _present(value: Any) -> Any:
    """`value`, or None for an absent (`UNSET`) or null field; models are truthy, UNSET is not."""
    return value if value else None


def _number(value: object) -> Number | None:
    """An int or float as itself (a whole float as an int: JSON `number` counts parse as floats); else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _amount(value: float | str) -> Number | None:
    """A money amount sent as a number or a decimal string; None when it is neither."""
    try:
        return float(value)
    except ValueError:
        return None


def _date(value: object) -> datetime.date | None:
    """A date or date-time as itself; an ISO 8601 string parsed; anything else (UNSET, garbage) None."""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _worth_showing(metric: Metric) -> bool:
    return metric.used is not None and any(value for value in (metric.used, metric.included, metric.projected))
