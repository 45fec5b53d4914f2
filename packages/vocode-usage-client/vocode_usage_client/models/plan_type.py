# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum


class PlanType(StrEnum):
    DEVELOPER = "developer"
    ENTERPRISE = "enterprise"
    FREE = "free"

    def __str__(self) -> str:
        return str(self.value)
