"""`make docs` builds a reference a browser can read: every page loads in headless Chromium, every link on
it leads somewhere that exists (anchors included), and each operation's page shows its full signature.
Spec text is untrusted: a package whose docstrings, README and changelog are hostile gives a site where
none of it runs, and every page declares a Content-Security-Policy that runs no inline script but pdoc's.

Chromium comes from the distribution (`make chromium` installs the Debian package when it is missing).
The site is served by a stdlib HTTP server on 127.0.0.1; Chromium's `--dump-dom` gives each page's DOM
after its scripts ran.
"""

import functools
import html
import inspect
import os
import pkgutil
import re
import shutil
import subprocess
import tempfile
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import import_module
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.docs import SAFE_SCHEMES, UnsafePageError, declare_policy, safe_html
from support import provider_params

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Page(HTMLParser):
    """The links (`<a href>`), element ids, URLs (`href`, `src`), tags and event handler attributes of a DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.urls: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if not (tag == "img" and found.get("alt") == "pdoc logo"):  # pdoc's attribution: an inline SVG, no script
            self.urls += [str(value) for name, value in attrs if name in ("href", "src") and value]
        self.handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]

    def attributes(self, tag: str) -> dict[str, str | None]:
        """The attributes of the first `<tag>`."""
        return next(found for name, found in self.tags if name == tag)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("no chromium on PATH: run `make chromium` (installs the Debian package)")
    return found


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[Path, str]]:
    """The site built by `python -m scripts.docs` (as `make docs` runs it), served on 127.0.0.1."""
    with tempfile.TemporaryDirectory(prefix="usage-clients-docs-") as temporary:
        out = Path(temporary) / "site"
        build_site(out)
        with serving(out) as root:
            yield out, root


def build_site(out: Path, *arguments: str, env: dict[str, str] | None = None) -> None:
    command = [str(REPO / ".venv/bin/python"), "-m", "scripts.docs", str(out), *arguments]
    subprocess.run(command, cwd=REPO, check=True, timeout=300, env={**os.environ, **(env or {})})


@contextmanager
def serving(out: Path) -> Iterator[str]:
    """`out` served over HTTP on 127.0.0.1 until the block ends: the root URL."""
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # Chromium drops connections it no longer needs (BrokenPipeError): not a failure of the site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@functools.cache
def dom(url: str, *, settle: bool = False) -> str:
    """The DOM of `url` as headless Chromium sees it, in a fresh, empty profile.

    `settle` lets the page's asynchronous work finish first (pdoc's search loads its index, then renders).
    """
    waiting = ["--virtual-time-budget=15000"] if settle else []
    with tempfile.TemporaryDirectory(prefix="usage-clients-chromium-") as profile:
        result = subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, *waiting, f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    assert result.returncode == 0 and "<body" in result.stdout, f"{url}: {result.stderr[-2000:]}"
    return result.stdout


def parsed(url: str, *, settle: bool = False) -> _Page:
    return parse(dom(url, settle=settle))


def parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def served(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return bool(response.status == 200)
    except OSError:
        return False


@pytest.mark.http
@pytest.mark.slow
def test_every_page_loads_and_no_link_is_broken(site: tuple[Path, str]) -> None:
    out, root = site
    pages = [root + path.relative_to(out).as_posix() for path in sorted(out.rglob("*.html"))]
    assert len(pages) >= 4 * 3 + 1  # per package: README, changelog, API pages; the index
    broken = []
    for page in pages:
        for link in parsed(page).links:
            target, fragment = urldefrag(urljoin(page, link))
            if not target.startswith(root):
                assert urlsplit(target).scheme in {"http", "https", "mailto"}, (page, link)
                continue  # the tests reach nothing beyond 127.0.0.1
            if not served(target):
                broken.append(f"{page}: {link}")
            elif fragment and target.endswith(".html") and fragment not in parsed(target).ids:
                broken.append(f"{page}: {link} (no #{fragment})")
    assert not broken, "\n".join(broken)


def operation_modules(package: str) -> list[str]:
    """The module of every operation of `package` (`<package>.api.<tag>.<operation>`)."""
    api = import_module(f"{package}.api")
    found = [info.name for info in pkgutil.walk_packages(api.__path__, f"{package}.api.") if not info.ispkg]
    assert found
    return found


@pytest.mark.http
@pytest.mark.slow
@pytest.mark.parametrize("provider", provider_params())
def test_the_readme_and_every_operation_page_show_the_operations(site: tuple[Path, str], provider: Provider) -> None:
    _, root = site
    readme = parsed(f"{root}{provider.project_name}/README.html")
    assert {"operations", "configuring-the-http-client", "testing-your-code", "versioning"} <= readme.ids
    assert "CHANGELOG.html" in readme.links
    for name in operation_modules(provider.package_name):
        module = import_module(name)
        text = dom(f"{root}api/{name.replace('.', '/')}.html")
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            section = re.search(rf'<section id="{function}">(.*?)</section>', text, flags=re.DOTALL)
            assert section, f"{name}.{function} is not on its page"
            shown = " ".join(html.unescape(re.sub(r"<[^>]+>", "", section.group(1))).split())
            assert f"def {function}(" in shown
            for parameter in inspect.signature(getattr(module, function)).parameters:
                assert f"{parameter}:" in shown, (name, function, parameter)


# Spec text as a hostile provider might write it. Each script, if it ever ran, marks the page's <body>.
HOSTILE = """Hostile <script>document.body.dataset.pwned = "script"</script> text.

