"""The benchmark harness, in its smoke mode (tiny sample sizes, no peers), so that `make bench` cannot rot."""

import json
import math
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from benchmarks import corpus
from benchmarks.server import example_call, serve, thousandeyes_body
from benchmarks.stats import paired_ratios, summarize
from scripts.codegen.paths import REPO
from support import provider_by_key

pytestmark = pytest.mark.slow

# "documents" and "largest-description" read the shared corpus of published descriptions, when it is there (CI has it).
SECTIONS = {"imports", "import-process", "calls", "parse", "generation", "footprint"} | (
    {"documents", "largest-description"} if corpus.entries() else set()
)


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("bench")
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out, json.loads((out / "benchmarks.json").read_text())


def test_smoke_run_reports_every_section_with_sane_numbers(smoke: tuple[Path, dict[str, Any]]) -> None:
    _, results = smoke
    sections = {section["key"]: section for section in results["sections"]}
    assert set(sections) == SECTIONS
    for section in sections.values():
        assert section["rows"], section["key"]
        for row in section["rows"]:
            figures = [row["value"]["median"]] + ([row["ratio"]["median"]] if row["ratio"] else [])
            assert all(math.isfinite(figure) and figure > 0 for figure in figures), row
    assert len(sections["imports"]["rows"]) == 8  # four packages, each alone and with get_usage
    calls = sections["calls"]["rows"]
    assert len(calls) == 9  # four packages, sync and async, and vocode's async on the aiohttp transport
    assert [row["subject"] for row in calls if "aiohttp" in row["subject"]] == [
        "vocode_usage_client async, aiohttp transport"
    ]
    assert all(row["met"] is not None for row in calls if "aiohttp" not in row["subject"])
    assert results["machine"]["cores"] > 0


def test_smoke_report_has_every_table(smoke: tuple[Path, dict[str, Any]]) -> None:
    out, results = smoke
    report = (out / "benchmarks.md").read_text()
    for heading in ["## Machine and noise", "## Targets", *(f"## {s['title']}" for s in results["sections"])]:
        assert heading in report
    assert "smoke" in report
    assert not (out / "benchmarks.png").exists(), "no chart in smoke mode: matplotlib lives in .bench/venvs/tools"


def test_bench_server_serves_each_example_with_keep_alive() -> None:
    vocode = provider_by_key("vocode")
    path, body = example_call(vocode)
    with serve({path: body}) as url:
        for variant in (path, path.rstrip("/"), f"{path}?x=1"):  # Vocode's SDK drops the trailing slash
            with urllib.request.urlopen(url + variant) as response:
                assert response.read() == body
                assert response.headers["Content-Length"] == str(len(body))


def test_thousandeyes_bodies_have_the_requested_number_of_tests() -> None:
    body = json.loads(thousandeyes_body(provider_by_key("thousandeyes"), 1_000))
    tests = body["usage"]["tests"]
    assert len(tests) == 1_000
    assert len({test["testId"] for test in tests}) == 1_000


def test_ratios_are_taken_pair_by_pair() -> None:
    assert paired_ratios([2.0, 4.0, 9.0], [1.0, 4.0, 3.0]).median == 2.0
    summary = summarize([1.0, 2.0, 3.0, 4.0, 5.0])
    assert (summary.q1, summary.median, summary.q3) == (2.0, 3.0, 4.0)
    assert summary.spread == pytest.approx(2 / 3)


def test_readme_links_the_committed_results() -> None:
    assert "docs/benchmarks.md" in (REPO / "README.md").read_text()
    assert (REPO / "docs" / "benchmarks.md").exists()
    assert (REPO / "docs" / "benchmarks.png").exists()
