# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .http_error import HTTPError
from .plan_type import PlanType
from .usage import Usage

__all__ = (
    "HTTPError",
    "PlanType",
    "Usage",
)
