# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum


class TestStatus(StrEnum):
    FAILED = "failed"
    FINISHED = "finished"
    GENERATING_QUESTIONS = "generating_questions"
    RECORD_CREATED = "record_created"

    def __str__(self) -> str:
        return str(self.value)
