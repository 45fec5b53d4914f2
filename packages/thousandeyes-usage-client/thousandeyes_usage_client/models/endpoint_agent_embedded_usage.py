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
class EndpointAgentEmbeddedUsage:
    """Embedded endpoint agents used by one account group."""

    aid: str | Unset = UNSET
    """ Unique identifier of the account group that owns the embedded endpoint agents. """
    account_group_name: str | Unset = UNSET
    """ Name of the account group that owns the embedded endpoint agents. """
    endpoint_agents_embedded_used: int | Unset = UNSET
    """ Number of endpoint agents embedded owned by the specific account group in the usage period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aid = self.aid

        account_group_name = self.account_group_name

        endpoint_agents_embedded_used = self.endpoint_agents_embedded_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if aid is not UNSET:
            field_dict["aid"] = aid
        if account_group_name is not UNSET:
            field_dict["accountGroupName"] = account_group_name
        if endpoint_agents_embedded_used is not UNSET:
            field_dict["endpointAgentsEmbeddedUsed"] = endpoint_agents_embedded_used

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

            _at = "endpointAgentsEmbeddedUsed"
            _endpoint_agents_embedded_used = d.pop("endpointAgentsEmbeddedUsed", UNSET)
            endpoint_agents_embedded_used: int | Unset
            if isinstance(_endpoint_agents_embedded_used, Unset):
                endpoint_agents_embedded_used = UNSET
            else:
                endpoint_agents_embedded_used = expect_int(_endpoint_agents_embedded_used)

            parsed_endpoint_agent_embedded_usage = cls(
                aid=aid,
                account_group_name=account_group_name,
                endpoint_agents_embedded_used=endpoint_agents_embedded_used,
            )

            parsed_endpoint_agent_embedded_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_endpoint_agent_embedded_usage

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