<img src="x" onerror="document.body.dataset.pwned = 'img'"> and <svg onload="document.body.dataset.pwned = 'svg'">

[a link](javascript:document.body.dataset.pwned='link'), [another](JaVaScRiPt:alert(1)),
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), [vb](vbscript:msgbox(1)),
![an image](javascript:document.body.dataset.pwned='image'), <javascript:alert(1)>

[by reference][evil]

[evil]: javascript:document.body.dataset.pwned='reference'

`</script><script>document.body.dataset.pwned = "code"</script>`

```
</script><script>document.body.dataset.pwned = "fence"</script>
```
"""
# A package whose every docstring, and a default value, is hostile: what pdoc documents. Two modules, as
# pdoc shows its search box only for more than one.
HOSTILE_PACKAGE = {
    "__init__.py": f"""__doc__ = {HOSTILE!r}


def get_usage(plan: str = "</script><script>document.body.dataset.pwned = 'default'</script>") -> None:
    pass


get_usage.__doc__ = {HOSTILE!r}
""",
    "models.py": f"""class Usage:
    pass


Usage.__doc__ = {HOSTILE!r}
""",
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The site `python -m scripts.docs` builds for a repository whose one package is all hostile text, served."""
    repo = tmp_path_factory.mktemp("hostile-repo")
    (repo / "scripts").mkdir()
    (repo / "scripts" / "providers.toml").write_text(
        '[hostile]\nname = "Hostile"\nspec = "specs/hostile.yaml"\ntoken_env = "HOSTILE_TOKEN"\n'
        'base_url_env = "HOSTILE_BASE_URL"\nupstream = "hand-written"\n'
    )
    project = repo / "packages" / "hostile-usage-client"
    (project / "src" / "hostile_usage_client").mkdir(parents=True)
    for name, source in HOSTILE_PACKAGE.items():
        (project / "src" / "hostile_usage_client" / name).write_text(source)
    (project / "README.md").write_text(f"# hostile-usage-client\n\n{HOSTILE}\n[changelog](CHANGELOG.md)\n")
    (project / "CHANGELOG.md").write_text(f"# Changelog\n\n## 1.0.0\n\n- {HOSTILE}")
    out = tmp_path_factory.mktemp("hostile-site") / "site"
    build_site(out, "--repo", str(repo), env={"PYTHONPATH": str(project / "src")})
    with serving(out) as root:
        yield out, root


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def assert_safe(page: _Page, where: str) -> None:
    """No event handler attribute, no script but an external one or pdoc's, no URL with an unsafe scheme."""
    assert not page.handlers, (where, page.handlers)
    inline = [attributes for tag, attributes in page.tags if tag == "script" and "src" not in attributes]
    assert len(inline) <= 1, where  # pdoc's search, on its API pages
    for url in page.urls:
        scheme = urlsplit(url).scheme
        assert scheme in SAFE_SCHEMES or not scheme, (where, url)


@pytest.mark.http
@pytest.mark.slow
def test_hostile_spec_text_reaches_the_site_as_text_and_nothing_of_it_runs(hostile_site: tuple[Path, str]) -> None:
    out, root = hostile_site
    assert {page.relative_to(out).as_posix() for page in pages(out)} == {
        "api/hostile_usage_client.html",
        "api/hostile_usage_client/models.html",
        "api/index.html",
        "hostile-usage-client/CHANGELOG.html",
        "hostile-usage-client/README.html",
        "index.html",
    }
    for path in pages(out):
        assert_safe(parse(path.read_text()), str(path))
        if 'http-equiv="refresh"' in path.read_text():
            continue  # pdoc's index of a single package redirects to it: Chromium shows no DOM of its own
        url = root + path.relative_to(out).as_posix()
        loaded = parsed(url)
        assert_safe(loaded, url)
        assert "pwned" not in str(loaded.attributes("body")), f"a script ran on {url}"
    readme = dom(f"{root}hostile-usage-client/README.html")
    assert html.escape('<script>document.body.dataset.pwned = "script"</script>', quote=False) in readme, "as text"
    assert '<a href="CHANGELOG.html">changelog</a>' in readme, "relative links still work"
    api = dom(f"{root}api/hostile_usage_client.html")
    assert html.escape('<img src="x" onerror="document.body.dataset.pwned = \'img\'">', quote=False) in api


