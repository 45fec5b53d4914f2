"""Keeping uv.lock's record of the workspace members' versions in step with the generated packages."""

import os
import subprocess
import sys
import tomllib
from collections.abc import Mapping

from .paths import Paths, find_uv


def update_uv_lock(paths: Paths, versions: Mapping[str, str]) -> None:
    """Re-lock when a member's version (`versions`: project name -> version) changed, or `uv sync --locked` fails."""
    path = paths.uv_lock
    if not path.exists():
        return
    with path.open("rb") as file:
        recorded = {package["name"]: package.get("version") for package in tomllib.load(file).get("package", [])}
    if all(recorded.get(name) == version for name, version in versions.items()):
        return
    uv = find_uv(paths.repo)
    if uv is None:
        problem = "uv not found"
    else:
        environment = {"UV_PYTHON_DOWNLOADS": "never", **os.environ}
        command = [uv, "lock", "--offline", "--quiet"]  # only the members' versions changed: nothing to download
        result = subprocess.run(command, cwd=paths.repo, env=environment, capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return
        problem = result.stderr.strip()
    print(f"warning: uv.lock still records the old versions ({problem}): run `uv lock`.", file=sys.stderr)
