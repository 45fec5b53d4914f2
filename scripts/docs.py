"""Build the API reference site of every client package: `make docs` (or `python -m scripts.docs [OUT]`).

pdoc renders each package's API from its generated docstrings (Google style) into OUT/api/; each
package's README and CHANGELOG become pages of their own under OUT/<project>/; OUT/index.html links
them all. OUT defaults to site/ (git-ignored). pdoc is pinned in the root pyproject.toml.
"""

import argparse
import html
import re
import shutil
import sys
from pathlib import Path

import pdoc
import pdoc.render
import pdoc.render_helpers

from scripts.codegen.manifest import Provider, load_providers
from scripts.codegen.paths import REPO

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
pre {{ background: #f6f8fa; padding: 0.8rem; overflow-x: auto; }}
code {{ background: #f6f8fa; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 0.2rem 0.5rem; vertical-align: top; }}
nav {{ margin-bottom: 1.5rem; }}
</style>
</head>
<body>
<nav>{nav}</nav>
<main>
{body}
</main>
</body>
</html>
"""


def build(out: Path, providers: list[Provider]) -> list[Path]:
    """Write the whole site into `out` (replaced); the HTML pages written, index first."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    pdoc.render.configure(docformat="google", show_source=False, footer_text="usage-clients")
    pdoc.pdoc(*(provider.package_name for provider in providers), output_directory=out / "api")
    pages = [_write_index(out, providers)]
    for provider in providers:
        pages += _write_package_pages(out, provider)
    return pages + sorted((out / "api").rglob("*.html"))


def _write_index(out: Path, providers: list[Provider]) -> Path:
    items = "\n".join(
        f"<li><strong>{html.escape(provider.name)}</strong>: "
        f'<a href="{provider.project_name}/README.html">{provider.project_name}</a> (README), '
        f'<a href="api/{provider.package_name}.html">API reference</a>, '
        f'<a href="{provider.project_name}/CHANGELOG.html">changelog</a></li>'
        for provider in providers
    )
    body = f"<h1>usage-clients: API reference</h1>\n<ul>\n{items}\n</ul>"
    index = out / "index.html"
    index.write_text(PAGE.format(title="usage-clients API reference", nav="", body=body), encoding="utf-8")
    return index


def _write_package_pages(out: Path, provider: Provider) -> list[Path]:
    folder = out / provider.project_name
    folder.mkdir()
    nav = (
        '<a href="../index.html">All packages</a> · '
        f'<a href="README.html">README</a> · <a href="../api/{provider.package_name}.html">API reference</a> · '
        '<a href="CHANGELOG.html">Changelog</a>'
    )
    written = []
    for name in ("README", "CHANGELOG"):
        markdown = (REPO / "packages" / provider.project_name / f"{name}.md").read_text(encoding="utf-8")
        markdown = re.sub(r"^<!--.*?-->\n", "", markdown)  # the generated-file notice
        body = pdoc.render_helpers.to_html(_local_links(markdown))
        page = folder / f"{name}.html"
        title = f"{provider.project_name}: {name.lower()}"
        page.write_text(PAGE.format(title=html.escape(title), nav=nav, body=body), encoding="utf-8")
        written.append(page)
    return written


def _local_links(markdown: str) -> str:
    """Links between the package's Markdown files point at their pages."""
    return re.sub(r"\]\((README|CHANGELOG)\.md\)", r"](\1.html)", markdown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "site", help="where the site goes (default: site/)")
    arguments = parser.parse_args(argv)
    pages = build(arguments.out, load_providers())
    print(f"wrote {len(pages)} pages into {arguments.out}; open {arguments.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
