"""Real descriptions as their providers publish them generate into packages that type-check and lint.

Vocode's whole description (upstream/vocode/openapi.json: 42 operations, 26 discriminated unions, object
defaults, audio responses, duplicate inline titles) is generated as a provider would be, then checked with
`mypy --strict` and ruff under the generated package's own configuration.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec
from scripts.codegen.unions import dispatch_tables

pytestmark = [pytest.mark.generator, pytest.mark.slow]

VOCODE = Path("upstream/vocode/openapi.json")


def discriminated(node: object) -> list[frozenset[str]]:
    """The variants (schema names) of every union with a `discriminator` below `node`."""
    found = []
    if isinstance(node, dict):
        if "discriminator" in node:
            members = node.get("oneOf") or node.get("anyOf") or []
            found.append(frozenset(member["$ref"].rsplit("/", 1)[-1] for member in members))
        for value in node.values():
            found += discriminated(value)
    elif isinstance(node, list):
        for item in node:
            found += discriminated(item)
    return found


def test_vocode_published_description_generates_type_checks_and_lints(tmp_path: Path) -> None:
    spec = load_spec(REPO / VOCODE, shown_as=VOCODE)
    assert len(spec.api.operations) == 42
    unions = discriminated(spec.document)
    assert len(unions) == 26
    tables = dispatch_tables(spec.document, lambda name, schema: name)
    assert all(variants in tables for variants in unions), "every discriminated union dispatches on its tag"
    provider = Provider(
        key="vocode-published", name="Vocode", spec=VOCODE, token_env="VOCODE_API_KEY", base_url_env="VOCODE_BASE_URL"
    )
    package = tmp_path / provider.project_name

    render_package(provider, spec, "1.0.0", package)
    format_packages(tmp_path)

    for command in (
        ["mypy", "--strict", "--no-incremental", provider.package_name],
        ["ruff", "check", "--no-cache", "."],
    ):
        result = subprocess.run(
            [sys.executable, "-m", *command], cwd=package, capture_output=True, text=True, timeout=600, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    modules = list((package / provider.package_name / "api").rglob("*.py"))
    assert len([module for module in modules if module.name != "__init__.py"]) == 42
