"""The generation lock: what each package was generated from, and the version it is at.

`generate.lock.json` (committed, at the repository root) records per provider the sha256 of every
input that shapes its package and the package's current version:

- its spec and its entry in scripts/providers.toml;
- for a derived spec, the upstream file and the overlay it is derived from;
- scripts/openapi-python-client.yaml and every file under scripts/templates/;
- the generator's own code (scripts/codegen/*.py): it writes part of every package;
- the versions of openapi-python-client and ruff, which shape the generated code.

A provider whose inputs all match the lock is up to date and is not regenerated. This module is on
the no-op path of `make generate`, so it imports nothing but the standard library, and nothing slow.
Deleting the lock re-baselines every package at 1.0.0 on the next `make generate`.
"""

import hashlib
import json
import os
import tempfile
import tomllib
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .errors import CodegenError
from .manifest import MANIFEST, Provider
from .upstream import upstream_inputs

LOCK = "generate.lock.json"
# The tools whose version shapes the generated code (exact pins in the root pyproject.toml).
TOOLS = ("openapi-python-client", "ruff")
FIRST_VERSION = "1.0.0"
_SHARED_INPUTS = ("scripts/openapi-python-client.yaml", "scripts/templates", "scripts/codegen")
_NOTE = (
    "Written by scripts/generate.py: the inputs each package was generated from and its version. "
    "Do not edit. Delete this file and run `make generate` to re-baseline every package at 1.0.0."
)

Inputs = dict[str, str]  # input name (a repository path, `manifest:<key>` or `tool:<name>`) -> digest or version


@dataclass(frozen=True)
class Entry:
    """What the lock records for one provider."""

    version: str
    inputs: Inputs


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _shared_inputs(repo: Path) -> Inputs:
    inputs: Inputs = {}
    for name in _SHARED_INPUTS:
        path = repo / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            inputs[file.relative_to(repo).as_posix()] = _digest(file.read_bytes())
    for tool in TOOLS:
        inputs[f"tool:{tool}"] = version(tool)
    return inputs


def current_inputs(repo: Path, providers: list[Provider]) -> dict[str, Inputs]:
    """The inputs of every provider as they are now, by provider key."""
    shared = _shared_inputs(repo)
    with (repo / MANIFEST).open("rb") as file:
        manifest = tomllib.load(file)
    result = {}
    for provider in providers:
        entry = json.dumps(manifest[provider.key], sort_keys=True).encode()
        spec = provider.spec.as_posix()
        result[provider.key] = {
            spec: _digest((repo / provider.spec).read_bytes()),
            f"manifest:{provider.key}": _digest(entry),
            # A derived spec's published description and overlay (see upstream.py): none for a hand-written one.
            **{name: _digest(data) for name, data in upstream_inputs(repo, provider.key).items()},
            **shared,
        }
    return result


def changed_inputs(old: Inputs, new: Inputs) -> list[str]:
    """The names of inputs added, removed or changed between two records."""
    return sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))


def read_lock(repo: Path) -> dict[str, Entry]:
    """The lock's entries by provider key; none when there is no lock (every package is then a baseline)."""
    path = repo / LOCK
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            key: Entry(version=str(entry["version"]), inputs=dict(entry["inputs"]))
            for key, entry in data["providers"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise CodegenError(
            f"{LOCK}: unreadable ({error!r}). Restore it from git, or delete it to re-baseline every package at 1.0.0."
        ) from error


def write_lock(repo: Path, entries: dict[str, Entry]) -> None:
    """Replace the lock atomically: a reader (or a killed run) sees the old lock or the new, never half of one."""
    data = {
        "note": _NOTE,
        "providers": {
            key: {"version": entry.version, "inputs": dict(sorted(entry.inputs.items()))}
            for key, entry in sorted(entries.items())
        },
    }
    write_atomically(repo / LOCK, json.dumps(data, indent=2) + "\n")


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
