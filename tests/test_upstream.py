"""Specs from upstream: the overlay semantics, the derived-spec checks, and `make update-specs` over local HTTP."""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.codegen.derive import keep_operations
from scripts.codegen.errors import SpecError
from scripts.codegen.overlay import Action, Overlay, OverlayError, apply_overlay
from scripts.codegen.paths import REPO
from scripts.codegen.upstream import load_upstreams
from scripts.local_server import LocalServer, Reply, local_server
from support import LOCK, repo_copy, run_generator, tree_snapshot

VOCODE_UPSTREAM = "upstream/vocode/openapi.json"
EPOCH = {"SOURCE_DATE_EPOCH": "1767225600"}
VOCODE_PUBLISHED = json.loads((REPO / VOCODE_UPSTREAM).read_text())


def overlay(*actions: dict[str, Any]) -> Overlay:
    return Overlay(
        Path("overlays/test.yaml"),
        tuple(
            Action(index, raw["target"], raw["description"], raw.get("update"), raw.get("remove", False), None)
            for index, raw in enumerate(actions)
        ),
    )


@pytest.mark.unit
def test_update_merges_objects_appends_to_arrays_and_replaces_values() -> None:
    document = {"a": {"b": 1, "list": [1], "keep": True}}

    result = apply_overlay(
        document, overlay({"target": "$.a", "description": "why", "update": {"b": 2, "list": [2], "new": {"x": 1}}})
    )

    assert result == {"a": {"b": 2, "list": [1, 2], "keep": True, "new": {"x": 1}}}
    assert document == {"a": {"b": 1, "list": [1], "keep": True}}, "the input is not changed"


@pytest.mark.unit
def test_remove_then_update_replaces_an_enum_and_filters_select_by_value() -> None:
    document = {"schemas": {"Plan": {"enum": ["free", "paid"]}}, "servers": [{"url": "a"}, {"url": "b"}]}

    result = apply_overlay(
        document,
        overlay(
            {"target": "$.schemas.Plan.enum", "description": "replace", "remove": True},
            {"target": "$.schemas.Plan", "description": "new values", "update": {"enum": ["plan_free"]}},
            {"target": "$.servers[?@.url == 'b']", "description": "RFC 9535 filter", "update": {"description": "B"}},
        ),
    )

    assert result == {
        "schemas": {"Plan": {"enum": ["plan_free"]}},
        "servers": [{"url": "a"}, {"url": "b", "description": "B"}],
    }


@pytest.mark.unit
def test_an_action_matching_nothing_names_the_overlay_the_index_and_the_description() -> None:
    actions = overlay(
        {"target": "$.a", "description": "first", "update": {"x": 1}},
        {"target": "$.paths['/v1/usage/'].get", "description": "rename the operation", "update": {"x": 1}},
    )

    with pytest.raises(OverlayError) as raised:
        apply_overlay({"a": {}, "paths": {"/v1/usage": {}}}, actions)

    assert str(raised.value).startswith(
        "overlays/test.yaml: action 1 (rename the operation): target $.paths['/v1/usage/'].get selects nothing"
    )


@pytest.mark.unit
def test_keep_operations_keeps_the_ref_closure_and_the_tags_used() -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "tags": [{"name": "usage"}, {"name": "calls"}],
        "paths": {
            "/usage": {
                "get": {
                    "operationId": "get_usage",
                    "tags": ["usage"],
                    "responses": {"200": {"$ref": "#/components/responses/Ok"}},
                }
            },
            "/calls": {"get": {"operationId": "list_calls", "tags": ["calls"], "responses": {}}},
        },
        "security": [{"Bearer": []}],
        "components": {
            "responses": {"Ok": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Usage"}}}}},
            "schemas": {
                "Usage": {"properties": {"plan": {"$ref": "#/components/schemas/Plan"}}},
                "Plan": {"type": "string"},
                "Call": {"type": "object"},
            },
            "securitySchemes": {"Bearer": {"type": "http", "scheme": "bearer"}, "Key": {"type": "apiKey"}},
        },
    }

    kept = keep_operations(document, ("get_usage",), shown_as=Path("upstream.json"))

    assert list(kept["paths"]) == ["/usage"]
    assert kept["tags"] == [{"name": "usage"}]
    assert kept["components"] == {
        "responses": document["components"]["responses"],
        "schemas": {"Usage": document["components"]["schemas"]["Usage"], "Plan": {"type": "string"}},
        "securitySchemes": {"Bearer": {"type": "http", "scheme": "bearer"}},
    }
    with pytest.raises(SpecError, match="no operation with operationId get_usage_v2"):
        keep_operations(document, ("get_usage_v2",), shown_as=Path("upstream.json"))


@pytest.mark.generator
def test_the_derived_specs_are_what_upstream_and_overlay_produce() -> None:
    from scripts.codegen.derive import derive_text

    for upstream in load_upstreams(REPO).values():
        assert (REPO / upstream.spec).read_text() == derive_text(REPO, upstream), upstream.spec


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return repo_copy(tmp_path / "repo")


