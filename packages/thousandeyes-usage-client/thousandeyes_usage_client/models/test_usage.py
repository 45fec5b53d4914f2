# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
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
from ..types import UNSET, Unset


@_attrs_define
class TestUsage:
    """Unit consumption of one test."""

    aid: str | Unset = UNSET
    """ Unique identifier of the account group which owns the test. """
    account_group_name: str | Unset = UNSET
    """ Name of the account group which owns the test. """
    test_id: str | Unset = UNSET
    """ Unique identifier of the test generating usage. """
    test_name: str | Unset = UNSET
    """ Name of the test generating usage. """
    test_type: str | Unset = UNSET
    """ The type of test that generated the usage data. Note that this parameter provides a user-friendly
    description of the test type and should not be parsed to determine the endpoint for querying configuration
    details. """
    cloud_units_used: int | Unset = UNSET
    """ Number of cloud units that the test has consumed in the usage period. """
    cloud_units_projected: int | Unset = UNSET
    """ The estimated number of cloud units that the test is expected to consume during the usage period. This
    estimate is determined by considering the units consumed up to the current time and the test's configuration.
    It's important to note that this value is updated every hour. For new tests, the `cloudUnitsProjected` parameter
    is absent until the projection is calculated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aid = self.aid

        account_group_name = self.account_group_name

        test_id = self.test_id

        test_name = self.test_name

        test_type = self.test_type

        cloud_units_used = self.cloud_units_used

        cloud_units_projected = self.cloud_units_projected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if aid is not UNSET:
            field_dict["aid"] = aid
        if account_group_name is not UNSET:
            field_dict["accountGroupName"] = account_group_name
        if test_id is not UNSET:
            field_dict["testId"] = test_id
        if test_name is not UNSET:
            field_dict["testName"] = test_name
        if test_type is not UNSET:
            field_dict["testType"] = test_type
        if cloud_units_used is not UNSET:
            field_dict["cloudUnitsUsed"] = cloud_units_used
        if cloud_units_projected is not UNSET:
            field_dict["cloudUnitsProjected"] = cloud_units_projected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "aid"
            _aid = d.pop("aid", UNSET)
            aid: str | Unset
            aid = UNSET if isinstance(_aid, Unset) else expect_str(_aid)

            _at = "accountGroupName"
            _account_group_name = d.pop("accountGroupName", UNSET)
            account_group_name: str | Unset
            account_group_name = UNSET if isinstance(_account_group_name, Unset) else expect_str(_account_group_name)

            _at = "testId"
            _test_id = d.pop("testId", UNSET)
            test_id: str | Unset
            test_id = UNSET if isinstance(_test_id, Unset) else expect_str(_test_id)

            _at = "testName"
            _test_name = d.pop("testName", UNSET)
            test_name: str | Unset
            test_name = UNSET if isinstance(_test_name, Unset) else expect_str(_test_name)

            _at = "testType"
            _test_type = d.pop("testType", UNSET)
            test_type: str | Unset
            test_type = UNSET if isinstance(_test_type, Unset) else expect_str(_test_type)

            _at = "cloudUnitsUsed"
            _cloud_units_used = d.pop("cloudUnitsUsed", UNSET)
            cloud_units_used: int | Unset
            cloud_units_used = UNSET if isinstance(_cloud_units_used, Unset) else expect_int(_cloud_units_used)

            _at = "cloudUnitsProjected"
            _cloud_units_projected = d.pop("cloudUnitsProjected", UNSET)
            cloud_units_projected: int | Unset
            if isinstance(_cloud_units_projected, Unset):
                cloud_units_projected = UNSET
            else:
                cloud_units_projected = expect_int(_cloud_units_projected)

            parsed_test_usage = cls(
                aid=aid,
                account_group_name=account_group_name,
                test_id=test_id,
                test_name=test_name,
                test_type=test_type,
                cloud_units_used=cloud_units_used,
                cloud_units_projected=cloud_units_projected,
            )

            parsed_test_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_test_usage

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
