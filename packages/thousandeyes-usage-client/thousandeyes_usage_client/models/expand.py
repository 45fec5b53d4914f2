# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum


class Expand(StrEnum):
    ENDPOINT_AGENT = "endpoint-agent"
    ENDPOINT_AGENT_EMBEDDED = "endpoint-agent-embedded"
    ENDPOINT_AGENT_ESSENTIAL = "endpoint-agent-essential"
    ENTERPRISE_AGENT = "enterprise-agent"
    ENTERPRISE_AGENT_UNIT = "enterprise-agent-unit"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
