"""Call overhead: N sequential get-usage calls against one local keep-alive server, pair by pair with raw httpx.

Each sample is one runner process (runners/calls.py) in the subject's environment: it builds the client,
makes WARMUP calls, then times N calls; the figure is their total / N. Each round runs raw httpx (the floor
environment, same path, same body, `httpx.Client.get(...).json()`) then the subject, for every subject.
"""

import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.codegen.manifest import Provider

from . import RUNNERS
from .envs import PEERS, Setup, run_json
from .model import Section, Target, paired_row
from .server import example_call, serve

RUNNER = RUNNERS / "calls.py"
TARGET = Target(1.2, "≤ 1.2× raw httpx")


@dataclass(frozen=True)
class Subject:
    label: str
    python: Path
    runner_subject: str
    baseline: str  # the runner subject of the raw httpx baseline
    provider: str  # served under /<provider key>/ so that providers with the same path do not collide
    path: str
    target: Target | None = None


def subjects(setup: Setup, providers: list[Provider], paths: dict[str, str]) -> list[Subject]:
    found = []
    for provider in providers:
        python, module, path = setup.ours[provider.key], provider.package_name, paths[provider.key]
        found.append(Subject(f"{module} sync", python, f"ours:{module}", "httpx", provider.key, path, TARGET))
        found.append(
            Subject(f"{module} async", python, f"ours-async:{module}", "httpx-async", provider.key, path, TARGET)
        )
    if setup.ours_aiohttp is not None:  # the `aiohttp` extra: httpx-aiohttp's transport under our async client
        [vocode] = [provider for provider in providers if provider.key == "vocode"]
        module = vocode.package_name
        found.append(
            Subject(
                f"{module} async, aiohttp transport",
                setup.ours_aiohttp,
                f"ours-aiohttp-async:{module}",
                "httpx-async",
                vocode.key,
                paths[vocode.key],
            )
        )
    for peer in PEERS:
        if peer.name in setup.peers:
            python = setup.peers[peer.name]
            found.append(Subject(peer.requirement, python, peer.name, "httpx", peer.provider, paths[peer.provider]))
    return found


def measure(setup: Setup, providers: list[Provider], rounds: int, calls: int, warmup: int) -> list[Section]:
    examples = {provider.key: example_call(provider) for provider in providers}
    paths = {key: path for key, (path, _) in examples.items()}
    chosen = subjects(setup, providers, paths)
    samples: dict[str, tuple[list[float], list[float]]] = {subject.label: ([], []) for subject in chosen}
    with serve({f"/{key}{path}": body for key, (path, body) in examples.items()}) as server:
        for _ in range(rounds):
            for subject in chosen:
                base_url, path = f"{server}/{subject.provider}", subject.path
                baseline = run_json(setup.floor, RUNNER, subject.baseline, base_url, path, calls, warmup)
                measured = run_json(subject.python, RUNNER, subject.runner_subject, base_url, path, calls, warmup)
                samples[subject.label][0].append(measured["seconds_per_call"])
                samples[subject.label][1].append(baseline["seconds_per_call"])
            print(".", end="", file=sys.stderr, flush=True)
    section = Section(
        "calls",
        "Call overhead",
        "µs/call",
        1e6,
        f"{calls} sequential calls after {warmup} warm-up calls, per process, against one keep-alive "
        f"`http.server` on 127.0.0.1 serving each spec's 200 example; {rounds} rounds, each running raw httpx "
        "(`httpx.Client.get(...).json()`, or `httpx.AsyncClient` for async) then the subject. "
        "Our sync and async clients parse into typed models; aymara-ai-sdk's generic `client.get(..., "
        "cast_to=object)` returns the decoded JSON, as raw httpx does. The aiohttp row is our async client with "
        "`async_transport=httpx_aiohttp.AiohttpTransport()` (the package's `aiohttp` extra).",
    )
    for subject in chosen:
        measured_samples, baseline_samples = samples[subject.label]
        baseline_label = "raw httpx.AsyncClient" if subject.baseline == "httpx-async" else "raw httpx.Client"
        section.rows.append(
            paired_row(subject.label, measured_samples, baseline_label, baseline_samples, subject.target)
        )
    return [section]
