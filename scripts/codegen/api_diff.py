"""The public Python API of a generated package, and how it changed between two generations.

The API is read from the source with `ast` (nothing is imported): every public class and
function of every public module of the package. attrs models are read as their constructors see
them (a field is required unless it has a default, `_name` fields are passed as `name`, `alias=`
renames, `init=False` hides), enums as their values, TypedDicts as their keys, functions as their
parameters and return annotation. `**options: Unpack[Options]`, with `Options` a TypedDict of the
package, is read as the keyword parameters it stands for, one per key: spelling keywords out or
through a TypedDict is one API. A key a constructor passes on with `super().__init__(**options)`
has the default of the base class's parameter of that name. Type annotations are compared as sets
of union members, `Unset` aside (it only marks a field or parameter optional, which `required`
already says).

A change is judged from the side of the code that uses it. Every model and enum has a direction,
found by following annotations from the public functions: what a function takes (its parameters,
a request body's model and the models in its fields) is an input; what it returns (a response's
model, an error body, and the models in their fields) an output; a class reached both ways, or
from no function at all, is both. Inputs may widen as a feature (a caller's old value is still
accepted) and narrow only as breaking; outputs may narrow as a feature (a reader gets less to
handle) and widen only as breaking (a reader meets a value it never handled: a new member of a
union, a field that may now be missing). Something removed or renamed, a field or parameter added
as required to an input, a changed type, an enum value removed are breaking; a changed default is a
feature at least, and said. Enums are tolerant readers (an unknown value parses), so a value added
to one is a feature either way. The caller treats "no API change" as other.

Deprecations are read too: a function decorated `@deprecated(...)` (PEP 702), the parameters a module
lists in `_DEPRECATED_PARAMETERS` and the fields a class lists in `_DEPRECATED_FIELDS` (what the templates
write for the spec's `deprecated: true`). Newly deprecating something is a feature, said in words
("Deprecated: parameter `region` of `list_records`"), so users hear of it before the removal, which
stays breaking.
"""

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import Flag, IntEnum, auto
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


class Direction(Flag):
    """Which way values of a class travel between the caller and the server."""

    INPUT = auto()  # the caller builds it: parameters, request bodies
    OUTPUT = auto()  # the caller reads it: return values, response and error bodies
    BOTH = INPUT | OUTPUT


@dataclass(frozen=True)
class Param:
    """A constructor field or a function parameter."""

    types: frozenset[str]  # union members of its annotation, `Unset` left out
    required: bool
    default: str | None = None  # the default's source text, e.g. `60.0`; None when required or `UNSET`
    inherited: bool = False  # a key of `**options` passed on to `super().__init__`: its default is the base's
    deprecated: bool = False


@dataclass(frozen=True)
class Symbol:
    kind: str  # "model" (attrs), "class", "TypedDict", "enum", "function"
    display: str  # how the changelog names it: `Usage`, `Usage.to_dict`, `api.usage.get_usage.sync`
    parent: str = ""  # key of the class a method belongs to
    params: dict[str, Param] = field(default_factory=dict)  # fields of a model or class, parameters of a function
    values: frozenset[str] = frozenset()  # values of an enum
    returns: frozenset[str] = frozenset()  # union members of a function's return annotation
    takes: frozenset[str] = frozenset()  # names in its parameters' or fields' annotations
    gives: frozenset[str] = frozenset()  # names in its return annotation
    bases: tuple[str, ...] = ()  # the names of a class's bases
    deprecated: bool = False  # a function decorated `@deprecated(...)`


Api = dict[str, Symbol]  # by dotted key relative to the package, e.g. "models.usage.Usage"

_ENUM_BASES = {"Enum", "StrEnum", "IntEnum"}
_NOUNS = {"model": "field", "class": "field", "TypedDict": "key", "function": "parameter"}


@dataclass(frozen=True)
class _Keys:
    """What a TypedDict of the package takes: its keys, and the names their annotations mention."""

    params: dict[str, Param]
    takes: frozenset[str]


_TypedDicts = dict[str, _Keys]  # by class name


