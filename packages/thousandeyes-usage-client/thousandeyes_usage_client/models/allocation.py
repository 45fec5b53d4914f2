# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Allocation")


@_attrs_define
class Allocation:
    """Allocated units of one product."""

    product_name: str | Unset = UNSET
    """ The product name of the allocation. """
    allocated_units: int | Unset = UNSET
    """ The number of allocated units for the product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_name = self.product_name

        allocated_units = self.allocated_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if allocated_units is not UNSET:
            field_dict["allocatedUnits"] = allocated_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_name = d.pop("productName", UNSET)

        allocated_units = d.pop("allocatedUnits", UNSET)

        parsed_allocation = cls(
            product_name=product_name,
            allocated_units=allocated_units,
        )

        parsed_allocation.additional_properties = d
        return parsed_allocation

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
