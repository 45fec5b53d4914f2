# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_int,
    expect_list,
    expect_object,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation import Allocation


@_attrs_define
class Allocations:
    """Summary of allocation units."""

    used: int | Unset = UNSET
    """ The total number of allocation units used. """
    projected: int | Unset = UNSET
    """ The total number of projected allocation units. """
    allocations: list[Allocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used = self.used

        projected = self.projected

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if used is not UNSET:
            field_dict["used"] = used
        if projected is not UNSET:
            field_dict["projected"] = projected
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "used"
            _used = d.pop("used", UNSET)
            used: int | Unset
            used = UNSET if isinstance(_used, Unset) else expect_int(_used)

            _at = "projected"
            _projected = d.pop("projected", UNSET)
            projected: int | Unset
            projected = UNSET if isinstance(_projected, Unset) else expect_int(_projected)

            _at = "allocations"
            _allocations = d.pop("allocations", UNSET)
            allocations: list[Allocation] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_index, allocations_item_data in enumerate(expect_list(_allocations)):
                    try:
                        allocations_item = Allocation.from_dict(allocations_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(allocations_index, error) from None
                    allocations.append(allocations_item)

            parsed_allocations = cls(
                used=used,
                projected=projected,
                allocations=allocations,
            )

            parsed_allocations.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_allocations

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


from ..models.allocation import Allocation  # noqa: E402
