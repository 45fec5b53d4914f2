# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum


class ScoreRunStatus(StrEnum):
    FAILED = "failed"
    FINISHED = "finished"
    IMAGE_UPLOADING = "image_uploading"
    RECORD_CREATED = "record_created"
    SCORING = "scoring"

    def __str__(self) -> str:
        return str(self.value)
