"""What the golden package puts on the wire, checked in-process (its request building needs no server).

The package is loaded from tests/golden/catch-all-usage-client by file location: nothing edits sys.path.
"""

import datetime
import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any

import pytest

from scripts.codegen.paths import REPO

pytestmark = pytest.mark.unit

PACKAGE = "catch_all_usage_client"
LOCATION = REPO / "tests" / "golden" / "catch-all-usage-client" / PACKAGE


def golden(module: str) -> Any:
    """A module of the golden package, which is loaded once from its directory."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PACKAGE, LOCATION / "__init__.py", submodule_search_locations=[str(LOCATION)]
        )
        assert spec is not None and spec.loader is not None
        package: ModuleType = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"{PACKAGE}.{module}")


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
