"""The corpus of real published descriptions (../shared/corpus/), and adding one as a maintainer adds a provider."""

import json
import shutil
from pathlib import Path
from typing import Any

from scripts.codegen.paths import REPO

CORPUS = REPO.parent / "shared" / "corpus"
# What a maintainer writes after `make generate` said that Deepgram's operationId `get` names eleven
# operations: the one meant, by its method and path.
SELECTORS = {("deepgram", "get"): "GET /v1/projects/{project_id}/usage"}


def entries() -> list[dict[str, Any]]:
    """index.json's entries: key, name, file, url and the operations to keep; [] without a corpus."""
    index = CORPUS / "index.json"
    found: list[dict[str, Any]] = json.loads(index.read_text(encoding="utf-8")) if index.is_file() else []
    return found


def largest() -> dict[str, Any] | None:
    """The entry of the largest description, if there is a corpus."""
    return max(entries(), key=lambda entry: (CORPUS / entry["file"]).stat().st_size, default=None)


def add_provider(repo: Path, entry: dict[str, Any]) -> None:
    """What a maintainer does: the published file and its SOURCE.md under upstream/<key>/, a manifest entry."""
    key, published = entry["key"], CORPUS / entry["file"]
    folder = repo / "upstream" / key
    folder.mkdir(parents=True)
    shutil.copy(published, folder / published.name)
    shutil.copy(published.parent / "SOURCE.md", folder / "SOURCE.md")
    prefix = key.upper().replace("-", "_")
    operations = ", ".join(json.dumps(SELECTORS.get((key, operation), operation)) for operation in entry["operations"])
    with (repo / "scripts" / "providers.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(
            f'\n[{key}]\nname = {json.dumps(entry["name"])}\nspec = "specs/{key}.yaml"\n'
            f'token_env = "{prefix}_API_KEY"\nbase_url_env = "{prefix}_BASE_URL"\n\n'
            f'[{key}.upstream]\nfile = "upstream/{key}/{published.name}"\nurl = {json.dumps(entry["url"])}\n'
            f"operations = [{operations}]\n"
        )
