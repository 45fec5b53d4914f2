"""File helpers of the generator: atomic writes, and comparing package trees file by file."""

import os
import tempfile
from pathlib import Path

# Caches and build output that appear in a package directory but are never generated.
NOT_GENERATED = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", "build", "dist", ".venv"}


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(descriptor, 0o644)  # mkstemp makes it private; this is a file for the repository
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
