"""uv.lock follows the members' versions without resolving (so a cold uv cache works), and a failure is loud."""

from pathlib import Path

from scripts.codegen.uv_lock import with_member_versions
from support import LOCK, repo_copy, run_generator

LOCKED = """[[package]]
name = "vocode-usage-client"
version = "1.0.0"
source = { editable = "packages/vocode-usage-client" }

[[package]]
name = "vocode-usage-client-extras"
version = "1.0.0"
"""


def test_only_the_named_members_version_line_changes() -> None:
    text, missing = with_member_versions(LOCKED, {"vocode-usage-client": "2.0.0"})

    assert text == LOCKED.replace('version = "1.0.0"', 'version = "2.0.0"', 1)
    assert missing == []


def test_a_member_the_lock_does_not_know_is_reported_not_guessed() -> None:
    text, missing = with_member_versions(LOCKED, {"aymara-usage-client": "1.0.0"})

    assert (text, missing) == (LOCKED, ["aymara-usage-client"])


def test_a_relock_uv_cannot_do_fails_the_run_and_writes_no_lock(tmp_path: Path) -> None:
    repo = repo_copy(tmp_path / "repo")
    uv_lock = repo / "uv.lock"
    # uv.lock no longer matches what the members' pyproject.toml files ask for: only a resolution can mend
    # it, and offline with an empty cache uv cannot resolve.
    uv_lock.write_text(uv_lock.read_text().replace('specifier = ">=0.23.1,<0.29"', 'specifier = ">=0.20"', 1))
    license_template = repo / "scripts" / "templates" / "LICENSE.jinja"  # any change of output bumps every package
    license_template.write_text(license_template.read_text() + "\n")
    lock_before = (repo / LOCK).read_bytes()
    offline = {"UV_OFFLINE": "1", "UV_CACHE_DIR": str(tmp_path / "empty-cache"), "CHANGELOG_DATE": "2026-01-01"}

    result = run_generator(repo, env=offline)

    assert result.returncode == 1, result.stdout
    assert "`uv lock --quiet` failed, uv.lock is stale" in result.stderr
    assert "once uv.lock is mended (`uv lock`), `make generate` finishes the run" in result.stderr
    assert (repo / LOCK).read_bytes() == lock_before
