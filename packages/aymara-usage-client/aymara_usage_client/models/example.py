# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
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
from ..models.example_type import ExampleType
from ..types import UNSET, Unset


@_attrs_define
class Example:
    """An example question of a test."""

    example_uuid: str
    example_text: str
    example_type: ExampleType
    """ Whether the example is a good or a bad one. """
    explanation: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        example_uuid = self.example_uuid

        example_text = self.example_text

        example_type = self.example_type.value

        explanation: str | Unset | None
        explanation = UNSET if isinstance(self.explanation, Unset) else self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "example_uuid": example_uuid,
                "example_text": example_text,
                "example_type": example_type,
            }
        )
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "example_uuid"
            example_uuid = expect_str(d.pop("example_uuid"))

            _at = "example_text"
            example_text = expect_str(d.pop("example_text"))

            _at = "example_type"
            example_type = ExampleType(d.pop("example_type"))

            _at = "explanation"
            _explanation = d.pop("explanation", UNSET)
            explanation: str | Unset | None = (
                _explanation if _explanation is None or isinstance(_explanation, Unset) else expect_str(_explanation)
            )

            parsed_example = cls(
                example_uuid=example_uuid,
                example_text=example_text,
                example_type=example_type,
                explanation=explanation,
            )

            parsed_example.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_example

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
