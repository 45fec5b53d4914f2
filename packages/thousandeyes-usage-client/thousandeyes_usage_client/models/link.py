# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_bool,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset


@_attrs_define
class Link:
    """A hyperlink from the containing resource to a URI."""

    href: str
    """ Its value is either a URI [RFC3986] or a URI template [RFC6570]. """
    templated: bool | Unset = UNSET
    """ Should be true when the link object's "href" property is a URI template. """
    type_: str | Unset = UNSET
    """ Used as a hint to indicate the media type expected when dereferencing the target resource. """
    deprecation: str | Unset = UNSET
    """ Its presence indicates that the link is to be deprecated at a future date. Its value is a URL that should
    provide further information about the deprecation. """
    name: str | Unset = UNSET
    """ Its value may be used as a secondary key for selecting link objects that share the same relation type. """
    profile: str | Unset = UNSET
    """ A URI that hints about the profile of the target resource. """
    title: str | Unset = UNSET
    """ Intended for labelling the link with a human-readable identifier """
    hreflang: str | Unset = UNSET
    """ Indicates the language of the target resource """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        templated = self.templated

        type_ = self.type_

        deprecation = self.deprecation

        name = self.name

        profile = self.profile

        title = self.title

        hreflang = self.hreflang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if templated is not UNSET:
            field_dict["templated"] = templated
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deprecation is not UNSET:
            field_dict["deprecation"] = deprecation
        if name is not UNSET:
            field_dict["name"] = name
        if profile is not UNSET:
            field_dict["profile"] = profile
        if title is not UNSET:
            field_dict["title"] = title
        if hreflang is not UNSET:
            field_dict["hreflang"] = hreflang

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "href"
            href = expect_str(d.pop("href"))

            _at = "templated"
            _templated = d.pop("templated", UNSET)
            templated: bool | Unset
            templated = UNSET if isinstance(_templated, Unset) else expect_bool(_templated)

            _at = "type"
            _type_ = d.pop("type", UNSET)
            type_: str | Unset
            type_ = UNSET if isinstance(_type_, Unset) else expect_str(_type_)

            _at = "deprecation"
            _deprecation = d.pop("deprecation", UNSET)
            deprecation: str | Unset
            deprecation = UNSET if isinstance(_deprecation, Unset) else expect_str(_deprecation)

            _at = "name"
            _name = d.pop("name", UNSET)
            name: str | Unset
            name = UNSET if isinstance(_name, Unset) else expect_str(_name)

            _at = "profile"
            _profile = d.pop("profile", UNSET)
            profile: str | Unset
            profile = UNSET if isinstance(_profile, Unset) else expect_str(_profile)

            _at = "title"
            _title = d.pop("title", UNSET)
            title: str | Unset
            title = UNSET if isinstance(_title, Unset) else expect_str(_title)

            _at = "hreflang"
            _hreflang = d.pop("hreflang", UNSET)
            hreflang: str | Unset
            hreflang = UNSET if isinstance(_hreflang, Unset) else expect_str(_hreflang)

            parsed_link = cls(
                href=href,
                templated=templated,
                type_=type_,
                deprecation=deprecation,
                name=name,
                profile=profile,
                title=title,
                hreflang=hreflang,
            )

            parsed_link.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_link

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
