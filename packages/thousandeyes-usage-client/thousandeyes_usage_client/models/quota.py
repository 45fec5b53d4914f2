# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_datetime,
    expect_int,
    expect_object,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset


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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "monthStart"
            _month_start = d.pop("monthStart", UNSET)
            month_start: datetime.datetime | Unset
            month_start = UNSET if isinstance(_month_start, Unset) else expect_datetime(_month_start)

            _at = "monthEnd"
            _month_end = d.pop("monthEnd", UNSET)
            month_end: datetime.datetime | Unset
            month_end = UNSET if isinstance(_month_end, Unset) else expect_datetime(_month_end)

            _at = "cloudUnitsIncluded"
            _cloud_units_included = d.pop("cloudUnitsIncluded", UNSET)
            cloud_units_included: int | Unset
            if isinstance(_cloud_units_included, Unset):
                cloud_units_included = UNSET
            else:
                cloud_units_included = expect_int(_cloud_units_included)

            _at = "deviceAgentsIncluded"
            _device_agents_included = d.pop("deviceAgentsIncluded", UNSET)
            device_agents_included: int | Unset
            if isinstance(_device_agents_included, Unset):
                device_agents_included = UNSET
            else:
                device_agents_included = expect_int(_device_agents_included)

            _at = "endpointAgentsIncluded"
            _endpoint_agents_included = d.pop("endpointAgentsIncluded", UNSET)
            endpoint_agents_included: int | Unset
            if isinstance(_endpoint_agents_included, Unset):
                endpoint_agents_included = UNSET
            else:
                endpoint_agents_included = expect_int(_endpoint_agents_included)

            _at = "endpointAgentsEssentialsIncluded"
            _endpoint_agents_essentials_included = d.pop("endpointAgentsEssentialsIncluded", UNSET)
            endpoint_agents_essentials_included: int | Unset
            if isinstance(_endpoint_agents_essentials_included, Unset):
                endpoint_agents_essentials_included = UNSET
            else:
                endpoint_agents_essentials_included = expect_int(_endpoint_agents_essentials_included)

            _at = "endpointAgentsEmbeddedIncluded"
            _endpoint_agents_embedded_included = d.pop("endpointAgentsEmbeddedIncluded", UNSET)
            endpoint_agents_embedded_included: int | Unset
            if isinstance(_endpoint_agents_embedded_included, Unset):
                endpoint_agents_embedded_included = UNSET
            else:
                endpoint_agents_embedded_included = expect_int(_endpoint_agents_embedded_included)

            _at = "enterpriseAgentsIncluded"
            _enterprise_agents_included = d.pop("enterpriseAgentsIncluded", UNSET)
            enterprise_agents_included: int | Unset
            if isinstance(_enterprise_agents_included, Unset):
                enterprise_agents_included = UNSET
            else:
                enterprise_agents_included = expect_int(_enterprise_agents_included)

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
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
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
