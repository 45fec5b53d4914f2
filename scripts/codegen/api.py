"""The public Python API of a generated package, and how it changed between two generations.

The API is read from the source with `ast` (nothing is imported): every public class and
function of every public module of the package. attrs models are read as their constructors see
them (a field is required unless it has a default, `_name` fields are passed as `name`, `alias=`
renames, `init=False` hides), enums as their values, functions as their parameters and return
annotation. Type annotations are compared as sets of union members, `Unset` aside (it only marks
a field or parameter optional, which `required` already says).

A change is breaking when code written against the old API may stop working: something removed
or renamed, a field or parameter added as or made required, a narrowed or changed type, an enum
value removed. Anything added or relaxed is a feature. The caller treats "no API change" as other.
"""

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path


class Level(IntEnum):
    """How much a change matters to a user of the package; the highest one decides the version bump."""

    OTHER = 0
    FEATURE = 1
    BREAKING = 2


@dataclass(frozen=True)
class Change:
    level: Level
    text: str  # e.g. "added optional field `overage_minutes` to `Usage`"


@dataclass(frozen=True)
class Param:
    """A constructor field or a function parameter."""

    types: frozenset[str]  # union members of its annotation, `Unset` left out
    required: bool


@dataclass(frozen=True)
class Symbol:
    kind: str  # "model" (attrs), "class", "enum", "function"
    display: str  # how the changelog names it: `Usage`, `Usage.to_dict`, `api.usage.get_usage.sync`
    parent: str = ""  # key of the class a method belongs to
    params: dict[str, Param] = field(default_factory=dict)  # fields of a model or class, parameters of a function
    values: frozenset[str] = frozenset()  # values of an enum
    returns: frozenset[str] = frozenset()  # union members of a function's return annotation


Api = dict[str, Symbol]  # by dotted key relative to the package, e.g. "models.usage.Usage"

_ENUM_BASES = {"Enum", "StrEnum", "IntEnum"}
_NOUNS = {"model": "field", "class": "field", "function": "parameter"}


def read_api(package_dir: Path) -> Api:
    """The public API of the import package in `package_dir` (e.g. packages/x-usage-client/x_usage_client)."""
    api: Api = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if any(part.startswith("_") for part in parts):
            continue
        module = ".".join(parts)
        try:
            tree = ast.parse(path.read_bytes(), filename=str(path))
        except (SyntaxError, ValueError):  # edited by hand into something else: it has no API to compare
            continue
        for node in tree.body:
            api.update(_symbols(node, module))
    return api


def _symbols(node: ast.stmt, module: str, parent: str = "", parent_display: str = "") -> Iterator[tuple[str, Symbol]]:
    name = getattr(node, "name", "")
    if not name or name.startswith("_"):
        return
    key = ".".join(part for part in (parent or module, name) if part)
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        display = f"{parent_display}.{name}" if parent_display else key
        yield key, _function(node, display, parent)
    elif isinstance(node, ast.ClassDef) and not parent:
        yield key, _class(node)
        for child in node.body:
            yield from _symbols(child, module, key, name)


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef, display: str, parent: str) -> Symbol:
    arguments = node.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if parent and positional and positional[0].arg in {"self", "cls"}:
        positional = positional[1:]
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    params = {
        arg.arg: Param(_types(arg.annotation), default is None)
        for arg, default in zip(positional, defaults, strict=True)
    }
    params |= {
        arg.arg: Param(_types(arg.annotation), default is None)
        for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    }
    for star, prefix in ((arguments.vararg, "*"), (arguments.kwarg, "**")):
        if star is not None:
            params[prefix + star.arg] = Param(_types(star.annotation), required=False)
    return Symbol("function", display, parent=parent, params=params, returns=_types(node.returns))


def _class(node: ast.ClassDef) -> Symbol:
    bases = {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}
    if bases & _ENUM_BASES:
        values = {
            _value(statement.value)
            for statement in node.body
            if isinstance(statement, ast.Assign) and not any(_private(target) for target in statement.targets)
        }
        return Symbol("enum", node.name, values=frozenset(values))
    if any("define" in ast.unparse(decorator) or "attr" in ast.unparse(decorator) for decorator in node.decorator_list):
        return Symbol("model", node.name, params=dict(_attrs_fields(node)))
    init = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
    params = _function(init, node.name, parent=node.name).params if init else {}
    return Symbol("class", node.name, params=params)


