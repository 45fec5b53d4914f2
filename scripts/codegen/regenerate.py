"""Regenerating packages/ from specs/: incremental, checked against the API, versioned.

`generate` hashes every provider's inputs and compares them with the lock: a provider whose inputs
did not change is not touched, and when none changed nothing slow is even imported. The others are
validated and rendered at their current version into staging, compared with the package in
packages/ (its public API and its files), re-rendered at the bumped version with a changelog entry
where they changed, and swapped in. Then the facade's ranges, uv.lock and, last, the lock follow.

A run killed at any point leaves every package whole (see output.py) and the next run converges:
the version is read from the package in packages/, so a package already swapped in at its new
version compares equal and keeps it, and the lock is written only after everything it describes.
"""

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .lock import FIRST_VERSION, LOCK, Entry, Inputs, changed_inputs, current_inputs, read_lock, write_lock
from .manifest import Provider, load_providers
from .output import Workspace, tree_diff
from .upstream import derivation_note, derive_stale_specs, load_upstreams
from .uv_lock import sync_uv_lock
from .versioning import (
    BUMPS,
    CHANGELOG,
    FACADE,
    add_entry,
    bump,
    entry_lines,
    facade_text,
    first_changelog,
    package_version,
    sync_facade,
)

if TYPE_CHECKING:  # spec.py imports the validator: the no-op path must not
    from .spec import Spec

PACKAGES = "packages"


@dataclass(frozen=True)
class Outcome:
    """What `generate` did to one provider's package, for the summary line."""

    provider: Provider
    regenerated: bool  # its files in packages/ were replaced
    bump: str  # e.g. "minor 1.0.0 -> 1.1.0", "baseline 1.0.0" or "-"
    version: str
    seconds: float


@dataclass
class _Job:
    """One provider being regenerated: the version and changelog it is rendered with, and where."""

    provider: Provider
    target: Path
    version: str
    changelog: str
    baseline: bool
    restore: bool = False  # inputs are as locked: render what the lock describes, whatever packages/ holds
    tree: Path | None = None  # where it was rendered
    label: str = "-"  # the bump, for the summary line
    seconds: float = 0.0


def generate(repo: Path, workspace: Workspace, staging: Path, *, force: bool = False) -> list[Outcome]:
    """Regenerate the providers whose inputs changed (all with `force`); one outcome per provider."""
    providers = load_providers(repo)
    locked = read_lock(repo)
    inputs = current_inputs(repo, providers)
    if derive_stale_specs(repo, {} if force else {key: entry.inputs for key, entry in locked.items()}, inputs):
        inputs = current_inputs(repo, providers)  # a derived spec changed: hash it again
    packages = repo / PACKAGES
    stale = [
        provider
        for provider in providers
        if force
        or provider.key not in locked
        or locked[provider.key].inputs != inputs[provider.key]
        or package_version(packages / provider.project_name) is None
    ]
    outcomes = {
        provider: Outcome(provider, False, "-", locked[provider.key].version, 0.0)
        for provider in providers
        if provider not in stale
    }
    if stale:
        outcomes |= _regenerate(repo, stale, locked, inputs, staging, workspace)
    versions = {provider: outcomes[provider].version for provider in providers}
    sync_facade(repo, versions)
    if stale:
        sync_uv_lock(repo, {provider.project_name: version for provider, version in versions.items()})
    entries = {provider.key: Entry(versions[provider], inputs[provider.key]) for provider in providers}
    if entries != locked:
        write_lock(repo, entries)
    return [outcomes[provider] for provider in providers]


