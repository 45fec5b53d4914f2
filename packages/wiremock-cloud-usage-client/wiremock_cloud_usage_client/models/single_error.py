# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

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


@_attrs_define
class SingleError:
    """`SingleError`."""

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "title"
            title = expect_str(d.pop("title"))

            _at = "code"
            _code = d.pop("code", UNSET)
            code: float | Unset
            code = UNSET if isinstance(_code, Unset) else expect_float(_code)

            _at = "detail"
            _detail = d.pop("detail", UNSET)
            detail: str | Unset
            detail = UNSET if isinstance(_detail, Unset) else expect_str(_detail)

            _at = "source"
            _source = d.pop("source", UNSET)
            source: SingleErrorSource | Unset
            source = UNSET if isinstance(_source, Unset) else SingleErrorSource.from_dict(_source)

            parsed_single_error = cls(
                title=title,
                code=code,
                detail=detail,
                source=source,
            )

            parsed_single_error.additional_properties = d
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
