"""Every ```python block of every package README, and of the root README, runs against Prism mocks on 127.0.0.1.

Each block runs on its own in a fresh interpreter, with every provider's token and base URL pointing at
its mock, as a user copying it would run it. The Operations reference names the error classes the client
really raises.
"""

import os
import re
import subprocess
import sys
from importlib import import_module
from pathlib import Path
from typing import get_type_hints

import httpx
import pytest

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.status_errors import STATUS_ERRORS, error_class
from support import PROVIDERS, provider_params

SECTIONS = (
    "## Install",
    "### Async",
    "### Raw responses",
    "### Per-call options",
    "## Operations",
    "## Configuring the HTTP client",
    "## Logging",
    "## Testing your code",
    "Supported Pythons",
    "## Versioning",
    "(CHANGELOG.md)",
)


def python_blocks(readme: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", readme.read_text(), flags=re.DOTALL)


def run_block(block: str, mock_urls: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    for provider in PROVIDERS:
        environment[provider.token_env] = "test-token"
        environment[provider.base_url_env] = mock_urls[provider.key]
    return subprocess.run(
        [sys.executable, "-c", block], capture_output=True, text=True, env=environment, timeout=60, check=False
    )


def returned_model(provider: Provider, block: str, index: int) -> str:
    """The name of the model returned by the operation a README block imports at `index`."""
    imported = re.findall(rf"^from {provider.package_name}\.api\.(\w+) import (\w+)$", block, re.MULTILINE)
    tag, name = imported[index]
    model: str = get_type_hints(import_module(f"{provider.package_name}.api.{tag}.{name}").sync)["return"].__name__
    return model


@pytest.mark.http
@pytest.mark.parametrize("provider", provider_params())
def test_every_package_readme_block_runs(provider: Provider, mock_urls: dict[str, str]) -> None:
    blocks = python_blocks(REPO / "packages" / provider.project_name / "README.md")
    assert len(blocks) >= 8
    outputs = []
    for block in blocks:
        result = run_block(block, mock_urls)
        assert result.returncode == 0, f"{block}\n{result.stderr}"
        outputs.append(result.stdout)
    # "Use" calls the operations the README shows and prints the last one's answer; "Async" the first one's.
    assert outputs[0].startswith(f"{returned_model(provider, blocks[0], -1)}(")
    assert outputs[1].strip() == returned_model(provider, blocks[1], 0)
    assert outputs[2].startswith("200 ")  # Raw responses
    assert "rate limited, retry after 1.0" in "".join(outputs) and "no connection" in "".join(outputs)


@pytest.mark.http
def test_the_root_readme_python_blocks_run(mock_urls: dict[str, str]) -> None:
    blocks = python_blocks(REPO / "README.md")
    assert blocks
    for block in blocks:
        result = run_block(block, mock_urls)
        assert result.returncode == 0, f"{block}\n{result.stderr}"


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_the_package_readme_has_every_section_and_documents_every_parameter(provider: Provider) -> None:
    readme = (REPO / "packages" / provider.project_name / "README.md").read_text()
    for section in SECTIONS:
        assert section in readme, section
    assert provider.log_env in readme
    if provider.key == "thousandeyes":
        assert re.search(r"^\| `aid` \| query \| `str` \| not sent \| A unique identifier", readme, flags=re.M)
        expand_row = r"^\| `expand` \| query \(form, explode: false\) \| `list\[Expand\]` \| not sent \| Expands"
        assert re.search(expand_row, readme, flags=re.M)
        docstring = import_module(f"{provider.package_name}.api.usage.get_usage").sync.__doc__
        assert "aid (str | Unset): A unique identifier associated with your account group" in docstring


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_each_status_raises_the_class_the_reference_names(provider: Provider) -> None:
    """errors.status_error is rendered from status_errors.STATUS_ERRORS, which the README's reference reads too."""
    readme = (REPO / "packages" / provider.project_name / "README.md").read_text()
    errors = import_module(f"{provider.package_name}.errors")
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    for status in [*STATUS_ERRORS, 418, 500, 503, 599, 600]:
        raised = errors.status_error(httpx.Response(status, request=request), None)
        assert type(raised).__name__ == error_class(status), status
    for name in re.findall(r"`(\w+Error)` \(\d{3}", readme):
        assert issubclass(getattr(errors, name), errors.ApiStatusError)
