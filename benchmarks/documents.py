"""Reading a published description: scripts/codegen/documents.py vs ruamel.yaml's round trip (the previous reader).

In-process, in the workspace environment: the largest YAML and the largest JSON description of the shared
corpus (../shared/corpus, absent here means no section). JSON's baseline is `json.loads` alone: ours adds the
limits and refusals on top of it. The smoke run parses the smallest description once.
"""

import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from ruamel.yaml import YAML

from scripts.codegen.documents import parse_document

from .corpus import CORPUS
from .model import Section, Target, paired_row

TARGET = Target(1.0, "under a second", on_value=True)


def measure(rounds: int, *, smoke: bool) -> list[Section]:
    descriptions = sorted(
        (path for path in CORPUS.glob("*/*") if path.suffix in (".json", ".yaml", ".yml")),
        key=lambda path: path.stat().st_size,
    )
    if not descriptions:
        return []
    section = Section(
        "documents",
        "Reading a published description (text → JSON data, with lines for errors)",
        "s",
        1.0,
        "`scripts.codegen.documents.parse_document` (libyaml's composer, then our checks) vs ruamel.yaml's "
        "round-trip loader, which the generator used before, for YAML; vs `json.loads` alone for JSON. "
        f"{rounds} rounds, each parsing with the baseline then ours, in this process.",
    )
    yaml_files = [path for path in descriptions if path.suffix != ".json"]
    json_files = [path for path in descriptions if path.suffix == ".json"]
    for path, baseline, name in (
        (_pick(yaml_files, smoke), _ruamel, "ruamel.yaml round trip"),
        (_pick(json_files, smoke), json.loads, "json.loads"),
    ):
        if path is None:
            continue
        text = path.read_text(encoding="utf-8")
        theirs, mine = [], []
        for _ in range(rounds):
            theirs.append(_seconds(partial(baseline, text)))
            mine.append(_seconds(partial(parse_document, text, shown_as=path)))
        label = f"{path.parent.name}/{path.name} ({path.stat().st_size / 1e6:.1f} MB)"
        section.rows.append(paired_row(label, mine, name, theirs, TARGET))
    return [section]


def _pick(paths: list[Path], smoke: bool) -> Path | None:
    return (paths[0] if smoke else paths[-1]) if paths else None


def _ruamel(text: str) -> object:
    return YAML(typ="rt", pure=True).load(text)


def _seconds(parse: Callable[[], object]) -> float:
    started = time.perf_counter()
    parse()
    return time.perf_counter() - started
