"""The golden corpus: a catch-all spec of our own rendered into a committed package, compared file by file.

tests/golden/catch-all.yaml exercises every branch of the templates (see its header). A change of the
templates or the generator shows here as a diff a reviewer reads like any other; after an intended
change, `make golden` rewrites the record.
"""

import os
import shutil
from pathlib import Path

import pytest

from scripts.codegen.files import tree_diff
from scripts.codegen.manifest import load_providers
from scripts.codegen.paths import REPO
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec

pytestmark = pytest.mark.generator

GOLDEN = REPO / "tests" / "golden"
# Its manifest entry names the provider-specific options (request-id header, retry statuses).
[CATCH_ALL] = load_providers(GOLDEN / "providers.toml")


def render_catch_all(root: Path) -> Path:
    """The catch-all package rendered and formatted below `root`, as the generator writes a provider's."""
    tree = root / CATCH_ALL.project_name
    render_package(CATCH_ALL, load_spec(REPO / CATCH_ALL.spec, shown_as=CATCH_ALL.spec), "1.0.0", tree)
    format_packages(root)
    return tree


def test_the_catch_all_package_is_its_golden_record(tmp_path: Path) -> None:
    tree = render_catch_all(tmp_path)
    golden = GOLDEN / CATCH_ALL.project_name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(tree, golden)
    assert tree_diff(tree, golden) == [], "the templates' output changed: review it, then run `make golden`"
