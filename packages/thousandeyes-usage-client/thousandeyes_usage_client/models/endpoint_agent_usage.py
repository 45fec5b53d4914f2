# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointAgentUsage")


@_attrs_define
class EndpointAgentUsage:
    """Endpoint agents used by one account group."""

    aid: str | Unset = UNSET
    """ Unique identifier of the account group owning the endpoint agents. """
    account_group_name: str | Unset = UNSET
    """ Name of the account group which owns the endpoint agents. """
    endpoint_agents_used: int | Unset = UNSET
    """ Number of endpoint agents owned by the specific account group in the usage period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aid = self.aid

        account_group_name = self.account_group_name

        endpoint_agents_used = self.endpoint_agents_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aid is not UNSET:
            field_dict["aid"] = aid
        if account_group_name is not UNSET:
            field_dict["accountGroupName"] = account_group_name
        if endpoint_agents_used is not UNSET:
            field_dict["endpointAgentsUsed"] = endpoint_agents_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aid = d.pop("aid", UNSET)

        account_group_name = d.pop("accountGroupName", UNSET)

        endpoint_agents_used = d.pop("endpointAgentsUsed", UNSET)

        parsed_endpoint_agent_usage = cls(
            aid=aid,
            account_group_name=account_group_name,
            endpoint_agents_used=endpoint_agents_used,
        )

        parsed_endpoint_agent_usage.additional_properties = d
        return parsed_endpoint_agent_usage

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
