"""Discriminated unions over real HTTP, sync and async: each variant parses to its own class.

The committed golden package (tests/golden/catch-all-usage-client) is called against a local server in a
subprocess whose path holds it; its `ResultPage.items` is a `oneOf` with a `discriminator` (an explicit
`mapping` for one variant, an `enum` for another, the schema's name for the third), its `shapes` a
`oneOf` told apart by a constant property only, and its `payments` a `oneOf` that no tag tells apart: a
body is read as the first variant it parses against strictly (no enum value the spec does not list, no
undeclared property), else as the one that needed the least tolerance.
"""

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from scripts.codegen.paths import REPO
from support import golden

GOLDEN_PACKAGE = REPO / "tests" / "golden" / "catch-all-usage-client"
CALL = """
import asyncio, json, sys
from scripts.local_server import Reply, local_server
from catch_all_usage_client import AuthenticatedClient, errors
from catch_all_usage_client.api.results import list_results

body = sys.argv[1].encode()
with local_server(lambda request: Reply(200, body=body)) as server:
    client = AuthenticatedClient(token="tok-unions-5c1e", base_url=server.url, max_retries=0)

    def shown(page):
        kinds = [page.items, page.shapes, page.payments or []]
        return [[type(value).__name__ for value in values] for values in kinds]

    async def call_async():
        async with AuthenticatedClient(token="tok-unions-5c1e", base_url=server.url, max_retries=0) as async_client:
            return shown(await list_results.asyncio(client=async_client))

    try:
        with client:
            result = {"sync": shown(list_results.sync(client=client)), "async": asyncio.run(call_async())}
            page = list_results.sync(client=client)
            result["unknown"] = [str(page.items[-1].object_), page.items[-1].object_.is_known]
    except errors.ResponseValidationError as error:
        result = {"error": error.location, "message": str(error)}
print(json.dumps(result))
"""
PAGE = {
    "items": [
        {"object": "text", "text": "hello"},
        {"object": "image", "url": "https://example.invalid/a.png", "width": 3},
        {"object": "AudioResult", "seconds": 1.5},
        # Shaped like every variant but tagged as the image: the tag decides, not the first variant that fits.
        {"object": "image", "url": "u", "text": "t", "seconds": 2},
        # A tag this client does not know: the variant whose tag is a (tolerant) enum keeps it.
        {"object": "video", "url": "https://example.invalid/v.mp4"},
    ],
    "shapes": [{"kind": "square", "side": 2}, {"kind": "circle", "radius": 1}],
    # No tag decides: a card payment would accept the bank's body too, tolerating `bank` as a new method.
    "payments": [{"method": "bank", "amount": 3, "iban": "DE00"}, {"method": "wallet", "amount": 1}],
}


def call(page: object) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", CALL, json.dumps(page)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(GOLDEN_PACKAGE), str(REPO)])},
    )
    assert result.returncode == 0, result.stderr
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


@pytest.mark.http
def test_each_variant_parses_to_its_own_class_sync_and_async() -> None:
    kinds = [
        ["TextResult", "ImageResult", "AudioResult", "ImageResult", "ImageResult"],
        ["Square", "Circle"],
        ["BankPayment", "CardPayment"],
    ]

    assert call(PAGE) == {"sync": kinds, "async": kinds, "unknown": ["video", False]}


@pytest.mark.http
def test_a_tagged_value_its_variant_rejects_names_the_path() -> None:
    page = {"items": [{"object": "image", "url": "u"}, {"object": "text"}], "shapes": []}

    assert call(page) == {
        "error": "items[1].text",
        "message": "response body invalid at items[1].text: required field is missing",
    }


@pytest.mark.http
def test_a_value_no_variant_accepts_names_the_path() -> None:
    page = {"items": [], "shapes": [{"kind": "triangle", "sides": 3}]}

    result = call(page)

    assert result["error"] == "shapes[0]"
    assert "matches none of Circle, Square" in str(result["message"])


def payments(*bodies: object) -> list[Any]:
    """`ResultPage.payments` of a page with these payment bodies (the golden package, loaded in-process)."""
    page = golden("models.result_page").ResultPage.from_dict({"items": [], "payments": list(bodies)})
    parsed: list[Any] = page.payments
    return parsed


@pytest.mark.unit
def test_without_a_deciding_tag_the_variant_that_parses_strictly_wins() -> None:
    bank, wallet, cash = payments(
        {"method": "bank", "amount": 3},  # the card would take it, with `bank` as an unknown method
        {"method": "wallet", "amount": 1},  # the bank would take it, with `wallet` as an unknown method
        {"method": "cash", "amount": 2},  # both would, each tolerating one unknown value: the first wins
    )

    assert [type(bank).__name__, type(wallet).__name__, type(cash).__name__] == [
        "BankPayment",
        "CardPayment",
        "CardPayment",
    ]
    assert bank.method.is_known and wallet.method.is_known
    assert str(cash.method) == "cash" and not cash.method.is_known


@pytest.mark.unit
def test_the_least_tolerance_wins_when_no_variant_parses_strictly() -> None:
    """Unknown enum values and undeclared properties both count: an IBAN is the bank's, not an extra of the card."""
    [payment] = payments({"method": "cheque", "amount": 5, "iban": "DE00"})

    assert type(payment).__name__ == "BankPayment"
    assert payment.iban == "DE00"


@pytest.mark.unit
def test_tolerated_counts_unknown_enum_values_and_undeclared_properties_through_nesting() -> None:
    tolerated = golden("_validation").tolerated
    card = golden("models.card_payment").CardPayment

    assert tolerated(card.from_dict({"method": "card", "amount": 1})) == 0
    assert tolerated(card.from_dict({"method": "cash", "amount": 1, "note": "x", "tip": 2})) == 3
    page = golden("models.result_page").ResultPage.from_dict(
        {"items": [{"object": "video", "url": "u"}], "shapes": [{"kind": "circle", "radius": 1, "colour": "red"}]}
    )
    assert tolerated(page) == 2  # the unknown tag inside an item, the undeclared colour inside a shape


@pytest.mark.unit
def test_a_payment_no_variant_accepts_names_its_path() -> None:
    errors = golden("errors")

    with pytest.raises(errors.ResponseValidationError) as raised:
        payments({"method": "bank", "amount": 1}, {"method": "bank"})

    assert raised.value.path == ("payments", 1)
    assert "matches none of CardPayment, BankPayment" in str(raised.value)
