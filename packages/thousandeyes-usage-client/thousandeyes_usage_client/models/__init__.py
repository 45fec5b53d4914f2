# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .allocation import Allocation
from .allocations import Allocations
from .endpoint_agent_embedded_usage import EndpointAgentEmbeddedUsage
from .endpoint_agent_essentials_usage import EndpointAgentEssentialsUsage
from .endpoint_agent_usage import EndpointAgentUsage
from .enterprise_agent_unit_usage import EnterpriseAgentUnitUsage
from .enterprise_agent_usage import EnterpriseAgentUsage
from .error import Error
from .expand import Expand
from .link import Link
from .quota import Quota
from .self_links import SelfLinks
from .test_usage import TestUsage
from .unauthorized_error import UnauthorizedError
from .usage import Usage
from .usage_details import UsageDetails
from .validation_error import ValidationError
from .validation_error_item import ValidationErrorItem

__all__ = (
    "Allocation",
    "Allocations",
    "EndpointAgentEmbeddedUsage",
    "EndpointAgentEssentialsUsage",
    "EndpointAgentUsage",
    "EnterpriseAgentUnitUsage",
    "EnterpriseAgentUsage",
    "Error",
    "Expand",
    "Link",
    "Quota",
    "SelfLinks",
    "TestUsage",
    "UnauthorizedError",
    "Usage",
    "UsageDetails",
    "ValidationError",
    "ValidationErrorItem",
)
