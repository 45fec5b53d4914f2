"""Build every workspace package reproducibly; release the versions an index does not have yet.

    python -m scripts.release build --out-dir dist     # `make build`
    python -m scripts.release publish                  # `make release`

`publish` refuses, uploading nothing, when the working tree is dirty, when `make check` fails, when a
built file fails `twine check --strict` or the wheel checks, or when a version already on the index
has different content (sha256 of each built file against the index's). Builds are byte-identical
for one commit (uv_build writes fixed timestamps; SOURCE_DATE_EPOCH, the last commit's time, covers
any tool that stamps one), so a version the index already holds compares equal and is skipped: a
second run uploads nothing. Each uploaded package is tagged
`<package>-v<version>`.

Settings: RELEASE_UPLOAD_URL (upload endpoint), RELEASE_INDEX_URL (the index's simple API), both
PyPI's by default; TWINE_USERNAME / TWINE_PASSWORD (read by twine; the password is never printed).
"""

import argparse
import base64
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email import message_from_bytes
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from scripts.codegen.paths import REPO, find_uv

DEFAULT_UPLOAD_URL = "https://upload.pypi.org/legacy/"
DEFAULT_INDEX_URL = "https://pypi.org/simple/"
DEFAULT_CHECK_COMMAND = "make check"
REQUIRED_PROJECT_URLS = ("Source", "Changelog", "Issues")
# Nothing of the development tree belongs in a wheel.
FORBIDDEN_WHEEL_PARTS = {"tests", "test", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
INDEX_TIMEOUT = 30.0
MAX_INDEX_PAGE_BYTES = 64 * 1024 * 1024
# PEP 691's JSON when the index has it, else PEP 503's HTML.
SIMPLE_API_ACCEPT = "application/vnd.pypi.simple.v1+json, text/html;q=0.1"
UPLOAD_TIMEOUT = 600.0
BUILD_TIMEOUT = 600.0
CHECK_TIMEOUT = 3600.0


class ReleaseError(Exception):
    """The release cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Package:
    project_name: str  # as in pyproject: "vocode-usage-client"
    version: str
    directory: Path

    @property
    def file_prefix(self) -> str:
        """How wheels and sdists of this version start: "vocode_usage_client-1.0.0"."""
        return f"{normalized(self.project_name).replace('-', '_')}-{self.version}"

    @property
    def module_name(self) -> str:
        return normalized(self.project_name).replace("-", "_")

    @property
    def tag(self) -> str:
        return f"{self.project_name}-v{self.version}"


@dataclass(frozen=True)
class Artifact:
    path: Path
    sha256: str


@dataclass(frozen=True)
class Plan:
    """What to do with one package: the files to upload (none when the index has them all)."""

    package: Package
    uploads: tuple[Artifact, ...]
    on_index: tuple[Artifact, ...]


def normalized(project_name: str) -> str:
    """The PEP 503 normalized name: the simple API's path segment."""
    return re.sub(r"[-_.]+", "-", project_name).lower()


def workspace_packages(repo: Path) -> list[Package]:
    packages = []
    for pyproject in sorted((repo / "packages").glob("*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        packages.append(Package(project["name"], project["version"], pyproject.parent))
    if not packages:
        raise ReleaseError(f"no package found under {repo / 'packages'}")
    return packages


def git(repo: Path, *arguments: str) -> str:
    try:
        result = subprocess.run(["git", *arguments], cwd=repo, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ReleaseError(f"git {' '.join(arguments)} did not run: {error}") from None
    if result.returncode != 0:
        raise ReleaseError(f"git {' '.join(arguments)} failed: {result.stderr.strip()}")
    return result.stdout


def source_date_epoch(repo: Path) -> str:
    """SOURCE_DATE_EPOCH when set, else the last commit's time: every build of a commit is byte-identical."""
    return os.environ.get("SOURCE_DATE_EPOCH") or git(repo, "log", "-1", "--format=%ct").strip()


def uv() -> str:
    """The uv the Makefile pinned, else one on PATH."""
    found = find_uv(REPO)
    if found is None:
        raise ReleaseError("uv is missing: run `make setup`")
    return found


def build(repo: Path, out_dir: Path) -> list[Path]:
    """An sdist and a wheel (built from that sdist) of every workspace package, into an emptied `out_dir`."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    environment = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch(repo)}
    result = subprocess.run(
        [uv(), "build", "--all-packages", "--out-dir", str(out_dir), "--quiet"],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise ReleaseError(f"uv build failed:\n{result.stderr.strip()}")
    return sorted(path for path in out_dir.iterdir() if path.name.endswith((".whl", ".tar.gz")))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def artifacts(package: Package, dist: Path) -> tuple[Artifact, ...]:
    """The package's sdist and wheel in `dist`; both must be there."""
    sdists = sorted(dist.glob(f"{package.file_prefix}.tar.gz"))
    wheels = sorted(dist.glob(f"{package.file_prefix}-*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise ReleaseError(f"{package.project_name} {package.version}: expected one sdist and one wheel in {dist}")
    return tuple(Artifact(path, sha256_of(path)) for path in (*sdists, *wheels))


def wheel_problems(package: Package, wheel: Path) -> list[str]:
    """What is wrong with a wheel's contents and metadata (empty when it is fit to release)."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata_name] = [name for name in names if name.endswith(".dist-info/METADATA")]
        metadata = message_from_bytes(archive.read(metadata_name))
    problems = [
        f"missing {required}"
        for required in (f"{package.module_name}/__init__.py", f"{package.module_name}/py.typed")
        if required not in names
    ]
    if not any(name.endswith(".dist-info/licenses/LICENSE") for name in names):
        problems.append("missing the LICENSE file")
    problems += [
        f"holds {name}"
        for name in names
        if FORBIDDEN_WHEEL_PARTS & set(name.split("/")) or name.endswith((".pyc", ".pyo"))
    ]
    labels = {entry.split(",", 1)[0].strip() for entry in metadata.get_all("Project-URL", [])}
    problems += [f"no Project-URL {label}" for label in REQUIRED_PROJECT_URLS if label not in labels]
    return problems


def verify(packages: Sequence[Package], dist: Path) -> None:
    """`twine check --strict` on every built file, and our own checks of each wheel."""
    problems: list[str] = []
    files: list[str] = []
    for package in packages:
        built = [artifact.path for artifact in artifacts(package, dist)]
        files += map(str, built)
        [wheel] = [path for path in built if path.suffix == ".whl"]
        problems += [f"{wheel.name}: {problem}" for problem in wheel_problems(package, wheel)]
    result = subprocess.run(
        [sys.executable, "-m", "twine", "--no-color", "check", "--strict", *files],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        problems.append(f"twine check --strict failed:\n{result.stdout}{result.stderr}")
    if problems:
        raise ReleaseError("the built files are not fit to release:\n  " + "\n  ".join(problems))


class _Links(HTMLParser):
    """The file links of a PEP 503 project page: (file name, href)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href")

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self.links.append((data.strip(), self._href))
            self._href = None


def _index_request(url: str) -> Request:
    """A GET of `url` without its user and password; those go in a Basic header that a redirect drops."""
    parts = urlsplit(url)
    request = Request(
        _with_userinfo(url, ""), headers={"Accept": "application/vnd.pypi.simple.v1+json, text/html;q=0.1"}
    )
    if parts.username is not None:
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        request.add_unredirected_header("Authorization", "Basic " + base64.b64encode(credentials).decode())
    return request


def _read_index_page(url: str) -> tuple[str, bytes] | None:
    """The content type and body of a simple API page; None when the index has no such project."""
    try:
        with urlopen(_index_request(url), timeout=INDEX_TIMEOUT) as response:
            body: bytes = response.read(MAX_INDEX_PAGE_BYTES + 1)
            content_type: str = response.headers.get("Content-Type", "")
    except HTTPError as error:
        if error.code == 404:
            return None
        raise ReleaseError(f"the index answered {error.code} for {redact_url(url)}") from None
    except (URLError, OSError) as error:
        raise ReleaseError(f"cannot read the index at {redact_url(url)}: {error}") from None
    if len(body) > MAX_INDEX_PAGE_BYTES:
        raise ReleaseError(f"the index page {redact_url(url)} is larger than {MAX_INDEX_PAGE_BYTES} bytes")
    return content_type, body


def index_files(index_url: str, project_name: str) -> dict[str, str | None]:
    """Every file the index holds for a project: file name -> sha256 (None when the index gives none)."""
    url = urljoin(index_url if index_url.endswith("/") else index_url + "/", normalized(project_name) + "/")
    page = _read_index_page(url)
    if page is None:
        return {}
    content_type, body = page
    if "json" in content_type:
        try:
            return {file["filename"]: file.get("hashes", {}).get("sha256") for file in json.loads(body)["files"]}
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ReleaseError(f"the index page {redact_url(url)} is not a simple API page: {error!r}") from None
    parser = _Links()
    parser.feed(body.decode("utf-8", errors="replace"))
    files: dict[str, str | None] = {}
    for name, href in parser.links:
        fragment = urlsplit(href).fragment
        files[name] = fragment.removeprefix("sha256=") if fragment.startswith("sha256=") else None
    return files


def plan(package: Package, built: Sequence[Artifact], on_index: Mapping[str, str | None]) -> Plan:
    """Upload what the index lacks; refuse when the index holds a file of this version with other bytes."""
    for artifact in built:
        if artifact.path.name not in on_index:
            continue
        recorded = on_index[artifact.path.name]
        if recorded is None:
            raise ReleaseError(f"the index gives no sha256 for {artifact.path.name}: cannot compare it")
        if recorded != artifact.sha256:
            raise ReleaseError(
                f"{artifact.path.name} is already on the index with different content "
                f"(index sha256 {recorded}, built {artifact.sha256}): bump {package.project_name}'s version"
            )
    # A version half on the index (an upload cut short) is completed: only the missing files go up.
    return Plan(
        package,
        uploads=tuple(artifact for artifact in built if artifact.path.name not in on_index),
        on_index=tuple(artifact for artifact in built if artifact.path.name in on_index),
    )


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "****")
    return text


def _with_userinfo(url: str, userinfo: str) -> str:
    """`url` with its user and password replaced by `userinfo` ("" for none)."""
    parts = urlsplit(url)
    host = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{host}" if userinfo else host))


def redact_url(url: str) -> str:
    """The URL without any user or password in it."""
    return url if urlsplit(url).username is None else _with_userinfo(url, "****")


def upload(files: Sequence[Path], upload_url: str) -> None:
    password = os.environ.get("TWINE_PASSWORD", "")
    secrets = [password, urlsplit(upload_url).password or ""]
    command = [sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive", "--disable-progress-bar"]
    result = subprocess.run(
        [*command, "--repository-url", upload_url, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=UPLOAD_TIMEOUT,
        check=False,
    )
    output = redact(result.stdout + result.stderr, secrets)
    if result.returncode != 0:
        raise ReleaseError(f"twine upload to {redact_url(upload_url)} failed:\n{output.strip()}")


def ensure_clean(repo: Path) -> None:
    dirty = git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()
    if dirty:
        shown = "\n  ".join(dirty[:20]) + ("\n  ..." if len(dirty) > 20 else "")
        raise ReleaseError(f"the working tree is not clean; commit or remove:\n  {shown}")


def ensure_check_passes(repo: Path, command: str) -> None:
    try:
        result = subprocess.run(shlex.split(command), cwd=repo, timeout=CHECK_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ReleaseError(f"`{command}` did not run: {error}") from None
    if result.returncode != 0:
        raise ReleaseError(f"`{command}` failed (exit {result.returncode}): fix it before releasing")


def ensure_tags_free(repo: Path, plans: Sequence[Plan]) -> None:
    """A tag about to be made must not already name another commit."""
    head = git(repo, "rev-parse", "HEAD").strip()
    for item in plans:
        if not item.uploads:
            continue
        existing = git(repo, "tag", "--list", item.package.tag).strip()
        if existing and git(repo, "rev-list", "-n", "1", item.package.tag).strip() != head:
            raise ReleaseError(f"tag {item.package.tag} already names another commit: bump the version")


def tag(repo: Path, package: Package) -> None:
    if not git(repo, "tag", "--list", package.tag).strip():
        git(repo, "tag", package.tag)


@dataclass(frozen=True)
class Settings:
    upload_url: str
    index_url: str
    check_command: str

    @classmethod
    def from_environment(cls, check_command: str) -> "Settings":
        return cls(
            upload_url=os.environ.get("RELEASE_UPLOAD_URL") or DEFAULT_UPLOAD_URL,
            index_url=os.environ.get("RELEASE_INDEX_URL") or DEFAULT_INDEX_URL,
            check_command=check_command,
        )


def publish(repo: Path, settings: Settings) -> list[Plan]:
    """Everything `make release` does, in order; nothing is uploaded unless every package passes."""
    ensure_clean(repo)
    ensure_check_passes(repo, settings.check_command)
    ensure_clean(repo)
    packages = workspace_packages(repo)
    with tempfile.TemporaryDirectory(prefix="release-") as scratch:
        dist = Path(scratch)
        build(repo, dist)
        verify(packages, dist)
        plans = [
            plan(package, artifacts(package, dist), index_files(settings.index_url, package.project_name))
            for package in packages
        ]
        ensure_tags_free(repo, plans)
        if any(item.uploads for item in plans) and not os.environ.get("TWINE_PASSWORD"):
            raise ReleaseError("set TWINE_USERNAME and TWINE_PASSWORD to upload")
        released: list[str] = []
        for item in plans:
            if item.uploads:
                try:
                    upload([artifact.path for artifact in item.uploads], settings.upload_url)
                except ReleaseError as error:
                    done = ", ".join(released) or "nothing"
                    raise ReleaseError(
                        f"{error}\nreleased and tagged before that: {done} (run again to go on)"
                    ) from None
                tag(repo, item.package)
                released.append(item.package.tag)
    return plans


def report(plans: Sequence[Plan]) -> str:
    lines = []
    for item in plans:
        if item.uploads:
            state = f"uploaded {len(item.uploads)} file(s), tagged {item.package.tag}"
        else:
            state = "already on the index"
        lines.append(f"{item.package.project_name:<30} {item.package.version:<10} {state}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=REPO, help="the repository to build (default: this one)")
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="sdists and wheels of every package, reproducibly")
    build_command.add_argument("--out-dir", type=Path, default=Path("dist"))
    publish_command = commands.add_parser("publish", help="upload the versions the index does not have")
    publish_command.add_argument(
        "--check-command",
        default=DEFAULT_CHECK_COMMAND,
        help=f"must pass before anything is built (default: {DEFAULT_CHECK_COMMAND})",
    )
    arguments = parser.parse_args(argv)
    repo: Path = arguments.repo.resolve()
    try:
        if arguments.command == "build":
            for path in build(repo, arguments.out_dir.resolve()):
                print(path.relative_to(repo) if path.is_relative_to(repo) else path)
        else:
            print(report(publish(repo, Settings.from_environment(arguments.check_command))))
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
