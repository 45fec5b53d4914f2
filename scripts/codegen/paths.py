"""Where everything the generator reads and writes lives: built once per run, passed down as one object."""

import shutil
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "scripts/providers.toml"  # as messages name it, relative to the repository
# The repository this checkout of the generator belongs to (scripts/codegen/paths.py -> the root).
REPO = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class Paths:
    """The repository's places, all absolute; `Paths(copy)` points the generator at a copy of the repository."""

    repo: Path

    @property
    def manifest(self) -> Path:
        return self.repo / MANIFEST

    @property
    def packages(self) -> Path:
        return self.repo / "packages"

    @property
    def facade(self) -> Path:
        """The facade's pyproject.toml: its extras follow the providers' major versions."""
        return self.packages / "usage-clients" / "pyproject.toml"

    @property
    def lockfile(self) -> Path:
        """generate.lock.json: the inputs and version of every generated package."""
        return self.repo / "generate.lock.json"

    @property
    def uv_lock(self) -> Path:
        return self.repo / "uv.lock"

    @property
    def work(self) -> Path:
        """The generator's private area: staging trees, packages being replaced."""
        return self.repo / ".generate"

    def package(self, project_name: str) -> Path:
        return self.packages / project_name

    def relative(self, path: Path) -> str:
        """`path` as the repository names it, e.g. `specs/vocode.yaml`."""
        return path.relative_to(self.repo).as_posix()


def find_uv(repo: Path = REPO) -> str | None:
    """The uv the Makefile pins into .tools/, else one on PATH, else None."""
    pinned = repo / ".tools" / "bin" / "uv"
    return str(pinned) if pinned.exists() else shutil.which("uv")
