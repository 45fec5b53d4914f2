# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageUsage")


@_attrs_define
class UsageUsage:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        current_period_start = d.pop("currentPeriodStart")

        current_period_end = d.pop("currentPeriodEnd")

        stub_called_count = d.pop("stubCalledCount")

        organisation_member_count = d.pop("organisationMemberCount")

        invitation_count = d.pop("invitationCount")

        def _parse_seat_limit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        seat_limit = _parse_seat_limit(d.pop("seatLimit"))

        total_mock_api_count = d.pop("totalMockApiCount")

        total_data_source_count = d.pop("totalDataSourceCount")

        total_database_connection_count = d.pop("totalDatabaseConnectionCount")

        own_mock_api_count = d.pop("ownMockApiCount")

        team_mock_api_count = d.pop("teamMockApiCount")

        collaborator_count = d.pop("collaboratorCount")

        total_seat_count = d.pop("totalSeatCount")

        team_member_count = d.pop("teamMemberCount")

        total_team_count = d.pop("totalTeamCount")

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