def read_api(package_dir: Path) -> Api:
    """The public API of the import package in `package_dir` (e.g. packages/x-usage-client/x_usage_client)."""
    modules: dict[str, ast.Module] = {}  # private ones too: a public signature may unpack their TypedDicts
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        try:
            modules[".".join(parts)] = ast.parse(path.read_bytes(), filename=str(path))
        except (SyntaxError, ValueError):  # edited by hand into something else: it has no API to compare
            continue
    typed_dicts = _typed_dicts(modules.values())
    api: Api = {}
    for module, tree in modules.items():
        if any(part.startswith("_") for part in module.split(".")):
            continue
        symbols = dict(item for node in tree.body for item in _symbols(node, module, typed_dicts))
        api.update(_deprecate(symbols, _listed(tree.body, "_DEPRECATED_PARAMETERS")))
        _own_class_returns(api, module, tree)
    _inherit_defaults(api)
    return api


def _listed(body: list[ast.stmt], name: str) -> frozenset[str]:
    """The string keys or members of a constant `name = {...}` / `frozenset({...})` (annotated or not) in `body`."""
    for statement in body:
        target: ast.expr | None = statement.target if isinstance(statement, ast.AnnAssign) else None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        value = getattr(statement, "value", None)
        if not (isinstance(target, ast.Name) and target.id == name and value is not None):
            continue
        if isinstance(value, ast.Call) and value.args:  # frozenset({...})
            value = value.args[0]
        elements = value.keys if isinstance(value, ast.Dict) else getattr(value, "elts", [])
        return frozenset(e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str))
    return frozenset()


def _deprecate(symbols: Api, parameters: frozenset[str]) -> Api:
    """The module's functions with the parameters it lists as deprecated marked so."""
    if not parameters:
        return symbols
    return {
        key: replace(symbol, params=_marked(symbol.params, parameters)) if symbol.kind == "function" else symbol
        for key, symbol in symbols.items()
    }


def _marked(params: dict[str, Param], deprecated: frozenset[str]) -> dict[str, Param]:
    return {name: replace(param, deprecated=name in deprecated) for name, param in params.items()}


def _typed_dicts(trees: Iterable[ast.Module]) -> _TypedDicts:
    """Every TypedDict class of the package, its bases' keys included (`total=`, `Required[]`, `NotRequired[]`)."""
    classes = {node.name: node for tree in trees for node in tree.body if isinstance(node, ast.ClassDef)}
    found: _TypedDicts = {}

    def keys(name: str, seen: frozenset[str]) -> _Keys | None:
        node = classes.get(name)
        if name in found or node is None or name in seen:  # a cycle of bases is no TypedDict
            return found.get(name)
        inherited = [keys(base, seen | {name}) for base in map(_last_name, node.bases) if base in classes]
        if "TypedDict" not in map(_last_name, node.bases) and not any(inherited):
            return None
        total = next((k.value for k in node.keywords if k.arg == "total"), None)
        required = not (isinstance(total, ast.Constant) and total.value is False)
        params = {key: param for base in inherited if base for key, param in base.params.items()}
        takes = frozenset().union(*(base.takes for base in inherited if base))
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                params[statement.target.id] = _key(statement.annotation, required)
                takes |= _names(statement.annotation)
        found[name] = _Keys(params, takes)
        return found[name]

    for name in classes:
        keys(name, frozenset())
    return found


def _key(annotation: ast.expr, total: bool) -> Param:
    """A TypedDict key as a keyword parameter: `Required[X]`/`NotRequired[X]` say whether, else `total` does."""
    if isinstance(annotation, ast.Subscript) and _last_name(annotation.value) in {"Required", "NotRequired"}:
        return Param(_types(annotation.slice), required=_last_name(annotation.value) == "Required")
    return Param(_types(annotation), required=total)


def _last_name(node: ast.expr) -> str:
    """`Name` of `Name` or `module.Name`."""
    return ast.unparse(node).rsplit(".", 1)[-1]


