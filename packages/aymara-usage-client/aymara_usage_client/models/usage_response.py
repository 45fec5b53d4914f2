# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_list,
    expect_object,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_cycle_usage import BillingCycleUsage
    from ..models.score_run import ScoreRun
    from ..models.usage_response_test_type_displays import UsageResponseTestTypeDisplays


@_attrs_define
class UsageResponse:
    """Usage of the account (`UsageResponseSchema`)."""

    test_type_displays: UsageResponseTestTypeDisplays
    """ Display name of each test type, e.g. `{"safety": "Safety"}`. """
    billing_cycles: list[BillingCycleUsage] | Unset | None = UNSET
    free_score_runs: list[ScoreRun] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_type_displays = self.test_type_displays.to_dict()

        billing_cycles: list[dict[str, Any]] | Unset | None
        if isinstance(self.billing_cycles, Unset):
            billing_cycles = UNSET
        elif isinstance(self.billing_cycles, list):
            billing_cycles = []
            for billing_cycles_type_0_item_data in self.billing_cycles:
                billing_cycles_type_0_item = billing_cycles_type_0_item_data.to_dict()
                billing_cycles.append(billing_cycles_type_0_item)

        else:
            billing_cycles = self.billing_cycles

        free_score_runs: list[dict[str, Any]] | Unset | None
        if isinstance(self.free_score_runs, Unset):
            free_score_runs = UNSET
        elif isinstance(self.free_score_runs, list):
            free_score_runs = []
            for free_score_runs_type_0_item_data in self.free_score_runs:
                free_score_runs_type_0_item = free_score_runs_type_0_item_data.to_dict()
                free_score_runs.append(free_score_runs_type_0_item)

        else:
            free_score_runs = self.free_score_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_type_displays": test_type_displays,
            }
        )
        if billing_cycles is not UNSET:
            field_dict["billing_cycles"] = billing_cycles
        if free_score_runs is not UNSET:
            field_dict["free_score_runs"] = free_score_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "test_type_displays"
            test_type_displays = UsageResponseTestTypeDisplays.from_dict(d.pop("test_type_displays"))

            _at = "billing_cycles"

            def _parse_billing_cycles(data: object) -> list[BillingCycleUsage] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    billing_cycles_type_0 = []
                    for billing_cycles_type_0_index, billing_cycles_type_0_item_data in enumerate(expect_list(data)):
                        try:
                            billing_cycles_type_0_item = BillingCycleUsage.from_dict(billing_cycles_type_0_item_data)

                        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                            raise invalid(billing_cycles_type_0_index, error) from None
                        billing_cycles_type_0.append(billing_cycles_type_0_item)

                    return billing_cycles_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if data is not None:
                    raise TypeError()
                billing_cycles_type_1 = data

                return billing_cycles_type_1

            billing_cycles = _parse_billing_cycles(d.pop("billing_cycles", UNSET))

            _at = "free_score_runs"

            def _parse_free_score_runs(data: object) -> list[ScoreRun] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    free_score_runs_type_0 = []
                    for free_score_runs_type_0_index, free_score_runs_type_0_item_data in enumerate(expect_list(data)):
                        try:
                            free_score_runs_type_0_item = ScoreRun.from_dict(free_score_runs_type_0_item_data)

                        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                            raise invalid(free_score_runs_type_0_index, error) from None
                        free_score_runs_type_0.append(free_score_runs_type_0_item)

                    return free_score_runs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if data is not None:
                    raise TypeError()
                free_score_runs_type_1 = data

                return free_score_runs_type_1

            free_score_runs = _parse_free_score_runs(d.pop("free_score_runs", UNSET))

            parsed_usage_response = cls(
                test_type_displays=test_type_displays,
                billing_cycles=billing_cycles,
                free_score_runs=free_score_runs,
            )

            parsed_usage_response.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_usage_response

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


from ..models.billing_cycle_usage import BillingCycleUsage  # noqa: E402
from ..models.score_run import ScoreRun  # noqa: E402
from ..models.usage_response_test_type_displays import UsageResponseTestTypeDisplays  # noqa: E402
