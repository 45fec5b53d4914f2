"""One regeneration, top to bottom: plan → render → classify → version → swap → record.

`plan` compares every provider's inputs with generate.lock.json and returns frozen jobs: which
providers to render, at which version, with which changelog. When no provider changed nothing slow
is even imported. `generate` renders the jobs into staging, classifies how each package's public
API changed against packages/, moves the version and the changelog on where it did (rendering
those packages again), swaps them in, then brings the facade's ranges, uv.lock and, last, the
lockfile in line. `check` renders the same plan, as locked, and reports what differs instead.

A run killed at any point leaves every package whole (see swap.py) and the next run converges:
the version is read from the package in packages/, so a package already swapped in at its new
version compares equal and keeps it, and the lockfile is written only after everything it describes.
"""

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import facade
from .errors import SpecWarning
from .files import tree_diff
from .limits import time_budget
from .lockfile import (
    Entry,
    Inputs,
    changed_inputs,
    changelog_digests,
    current_inputs,
    read_changelog_digests,
    read_lockfile,
    write_lockfile,
)
from .manifest import Provider, load_providers
from .paths import Paths
from .swap import Staging
from .upstream import Upstream, derivation_note, derive_stale_specs, load_upstreams
from .uv_lock import update_uv_lock
from .versioning import (
    CHANGELOG,
    FIRST_VERSION,
    PART,
    add_entry,
    entry_lines,
    first_changelog,
    next_version,
    package_version,
)

if TYPE_CHECKING:  # spec.py imports the validator: the no-op path must not
    from .spec import Spec


@dataclass(frozen=True)
class Job:
    """One provider to render: at which version, with which changelog, and why."""

    provider: Provider
    target: Path  # its package in packages/
    version: str
    changelog: str
    baseline: bool  # no previous version: a first release
    restore: bool  # inputs as locked: render what the lockfile describes, whatever packages/ holds
    changed: tuple[str, ...]  # inputs that differ from the lockfile's record (all of them for a new provider)


@dataclass(frozen=True)
class Plan:
    paths: Paths
    providers: tuple[Provider, ...]
    locked: Mapping[str, Entry]
    inputs: Mapping[str, Inputs]
    jobs: tuple[Job, ...]  # in manifest order


@dataclass(frozen=True)
class Outcome:
    """What `generate` did to one provider's package, for the summary line."""

    provider: Provider
    regenerated: bool  # its files in packages/ were replaced
    summary: str  # e.g. "minor 1.0.0 -> 1.1.0", "baseline 1.0.0" or "-"
    version: str
    seconds: float
    warnings: tuple[SpecWarning, ...] = ()  # about its spec, when it was rendered


def plan(paths: Paths, *, force: bool = False, as_locked: bool = False) -> Plan:
    """The jobs of a run: the providers whose inputs changed (every one with `force` or `as_locked`).

    `as_locked` renders every provider at its locked version with its current changelog: what the
    lockfile says packages/ holds, for `check`.
    """
    providers = tuple(load_providers(paths.manifest))
    locked = read_lockfile(paths)
    inputs = current_inputs(paths, list(providers))
    recorded = {} if force else {key: entry.inputs for key, entry in locked.items()}
    if not as_locked and derive_stale_specs(paths.repo, recorded, inputs):
        inputs = current_inputs(paths, list(providers))  # a derived spec changed: hash it again
    jobs = []
    for provider in providers:
        target = paths.package(provider.project_name)
        entry = locked.get(provider.key)
        changed = changed_inputs(entry.inputs if entry else {}, inputs[provider.key])
        present = package_version(target)
        if not (force or as_locked or changed or present is None):
            continue
        # Inputs as locked (a forced run) or no package to compare with: restore the locked version. Otherwise
        # start from the package's own version: after a run killed before it wrote the lockfile, that is
        # already the new one, and stays.
        restore = entry is not None and (as_locked or not changed or present is None)
        version = (entry.version if restore else present) if entry else None
        changelog = target / CHANGELOG
        jobs.append(
            Job(
                provider,
                target,
                version=version or FIRST_VERSION,
                changelog=changelog.read_text(encoding="utf-8")
                if version and changelog.exists()
                else first_changelog(provider),
                baseline=version is None,
                restore=restore,
                changed=changed,
            )
        )
    return Plan(paths, providers, locked, inputs, tuple(jobs))


def generate(paths: Paths, staging: Staging, root: Path, *, force: bool = False) -> list[Outcome]:
    """Regenerate the providers whose inputs changed (all with `force`); one outcome per provider."""
    the_plan = plan(paths, force=force)
    outcomes = {
        provider: Outcome(provider, False, "-", the_plan.locked[provider.key].version, 0.0)
        for provider in the_plan.providers
        if provider not in {job.provider for job in the_plan.jobs}
    }
    if the_plan.jobs:
        outcomes |= _regenerate(the_plan, staging, root)
    versions = {provider: outcomes[provider].version for provider in the_plan.providers}
    derived = facade.sync(paths, list(the_plan.providers), versions)
    if the_plan.jobs or derived:  # uv.lock records every member's version, the facade's too
        members = {provider.project_name: version for provider, version in versions.items()}
        if (facade_version := package_version(paths.facade.parent)) is not None:
            members[facade.PROJECT] = facade_version
        update_uv_lock(paths, members)
    entries = {provider.key: Entry(versions[provider], the_plan.inputs[provider.key]) for provider in versions}
    changelogs = changelog_digests(paths, _changelogs(paths, the_plan.providers))
    if entries != the_plan.locked or changelogs != read_changelog_digests(paths):
        write_lockfile(paths, entries, changelogs)
    return [outcomes[provider] for provider in the_plan.providers]