def _unpacked(annotation: ast.expr | None, typed_dicts: _TypedDicts) -> _Keys | None:
    """The keys of the TypedDict in `**options: Unpack[Options]`, when `Options` is one of the package's."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):  # a quoted annotation
        annotation = ast.parse(annotation.value, mode="eval").body
    if isinstance(annotation, ast.Subscript) and _last_name(annotation.value) == "Unpack":
        return typed_dicts.get(_last_name(annotation.slice))
    return None


def _inherit_defaults(api: Api) -> None:
    """Give a constructor's keys passed on to `super().__init__` the defaults of its base class's parameters
    (resolved first when the base passes its own on in turn)."""

    def resolve(key: str, seen: frozenset[str]) -> Symbol:
        symbol = api[key]
        if key in seen or not symbol.bases or not any(param.inherited for param in symbol.params.values()):
            return symbol
        module = key.rpartition(".")[0]
        # `super()` is the first base; of two classes of its name, the one in the same module.
        candidates = [k for k, s in api.items() if s.kind in {"class", "model"} and s.display == symbol.bases[0]]
        base_key = min(candidates, key=lambda k: k.rpartition(".")[0] != module) if candidates else None
        base = resolve(base_key, seen | {key}) if base_key is not None else Symbol("class", "")
        params = {
            name: replace(param, inherited=False, default=base.params[name].default if name in base.params else None)
            if param.inherited
            else param
            for name, param in symbol.params.items()
        }
        api[key] = replace(symbol, params=params)
        return api[key]

    for key in list(api):
        resolve(key, frozenset())


def _own_class_returns(api: Api, module: str, tree: ast.Module) -> None:
    """A method returning `Self`, or a TypeVar bound to its class (`T = TypeVar("T", bound="Usage")`), returns
    that class: the two spellings are one API."""
    bound = {
        statement.targets[0].id: ast.literal_eval(keyword.value)
        for statement in tree.body
        if isinstance(statement, ast.Assign)
        and isinstance(statement.targets[0], ast.Name)
        and isinstance(statement.value, ast.Call)
        and ast.unparse(statement.value.func).endswith("TypeVar")
        for keyword in statement.value.keywords
        if keyword.arg == "bound" and isinstance(keyword.value, ast.Constant)
    }
    prefix = f"{module}." if module else ""
    for key, symbol in api.items():
        owner = api.get(symbol.parent)
        if owner is None or not key.startswith(prefix):
            continue
        own = {"Self", *(name for name, target in bound.items() if target == owner.display)}
        if symbol.returns & own:
            api[key] = replace(symbol, returns=(symbol.returns - own) | {owner.display})


def _symbols(
    node: ast.stmt, module: str, typed_dicts: _TypedDicts, parent: str = "", parent_display: str = ""
) -> Iterator[tuple[str, Symbol]]:
    name = getattr(node, "name", "")
    if not name or name.startswith("_"):
        return
    key = ".".join(part for part in (parent or module, name) if part)
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        display = f"{parent_display}.{name}" if parent_display else key
        yield key, _function(node, display, parent, typed_dicts)
    elif isinstance(node, ast.ClassDef) and not parent:
        yield key, _class(node, typed_dicts)
        for child in node.body:
            yield from _symbols(child, module, typed_dicts, key, name)


def _function(
    node: ast.FunctionDef | ast.AsyncFunctionDef, display: str, parent: str, typed_dicts: _TypedDicts
) -> Symbol:
    arguments = node.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if parent and positional and positional[0].arg in {"self", "cls"}:
        positional = positional[1:]
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    pairs = [*zip(positional, defaults, strict=True), *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
    params = {arg.arg: Param(_types(arg.annotation), default is None, _default(default)) for arg, default in pairs}
    takes = _names(*(arg.annotation for arg, _ in pairs))
    if arguments.vararg is not None:
        params["*" + arguments.vararg.arg] = Param(_types(arguments.vararg.annotation), required=False)
    kwarg = arguments.kwarg
    unpacked = _unpacked(kwarg.annotation, typed_dicts) if kwarg is not None else None
    if kwarg is not None and unpacked is None:
        params["**" + kwarg.arg] = Param(_types(kwarg.annotation), required=False)
    elif kwarg is not None and unpacked is not None:
        inherited = parent != "" and _passes_on(node, kwarg.arg)
        keys = {name: replace(param, inherited=inherited) for name, param in unpacked.params.items()}
        params |= {name: param for name, param in keys.items() if name not in params}
        takes |= _names(kwarg.annotation) | unpacked.takes
    return Symbol(
        "function",
        display,
        parent=parent,
        params=params,
        returns=_types(node.returns),
        takes=takes,
        gives=_names(node.returns),
        deprecated=any(_last_name(getattr(d, "func", d)) == "deprecated" for d in node.decorator_list),
    )


def _passes_on(node: ast.FunctionDef | ast.AsyncFunctionDef, kwarg: str) -> bool:
    """Whether the method calls `super().<itself>(..., **kwarg)`: its unpacked keys are then the base's parameters."""
    return any(
        isinstance(call, ast.Call)
        and ast.unparse(call.func) == f"super().{node.name}"
        and any(keyword.arg is None and ast.unparse(keyword.value) == kwarg for keyword in call.keywords)
        for call in ast.walk(node)
    )


