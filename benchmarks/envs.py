"""The virtual environments the benchmarks run in: ours (one built wheel each), the floor, the peers, the tools.

Every environment is made with the pinned uv (`uv venv`, which installs no pip or setuptools).
Peer, floor and tool environments are kept in `.bench/venvs/` between runs and reinstalled only when their
requirements change; ours are rebuilt from freshly built wheels on every run.
"""

import json
import os
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO, find_uv

BENCH = REPO / ".bench"
VENVS = BENCH / "venvs"
MARKER = ".bench-requirements"  # written into an environment once its requirements are installed
INSTALL_SECONDS = 1800


@dataclass(frozen=True)
class Peer:
    """An official SDK we compare with."""

    name: str  # our name for its environment and its call runner
    requirement: str
    provider: str  # the provider key whose endpoint it calls
    imports: str  # the import statement a user needs to make the call


PEERS = (
    Peer(
        "thousandeyes-sdk",
        "thousandeyes-sdk-usage==6.0.0",
        "thousandeyes",
        "import thousandeyes_sdk.core, thousandeyes_sdk.usage",
    ),
    Peer("aymara-sdk", "aymara-ai-sdk==1.2.1", "aymara", "import aymara_ai"),
    Peer("vocode-sdk", "vocode-api==0.0.48", "vocode", "import vocode"),
)
OPENAPI_GENERATOR = "openapi-generator-cli==7.26.0"
TOOLS = ("matplotlib",)


def uv() -> str:
    found = find_uv()
    if found is None:
        raise RuntimeError("uv is missing: run `make setup`")
    return found


def python_of(venv: Path) -> Path:
    return venv / "bin" / "python"


def runtime_requirements(provider: Provider) -> list[str]:
    """The dependencies our generated package declares: the floor the footprint target is measured against."""
    pyproject = tomllib.loads((REPO / "packages" / provider.project_name / "pyproject.toml").read_text())
    requirements: list[str] = pyproject["project"]["dependencies"]
    return requirements


def venv(path: Path, requirements: list[str], *, find_links: Path | None = None, keep: bool = False) -> Path:
    """A virtual environment at `path` holding `requirements`; reused if `keep` and it already holds them."""
    wanted = "\n".join(requirements)
    marker = path / MARKER
    if keep and marker.exists() and marker.read_text() == wanted:
        return python_of(path)
    shutil.rmtree(path, ignore_errors=True)
    environment = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    subprocess.run([uv(), "venv", "--quiet", "--python", "3.11", str(path)], check=True, env=environment, timeout=120)
    if requirements:
        links = ["--find-links", str(find_links)] if find_links else []
        # Bytecode compiled at install, as pip does: an import measures the module, not the compiler (and
        # nothing depends on whether the caller's environment lets Python write `__pycache__`).
        install = [uv(), "pip", "install", "--quiet", "--compile-bytecode", "--python", str(python_of(path))]
        subprocess.run(
            [*install, *links, *requirements],
            check=True,
            env=environment,
            timeout=INSTALL_SECONDS,
        )
    marker.write_text(wanted)
    return python_of(path)


def build_wheel(provider: Provider, out: Path) -> Path:
    subprocess.run(
        [uv(), "build", "--quiet", "--wheel", "--package", provider.project_name, "--out-dir", str(out)],
        cwd=REPO,
        check=True,
        timeout=300,
    )
    [wheel] = out.glob(f"{provider.package_name}-*.whl")
    return wheel


def tree_bytes(root: Path) -> int:
    """Apparent size of every file below `root`, without bytecode caches (`__pycache__`) or our marker.

    Bytecode is left out because it depends on what has been run in the environment, not on what was installed.
    Hard links (uv links files from its cache) count in full, as a copy would.
    """
    total = 0
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if name != "__pycache__"]
        for name in files:
            path = Path(directory, name)
            if name != MARKER and not path.is_symlink():
                total += path.stat().st_size
    return total


@dataclass(frozen=True)
class Setup:
    """Which Python runs what: every path is a virtual environment's `bin/python`."""

    floor: Path  # httpx, attrs and python-dateutil: raw httpx calls and `import httpx`
    ours: dict[str, Path]  # provider key → an environment holding that provider's package
    peers: dict[str, Path]  # peer name → its environment
    openapi_generator: Path | None  # the openapi-generator-cli script, or None to skip it
    tools: Path | None  # an environment with matplotlib for the chart, or None to skip it
    footprint_floor: Path  # a fresh environment of the floor requirements only (its directory)
    footprint_ours: dict[str, Path]  # provider key → a fresh environment with only its wheel (its directory)
    ours_aiohttp: Path | None = None  # vocode's package with its `aiohttp` extra, or None to skip that measure


def run_json(python: Path, runner: Path, *arguments: object, timeout: float = 600) -> dict[str, Any]:
    """Run a runner script with `python` and return the JSON it prints."""
    result = subprocess.run(
        [str(python), str(runner), *map(str, arguments)], capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{runner.name} {arguments} with {python} failed:\n{result.stderr[-3000:]}")
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed
