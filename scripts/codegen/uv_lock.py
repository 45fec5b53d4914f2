"""Keeping uv.lock in step with the workspace members' versions, offline and with a cold cache.

A regeneration usually changes nothing but the version of workspace members, so uv.lock needs no
resolution: the `version` line of each member's `[[package]]` entry is rewritten in place and uv then
confirms, offline, that the lock satisfies the workspace (`uv lock --check --offline` reads only the lock and the
members' pyproject.toml files). `uv lock --offline` would re-resolve instead, which needs every
registry package's metadata in uv's cache: on a fresh machine it is not there.
"""

import os
import re
import subprocess
from collections.abc import Mapping

from .errors import UvLockError
from .files import write_atomically
from .paths import Paths, find_uv


def with_member_versions(text: str, versions: Mapping[str, str]) -> tuple[str, list[str]]:
    """`text` (a uv.lock) with each named member's version replaced, and the names it has no entry for."""
    missing = []
    for name, version in versions.items():
        entry = re.compile(rf'(?m)^(\[\[package\]\]\nname = "{re.escape(name)}"\nversion = )"[^"\n]*"$')
        text, count = entry.subn(rf'\g<1>"{version}"', text)
        if count != 1:
            missing.append(name)
    return text, missing


def update_uv_lock(paths: Paths, versions: Mapping[str, str]) -> None:
    """Make uv.lock record these member versions (project name -> version), or raise UvLockError.

    The members' versions are rewritten in place, atomically, and checked offline. When that is not
    enough (a new provider, or a template that changed the members' dependencies), uv resolves the
    workspace again with `uv lock`, which may need the network. A repository without a uv.lock is left
    alone.
    """
    if not paths.uv_lock.exists():
        return
    text = paths.uv_lock.read_text(encoding="utf-8")
    updated, missing = with_member_versions(text, versions)
    if updated != text:
        write_atomically(paths.uv_lock, updated)
    if missing or not _uv(paths, "lock", "--check", "--offline", "--quiet", strict=False):
        _uv(paths, "lock", "--quiet")


def _uv(paths: Paths, *arguments: str, strict: bool = True) -> bool:
    """Run uv in the repository: True if it succeeded; a failure raises UvLockError when `strict`."""
    uv = find_uv(paths.repo)
    if uv is None:
        raise UvLockError("uv not found: run `make setup`.")
    environment = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    command = [uv, *arguments]
    result = subprocess.run(command, cwd=paths.repo, env=environment, capture_output=True, text=True, check=False)
    if result.returncode != 0 and strict:
        raise UvLockError(f"`uv {' '.join(arguments)}` failed, uv.lock is stale: {result.stderr.strip()}")
    return result.returncode == 0