@pytest.mark.http
@pytest.mark.slow
def test_pdoc_search_runs_under_the_policy_and_shows_hostile_docstrings_as_text(
    hostile_site: tuple[Path, str],
) -> None:
    """Search results are docstrings put into the page with innerHTML: an escaped <img onerror> stays inert."""
    _, root = hostile_site

    results = parsed(f"{root}api/hostile_usage_client.html?search=hostile", settle=True)

    assert any(attributes.get("class") == "search-result" for _, attributes in results.tags), "the search ran"
    assert_safe(results, "search results")
    assert "pwned" not in str(results.attributes("body"))


@pytest.mark.http
@pytest.mark.slow
def test_the_policy_stops_a_script_that_got_into_a_page(hostile_site: tuple[Path, str]) -> None:
    """Defence in depth: were escaping ever to fail, the page's policy still runs no script but pdoc's."""
    out, root = hostile_site
    page = out / "api" / "hostile_usage_client.html"
    injected = page.with_name("injected.html")
    injected.write_text(
        page.read_text().replace(
            "</body>",
            '<script>document.body.dataset.pwned = "inline"</script>'
            "<img src=x onerror=\"document.body.dataset.pwned = 'handler'\"></body>",
        )
    )

    loaded = parsed(f"{root}api/injected.html?search=hostile", settle=True)

    assert "pwned" not in str(loaded.attributes("body"))
    assert any(attributes.get("class") == "search-result" for _, attributes in loaded.tags), "pdoc's script ran"


@pytest.mark.http
@pytest.mark.slow
def test_every_page_declares_a_policy_that_runs_no_inline_script_but_pdocs(
    site: tuple[Path, str], hostile_site: tuple[Path, str]
) -> None:
    for out in (site[0], hostile_site[0]):
        for path in pages(out):
            text = path.read_text()
            head = text[: text.index("</head>")]
            policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
            assert policy, f"{path}: no policy"
            first = policy.start()
            assert all(head.find(tag) in range(first, len(head)) or tag not in head for tag in ("<style", "<script"))
            directives = dict(item.strip().split(" ", 1) for item in policy.group(1).split(";"))
            assert directives["default-src"] == "'none'"
            assert "unsafe" not in directives["script-src"] and "unsafe" not in directives["style-src"]
            if "<script>" in text:  # pdoc's search: allowed by its hash alone
                assert re.fullmatch(r"'self' 'sha256-[A-Za-z0-9+/=]+'", directives["script-src"]), path
            else:
                assert directives["script-src"] == "'none'", path


@pytest.mark.unit
@pytest.mark.parametrize(
    "markdown",
    [
        pytest.param("<script>alert(1)</script>", id="script"),
        pytest.param("<img src=x onerror=alert(1)>", id="handler"),
        pytest.param("[x](javascript:alert(1))", id="javascript-link"),
        pytest.param("[x](java&#x73;cript:alert(1))", id="entity-link"),
        pytest.param("![x](java\tscript:alert(1))", id="tab-image"),
        pytest.param("![x](data:image/svg+xml,<svg onload=alert(1)>)", id="data-image"),
        pytest.param("[x](vbscript:msgbox(1))", id="vbscript"),
        pytest.param("[x]: <javascript:alert(1)>\n\n[y][x]", id="reference"),
        pytest.param('![x](y" onerror="alert(1))', id="attribute-breakout"),
        pytest.param("`</script><script>alert(1)</script>`", id="code-span"),
    ],
)
def test_safe_html_holds_no_raw_html_and_no_unsafe_url(markdown: str) -> None:
    page = parse(safe_html(markdown))

    assert {tag for tag, _ in page.tags} <= {"p", "a", "img", "code"}
    assert_safe(page, markdown)


@pytest.mark.unit
def test_a_page_with_an_inline_script_we_did_not_write_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta charset="utf-8"></head><body><script>alert(1)</script></body></html>')

    with pytest.raises(UnsafePageError, match="an inline script we did not write: 'alert"):
        declare_policy(page, trusted_scripts=set())
