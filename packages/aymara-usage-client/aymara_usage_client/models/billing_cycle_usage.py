# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_float,
    expect_list,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError

if TYPE_CHECKING:
    from ..models.score_run import ScoreRun


@_attrs_define
class BillingCycleUsage:
    """Score runs and paid amount of one billing cycle."""

    billing_cycle_uuid: str
    billing_cycle_start_date: datetime.date
    billing_cycle_end_date: datetime.date
    paid_amount_usd: float | str
    """ Amount paid in US dollars, as a number or a decimal string. """
    score_runs: list[ScoreRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_cycle_uuid = self.billing_cycle_uuid

        billing_cycle_start_date = self.billing_cycle_start_date.isoformat()

        billing_cycle_end_date = self.billing_cycle_end_date.isoformat()

        paid_amount_usd: float | str
        paid_amount_usd = self.paid_amount_usd

        score_runs = []
        for score_runs_item_data in self.score_runs:
            score_runs_item = score_runs_item_data.to_dict()
            score_runs.append(score_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_cycle_uuid": billing_cycle_uuid,
                "billing_cycle_start_date": billing_cycle_start_date,
                "billing_cycle_end_date": billing_cycle_end_date,
                "paid_amount_usd": paid_amount_usd,
                "score_runs": score_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "billing_cycle_uuid"
            billing_cycle_uuid = expect_str(d.pop("billing_cycle_uuid"))

            _at = "billing_cycle_start_date"
            billing_cycle_start_date = datetime.date.fromisoformat(d.pop("billing_cycle_start_date"))

            _at = "billing_cycle_end_date"
            billing_cycle_end_date = datetime.date.fromisoformat(d.pop("billing_cycle_end_date"))

            _at = "paid_amount_usd"

            def _parse_paid_amount_usd(data: object) -> float | str:
                try:
                    if type(data) not in (int, float):
                        raise TypeError()
                    paid_amount_usd_type_0 = expect_float(data)

                    return paid_amount_usd_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                paid_amount_usd_type_1 = expect_str(data)

                return paid_amount_usd_type_1

            paid_amount_usd = _parse_paid_amount_usd(d.pop("paid_amount_usd"))

            _at = "score_runs"
            score_runs = []
            for score_runs_index, score_runs_item_data in enumerate(expect_list(d.pop("score_runs"))):
                try:
                    score_runs_item = ScoreRun.from_dict(score_runs_item_data)

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                    raise invalid(score_runs_index, error) from None
                score_runs.append(score_runs_item)

            parsed_billing_cycle_usage = cls(
                billing_cycle_uuid=billing_cycle_uuid,
                billing_cycle_start_date=billing_cycle_start_date,
                billing_cycle_end_date=billing_cycle_end_date,
                paid_amount_usd=paid_amount_usd,
                score_runs=score_runs,
            )

            parsed_billing_cycle_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_billing_cycle_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.score_run import ScoreRun  # noqa: E402
