"""`make release` end to end against a real index: pypiserver with an htpasswd on 127.0.0.1.

Each release runs `python -m scripts.release publish` on a clone of this repository's HEAD (so its tags and
working tree are the clone's), with `--check-command true`: `make check` itself runs earlier in
`make test`, and the refusal on a failing check is tested with `false`. The index also serves the
clients' dependencies as wheels rebuilt from this environment, so pip installs with
`--index-url` pointing at it alone: no network beyond 127.0.0.1.
"""

import base64
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_packaging import RUNTIME_DEPENDENCIES, call_and_list

from scripts.codegen.paths import REPO
from scripts.mock_servers import pypiserver
from scripts.release import workspace_packages
from support import clone_head, provider_by_key
from wheelhouse import wheelhouse

pytestmark = [pytest.mark.slow, pytest.mark.http]

USER = "releaser"
PASSWORD = "pw-SECRET-7d1e"  # distinctive, so a leak is easy to find in any output
PACKAGES = workspace_packages(REPO)


def write_htpasswd(path: Path) -> Path:
    """USER with PASSWORD, in htpasswd's {SHA} form (pypiserver checks it with passlib)."""
    digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
    path.write_text(f"{USER}:{{SHA}}{digest}\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Index:
    url: str
    directory: Path  # what the server holds, file by file

    def holdings(self) -> dict[str, bytes]:
        return {path.name: path.read_bytes() for path in sorted(self.directory.iterdir())}

    def ours(self) -> set[str]:
        prefixes = tuple(package.file_prefix.split("-")[0] + "-" for package in PACKAGES)
        return {name for name in self.holdings() if name.startswith(prefixes)}


def git(repo: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *arguments], capture_output=True, text=True, timeout=60, check=True
    ).stdout


