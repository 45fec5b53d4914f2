"""OpenAPI Overlay 1.0 documents: read one, and apply it strictly.

An overlay is an ordered list of actions; each has an RFC 9535 JSONPath `target`, a `description`
saying why, and either `update` (merged into every node the target selects) or `remove: true`.
Targets are evaluated by python-jsonpath in strict RFC 9535 mode (no extensions).

Semantics, per the Overlay Specification 1.0.0: `update` merges recursively into an object
(objects merge, arrays are appended to, other values replace) and is appended to a selected array;
`remove` deletes every selected node from its parent. Strict: an action whose target selects
nothing is an error naming the overlay file, the action's index and its description, because it
means the upstream document changed under one of our fixes.
"""

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonpath import JSONPathEnvironment, JSONPathError

from .documents import Document, Json, load_document
from .errors import SpecError

_ENVIRONMENT = JSONPathEnvironment(strict=True)
_VERSION_PREFIX = "1.0."


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    description: str
    update: Json | None  # None when the action removes
    remove: bool
    line: int | None


@dataclass(frozen=True)
class Overlay:
    path: Path  # as shown in messages (relative to the repository)
    actions: tuple[Action, ...]


class OverlayError(SpecError):
    """An overlay that is malformed or whose action selects nothing."""


def load_overlay(path: Path, *, shown_as: Path) -> Overlay:
    """Read and check an Overlay 1.0 document; every problem names the file and, where known, the line."""
    parsed = load_document(path, shown_as=shown_as)
    document = parsed.data
    if not isinstance(document, dict) or not str(document.get("overlay", "")).startswith(_VERSION_PREFIX):
        raise OverlayError(shown_as, "not an OpenAPI Overlay 1.0 document (expected `overlay: 1.0.x`)", line=1)
    info = document.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise OverlayError(shown_as, "`info` needs a `title` and a `version`", line=parsed.line(["info"]))
    raw = document.get("actions")
    if not isinstance(raw, list) or not raw:
        raise OverlayError(
            shown_as,
            "`actions` must be a non-empty list (Overlay 1.0); a provider with no differences needs no overlay: "
            "leave `overlay` out of its manifest entry",
            line=parsed.line(["actions"]),
        )
    return Overlay(shown_as, tuple(_action(shown_as, parsed, index, item) for index, item in enumerate(raw)))


def _action(path: Path, parsed: Document, index: int, raw: Any) -> Action:
    line = parsed.line(["actions", index])
    if not isinstance(raw, dict):
        raise OverlayError(path, f"action {index} is not a mapping", line=line)
    target, description = raw.get("target"), raw.get("description")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayError(path, f"action {index}: `target` must be a JSONPath expression", line=line)
    if not isinstance(description, str) or not description.strip():
        raise OverlayError(path, f"action {index}: every action needs a `description` saying why", line=line)
    remove = raw.get("remove", False) is True
    if remove == ("update" in raw):
        raise OverlayError(path, f"action {index} ({description.strip()}): give either `update` or `remove: true`")
    try:
        _ENVIRONMENT.compile(target)
    except JSONPathError as error:
        raise OverlayError(path, f"action {index}: invalid JSONPath {target!r}: {error}", line=line) from error
    return Action(index, target, description.strip(), None if remove else raw["update"], remove, line)


def apply_overlay(document: Json, overlay: Overlay) -> Json:
    """A copy of `document` with every action of `overlay` applied in order; `document` is not changed."""
    result = copy.deepcopy(document)
    for action in overlay.actions:
        matches = list(_ENVIRONMENT.finditer(action.target, result))
        if not matches:
            raise OverlayError(
                overlay.path,
                f"action {action.index} ({action.description}): target {action.target} selects nothing "
                "(did the upstream document change under this fix?)",
                line=action.line,
            )
        for match in reversed(matches):  # last first: removing from an array keeps earlier indices valid
            if action.remove:
                if match.parent is None:
                    raise OverlayError(overlay.path, f"action {action.index}: cannot remove the document root")
                parent: Json = match.parent.obj
                del parent[match.parts[-1]]
            else:
                _update(match.obj, action.update, overlay, action)
    return result


def _update(node: Json, update: Json, overlay: Overlay, action: Action) -> None:
    if isinstance(node, list):
        node.append(copy.deepcopy(update))
    elif isinstance(node, dict) and isinstance(update, dict):
        _merge(node, update)
    else:
        raise OverlayError(
            overlay.path,
            f"action {action.index} ({action.description}): `update` needs an object or array target",
            line=action.line,
        )


def _merge(node: dict[str, Json], update: dict[str, Json]) -> None:
    for key, value in update.items():
        existing = node.get(key)
        if isinstance(existing, dict) and isinstance(value, dict):
            _merge(existing, value)
        elif isinstance(existing, list) and isinstance(value, list):
            existing.extend(copy.deepcopy(value))
        else:
            node[key] = copy.deepcopy(value)