def untouched(repo: Path) -> dict[str, bytes]:
    """What a failed run must leave as it was: upstream/, specs/, packages/ and the locks."""
    files: dict[str, bytes] = {}
    for part in ("upstream", "specs", "packages"):
        files |= {f"{part}/{name}": data for name, data in tree_snapshot(repo / part).items()}
    return files | {name: (repo / name).read_bytes() for name in (LOCK, "uv.lock")}


@pytest.mark.generator
def test_a_hand_edit_of_a_derived_spec_fails_the_check_naming_file_and_command(repo: Path) -> None:
    spec = repo / "specs" / "vocode.yaml"
    spec.write_text(spec.read_text().replace("monthly_usage_minutes:\n", "monthly_minutes:\n", 1))

    result = run_generator(repo, "--check")

    assert result.returncode == 1
    assert (
        "specs/vocode.yaml is not what upstream/vocode/openapi.json + overlays/vocode.yaml produce "
        "(a derived spec is never edited by hand: put the change in overlays/vocode.yaml). Run `make generate`."
    ) in result.stdout


@pytest.mark.generator
def test_an_overlay_action_matching_nothing_fails_and_changes_nothing(repo: Path) -> None:
    overlay_file = repo / "overlays" / "vocode.yaml"
    overlay_file.write_text(overlay_file.read_text().replace("$.paths['/v1/usage'].get", "$.paths['/v1/usage/'].get"))
    before = untouched(repo)

    result = run_generator(repo)

    assert result.returncode == 1
    assert "error: overlays/vocode.yaml:" in result.stderr
    assert "action 1 (Say what the operation returns (the published document has a summary only).)" in result.stderr
    assert "selects nothing" in result.stderr
    assert "Traceback" not in result.stderr
    assert untouched(repo) == before


@pytest.mark.generator
@pytest.mark.parametrize(
    ("path", "old", "new", "expected"),
    [
        pytest.param(
            VOCODE_UPSTREAM,
            '"openapi": "3.1.0",',
            '"openapi": "3.1.0"',
            "upstream/vocode/openapi.json:3: invalid JSON",
            id="upstream",
        ),
        pytest.param("overlays/vocode.yaml", "actions:\n", "actions:\n  - [\n", "overlays/vocode.yaml:", id="overlay"),
        pytest.param(
            "scripts/providers.toml",
            'operations = ["get_usage"]',
            'operations = ["getUsage"]',
            "no operation with operationId getUsage",
            id="manifest",
        ),
    ],
)
def test_a_broken_input_fails_naming_the_file_and_changes_nothing(
    repo: Path, path: str, old: str, new: str, expected: str
) -> None:
    file = repo / path
    assert old in file.read_text()
    file.write_text(file.read_text().replace(old, new, 1))
    before = untouched(repo)

    result = run_generator(repo)

    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert untouched(repo) == before


def update_specs(repo: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.update_specs", *arguments],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **EPOCH},
        check=False,
    )


def published_with_overage(repo: Path) -> bytes:
    """Vocode's description as it might be published next: `Usage` gains an optional `overage_minutes`."""
    document = json.loads((repo / VOCODE_UPSTREAM).read_text())
    document["components"]["schemas"]["Usage"]["properties"]["overage_minutes"] = {"type": "integer"}
    return json.dumps(document, indent=2).encode()


@pytest.mark.http
@pytest.mark.generator
@pytest.mark.slow
def test_update_specs_brings_in_a_valid_document_and_regenerates(repo: Path) -> None:
    body = published_with_overage(repo)
    with local_server(lambda request: Reply(200, body=body)) as server:
        result = update_specs(repo, "vocode", "--url", f"{server.url}/openapi.json")

    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo / VOCODE_UPSTREAM).read_bytes() == body, "kept verbatim"
    source = (repo / "upstream" / "vocode" / "SOURCE.md").read_text()
    assert f"- sha256: `{hashlib.sha256(body).hexdigest()}`" in source
    assert "overage_minutes" in (repo / "specs" / "vocode.yaml").read_text()
    assert re.search(r"^vocode-usage-client +regenerated +minor \d+\.\d+\.\d+ -> \d+\.\d+\.0 ", result.stdout, re.M)
    assert "- Added optional field `overage_minutes` to `Usage`." in result.stdout
    assert run_generator(repo, "--check").returncode == 0


def serve_and_update(repo: Path, reply: Reply) -> subprocess.CompletedProcess[str]:
    with local_server(lambda request: reply) as server:
        return update_specs(repo, "vocode", "--url", f"{server.url}/openapi.json")


