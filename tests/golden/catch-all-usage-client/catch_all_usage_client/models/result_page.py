# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import (
    expect_float,
    expect_list,
    expect_object,
    expect_str,
    invalid,
    tolerated,
)
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_result import AudioResult
    from ..models.bank_payment import BankPayment
    from ..models.card_payment import CardPayment
    from ..models.circle import Circle
    from ..models.image_result import ImageResult
    from ..models.square import Square
    from ..models.text_result import TextResult


@_attrs_define
class ResultPage:
    """One page of results."""

    items: list[AudioResult | ImageResult | TextResult]
    """ The results, each of its own kind. """
    shapes: list[Circle | Square] | Unset = UNSET
    """ Shapes told apart by their constant `kind`. """
    payments: list[BankPayment | CardPayment] | Unset = UNSET
    """ Payments no tag tells apart (a card's method has two values), read as the variant they parse strictly
    against. """
    next_: str | Unset | None = UNSET
    """ The cursor of the next page, or null on the last. """
    labels: list[str] | Unset | None = UNSET
    """ Labels of the page, or null. """
    score: float | str | Unset = UNSET
    """ A number, or a decimal string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, (TextResult, ImageResult)):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        shapes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shapes, Unset):
            shapes = []
            for shapes_item_data in self.shapes:
                shapes_item: dict[str, Any]
                if isinstance(shapes_item_data, Circle):
                    shapes_item = shapes_item_data.to_dict()
                else:
                    shapes_item = shapes_item_data.to_dict()

                shapes.append(shapes_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item: dict[str, Any]
                if isinstance(payments_item_data, CardPayment):
                    payments_item = payments_item_data.to_dict()
                else:
                    payments_item = payments_item_data.to_dict()

                payments.append(payments_item)

        next_: str | Unset | None
        next_ = UNSET if isinstance(self.next_, Unset) else self.next_

        labels: list[str] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        score: float | str | Unset
        score = UNSET if isinstance(self.score, Unset) else self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if shapes is not UNSET:
            field_dict["shapes"] = shapes
        if payments is not UNSET:
            field_dict["payments"] = payments
        if next_ is not UNSET:
            field_dict["next"] = next_
        if labels is not UNSET:
            field_dict["labels"] = labels
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; raises errors.ResponseValidationError naming the path of a missing or wrong value."""
        d = expect_object(src_dict)
        _at: str = ""
        try:
            _at = "items"
            items = []
            for items_index, items_item_data in enumerate(expect_list(d.pop("items"))):
                try:

                    def _parse_items_item(data: object) -> AudioResult | ImageResult | TextResult:
                        if isinstance(data, dict):
                            _tag = data.get("object")
                            if _tag in ["text"]:
                                return TextResult.from_dict(data)
                            if _tag in ["image"]:
                                return ImageResult.from_dict(data)
                            if _tag in ["AudioResult"]:
                                return AudioResult.from_dict(data)
                        _tolerant: list[tuple[int, AudioResult | ImageResult | TextResult]] = []
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            items_item_type_0 = TextResult.from_dict(data)

                            _tolerance = tolerated(items_item_type_0)
                            if not _tolerance:
                                return items_item_type_0
                            _tolerant.append((_tolerance, items_item_type_0))
                        except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            items_item_type_1 = ImageResult.from_dict(data)

                            _tolerance = tolerated(items_item_type_1)
                            if not _tolerance:
                                return items_item_type_1
                            _tolerant.append((_tolerance, items_item_type_1))
                        except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            items_item_type_2 = AudioResult.from_dict(data)

                            _tolerance = tolerated(items_item_type_2)
                            if not _tolerance:
                                return items_item_type_2
                            _tolerant.append((_tolerance, items_item_type_2))
                        except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if _tolerant:
                            return min(_tolerant, key=lambda parsed: parsed[0])[1]
                        raise ResponseValidationError("matches none of TextResult, ImageResult, AudioResult")

                    items_item = _parse_items_item(items_item_data)

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                    raise invalid(items_index, error) from None
                items.append(items_item)

            _at = "shapes"
            _shapes = d.pop("shapes", UNSET)
            shapes: list[Circle | Square] | Unset = UNSET
            if _shapes is not UNSET:
                shapes = []
                for shapes_index, shapes_item_data in enumerate(expect_list(_shapes)):
                    try:

                        def _parse_shapes_item(data: object) -> Circle | Square:
                            if isinstance(data, dict):
                                _tag = data.get("kind")
                                if _tag in ["circle"]:
                                    return Circle.from_dict(data)
                                if _tag in ["square"]:
                                    return Square.from_dict(data)
                            _tolerant: list[tuple[int, Circle | Square]] = []
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                shapes_item_type_0 = Circle.from_dict(data)

                                _tolerance = tolerated(shapes_item_type_0)
                                if not _tolerance:
                                    return shapes_item_type_0
                                _tolerant.append((_tolerance, shapes_item_type_0))
                            except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                shapes_item_type_1 = Square.from_dict(data)

                                _tolerance = tolerated(shapes_item_type_1)
                                if not _tolerance:
                                    return shapes_item_type_1
                                _tolerant.append((_tolerance, shapes_item_type_1))
                            except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if _tolerant:
                                return min(_tolerant, key=lambda parsed: parsed[0])[1]
                            raise ResponseValidationError("matches none of Circle, Square")

                        shapes_item = _parse_shapes_item(shapes_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(shapes_index, error) from None
                    shapes.append(shapes_item)

            _at = "payments"
            _payments = d.pop("payments", UNSET)
            payments: list[BankPayment | CardPayment] | Unset = UNSET
            if _payments is not UNSET:
                payments = []
                for payments_index, payments_item_data in enumerate(expect_list(_payments)):
                    try:

                        def _parse_payments_item(data: object) -> BankPayment | CardPayment:
                            _tolerant: list[tuple[int, BankPayment | CardPayment]] = []
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                payments_item_type_0 = CardPayment.from_dict(data)

                                _tolerance = tolerated(payments_item_type_0)
                                if not _tolerance:
                                    return payments_item_type_0
                                _tolerant.append((_tolerance, payments_item_type_0))
                            except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                payments_item_type_1 = BankPayment.from_dict(data)

                                _tolerance = tolerated(payments_item_type_1)
                                if not _tolerance:
                                    return payments_item_type_1
                                _tolerant.append((_tolerance, payments_item_type_1))
                            except (ResponseValidationError, TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if _tolerant:
                                return min(_tolerant, key=lambda parsed: parsed[0])[1]
                            raise ResponseValidationError("matches none of CardPayment, BankPayment")

                        payments_item = _parse_payments_item(payments_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                        raise invalid(payments_index, error) from None
                    payments.append(payments_item)

            _at = "next"
            _next_ = d.pop("next", UNSET)
            next_: str | Unset | None = _next_ if _next_ is None or isinstance(_next_, Unset) else expect_str(_next_)

            _at = "labels"

            def _parse_labels(data: object) -> list[str] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    labels_type_0 = []
                    for labels_type_0_index, labels_type_0_item_data in enumerate(expect_list(data)):
                        try:
                            labels_type_0_item = expect_str(labels_type_0_item_data)

                        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                            raise invalid(labels_type_0_index, error) from None
                        labels_type_0.append(labels_type_0_item)

                    return labels_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if data is not None:
                    raise TypeError()
                labels_type_1 = data

                return labels_type_1

            labels = _parse_labels(d.pop("labels", UNSET))

            _at = "score"

            def _parse_score(data: object) -> float | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if type(data) not in (int, float):
                        raise TypeError()
                    score_type_0 = expect_float(data)

                    return score_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                score_type_1 = expect_str(data)

                return score_type_1

            score = _parse_score(d.pop("score", UNSET))

            parsed_result_page = cls(
                items=items,
                shapes=shapes,
                payments=payments,
                next_=next_,
                labels=labels,
                score=score,
            )

            parsed_result_page.additional_properties = d
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise invalid(_at, error, src_dict.get(_at)) from None
        return parsed_result_page

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


from ..models.audio_result import AudioResult  # noqa: E402
from ..models.bank_payment import BankPayment  # noqa: E402
from ..models.card_payment import CardPayment  # noqa: E402
from ..models.circle import Circle  # noqa: E402
from ..models.image_result import ImageResult  # noqa: E402
from ..models.square import Square  # noqa: E402
from ..models.text_result import TextResult  # noqa: E402
