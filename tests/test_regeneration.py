"""Regenerating after a spec change: incremental, checked and versioned, each test in a temporary repository copy."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import LOCK, PROVIDERS, provider_by_key, repo_copy, run_generator, tree_snapshot

pytestmark = [pytest.mark.generator, pytest.mark.slow]

EPOCH = {"CHANGELOG_DATE": "2026-01-01"}  # changelog entries dated 2026-01-01
DATE = "2026-01-01"
# Vocode's spec is derived from its published description: changes start there (or in the overlay).
VOCODE_UPSTREAM = "upstream/vocode/openapi.json"
VOCODE_OVERLAY = "overlays/vocode.yaml"
VOCODE_USAGE_LIMIT = """          "monthly_usage_limit_minutes": {
            "type": "integer",
            "title": "Monthly Usage Limit Minutes"
          }
"""
OVERAGE = """,
          "overage_minutes": { "type": "integer", "title": "Overage Minutes" }
"""


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository re-baselined at 1.0.0, whatever versions the real one has reached."""
    copy = repo_copy(tmp_path_factory.mktemp("baseline") / "repo")
    (copy / LOCK).unlink()
    result = run_generator(copy, env=EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


@pytest.fixture
def repo(baseline: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(baseline, tmp_path / "repo", symlinks=True))


def edit(repo: Path, spec: str, old: str, new: str) -> None:
    """Replace `old` in a spec, or in any file given by its repository path (`upstream/...`)."""
    path = repo / (spec if "/" in spec else f"specs/{spec}")
    text = path.read_text()
    assert old in text, f"{old!r} is not in {spec}"
    path.write_text(text.replace(old, new, 1))


def add_overage_minutes(repo: Path) -> None:
    """An additive change: Vocode publishes a new optional field of `Usage`."""
    edit(repo, VOCODE_UPSTREAM, VOCODE_USAGE_LIMIT, VOCODE_USAGE_LIMIT.rstrip("\n") + OVERAGE)


def widen_paid_amount(repo: Path) -> None:
    """A breaking change: aymara's `paid_amount_usd`, a response field, may now also be a boolean."""
    edit(
        repo,
        "aymara.yaml",
        "anyOf:\n            - type: number\n            - type: string\n",
        "anyOf:\n            - type: number\n            - type: string\n            - type: boolean\n",
    )


def generate(repo: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    result = run_generator(repo, *arguments, env=EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def versions_of(repo: Path, key: str) -> dict[str, str]:
    """Where a package's version is written: its pyproject.toml, `__version__`, the lock, uv.lock, the facade."""
    provider = provider_by_key(key)
    package = repo / "packages" / provider.project_name
    init = (package / provider.package_name / "__init__.py").read_text()
    [dunder] = re.findall(r'^__version__ = "(.*)"$', init, flags=re.MULTILINE)
    uv_lock = tomllib.loads((repo / "uv.lock").read_text())["package"]
    facade = tomllib.loads((repo / "packages" / "usage-clients" / "pyproject.toml").read_text())
    return {
        "pyproject": tomllib.loads((package / "pyproject.toml").read_text())["project"]["version"],
        "__version__": dunder,
        "lock": json.loads((repo / LOCK).read_text())["providers"][key]["version"],
        "uv.lock": next(entry["version"] for entry in uv_lock if entry["name"] == provider.project_name),
        "facade": facade["project"]["optional-dependencies"][provider.extra][0],
    }


def changelog(repo: Path, key: str) -> str:
    return (repo / "packages" / provider_by_key(key).project_name / "CHANGELOG.md").read_text()


def summary_line(result: subprocess.CompletedProcess[str], key: str) -> str:
    [line] = [line for line in result.stdout.splitlines() if line.startswith(provider_by_key(key).project_name + " ")]
    return " ".join(line.split())


def everything(repo: Path) -> dict[str, bytes]:
    """What a run may change: packages/, the lock, uv.lock."""
    files = {f"packages/{name}": data for name, data in tree_snapshot(repo / "packages").items()}
    return files | {name: (repo / name).read_bytes() for name in (LOCK, "uv.lock")}


def test_an_additive_change_upstream_is_a_minor_bump_with_its_changelog_line(repo: Path) -> None:
    add_overage_minutes(repo)

    result = generate(repo)

    assert (
        "overage_minutes:\n          type: integer\n          title: Overage Minutes\n"
        in (repo / "specs" / "vocode.yaml").read_text()
    ), "the published field flows into the derived spec"

    assert re.fullmatch(
        r"vocode-usage-client regenerated minor 1\.0\.0 -> 1\.1\.0 \d+\.\d\d s", summary_line(result, "vocode")
    )
    for other in ("aymara", "thousandeyes", "wiremock-cloud"):
        assert re.fullmatch(rf"{other}-usage-client unchanged - 0\.00 s", summary_line(result, other))
    assert versions_of(repo, "vocode") == {
        "pyproject": "1.1.0",
        "__version__": "1.1.0",
        "lock": "1.1.0",
        "uv.lock": "1.1.0",
        "facade": "vocode-usage-client>=1.0.0,<2",
    }
    log = changelog(repo, "vocode")
    assert (
        f"## 1.1.0 ({DATE})\n\n- Derived from the provider's published API description `{VOCODE_UPSTREAM}` (see "
        f"`upstream/vocode/SOURCE.md`) with our differences in `{VOCODE_OVERLAY}`.\n"
        "- Added optional field `overage_minutes` to `Usage`.\n\n## 1.0.0"
    ) in log
    assert log.index("## 1.1.0") < log.index("## 1.0.0"), "newest entry first"
    assert "BREAKING" not in log
    assert run_generator(repo, "--check").returncode == 0


def test_a_newly_deprecated_parameter_is_a_minor_bump_said_in_words(repo: Path) -> None:
    overlay = repo / "overlays" / "thousandeyes.yaml"
    overlay.write_text(
        overlay.read_text()
        + "  - target: $.paths['/v7/usage'].get.parameters[?@.name == 'aid']\n"
        + "    description: ThousandEyes deprecates the account group filter.\n"
        + "    update:\n"
        + "      deprecated: true\n"
    )

    result = generate(repo)

    assert re.fullmatch(
        r"thousandeyes-usage-client regenerated minor 1\.0\.0 -> 1\.1\.0 \d+\.\d\d s",
        summary_line(result, "thousandeyes"),
    )
    log = changelog(repo, "thousandeyes")
    assert "- Deprecated: parameter `aid` of `get_usage`.\n" in log.split("## 1.0.0")[0]
    assert "BREAKING" not in log
    module = repo / "packages" / "thousandeyes-usage-client" / "thousandeyes_usage_client" / "api" / "usage"
    assert '_DEPRECATED_PARAMETERS = {\n    "aid":' in (module / "get_usage.py").read_text()


def test_a_breaking_change_is_a_major_bump_marked_breaking(repo: Path) -> None:
    facade = "packages/usage-clients/pyproject.toml"
    before = (repo / facade).read_text().splitlines()
    was = tomllib.loads("\n".join(before))["project"]["version"]  # the facade's own: a re-baseline keeps it
    moved = f"{int(was.split('.')[0]) + 1}.0.0"
    widen_paid_amount(repo)
    edit(repo, VOCODE_UPSTREAM, '"plan_type": { "$ref": "#/components/schemas/PlanType" },\n', "")
    edit(
        repo,
        VOCODE_UPSTREAM,
        '"required": ["user_id", "plan_type", "monthly_usage_minutes"]',
        '"required": ["user_id", "monthly_usage_minutes"]',
    )

    result = generate(repo)

    assert "aymara-usage-client regenerated major 1.0.0 -> 2.0.0" in summary_line(result, "aymara")
    assert "vocode-usage-client regenerated major 1.0.0 -> 2.0.0" in summary_line(result, "vocode")
    assert versions_of(repo, "vocode") == {
        "pyproject": "2.0.0",
        "__version__": "2.0.0",
        "lock": "2.0.0",
        "uv.lock": "2.0.0",
        "facade": "vocode-usage-client>=2.0.0,<3",
    }
    assert (
        "- BREAKING: widened type of field `paid_amount_usd` of `BillingCycleUsage` from `float | str` to "
        "`bool | float | str`." in changelog(repo, "aymara")
    )
    vocode = changelog(repo, "vocode")
    assert f"## 2.0.0 ({DATE})\n\n" in vocode
    assert "- BREAKING: removed field `plan_type` from `Usage`." in vocode
    assert "- BREAKING: removed enum `PlanType`." in vocode, "no kept operation uses it: the derived spec drops it"
    # The facade's file changes in those lines only, and its own major version follows.
    after = (repo / facade).read_text().splitlines()
    assert [(b, a) for b, a in zip(before, after, strict=True) if b != a] == [
        (f'version = "{was}"', f'version = "{moved}"'),
        ('aymara = ["aymara-usage-client>=1.0.0,<2"]', 'aymara = ["aymara-usage-client>=2.0.0,<3"]'),
        ('vocode = ["vocode-usage-client>=1.0.0,<2"]', 'vocode = ["vocode-usage-client>=2.0.0,<3"]'),
    ]
    uv_lock = tomllib.loads((repo / "uv.lock").read_text())["package"]
    assert next(entry["version"] for entry in uv_lock if entry["name"] == "usage-clients") == moved
    facade_log = (repo / "packages" / "usage-clients" / "CHANGELOG.md").read_text()
    assert f"## {moved} ({DATE})\n\n- Extra `aymara` now installs `aymara-usage-client>=2.0.0,<3`" in facade_log
    assert run_generator(repo, "--check").returncode == 0


def test_a_parameter_becoming_required_is_breaking(repo: Path) -> None:
    upstream = "upstream/thousandeyes/usage_api.yaml"  # the first `aid` is the usage operation's
    edit(
        repo,
        upstream,
        "in: query\n        name: aid\n        required: false\n",
        "in: query\n        name: aid\n        required: true\n",
    )

    result = generate(repo)

    assert "major 1.0.0 -> 2.0.0" in summary_line(result, "thousandeyes")
    assert "- BREAKING: parameter `aid` from `api.usage.get_usage.sync` became required." in changelog(
        repo, "thousandeyes"
    )


def test_a_docs_only_change_is_a_patch(repo: Path) -> None:
    edit(repo, "aymara.yaml", "Get usage: score runs grouped", "Get the usage: score runs grouped")
    edit(repo, VOCODE_OVERLAY, "Get the plan type and the monthly usage", "Get the plan type and the usage this month")

    result = generate(repo)

    assert "vocode-usage-client regenerated patch 1.0.0 -> 1.0.1" in summary_line(result, "vocode")
    assert versions_of(repo, "vocode")["lock"] == "1.0.1"
    assert "regenerated after `overlays/vocode.yaml`, `specs/vocode.yaml` changed.\n" in changelog(repo, "vocode")
    assert "aymara-usage-client regenerated patch 1.0.0 -> 1.0.1" in summary_line(result, "aymara")
    assert (
        f"## 1.0.1 ({DATE})\n\n- No change to the public API (documentation or internals only); "
        "regenerated after `specs/aymara.yaml` changed.\n" in changelog(repo, "aymara")
    )


def test_a_change_that_generates_the_same_files_bumps_nothing(repo: Path) -> None:
    edit(
        repo,
        VOCODE_OVERLAY,
        "overlay: 1.0.0\n",
        "# a comment changes the overlay's hash, not the spec it makes\noverlay: 1.0.0\n",
    )
    before = tree_snapshot(repo / "packages")

    result = generate(repo)

    assert re.fullmatch(r"vocode-usage-client unchanged - \d+\.\d\d s", summary_line(result, "vocode"))
    assert tree_snapshot(repo / "packages") == before
    assert run_generator(repo, "--check").returncode == 0, "the lock follows the new spec"


def test_a_no_op_run_changes_nothing_and_imports_nothing_slow(repo: Path) -> None:
    before = everything(repo)
    files = [*(repo / "packages").rglob("*"), repo / LOCK, repo / "uv.lock"]
    mtimes = {path: path.stat().st_mtime_ns for path in files if path.is_file()}

    result = run_generator(repo, env=EPOCH)

    assert result.returncode == 0, result.stderr
    for provider in PROVIDERS:
        assert summary_line(result, provider.key) == f"{provider.project_name} unchanged - 0.00 s"
    assert everything(repo) == before
    assert {path: path.stat().st_mtime_ns for path in mtimes} == mtimes, "not even rewritten with the same bytes"
    imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "scripts.generate"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    for slow in ("openapi_python_client", "openapi_spec_validator", "ruamel", "griffe", "jinja2"):
        assert f" {slow}" not in imports, f"a no-op run imported {slow}"


def test_only_providers_whose_inputs_changed_are_regenerated_unless_forced(repo: Path) -> None:
    add_overage_minutes(repo)
    (repo / "packages" / "aymara-usage-client" / "README.md").write_text("edited by hand\n")

    incremental = generate(repo)

    assert "regenerated" in summary_line(incremental, "vocode")
    assert summary_line(incremental, "aymara") == "aymara-usage-client unchanged - 0.00 s"
    assert (repo / "packages" / "aymara-usage-client" / "README.md").read_text() == "edited by hand\n"

    forced = generate(repo, "--force")

    assert re.fullmatch(r"aymara-usage-client regenerated - \d+\.\d\d s", summary_line(forced, "aymara"))
    assert re.fullmatch(r"vocode-usage-client unchanged - \d+\.\d\d s", summary_line(forced, "vocode"))
    assert versions_of(repo, "aymara")["lock"] == "1.0.0", "repairing a package bumps nothing"
    assert versions_of(repo, "vocode")["lock"] == "1.1.0"
    assert run_generator(repo, "--check").returncode == 0


def test_check_fails_when_the_lock_is_stale(repo: Path) -> None:
    add_overage_minutes(repo)
    before = everything(repo)

    result = run_generator(repo, "--check")

    assert result.returncode == 1
    assert f"{LOCK} is stale for vocode-usage-client: changed since it was generated:\n  {VOCODE_UPSTREAM}\n" in (
        result.stdout
    )
    assert f"specs/vocode.yaml is not what {VOCODE_UPSTREAM} + {VOCODE_OVERLAY} produce" in result.stdout
    assert "Run `make generate` and commit the result." in result.stdout
    assert "aymara" not in result.stdout
    assert everything(repo) == before


def test_check_fails_when_a_template_changed(repo: Path) -> None:
    template = repo / "scripts" / "templates" / "LICENSE.jinja"
    template.write_text(template.read_text() + "\n")

    result = run_generator(repo, "--check")

    assert result.returncode == 1
    for provider in PROVIDERS:
        assert f"{LOCK} is stale for {provider.project_name}" in result.stdout
    assert "  scripts/templates/LICENSE.jinja\n" in result.stdout


def test_check_fails_when_a_facade_range_was_edited(repo: Path) -> None:
    facade = repo / "packages" / "usage-clients" / "pyproject.toml"
    facade.write_text(facade.read_text().replace("vocode-usage-client>=1.0.0,<2", "vocode-usage-client>=1.0.0,<3"))

    result = run_generator(repo, "--check")

    assert result.returncode == 1
    assert (
        "packages/usage-clients/pyproject.toml does not follow scripts/providers.toml and the packages' versions."
        in result.stdout
    )


def test_an_unreadable_lock_is_an_error_that_changes_nothing(repo: Path) -> None:
    add_overage_minutes(repo)
    (repo / LOCK).write_text('{"providers": {"vocode": {"version": "1.0.0"<<<<<<< HEAD\n')
    before = everything(repo)

    result = run_generator(repo)

    assert result.returncode == 1
    assert f"error: {LOCK}: unreadable" in result.stderr
    assert "Traceback" not in result.stderr
    assert everything(repo) == before


def test_deleting_the_lock_re_baselines_every_package_at_1_0_0(repo: Path) -> None:
    widen_paid_amount(repo)
    generate(repo)
    assert versions_of(repo, "aymara")["lock"] == "2.0.0"
    (repo / LOCK).unlink()

    result = generate(repo)

    for provider in PROVIDERS:
        assert "baseline 1.0.0" in summary_line(result, provider.key)
    assert versions_of(repo, "aymara") == {
        "pyproject": "1.0.0",
        "__version__": "1.0.0",
        "lock": "1.0.0",
        "uv.lock": "1.0.0",
        "facade": "aymara-usage-client>=1.0.0,<2",
    }
    log = changelog(repo, "aymara")
    assert log.count("\n## ") == 1, "the history starts again"
    assert log.endswith(f"\n## 1.0.0 ({DATE})\n\n- First release, generated from `specs/aymara.yaml`.\n\n")
    assert run_generator(repo, "--check").returncode == 0


def test_a_run_killed_before_writing_the_lock_converges(tmp_path: Path) -> None:
    """The lock is written last: if a run dies after swapping packages in, the next run keeps their versions."""
    reference, repo = repo_copy(tmp_path / "reference"), repo_copy(tmp_path / "repo")
    for copy in (reference, repo):
        add_overage_minutes(copy)
    generate(reference)
    old_lock = (repo / LOCK).read_bytes()
    generate(repo)
    (repo / LOCK).write_bytes(old_lock)  # as if killed right before the lock was written

    result = generate(repo)

    assert re.fullmatch(r"vocode-usage-client unchanged - \d+\.\d\d s", summary_line(result, "vocode"))
    assert everything(repo) == everything(reference)


def whole(repo: Path, old: dict[str, dict[str, bytes]], new: dict[str, dict[str, bytes]]) -> None:
    """Every package is its old tree or its new one; one moved aside mid-swap is whole in .generate/replaced."""
    for provider in PROVIDERS:
        package = repo / "packages" / provider.project_name
        if not package.exists():
            package = repo / ".generate" / "replaced" / provider.project_name
            assert tree_snapshot(package) == old[provider.key], f"{provider.project_name} is lost"
        else:
            assert tree_snapshot(package) in (old[provider.key], new[provider.key]), f"{provider.project_name} is torn"


def staging(repo: Path) -> bool:
    """True once the run has its staging directory: it has read the specs, nothing is rendered yet."""
    return any((repo / ".generate").glob("staging-*"))


def rendered(repo: Path) -> bool:
    """True once a package has been rendered into staging, before any is moved into packages/."""
    return any((repo / ".generate").glob("staging-*/*/*/pyproject.toml"))


def swapping(repo: Path) -> bool:
    """True once the run has begun moving packages: the moment most likely to tear one."""
    return (repo / ".generate" / "replaced").exists()


def relocking(original: bytes) -> Callable[[Path], bool]:
    """True once uv.lock was rewritten: every package is in place, the lock is not yet written."""
    return lambda repo: (repo / "uv.lock").read_bytes() != original


# When to kill a run: at the first sign of each of its stages (events, not fractions of a time, which a
# loaded machine stretches unevenly).
KILL_POINTS: dict[str, Callable[[Path], bool]] = {"staging": staging, "rendered": rendered, "swap": swapping}


@dataclass(frozen=True)
class Edited:
    """A repository copy with an additive and a breaking spec change, and what an uninterrupted run makes of it."""

    repo: Path  # before the run
    old: dict[str, dict[str, bytes]]  # each package's tree before the run
    new: dict[str, dict[str, bytes]]  # and after
    result: dict[str, bytes]  # everything() after


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Edited:
    root = tmp_path_factory.mktemp("edited")
    repo, reference = repo_copy(root / "repo"), repo_copy(root / "reference")
    for copy in (repo, reference):
        add_overage_minutes(copy)
        widen_paid_amount(copy)
    generate(reference)

    def trees(copy: Path) -> dict[str, dict[str, bytes]]:
        return {provider.key: tree_snapshot(copy / "packages" / provider.project_name) for provider in PROVIDERS}

    old, new = trees(repo), trees(reference)
    assert [key for key in old if old[key] != new[key]] == ["aymara", "vocode"]
    return Edited(repo, old, new, everything(reference))


@pytest.mark.parametrize("point", [*KILL_POINTS, "relock"])
def test_a_killed_run_leaves_every_package_whole_and_the_next_run_converges(
    tmp_path: Path, edited: Edited, point: str
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(edited.repo, repo, symlinks=True)
    when = KILL_POINTS[point] if point in KILL_POINTS else relocking((repo / "uv.lock").read_bytes())
    run = subprocess.Popen(
        [sys.executable, "-m", "scripts.generate"],
        cwd=repo,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **EPOCH},
    )
    try:
        while run.poll() is None and not when(repo):
            time.sleep(0.001)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed"

    whole(repo, edited.old, edited.new)
    generate(repo)
    assert everything(repo) == edited.result


def test_check_fails_on_a_hand_edited_changelog(repo: Path) -> None:
    """Changelogs are written by the generator: the lockfile records each one's digest."""
    log = repo / "packages" / "vocode-usage-client" / "CHANGELOG.md"
    log.write_text(log.read_text() + "- Edited by hand.\n")

    result = run_generator(repo, "--check")

    assert result.returncode == 1
    assert "packages/vocode-usage-client/CHANGELOG.md was edited by hand" in result.stdout
