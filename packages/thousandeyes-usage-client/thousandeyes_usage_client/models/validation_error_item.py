# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
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
class ValidationErrorItem:
    """One validation error."""

    code: str | Unset = UNSET
    """ (Optional) A unique error type/code that can be referenced in the documentation for further details. """
    field: str | Unset = UNSET
    """ Identifies the field that triggered this particular error. """
    message: str | Unset = UNSET
    """ A short, human-readable summary of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "code"
            _code = d.pop("code", UNSET)
            code: str | Unset
            code = UNSET if isinstance(_code, Unset) else expect_str(_code)

            _at = "field"
            _field = d.pop("field", UNSET)
            field: str | Unset
            field = UNSET if isinstance(_field, Unset) else expect_str(_field)

            _at = "message"
            _message = d.pop("message", UNSET)
            message: str | Unset
            message = UNSET if isinstance(_message, Unset) else expect_str(_message)

            parsed_validation_error_item = cls(
                code=code,
                field=field,
                message=message,
            )

            parsed_validation_error_item.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_validation_error_item

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
