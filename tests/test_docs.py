"""`make docs` builds a reference a browser can read: every page loads in headless Chromium, every link on
it leads somewhere that exists (anchors included), and each operation's page shows its full signature.

Chromium comes from the distribution (`make chromium` installs the Debian package when it is missing).
The site is served by a stdlib HTTP server on 127.0.0.1; Chromium's `--dump-dom` gives each page's DOM
after its scripts ran.
"""

import functools
import html
import inspect
import pkgutil
import re
import shutil
import subprocess
import tempfile
import threading
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import import_module
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from support import provider_params

pytestmark = [pytest.mark.http, pytest.mark.slow]

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
    """The links (`<a href>`) and element ids of a DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))


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
        subprocess.run(
            [str(REPO / ".venv/bin/python"), "-m", "scripts.docs", str(out)], cwd=REPO, check=True, timeout=300
        )
        handler = functools.partial(_QuietHandler, directory=str(out))
        server = _QuietServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield out, f"http://127.0.0.1:{server.server_address[1]}/"
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
def dom(url: str) -> str:
    """The DOM of `url` as headless Chromium sees it, in a fresh, empty profile."""
    with tempfile.TemporaryDirectory(prefix="usage-clients-chromium-") as profile:
        result = subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    assert result.returncode == 0 and "<body" in result.stdout, f"{url}: {result.stderr[-2000:]}"
    return result.stdout


def parsed(url: str) -> _Page:
    page = _Page()
    page.feed(dom(url))
    return page


def served(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return bool(response.status == 200)
    except OSError:
        return False


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
