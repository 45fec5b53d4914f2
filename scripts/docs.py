"""Build the API reference site of every client package: `make docs` (or `python -m scripts.docs [OUT]`).

pdoc renders each package's API from its generated docstrings (Google style) into OUT/api/; each
package's README and CHANGELOG become pages of their own under OUT/<project>/; OUT/index.html links
them all. OUT defaults to site/ (git-ignored). pdoc is pinned in the root pyproject.toml.

Docstrings and READMEs carry the providers' spec text, which is untrusted: every bit of Markdown is
rendered with its raw HTML escaped and only http(s), mailto and relative links kept (`safe_html`), and
every page declares a Content-Security-Policy that runs no inline script but pdoc's own search (by
hash) and applies no inline style but the page's own (by hash).
"""

import argparse
import base64
import functools
import hashlib
import html
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace

import markdown2  # type: ignore[import-untyped]  # pdoc's Markdown engine (a dependency of pdoc)
import pdoc
import pdoc.render
import pdoc.render_helpers
import pdoc.search

from scripts.codegen.errors import CodegenError
from scripts.codegen.manifest import Provider, load_providers
from scripts.codegen.paths import REPO, Paths

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


# A URL attribute of markdown2's output (raw HTML is escaped, so markdown2 wrote every tag there is).
_URL_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')
SAFE_SCHEMES = {"http", "https", "mailto"}  # and relative URLs, which have none


@functools.cache
def safe_html(markdown: str) -> str:
    """`markdown` as HTML, with pdoc's extras, holding no raw HTML and no link or image that could run code.

    markdown2's safe mode escapes raw HTML and turns a link to an unsafe scheme into `#`; images keep any
    `src` there, so every URL is checked again here: anything but http(s), mailto or relative becomes `#`.
    """
    converter = markdown2.Markdown(
        safe_mode="escape",
        extras=pdoc.render_helpers.markdown_extensions,
        link_patterns=pdoc.render_helpers.markdown_link_patterns,
    )
    converted = converter.convert(markdown)
    # markdown2's str subclass, with the table of contents as `.toc_html` (pdoc's module template reads it).
    result = markdown2.UnicodeWithAttrs(_URL_ATTRIBUTE.sub(_safe_url, converted))
    result.toc_html = converted.toc_html
    html_text: str = result
    return html_text


def _safe_url(attribute: re.Match[str]) -> str:
    # As a browser reads it: entities decoded, whitespace and control characters ignored. A colon before the
    # first `/`, `?` or `#` ends a scheme (a relative URL has none there): only the safe ones are kept.
    target = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(attribute[2]))
    first = re.split(r"[/?#]", target, maxsplit=1)[0]
    if ":" in first and first.split(":", 1)[0].lower() not in SAFE_SCHEMES:
        return f'{attribute[1]}="#"'
    return attribute[0]


def build(out: Path, providers: list[Provider], repo: Path = REPO) -> list[Path]:
    """Write the whole site into `out` (replaced); the HTML pages written, index first."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    pdoc.render.configure(docformat="google", show_source=False, footer_text="usage-clients")
    # Docstrings become HTML on the pages and in the search index: both through safe_html.
    pdoc.render.env.filters["to_html"] = safe_html
    pdoc.search.to_html = safe_html  # type: ignore[attr-defined]  # the index imports to_html by name
    pdoc.pdoc(*(provider.package_name for provider in providers), output_directory=out / "api")
    pages = [_write_index(out, providers)]
    for provider in providers:
        pages += _write_package_pages(out, provider, repo)
    pages += sorted((out / "api").rglob("*.html"))
    scripts = _pdoc_scripts(max(len(page.relative_to(out).parts) for page in pages))
    try:
        for page in pages:
            declare_policy(page, scripts)
    except UnsafePageError:
        shutil.rmtree(out)  # no half-secured site left to open
        raise
    return pages


class UnsafePageError(CodegenError):
    """A page holds an inline script we did not write (or has no <head> to declare its policy in)."""


# What a page may use: scripts from the site itself (pdoc's search index) and the inline ones listed by hash,
# the inline styles of its <head> by hash, images from the site or inline (pdoc's icons); nothing else.
POLICY = (
    "default-src 'none'; script-src {scripts}; style-src {styles}; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'"
)


def _pdoc_scripts(depth: int) -> set[str]:
    """The inline script of pdoc's search as it renders on a page up to `depth` folders below api/."""
    template = pdoc.render.env.get_template("search.html.jinja2")
    rendered = (template.render(module=SimpleNamespace(modulename="m" + ".m" * level)) for level in range(depth))
    return {script for page in rendered for script in _inline(page, "script")}


def _inline(text: str, tag: str) -> list[str]:
    """The contents of every inline `<tag>` element of `text` (a `<script src=...>` is not inline)."""
    return [
        body
        for attributes, body in re.findall(rf"<{tag}\b([^>]*)>(.*?)</{tag}>", text, re.S)
        if "src=" not in attributes
    ]


def _hashes(sources: Iterable[str]) -> list[str]:
    """The CSP source expressions that allow exactly these inline scripts or styles."""
    digests = {hashlib.sha256(source.encode()).digest() for source in sources}
    return sorted(f"'sha256-{base64.b64encode(digest).decode()}'" for digest in digests)


def declare_policy(page: Path, trusted_scripts: set[str]) -> None:
    """Put the page's Content-Security-Policy first in its <head>; refuse an inline script that is not ours."""
    text = page.read_text(encoding="utf-8")
    scripts = _inline(text, "script")
    if strange := [script for script in scripts if script not in trusted_scripts]:
        raise UnsafePageError(f"{page}: an inline script we did not write: {strange[0][:80]!r}")
    head = text[: text.index("</head>")]
    policy = POLICY.format(
        scripts=" ".join(["'self'", *_hashes(scripts)]) if scripts else "'none'",
        styles=" ".join(["'self'", *_hashes(_inline(head, "style"))]),
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    charset = re.search(r"<head>\s*<meta charset=\"utf-8\">", text)
    if charset is None:
        raise UnsafePageError(f"{page}: no <meta charset> opening its <head>, where the policy goes")
    page.write_text(f"{text[: charset.end()]}\n{meta}{text[charset.end() :]}", encoding="utf-8")


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


def _write_package_pages(out: Path, provider: Provider, repo: Path) -> list[Path]:
    folder = out / provider.project_name
    folder.mkdir()
    nav = (
        '<a href="../index.html">All packages</a> · '
        f'<a href="README.html">README</a> · <a href="../api/{provider.package_name}.html">API reference</a> · '
        '<a href="CHANGELOG.html">Changelog</a>'
    )
    written = []
    for name in ("README", "CHANGELOG"):
        markdown = (repo / "packages" / provider.project_name / f"{name}.md").read_text(encoding="utf-8")
        markdown = re.sub(r"^<!--.*?-->\n", "", markdown)  # the generated-file notice
        body = safe_html(_local_links(markdown))
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
    parser.add_argument("--repo", type=Path, default=REPO, help="the repository whose packages to document")
    arguments = parser.parse_args(argv)
    try:
        pages = build(arguments.out, load_providers(Paths(arguments.repo).manifest), arguments.repo)
    except CodegenError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(pages)} pages into {arguments.out}; open {arguments.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
