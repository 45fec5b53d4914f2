"""Run every benchmark and write docs/benchmarks.md, docs/benchmarks.json and docs/benchmarks.png.

python -m benchmarks.run            the real run (`make bench`): installs the peers into .bench/venvs/
python -m benchmarks.run --smoke    tiny sample sizes, no peers, no openapi-generator, no chart (`make test`)
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from scripts.codegen.manifest import Provider, load_providers
from scripts.codegen.paths import REPO

from . import RUNNERS, calls, documents, footprint, generation, imports, parsing
from .envs import OPENAPI_GENERATOR, PEERS, TOOLS, VENVS, Setup, build_wheel, runtime_requirements, venv
from .model import Section
from .report import as_json, machine, markdown


@dataclass(frozen=True)
class Config:
    import_rounds: int
    call_rounds: int
    calls: int
    warmup: int
    parse_sizes: list[int]
    parse_rounds: int
    parse_budget: int  # items parsed per sample
    generation_rounds: int


FULL = Config(15, 7, 200, 20, [10, 1_000, 10_000], 7, 20_000, 3)
SMOKE = Config(1, 1, 3, 1, [10, 100], 1, 200, 1)


def log(message: str) -> None:
    print(f"\n[bench] {message}", file=sys.stderr, flush=True)


def prepare(providers: list[Provider], *, smoke: bool, work: Path) -> Setup:
    """Build our wheels and every environment the run needs (the peers' only for the real run)."""
    floor_requirements = runtime_requirements(providers[0])
    wheels = work / "wheels"
    if smoke:  # the workspace environment stands in for ours and the floor; one fresh pair for the footprint
        [vocode] = [provider for provider in providers if provider.key == "vocode"]
        return Setup(
            floor=Path(sys.executable),
            ours=dict.fromkeys((provider.key for provider in providers), Path(sys.executable)),
            peers={},
            openapi_generator=None,
            tools=None,
            footprint_floor=venv(work / "floor", floor_requirements).parent.parent,
            footprint_ours={"vocode": venv(work / "ours-vocode", [str(build_wheel(vocode, wheels))]).parent.parent},
            ours_aiohttp=Path(sys.executable),  # the workspace holds httpx-aiohttp (a dev dependency)
        )
    log("environments: ours (fresh, from wheels), the floor, the peers, openapi-generator-cli, matplotlib")
    ours = {
        provider.key: venv(VENVS / f"ours-{provider.key}", [str(build_wheel(provider, wheels))])
        for provider in providers
    }
    floor = venv(VENVS / "floor", floor_requirements, keep=True)
    [vocode] = [provider for provider in providers if provider.key == "vocode"]
    # Its own environment: the footprint of `ours` stays that of the package without the extra.
    with_extra = f"{vocode.project_name}[aiohttp] @ {build_wheel(vocode, wheels).as_uri()}"
    ours_aiohttp = venv(VENVS / "ours-aiohttp-vocode", [with_extra])
    peers = {peer.name: venv(VENVS / peer.name, [peer.requirement], keep=True) for peer in PEERS}
    generator = venv(VENVS / "openapi-generator", [OPENAPI_GENERATOR], keep=True).parent / "openapi-generator-cli"
    return Setup(
        floor=floor,
        ours=ours,
        peers=peers,
        openapi_generator=generator,
        tools=venv(VENVS / "tools", list(TOOLS), keep=True),
        footprint_floor=floor.parent.parent,
        footprint_ours={key: python.parent.parent for key, python in ours.items()},
        ours_aiohttp=ours_aiohttp,
    )


def measure_all(providers: list[Provider], setup: Setup, config: Config, work: Path) -> list[Section]:
    [thousandeyes] = [provider for provider in providers if provider.key == "thousandeyes"]
    log("import time")
    sections = imports.measure(setup, providers, config.import_rounds)
    log("call overhead")
    sections += calls.measure(setup, providers, config.call_rounds, config.calls, config.warmup)
    log("parse cost")
    sections += parsing.measure(setup, thousandeyes, config.parse_sizes, config.parse_rounds, config.parse_budget, work)
    log("reading published descriptions")
    sections += documents.measure(config.generation_rounds, smoke=config is SMOKE)
    log("generation")
    sections += generation.measure(providers, setup.openapi_generator, config.generation_rounds, work)
    log("footprint")
    sections += footprint.measure(setup, providers, work)
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sample sizes, no peers: checks the harness works")
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="where the report goes (default: docs/)")
    arguments = parser.parse_args(argv)
    started, load_before = time.perf_counter(), os.getloadavg()
    providers = load_providers()
    out: Path = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="usage-clients-bench-") as temporary:
        work = Path(temporary)
        setup = prepare(providers, smoke=arguments.smoke, work=work)
        sections = measure_all(providers, setup, SMOKE if arguments.smoke else FULL, work)
    host = machine(load_before)
    (out / "benchmarks.json").write_text(as_json(sections, host, smoke=arguments.smoke), encoding="utf-8")
    chart = None
    if setup.tools is not None:
        subprocess.run(
            [str(setup.tools), str(RUNNERS / "chart.py"), str(out / "benchmarks.json"), str(out / "benchmarks.png")],
            check=True,
            timeout=300,
        )
        chart = "benchmarks.png"
    seconds = time.perf_counter() - started
    report = markdown(sections, host, smoke=arguments.smoke, seconds=seconds, chart=chart)
    (out / "benchmarks.md").write_text(report, encoding="utf-8")
    log(f"wrote {out / 'benchmarks.md'} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
