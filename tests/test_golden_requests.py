"""What the golden package puts on the wire, checked in-process (its request building needs no server).

The package is loaded from tests/golden/catch-all-usage-client by file location: nothing edits sys.path.
"""

import datetime

import pytest

from support import golden

pytestmark = pytest.mark.unit


def test_a_naive_datetime_is_refused_before_sending() -> None:
    list_results = golden("api.results.list_results")

    with pytest.raises(ValueError, match=r"since=datetime\.datetime\(2025, 1, 1, 0, 0\) has no timezone"):
        list_results._get_kwargs(since=datetime.datetime(2025, 1, 1))

    aware = list_results._get_kwargs(since=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC), kinds=["a", "b"])
    assert aware["url"].startswith("/results?")
    assert "kinds=a,b" in aware["url"], "explode: false arrays go comma-joined"
    assert "since=2025-01-01T00%3A00%3A00%2B00%3A00" in aware["url"]


def test_a_comma_joined_array_is_found_beside_a_renamed_path_parameter() -> None:
    list_group_results = golden("api.results.list_group_results")

    kwargs = list_group_results._get_kwargs("g-1", kinds=["a", "b"])

    assert kwargs["url"] == "/groups/g-1/results?kinds=a,b", "`{groupId}` is `{group_id}` in the generated code"


def test_a_put_sends_its_path_header_cookie_and_json_body() -> None:
    put_thing = golden("api.things.put_thing")
    thing_params = golden("models.thing_params").ThingParams

    kwargs = put_thing._get_kwargs("a/b", body=thing_params(name="n"), x_trace="t-1", session="s")

    assert kwargs["method"] == "put"
    assert kwargs["url"] == "/things/a%2Fb"
    assert kwargs["headers"] == {"X-Trace": "t-1", "Api-Version": "2024-01-01", "Content-Type": "application/json"}
    assert kwargs["cookies"] == {"session": "s"}
    assert kwargs["json"] == {"name": "n", "size": 1}
