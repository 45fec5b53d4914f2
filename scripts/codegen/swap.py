"""Swapping regenerated packages into packages/ without ever leaving one half-written.

Packages are generated under `.generate/` (same file system as packages/) and moved in with
renames. A package is replaced in two renames: the old one into `.generate/replaced/`, the new
one into place. If a run dies between the two, the next run puts the old one back before
anything else, so every package is always whole. One run at a time holds `.generate/busy`.
"""

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .paths import Paths


class Staging:
    """The generator's private area in the repository: staging trees, replaced packages, one run at a time."""

    def __init__(self, paths: Paths) -> None:
        self.root = paths.work
        self._packages = paths.packages
        self._replaced = self.root / "replaced"

    @contextmanager
    def session(self) -> Iterator[Path]:
        """Hold the area, heal any interrupted swap, and yield an empty staging directory."""
        self.root.mkdir(exist_ok=True)
        with (self.root / "busy").open("w") as busy:
            fcntl.flock(busy, fcntl.LOCK_EX)
            self._recover()
            staging = Path(tempfile.mkdtemp(prefix="staging-", dir=self.root))
            try:
                yield staging
            finally:
                shutil.rmtree(staging, ignore_errors=True)

    def swap(self, new: Path, target: Path) -> None:
        """Move the package tree `new` to `target`, moving any old tree out of the way first."""
        self._replaced.mkdir(exist_ok=True)
        old = self._replaced / target.name
        if target.exists():
            os.rename(target, old)
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)

    def _recover(self) -> None:
        """Undo what a killed run left: put replaced packages back, drop its staging directories."""
        for stale in self.root.glob("staging-*"):
            shutil.rmtree(stale)
        if not self._replaced.is_dir():
            return
        for old in sorted(self._replaced.iterdir()):
            target = self._packages / old.name
            if target.exists():
                shutil.rmtree(old)
            else:
                os.rename(old, target)
