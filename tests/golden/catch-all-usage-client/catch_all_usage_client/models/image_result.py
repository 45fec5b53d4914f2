# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
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
from ..models.image_result_object import ImageResultObject
from ..types import UNSET, Unset


@_attrs_define
class ImageResult:
    """A result that is an image."""

    object_: ImageResultObject
    """ Always `image`. """
    url: str
    """ Where the image is. """
    width: int | Unset = UNSET
    """ Its width in pixels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        url = self.url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "url": url,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "object"
            object_ = ImageResultObject(d.pop("object"))

            _at = "url"
            url = expect_str(d.pop("url"))

            _at = "width"
            _width = d.pop("width", UNSET)
            width: int | Unset
            width = UNSET if isinstance(_width, Unset) else expect_int(_width)

            parsed_image_result = cls(
                object_=object_,
                url=url,
                width=width,
            )

            parsed_image_result.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_image_result

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
