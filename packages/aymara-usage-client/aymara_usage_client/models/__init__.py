# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .billing_cycle_usage import BillingCycleUsage
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .example import Example
from .example_type import ExampleType
from .feature_flags import FeatureFlags
from .modality import Modality
from .organization import Organization
from .score_run import ScoreRun
from .score_run_status import ScoreRunStatus
from .scoring_example import ScoringExample
from .scoring_example_type import ScoringExampleType
from .test import Test
from .test_status import TestStatus
from .usage_response import UsageResponse
from .usage_response_test_type_displays import UsageResponseTestTypeDisplays
from .user import User

__all__ = (
    "BillingCycleUsage",
    "ErrorDetail",
    "ErrorResponse",
    "Example",
    "ExampleType",
    "FeatureFlags",
    "Modality",
    "Organization",
    "ScoreRun",
    "ScoreRunStatus",
    "ScoringExample",
    "ScoringExampleType",
    "Test",
    "TestStatus",
    "UsageResponse",
    "UsageResponseTestTypeDisplays",
    "User",
)
