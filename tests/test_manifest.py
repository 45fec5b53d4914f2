"""Adding a provider is a spec and a manifest entry: everything else follows from scripts/providers.toml."""

import json
import subprocess
import sys
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import usage_clients
from scripts.codegen import facade
from scripts.codegen.errors import ManifestError
from scripts.codegen.manifest import AuthScheme, load_providers
from scripts.codegen.paths import REPO, Paths
from scripts.local_server import Reply, local_server
from support import PROVIDERS, TOKEN, provider_by_key, recorded_version, repo_copy, success_example, tree_snapshot
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
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
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


ACME = '[acme]\nname = "Acme"\nspec = "specs/acme.yaml"\ntoken_env = "ACME_TOKEN"\nbase_url_env = "ACME_BASE_URL"\n'
UPSTREAM = '\n[acme.upstream]\nfile = "upstream/acme/openapi.json"\nurl = "https://acme.test/openapi.json"\n'


@pytest.mark.unit
@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("[acme]", '["../x"]', r"\[../x\] the provider key must match \[a-z\]", id="key-escapes"),
        pytest.param("[acme]", "[Acme]", r"\[Acme\] the provider key must match", id="key-upper-case"),
        pytest.param("[acme]", "[all]", r"\[all\] 'all' is an extra of the usage-clients facade", id="key-all"),
        pytest.param('"specs/acme.yaml"', '"../specs/acme.yaml"', r"spec: '../specs/acme.yaml' must be rel", id="dots"),
        pytest.param('"specs/acme.yaml"', '"/etc/passwd"', r"spec: '/etc/passwd' must be relative", id="absolute"),
        pytest.param('"Acme"', '"Acme\\"\\"\\""', r"name: 'Acme\"\"\"' has \"", id="name-quotes"),
        pytest.param('"Acme"', '"Acme\\\\"', r"name: 'Acme\\\\' has \\:", id="name-backslash"),
        pytest.param('"Acme"', '"Acme\\nimport os"', r"name: 'Acme\\nimport os' has a control", id="name-newline"),
        pytest.param('"Acme"', '"Acme\\u202e"', r"name: 'Acme\\u202e' has a control", id="name-bidi"),
        pytest.param(
            '"ACME_TOKEN"', '"ACME_TOKEN\\"; x = \\""', r"token_env: .* is not an environment variable", id="t"
        ),
        pytest.param('"ACME_BASE_URL"', '"acme-url"', r"base_url_env: 'acme-url' is not an environment var", id="b"),
        pytest.param(
            'base_url_env = "ACME_BASE_URL"\n',
            'base_url_env = "ACME_BASE_URL"\narguments_env = { org = "ACME ORG" }\n',
            r"arguments_env: 'ACME ORG' is not an environment variable name",
            id="arguments-env",
        ),
        pytest.param(
            'base_url_env = "ACME_BASE_URL"\n',
            'base_url_env = "ACME_BASE_URL"\ncredentials_env = { "user name" = "ACME_USER" }\n',
            r"credentials_env: 'user name' is not an argument name",
            id="credentials-env",
        ),
        pytest.param(
            'base_url_env = "ACME_BASE_URL"\n',
            'base_url_env = "ACME_BASE_URL"\nauth = { header = "X-Key:", prefix = "Bearer" }\n',
            r"auth.header: 'X-Key:' is not a header name",
            id="auth-header",
        ),
        pytest.param(
            'base_url_env = "ACME_BASE_URL"\n',
            'base_url_env = "ACME_BASE_URL"\nrequest_id_headers = ["x-id\\r\\nx-evil: 1"]\n',
            r"request_id_headers: 'x-id\\r\\nx-evil: 1' is not a header name",
            id="request-id-header",
        ),
        pytest.param('token_env = "ACME_TOKEN"\n', "", r"\[acme\] missing token_env", id="missing"),
        pytest.param('spec = "', 'specs = "', r"\[acme\] unknown key 'specs' \(known: name, spec,", id="unknown"),
        pytest.param(
            UPSTREAM, UPSTREAM + 'overlay = "../overlays/acme.yaml"\n', r"upstream.overlay: '../overlays/ac", id="ov"
        ),
        pytest.param(UPSTREAM, UPSTREAM.replace("upstream/", "/upstream/"), r"upstream.file: '/upstream/", id="f"),
        pytest.param(UPSTREAM, UPSTREAM.replace("https:", "file:"), r"upstream.url: 'file://acme.te", id="url"),
    ],
)
def test_a_manifest_entry_that_is_not_what_it_claims_is_a_one_line_error(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    text = ACME + UPSTREAM + 'operations = ["getUsage"]\n'
    assert old in text
    manifest = tmp_path / "providers.toml"
    manifest.write_text(text.replace(old, new, 1))

    with pytest.raises(ManifestError, match=expected) as raised:
        load_providers(manifest)

    assert str(raised.value).startswith(f"{manifest}: [")
    assert "\n" not in str(raised.value)


@pytest.mark.unit
def test_an_entry_without_an_overlay_or_with_every_option_is_taken(tmp_path: Path) -> None:
    manifest = tmp_path / "providers.toml"
    manifest.write_text(
        ACME.replace('"Acme"', '"Acme Cloud (EU) — ünïcode"')
        + 'auth = { header = "x-api-key", prefix = "" }\narguments_env = { org = "ACME_ORG" }\n'
        + 'credentials_env = { client_secret = "VAULT_ACME_SECRET" }\n'
        + 'request_id_headers = ["X-Request-Id"]\nretry_statuses = [429]\nidempotency_key_header = "X-Once"\n'
        + UPSTREAM
        + 'operations = ["getUsage", "GET /v1/usage"]\n'
    )

    [acme] = load_providers(manifest)

    assert acme.name == "Acme Cloud (EU) — ünïcode"
    assert (acme.auth, acme.arguments_env) == (AuthScheme("x-api-key", ""), (("org", "ACME_ORG"),))
    assert acme.credentials_env == (("client_secret", "VAULT_ACME_SECRET"),)
    assert (acme.request_id_headers, acme.retry_statuses) == (("x-request-id",), (429,))


@pytest.mark.unit
def test_a_path_through_a_symbolic_link_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    (repo / "specs").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (repo / "inside").symlink_to(repo / "scripts", target_is_directory=True)
    manifest = repo / "scripts" / "providers.toml"
    manifest.write_text(ACME.replace("specs/", "inside/"))
    assert [provider.spec for provider in load_providers(manifest)] == [Path("inside/acme.yaml")]

    manifest.write_text(ACME)
    with pytest.raises(ManifestError) as raised:
        load_providers(manifest)

    assert str(raised.value) == (
        "scripts/providers.toml: [acme] spec: 'specs/acme.yaml' leads out of the repository (a symbolic link)"
    )


@pytest.mark.generator
@pytest.mark.parametrize("command", ["generate", "update_specs"])
def test_generate_and_update_specs_stop_on_a_bad_key_before_touching_anything(tmp_path: Path, command: str) -> None:
    repo = repo_copy(tmp_path / "repo")
    manifest = repo / "scripts" / "providers.toml"
    manifest.write_text(manifest.read_text().replace("[vocode]", '["../vocode"]').replace("[vocode.", '["../vocode".'))
    before = tree_snapshot(tmp_path)

    result = subprocess.run(
        [sys.executable, "-m", f"scripts.{command}"], cwd=repo, capture_output=True, text=True, timeout=120, check=False
    )

    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "error: scripts/providers.toml: [../vocode] the provider key must match [a-z][a-z0-9-]* "
        "(it names the package and its directory)"
    )
    assert "Traceback" not in result.stderr
    assert tree_snapshot(tmp_path) == before
