"""The steps of `scripts.release` one by one: what to upload, reading an index, wheel checks, redaction."""

import json
import zipfile
from pathlib import Path

import pytest

from scripts.local_server import Received, Reply, local_server
from scripts.release import Artifact, Package, ReleaseError, index_files, plan, redact, redact_url, wheel_problems

PACKAGE = Package("vocode-usage-client", "1.2.0", Path("packages/vocode-usage-client"))
SDIST = Artifact(Path("vocode_usage_client-1.2.0.tar.gz"), "a" * 64)
WHEEL = Artifact(Path("vocode_usage_client-1.2.0-py3-none-any.whl"), "b" * 64)
OLDER = {"vocode_usage_client-1.1.0.tar.gz": "c" * 64}


@pytest.mark.unit
def test_a_version_missing_from_the_index_is_uploaded_whole() -> None:
    decided = plan(PACKAGE, [SDIST, WHEEL], OLDER)
    assert decided.uploads == (SDIST, WHEEL)
    assert decided.on_index == ()


@pytest.mark.unit
def test_a_version_on_the_index_with_the_same_bytes_is_skipped() -> None:
    decided = plan(PACKAGE, [SDIST, WHEEL], {**OLDER, SDIST.path.name: SDIST.sha256, WHEEL.path.name: WHEEL.sha256})
    assert decided.uploads == ()


@pytest.mark.unit
def test_a_half_uploaded_version_is_completed() -> None:
    assert plan(PACKAGE, [SDIST, WHEEL], {SDIST.path.name: SDIST.sha256}).uploads == (WHEEL,)


@pytest.mark.unit
def test_a_version_on_the_index_with_other_bytes_is_refused() -> None:
    with pytest.raises(ReleaseError, match=r"vocode_usage_client-1.2.0-py3-none-any.whl is already on the index"):
        plan(PACKAGE, [SDIST, WHEEL], {SDIST.path.name: SDIST.sha256, WHEEL.path.name: "d" * 64})


@pytest.mark.unit
def test_a_file_without_a_sha256_on_the_index_cannot_be_compared() -> None:
    with pytest.raises(ReleaseError, match="no sha256"):
        plan(PACKAGE, [SDIST, WHEEL], {SDIST.path.name: None})


@pytest.mark.unit
def test_secrets_are_redacted() -> None:
    assert redact("login pw-1 failed for pw-1", ["pw-1", ""]) == "login **** failed for ****"
    assert redact_url("https://user:pw-1@upload.example.invalid:8443/legacy/") == (
        "https://****@upload.example.invalid:8443/legacy/"
    )
    assert redact_url("https://upload.example.invalid/legacy/") == "https://upload.example.invalid/legacy/"


def fake_wheel(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "")
        archive.writestr(
            "vocode_usage_client-1.2.0.dist-info/METADATA",
            "Metadata-Version: 2.4\nName: vocode-usage-client\nProject-URL: Source, https://example.invalid\n",
        )
    return path


@pytest.mark.unit
def test_wheel_problems_name_what_is_missing_or_extra(tmp_path: Path) -> None:
    wheel = fake_wheel(
        tmp_path / WHEEL.path.name,
        ["vocode_usage_client/__init__.py", "vocode_usage_client/__pycache__/client.cpython-311.pyc", "tests/x.py"],
    )
    assert wheel_problems(PACKAGE, wheel) == [
        "missing vocode_usage_client/py.typed",
        "missing the LICENSE file",
        "holds vocode_usage_client/__pycache__/client.cpython-311.pyc",
        "holds tests/x.py",
        "no Project-URL Changelog",
        "no Project-URL Issues",
    ]


def index_page(request: Received) -> Reply:
    if request.target == "/json/vocode-usage-client/":
        files = [{"filename": SDIST.path.name, "hashes": {"sha256": SDIST.sha256}}]
        return Reply(
            200, json.dumps({"files": files}).encode(), {"Content-Type": "application/vnd.pypi.simple.v1+json"}
        )
    if request.target == "/html/vocode-usage-client/":
        links = f'<a href="../../packages/{WHEEL.path.name}#sha256={WHEEL.sha256}">{WHEEL.path.name}</a>'
        links += f'<a href="../../packages/{SDIST.path.name}#md5=00">{SDIST.path.name}</a>'
        return Reply(200, f"<html><body>{links}</body></html>".encode(), {"Content-Type": "text/html"})
    if request.target.startswith("/private/"):
        authorized = request.headers.get("authorization") == "Basic dXNlcjpwdyAx"  # "user:pw 1"
        return Reply(200, b"<html></html>", {"Content-Type": "text/html"}) if authorized else Reply(401, b"")
    if request.target.startswith("/bad-json/"):
        return Reply(200, b'{"projects": []}', {"Content-Type": "application/vnd.pypi.simple.v1+json"})
    if request.target.startswith("/broken/"):
        return Reply(503, b"")
    return Reply(404, b"")


@pytest.mark.http
def test_index_files_reads_the_json_and_the_html_simple_api() -> None:
    with local_server(index_page) as server:
        assert index_files(server.url + "/json", "Vocode_Usage.Client") == {SDIST.path.name: SDIST.sha256}
        assert index_files(server.url + "/html/", "vocode-usage-client") == {
            WHEEL.path.name: WHEEL.sha256,
            SDIST.path.name: None,
        }
        assert index_files(server.url + "/html/", "aymara-usage-client") == {}
        with pytest.raises(ReleaseError, match="the index answered 503"):
            index_files(server.url + "/broken/", "vocode-usage-client")
        assert server.requests[0].headers["accept"].startswith("application/vnd.pypi.simple.v1+json")


@pytest.mark.http
def test_index_credentials_go_in_a_header_and_never_into_a_message() -> None:
    with local_server(index_page) as server:
        private = server.url.replace("http://", "http://user:pw%201@") + "/private/"
        assert index_files(private, "vocode-usage-client") == {}
        assert all("pw" not in request.target for request in server.requests)
        with pytest.raises(ReleaseError) as refused:
            index_files(private.replace("pw%201", "wrong") + "../broken/", "vocode-usage-client")
        assert "wrong" not in str(refused.value)
        with pytest.raises(ReleaseError, match="not a simple API page"):
            index_files(server.url + "/bad-json/", "vocode-usage-client")
