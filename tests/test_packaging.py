"""The packages as users get them: built wheels and sdists, installed alone into fresh environments."""

import email
import json
import subprocess
import tarfile
import zipfile
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import TypedDict

import pytest

from codegen.manifest import Provider
from mock_servers import REPO
from support import PROVIDERS, provider_by_key, provider_params, recorded_version, uv

RUNTIME_DEPENDENCIES = {"httpx", "attrs", "python-dateutil"}

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
    subprocess.run(
        [uv(), "build", "--all-packages", "--out-dir", str(out), "--quiet"], cwd=REPO, check=True, timeout=600
    )
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


def install(python: Path, *requirements: str, find_links: Path | None = None) -> None:
    links = ["--find-links", str(find_links)] if find_links else []
    subprocess.run(
        [uv(), "pip", "install", "--quiet", "--python", str(python), *links, *requirements], check=True, timeout=600
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
    provider: Provider, dist: Path, fresh_venv: Path, mock_urls: dict[str, str]
) -> None:
    install(fresh_venv, str(wheel(dist, provider.project_name)))

    summary = call_and_list(fresh_venv, provider.package_name, mock_urls[provider.key])

    assert summary["model"] in {"Usage", "UsageResponse"}
    installed = set(summary["distributions"])
    others = {other.project_name for other in PROVIDERS if other != provider} | {"usage-clients"}
    assert provider.project_name in installed
    assert not installed & others


def test_facade_with_one_extra(dist: Path, fresh_venv: Path, mock_urls: dict[str, str]) -> None:
    vocode = provider_by_key("vocode")
    install(fresh_venv, f"usage-clients[vocode] @ {wheel(dist, 'usage-clients').as_uri()}", find_links=dist)

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


def test_facade_cli_extra_installs_the_command(dist: Path, fresh_venv: Path, mock_urls: dict[str, str]) -> None:
    vocode = provider_by_key("vocode")
    facade = wheel(dist, "usage-clients").as_uri()
    install(fresh_venv, f"usage-clients[vocode] @ {facade}", find_links=dist)
    environment = {"PATH": "/usr/bin:/bin", vocode.token_env: "test-token", vocode.base_url_env: mock_urls["vocode"]}
    command = [str(fresh_venv), "-m", "usage_clients", "show", "vocode", "--json"]

    # The library alone brings no rich: the command says which extra it needs.
    without = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert without.returncode == 2
    assert "pip install 'usage-clients[cli]'" in without.stderr

    install(fresh_venv, f"usage-clients[vocode,cli] @ {facade}", find_links=dist)
    script = fresh_venv.parent / "usage-clients"
    result = subprocess.run(
        [str(script), *command[3:]], capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["providers"]["vocode"]["metrics"][0]["used"] == 412
