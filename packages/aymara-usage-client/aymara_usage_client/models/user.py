# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

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

if TYPE_CHECKING:
    from ..models.feature_flags import FeatureFlags
    from ..models.organization import Organization


@_attrs_define
class User:
    """The user who created the score run."""

    email: str
    is_admin: bool
    is_impersonating: bool
    feature_flags: FeatureFlags
    """ Feature flags of a user. """
    organization: Organization | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_admin = self.is_admin

        is_impersonating = self.is_impersonating

        feature_flags = self.feature_flags.to_dict()

        organization: dict[str, Any] | Unset | None
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "is_admin": is_admin,
                "is_impersonating": is_impersonating,
                "feature_flags": feature_flags,
            }
        )
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "email"
            email = expect_str(d.pop("email"))

            _at = "is_admin"
            is_admin = expect_bool(d.pop("is_admin"))

            _at = "is_impersonating"
            is_impersonating = expect_bool(d.pop("is_impersonating"))

            _at = "feature_flags"
            feature_flags = FeatureFlags.from_dict(d.pop("feature_flags"))

            _at = "organization"
            _organization = d.pop("organization", UNSET)
            organization: Organization | Unset | None = (
                _organization
                if _organization is None or isinstance(_organization, Unset)
                else Organization.from_dict(_organization)
            )

            parsed_user = cls(
                email=email,
                is_admin=is_admin,
                is_impersonating=is_impersonating,
                feature_flags=feature_flags,
                organization=organization,
            )

            parsed_user.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_user

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


from ..models.feature_flags import FeatureFlags  # noqa: E402
from ..models.organization import Organization  # noqa: E402
