"""Adding a provider is a spec and a manifest entry: everything else follows from scripts/providers.toml."""

import json
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import usage_clients
from scripts.codegen import facade
from scripts.codegen.manifest import load_providers
from scripts.codegen.paths import REPO, Paths
from scripts.local_server import Reply, local_server
from support import PROVIDERS, TOKEN, provider_by_key, recorded_version, success_example
from usage_clients.normalize import NORMALIZERS
from usage_clients.snapshots import Snapshot


@pytest.mark.unit
def test_the_derived_files_are_what_the_manifest_says() -> None:
    """`make check` runs the same comparison (python -m scripts.generate --check)."""
    versions = {provider: recorded_version(provider) for provider in PROVIDERS}

    assert facade.stale(Paths(REPO), PROVIDERS, versions) == []


@pytest.mark.unit
def test_a_new_manifest_entry_reaches_every_derived_file(tmp_path: Path) -> None:
    manifest = tmp_path / "providers.toml"
    manifest.write_text(
        (REPO / "scripts" / "providers.toml").read_text()
        + '\n[vocode-hosted]\nname = "Vocode Hosted"\nspec = "specs/vocode-hosted.yaml"\n'
        'token_env = "VOCODE_HOSTED_API_KEY"\nbase_url_env = "VOCODE_HOSTED_BASE_URL"\n'
        + '\n[github-copilot]\nname = "GitHub Copilot"\nspec = "specs/github-copilot.yaml"\n'
        'token_env = "GITHUB_TOKEN"\nbase_url_env = "GITHUB_BASE_URL"\n'
        'auth = { header = "Authorization", prefix = "Bearer" }\narguments_env = { org = "GITHUB_ORG" }\n'
    )
    providers = load_providers(manifest)
    versions = {provider: "1.0.0" for provider in providers} | {providers[-1]: "3.1.0"}

    derived = {item.path: item.text for item in facade.derived(Paths(REPO), providers, versions)}
    root, facade_project = Paths(REPO).repo / "pyproject.toml", Paths(REPO).facade
    init = facade_project.parent / "src" / "usage_clients" / "__init__.py"
    table = facade_project.parent / "src" / "usage_clients" / "_providers.py"
    assert "github-copilot-usage-client = { workspace = true }\n" in derived[root]
    assert 'github-copilot = ["github-copilot-usage-client>=3.0.0,<4"]\n' in derived[facade_project]
    every = "usage-clients[aymara,thousandeyes,vocode,wiremock-cloud,vocode-hosted,github-copilot,cli]"
    assert every in derived[facade_project]
    # Sorted as ruff sorts them, whatever the manifest's order: imports by module name, `__all__` by name.
    assert (
        "    import aymara_usage_client as aymara\n    import github_copilot_usage_client as github_copilot\n"
        "    import thousandeyes_usage_client as thousandeyes\n    import vocode_hosted_usage_client as vocode_hosted\n"
        "    import vocode_usage_client as vocode\n"
    ) in derived[init]
    assert (
        '__all__ += ["aymara", "github_copilot", "thousandeyes", "vocode", "vocode_hosted", "wiremock_cloud"]\n'
        in derived[init]
    )
    namespace: dict[str, object] = {}
    exec(compile(derived[table], str(table), "exec"), namespace)
    assert namespace["PROVIDERS"]["github_copilot"] == ("github_copilot_usage_client", "github-copilot")  # type: ignore[index]
    assert namespace["TITLES"]["github_copilot"] == "GitHub Copilot"  # type: ignore[index]
    assert namespace["ENVIRONMENT"]["github_copilot"] == ("GITHUB_TOKEN", "GITHUB_BASE_URL", "GITHUB_ORG")  # type: ignore[index]
    assert providers[-1].auth is not None and providers[-1].auth.prefix == "Bearer"


@pytest.mark.http
def test_a_provider_without_a_normalizer_is_shown_raw(monkeypatch: pytest.MonkeyPatch, clean_env: None) -> None:
    vocode = provider_by_key("vocode")
    monkeypatch.delitem(NORMALIZERS, "vocode")
    body = json.dumps(success_example(vocode)).encode()
    with local_server(lambda request: Reply(200, body=body)) as server:
        monkeypatch.setenv(vocode.token_env, TOKEN)
        monkeypatch.setenv(vocode.base_url_env, server.url)

        [result] = usage_clients.fetch_all(["vocode"])

    assert isinstance(result, Snapshot), result
    assert result.metrics == ()
    assert result.details == {"summary": "none: see .raw"}
    assert type(result.raw) is usage_clients.vocode.models.Usage
    assert replace(result, raw=None).to_dict()["provider"] == "vocode"


def facade_copy(root: Path) -> Paths:
    """The files the facade's derivation reads and writes, copied below `root`."""
    for relative in (
        "pyproject.toml",
        "packages/usage-clients/pyproject.toml",
        "packages/usage-clients/CHANGELOG.md",
        "packages/usage-clients/src/usage_clients/__init__.py",
    ):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes((REPO / relative).read_bytes())
    return Paths(root)


@pytest.mark.unit
def test_a_provider_major_moving_moves_the_facades_major_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHANGELOG_DATE", "2026-01-01")
    paths = facade_copy(tmp_path)
    versions = {provider: recorded_version(provider) for provider in PROVIDERS}
    facade.sync(paths, PROVIDERS, versions)  # as committed: nothing moves
    before = usage_clients_pyproject(paths)["version"]

    vocode = provider_by_key("vocode")
    was = int(versions[vocode].split(".")[0])
    moved = f"{was + 1}.0.0"
    facade.sync(paths, PROVIDERS, versions | {vocode: moved})

    major = int(before.split(".")[0])
    assert usage_clients_pyproject(paths)["version"] == f"{major + 1}.0.0"
    new_range = f"vocode-usage-client>={moved},<{was + 2}"
    assert usage_clients_pyproject(paths)["optional-dependencies"]["vocode"] == [new_range]
    log = facade.changelog(paths).read_text()
    assert (
        f"## {major + 1}.0.0 (2026-01-01)\n\n- Extra `vocode` now installs `{new_range}` "
        f"(was `vocode-usage-client>={was}.0.0,<{was + 1}`).\n" in log
    )
    assert facade.stale(paths, PROVIDERS, versions | {vocode: moved}) == []


def usage_clients_pyproject(paths: Paths) -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads(paths.facade.read_text())["project"]
    return project