def _class(node: ast.ClassDef, typed_dicts: _TypedDicts) -> Symbol:
    bases = {_last_name(base) for base in node.bases}
    if node.name in typed_dicts:
        keys = typed_dicts[node.name]
        return Symbol("TypedDict", node.name, params=keys.params, takes=keys.takes)
    if bases & _ENUM_BASES:
        values = {
            _value(statement.value)
            for statement in node.body
            if isinstance(statement, ast.Assign) and not any(_private(target) for target in statement.targets)
        }
        return Symbol("enum", node.name, values=frozenset(values))
    if any("define" in ast.unparse(decorator) or "attr" in ast.unparse(decorator) for decorator in node.decorator_list):
        annotations = [statement.annotation for statement in node.body if isinstance(statement, ast.AnnAssign)]
        fields = _marked(dict(_attrs_fields(node)), _listed(node.body, "_DEPRECATED_FIELDS"))
        return Symbol("model", node.name, params=fields, takes=_names(*annotations))
    init = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
    if init is None:
        return Symbol("class", node.name)
    constructor = _function(init, node.name, node.name, typed_dicts)
    names = tuple(map(_last_name, node.bases))
    return Symbol("class", node.name, params=constructor.params, takes=constructor.takes, bases=names)


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
            default = keywords.get("default")
        else:
            required, default = value is None, value
        alias = keywords.get("alias")
        public = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else name.lstrip("_")
        yield public, Param(_types(statement.annotation), required, _default(default))


def _default(node: ast.expr | None) -> str | None:
    """A default as the changelog shows it (`60.0`); None for none, or `UNSET` (which only marks optional)."""
    if node is None or ast.unparse(node) == "UNSET":
        return None
    return f"`{ast.unparse(node)}`"


