"""The generator's own bounds (limits.py): a hostile description ends in one line, never a hang or a traceback."""

import json
import time
from pathlib import Path

import pytest

from scripts.codegen.derive import keep_operations
from scripts.codegen.errors import SpecError
from scripts.codegen.limits import MAX_KEPT_OPERATIONS, MAX_PUBLISHED_OPERATIONS, time_budget
from scripts.codegen.spec import load_spec

pytestmark = pytest.mark.unit


def paths(count: int) -> dict[str, object]:
    return {
        f"/p{index}": {"get": {"operationId": f"op{index}", "responses": {"200": {"description": "ok"}}}}
        for index in range(count)
    }


def test_a_provider_that_runs_past_its_time_budget_is_stopped() -> None:
    started = time.monotonic()
    expected = r"specs/x.yaml: took longer than the time budget of 0.2 s per provider"
    with pytest.raises(SpecError, match=expected), time_budget(Path("specs/x.yaml"), 0.2):
        while True:  # a hang, as a cycle the walkers missed would be
            pass
    assert time.monotonic() - started < 5


def test_a_description_with_too_many_operations_is_refused() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths(MAX_PUBLISHED_OPERATIONS + 1),
    }

    with pytest.raises(SpecError, match=rf"{MAX_PUBLISHED_OPERATIONS + 1} operations: more than the limit"):
        keep_operations(document, ("op0",), shown_as=Path("upstream/x.json"))


def test_a_spec_keeping_too_many_operations_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "x.yaml"
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths(MAX_KEPT_OPERATIONS + 1)}
    spec.write_text(json.dumps(document))

    with pytest.raises(SpecError, match=rf"{MAX_KEPT_OPERATIONS + 1} operations: more than the limit"):
        load_spec(spec)
