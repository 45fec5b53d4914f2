# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .errors import Errors
from .not_found_error import NotFoundError
from .single_error import SingleError
from .single_error_source import SingleErrorSource
from .usage import Usage
from .usage_usage import UsageUsage

__all__ = (
    "Errors",
    "NotFoundError",
    "SingleError",
    "SingleErrorSource",
    "Usage",
    "UsageUsage",
)
