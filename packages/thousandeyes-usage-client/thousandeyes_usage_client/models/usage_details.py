# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_int,
    expect_list,
    expect_object,
    invalid,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocations import Allocations
    from ..models.endpoint_agent_embedded_usage import EndpointAgentEmbeddedUsage
    from ..models.endpoint_agent_essentials_usage import EndpointAgentEssentialsUsage
    from ..models.endpoint_agent_usage import EndpointAgentUsage
    from ..models.enterprise_agent_unit_usage import EnterpriseAgentUnitUsage
    from ..models.enterprise_agent_usage import EnterpriseAgentUsage
    from ..models.quota import Quota
    from ..models.test_usage import TestUsage


@_attrs_define
class UsageDetails:
    """Usage figures for the usage period."""

    quota: Quota | Unset = UNSET
    """ Quotas included in the contract for the usage period. """
    cloud_units_used: int | Unset = UNSET
    """ Number of cloud units consumed thus far in the usage period. """
    cloud_units_projected: int | Unset = UNSET
    """ Number of cloud units projected in the current usage period, based on units consumed to date and
    configuration of enabled tests. This value is updated hourly. """
    cloud_units_next_billing_period: int | Unset = UNSET
    """ Number of cloud units projected in the upcoming usage period, based on configuration of enabled tests. This
    value is updated hourly. """
    enterprise_units_used: int | Unset = UNSET
    """ Number of enterprise units consumed in the usage period. Returns non-zero value only for organizations with
    metered billing. """
    enterprise_units_projected: int | Unset = UNSET
    """ Number of enterprise units projected in the current usage period, based on units consumed to date and
    configuration of enabled tests. This value is updated hourly. Returns non-zero value only for organizations with
    metered billing. """
    enterprise_units_next_billing_period: int | Unset = UNSET
    """ Projected number of enterprise units for the upcoming usage period, based on the configuration of enabled
    tests. This value is updated hourly and returns a non-zero value only for organizations with metered billing.
    """
    connected_devices_units_used: int | Unset = UNSET
    """ Number of connected device units consumed in the usage period. """
    connected_devices_units_projected: int | Unset = UNSET
    """ Projected number of connected device units for the current usage period. This projection is based on the
    units consumed to date and the configuration of enabled tests. The value is updated hourly. """
    connected_devices_units_next_billing_period: int | Unset = UNSET
    """ Projected number of connected device units for the upcoming usage period. This projection is based on the
    configuration of enabled tests and is updated hourly. """
    endpoint_agents_used: int | Unset = UNSET
    """ Number of endpoint agents used in the current usage period. This number is calculated by taking the maximum
    number of agents enabled for any one-hour period in the usage period. Disabled agents are excluded from this
    calculation. """
    endpoint_agents_essentials_used: int | Unset = UNSET
    """ Number of endpoint agents essentials used in the current usage period. This number is calculated by taking
    the maximum number of agents enabled for any one-hour period in the usage period. Disabled agents are excluded
    from this calculation. """
    endpoint_agents_embedded_used: int | Unset = UNSET
    """ Number of embedded endpoint agents used in the current usage period. This number is calculated by taking the
    maximum number of agents enabled for any one-hour period in the usage period. Disabled agents are excluded from
    this calculation. """
    enterprise_agents_used: int | Unset = UNSET
    """ Number of enterprise agents used in the current usage period. This number is calculated by taking the
    maximum number of agents enabled for any one-hour period in the usage period. Disabled agents are excluded from
    this calculation. """
    tests: list[TestUsage] | Unset = UNSET
    """ A breakdown of unit consumption for each test during the current monthly period. Each entry provides
    information about both the current actual usage and the projected usage. Present with `expand=test`. """
    enterprise_agent_units: list[EnterpriseAgentUnitUsage] | Unset = UNSET
    """ A breakdown of enterprise unit consumption for each agent during the current monthly period. Each entry
    provides data for both the current actual usage and the projected usage. Returns non-zero values for
    organizations with metered billing. Present with `expand=enterprise-agent-unit`. """
    endpoint_agents: list[EndpointAgentUsage] | Unset = UNSET
    """ Endpoint agents used by account group. Present with `expand=endpoint-agent`. """
    endpoint_agents_essentials: list[EndpointAgentEssentialsUsage] | Unset = UNSET
    """ Endpoint agents essentials used by account group. Present with `expand=endpoint-agent-essential`. """
    endpoint_agents_embedded: list[EndpointAgentEmbeddedUsage] | Unset = UNSET
    """ Endpoint agents embedded used by account group. Present with `expand=endpoint-agent-embedded`. """
    enterprise_agents: list[EnterpriseAgentUsage] | Unset = UNSET
    """ Enterprise agents used by account group. Present with `expand=enterprise-agent`. """
    allocations: Allocations | Unset = UNSET
    """ Summary of allocation units. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota, Unset):
            quota = self.quota.to_dict()

        cloud_units_used = self.cloud_units_used

        cloud_units_projected = self.cloud_units_projected

        cloud_units_next_billing_period = self.cloud_units_next_billing_period

        enterprise_units_used = self.enterprise_units_used

        enterprise_units_projected = self.enterprise_units_projected

        enterprise_units_next_billing_period = self.enterprise_units_next_billing_period

        connected_devices_units_used = self.connected_devices_units_used

        connected_devices_units_projected = self.connected_devices_units_projected

        connected_devices_units_next_billing_period = self.connected_devices_units_next_billing_period

        endpoint_agents_used = self.endpoint_agents_used

        endpoint_agents_essentials_used = self.endpoint_agents_essentials_used

        endpoint_agents_embedded_used = self.endpoint_agents_embedded_used

        enterprise_agents_used = self.enterprise_agents_used

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        enterprise_agent_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enterprise_agent_units, Unset):
            enterprise_agent_units = []
            for enterprise_agent_units_item_data in self.enterprise_agent_units:
                enterprise_agent_units_item = enterprise_agent_units_item_data.to_dict()
                enterprise_agent_units.append(enterprise_agent_units_item)

        endpoint_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoint_agents, Unset):
            endpoint_agents = []
            for endpoint_agents_item_data in self.endpoint_agents:
                endpoint_agents_item = endpoint_agents_item_data.to_dict()
                endpoint_agents.append(endpoint_agents_item)

        endpoint_agents_essentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoint_agents_essentials, Unset):
            endpoint_agents_essentials = []
            for endpoint_agents_essentials_item_data in self.endpoint_agents_essentials:
                endpoint_agents_essentials_item = endpoint_agents_essentials_item_data.to_dict()
                endpoint_agents_essentials.append(endpoint_agents_essentials_item)

        endpoint_agents_embedded: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoint_agents_embedded, Unset):
            endpoint_agents_embedded = []
            for endpoint_agents_embedded_item_data in self.endpoint_agents_embedded:
                endpoint_agents_embedded_item = endpoint_agents_embedded_item_data.to_dict()
                endpoint_agents_embedded.append(endpoint_agents_embedded_item)

        enterprise_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enterprise_agents, Unset):
            enterprise_agents = []
            for enterprise_agents_item_data in self.enterprise_agents:
                enterprise_agents_item = enterprise_agents_item_data.to_dict()
                enterprise_agents.append(enterprise_agents_item)

        allocations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = self.allocations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if quota is not UNSET:
            field_dict["quota"] = quota
        if cloud_units_used is not UNSET:
            field_dict["cloudUnitsUsed"] = cloud_units_used
        if cloud_units_projected is not UNSET:
            field_dict["cloudUnitsProjected"] = cloud_units_projected
        if cloud_units_next_billing_period is not UNSET:
            field_dict["cloudUnitsNextBillingPeriod"] = cloud_units_next_billing_period
        if enterprise_units_used is not UNSET:
            field_dict["enterpriseUnitsUsed"] = enterprise_units_used
        if enterprise_units_projected is not UNSET:
            field_dict["enterpriseUnitsProjected"] = enterprise_units_projected
        if enterprise_units_next_billing_period is not UNSET:
            field_dict["enterpriseUnitsNextBillingPeriod"] = enterprise_units_next_billing_period
        if connected_devices_units_used is not UNSET:
            field_dict["connectedDevicesUnitsUsed"] = connected_devices_units_used
        if connected_devices_units_projected is not UNSET:
            field_dict["connectedDevicesUnitsProjected"] = connected_devices_units_projected
        if connected_devices_units_next_billing_period is not UNSET:
            field_dict["connectedDevicesUnitsNextBillingPeriod"] = connected_devices_units_next_billing_period
        if endpoint_agents_used is not UNSET:
            field_dict["endpointAgentsUsed"] = endpoint_agents_used
        if endpoint_agents_essentials_used is not UNSET:
            field_dict["endpointAgentsEssentialsUsed"] = endpoint_agents_essentials_used
        if endpoint_agents_embedded_used is not UNSET:
            field_dict["endpointAgentsEmbeddedUsed"] = endpoint_agents_embedded_used
        if enterprise_agents_used is not UNSET:
            field_dict["enterpriseAgentsUsed"] = enterprise_agents_used
        if tests is not UNSET:
            field_dict["tests"] = tests
        if enterprise_agent_units is not UNSET:
            field_dict["enterpriseAgentUnits"] = enterprise_agent_units
        if endpoint_agents is not UNSET:
            field_dict["endpointAgents"] = endpoint_agents
        if endpoint_agents_essentials is not UNSET:
            field_dict["endpointAgentsEssentials"] = endpoint_agents_essentials
        if endpoint_agents_embedded is not UNSET:
            field_dict["endpointAgentsEmbedded"] = endpoint_agents_embedded
        if enterprise_agents is not UNSET:
            field_dict["enterpriseAgents"] = enterprise_agents
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "quota"
            _quota = d.pop("quota", UNSET)
            quota: Quota | Unset
            quota = UNSET if isinstance(_quota, Unset) else Quota.from_dict(_quota)

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

            _at = "cloudUnitsNextBillingPeriod"
            _cloud_units_next_billing_period = d.pop("cloudUnitsNextBillingPeriod", UNSET)
            cloud_units_next_billing_period: int | Unset
            if isinstance(_cloud_units_next_billing_period, Unset):
                cloud_units_next_billing_period = UNSET
            else:
                cloud_units_next_billing_period = expect_int(_cloud_units_next_billing_period)

            _at = "enterpriseUnitsUsed"
            _enterprise_units_used = d.pop("enterpriseUnitsUsed", UNSET)
            enterprise_units_used: int | Unset
            if isinstance(_enterprise_units_used, Unset):
                enterprise_units_used = UNSET
            else:
                enterprise_units_used = expect_int(_enterprise_units_used)

            _at = "enterpriseUnitsProjected"
            _enterprise_units_projected = d.pop("enterpriseUnitsProjected", UNSET)
            enterprise_units_projected: int | Unset
            if isinstance(_enterprise_units_projected, Unset):
                enterprise_units_projected = UNSET
            else:
                enterprise_units_projected = expect_int(_enterprise_units_projected)

            _at = "enterpriseUnitsNextBillingPeriod"
            _enterprise_units_next_billing_period = d.pop("enterpriseUnitsNextBillingPeriod", UNSET)
            enterprise_units_next_billing_period: int | Unset
            if isinstance(_enterprise_units_next_billing_period, Unset):
                enterprise_units_next_billing_period = UNSET
            else:
                enterprise_units_next_billing_period = expect_int(_enterprise_units_next_billing_period)

            _at = "connectedDevicesUnitsUsed"
            _connected_devices_units_used = d.pop("connectedDevicesUnitsUsed", UNSET)
            connected_devices_units_used: int | Unset
            if isinstance(_connected_devices_units_used, Unset):
                connected_devices_units_used = UNSET
            else:
                connected_devices_units_used = expect_int(_connected_devices_units_used)

            _at = "connectedDevicesUnitsProjected"
            _connected_devices_units_projected = d.pop("connectedDevicesUnitsProjected", UNSET)
            connected_devices_units_projected: int | Unset
            if isinstance(_connected_devices_units_projected, Unset):
                connected_devices_units_projected = UNSET
            else:
                connected_devices_units_projected = expect_int(_connected_devices_units_projected)

            _at = "connectedDevicesUnitsNextBillingPeriod"
            _connected_devices_units_next_billing_period = d.pop("connectedDevicesUnitsNextBillingPeriod", UNSET)
            connected_devices_units_next_billing_period: int | Unset
            if isinstance(_connected_devices_units_next_billing_period, Unset):
                connected_devices_units_next_billing_period = UNSET
            else:
                connected_devices_units_next_billing_period = expect_int(_connected_devices_units_next_billing_period)

            _at = "endpointAgentsUsed"
            _endpoint_agents_used = d.pop("endpointAgentsUsed", UNSET)
            endpoint_agents_used: int | Unset
            if isinstance(_endpoint_agents_used, Unset):
                endpoint_agents_used = UNSET
            else:
                endpoint_agents_used = expect_int(_endpoint_agents_used)

            _at = "endpointAgentsEssentialsUsed"
            _endpoint_agents_essentials_used = d.pop("endpointAgentsEssentialsUsed", UNSET)
            endpoint_agents_essentials_used: int | Unset
            if isinstance(_endpoint_agents_essentials_used, Unset):
                endpoint_agents_essentials_used = UNSET
            else:
                endpoint_agents_essentials_used = expect_int(_endpoint_agents_essentials_used)

            _at = "endpointAgentsEmbeddedUsed"
            _endpoint_agents_embedded_used = d.pop("endpointAgentsEmbeddedUsed", UNSET)
            endpoint_agents_embedded_used: int | Unset
            if isinstance(_endpoint_agents_embedded_used, Unset):
                endpoint_agents_embedded_used = UNSET
            else:
                endpoint_agents_embedded_used = expect_int(_endpoint_agents_embedded_used)

            _at = "enterpriseAgentsUsed"
            _enterprise_agents_used = d.pop("enterpriseAgentsUsed", UNSET)
            enterprise_agents_used: int | Unset
            if isinstance(_enterprise_agents_used, Unset):
                enterprise_agents_used = UNSET
            else:
                enterprise_agents_used = expect_int(_enterprise_agents_used)

            _at = "tests"
            _tests = d.pop("tests", UNSET)
            tests: list[TestUsage] | Unset = UNSET
            if _tests is not UNSET:
                tests = []
                for tests_index, tests_item_data in enumerate(expect_list(_tests)):
                    try:
                        tests_item = TestUsage.from_dict(tests_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(tests_index, error) from None
                    tests.append(tests_item)

            _at = "enterpriseAgentUnits"
            _enterprise_agent_units = d.pop("enterpriseAgentUnits", UNSET)
            enterprise_agent_units: list[EnterpriseAgentUnitUsage] | Unset = UNSET
            if _enterprise_agent_units is not UNSET:
                enterprise_agent_units = []
                for enterprise_agent_units_index, enterprise_agent_units_item_data in enumerate(
                    expect_list(_enterprise_agent_units)
                ):
                    try:
                        enterprise_agent_units_item = EnterpriseAgentUnitUsage.from_dict(
                            enterprise_agent_units_item_data
                        )

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(enterprise_agent_units_index, error) from None
                    enterprise_agent_units.append(enterprise_agent_units_item)

            _at = "endpointAgents"
            _endpoint_agents = d.pop("endpointAgents", UNSET)
            endpoint_agents: list[EndpointAgentUsage] | Unset = UNSET
            if _endpoint_agents is not UNSET:
                endpoint_agents = []
                for endpoint_agents_index, endpoint_agents_item_data in enumerate(expect_list(_endpoint_agents)):
                    try:
                        endpoint_agents_item = EndpointAgentUsage.from_dict(endpoint_agents_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(endpoint_agents_index, error) from None
                    endpoint_agents.append(endpoint_agents_item)

            _at = "endpointAgentsEssentials"
            _endpoint_agents_essentials = d.pop("endpointAgentsEssentials", UNSET)
            endpoint_agents_essentials: list[EndpointAgentEssentialsUsage] | Unset = UNSET
            if _endpoint_agents_essentials is not UNSET:
                endpoint_agents_essentials = []
                for endpoint_agents_essentials_index, endpoint_agents_essentials_item_data in enumerate(
                    expect_list(_endpoint_agents_essentials)
                ):
                    try:
                        endpoint_agents_essentials_item = EndpointAgentEssentialsUsage.from_dict(
                            endpoint_agents_essentials_item_data
                        )

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(endpoint_agents_essentials_index, error) from None
                    endpoint_agents_essentials.append(endpoint_agents_essentials_item)

            _at = "endpointAgentsEmbedded"
            _endpoint_agents_embedded = d.pop("endpointAgentsEmbedded", UNSET)
            endpoint_agents_embedded: list[EndpointAgentEmbeddedUsage] | Unset = UNSET
            if _endpoint_agents_embedded is not UNSET:
                endpoint_agents_embedded = []
                for endpoint_agents_embedded_index, endpoint_agents_embedded_item_data in enumerate(
                    expect_list(_endpoint_agents_embedded)
                ):
                    try:
                        endpoint_agents_embedded_item = EndpointAgentEmbeddedUsage.from_dict(
                            endpoint_agents_embedded_item_data
                        )

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(endpoint_agents_embedded_index, error) from None
                    endpoint_agents_embedded.append(endpoint_agents_embedded_item)

            _at = "enterpriseAgents"
            _enterprise_agents = d.pop("enterpriseAgents", UNSET)
            enterprise_agents: list[EnterpriseAgentUsage] | Unset = UNSET
            if _enterprise_agents is not UNSET:
                enterprise_agents = []
                for enterprise_agents_index, enterprise_agents_item_data in enumerate(expect_list(_enterprise_agents)):
                    try:
                        enterprise_agents_item = EnterpriseAgentUsage.from_dict(enterprise_agents_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(enterprise_agents_index, error) from None
                    enterprise_agents.append(enterprise_agents_item)

            _at = "allocations"
            _allocations = d.pop("allocations", UNSET)
            allocations: Allocations | Unset
            allocations = UNSET if isinstance(_allocations, Unset) else Allocations.from_dict(_allocations)

            parsed_usage_details = cls(
                quota=quota,
                cloud_units_used=cloud_units_used,
                cloud_units_projected=cloud_units_projected,
                cloud_units_next_billing_period=cloud_units_next_billing_period,
                enterprise_units_used=enterprise_units_used,
                enterprise_units_projected=enterprise_units_projected,
                enterprise_units_next_billing_period=enterprise_units_next_billing_period,
                connected_devices_units_used=connected_devices_units_used,
                connected_devices_units_projected=connected_devices_units_projected,
                connected_devices_units_next_billing_period=connected_devices_units_next_billing_period,
                endpoint_agents_used=endpoint_agents_used,
                endpoint_agents_essentials_used=endpoint_agents_essentials_used,
                endpoint_agents_embedded_used=endpoint_agents_embedded_used,
                enterprise_agents_used=enterprise_agents_used,
                tests=tests,
                enterprise_agent_units=enterprise_agent_units,
                endpoint_agents=endpoint_agents,
                endpoint_agents_essentials=endpoint_agents_essentials,
                endpoint_agents_embedded=endpoint_agents_embedded,
                enterprise_agents=enterprise_agents,
                allocations=allocations,
            )

            parsed_usage_details.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_usage_details

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


from ..models.allocations import Allocations  # noqa: E402
from ..models.endpoint_agent_embedded_usage import EndpointAgentEmbeddedUsage  # noqa: E402
from ..models.endpoint_agent_essentials_usage import EndpointAgentEssentialsUsage  # noqa: E402
from ..models.endpoint_agent_usage import EndpointAgentUsage  # noqa: E402
from ..models.enterprise_agent_unit_usage import EnterpriseAgentUnitUsage  # noqa: E402
from ..models.enterprise_agent_usage import EnterpriseAgentUsage  # noqa: E402
from ..models.quota import Quota  # noqa: E402
from ..models.test_usage import TestUsage  # noqa: E402
