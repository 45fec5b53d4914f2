"""The packages as users get them: built wheels and sdists, installed alone into fresh environments."""

import email
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator, Sequence
from email.message import Message
from pathlib import Path
from typing import TypedDict

import pytest

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.local_server import Received, Reply, local_server
from scripts.release import Package, build, wheel_problems, workspace_packages
from support import (
    PROVIDERS,
    clone_head,
    provider_by_key,
    provider_params,
    recorded_version,
    required_arguments,
    same_json,
    success_example,
    uv,
)
from wheelhouse import wheelhouse

pytestmark = [pytest.mark.http, pytest.mark.slow]

RUNTIME_DEPENDENCIES = {"httpx", "attrs", "python-dateutil"}
# The Pythons we claim are the classifiers of the package template; the facade must claim the same.
CLAIMED_PYTHONS = tuple(
    re.findall(
        r'"Programming Language :: Python :: (3\.\d+)"',
        (REPO / "scripts" / "templates" / "pyproject.toml.jinja").read_text(encoding="utf-8"),
    )
)
CHECKS_SCRIPT = Path(__file__).with_name("packaged_client_checks.py")

# Calls get_usage in the fresh environment and prints what it holds; argv: package, base URL.
CALL_AND_LIST = """
import importlib, importlib.metadata, inspect, json, sys

package_name, base_url = sys.argv[1:]
package = importlib.import_module(package_name)
get_usage = importlib.import_module(package_name + ".api.usage.get_usage")
required = [name for name, parameter in inspect.signature(get_usage.sync).parameters.items()
            if name != "client" and parameter.default is inspect.Parameter.empty]
with package.AuthenticatedClient(base_url=base_url, token="test-token") as client:
    usage = get_usage.sync(client=client, **dict.fromkeys(required, "sub-123"))
print(json.dumps({
    "model": type(usage).__name__,
    "distributions": sorted(d.metadata["Name"].lower() for d in importlib.metadata.distributions()),
}))
"""


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels and sdists of every workspace package (`uv build` builds each wheel from its sdist)."""
    out = tmp_path_factory.mktemp("dist")
    build(REPO, out)
    return out


def wheel(dist: Path, project_name: str) -> Path:
    [found] = dist.glob(f"{project_name.replace('-', '_')}-*.whl")
    return found


def wheel_metadata(path: Path) -> Message:
    with zipfile.ZipFile(path) as archive:
        [name] = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


@pytest.fixture
def fresh_venv(tmp_path: Path) -> Iterator[Path]:
    venv = tmp_path / "venv"
    subprocess.run([uv(), "venv", "--quiet", "--python", "3.11", str(venv)], check=True, timeout=120)
    yield venv / "bin" / "python"


@pytest.fixture(scope="session")
def dependency_wheels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The clients' runtime dependencies, and rich for the facade's cli extra, as wheels rebuilt from this
    environment: every install below needs no index, so no network."""
    out = tmp_path_factory.mktemp("wheelhouse")
    wheelhouse([*RUNTIME_DEPENDENCIES, "rich"], out, CLAIMED_PYTHONS)
    return out


def install(python: Path, *requirements: str, wheelhouses: Sequence[Path]) -> None:
    """Install offline, from the given directories of wheels only."""
    links = [argument for directory in wheelhouses for argument in ("--find-links", str(directory))]
    subprocess.run(
        [uv(), "pip", "install", "--quiet", "--python", str(python), "--offline", "--no-index", *links, *requirements],
        check=True,
        timeout=600,
    )


class Summary(TypedDict):
    model: str
    distributions: list[str]


