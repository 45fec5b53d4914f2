"""The hand-written `usage-clients` facade: lazy re-exports, extras, clear errors, real types."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import usage_clients
from scripts.codegen.paths import REPO
from support import PROVIDERS, recorded_version

FACADE = REPO / "packages" / "usage-clients"


def attribute_of(package_name: str) -> str:
    return package_name.removesuffix("_usage_client")


def run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.unit
def test_importing_the_facade_imports_no_provider() -> None:
    result = run("import sys, usage_clients\nprint(sorted(m for m in sys.modules if m.endswith('_usage_client')))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.unit
def test_each_name_is_the_provider_module_itself() -> None:
    for provider in PROVIDERS:
        module = getattr(usage_clients, attribute_of(provider.package_name))
        assert module is sys.modules[provider.package_name]


@pytest.mark.unit
def test_facade_covers_every_provider_of_the_manifest() -> None:
    """A new provider in scripts/providers.toml must also get its facade name and extra."""
    extras = tomllib.loads((FACADE / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert set(extras) == {provider.extra for provider in PROVIDERS} | {"cli", "all"}
    for provider in PROVIDERS:
        assert usage_clients.PROVIDERS[attribute_of(provider.package_name)] == (provider.package_name, provider.extra)
        major = int(recorded_version(provider).split(".")[0])
        assert extras[provider.extra] == [f"{provider.project_name}>={major}.0.0,<{major + 1}"]
    assert extras["cli"] == ["rich>=13,<16"]
    everything = [*(provider.extra for provider in PROVIDERS), "cli"]
    assert extras["all"] == [f"usage-clients[{','.join(everything)}]"]


@pytest.mark.unit
def test_a_missing_provider_names_the_pip_command() -> None:
    # Hide one provider package the way an environment without its extra would.
    script = (
        "import sys\n"
        "sys.modules['thousandeyes_usage_client'] = None\n"
        "try:\n"
        "    from usage_clients import thousandeyes\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = run(script)
    assert result.returncode == 0, result.stderr
    assert "pip install 'usage-clients[thousandeyes]'" in result.stdout


@pytest.mark.unit
def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'acme'"):
        _ = usage_clients.acme


@pytest.mark.slow
def test_type_checkers_see_the_real_modules(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from usage_clients import vocode, wiremock_cloud\n"
        "reveal_type(vocode.AuthenticatedClient)\n"
        "reveal_type(wiremock_cloud.api.usage.get_usage.sync)\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(sample)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "vocode_usage_client.client.AuthenticatedClient" in result.stdout, result.stdout
    assert "wiremock_cloud_usage_client.models.usage.Usage" in result.stdout, result.stdout
