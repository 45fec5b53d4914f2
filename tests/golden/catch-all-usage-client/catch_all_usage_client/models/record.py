# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
class Record:
    """`Record`."""

    id: str
    kind: str | Unset = UNSET
    legacy_code: str | Unset = UNSET
    """ Deprecated. The record's id in the old system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields the spec marks deprecated (read by the API diff: a newly deprecated field is a minor change).
    _DEPRECATED_FIELDS: ClassVar[frozenset[str]] = frozenset({"legacy_code"})

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        legacy_code = self.legacy_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if legacy_code is not UNSET:
            field_dict["legacy_code"] = legacy_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "id"
            id = expect_str(d.pop("id"))

            _at = "kind"
            _kind = d.pop("kind", UNSET)
            kind: str | Unset
            kind = UNSET if isinstance(_kind, Unset) else expect_str(_kind)

            _at = "legacy_code"
            _legacy_code = d.pop("legacy_code", UNSET)
            legacy_code: str | Unset
            legacy_code = UNSET if isinstance(_legacy_code, Unset) else expect_str(_legacy_code)

            parsed_record = cls(
                id=id,
                kind=kind,
                legacy_code=legacy_code,
            )

            parsed_record.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_record

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