def call_and_list(python: Path, package_name: str, base_url: str) -> Summary:
    result = subprocess.run(
        [str(python), "-c", CALL_AND_LIST, package_name, base_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    summary: Summary = json.loads(result.stdout)
    return summary


@pytest.mark.parametrize("provider", provider_params())
def test_wheel_metadata(provider: Provider, dist: Path) -> None:
    metadata = wheel_metadata(wheel(dist, provider.project_name))
    assert metadata["Name"] == provider.project_name
    assert metadata["Version"] == recorded_version(provider)
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert provider.name in metadata["Summary"]
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    everything = metadata.get_all("Requires-Dist", [])
    requirements = [requirement for requirement in everything if "extra ==" not in requirement]
    assert {requirement.split(">")[0].split("<")[0] for requirement in requirements} == RUNTIME_DEPENDENCIES
    assert all("<" in requirement for requirement in everything), "every dependency has an upper bound"
    # The one extra: httpx-aiohttp's transport for async-heavy use.
    assert metadata.get_all("Provides-Extra", []) == ["aiohttp"]
    assert [requirement for requirement in everything if "extra ==" in requirement] == [
        "httpx-aiohttp>=0.2.0,<0.3 ; extra == 'aiohttp'"
    ]
    with zipfile.ZipFile(wheel(dist, provider.project_name)) as archive:
        assert f"{provider.package_name}/py.typed" in archive.namelist()


@pytest.mark.parametrize("provider", provider_params())
def test_sdist_holds_the_whole_package(provider: Provider, dist: Path) -> None:
    [sdist] = dist.glob(f"{provider.package_name}-{recorded_version(provider)}.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", "LICENSE", f"{provider.package_name}/__init__.py"} <= names


@pytest.mark.parametrize("provider", provider_params())
def test_wheel_alone_in_a_fresh_venv_calls_its_api(
    provider: Provider, dist: Path, dependency_wheels: Path, fresh_venv: Path, mock_urls: dict[str, str]
) -> None:
    install(fresh_venv, str(wheel(dist, provider.project_name)), wheelhouses=[dependency_wheels])

    summary = call_and_list(fresh_venv, provider.package_name, mock_urls[provider.key])

    assert summary["model"] in {"Usage", "UsageResponse"}
    installed = set(summary["distributions"])
    others = {other.project_name for other in PROVIDERS if other != provider} | {"usage-clients"}
    assert provider.project_name in installed
    assert not installed & others


def test_facade_with_one_extra(
    dist: Path, dependency_wheels: Path, fresh_venv: Path, mock_urls: dict[str, str]
) -> None:
    vocode = provider_by_key("vocode")
    install(fresh_venv, "usage-clients[vocode]", wheelhouses=[dist, dependency_wheels])

    summary = call_and_list(fresh_venv, vocode.package_name, mock_urls[vocode.key])
    assert summary["model"] == "Usage"
    installed = set(summary["distributions"])
    assert {"usage-clients", vocode.project_name} <= installed
    assert "aymara-usage-client" not in installed

    script = (
        "import usage_clients, vocode_usage_client\n"
        "from usage_clients import vocode\n"
        "assert vocode is vocode_usage_client\n"
        "try:\n"
        "    from usage_clients import aymara\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([str(fresh_venv), "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "pip install 'usage-clients[aymara]'" in result.stdout


def test_facade_cli_extra_installs_the_command(
    dist: Path, dependency_wheels: Path, fresh_venv: Path, mock_urls: dict[str, str]
) -> None:
    vocode = provider_by_key("vocode")
    install(fresh_venv, "usage-clients[vocode]", wheelhouses=[dist, dependency_wheels])
    environment = {"PATH": "/usr/bin:/bin", vocode.token_env: "test-token", vocode.base_url_env: mock_urls["vocode"]}
    command = [str(fresh_venv), "-m", "usage_clients", "show", "vocode", "--json"]

    # The library alone brings no rich: the command says which extra it needs.
    without = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert without.returncode == 2
    assert "pip install 'usage-clients[cli]'" in without.stderr

    install(fresh_venv, "usage-clients[vocode,cli]", wheelhouses=[dist, dependency_wheels])
    script = fresh_venv.parent / "usage-clients"
    result = subprocess.run(
        [str(script), *command[3:]], capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["providers"]["vocode"]["metrics"][0]["used"] == 412


@pytest.mark.unit
def test_every_package_claims_the_same_pythons() -> None:
    """The facade and every generated package list exactly the Pythons the per-Python test runs."""
    assert CLAIMED_PYTHONS == ("3.11", "3.12", "3.13")
    for package in workspace_packages(REPO):
        text = (package.directory / "pyproject.toml").read_text(encoding="utf-8")
        claimed = tuple(re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text))
        assert claimed == CLAIMED_PYTHONS, package.project_name
        assert f'requires-python = ">={CLAIMED_PYTHONS[0]}"' in text, package.project_name


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    """Two checkouts of one commit, their files stamped years apart, build the same bytes (`make build`
    and `make release` take every timestamp from the last commit: SOURCE_DATE_EPOCH)."""
    builds = []
    for index, mtime in enumerate((1_000_000_000, 1_700_000_000)):
        checkout = clone_head(tmp_path / f"checkout-{index}")
        for path in checkout.rglob("*"):
            if ".git" not in path.parts:
                os.utime(path, (mtime, mtime), follow_symlinks=False)
        environment = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
        command = [sys.executable, "-m", "scripts.release", "--repo", str(checkout), "build"]
        subprocess.run(
            [*command, "--out-dir", str(tmp_path / f"dist-{index}")],
            cwd=REPO,
            env=environment,
            capture_output=True,
            check=True,
            timeout=600,
        )
        builds.append({path.name: path.read_bytes() for path in sorted((tmp_path / f"dist-{index}").glob("*.*"))})
    first, second = builds
    assert len([name for name in first if name.endswith((".whl", ".tar.gz"))]) == 2 * len(workspace_packages(REPO))
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.parametrize("package", workspace_packages(REPO), ids=lambda package: package.project_name)
def test_wheel_is_fit_to_release(package: Package, dist: Path) -> None:
    """The checks `make release` runs: package, py.typed, LICENSE, Project-URLs; no tests or caches."""
    [wheel_path] = dist.glob(f"{package.file_prefix}-*.whl")
    assert wheel_problems(package, wheel_path) == []
    urls = dict(entry.split(", ", 1) for entry in wheel_metadata(wheel_path).get_all("Project-URL", []))
    assert set(urls) == {"Source", "Changelog", "Issues"}


def find_python(version: str) -> Path | None:
    """An interpreter of `version` on this machine: pyenv's versions, then PATH (never a download)."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = sorted(pyenv_root.glob(f"versions/{version}.*/bin/python{version}"), reverse=True)
    on_path = shutil.which(f"python{version}")
    for candidate in [*candidates, *([Path(on_path)] if on_path else [])]:
        probe = subprocess.run(
            [str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


def respond_with_examples(request: Received) -> Reply:
    """`/<provider key>/ok/...`: the spec's example; `/missing/`: a 404; `/malformed/`: a 200 that is not JSON."""
    _, key, mode = request.target.split("/", 3)[:3]
    if mode == "ok":
        return Reply(200, json.dumps(success_example(provider_by_key(key))).encode())
    if mode == "missing":
        return Reply(404, b'{"error": "not found"}')
    return Reply(200, b"{not json")


@pytest.mark.slow
@pytest.mark.http
@pytest.mark.parametrize("version", CLAIMED_PYTHONS)
def test_wheels_on_every_claimed_python(version: str, dist: Path, dependency_wheels: Path, tmp_path: Path) -> None:
    """Each provider's wheel (and the facade's) in a venv of `version`: sync and async calls, errors, parsing,
    with DeprecationWarnings as errors."""
    python = find_python(version)
    if python is None:
        pytest.skip(f"Python {version} is claimed but not on this machine (looked in pyenv's versions and PATH)")
    venv = tmp_path / "venv"
    subprocess.run([uv(), "venv", "--quiet", "--python", str(python), str(venv)], check=True, timeout=120)
    wheels = [str(wheel(dist, name)) for name in [*(provider.project_name for provider in PROVIDERS), "usage-clients"]]
    install(venv / "bin" / "python", *wheels, wheelhouses=[dependency_wheels])
    with local_server(respond_with_examples) as server:
        plan = [
            {"package": p.package_name, "base_url": f"{server.url}/{p.key}", "arguments": required_arguments(p)}
            for p in PROVIDERS
        ]
        result = subprocess.run(
            [str(venv / "bin" / "python"), "-W", "error::DeprecationWarning", str(CHECKS_SCRIPT), json.dumps(plan)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["python"] == version
    assert report["results"].pop("usage_clients") == {"vocode": "vocode_usage_client"}
    for provider in PROVIDERS:
        outcome = report["results"][provider.package_name]
        assert outcome["version"] == recorded_version(provider)
        example = success_example(provider)
        assert same_json(outcome["sync"]["parsed"], example), provider.key
        assert same_json(outcome["async"]["parsed"], example), provider.key
        assert outcome["missing"] == {"error": "NotFoundError", "status_code": 404, "location": None}
        assert outcome["malformed"] == {"error": "ResponseValidationError", "status_code": None, "location": "<body>"}
