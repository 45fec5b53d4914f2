# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_datetime,
    expect_float,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    invalid,
)
from ..errors import ResponseValidationError
from ..models.score_run_status import ScoreRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scoring_example import ScoringExample
    from ..models.test import Test
    from ..models.user import User


@_attrs_define
class ScoreRun:
    """One score run of a test."""

    score_run_uuid: str
    score_run_status: ScoreRunStatus
    """ Score run status. """
    test: Test
    """ A test that was scored. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    price: float
    remaining_score_runs: int | Unset | None = UNSET
    price_adjustment_note: str | Unset | None = UNSET
    created_by: Unset | User | None = UNSET
    score_run_examples: list[ScoringExample] | Unset | None = UNSET
    pass_rate: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_run_uuid = self.score_run_uuid

        score_run_status = self.score_run_status.value

        test = self.test.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        price = self.price

        remaining_score_runs: int | Unset | None
        remaining_score_runs = UNSET if isinstance(self.remaining_score_runs, Unset) else self.remaining_score_runs

        price_adjustment_note: str | Unset | None
        price_adjustment_note = UNSET if isinstance(self.price_adjustment_note, Unset) else self.price_adjustment_note

        created_by: dict[str, Any] | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        score_run_examples: list[dict[str, Any]] | Unset | None
        if isinstance(self.score_run_examples, Unset):
            score_run_examples = UNSET
        elif isinstance(self.score_run_examples, list):
            score_run_examples = []
            for score_run_examples_type_0_item_data in self.score_run_examples:
                score_run_examples_type_0_item = score_run_examples_type_0_item_data.to_dict()
                score_run_examples.append(score_run_examples_type_0_item)

        else:
            score_run_examples = self.score_run_examples

        pass_rate: float | Unset | None
        pass_rate = UNSET if isinstance(self.pass_rate, Unset) else self.pass_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score_run_uuid": score_run_uuid,
                "score_run_status": score_run_status,
                "test": test,
                "created_at": created_at,
                "updated_at": updated_at,
                "price": price,
            }
        )
        if remaining_score_runs is not UNSET:
            field_dict["remaining_score_runs"] = remaining_score_runs
        if price_adjustment_note is not UNSET:
            field_dict["price_adjustment_note"] = price_adjustment_note
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if score_run_examples is not UNSET:
            field_dict["score_run_examples"] = score_run_examples
        if pass_rate is not UNSET:
            field_dict["pass_rate"] = pass_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "score_run_uuid"
            score_run_uuid = expect_str(d.pop("score_run_uuid"))

            _at = "score_run_status"
            score_run_status = ScoreRunStatus(d.pop("score_run_status"))

            _at = "test"
            test = Test.from_dict(d.pop("test"))

            _at = "created_at"
            created_at = expect_datetime(d.pop("created_at"))

            _at = "updated_at"
            updated_at = expect_datetime(d.pop("updated_at"))

            _at = "price"
            price = expect_float(d.pop("price"))

            _at = "remaining_score_runs"
            _remaining_score_runs = d.pop("remaining_score_runs", UNSET)
            remaining_score_runs: int | Unset | None = (
                _remaining_score_runs
                if _remaining_score_runs is None or isinstance(_remaining_score_runs, Unset)
                else expect_int(_remaining_score_runs)
            )

            _at = "price_adjustment_note"
            _price_adjustment_note = d.pop("price_adjustment_note", UNSET)
            price_adjustment_note: str | Unset | None = (
                _price_adjustment_note
                if _price_adjustment_note is None or isinstance(_price_adjustment_note, Unset)
                else expect_str(_price_adjustment_note)
            )

            _at = "created_by"
            _created_by = d.pop("created_by", UNSET)
            created_by: Unset | User | None = (
                _created_by if _created_by is None or isinstance(_created_by, Unset) else User.from_dict(_created_by)
            )

            _at = "score_run_examples"

            def _parse_score_run_examples(data: object) -> list[ScoringExample] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    score_run_examples_type_0 = []
                    for score_run_examples_type_0_index, score_run_examples_type_0_item_data in enumerate(
                        expect_list(data)
                    ):
                        try:
                            score_run_examples_type_0_item = ScoringExample.from_dict(
                                score_run_examples_type_0_item_data
                            )

                        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                            raise invalid(score_run_examples_type_0_index, error) from None
                        score_run_examples_type_0.append(score_run_examples_type_0_item)

                    return score_run_examples_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if data is not None:
                    raise TypeError()
                score_run_examples_type_1 = data

                return score_run_examples_type_1

            score_run_examples = _parse_score_run_examples(d.pop("score_run_examples", UNSET))

            _at = "pass_rate"
            _pass_rate = d.pop("pass_rate", UNSET)
            pass_rate: float | Unset | None = (
                _pass_rate if _pass_rate is None or isinstance(_pass_rate, Unset) else expect_float(_pass_rate)
            )

            parsed_score_run = cls(
                score_run_uuid=score_run_uuid,
                score_run_status=score_run_status,
                test=test,
                created_at=created_at,
                updated_at=updated_at,
                price=price,
                remaining_score_runs=remaining_score_runs,
                price_adjustment_note=price_adjustment_note,
                created_by=created_by,
                score_run_examples=score_run_examples,
                pass_rate=pass_rate,
            )

            parsed_score_run.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_score_run

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


from ..models.scoring_example import ScoringExample  # noqa: E402
from ..models.test import Test  # noqa: E402
from ..models.user import User  # noqa: E402
