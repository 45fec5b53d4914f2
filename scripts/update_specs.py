"""Bring in the providers' newest published API descriptions, then regenerate.

    python -m scripts.update_specs                 every provider with an upstream (see scripts/providers.toml)
    python -m scripts.update_specs vocode          one provider
    python -m scripts.update_specs vocode --url U  fetch from U instead of the manifest's URL (e.g. a local copy)

Each document is fetched, checked (it parses, is valid OpenAPI, still has the operations we keep and
still takes every overlay action) and only then written to upstream/ with its SOURCE.md updated;
`scripts/generate.py` then regenerates with the right version bump, and the new changelog entries
are printed. Any problem: one line naming the URL or file, exit 1, nothing written.
"""

import argparse
import sys

from scripts.codegen.errors import CodegenError
from scripts.codegen.paths import REPO
from scripts.codegen.update import update_specs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.update_specs", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="e.g. vocode (default: all)")
    parser.add_argument("--url", help="fetch this URL instead of the manifest's (one provider only)")
    arguments = parser.parse_args(argv)
    try:
        return update_specs(REPO, arguments.providers, url=arguments.url)
    except CodegenError as error:
        print(f"error: {error}", file=sys.stderr)
        print("upstream/, specs/, packages/ and the locks were left unchanged.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