def _regenerate(
    repo: Path,
    stale: list[Provider],
    locked: dict[str, Entry],
    inputs: dict[str, Inputs],
    staging: Path,
    workspace: Workspace,
) -> dict[Provider, Outcome]:
    from .api import Level, diff_api, read_api  # lazily: not needed when nothing changed

    specs = _load_specs(repo, stale)

    jobs = []
    for provider in stale:
        target = repo / PACKAGES / provider.project_name
        entry = locked.get(provider.key)
        # Inputs as locked (a forced run) or no package to compare with: restore the locked version. Otherwise
        # start from the package's own version: after a run killed before it wrote the lock, that is already
        # the new one, and stays.
        restore = entry is not None and (entry.inputs == inputs[provider.key] or package_version(target) is None)
        current = (entry.version if restore else package_version(target)) if entry else None
        changelog = target / CHANGELOG
        jobs.append(
            _Job(
                provider,
                target,
                version=current or FIRST_VERSION,
                changelog=changelog.read_text(encoding="utf-8")
                if current and changelog.exists()
                else first_changelog(provider),
                baseline=current is None,
                restore=restore,
            )
        )
    _render(jobs, specs, staging / "current")
    bumped = []
    for job in jobs:
        assert job.tree is not None
        if job.baseline:
            job.label = f"baseline {job.version}"
        elif not job.restore and tree_diff(job.tree, job.target):
            started = time.perf_counter()
            package = job.provider.package_name
            changes = diff_api(read_api(job.target / package), read_api(job.tree / package))
            level = max((change.level for change in changes), default=Level.OTHER)
            before, job.version = job.version, bump(job.version, level)
            names = changed_inputs(locked[job.provider.key].inputs, inputs[job.provider.key])
            lines = [*derivation_note(load_upstreams(repo).get(job.provider.key), names), *entry_lines(changes, names)]
            job.changelog = add_entry(job.changelog, job.version, lines)
            job.label = f"{BUMPS[level]} {before} -> {job.version}"
            job.seconds += time.perf_counter() - started
            bumped.append(job)
    if bumped:
        _render(bumped, specs, staging / "bumped")
    outcomes = {}
    for job in jobs:
        assert job.tree is not None
        changed = bool(tree_diff(job.tree, job.target))
        if changed:
            workspace.replace(job.tree, job.target)
        outcomes[job.provider] = Outcome(job.provider, changed, job.label, job.version, job.seconds)
    return outcomes


def _load_specs(repo: Path, providers: list[Provider]) -> dict[Provider, "Spec"]:
    """Each provider's spec, parsed and validated once per run (a bumped package is rendered twice)."""
    from .spec import load_spec  # lazily: slow to import

    return {provider: load_spec(repo / provider.spec, shown_as=provider.spec) for provider in providers}


def _render(jobs: list[_Job], specs: Mapping[Provider, "Spec"], root: Path) -> None:
    """Render and format each package of `jobs` below `root` at the job's version, from its validated spec."""
    from .render import format_packages, render_package  # lazily: slow to import

    for job in jobs:
        started = time.perf_counter()
        job.tree = root / job.provider.project_name
        render_package(job.provider, specs[job.provider], job.version, job.tree)
        (job.tree / CHANGELOG).write_text(job.changelog, encoding="utf-8")
        job.seconds += time.perf_counter() - started
    format_packages(root)


def check(repo: Path, staging: Path) -> bool:
    """True when the lock and packages/ are exactly what the specs produce; otherwise say what differs."""
    from .derive import stale_derived_specs  # lazily: slow to import

    providers = load_providers(repo)
    locked = read_lock(repo)
    inputs = current_inputs(repo, providers)
    fresh = True
    for problem in stale_derived_specs(repo, list(load_upstreams(repo).values())):
        fresh = False
        print(problem)
    for provider in providers:
        if provider.key not in locked:
            fresh = False
            print(f"{LOCK} has no entry for {provider.project_name} ({provider.spec.as_posix()}).")
        elif changed := changed_inputs(locked[provider.key].inputs, inputs[provider.key]):
            fresh = False
            print(f"{LOCK} is stale for {provider.project_name}: changed since it was generated:")
            print("\n".join(f"  {name}" for name in changed))
    jobs = []
    for provider in providers:
        target = repo / PACKAGES / provider.project_name
        changelog = target / CHANGELOG
        text = changelog.read_text(encoding="utf-8") if changelog.exists() else first_changelog(provider)
        version = locked[provider.key].version if provider.key in locked else FIRST_VERSION
        jobs.append(_Job(provider, target, version, text, baseline=provider.key not in locked))
    _render(jobs, _load_specs(repo, providers), staging)
    for job in jobs:
        assert job.tree is not None
        if differences := tree_diff(job.tree, job.target):
            fresh = False
            print(f"packages/{job.provider.project_name} is stale relative to {job.provider.spec.as_posix()}:")
            print("\n".join(f"  {line}" for line in differences))
    facade = (repo / FACADE).read_text(encoding="utf-8")
    if facade_text(facade, {job.provider: job.version for job in jobs}) != facade:
        fresh = False
        print(f"{FACADE.as_posix()}: an extra's version range does not follow its provider's major version.")
    if not fresh:
        print("Run `make generate` and commit the result.")
    return fresh
