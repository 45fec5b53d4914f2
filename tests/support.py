"""Helpers the tests share (fixtures live in conftest.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.lock import LOCK, read_lock
from codegen.manifest import Provider, load_providers
from mock_servers import REPO

PROVIDERS = load_providers(REPO)


def provider_params() -> list[object]:
    """Parametrize a test over every provider, with the provider key as test id."""
    return [pytest.param(provider, id=provider.key) for provider in PROVIDERS]


def provider_by_key(key: str) -> Provider:
    return next(provider for provider in PROVIDERS if provider.key == key)


def uv() -> str:
    """The uv the Makefile installed (pinned), else one on PATH."""
    pinned = REPO / ".tools" / "bin" / "uv"
    found = str(pinned) if pinned.exists() else shutil.which("uv")
    if found is None:
        pytest.fail("uv is missing: run `make setup`")
    return found


def recorded_version(provider: Provider) -> str:
    """The version generate.lock.json records for a provider's package."""
    return read_lock(REPO)[provider.key].version


def repo_copy(destination: Path) -> Path:
    """A copy of everything the generator reads and writes: specs, scripts, packages, the lock, the workspace.

    The pinned uv is linked in (not copied), so a version bump can re-lock the copy's uv.lock.
    """
    for part in ("specs", "scripts", "packages"):
        shutil.copytree(REPO / part, destination / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in (LOCK, "pyproject.toml", "uv.lock"):
        shutil.copy2(REPO / name, destination / name)
    if (REPO / ".tools").exists():
        (destination / ".tools").symlink_to(REPO / ".tools")
    return destination


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file below `root` with its bytes, caches excluded."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def run_generator(repo: Path, *arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`scripts/generate.py` of `repo`, run as a maintainer runs it; `env` adds to the environment."""
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "generate.py"), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )
