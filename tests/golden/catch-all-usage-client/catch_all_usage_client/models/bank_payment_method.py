# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from enum import StrEnum
from typing import Self


class BankPaymentMethod(StrEnum):
    """BankPaymentMethod: one of "bank", or a value added later.

    A value this version does not know parses to a member whose value is that string (`member.value`)
    and whose `is_known` is False.
    """

    BANK = "bank"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
