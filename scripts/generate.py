"""Regenerate the provider packages under packages/ from their specs under specs/.

    python -m scripts.generate           regenerate the providers whose inputs changed since generate.lock.json
    python -m scripts.generate --force   regenerate every provider
    python -m scripts.generate --check   exit 1, naming the provider and the files, if packages/ or the lockfile
                                         is not what specs/ produce; change nothing

A regenerated package's public API is compared with the previous one: a breaking change bumps its
major version, a feature its minor, anything else its patch, and CHANGELOG.md says what changed.
Every spec is validated and every package rendered and formatted before packages/ is touched, so
a bad spec changes nothing. Delete generate.lock.json to re-baseline every package at 1.0.0.
"""

import argparse
import sys
import time

from scripts.codegen.errors import CodegenError
from scripts.codegen.paths import REPO, Paths
from scripts.codegen.pipeline import Outcome, check, generate
from scripts.codegen.swap import Staging
from scripts.codegen.upstream import derived_specs_restored_on_error


def summary(outcome: Outcome) -> str:
    """One line per provider, e.g. `vocode-usage-client  regenerated  minor 1.0.0 -> 1.1.0  0.14 s`."""
    status = "regenerated" if outcome.regenerated else "unchanged"
    return f"{outcome.provider.project_name:<30} {status:<12} {outcome.summary:<26} {outcome.seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.generate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare packages/ and the lockfile with the specs")
    mode.add_argument("--force", action="store_true", help="regenerate every provider, changed or not")
    arguments = parser.parse_args(argv)
    started = time.perf_counter()
    paths = Paths(REPO)
    staging = Staging(paths)
    try:
        with derived_specs_restored_on_error(paths.repo), staging.session() as root:
            if arguments.check:
                return 0 if check(paths, root) else 1
            outcomes = generate(paths, staging, root, force=arguments.force)
    except CodegenError as error:
        print(f"error: {error}", file=sys.stderr)
        print(error.aftermath, file=sys.stderr)
        return 1
    except Exception as error:  # a bug of ours or a library's (RecursionError, MemoryError...): still one line
        print(f"error: the generator failed unexpectedly: {type(error).__name__}: {error}", file=sys.stderr)
        print(CodegenError.aftermath, "Please report this with the spec that caused it.", file=sys.stderr)
        return 1
    print("\n".join(summary(outcome) for outcome in outcomes))
    print(f"{'total':<30} {time.perf_counter() - started:.2f} s")
    for warning in (warning for outcome in outcomes for warning in outcome.warnings):
        print(f"warning: {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
