"""Generation: a full regeneration of the four specs vs openapi-generator-cli 7.26.0, a no-op regeneration, and
the largest published description of ../shared/corpus/ derived and rendered vs plain openapi-python-client.

Everything runs in a temporary copy of the repo (specs, scripts, packages), never in the live packages/.
A full regeneration is `python -m scripts.generate --force` when the generator has that flag, else the plain
run (which, without incremental regeneration, renders every spec). Each round times ours, then
openapi-generator-cli (`generate -g python`, one JVM per spec, as its CLI works) over the same four specs
into empty directories. A no-op regeneration is the plain run right after, with nothing changed.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO

from . import RUNNERS, corpus
from .model import Row, Section, Target, paired_row
from .stats import summarize

FULL_TARGET = Target(1 / 3, "≥ 3× faster than openapi-generator-cli (ratio ≤ 0.33×)")
LARGEST_TARGET = Target(1.5, "≤ 1.5× plain openapi-python-client on the derived spec")
NO_OP_TARGET = Target(0.5, "≤ 0.5 s", on_value=True)


def copy_repo(destination: Path) -> Path:
    for part in ("specs", "upstream", "overlays", "scripts", "packages"):
        shutil.copytree(REPO / part, destination / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return destination


def timed(command: list[str], cwd: Path) -> float:
    # The workspace's bin/ first: the generator runs ruff with its own interpreter, but be explicit. Bytecode is
    # cached as on a maintainer's machine, even when the caller's environment says not to write it.
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=environment, timeout=900)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return seconds


def measure(providers: list[Provider], openapi_generator: Path | None, rounds: int, work: Path) -> list[Section]:
    repo = copy_repo(work / "repo")
    generate = [sys.executable, "-m", "scripts.generate"]
    usage = subprocess.run([*generate, "--help"], cwd=repo, capture_output=True, text=True, check=True).stdout
    force = ["--force"] if "--force" in usage else []
    timed([*generate, *force], repo)  # a warm-up, untimed: what a maintainer's second run finds compiled
    full: list[float] = []
    others: list[float] = []
    for index in range(rounds):
        full.append(timed([*generate, *force], repo))
        if openapi_generator is not None:
            output = work / f"openapi-generator-{index}"
            others.append(
                sum(
                    timed(
                        [
                            str(openapi_generator),
                            "generate",
                            "-i",
                            str(REPO / p.spec),
                            "-g",
                            "python",
                            "-o",
                            str(output / p.key),
                        ],
                        work,
                    )
                    for p in providers
                )
            )
            shutil.rmtree(output)
        print(".", end="", file=sys.stderr, flush=True)
    no_op = [timed(generate, repo) for _ in range(rounds)]
    command = f"python -m scripts.generate{' --force' if force else ''}"
    section = Section(
        "generation",
        "Generation (four specs)",
        "s",
        1.0,
        f"Wall time of whole processes in a temporary copy of the repo, {rounds} rounds. Full: `{command}`"
        f"{'' if force else ' (the generator has no --force: the plain run renders every spec)'}; "
        "openapi-generator-cli 7.26.0 (PyPI wheel, the machine's Java): `generate -g python` once per spec, "
        "summed, after one untimed warm-up of ours. No-op: `python -m scripts.generate` again with nothing changed.",
    )
    label = f"full regeneration (`{command}`)"
    if others:
        section.rows.append(paired_row(label, full, "openapi-generator-cli 7.26.0", others, FULL_TARGET))
    else:
        section.rows.append(Row(label, summarize(full), note="openapi-generator-cli not run (smoke)"))
    section.rows.append(Row("no-op regeneration (`python -m scripts.generate`)", summarize(no_op), target=NO_OP_TARGET))
    return [section, *_largest_description(rounds, work)]


def _largest_description(rounds: int, work: Path) -> list[Section]:
    """Ours (derive from the published file, then render) vs openapi-python-client's CLI on the derived spec."""
    entry = corpus.largest()
    if entry is None:
        return []
    repo = copy_repo(work / "repo-largest")
    corpus.add_provider(repo, entry)
    key = entry["key"]
    ours_command = [sys.executable, str(RUNNERS / "derive_render.py"), str(repo), key]
    timed([*ours_command, str(work / "warm-up")], repo)  # writes specs/<key>.yaml, which plain generation reads
    plain_command = [str(Path(sys.executable).parent / "openapi-python-client"), "generate", "--meta", "none"]
    plain_command += ["--path", f"specs/{key}.yaml"]
    ours: list[float] = []
    plain: list[float] = []
    for index in range(rounds):
        ours.append(timed([*ours_command, str(work / f"ours-{index}")], repo))
        plain.append(timed([*plain_command, "--output-path", str(work / f"plain-{index}")], repo))
    size = (corpus.CORPUS / entry["file"]).stat().st_size / 1e6
    section = Section(
        "largest-description",
        f"A large published description ({entry['name']}, {size:.1f} MB)",
        "s",
        1.0,
        f"Wall time of whole processes, {rounds} rounds after a warm-up. Ours: parse {entry['file']}, keep "
        f"{', '.join(entry['operations'])}, validate, render and format the package (benchmarks/runners/"
        "derive_render.py: `make generate` less versioning and uv.lock). Plain: `openapi-python-client generate "
        "--meta none` on the derived spec.",
    )
    section.rows.append(paired_row("derive + render", ours, "openapi-python-client 0.29.1", plain, LARGEST_TARGET))
    return [section]
