"""Deprecations (issue 21): what the spec marks deprecated, and what a user of a package sees of it.

The decisions (scripts/codegen/deprecations.py) in Python; the warnings, the type checkers' view and the
`Deprecation`/`Sunset` headers with the golden package (tests/golden/catch-all.yaml deprecates the operation
`list_legacy_records`, the parameter `region` of `list_records` and the field `legacy_code` of `Record`),
against the loopback server of tests/paging_server.py.
"""

import asyncio
import importlib
import inspect
import logging
import subprocess
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from paging_server import Seen

from scripts.codegen.deprecations import DeprecatedParameter, Deprecations, deprecations
from scripts.codegen.paths import REPO
from scripts.codegen.spec import load_spec
from support import GOLDEN_LOCATION, golden, resolver

GOLDEN_SPEC = REPO / "tests" / "golden" / "catch-all.yaml"
HERE = Path(__file__)


def catch_all(operation_id: str) -> Deprecations:
    spec = load_spec(GOLDEN_SPEC)
    for operation in spec.api.operations:
        if operation.operation_id == operation_id:
            item = spec.document["paths"][operation.path]
            return deprecations(item[operation.method], spec.api.resolve, item.get("parameters", []))
    raise LookupError(operation_id)


@pytest.mark.unit
def test_the_spec_marks_read_as_deprecations() -> None:
    assert catch_all("list_legacy_records").operation
    listed = catch_all("list_records")
    assert not listed.operation
    assert listed.parameters == (DeprecatedParameter("region", "region", "query"),)
    assert listed.parameter("region") and not listed.parameter("kind")
    assert ("response", "data") not in listed.fields  # the page's own fields are not deprecated
    assert catch_all("list_group_results") == Deprecations(operation=False)


@pytest.mark.unit
def test_a_deprecated_body_field_and_a_path_item_parameter_are_found() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {"Usage": {"type": "object", "properties": {"old": {"type": "string", "deprecated": True}}}}
        }
    }
    operation = {
        "parameters": [{"name": "Region-Id", "in": "header", "deprecated": True}],
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Usage"}}}}},
    }
    found = deprecations(operation, resolver(document), [{"name": "since", "in": "query", "deprecated": True}])
    assert [parameter.python_name for parameter in found.parameters] == ["since", "region_id"]
    assert found.fields == (("response", "old"),)


@pytest.mark.http
def test_calling_a_deprecated_operation_warns_once_at_the_callers_line(
    paging_client: Any, paging_seen: list[Seen]
) -> None:
    legacy = golden("api.records.list_legacy_records")
    with pytest.warns(DeprecationWarning, match="operation `list_legacy_records` is deprecated") as caught:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        legacy.sync(client=paging_client)
    assert len(caught) == 1
    assert (caught[0].filename, caught[0].lineno) == (str(HERE), line)


@pytest.mark.http
def test_an_async_deprecated_operation_warns_at_the_callers_line(paging_client: Any, paging_seen: list[Seen]) -> None:
    legacy = golden("api.records.list_legacy_records")

    async def call() -> int:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        await legacy.asyncio(client=paging_client)
        return line

    with pytest.warns(DeprecationWarning) as caught:
        line = asyncio.run(call())
    assert [(warning.filename, warning.lineno) for warning in caught] == [(str(HERE), line)]


@pytest.mark.http
def test_passing_a_deprecated_parameter_warns_at_the_callers_line_and_not_passing_it_does_not(
    paging_client: Any, paging_seen: list[Seen]
) -> None:
    list_records = golden("api.records.list_records")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        list_records.sync(client=paging_client, kind="a")  # no deprecated argument: no warning
        list(list_records.sync_items(client=paging_client, max_items=1))
    with pytest.warns(DeprecationWarning, match="parameter `region` of `list_records` is deprecated") as caught:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        list_records.sync(client=paging_client, region="eu")
    assert [(warning.filename, warning.lineno) for warning in caught] == [(str(HERE), line)]
    with pytest.warns(DeprecationWarning) as caught:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        walk = list_records.sync_items(client=paging_client, region="eu")
    assert list(walk) and [(warning.filename, warning.lineno) for warning in caught] == [(str(HERE), line)]
    assert paging_seen[-1].query["region"] == ["eu"], "a deprecated parameter is still sent"