def _attrs_fields(node: ast.ClassDef) -> Iterator[tuple[str, Param]]:
    """The constructor parameters attrs makes of a class body's annotated attributes."""
    for statement in node.body:
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        if "ClassVar" in ast.unparse(statement.annotation):
            continue
        name, value = statement.target.id, statement.value
        keywords: dict[str, ast.expr] = {}
        if isinstance(value, ast.Call) and ast.unparse(value.func).endswith("field"):
            keywords = {keyword.arg: keyword.value for keyword in value.keywords if keyword.arg}
            init = keywords.get("init")
            if isinstance(init, ast.Constant) and init.value is False:
                continue
            required = "default" not in keywords and "factory" not in keywords
        else:
            required = value is None
        alias = keywords.get("alias")
        public = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else name.lstrip("_")
        yield public, Param(_types(statement.annotation), required)


def _value(node: ast.expr) -> str:
    """An enum value as the changelog shows it: `free` for "free", `3` for 3."""
    return (
        f"`{node.value}`"
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        else f"`{ast.unparse(node)}`"
    )


def _private(target: ast.expr) -> bool:
    return isinstance(target, ast.Name) and target.id.startswith("_")


def _types(annotation: ast.expr | None) -> frozenset[str]:
    """The members of a union annotation (`A | B`, `Union[A, B]`, `Optional[A]`), `Unset` left out."""
    if annotation is None:
        return frozenset()
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):  # a quoted annotation
        return _types(ast.parse(annotation.value, mode="eval").body)
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _types(annotation.left) | _types(annotation.right)
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) in {"Union", "Optional"}:
        members = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
        extra = {"None"} if ast.unparse(annotation.value) == "Optional" else set()
        return frozenset(extra).union(*(_types(member) for member in members))
    text = ast.unparse(annotation)
    return frozenset() if text == "Unset" else frozenset({text})


def diff_api(old: Api, new: Api) -> list[Change]:
    """Every change from `old` to `new`, in words, breaking ones first."""
    changes: list[Change] = []
    for key in sorted(old.keys() - new.keys()):
        if old[key].parent not in old.keys() - new.keys():  # a removed class's methods go with it
            changes.append(Change(Level.BREAKING, f"removed {old[key].kind} `{old[key].display}`"))
    for key in sorted(new.keys() - old.keys()):
        if new[key].parent not in new.keys() - old.keys():
            changes.append(Change(Level.FEATURE, f"added {new[key].kind} `{new[key].display}`"))
    for key in sorted(old.keys() & new.keys()):
        changes.extend(_symbol_changes(old[key], new[key]))
    return sorted(changes, key=lambda change: -change.level)


def _symbol_changes(old: Symbol, new: Symbol) -> Iterator[Change]:
    where = f"`{new.display}`"
    if old.kind != new.kind:
        yield Change(Level.BREAKING, f"{where} changed from {old.kind} to {new.kind}")
        return
    for value in sorted(old.values - new.values):
        yield Change(Level.BREAKING, f"removed value {value} from enum {where}")
    for value in sorted(new.values - old.values):
        yield Change(Level.FEATURE, f"added value {value} to enum {where}")
    noun = _NOUNS.get(new.kind, "field")
    preposition = "from" if new.kind == "function" else "of"
    for name in sorted(old.params.keys() - new.params.keys()):
        yield Change(Level.BREAKING, f"removed {noun} `{name}` from {where}")
    for name in sorted(new.params.keys() - old.params.keys()):
        if new.params[name].required:
            yield Change(Level.BREAKING, f"added required {noun} `{name}` to {where}")
        else:
            yield Change(Level.FEATURE, f"added optional {noun} `{name}` to {where}")
    for name in sorted(old.params.keys() & new.params.keys()):
        before, after = old.params[name], new.params[name]
        subject = f"{noun} `{name}` {preposition} {where}"
        if after.required and not before.required:
            yield Change(Level.BREAKING, f"{subject} became required")
        elif before.required and not after.required:
            yield Change(Level.FEATURE, f"{subject} became optional")
        if before.types != after.types:
            yield _type_change(f"type of {subject}", before.types, after.types)
    if old.returns != new.returns:
        yield Change(Level.FEATURE, f"return type of {where} changed from {_show(old.returns)} to {_show(new.returns)}")


def _type_change(subject: str, before: frozenset[str], after: frozenset[str]) -> Change:
    change = f"{subject} from {_show(before)} to {_show(after)}"
    if after > before:
        return Change(Level.FEATURE, f"widened {change}")
    if after < before:
        return Change(Level.BREAKING, f"narrowed {change}")
    return Change(Level.BREAKING, f"changed {change}")


def _show(types: frozenset[str]) -> str:
    return f"`{' | '.join(sorted(types))}`" if types else "nothing"
