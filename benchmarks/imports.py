"""Import time: each of our packages, and each peer, against `import httpx`, pair by pair, in fresh interpreters.

Every sample is a fresh `python -I -c ...` process. Two figures come from it: the import alone (perf_counter
around the import statement inside the process, the target's figure) and the whole process (wall time of
the subprocess, interpreter start included). Each round runs the baseline then the subject, for every subject.
"""

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from scripts.codegen.manifest import Provider

from .envs import PEERS, Setup
from .model import Section, Target, paired_row

PROBE = "import time; started = time.perf_counter(); {statement}; print(time.perf_counter() - started)"
BASELINE = "import httpx"
TARGET = Target(1.15, "≤ 1.15× `import httpx`")


@dataclass(frozen=True)
class Subject:
    label: str
    python: Path
    statement: str
    target: Target | None = None


def probe(python: Path, statement: str) -> tuple[float, float]:
    """(import alone, whole process) seconds of one fresh interpreter running `statement`."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(python), "-I", "-c", PROBE.format(statement=statement)], capture_output=True, text=True, timeout=120
    )
    whole = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{statement!r} failed in {python}:\n{result.stderr[-2000:]}")
    return float(result.stdout), whole


def subjects(setup: Setup, providers: list[Provider]) -> list[Subject]:
    found = []
    for provider in providers:
        python = setup.ours[provider.key]
        module = provider.package_name
        found.append(Subject(f"`import {module}`", python, f"import {module}", TARGET))
        found.append(Subject(f"`{module}` + `get_usage`", python, f"import {module}.api.usage.get_usage"))
    for peer in PEERS:
        if peer.name in setup.peers:
            found.append(Subject(f"{peer.requirement}: `{peer.imports}`", setup.peers[peer.name], peer.imports))
    return found


def measure(setup: Setup, providers: list[Provider], rounds: int) -> list[Section]:
    chosen = subjects(setup, providers)
    for subject in chosen:  # write bytecode caches before anything is timed
        probe(subject.python, subject.statement)
    probe(setup.floor, BASELINE)
    alone: dict[str, tuple[list[float], list[float]]] = {subject.label: ([], []) for subject in chosen}
    whole: dict[str, tuple[list[float], list[float]]] = {subject.label: ([], []) for subject in chosen}
    for _ in range(rounds):
        for subject in chosen:
            base_alone, base_whole = probe(setup.floor, BASELINE)
            subject_alone, subject_whole = probe(subject.python, subject.statement)
            alone[subject.label][0].append(subject_alone)
            alone[subject.label][1].append(base_alone)
            whole[subject.label][0].append(subject_whole)
            whole[subject.label][1].append(base_whole)
        print(".", end="", file=sys.stderr, flush=True)
    import_alone = Section(
        "imports",
        "Import time",
        "ms",
        1e3,
        f"The import statement alone, timed with perf_counter inside a fresh `python -I` ({rounds} rounds; "
        "each round runs `import httpx` in the floor environment, then the subject, for every subject). "
        "Our packages are installed from their wheels, alone, in fresh environments.",
    )
    process = Section(
        "import-process",
        "Import time, whole process",
        "ms",
        1e3,
        "Wall time of the same `python -I -c` processes, interpreter start-up and exit included.",
    )
    for subject in chosen:
        samples, baseline = alone[subject.label]
        import_alone.rows.append(paired_row(subject.label, samples, BASELINE, baseline, subject.target))
        samples, baseline = whole[subject.label]
        process.rows.append(paired_row(subject.label, samples, BASELINE, baseline))
    return [import_alone, process]
