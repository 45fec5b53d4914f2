# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_float,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError


@_attrs_define
class UsageUsage:
    """`UsageUsage`."""

    id: str
    current_period_start: str
    current_period_end: str
    stub_called_count: float
    organisation_member_count: float
    invitation_count: float
    seat_limit: float | None
    total_mock_api_count: float
    total_data_source_count: float
    total_database_connection_count: float
    own_mock_api_count: float
    team_mock_api_count: float
    collaborator_count: float
    total_seat_count: float
    team_member_count: float
    total_team_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_period_start = self.current_period_start

        current_period_end = self.current_period_end

        stub_called_count = self.stub_called_count

        organisation_member_count = self.organisation_member_count

        invitation_count = self.invitation_count

        seat_limit: float | None
        seat_limit = self.seat_limit

        total_mock_api_count = self.total_mock_api_count

        total_data_source_count = self.total_data_source_count

        total_database_connection_count = self.total_database_connection_count

        own_mock_api_count = self.own_mock_api_count

        team_mock_api_count = self.team_mock_api_count

        collaborator_count = self.collaborator_count

        total_seat_count = self.total_seat_count

        team_member_count = self.team_member_count

        total_team_count = self.total_team_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currentPeriodStart": current_period_start,
                "currentPeriodEnd": current_period_end,
                "stubCalledCount": stub_called_count,
                "organisationMemberCount": organisation_member_count,
                "invitationCount": invitation_count,
                "seatLimit": seat_limit,
                "totalMockApiCount": total_mock_api_count,
                "totalDataSourceCount": total_data_source_count,
                "totalDatabaseConnectionCount": total_database_connection_count,
                "ownMockApiCount": own_mock_api_count,
                "teamMockApiCount": team_mock_api_count,
                "collaboratorCount": collaborator_count,
                "totalSeatCount": total_seat_count,
                "teamMemberCount": team_member_count,
                "totalTeamCount": total_team_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "id"
            id = expect_str(d.pop("id"))

            _at = "currentPeriodStart"
            current_period_start = expect_str(d.pop("currentPeriodStart"))

            _at = "currentPeriodEnd"
            current_period_end = expect_str(d.pop("currentPeriodEnd"))

            _at = "stubCalledCount"
            stub_called_count = expect_float(d.pop("stubCalledCount"))

            _at = "organisationMemberCount"
            organisation_member_count = expect_float(d.pop("organisationMemberCount"))

            _at = "invitationCount"
            invitation_count = expect_float(d.pop("invitationCount"))

            _at = "seatLimit"
            _seat_limit = d.pop("seatLimit")
            seat_limit: float | None = _seat_limit if _seat_limit is None else expect_float(_seat_limit)

            _at = "totalMockApiCount"
            total_mock_api_count = expect_float(d.pop("totalMockApiCount"))

            _at = "totalDataSourceCount"
            total_data_source_count = expect_float(d.pop("totalDataSourceCount"))

            _at = "totalDatabaseConnectionCount"
            total_database_connection_count = expect_float(d.pop("totalDatabaseConnectionCount"))

            _at = "ownMockApiCount"
            own_mock_api_count = expect_float(d.pop("ownMockApiCount"))

            _at = "teamMockApiCount"
            team_mock_api_count = expect_float(d.pop("teamMockApiCount"))

            _at = "collaboratorCount"
            collaborator_count = expect_float(d.pop("collaboratorCount"))

            _at = "totalSeatCount"
            total_seat_count = expect_float(d.pop("totalSeatCount"))

            _at = "teamMemberCount"
            team_member_count = expect_float(d.pop("teamMemberCount"))

            _at = "totalTeamCount"
            total_team_count = expect_float(d.pop("totalTeamCount"))

            parsed_usage_usage = cls(
                id=id,
                current_period_start=current_period_start,
                current_period_end=current_period_end,
                stub_called_count=stub_called_count,
                organisation_member_count=organisation_member_count,
                invitation_count=invitation_count,
                seat_limit=seat_limit,
                total_mock_api_count=total_mock_api_count,
                total_data_source_count=total_data_source_count,
                total_database_connection_count=total_database_connection_count,
                own_mock_api_count=own_mock_api_count,
                team_mock_api_count=team_mock_api_count,
                collaborator_count=collaborator_count,
                total_seat_count=total_seat_count,
                team_member_count=team_member_count,
                total_team_count=total_team_count,
            )

            parsed_usage_usage.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_usage_usage

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
