"""Hostile spec text: whatever a published description says reaches a package as data, never as code."""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.codegen.errors import SpecError
from scripts.codegen.manifest import Provider
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec

pytestmark = pytest.mark.generator

SPEC = """
openapi: 3.1.0
info: {{title: Hostile, version: "1"}}
servers:
  - url: https://api.hostile.example
    description: {server_description}
paths:
  /usage:
    get:
      operationId: getUsage
      security: [{{key: []}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{type: object, properties: {{used: {{type: integer}}}}}}
        "429":
          description: slow down
          headers:
            {rate_limit_header}: {{schema: {{type: integer}}}}
components:
  securitySchemes:
    key: {{type: apiKey, in: header, name: {header}, x-auth-prefix: {prefix}}}
"""
PROVIDER = Provider(
    key="hostile", name="Hostile", spec=Path("hostile.yaml"), token_env="HOSTILE_KEY", base_url_env="HOSTILE_URL"
)
HARMLESS = {
    "server_description": "production",
    "rate_limit_header": "X-RateLimit-Reset",
    "header": "X-Key",
    "prefix": "Token",
}


def _payload(canary: Path) -> str:
    """Text that runs a command if it ever lands in Python, a docstring, a comment or a README block unescaped."""
    code = f"open({str(canary)!r}, 'w').write('ran')"
    return f"x\"\"\";{code};\"\"\"''';{code};'''\n{code}\r\n#\\ server"


def _render(tmp_path: Path, **fields: str) -> Path:
    values = HARMLESS | fields
    spec = tmp_path / "hostile.yaml"
    spec.write_text(SPEC.format(**{name: json.dumps(value) for name, value in values.items()}), encoding="utf-8")
    out = tmp_path / "out"
    render_package(PROVIDER, load_spec(spec, shown_as=Path("hostile.yaml")), "1.0.0", out / PROVIDER.project_name)
    format_packages(out)
    return out / PROVIDER.project_name


def test_a_hostile_server_description_is_data(tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    package = _render(tmp_path, server_description=_payload(canary))

    for module in package.rglob("*.py"):
        ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
    script = "import hostile_usage_client as p, hostile_usage_client.testing; print(*p.client.SERVERS)"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(package)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"x-open-[a-z0-9-]+-canary\n", result.stdout)  # the name: a slug of the first word
    readme = (package / "README.md").read_text(encoding="utf-8")
    block = readme.split("```python\n", 1)[1].split("```", 1)[0]
    ast.parse(block)
    assert not canary.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("header", 'X-Key"""\nimport os', "is not a header name"),
        ("prefix", 'Token"""; import os', "is not a header value word"),
    ],
)
def test_auth_text_that_is_no_header_is_refused(tmp_path: Path, field: str, value: str, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        _render(tmp_path, **{field: value})


def test_a_rate_limit_header_that_is_no_header_name_is_ignored(tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    package = _render(tmp_path, rate_limit_header=f'X-RateLimit-"{_payload(canary)}-Reset')

    retries = (package / "hostile_usage_client" / "_retries.py").read_text(encoding="utf-8")
    assert "RATE_LIMIT_RESET_HEADER" not in retries
    assert not canary.exists()
