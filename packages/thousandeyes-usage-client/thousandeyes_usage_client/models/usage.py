# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_object,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.self_links import SelfLinks
    from ..models.usage_details import UsageDetails


@_attrs_define
class Usage:
    """Usage data of the organization."""

    usage: UsageDetails | Unset = UNSET
    """ Usage figures for the usage period. """
    field_links: SelfLinks | Unset = UNSET
    """ A links object containing the self link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if usage is not UNSET:
            field_dict["usage"] = usage
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "usage"
            _usage = d.pop("usage", UNSET)
            usage: UsageDetails | Unset
            usage = UNSET if isinstance(_usage, Unset) else UsageDetails.from_dict(_usage)

            _at = "_links"
            _field_links = d.pop("_links", UNSET)
            field_links: SelfLinks | Unset
            field_links = UNSET if isinstance(_field_links, Unset) else SelfLinks.from_dict(_field_links)

            parsed_usage = cls(
                usage=usage,
                field_links=field_links,
            )

            parsed_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_usage

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


from ..models.self_links import SelfLinks  # noqa: E402
from ..models.usage_details import UsageDetails  # noqa: E402
