"""Parse cost and how it scales: ThousandEyes bodies with N `tests` items, our model vs thousandeyes-sdk-usage's.

Each sample is one runner process (runners/parse.py) that parses the same JSON text (a file) REPEATS times
after one warm-up parse; the sample is the median of those, divided by N: µs per item. Each round runs
thousandeyes-sdk-usage then ours, for every size.
"""

import statistics
import sys
from pathlib import Path

from scripts.codegen.manifest import Provider

from . import RUNNERS
from .envs import Setup, run_json
from .model import Row, Section, Target
from .model import paired_row as paired
from .server import write_bodies
from .stats import summarize

RUNNER = RUNNERS / "parse.py"
PEER = "thousandeyes-sdk"
TARGET_SIZE = 10_000
TARGET = Target(1.0, "at least as fast as thousandeyes-sdk-usage (≤ 1.0×)")


def per_item(python: Path, subject: str, body: Path, repeats: int, items: int) -> float:
    result = run_json(python, RUNNER, subject, body, repeats)
    if result["items"] != items:
        raise RuntimeError(f"{subject} parsed {result['items']} tests out of {items}")
    seconds: list[float] = result["seconds"]
    return statistics.median(seconds) / items


def repeats_for(size: int, budget: int) -> int:
    """Enough parses for ~`budget` items per sample, at least 3."""
    return max(3, budget // size)


def measure(setup: Setup, provider: Provider, sizes: list[int], rounds: int, budget: int, work: Path) -> list[Section]:
    bodies = write_bodies(provider, sizes, work)
    ours = setup.ours[provider.key]
    peer = setup.peers.get(PEER)
    mine: dict[int, list[float]] = {size: [] for size in sizes}
    theirs: dict[int, list[float]] = {size: [] for size in sizes}
    for _ in range(rounds):
        for size in sizes:
            repeats = repeats_for(size, budget)
            if peer is not None:
                theirs[size].append(per_item(peer, PEER, bodies[size], repeats, size))
            mine[size].append(per_item(ours, "ours", bodies[size], repeats, size))
        print(".", end="", file=sys.stderr, flush=True)
    section = Section(
        "parse",
        "Parse cost (ThousandEyes usage, JSON text → model)",
        "µs/item",
        1e6,
        f"`{provider.package_name}`: `Usage.from_dict(json.loads(text))` (what `get_usage` does with a 200 body) vs "
        "thousandeyes-sdk-usage 6.0.0: `Usage.from_json(text)` (pydantic v2, what its ApiClient does). Each sample "
        f"is the median of repeated parses in one process (≈{budget:,} items per sample), divided by the number of "
        f"`tests` items; {rounds} rounds, each parsing every size with the peer then with ours.",
    )
    for size in sizes:
        label = f"{size:,} tests items"
        target = TARGET if size == TARGET_SIZE else None
        if peer is not None:
            section.rows.append(paired(label, mine[size], "thousandeyes-sdk-usage", theirs[size], target))
        else:
            section.rows.append(Row(label, summarize(mine[size]), note="peer not installed (smoke)"))
    return [section]
