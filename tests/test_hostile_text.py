"""Property tests: hostile text in every field a template reads comes out of the package as data, never as code.

Each example writes one spec whose every piece of text (title, server description, summary, description,
tags, property names and descriptions, enum values, examples, header names...) is drawn from hostile
characters (quotes of every kind, backslashes, CR/LF, NUL, non-BMP and confusable characters, `{{ }}`,
`{% %}`, `</script>`), generates its package, and checks that every module parses, the package imports
without running anything (a canary file stays absent), and the text comes back unchanged.
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import render_spec

pytestmark = [pytest.mark.generator, pytest.mark.slow]

_PIECES = [*"\"'\\\n\r\t\x00`*_[]()<>&|#{}%$\u00a0\u2028\u0430\u200b", '"""', "'''", "{{ x }}", "{% if %}", "</script>"]
_PIECES += ["\U0001f600", "${HOME}", "\\N{BULLET}", "\\u0041", "__import__('os')", "\r\n"]
# Lone surrogates are refused as the document is read (a one-line error): they have a test of their own.
HOSTILE = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(exclude_categories=["Cs"])), min_size=1, max_size=12
).map("".join)

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "TITLE", "version": "1"},
    "servers": [{"url": "https://api.hostile.example", "description": "SERVER"}],
    "paths": {
        "/usage": {
            "get": {
                "operationId": "getUsage",
                "summary": "SUMMARY",
                "description": "DESCRIPTION",
                "tags": ["TAG"],
                "security": [{"key": []}],
                "parameters": [
                    {
                        "name": "q",
                        "in": "query",
                        "description": "PARAMETER",
                        "example": "EXAMPLE",
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "RESPONSE",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Usage"},
                                "example": {"PROPERTY": "ENUM", "note": "EXAMPLE"},
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key", "description": "SCHEME"}},
        "schemas": {
            "Usage": {
                "type": "object",
                "title": "TITLE",
                "description": "DESCRIPTION",
                "properties": {
                    "PROPERTY": {"type": "string", "enum": ["ENUM", "plain"], "description": "PROPERTY"},
                    "note": {"type": "string", "description": "DESCRIPTION", "example": "EXAMPLE"},
                },
            }
        },
    },
}

# Run in the generated package's environment: import everything, then read the texts back.
READ_BACK = """
import importlib, json, pkgutil, sys
import hostile_usage_client as package
from hostile_usage_client.testing import MockApi
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
[operation] = [m for m in sys.modules.values() if getattr(m, "__name__", "").endswith(".get_usage")]
with MockApi().client() as client:
    usage = operation.sync(client=client)
print(json.dumps({"doc": operation.sync.__doc__, "usage": usage.to_dict()}))
"""


def _spec(text: str, canary: Path) -> str:
    """SPEC with every placeholder replaced by `text` plus a payload that writes `canary` if it ever runs."""
    payload = text + f'""";open({str(canary)!r}, \'w\').close();"""'
    document = json.dumps(SPEC)
    for placeholder in ("TITLE", "SERVER", "SUMMARY", "DESCRIPTION", "TAG", "PARAMETER", "RESPONSE", "SCHEME"):
        document = document.replace(f'"{placeholder}"', json.dumps(payload))
    # Names and values on the wire: kept exactly, whatever they hold.
    return (
        document.replace('"PROPERTY"', json.dumps("p" + text))
        .replace('"ENUM"', json.dumps(text))
        .replace('"EXAMPLE"', json.dumps(text))
    )


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE)
def test_hostile_text_is_data_in_every_generated_file(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    where = tmp_path_factory.mktemp("hostile")
    canary = where / "canary"
    package = render_spec(where, _spec(text, canary), "hostile")

    for module in package.rglob("*.py"):
        ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", READ_BACK],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(package)},
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert not canary.exists()
    read = json.loads(result.stdout)
    assert read["usage"] == {"p" + text: text, "note": text}
    assert " ".join(text.split()) in " ".join(read["doc"].split())
