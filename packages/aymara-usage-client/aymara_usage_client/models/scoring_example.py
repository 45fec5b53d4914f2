# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..models.scoring_example_type import ScoringExampleType


@_attrs_define
class ScoringExample:
    """A scored question/answer example of a score run."""

    example_uuid: str
    question_text: str
    answer_text: str
    explanation: str
    example_type: ScoringExampleType
    """ Whether the scoring example passes or fails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        example_uuid = self.example_uuid

        question_text = self.question_text

        answer_text = self.answer_text

        explanation = self.explanation

        example_type = self.example_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "example_uuid": example_uuid,
                "question_text": question_text,
                "answer_text": answer_text,
                "explanation": explanation,
                "example_type": example_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "example_uuid"
            example_uuid = expect_str(d.pop("example_uuid"))

            _at = "question_text"
            question_text = expect_str(d.pop("question_text"))

            _at = "answer_text"
            answer_text = expect_str(d.pop("answer_text"))

            _at = "explanation"
            explanation = expect_str(d.pop("explanation"))

            _at = "example_type"
            example_type = ScoringExampleType(d.pop("example_type"))

            parsed_scoring_example = cls(
                example_uuid=example_uuid,
                question_text=question_text,
                answer_text=answer_text,
                explanation=explanation,
                example_type=example_type,
            )

            parsed_scoring_example.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_scoring_example

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
