# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_list,
    expect_object,
    invalid,
)
from ..errors import ResponseValidationError

if TYPE_CHECKING:
    from ..models.numbered_record_page_meta import NumberedRecordPageMeta
    from ..models.record import Record


@_attrs_define
class NumberedRecordPage:
    """`NumberedRecordPage`."""

    data: list[Record]
    meta: NumberedRecordPageMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "data"
            data = []
            for data_index, data_item_data in enumerate(expect_list(d.pop("data"))):
                try:
                    data_item = Record.from_dict(data_item_data)

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                    raise invalid(data_index, error) from None
                data.append(data_item)

            _at = "meta"
            meta = NumberedRecordPageMeta.from_dict(d.pop("meta"))

            parsed_numbered_record_page = cls(
                data=data,
                meta=meta,
            )

            parsed_numbered_record_page.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_numbered_record_page

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


from ..models.numbered_record_page_meta import NumberedRecordPageMeta  # noqa: E402
from ..models.record import Record  # noqa: E402
