# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum


class TestType(StrEnum):
    ACCURACY = "accuracy"
    IMAGE_SAFETY = "image_safety"
    JAILBREAK = "jailbreak"
    SAFETY = "safety"

    def __str__(self) -> str:
        return str(self.value)
