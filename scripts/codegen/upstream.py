"""Where a provider's spec comes from: its manifest entry's `upstream` table, or "hand-written".

    [vocode.upstream]
    file = "upstream/vocode/openapi.json"        # the provider's published description, verbatim
    url = "https://api.vocode.dev/openapi.json"  # where `make update-specs` fetches it again
    operations = ["get_usage"]                   # the operations we keep (with their $ref closure): operationIds,
                                                 # or "GET /path" for an operation that has none
    overlay = "overlays/vocode.yaml"             # optional: our deliberate differences, one Overlay 1.0 action each

A provider that publishes no description says `upstream = "hand-written"`: its spec is edited in
specs/ directly. This module is on the no-op path of `make generate` (the lock hashes these files),
so it imports nothing but the standard library.
"""

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CodegenError
from .manifest import HAND_WRITTEN, load_providers
from .paths import MANIFEST

_FIELDS = ("file", "url", "operations")


@dataclass(frozen=True)
class Upstream:
    """How one provider's spec is derived from its published description."""

    key: str  # the provider, e.g. "vocode"
    file: Path  # relative to the repository root, e.g. upstream/vocode/openapi.json
    url: str
    operations: tuple[str, ...]  # operationIds, or "GET /path" selectors
    overlay: Path | None  # None: the spec is the kept operations as published
    spec: Path  # what it derives, e.g. specs/vocode.yaml

    @property
    def inputs(self) -> tuple[Path, ...]:
        """The files the spec is derived from: the published description and the overlay, if any."""
        return (self.file,) if self.overlay is None else (self.file, self.overlay)

    @property
    def described(self) -> str:
        """The inputs in words, for messages: `upstream/x/openapi.json + overlays/x.yaml`."""
        return " + ".join(path.as_posix() for path in self.inputs)

    @property
    def source_notes(self) -> Path:
        return self.file.parent / "SOURCE.md"


def load_upstreams(repo: Path) -> dict[str, Upstream]:
    """The derived providers by key; hand-written ones are left out. A malformed entry is a CodegenError."""
    load_providers(repo / MANIFEST)  # every entry validated first: its paths stay inside the repository
    try:
        with (repo / MANIFEST).open("rb") as file:
            manifest = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CodegenError(f"{MANIFEST}: {error}") from error
    upstreams = {}
    for key, entry in manifest.items():
        declared = entry.get("upstream") if isinstance(entry, dict) else None
        if declared == HAND_WRITTEN:
            continue
        upstreams[key] = _upstream(key, entry, declared)
    return upstreams


def _upstream(key: str, entry: dict[str, Any], declared: object) -> Upstream:
    where = f"{MANIFEST} [{key}.upstream]"
    if not isinstance(declared, dict):
        expected = f'give file, url and operations (and an overlay if any), or `upstream = "{HAND_WRITTEN}"`'
        raise CodegenError(f"{where}: missing; {expected}")
    if missing := [name for name in _FIELDS if name not in declared]:
        raise CodegenError(f"{where}: missing {', '.join(missing)}")
    operations = declared["operations"]
    if not (
        isinstance(operations, list)
        and operations
        and all(isinstance(item, str) and item.strip() and item.isprintable() for item in operations)
    ):
        raise CodegenError(f'{where}: `operations` must be a non-empty list of operationIds or "GET /path"s')
    if not all(isinstance(declared.get(name, ""), str) for name in ("file", "url", "overlay")):
        raise CodegenError(f"{where}: `file`, `url` and `overlay` must be strings")
    if not str(declared["url"]).startswith(("https://", "http://")):
        raise CodegenError(f"{where}: `url` must be an http(s) URL, got {declared['url']!r}")
    return Upstream(
        key=key,
        file=Path(declared["file"]),
        url=declared["url"],
        operations=tuple(operations),
        overlay=Path(declared["overlay"]) if "overlay" in declared else None,
        spec=Path(entry["spec"]),
    )


def upstream_inputs(repo: Path, key: str) -> dict[str, bytes]:
    """The files a derived spec is made from (upstream file and overlay) by repository path; none if hand-written."""
    upstream = load_upstreams(repo).get(key)
    if upstream is None:
        return {}
    files = {}
    for path in upstream.inputs:
        try:
            files[path.as_posix()] = (repo / path).read_bytes()
        except OSError as error:
            raise CodegenError(f"{MANIFEST} [{key}.upstream]: {path.as_posix()}: {error.strerror}") from error
    return files


def derivation_note(upstream: Upstream | None, changed: list[str]) -> list[str]:
    """A changelog line saying why a package changed when its published description or overlay did."""
    if upstream is None or not {path.as_posix() for path in upstream.inputs} & set(changed):
        return []
    differences = "" if upstream.overlay is None else f" with our differences in `{upstream.overlay.as_posix()}`"
    return [
        f"Derived from the provider's published API description `{upstream.file.as_posix()}` "
        f"(see `{upstream.source_notes.as_posix()}`){differences}."
    ]


def derive_stale_specs(repo: Path, locked: dict[str, dict[str, str]], current: dict[str, dict[str, str]]) -> bool:
    """Re-derive the specs whose inputs differ from the lock's (all when `locked` is empty); True if one changed.

    `locked` and `current` are the lock's and the present inputs by provider key: equal inputs mean the spec is
    exactly what its upstream and overlay produced last time, so nothing slow is imported or run.
    """
    upstreams = load_upstreams(repo)
    stale = [upstream for key, upstream in upstreams.items() if locked.get(key) != current.get(key)]
    if not stale:
        return False
    from .derive import derive_specs  # lazily: JSONPath, YAML and the validator are slow to import

    return bool(derive_specs(repo, stale))


@contextmanager
def derived_specs_restored_on_error(repo: Path) -> Iterator[None]:
    """Put every derived spec back as it was if the block fails: a failed run leaves specs/ untouched.

    `make generate` derives specs before it renders packages; when rendering fails, packages/ and the
    lock stay as they were, and so must the specs they were generated from.
    """
    paths = [repo / upstream.spec for upstream in load_upstreams(repo).values()]
    before = {path: path.read_bytes() if path.exists() else None for path in paths}
    try:
        yield
    except BaseException:
        for path, content in before.items():
            if content is None:
                path.unlink(missing_ok=True)
            elif not path.exists() or path.read_bytes() != content:
                path.write_bytes(content)
        raise
