"""Comparing generated trees with packages/ and replacing packages without ever leaving one half-written.

Packages are generated under `.generate/` (same file system as packages/) and moved in with
renames. A package is replaced in two renames: the old one into `.generate/replaced/`, the new
one into place. If a run dies between the two, the next run puts the old one back before
anything else, so every package is always whole.
"""

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WORK_DIR = ".generate"

# Caches and build output that appear in a package directory but are never generated.
NOT_GENERATED = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", "build", "dist", ".venv"}


def tree_files(root: Path) -> dict[str, bytes]:
    """Every generated file below `root`, by POSIX path relative to it."""
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d not in NOT_GENERATED and not d.endswith(".egg-info"))
        for name in sorted(names):
            if name.endswith(".pyc"):
                continue
            path = Path(directory, name)
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """What differs between two package trees, one line per file: `+` missing, `-` stale, `~` changed."""
    want, have = tree_files(expected), tree_files(actual)
    lines = []
    for name in sorted(want.keys() | have.keys()):
        if name not in have:
            lines.append(f"+ {name}")
        elif name not in want:
            lines.append(f"- {name}")
        elif want[name] != have[name]:
            lines.append(f"~ {name}")
    return lines


class Workspace:
    """The generator's private area in the repository: staging, replaced packages, a lock."""

    def __init__(self, repo: Path) -> None:
        self.root = repo / WORK_DIR
        self._replaced = self.root / "replaced"

    @contextmanager
    def session(self, packages: Path) -> Iterator[Path]:
        """Hold the lock, heal any interrupted replacement, and yield an empty staging directory."""
        self.root.mkdir(exist_ok=True)
        with (self.root / "lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._recover(packages)
            staging = Path(tempfile.mkdtemp(prefix="staging-", dir=self.root))
            try:
                yield staging
            finally:
                shutil.rmtree(staging, ignore_errors=True)

    def replace(self, new: Path, target: Path) -> None:
        """Move the package tree `new` to `target`, moving any old tree out of the way first."""
        self._replaced.mkdir(exist_ok=True)
        old = self._replaced / target.name
        if target.exists():
            os.rename(target, old)
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)

    def _recover(self, packages: Path) -> None:
        """Undo what a killed run left: put replaced packages back, drop its staging directories."""
        for stale in self.root.glob("staging-*"):
            shutil.rmtree(stale)
        if not self._replaced.is_dir():
            return
        for old in sorted(self._replaced.iterdir()):
            target = packages / old.name
            if target.exists():
                shutil.rmtree(old)
            else:
                os.rename(old, target)
