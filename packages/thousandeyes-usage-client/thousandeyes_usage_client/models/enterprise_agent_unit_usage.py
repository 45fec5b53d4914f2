# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
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
from ..types import UNSET, Unset


@_attrs_define
class EnterpriseAgentUnitUsage:
    """Enterprise unit consumption of one enterprise agent."""

    aid: str | Unset = UNSET
    """ Unique identifier of the account group owning the enterprise agent units. """
    account_group_name: str | Unset = UNSET
    """ Name of the account group which owns the enterprise agent units. """
    agent_id: str | Unset = UNSET
    """ Unique identifier of the enterprise agent generating usage. This field may be omitted when not available.
    """
    agent_name: str | Unset = UNSET
    """ Name of the enterprise agent generating usage. """
    enterprise_units_used: int | Unset = UNSET
    """ Number of enterprise agent units owned by the specific account group in the usage period. """
    enterprise_units_projected: int | Unset = UNSET
    """ Number of enterprise units projected in the current usage period, based on units consumed to date and
    configuration of enabled tests. This value is updated hourly. Returns non-zero value only for organizations with
    metered billing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aid = self.aid

        account_group_name = self.account_group_name

        agent_id = self.agent_id

        agent_name = self.agent_name

        enterprise_units_used = self.enterprise_units_used

        enterprise_units_projected = self.enterprise_units_projected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if aid is not UNSET:
            field_dict["aid"] = aid
        if account_group_name is not UNSET:
            field_dict["accountGroupName"] = account_group_name
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name
        if enterprise_units_used is not UNSET:
            field_dict["enterpriseUnitsUsed"] = enterprise_units_used
        if enterprise_units_projected is not UNSET:
            field_dict["enterpriseUnitsProjected"] = enterprise_units_projected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "aid"
            _aid = d.pop("aid", UNSET)
            aid: str | Unset
            aid = UNSET if isinstance(_aid, Unset) else expect_str(_aid)

            _at = "accountGroupName"
            _account_group_name = d.pop("accountGroupName", UNSET)
            account_group_name: str | Unset
            account_group_name = UNSET if isinstance(_account_group_name, Unset) else expect_str(_account_group_name)

            _at = "agentId"
            _agent_id = d.pop("agentId", UNSET)
            agent_id: str | Unset
            agent_id = UNSET if isinstance(_agent_id, Unset) else expect_str(_agent_id)

            _at = "agentName"
            _agent_name = d.pop("agentName", UNSET)
            agent_name: str | Unset
            agent_name = UNSET if isinstance(_agent_name, Unset) else expect_str(_agent_name)

            _at = "enterpriseUnitsUsed"
            _enterprise_units_used = d.pop("enterpriseUnitsUsed", UNSET)
            enterprise_units_used: int | Unset
            if isinstance(_enterprise_units_used, Unset):
                enterprise_units_used = UNSET
            else:
                enterprise_units_used = expect_int(_enterprise_units_used)

            _at = "enterpriseUnitsProjected"
            _enterprise_units_projected = d.pop("enterpriseUnitsProjected", UNSET)
            enterprise_units_projected: int | Unset
            if isinstance(_enterprise_units_projected, Unset):
                enterprise_units_projected = UNSET
            else:
                enterprise_units_projected = expect_int(_enterprise_units_projected)

            parsed_enterprise_agent_unit_usage = cls(
                aid=aid,
                account_group_name=account_group_name,
                agent_id=agent_id,
                agent_name=agent_name,
                enterprise_units_used=enterprise_units_used,
                enterprise_units_projected=enterprise_units_projected,
            )

            parsed_enterprise_agent_unit_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_enterprise_agent_unit_usage

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
