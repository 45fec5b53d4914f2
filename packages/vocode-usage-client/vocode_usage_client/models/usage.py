# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_int,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..models.plan_type import PlanType
from ..types import UNSET, Unset


@_attrs_define
class Usage:
    """Usage"""

    user_id: str
    plan_type: PlanType
    monthly_usage_minutes: int
    monthly_usage_limit_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        plan_type = self.plan_type.value

        monthly_usage_minutes = self.monthly_usage_minutes

        monthly_usage_limit_minutes = self.monthly_usage_limit_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "plan_type": plan_type,
                "monthly_usage_minutes": monthly_usage_minutes,
            }
        )
        if monthly_usage_limit_minutes is not UNSET:
            field_dict["monthly_usage_limit_minutes"] = monthly_usage_limit_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "user_id"
            user_id = expect_str(d.pop("user_id"))

            _at = "plan_type"
            plan_type = PlanType(d.pop("plan_type"))

            _at = "monthly_usage_minutes"
            monthly_usage_minutes = expect_int(d.pop("monthly_usage_minutes"))

            _at = "monthly_usage_limit_minutes"
            _monthly_usage_limit_minutes = d.pop("monthly_usage_limit_minutes", UNSET)
            monthly_usage_limit_minutes: int | Unset
            if isinstance(_monthly_usage_limit_minutes, Unset):
                monthly_usage_limit_minutes = UNSET
            else:
                monthly_usage_limit_minutes = expect_int(_monthly_usage_limit_minutes)

            parsed_usage = cls(
                user_id=user_id,
                plan_type=plan_type,
                monthly_usage_minutes=monthly_usage_minutes,
                monthly_usage_limit_minutes=monthly_usage_limit_minutes,
            )

            parsed_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_usage

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
