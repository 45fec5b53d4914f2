# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota:
    """Quotas included in the contract for the usage period."""

    month_start: datetime.datetime | Unset = UNSET
    """ Beginning of usage period in UTC (ISO date-time format). """
    month_end: datetime.datetime | Unset = UNSET
    """ End of usage period in UTC (ISO date-time format). """
    cloud_units_included: int | Unset = UNSET
    """ Monthly number of cloud units allocated, as part of the contract. """
    device_agents_included: int | Unset = UNSET
    """ Number of device agents (connected devices product) allocated monthly, as specified in the contract. """
    endpoint_agents_included: int | Unset = UNSET
    """ Monthly number of endpoint agents allocated, as part of the contract. """
    endpoint_agents_essentials_included: int | Unset = UNSET
    """ Monthly number of endpoint agents essentials allocated, as part of the contract. """
    endpoint_agents_embedded_included: int | Unset = UNSET
    """ Number of embedded endpoint agents allocated monthly, as specified in the contract. """
    enterprise_agents_included: int | Unset = UNSET
    """ Monthly number of enterprise agents allocated, as part of the contract. Returns non-zero value only for
    organizations with legacy billing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month_start: str | Unset = UNSET
        if not isinstance(self.month_start, Unset):
            month_start = self.month_start.isoformat()

        month_end: str | Unset = UNSET
        if not isinstance(self.month_end, Unset):
            month_end = self.month_end.isoformat()

        cloud_units_included = self.cloud_units_included

        device_agents_included = self.device_agents_included

        endpoint_agents_included = self.endpoint_agents_included

        endpoint_agents_essentials_included = self.endpoint_agents_essentials_included

        endpoint_agents_embedded_included = self.endpoint_agents_embedded_included

        enterprise_agents_included = self.enterprise_agents_included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month_start is not UNSET:
            field_dict["monthStart"] = month_start
        if month_end is not UNSET:
            field_dict["monthEnd"] = month_end
        if cloud_units_included is not UNSET:
            field_dict["cloudUnitsIncluded"] = cloud_units_included
        if device_agents_included is not UNSET:
            field_dict["deviceAgentsIncluded"] = device_agents_included
        if endpoint_agents_included is not UNSET:
            field_dict["endpointAgentsIncluded"] = endpoint_agents_included
        if endpoint_agents_essentials_included is not UNSET:
            field_dict["endpointAgentsEssentialsIncluded"] = endpoint_agents_essentials_included
        if endpoint_agents_embedded_included is not UNSET:
            field_dict["endpointAgentsEmbeddedIncluded"] = endpoint_agents_embedded_included
        if enterprise_agents_included is not UNSET:
            field_dict["enterpriseAgentsIncluded"] = enterprise_agents_included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _month_start = d.pop("monthStart", UNSET)
        month_start: datetime.datetime | Unset
        if isinstance(_month_start, Unset):
            month_start = UNSET
        else:
            month_start = datetime.datetime.fromisoformat(_month_start)

        _month_end = d.pop("monthEnd", UNSET)
        month_end: datetime.datetime | Unset
        if isinstance(_month_end, Unset):
            month_end = UNSET
        else:
            month_end = datetime.datetime.fromisoformat(_month_end)

        cloud_units_included = d.pop("cloudUnitsIncluded", UNSET)

        device_agents_included = d.pop("deviceAgentsIncluded", UNSET)

        endpoint_agents_included = d.pop("endpointAgentsIncluded", UNSET)

        endpoint_agents_essentials_included = d.pop("endpointAgentsEssentialsIncluded", UNSET)

        endpoint_agents_embedded_included = d.pop("endpointAgentsEmbeddedIncluded", UNSET)

        enterprise_agents_included = d.pop("enterpriseAgentsIncluded", UNSET)

        parsed_quota = cls(
            month_start=month_start,
            month_end=month_end,
            cloud_units_included=cloud_units_included,
            device_agents_included=device_agents_included,
            endpoint_agents_included=endpoint_agents_included,
            endpoint_agents_essentials_included=endpoint_agents_essentials_included,
            endpoint_agents_embedded_included=endpoint_agents_embedded_included,
            enterprise_agents_included=enterprise_agents_included,
        )

        parsed_quota.additional_properties = d
        return parsed_quota

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
