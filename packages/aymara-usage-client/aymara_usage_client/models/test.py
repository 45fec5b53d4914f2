# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_bool,
    expect_datetime,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..models.modality import Modality
from ..models.test_status import TestStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.example import Example


@_attrs_define
class Test:
    """A test that was scored."""

    test_uuid: str
    test_name: str
    test_status: TestStatus
    """ Test status. """
    test_type: str
    """ The kind of test, e.g. `safety`, `jailbreak`, `accuracy`, `image_safety`; the official SDK types it as a
    plain string, so new kinds arrive as they are. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    num_test_questions: int | Unset | None = UNSET
    is_jailbreak: bool | Unset = UNSET
    """ Whether the test is a jailbreak test. """
    modality: Modality | Unset = UNSET
    """ What the test's questions and answers are made of. """
    organization_name: str | Unset | None = UNSET
    test_system_prompt: str | Unset | None = UNSET
    test_policy: str | Unset | None = UNSET
    knowledge_base: str | Unset | None = UNSET
    additional_instructions: str | Unset | None = UNSET
    test_examples: list[Example] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_uuid = self.test_uuid

        test_name = self.test_name

        test_status = self.test_status.value

        test_type = self.test_type

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        num_test_questions: int | Unset | None
        num_test_questions = UNSET if isinstance(self.num_test_questions, Unset) else self.num_test_questions

        is_jailbreak = self.is_jailbreak

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        organization_name: str | Unset | None
        organization_name = UNSET if isinstance(self.organization_name, Unset) else self.organization_name

        test_system_prompt: str | Unset | None
        test_system_prompt = UNSET if isinstance(self.test_system_prompt, Unset) else self.test_system_prompt

        test_policy: str | Unset | None
        test_policy = UNSET if isinstance(self.test_policy, Unset) else self.test_policy

        knowledge_base: str | Unset | None
        knowledge_base = UNSET if isinstance(self.knowledge_base, Unset) else self.knowledge_base

        additional_instructions: str | Unset | None
        if isinstance(self.additional_instructions, Unset):
            additional_instructions = UNSET
        else:
            additional_instructions = self.additional_instructions

        test_examples: list[dict[str, Any]] | Unset | None
        if isinstance(self.test_examples, Unset):
            test_examples = UNSET
        elif isinstance(self.test_examples, list):
            test_examples = []
            for test_examples_type_0_item_data in self.test_examples:
                test_examples_type_0_item = test_examples_type_0_item_data.to_dict()
                test_examples.append(test_examples_type_0_item)

        else:
            test_examples = self.test_examples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_uuid": test_uuid,
                "test_name": test_name,
                "test_status": test_status,
                "test_type": test_type,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if num_test_questions is not UNSET:
            field_dict["num_test_questions"] = num_test_questions
        if is_jailbreak is not UNSET:
            field_dict["is_jailbreak"] = is_jailbreak
        if modality is not UNSET:
            field_dict["modality"] = modality
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if test_system_prompt is not UNSET:
            field_dict["test_system_prompt"] = test_system_prompt
        if test_policy is not UNSET:
            field_dict["test_policy"] = test_policy
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if test_examples is not UNSET:
            field_dict["test_examples"] = test_examples

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "test_uuid"
            test_uuid = expect_str(d.pop("test_uuid"))

            _at = "test_name"
            test_name = expect_str(d.pop("test_name"))

            _at = "test_status"
            test_status = TestStatus(d.pop("test_status"))

            _at = "test_type"
            test_type = expect_str(d.pop("test_type"))

            _at = "created_at"
            created_at = expect_datetime(d.pop("created_at"))

            _at = "updated_at"
            updated_at = expect_datetime(d.pop("updated_at"))

            _at = "num_test_questions"
            _num_test_questions = d.pop("num_test_questions", UNSET)
            num_test_questions: int | Unset | None = (
                _num_test_questions
                if _num_test_questions is None or isinstance(_num_test_questions, Unset)
                else expect_int(_num_test_questions)
            )

            _at = "is_jailbreak"
            _is_jailbreak = d.pop("is_jailbreak", UNSET)
            is_jailbreak: bool | Unset
            is_jailbreak = UNSET if isinstance(_is_jailbreak, Unset) else expect_bool(_is_jailbreak)

            _at = "modality"
            _modality = d.pop("modality", UNSET)
            modality: Modality | Unset
            modality = UNSET if isinstance(_modality, Unset) else Modality(_modality)

            _at = "organization_name"
            _organization_name = d.pop("organization_name", UNSET)
            organization_name: str | Unset | None = (
                _organization_name
                if _organization_name is None or isinstance(_organization_name, Unset)
                else expect_str(_organization_name)
            )

            _at = "test_system_prompt"
            _test_system_prompt = d.pop("test_system_prompt", UNSET)
            test_system_prompt: str | Unset | None = (
                _test_system_prompt
                if _test_system_prompt is None or isinstance(_test_system_prompt, Unset)
                else expect_str(_test_system_prompt)
            )

            _at = "test_policy"
            _test_policy = d.pop("test_policy", UNSET)
            test_policy: str | Unset | None = (
                _test_policy if _test_policy is None or isinstance(_test_policy, Unset) else expect_str(_test_policy)
            )

            _at = "knowledge_base"
            _knowledge_base = d.pop("knowledge_base", UNSET)
            knowledge_base: str | Unset | None = (
                _knowledge_base
                if _knowledge_base is None or isinstance(_knowledge_base, Unset)
                else expect_str(_knowledge_base)
            )

            _at = "additional_instructions"
            _additional_instructions = d.pop("additional_instructions", UNSET)
            additional_instructions: str | Unset | None = (
                _additional_instructions
                if _additional_instructions is None or isinstance(_additional_instructions, Unset)
                else expect_str(_additional_instructions)
            )

            _at = "test_examples"

            def _parse_test_examples(data: object) -> list[Example] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    test_examples_type_0 = []
                    for test_examples_type_0_index, test_examples_type_0_item_data in enumerate(expect_list(data)):
                        try:
                            test_examples_type_0_item = Example.from_dict(test_examples_type_0_item_data)

                        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                            raise invalid(test_examples_type_0_index, error) from None
                        test_examples_type_0.append(test_examples_type_0_item)

                    return test_examples_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if data is not None:
                    raise TypeError()
                test_examples_type_1 = data

                return test_examples_type_1

            test_examples = _parse_test_examples(d.pop("test_examples", UNSET))

            parsed_test = cls(
                test_uuid=test_uuid,
                test_name=test_name,
                test_status=test_status,
                test_type=test_type,
                created_at=created_at,
                updated_at=updated_at,
                num_test_questions=num_test_questions,
                is_jailbreak=is_jailbreak,
                modality=modality,
                organization_name=organization_name,
                test_system_prompt=test_system_prompt,
                test_policy=test_policy,
                knowledge_base=knowledge_base,
                additional_instructions=additional_instructions,
                test_examples=test_examples,
            )

            parsed_test.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_test

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


from ..models.example import Example  # noqa: E402
