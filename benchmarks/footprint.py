"""Footprint: the size on disk of a fresh environment with one of our packages vs the floor and each peer.

Sizes are apparent sizes of every file in the environment (bytecode caches excluded), minus the size of an
empty `uv venv` (which has no pip or setuptools). The floor is an environment with exactly our runtime
requirements: httpx, attrs and python-dateutil. Sizes do not vary between runs: one sample each.
"""

import subprocess
from pathlib import Path

from scripts.codegen.manifest import Provider

from .envs import PEERS, Setup, tree_bytes, uv
from .model import Row, Section, Target
from .stats import summarize

TARGET = Target(1.1, "≤ 1.1× httpx + attrs + python-dateutil")
FLOOR = "httpx + attrs + python-dateutil"


def measure(setup: Setup, providers: list[Provider], work: Path) -> list[Section]:
    empty_venv = work / "empty-venv"
    subprocess.run([uv(), "venv", "--quiet", "--python", "3.11", str(empty_venv)], check=True, timeout=120)
    empty = tree_bytes(empty_venv)

    def size(venv: Path) -> float:
        return float(tree_bytes(venv) - empty)

    floor = size(setup.footprint_floor)
    section = Section(
        "footprint",
        "Footprint (fresh virtual environment)",
        "MiB",
        1 / 2**20,
        f"Apparent size of all files in the environment without `__pycache__`, minus an empty `uv venv` "
        f"({empty / 2**20:.2f} MiB). Ours: the provider's wheel alone (it pulls httpx, attrs, python-dateutil).",
    )
    section.rows.append(Row(FLOOR, summarize([floor])))
    for provider in providers:
        if provider.key in setup.footprint_ours:
            mine = size(setup.footprint_ours[provider.key])
            section.rows.append(
                Row(
                    provider.project_name,
                    summarize([mine]),
                    FLOOR,
                    summarize([floor]),
                    summarize([mine / floor]),
                    TARGET,
                )
            )
    for peer in PEERS:
        if peer.name in setup.peers:
            theirs = size(setup.peers[peer.name].parent.parent)
            section.rows.append(
                Row(peer.requirement, summarize([theirs]), FLOOR, summarize([floor]), summarize([theirs / floor]))
            )
    return [section]