@pytest.mark.slow
def test_importing_and_parsing_warn_nothing() -> None:
    """In a fresh interpreter with every warning an error: import every module, parse a deprecated field."""
    script = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {str(GOLDEN_LOCATION.parent)!r})\n"
        "import catch_all_usage_client as package\n"
        "for module in pkgutil.walk_packages(package.__path__, 'catch_all_usage_client.'):\n"
        "    importlib.import_module(module.name)\n"
        "from catch_all_usage_client.models.record import Record\n"
        "assert Record.from_dict({'id': 'r1', 'legacy_code': 'x'}).legacy_code == 'x'\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.http
def test_deprecation_and_sunset_headers_are_parsed_and_logged_once_per_operation(
    paging_client: Any, paging_seen: list[Seen], caplog: pytest.LogCaptureFixture
) -> None:
    legacy = golden("api.records.list_legacy_records")
    importlib.reload(golden("_deprecation"))  # forget what an earlier test announced
    with caplog.at_level(logging.WARNING, logger="catch_all_usage_client"), pytest.warns(DeprecationWarning):
        response = legacy.sync_detailed(client=paging_client)
        legacy.sync(client=paging_client)
    assert response.deprecation == datetime(2023, 6, 30, 23, 59, 59, tzinfo=UTC)
    assert response.sunset == datetime(2034, 1, 1, tzinfo=UTC)
    announced = [record for record in caplog.records if "list_legacy_records" in record.getMessage()]
    assert len(announced) == 1 and announced[0].levelno == logging.WARNING
    assert "deprecated since 2023-06-30" in announced[0].getMessage() and "2034-01-01" in announced[0].getMessage()


@pytest.mark.unit
@pytest.mark.parametrize(
    ("headers", "deprecation", "sunset"),
    [
        ({}, None, None),
        ({"Deprecation": "@0"}, datetime(1970, 1, 1, tzinfo=UTC), None),
        ({"Deprecation": "true"}, True, None),
        ({"Deprecation": "Wed, 11 Nov 2026 23:59:59 GMT"}, datetime(2026, 11, 11, 23, 59, 59, tzinfo=UTC), None),
        ({"Deprecation": "@99999999999999999999"}, True, None),
        ({"Sunset": "Sat, 31 Dec 2033 23:59:59 GMT"}, None, datetime(2033, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ({"Sunset": "soon"}, None, None),
    ],
)
def test_the_headers_parse_as_the_rfcs_say(headers: dict[str, str], deprecation: object, sunset: object) -> None:
    import httpx

    response = golden("types").Response(status_code=200, content=b"", headers=httpx.Headers(headers), parsed=None)
    assert response.deprecation == deprecation
    assert response.sunset == sunset


# A user's code: line 4 calls a deprecated operation, line 5 one that is not.
USER_CODE = """from catch_all_usage_client import AuthenticatedClient
from catch_all_usage_client.api.records import list_legacy_records, list_records
client = AuthenticatedClient(token='t')
list_legacy_records.sync(client=client)
list_records.sync(client=client)
"""


@pytest.mark.slow
def test_mypy_flags_a_call_of_a_deprecated_operation(tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(USER_CODE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated", "--no-incremental", str(user)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
        env={"MYPYPATH": str(GOLDEN_LOCATION.parent), "PATH": "/usr/bin:/bin"},
    )
    assert "user.py:4: error: function catch_all_usage_client.api.records.list_legacy_records.sync is deprecated" in (
        result.stdout
    ), result.stdout
    assert "user.py:5" not in result.stdout