def _changelogs(paths: Paths, providers: tuple[Provider, ...]) -> list[Path]:
    """Every changelog the generator writes: each package's and the facade's."""
    return [*(paths.package(provider.project_name) / CHANGELOG for provider in providers), facade.changelog(paths)]


@dataclass(frozen=True)
class _Versioned:
    job: Job  # at its new version, with its changelog entry
    summary: str
    moved: bool = False  # the version moved on: render the package again at it


def _regenerate(the_plan: Plan, staging: Staging, root: Path) -> dict[Provider, Outcome]:
    specs = _load_specs(the_plan.paths, the_plan.jobs)
    seconds: dict[Provider, float] = {}
    warnings: dict[Provider, tuple[SpecWarning, ...]] = {}
    trees = _render(the_plan.jobs, specs, root / "current", seconds, warnings)
    upstreams = load_upstreams(the_plan.paths.repo)
    versioned = {
        job.provider: _version(job, trees[job.provider], seconds, upstreams.get(job.provider.key))
        for job in the_plan.jobs
    }
    moved = [result.job for result in versioned.values() if result.moved]
    trees |= _render(moved, specs, root / "bumped", seconds, warnings)
    outcomes = {}
    for provider, result in versioned.items():
        changed = bool(tree_diff(trees[provider], result.job.target))
        if changed:
            staging.swap(trees[provider], result.job.target)
        outcomes[provider] = Outcome(
            provider, changed, result.summary, result.job.version, seconds[provider], warnings[provider]
        )
    return outcomes


def _version(job: Job, tree: Path, seconds: dict[Provider, float], upstream: Upstream | None) -> _Versioned:
    """Classify how the package's public API changed and move its version and changelog on accordingly."""
    if job.baseline:
        return _Versioned(job, f"baseline {job.version}")
    if job.restore or not tree_diff(tree, job.target):
        return _Versioned(job, "-")
    from .api_diff import Level, diff_api, read_api  # lazily: not needed when nothing changed

    started = time.perf_counter()
    package = job.provider.package_name
    changes = diff_api(read_api(job.target / package), read_api(tree / package))
    level = max((change.level for change in changes), default=Level.OTHER)
    version = next_version(job.version, level)
    lines = [*derivation_note(upstream, list(job.changed)), *entry_lines(changes, job.changed)]
    changelog = add_entry(job.changelog, version, lines)
    seconds[job.provider] += time.perf_counter() - started
    summary = f"{PART[level]} {job.version} -> {version}"
    return _Versioned(replace(job, version=version, changelog=changelog), summary, moved=True)


def _load_specs(paths: Paths, jobs: tuple[Job, ...]) -> dict[Provider, "Spec"]:
    """Each provider's spec, parsed and validated once per run (a package whose version moves is rendered twice)."""
    from .spec import load_spec  # lazily: slow to import

    return {job.provider: load_spec(paths.repo / job.provider.spec, shown_as=job.provider.spec) for job in jobs}


def _render(
    jobs: list[Job] | tuple[Job, ...],
    specs: Mapping[Provider, "Spec"],
    root: Path,
    seconds: dict[Provider, float],
    warnings: dict[Provider, tuple[SpecWarning, ...]],
) -> dict[Provider, Path]:
    """Render and format each job's package below `root` at the job's version; where each tree is.

    `seconds` adds up the time spent on each provider, `warnings` records what its spec's rendering warned of.
    """
    from .render import format_packages, render_package  # lazily: slow to import

    trees = {}
    for job in jobs:
        started = time.perf_counter()
        tree = root / job.provider.project_name
        with time_budget(job.provider.spec):
            warnings[job.provider] = render_package(job.provider, specs[job.provider], job.version, tree)
        (tree / CHANGELOG).write_text(job.changelog, encoding="utf-8")
        trees[job.provider] = tree
        seconds[job.provider] = seconds.get(job.provider, 0.0) + time.perf_counter() - started
    if jobs:
        format_packages(root)
    return trees


def check(paths: Paths, root: Path) -> bool:
    """True when the lockfile and packages/ are exactly what the specs produce; otherwise say what differs."""
    from .derive import stale_derived_specs  # lazily: slow to import

    the_plan = plan(paths, as_locked=True)
    lockfile = paths.lockfile.name
    fresh = True
    for problem in stale_derived_specs(paths.repo, list(load_upstreams(paths.repo).values())):
        fresh = False
        print(problem)
    for job in the_plan.jobs:
        if job.provider.key not in the_plan.locked:
            fresh = False
            print(f"{lockfile} has no entry for {job.provider.project_name} ({job.provider.spec.as_posix()}).")
        elif job.changed:
            fresh = False
            print(f"{lockfile} is stale for {job.provider.project_name}: changed since it was generated:")
            print("\n".join(f"  {name}" for name in job.changed))
    trees = _render(the_plan.jobs, _load_specs(paths, the_plan.jobs), root, {}, {})
    for job in the_plan.jobs:
        if differences := tree_diff(trees[job.provider], job.target):
            fresh = False
            print(f"packages/{job.provider.project_name} is stale relative to {job.provider.spec.as_posix()}:")
            print("\n".join(f"  {line}" for line in differences))
    versions = {job.provider: job.version for job in the_plan.jobs}
    for path in facade.stale(paths, list(the_plan.providers), versions):
        fresh = False
        print(f"{paths.relative(path)} does not follow scripts/providers.toml and the packages' versions.")
    recorded = read_changelog_digests(paths)
    for name, digest in changelog_digests(paths, _changelogs(paths, the_plan.providers)).items():
        if name in recorded and recorded[name] != digest:
            fresh = False
            print(f"{name} was edited by hand: the generator writes it. Restore it with `git checkout -- {name}`.")
    if not fresh:
        print("Run `make generate` and commit the result.")
    return fresh
