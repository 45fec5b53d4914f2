"""generate.lock.json: what each package was generated from, and the version it is at.

The lockfile (committed, at the repository root) records per provider the sha256 of every input
that shapes its package and the package's current version:

- its spec and its entry in scripts/providers.toml;
- for a derived spec, the upstream file and the overlay it is derived from;
- scripts/openapi-python-client.yaml and every file under scripts/templates/;
- the generator's own code (scripts/codegen/*.py): it writes part of every package;
- the versions of openapi-python-client and ruff, which shape the generated code.

A provider whose inputs all match the lockfile is up to date and is not regenerated. This module is
on the no-op path of `make generate`, so it imports nothing but the standard library, and nothing
slow. Deleting the lockfile re-baselines every package at 1.0.0 on the next `make generate`.
"""

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .errors import CodegenError
from .files import write_atomically
from .manifest import Provider
from .paths import Paths
from .upstream import upstream_inputs

# The tools whose version shapes the generated code (exact pins in the root pyproject.toml).
TOOLS = ("openapi-python-client", "ruff")
_SHARED_INPUTS = ("scripts/openapi-python-client.yaml", "scripts/templates", "scripts/codegen")
_NOTE = (
    "Written by scripts/generate.py: the inputs each package was generated from and its version. "
    "Do not edit. Delete this file and run `make generate` to re-baseline every package at 1.0.0."
)

Inputs = dict[str, str]  # input name (a repository path, `manifest:<key>` or `tool:<name>`) -> digest or version


@dataclass(frozen=True)
class Entry:
    """What the lockfile records for one provider."""

    version: str
    inputs: Inputs


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _shared_inputs(paths: Paths) -> Inputs:
    inputs: Inputs = {}
    for name in _SHARED_INPUTS:
        path = paths.repo / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            inputs[paths.relative(file)] = _digest(file.read_bytes())
    for tool in TOOLS:
        inputs[f"tool:{tool}"] = version(tool)
    return inputs


def current_inputs(paths: Paths, providers: list[Provider]) -> dict[str, Inputs]:
    """The inputs of every provider as they are now, by provider key."""
    shared = _shared_inputs(paths)
    return {
        provider.key: {
            # A new derived provider's spec does not exist before its first derivation.
            provider.spec.as_posix(): _digest(spec.read_bytes())
            if (spec := paths.repo / provider.spec).exists()
            else "",
            f"manifest:{provider.key}": _digest(provider.entry.encode()),
            # A derived spec's published description and overlay (see upstream.py): none for a hand-written one.
            **{name: _digest(data) for name, data in upstream_inputs(paths.repo, provider.key).items()},
            **shared,
        }
        for provider in providers
    }


def changed_inputs(old: Inputs, new: Inputs) -> tuple[str, ...]:
    """The names of inputs added, removed or changed between two records."""
    return tuple(sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name)))


def read_lockfile(paths: Paths) -> dict[str, Entry]:
    """The lockfile's entries by provider key; none when there is none (every package is then a baseline)."""
    path = paths.lockfile
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
            f"{path.name}: unreadable ({error!r}). "
            "Restore it from git, or delete it to re-baseline every package at 1.0.0."
        ) from error


def changelog_digests(paths: Paths, changelogs: list[Path]) -> dict[str, str]:
    """The digest of each changelog the generator writes, by repository path: a hand edit changes it."""
    return {paths.relative(path): _digest(path.read_bytes()) for path in changelogs if path.exists()}


def read_changelog_digests(paths: Paths) -> dict[str, str]:
    """What the lockfile recorded of each generated changelog (none in a lockfile older than the record)."""
    if not paths.lockfile.exists():
        return {}
    try:
        return dict(json.loads(paths.lockfile.read_text(encoding="utf-8")).get("changelogs", {}))
    except (ValueError, TypeError, AttributeError):
        return {}  # read_lockfile reports an unreadable lockfile


def write_lockfile(paths: Paths, entries: dict[str, Entry], changelogs: dict[str, str]) -> None:
    """Replace the lockfile atomically: a reader (or a killed run) sees the old one or the new, never half of one."""
    data = {
        "note": _NOTE,
        "providers": {
            key: {"version": entry.version, "inputs": dict(sorted(entry.inputs.items()))}
            for key, entry in sorted(entries.items())
        },
        "changelogs": dict(sorted(changelogs.items())),
    }
    write_atomically(paths.lockfile, json.dumps(data, indent=2) + "\n")
