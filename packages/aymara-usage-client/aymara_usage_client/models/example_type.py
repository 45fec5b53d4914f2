# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum


class ExampleType(StrEnum):
    BAD = "bad"
    GOOD = "good"

    def __str__(self) -> str:
        return str(self.value)
