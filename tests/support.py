"""Helpers the tests share (fixtures live in conftest.py)."""

import importlib.util
import inspect
import os
import shutil
import subprocess
import sys
from datetime import datetime
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.codegen.examples import minimal_instance
from scripts.codegen.lockfile import read_lockfile
from scripts.codegen.manifest import Provider, load_providers
from scripts.codegen.paths import REPO, Paths, find_uv
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec

PROVIDERS = load_providers()
LOCK = Paths(REPO).lockfile.name
TOKEN = "tok-SECRET-4f9a"  # distinctive, so a leak is easy to find in any output


def package(provider: Provider) -> Any:
    """The provider's generated package (typed Any: the tests treat the four alike)."""
    return import_module(provider.package_name)


def get_usage_module(provider: Provider) -> ModuleType:
    return import_module(f"{provider.package_name}.api.usage.get_usage")


def required_arguments(provider: Provider) -> dict[str, Any]:
    """Values for get_usage's required parameters (WireMock Cloud's subscription id)."""
    signature = inspect.signature(get_usage_module(provider).sync)
    return {
        name: "sub-123"
        for name, parameter in signature.parameters.items()
        if name != "client" and parameter.default is inspect.Parameter.empty
    }


def client_for(provider: Provider, base_url: str, **options: Any) -> Any:
    return package(provider).AuthenticatedClient(token=TOKEN, base_url=base_url, **options)


def usage_operation(provider: Provider) -> tuple[Any, Any]:
    """The provider's spec document, and its get-usage operation (`operationId: get_usage`) among any others."""
    spec = load_spec(REPO / provider.spec, shown_as=provider.spec)
    [usage] = [operation for operation in spec.api.operations if operation.operation_id == "get_usage"]
    return spec.document, spec.document["paths"][usage.path][usage.method]


def success_content(operation: Any) -> Any:
    """The JSON media type object of the operation's 200 response."""
    content = operation["responses"]["200"]["content"]
    return next(media for name, media in content.items() if "json" in name)


def success_examples(provider: Provider) -> dict[str, Any]:
    """Every example of the spec's 200 response body, by name (a lone `example` is called "example").

    A description taken as its provider publishes it may give none: then the smallest body its schema
    accepts, called "minimal".
    """
    document, operation = usage_operation(provider)
    content = success_content(operation)
    if "examples" in content:
        return {name: example["value"] for name, example in content["examples"].items()}
    if "example" in content:
        return {"example": content["example"]}
    return {"minimal": minimal_instance(document, content.get("schema", {}))}


def success_example(provider: Provider, name: str | None = None) -> Any:
    """The example called `name` (default: the first) of the spec's 200 response body."""
    examples = success_examples(provider)
    return examples[name if name is not None else next(iter(examples))]


GOLDEN_PACKAGE = "catch_all_usage_client"
GOLDEN_LOCATION = REPO / "tests" / "golden" / "catch-all-usage-client" / GOLDEN_PACKAGE


def golden(module: str) -> Any:
    """A module of the golden package, which is loaded once from its directory (nothing edits sys.path)."""
    if GOLDEN_PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            GOLDEN_PACKAGE, GOLDEN_LOCATION / "__init__.py", submodule_search_locations=[str(GOLDEN_LOCATION)]
        )
        assert spec is not None and spec.loader is not None
        package: ModuleType = importlib.util.module_from_spec(spec)
        sys.modules[GOLDEN_PACKAGE] = package
        spec.loader.exec_module(package)
    return import_module(f"{GOLDEN_PACKAGE}.{module}")


def provider_params() -> list[object]:
    """Parametrize a test over every provider, with the provider key as test id."""
    return [pytest.param(provider, id=provider.key) for provider in PROVIDERS]


def provider_by_key(key: str) -> Provider:
    return next(provider for provider in PROVIDERS if provider.key == key)


def uv() -> str:
    """The uv the Makefile installed (pinned), else one on PATH."""
    found = find_uv()
    if found is None:
        pytest.fail("uv is missing: run `make setup`")
    return found


def recorded_version(provider: Provider) -> str:
    """The version generate.lock.json records for a provider's package."""
    return read_lockfile(Paths(REPO))[provider.key].version


def repo_copy(destination: Path) -> Path:
    """A copy of everything the generator reads and writes: specs and what they derive from, scripts, packages,
    the lock, the workspace.

    The pinned uv is linked in (not copied), so a version bump can re-lock the copy's uv.lock.
    """
    for part in ("specs", "upstream", "overlays", "scripts", "packages"):
        shutil.copytree(REPO / part, destination / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in (LOCK, "pyproject.toml", "uv.lock"):
        shutil.copy2(REPO / name, destination / name)
    if (REPO / ".tools").exists():
        (destination / ".tools").symlink_to(REPO / ".tools")
    return destination


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file below `root` with its bytes, caches excluded."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def same_json(actual: Any, expected: Any) -> bool:
    """Equal as JSON values, with ISO date-times compared as instants (`...Z` == `...+00:00`)."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        return actual.keys() == expected.keys() and all(same_json(actual[key], expected[key]) for key in actual)
    if isinstance(actual, list) and isinstance(expected, list):
        return len(actual) == len(expected) and all(map(same_json, actual, expected))
    if isinstance(actual, str) and isinstance(expected, str) and actual != expected:
        try:
            return datetime.fromisoformat(actual) == datetime.fromisoformat(expected)
        except ValueError:
            return False
    return bool(actual == expected)


def run_generator(repo: Path, *arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m scripts.generate` in `repo`, run as a maintainer runs it; `env` adds to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "scripts.generate", *arguments],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def clone_head(destination: Path) -> Path:
    """A clone of this repository's HEAD, detached, with a committer set: changes there touch nothing here."""

    def git(*arguments: str) -> str:
        return subprocess.run(["git", *arguments], capture_output=True, text=True, timeout=120, check=True).stdout

    head = git("-C", str(REPO), "rev-parse", "HEAD").strip()
    git("clone", "--quiet", "--shared", "--no-checkout", str(REPO), str(destination))
    git("-C", str(destination), "checkout", "--quiet", "--detach", head)
    git("-C", str(destination), "config", "user.email", "tests@example.invalid")
    git("-C", str(destination), "config", "user.name", "tests")
    return destination


def render_spec(destination: Path, spec_text: str, key: str) -> Path:
    """A package rendered and formatted from `spec_text` (a spec of provider `key`) below `destination`; its root."""
    spec = destination / f"{key}.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    prefix = key.upper().replace("-", "_")
    provider = Provider(
        key=key, name=key.title(), spec=spec, token_env=f"{prefix}_API_KEY", base_url_env=f"{prefix}_BASE_URL"
    )
    out = destination / "out"
    render_package(provider, load_spec(spec, shown_as=Path(f"{key}.yaml")), "1.0.0", out / provider.project_name)
    format_packages(out)
    return out / provider.project_name


def import_rendered(root: Path, key: str) -> Any:
    """The package rendered at `root` (see render_spec), imported into this process."""
    sys.path.insert(0, str(root))
    try:
        return import_module(f"{key.replace('-', '_')}_usage_client")
    finally:
        sys.path.remove(str(root))
