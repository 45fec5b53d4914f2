"""Regenerate the provider packages under packages/ from their specs under specs/.

    python scripts/generate.py           regenerate the providers whose inputs changed since generate.lock.json
    python scripts/generate.py --force   regenerate every provider
    python scripts/generate.py --check   exit 1, naming the provider and the files, if packages/ or the lock
                                         is not what specs/ produce; change nothing

A regenerated package's public API is compared with the previous one: a breaking change bumps its
major version, a feature its minor, anything else its patch, and CHANGELOG.md says what changed.
Every spec is validated and every package rendered and formatted before packages/ is touched, so
a bad spec changes nothing. Delete generate.lock.json to re-baseline every package at 1.0.0.
"""

import argparse
import sys
import time
from pathlib import Path

from codegen.errors import CodegenError
from codegen.output import Workspace
from codegen.regenerate import Outcome, check, generate
from codegen.upstream import derived_specs_restored_on_error

REPO = Path(__file__).resolve().parent.parent


def summary(outcome: Outcome) -> str:
    """One line per provider, e.g. `vocode-usage-client  regenerated  minor 1.0.0 -> 1.1.0  0.14 s`."""
    status = "regenerated" if outcome.regenerated else "unchanged"
    return f"{outcome.provider.project_name:<30} {status:<12} {outcome.bump:<26} {outcome.seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare packages/ and the lock with the specs")
    mode.add_argument("--force", action="store_true", help="regenerate every provider, changed or not")
    arguments = parser.parse_args(argv)
    started = time.perf_counter()
    workspace = Workspace(REPO)
    try:
        with derived_specs_restored_on_error(REPO), workspace.session(REPO / "packages") as staging:
            if arguments.check:
                return 0 if check(REPO, staging) else 1
            outcomes = generate(REPO, workspace, staging, force=arguments.force)
    except CodegenError as error:
        print(f"error: {error}", file=sys.stderr)
        print("specs/, packages/ and generate.lock.json were left unchanged.", file=sys.stderr)
        return 1
    print("\n".join(summary(outcome) for outcome in outcomes))
    print(f"{'total':<30} {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
