# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset


@_attrs_define
class LinkedRecordPageLinks:
    """`LinkedRecordPageLinks`."""

    next_: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: str | Unset | None
        next_ = UNSET if isinstance(self.next_, Unset) else self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "next"
            _next_ = d.pop("next", UNSET)
            next_: str | Unset | None = _next_ if _next_ is None or isinstance(_next_, Unset) else expect_str(_next_)

            parsed_linked_record_page_links = cls(
                next_=next_,
            )

            parsed_linked_record_page_links.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_linked_record_page_links

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
