"""The generator, run as maintainers run it, in a temporary copy of the repository."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.render import render_package
from scripts.codegen.spec import load_spec
from support import LOCK, PROVIDERS, repo_copy, tree_snapshot
from support import run_generator as generate

pytestmark = [pytest.mark.generator, pytest.mark.slow]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return repo_copy(tmp_path / "repo")


def test_committed_packages_are_what_the_specs_produce() -> None:
    result = generate(REPO, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_regeneration_reproduces_the_packages_and_is_idempotent(repo: Path) -> None:
    committed = tree_snapshot(repo / "packages")
    lock = (repo / LOCK).read_bytes()

    first = generate(repo, "--force")
    assert first.returncode == 0, first.stderr
    assert tree_snapshot(repo / "packages") == committed
    assert (repo / LOCK).read_bytes() == lock

    second = generate(repo)
    assert second.returncode == 0, second.stderr
    assert tree_snapshot(repo / "packages") == committed
    for provider in PROVIDERS:
        assert f"{provider.project_name} " in second.stdout
    assert "regenerated" not in second.stdout
    assert second.stdout.count("unchanged") == len(PROVIDERS)


def test_stale_files_are_removed(repo: Path) -> None:
    package = repo / "packages" / "vocode-usage-client" / "vocode_usage_client"
    (package / "stale.py").write_text("left over from an older spec\n")
    (package / "models" / "plan_type.py").write_text("edited by hand\n")

    result = generate(repo, "--force")

    assert result.returncode == 0, result.stderr
    assert not (package / "stale.py").exists()
    assert (package / "models" / "plan_type.py").read_bytes() == (
        REPO / "packages/vocode-usage-client/vocode_usage_client/models/plan_type.py"
    ).read_bytes()
    assert "vocode-usage-client            regenerated" in result.stdout


def test_check_names_the_files_that_drifted(repo: Path) -> None:
    package = repo / "packages" / "vocode-usage-client"
    (package / "vocode_usage_client" / "client.py").write_text("# edited by hand\n")
    (package / "README.md").unlink()
    before = tree_snapshot(repo / "packages")

    result = generate(repo, "--check")

    assert result.returncode == 1
    assert "packages/vocode-usage-client is stale relative to specs/vocode.yaml" in result.stdout
    assert "~ vocode_usage_client/client.py" in result.stdout
    assert "+ README.md" in result.stdout
    assert "make generate" in result.stdout
    assert tree_snapshot(repo / "packages") == before


# Aymara's spec is hand-written: the generator reads it as it is. (A derived spec's breakages are in test_upstream.py.)
BREAKAGES = {
    "bad-yaml": ("paths:\n", "paths: [\n", "specs/aymara.yaml:", "invalid YAML"),
    "alias-bomb": (  # a billion laughs: nine levels of ten aliases
        "paths:\n",
        "x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(f"x-lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]\n" for n in range(1, 10))
        + "paths:\n",
        "specs/aymara.yaml:",
        "aliases expand to more than",
    ),
    "invalid-openapi": ("openapi: 3.1.0\n", "openapi: 3.1.0\nwebhooks: 7\n", "specs/aymara.yaml", "invalid OpenAPI"),
    "dangling-ref": (
        "#/components/schemas/UsageResponse'",
        "#/components/schemas/Nothing'",
        "specs/aymara.yaml:",
        "points to nothing",
    ),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_broken_spec_changes_nothing(repo: Path, breakage: str) -> None:
    old, new, location, message = BREAKAGES[breakage]
    spec = repo / "specs" / "aymara.yaml"
    assert old in spec.read_text()
    spec.write_text(spec.read_text().replace(old, new, 1))
    # Another provider's spec changed too (through its overlay): even its package and spec must stay as they were.
    other = repo / "overlays" / "vocode.yaml"
    other.write_text(other.read_text().replace("Get the plan type", "Get the plan type (changed)", 1))
    before = tree_snapshot(repo / "packages")
    specs = tree_snapshot(repo / "specs")
    lock = (repo / LOCK).read_bytes()

    result = generate(repo)

    assert result.returncode == 1
    assert location in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_snapshot(repo / "packages") == before
    assert tree_snapshot(repo / "specs") == {**specs, "aymara.yaml": spec.read_bytes()}
    assert (repo / LOCK).read_bytes() == lock
    assert not list((repo / ".generate").glob("staging-*"))


def test_an_interrupted_replacement_is_healed(repo: Path) -> None:
    """A run killed between moving the old package out and the new one in left it in .generate/."""
    replaced = repo / ".generate" / "replaced"
    replaced.mkdir(parents=True)
    (repo / "packages" / "vocode-usage-client").rename(replaced / "vocode-usage-client")
    committed = tree_snapshot(REPO / "packages" / "vocode-usage-client")

    result = generate(repo)

    assert result.returncode == 0, result.stderr
    assert tree_snapshot(repo / "packages" / "vocode-usage-client") == committed
    assert not any(replaced.iterdir())


NULLABLE_SPEC = """
openapi: {version}
info: {{title: Nullable, version: "1"}}
servers: [{{url: "https://api.example.invalid", description: Production}}]
security: [{{bearer: []}}]
tags: [{{name: usage}}]
paths:
  /usage:
    get:
      operationId: get_usage
      tags: [usage]
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Usage"}}
components:
  securitySchemes: {{bearer: {{type: http, scheme: bearer}}}}
  schemas:
    Usage:
      type: object
      required: [limit, note]
      properties:
        limit: {limit}
        note: {note}
        since: {since}
"""
DIALECTS = {
    "3.0": {
        "version": "3.0.3",
        "limit": "{type: integer, nullable: true}",
        "note": "{type: string, nullable: true}",
        "since": "{type: string, format: date-time, nullable: true}",
    },
    "3.1": {
        "version": "3.1.0",
        "limit": '{type: [integer, "null"]}',
        "note": '{type: [string, "null"]}',
        "since": '{type: [string, "null"], format: date-time}',
    },
}
# Run in the generated package's environment: parse bodies with nulls, values and wrong types.
PARSE_NULLS = """
import json, sys
from nullable_usage_client.errors import ResponseValidationError
from nullable_usage_client.models import Usage
results = []
for body in json.loads(sys.argv[1]):
    try:
        usage = Usage.from_dict(body)
        results.append([usage.limit, usage.note, None if usage.since is None else usage.since.isoformat()])
    except ResponseValidationError as error:
        results.append(error.location)
print(json.dumps(results))
"""


@pytest.mark.parametrize("dialect", DIALECTS)
def test_nullable_fields_are_right_in_openapi_3_0_and_3_1(tmp_path: Path, dialect: str) -> None:
    spec_path = tmp_path / "nullable.yaml"
    spec_path.write_text(NULLABLE_SPEC.format(**DIALECTS[dialect]))
    provider = Provider(
        key="nullable", name="Nullable", spec=spec_path, token_env="NULLABLE_TOKEN", base_url_env="NULLABLE_URL"
    )
    render_package(provider, load_spec(spec_path), "1.0.0", tmp_path / "out" / provider.project_name)
    bodies = [
        {"limit": None, "note": None, "since": None},
        {"limit": 7, "note": "n", "since": "2025-01-01T00:00:00Z"},
        {"limit": "seven", "note": None},
        {"limit": None},
    ]

    result = subprocess.run(
        [sys.executable, "-c", PARSE_NULLS, json.dumps(bodies)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "out" / provider.project_name)},
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        [None, None, None],
        [7, "n", "2025-01-01T00:00:00+00:00"],
        "limit",  # a wrong type is an error, null is not
        "note",  # null is a value; a missing required field is an error
    ]
