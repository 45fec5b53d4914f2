"""Regenerate every provider package under packages/ from its spec under specs/.

    python scripts/generate.py           regenerate; only packages whose output changed are replaced
    python scripts/generate.py --check   exit 1, naming the files, if packages/ is not what specs/ produce

Every spec is validated and every package rendered and formatted before packages/ is touched,
so a bad spec changes nothing.
"""

import argparse
import sys
import time
from pathlib import Path

from codegen.errors import CodegenError
from codegen.manifest import Provider, load_providers
from codegen.output import Workspace, tree_diff
from codegen.render import format_packages, render_package
from codegen.spec import load_spec

REPO = Path(__file__).resolve().parent.parent
PACKAGES = REPO / "packages"


def render_all(staging: Path) -> dict[Provider, float]:
    """Render every provider's package into `staging`; returns the seconds each took."""
    providers = load_providers(REPO)
    specs = {provider: load_spec(REPO / provider.spec, shown_as=provider.spec) for provider in providers}
    seconds = {}
    for provider, spec in specs.items():
        started = time.perf_counter()
        render_package(provider, spec, staging / provider.project_name)
        seconds[provider] = time.perf_counter() - started
    format_packages(staging)
    return seconds


def generate(staging: Path, workspace: Workspace) -> None:
    for provider, seconds in render_all(staging).items():
        new, target = staging / provider.project_name, PACKAGES / provider.project_name
        changed = bool(tree_diff(new, target))
        if changed:
            workspace.replace(new, target)
        print(f"{provider.project_name:<30} {'regenerated' if changed else 'unchanged':<12} {seconds:.2f} s")


def check(staging: Path) -> bool:
    """True when packages/ holds exactly what the specs produce; otherwise print what differs."""
    stale = False
    for provider in render_all(staging):
        differences = tree_diff(staging / provider.project_name, PACKAGES / provider.project_name)
        if differences:
            stale = True
            print(f"packages/{provider.project_name} is stale relative to {provider.spec.as_posix()}:")
            print("\n".join(f"  {line}" for line in differences))
    if stale:
        print("Run `make generate` and commit the result.")
    return not stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare packages/ with the specs; change nothing")
    arguments = parser.parse_args(argv)
    workspace = Workspace(REPO)
    try:
        with workspace.session(PACKAGES) as staging:
            if arguments.check:
                return 0 if check(staging) else 1
            generate(staging, workspace)
    except CodegenError as error:
        print(f"error: {error}", file=sys.stderr)
        print("packages/ was left unchanged.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