def _names(*annotations: ast.expr | None) -> frozenset[str]:
    """Every name an annotation mentions (`Response[HTTPError | Usage]` -> Response, HTTPError, Usage)."""
    found: set[str] = set()
    for annotation in annotations:
        if annotation is None:
            continue
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):  # a quoted annotation
            found |= _names(ast.parse(annotation.value, mode="eval").body)
            continue
        for node in ast.walk(annotation):
            if isinstance(node, ast.Name):
                found.add(node.id)
            elif isinstance(node, ast.Attribute):
                found.add(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= _names(ast.parse(node.value, mode="eval").body)
    return frozenset(found)


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


def directions(api: Api) -> dict[str, Direction]:
    """The direction of every class of `api` (see the module's docstring), by key."""
    classes: dict[str, list[str]] = {}  # class name -> keys of the classes of that name
    for key, symbol in api.items():
        if symbol.kind != "function":
            classes.setdefault(symbol.display, []).append(key)
    found = {key: Direction(0) for keys in classes.values() for key in keys}

    def reach(names: frozenset[str], direction: Direction) -> None:
        pending = [key for name in names for key in classes.get(name, [])]
        while pending:
            key = pending.pop()
            if direction in found[key]:
                continue
            found[key] |= direction
            pending.extend(key for name in api[key].takes for key in classes.get(name, []))

    for symbol in api.values():
        if symbol.kind == "function" and not symbol.parent:
            reach(symbol.takes, Direction.INPUT)
            reach(symbol.gives, Direction.OUTPUT)
    return {key: direction or Direction.BOTH for key, direction in found.items()}


def diff_api(old: Api, new: Api) -> list[Change]:
    """Every change from `old` to `new`, in words, breaking ones first."""
    changes: list[Change] = []
    for key in sorted(old.keys() - new.keys()):
        if old[key].parent not in old.keys() - new.keys():  # a removed class's methods go with it
            changes.append(Change(Level.BREAKING, f"removed {old[key].kind} `{old[key].display}`"))
    for key in sorted(new.keys() - old.keys()):
        if new[key].parent not in new.keys() - old.keys():
            changes.append(Change(Level.FEATURE, f"added {new[key].kind} `{new[key].display}`"))
    # A class keeps the strictest direction it had before or has now: a change must be safe for both.
    was, now = directions(old), directions(new)
    for key in sorted(old.keys() & new.keys()):
        direction = Direction.INPUT if new[key].kind == "function" else was[key] | now[key]
        changes.extend(_symbol_changes(old[key], new[key], direction))
    # The functions of one operation (sync, asyncio...) deprecate together: one line says it.
    return sorted(dict.fromkeys(changes), key=lambda change: -change.level)


def _owner(symbol: Symbol) -> str:
    """How a deprecation names a symbol: a function by its operation (`api.records.list_records.sync`:
    `list_records`), anything else by its display name."""
    if symbol.kind == "function" and symbol.display.startswith("api.") and not symbol.parent:
        return symbol.display.rpartition(".")[0].rpartition(".")[2]
    return symbol.display


def _deprecations(old: Symbol, new: Symbol) -> Iterator[Change]:
    """Something newly deprecated is a feature: its users hear of it before it goes."""
    owner = _owner(new)
    if new.deprecated and not old.deprecated:
        kind = "operation" if owner != new.display else new.kind
        yield Change(Level.FEATURE, f"Deprecated: {kind} `{owner}`")
    noun = _NOUNS.get(new.kind, "field")
    for name in sorted(old.params.keys() & new.params.keys()):
        if new.params[name].deprecated and not old.params[name].deprecated:
            yield Change(Level.FEATURE, f"Deprecated: {noun} `{name}` of `{owner}`")


def _symbol_changes(old: Symbol, new: Symbol, direction: Direction) -> Iterator[Change]:
    where = f"`{new.display}`"
    if old.kind != new.kind:
        yield Change(Level.BREAKING, f"{where} changed from {old.kind} to {new.kind}")
        return
    yield from _deprecations(old, new)
    for value in sorted(old.values - new.values):
        yield Change(Level.BREAKING, f"removed value {value} from enum {where}")
    for value in sorted(new.values - old.values):  # enums parse unknown values: a reader already handles new ones
        yield Change(Level.FEATURE, f"added value {value} to enum {where}")
    noun = _NOUNS.get(new.kind, "field")
    preposition = "from" if new.kind == "function" else "of"
    read = Direction.OUTPUT in direction
    built = Direction.INPUT in direction
    for name in sorted(old.params.keys() - new.params.keys()):
        was = "deprecated " if old.params[name].deprecated else ""
        yield Change(Level.BREAKING, f"removed {was}{noun} `{name}` from {where}")
    for name in sorted(new.params.keys() - old.params.keys()):
        if new.params[name].required:
            yield Change(Level.BREAKING if built else Level.FEATURE, f"added required {noun} `{name}` to {where}")
        else:
            yield Change(Level.FEATURE, f"added optional {noun} `{name}` to {where}")
    for name in sorted(old.params.keys() & new.params.keys()):
        before, after = old.params[name], new.params[name]
        subject = f"{noun} `{name}` {preposition} {where}"
        if after.required and not before.required:  # a caller must now pass it; a reader always gets it
            yield Change(Level.BREAKING if built else Level.FEATURE, f"{subject} became required")
        elif before.required and not after.required:  # a caller may leave it out; a reader may not get it
            yield Change(Level.BREAKING if read else Level.FEATURE, f"{subject} became optional")
        if before.types != after.types:
            yield _type_change(f"type of {subject}", before.types, after.types, direction)
        if before.default != after.default and not (before.required or after.required):
            text = f"changed default of {subject} from {before.default or 'unset'} to {after.default or 'unset'}"
            yield Change(Level.FEATURE, text)
    if old.returns != new.returns:
        yield _type_change(f"return type of {where}", old.returns, new.returns, Direction.OUTPUT)


def _type_change(subject: str, before: frozenset[str], after: frozenset[str], direction: Direction) -> Change:
    """Widening is safe for what a caller builds, narrowing for what it reads; anything else breaks one of them."""
    change = f"{subject} from {_show(before)} to {_show(after)}"
    if after > before:
        return Change(Level.FEATURE if direction is Direction.INPUT else Level.BREAKING, f"widened {change}")
    if after < before:
        return Change(Level.FEATURE if direction is Direction.OUTPUT else Level.BREAKING, f"narrowed {change}")
    return Change(Level.BREAKING, f"changed {change}")


def _show(types: frozenset[str]) -> str:
    return f"`{' | '.join(sorted(types))}`" if types else "nothing"
