# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_float,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.single_error_source import SingleErrorSource


T = TypeVar("T", bound="SingleError")


@_attrs_define
class SingleError:
    title: str
    code: float | Unset = UNSET
    detail: str | Unset = UNSET
    source: SingleErrorSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        code = self.code

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "title"
            title = expect_str(d.pop("title"))

            _at = "code"
            _code = d.pop("code", UNSET)
            code: float | Unset
            if isinstance(_code, Unset):
                code = UNSET
            else:
                code = expect_float(_code)

            _at = "detail"
            _detail = d.pop("detail", UNSET)
            detail: str | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = expect_str(_detail)

            _at = "source"
            _source = d.pop("source", UNSET)
            source: SingleErrorSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = SingleErrorSource.from_dict(_source)

            parsed_single_error = cls(
                title=title,
                code=code,
                detail=detail,
                source=source,
            )

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                _at = prop_name
                additional = prop_dict

                additional_properties[prop_name] = additional

            parsed_single_error.additional_properties = additional_properties
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_single_error

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


from ..models.single_error_source import SingleErrorSource  # noqa: E402
