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
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if allocated_units is not UNSET:
            field_dict["allocatedUnits"] = allocated_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "productName"
            _product_name = d.pop("productName", UNSET)
            product_name: str | Unset
            product_name = UNSET if isinstance(_product_name, Unset) else expect_str(_product_name)

            _at = "allocatedUnits"
            _allocated_units = d.pop("allocatedUnits", UNSET)
            allocated_units: int | Unset
            allocated_units = UNSET if isinstance(_allocated_units, Unset) else expect_int(_allocated_units)

            parsed_allocation = cls(
                product_name=product_name,
                allocated_units=allocated_units,
            )

            parsed_allocation.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
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
