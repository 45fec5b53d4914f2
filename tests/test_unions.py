"""Discriminated unions over real HTTP, sync and async: each variant parses to its own class.

The committed golden package (tests/golden/catch-all-usage-client) is called against a local server in a
subprocess whose path holds it; its `ResultPage.items` is a `oneOf` with a `discriminator` (an explicit
`mapping` for one variant, an `enum` for another, the schema's name for the third) and its `shapes` a
`oneOf` told apart by a constant property only.
"""

import json
import os
import subprocess
import sys

import pytest

from scripts.codegen.paths import REPO

pytestmark = pytest.mark.http

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
        return [[type(item).__name__ for item in page.items], [type(shape).__name__ for shape in page.shapes]]

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


def test_each_variant_parses_to_its_own_class_sync_and_async() -> None:
    kinds = [["TextResult", "ImageResult", "AudioResult", "ImageResult", "ImageResult"], ["Square", "Circle"]]

    assert call(PAGE) == {"sync": kinds, "async": kinds, "unknown": ["video", False]}


def test_a_tagged_value_its_variant_rejects_names_the_path() -> None:
    page = {"items": [{"object": "image", "url": "u"}, {"object": "text"}], "shapes": []}

    assert call(page) == {
        "error": "items[1].text",
        "message": "response body invalid at items[1].text: required field is missing",
    }


def test_a_value_no_variant_accepts_names_the_path() -> None:
    page = {"items": [], "shapes": [{"kind": "triangle", "sides": 3}]}

    result = call(page)

    assert result["error"] == "shapes[0]"
    assert "matches none of Circle, Square" in str(result["message"])