@pytest.mark.http
@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        pytest.param(Reply(404, b"no"), "answered 404 Not Found", id="404"),
        pytest.param(Reply(200, b"<html>maintenance</html>"), "invalid JSON", id="not-json"),
        pytest.param(
            Reply(200, b'{"openapi": "3.1.0", "info": {}}'), "not an OpenAPI document (no `paths`)", id="not-openapi"
        ),
        pytest.param(
            Reply(200, json.dumps({**VOCODE_PUBLISHED, "info": {"title": 1, "version": "1"}}).encode()),
            "invalid OpenAPI: 1 is not of type 'string' (at info/title)",
            id="kept-part-invalid",
        ),
        pytest.param(
            Reply(200, b'{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}'),
            "no operation with operationId get_usage",
            id="operation-gone",
        ),
    ],
)
def test_update_specs_refuses_a_bad_answer_and_writes_nothing(repo: Path, reply: Reply, expected: str) -> None:
    before = untouched(repo)

    result = serve_and_update(repo, reply)

    assert result.returncode == 1
    [first, second] = result.stderr.splitlines()
    assert first.startswith("error: http://127.0.0.1:") and expected in first
    assert second == "upstream/, specs/, packages/ and the locks were left unchanged."
    assert untouched(repo) == before


@pytest.mark.http
def test_update_specs_offline_is_one_line(repo: Path) -> None:
    with local_server(lambda request: Reply(200)) as server:
        url = f"{server.url}/openapi.json"  # the port is free again once the server stopped
    before = untouched(repo)

    result = update_specs(repo, "vocode", "--url", url)

    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith(f"error: {url}: cannot fetch (ConnectError")
    assert untouched(repo) == before


@pytest.mark.unit
def test_update_specs_names_the_choices_for_a_hand_written_provider(tmp_path: Path) -> None:
    shutil.copytree(REPO / "scripts", tmp_path / "scripts", ignore=shutil.ignore_patterns("__pycache__"))

    result = update_specs(tmp_path, "aymara")

    assert result.returncode == 1
    assert "no published description to fetch for aymara: choose among thousandeyes, vocode, wiremock-cloud" in (
        result.stderr
    )


# Where a hostile description puts its `$ref`s: in what the kept operation (get_usage) returns, or in dropped ones.
IN_KEPT_OPERATION = ("components", "schemas", "Usage", "properties", "extra")
IN_DROPPED_OPERATIONS = (("paths", "/v1/calls/list", "get", "responses", "200"), ("paths", "/v1/calls", "get"))
HOSTILE_REFERENCES = {"http": "http://127.0.0.1:{port}/x", "file": "file:///etc/passwd"}


def published_with_references(repo: Path, references: dict[tuple[str, ...], str]) -> bytes:
    """Vocode's description with a `$ref` to each reference at its place."""
    document = json.loads((repo / VOCODE_UPSTREAM).read_text())
    for (*parents, last), reference in references.items():
        node = document
        for key in parents:
            node = node[key]
        node[last] = {"$ref": reference}
    return json.dumps(document, indent=2).encode()


def port(server: LocalServer) -> str:
    return server.url.rsplit(":", 1)[1]


@pytest.mark.http
@pytest.mark.parametrize("kind", HOSTILE_REFERENCES)
def test_update_specs_never_follows_a_reference_out_of_a_kept_operation(repo: Path, kind: str) -> None:
    """The document is filtered first and what we keep is validated without resolving anything outside it."""
    before = untouched(repo)
    with local_server(lambda request: Reply(200, b'{"type": "string"}')) as elsewhere:
        reference = HOSTILE_REFERENCES[kind].format(port=port(elsewhere))
        result = serve_and_update(repo, Reply(200, published_with_references(repo, {IN_KEPT_OPERATION: reference})))

    assert elsewhere.requests == [], "no request for the description's author"
    assert "root:" not in result.stdout + result.stderr, "no local file read into a message"
    assert result.returncode == 1
    [first, second] = result.stderr.splitlines()
    assert first.startswith("error: http://127.0.0.1:")
    assert f"invalid OpenAPI: $ref '{reference}' leaves the document: not followed" in first
    assert first.endswith("(at components/schemas/Usage/properties/extra/$ref)")
    assert second == "upstream/, specs/, packages/ and the locks were left unchanged."
    assert untouched(repo) == before


@pytest.mark.http
@pytest.mark.generator
@pytest.mark.slow
def test_update_specs_ignores_references_in_the_operations_it_drops(repo: Path) -> None:
    before = untouched(repo)
    with local_server(lambda request: Reply(200, b'{"type": "string"}')) as elsewhere:
        hostile = [template.format(port=port(elsewhere)) for template in HOSTILE_REFERENCES.values()]
        body = published_with_references(repo, dict(zip(IN_DROPPED_OPERATIONS, hostile, strict=True)))
        result = serve_and_update(repo, Reply(200, body))

    assert elsewhere.requests == []
    assert "root:" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo / VOCODE_UPSTREAM).read_bytes() == body, "kept verbatim"
    after = untouched(repo)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    # The lock records the new upstream file's hash; the derived spec and the package stay as they were.
    assert changed == {VOCODE_UPSTREAM, "upstream/vocode/SOURCE.md", LOCK}
