"""`make update-specs`: fetch each provider's published description, check it, keep it, regenerate.

A fetched document replaces upstream/<provider>/<file> only when it parses, still has the operations
the manifest keeps, and still takes every action of the overlay, and what we keep of it is valid
OpenAPI. The document is untrusted: it is filtered first and only what we keep is validated, by a
validator that resolves nothing outside the document (no request, no file read for its author).
Nothing is written before every requested provider passed; then SOURCE.md gets the new sha256 and
date, and `python -m scripts.generate` regenerates with the usual version bump and changelog, whose
new entries are printed: what changed, in words.
"""

import datetime
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from .derive import derive_text, parse_published, validate_text
from .documents import MAX_DOCUMENT_BYTES, parse_document
from .errors import CodegenError, SpecError
from .files import write_atomically
from .manifest import load_providers
from .paths import Paths
from .upstream import Upstream, load_upstreams
from .validation import validate_offline

CHANGELOG = "CHANGELOG.md"

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@dataclass(frozen=True)
class Fetched:
    upstream: Upstream
    url: str
    content: bytes


def select(repo: Path, keys: list[str]) -> list[Upstream]:
    """The derived providers named by `keys` (all of them when none is named)."""
    upstreams = load_upstreams(repo)
    if unknown := [key for key in keys if key not in upstreams]:
        raise CodegenError(
            f"no published description to fetch for {', '.join(unknown)}: "
            f"choose among {', '.join(upstreams)} (a hand-written spec is edited in specs/)"
        )
    return [upstreams[key] for key in keys] if keys else list(upstreams.values())


def fetch(url: str) -> bytes:
    """The body of a 2xx answer to GET `url`; any other outcome is a one-line CodegenError."""
    try:
        with (
            httpx.Client(timeout=TIMEOUT, follow_redirects=True) as client,
            client.stream("GET", url, headers={"Accept": "application/json, application/yaml, */*"}) as response,
        ):
            if not response.is_success:
                raise CodegenError(f"{url}: the server answered {response.status_code} {response.reason_phrase}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_DOCUMENT_BYTES:  # never read without bound
                    raise CodegenError(f"{url}: the document is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB")
            return bytes(body)
    except httpx.TimeoutException as error:
        raise CodegenError(f"{url}: no answer within {TIMEOUT.read:.0f} s ({type(error).__name__})") from error
    except httpx.HTTPError as error:
        raise CodegenError(f"{url}: cannot fetch ({type(error).__name__}: {error}); are we offline?") from error


def check_published(repo: Path, upstream: Upstream, url: str, content: bytes) -> None:
    """Refuse a document that is not OpenAPI, lost a kept operation, or no longer takes the overlay."""
    try:
        document = parse_published(content, upstream, shown_as=Path(url.rsplit("/", 1)[-1] or "document"))
        if not isinstance(document, dict) or "openapi" not in document:
            raise SpecError(Path(url), "not an OpenAPI document (no `openapi` field)")
        derived = derive_text(repo, upstream, document)  # the kept operations: all we validate
        validate_offline(parse_document(derived, shown_as=upstream.spec).data)
        # The generator's own validation; after validate_offline it cannot need anything outside the document either.
        validate_text(derived, upstream)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in error.path)
        raise CodegenError(f"{url}: invalid OpenAPI: {error.message}" + (f" (at {where})" if where else "")) from error
    except SpecError as error:
        raise CodegenError(f"{url}: {error}") from error


def record(repo: Path, fetched: Fetched) -> None:
    """Write the published document verbatim and update SOURCE.md's sha256 and date."""
    upstream = fetched.upstream
    (repo / upstream.file).write_bytes(fetched.content)
    notes = repo / upstream.source_notes
    text = notes.read_text(encoding="utf-8") if notes.exists() else f"# {upstream.key}: published API description\n"
    facts = {
        "URL (what `make update-specs` fetches)": fetched.url,
        "Fetched": datetime.datetime.now(datetime.UTC).date().isoformat(),
        "sha256": f"`{hashlib.sha256(fetched.content).hexdigest()}`",
    }
    for label, value in facts.items():
        line = f"- {label}: {value}"
        pattern = rf"^- {re.escape(label)}: .*$"
        text = re.sub(pattern, line, text, count=1, flags=re.M) if re.search(pattern, text, re.M) else f"{text}{line}\n"
    write_atomically(notes, text)


def newest_entry(changelog: Path) -> str:
    """The newest entry of a package's CHANGELOG.md (empty when there is none)."""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    start = text.find("\n## ")
    if start < 0:
        return ""
    end = text.find("\n## ", start + 1)
    return text[start + 1 : end if end >= 0 else len(text)].strip()


def update_specs(repo: Path, keys: list[str], *, url: str | None = None) -> int:
    """Fetch, check and record the published descriptions of `keys`, then regenerate; the exit status."""
    upstreams = select(repo, keys)
    if url is not None and len(upstreams) != 1:
        raise CodegenError("--url replaces one provider's URL: name that provider")
    fetched = []
    for upstream in upstreams:
        source = url or upstream.url
        content = fetch(source)
        check_published(repo, upstream, source, content)
        fetched.append(Fetched(upstream, source, content))
    changed = [item for item in fetched if (repo / item.upstream.file).read_bytes() != item.content]
    for item in fetched:
        state = "changed" if item in changed else "unchanged"
        print(f"{item.upstream.key}: {item.url}: {state}")
    if not changed:
        return 0
    projects = {provider.key: provider.project_name for provider in load_providers(Paths(repo).manifest)}
    changelogs = {item.upstream.key: repo / "packages" / projects[item.upstream.key] / CHANGELOG for item in changed}
    before = {key: newest_entry(path) for key, path in changelogs.items()}
    kept = [repo / path for item in changed for path in (item.upstream.file, item.upstream.source_notes)]
    saved = {path: path.read_bytes() for path in kept if path.exists()}
    for item in changed:
        record(repo, item)
    result = subprocess.run([sys.executable, "-m", "scripts.generate"], cwd=repo, check=False)
    if result.returncode != 0:  # generate.py said why and changed nothing: neither do we
        for path, content in saved.items():
            path.write_bytes(content)
        print("error: regeneration failed, so upstream/ was restored too.", file=sys.stderr)
        return result.returncode
    for key, path in changelogs.items():
        entry = newest_entry(path)
        print(f"\n{key}: " + (entry if entry != before[key] else "the package did not change"))
    return result.returncode