def release(
    repo: Path, index: Index, *, password: str = PASSWORD, check_command: str = "true"
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    environment |= {
        "RELEASE_UPLOAD_URL": index.url + "/",
        "RELEASE_INDEX_URL": index.url + "/simple/",
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": password,
    }
    command = [sys.executable, "-m", "scripts.release", "--repo", str(repo), "publish"]
    return subprocess.run(
        [*command, "--check-command", check_command],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """pypiserver on 127.0.0.1 holding the clients' dependencies; uploads need USER and PASSWORD."""
    root = tmp_path_factory.mktemp("index")
    directory = root / "packages"
    wheelhouse(RUNTIME_DEPENDENCIES, directory, [f"{sys.version_info.major}.{sys.version_info.minor}"])
    with pypiserver(directory, write_htpasswd(root / "htpasswd")) as url:
        yield Index(url, directory)


@pytest.fixture(scope="module")
def first_release(
    index: Index, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    repo = clone_head(tmp_path_factory.mktemp("first") / "repo")
    return repo, release(repo, index)


def test_release_uploads_every_package_and_tags_it(
    first_release: tuple[Path, subprocess.CompletedProcess[str]], index: Index
) -> None:
    repo, result = first_release
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    for package in PACKAGES:
        assert f"{package.project_name}" in result.stdout
        assert {f"{package.file_prefix}.tar.gz", f"{package.file_prefix}-py3-none-any.whl"} <= index.ours()
    assert len(index.ours()) == 2 * len(PACKAGES)
    new_tags = set(git(repo, "tag", "--list").split()) - set(git(REPO, "tag", "--list").split())
    assert new_tags == {package.tag for package in PACKAGES}
    assert git(repo, "status", "--porcelain") == ""


def test_a_second_release_uploads_nothing(
    first_release: tuple[Path, subprocess.CompletedProcess[str]], index: Index
) -> None:
    repo, _ = first_release
    before = index.holdings()

    again = release(repo, index)

    assert again.returncode == 0, again.stderr
    assert again.stdout.count("already on the index") == len(PACKAGES)
    assert "uploaded" not in again.stdout
    assert index.holdings() == before


def test_a_fresh_venv_installs_the_facade_from_the_index_and_calls_the_api(
    first_release: tuple[Path, subprocess.CompletedProcess[str]],
    index: Index,
    tmp_path: Path,
    mock_urls: dict[str, str],
) -> None:
    assert first_release[1].returncode == 0, first_release[1].stderr
    venv = tmp_path / "venv"
    # The standard library's venv brings pip from ensurepip: nothing is downloaded.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    environment = {"PATH": "/usr/bin:/bin", "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    # --index-url alone: every name, ours and httpx's alike, can only come from this index.
    pip = [str(python), "-m", "pip", "install", "--no-cache-dir", "--index-url", index.url + "/simple/"]
    install = subprocess.run(
        [*pip, "usage-clients[vocode]"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    vocode = provider_by_key("vocode")
    summary = call_and_list(python, vocode.package_name, mock_urls[vocode.key])
    assert summary["model"] == "Usage"
    assert {"usage-clients", "vocode-usage-client", "httpx"} <= set(summary["distributions"])
    assert "aymara-usage-client" not in summary["distributions"]


def test_a_changed_package_under_a_released_version_is_refused(
    first_release: tuple[Path, subprocess.CompletedProcess[str]], index: Index, tmp_path: Path
) -> None:
    """The facade's new version is not uploaded either: a conflict stops the whole release."""
    assert first_release[1].returncode == 0, first_release[1].stderr
    repo = clone_head(tmp_path / "repo")
    readme = repo / "packages" / "vocode-usage-client" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    facade = repo / "packages" / "usage-clients" / "pyproject.toml"
    facade_version = next(package.version for package in PACKAGES if package.project_name == "usage-clients")
    facade.write_text(
        facade.read_text(encoding="utf-8").replace(f'version = "{facade_version}"', 'version = "99.0.0"', 1),
        encoding="utf-8",
    )
    git(repo, "commit", "--quiet", "-am", "Change vocode's README without a new version")
    before = index.holdings()

    refused = release(repo, index)

    assert refused.returncode == 1
    vocode = next(package for package in PACKAGES if package.project_name == "vocode-usage-client")
    assert f"{vocode.file_prefix}.tar.gz is already on the index with different content" in refused.stderr
    assert index.holdings() == before
    assert git(repo, "tag", "--list") == git(REPO, "tag", "--list")


def test_a_dirty_tree_is_refused(index: Index, tmp_path: Path) -> None:
    repo = clone_head(tmp_path / "repo")
    (repo / "notes.txt").write_text("not committed\n", encoding="utf-8")
    before = index.holdings()

    refused = release(repo, index)

    assert refused.returncode == 1
    assert "the working tree is not clean" in refused.stderr
    assert "notes.txt" in refused.stderr
    assert index.holdings() == before


def test_a_failing_check_is_refused(index: Index, tmp_path: Path) -> None:
    repo = clone_head(tmp_path / "repo")
    before = index.holdings()

    refused = release(repo, index, check_command="false")

    assert refused.returncode == 1
    assert "`false` failed" in refused.stderr
    assert index.holdings() == before


def test_a_rejected_upload_never_shows_the_password(tmp_path: Path) -> None:
    """An empty index refuses a wrong password: the error is shown, the password is not, nothing is tagged."""
    directory = tmp_path / "packages"
    directory.mkdir()
    repo = clone_head(tmp_path / "repo")
    wrong = "wrong-SECRET-0b5f"
    with pypiserver(directory, write_htpasswd(tmp_path / "htpasswd")) as url:
        refused = release(repo, Index(url, directory), password=wrong)

    assert refused.returncode == 1
    assert "twine upload" in refused.stderr
    assert wrong not in refused.stdout + refused.stderr
    assert not list(directory.iterdir())
    assert git(repo, "tag", "--list") == git(REPO, "tag", "--list")
