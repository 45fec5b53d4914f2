"""The API diff judges each change from the side of the code that uses it (scripts/codegen/api_diff.py).

Each test writes two versions of a small package shaped like a generated one: `api.py` holds the
operations (what they take is an input, what they return an output), `models.py` the models.
"""

import datetime
from pathlib import Path

import pytest

from scripts.codegen.api_diff import Api, Change, Direction, Level, Param, Symbol, diff_api, directions, read_api
from scripts.codegen.errors import CodegenError
from scripts.codegen.versioning import CHANGELOG_DATE_ENV, entry_lines, release_date

pytestmark = pytest.mark.unit

HEADER = "from enum import StrEnum\nfrom attrs import define, field\n"
# One operation reading `Report` and one sending `Order`: Report is an output, Order an input.
OPERATIONS = (
    "def get_report(*, client: Client) -> Report: ...\n"
    "def get_report_detailed(*, client: Client) -> Response[Report | HTTPError]: ...\n"
    "def create_order(*, client: Client, body: Order, dry_run: bool | Unset = UNSET) -> None: ...\n"
)


def diff(tmp_path: Path, old: str, new: str, operations: tuple[str, str] = (OPERATIONS, OPERATIONS)) -> set[Change]:
    apis = []
    for name, models, api in (("old", old, operations[0]), ("new", new, operations[1])):
        package = tmp_path / name / "pkg"
        package.mkdir(parents=True)
        (package / "models.py").write_text(HEADER + models)
        (package / "api.py").write_text(api)
        (package / "_private.py").write_text("def hidden() -> None: ...\n")
        apis.append(read_api(package))
    return set(diff_api(*apis))


def model(name: str, *fields: str) -> str:
    return f"@define\nclass {name}:\n" + "".join(f"    {line}\n" for line in fields or ("pass",))


BASE = model("Report", "total: int", "note: str | Unset = UNSET") + model(
    "Order", "size: int", "tag: str | Unset = UNSET"
)


def test_directions_follow_annotations_from_the_operations(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "api.py").write_text(OPERATIONS)
    (package / "models.py").write_text(
        HEADER
        + model("Report", "lines: list[Line]", "kind: Kind")
        + model("Line", "amount: int")
        + model("Order", "lines: list[Line]")
        + model("HTTPError", "detail: str")
        + model("Orphan", "x: int")
        + "class Kind(StrEnum):\n    A = 'a'\n"
    )

    found = {key.removeprefix("models."): direction for key, direction in directions(read_api(package)).items()}

    assert found == {
        "Report": Direction.OUTPUT,
        "HTTPError": Direction.OUTPUT,  # an error body, reached through Response[...]
        "Kind": Direction.OUTPUT,
        "Order": Direction.INPUT,
        "Line": Direction.BOTH,  # read in a Report, sent in an Order
        "Orphan": Direction.BOTH,  # reached from no operation: judged both ways
    }


def test_a_response_only_model_may_narrow_and_gain_fields_but_not_widen(tmp_path: Path) -> None:
    old = BASE.replace("total: int", "total: int | str\n    count: int")
    new = BASE.replace("total: int", "total: int\n    count: int | None\n    pages: int").replace(
        "note: str | Unset = UNSET", "note: str"
    )

    assert diff(tmp_path, old, new) == {
        Change(Level.FEATURE, "narrowed type of field `total` of `Report` from `int | str` to `int`"),
        Change(Level.FEATURE, "added required field `pages` to `Report`"),
        Change(Level.FEATURE, "field `note` of `Report` became required"),
        Change(Level.BREAKING, "widened type of field `count` of `Report` from `int` to `None | int`"),
    }


def test_a_response_field_that_may_now_be_missing_is_breaking(tmp_path: Path) -> None:
    new = BASE.replace("total: int", "total: int | Unset = UNSET")

    assert diff(tmp_path, BASE, new) == {Change(Level.BREAKING, "field `total` of `Report` became optional")}


def test_a_request_only_model_may_widen_and_relax_but_not_narrow_or_require(tmp_path: Path) -> None:
    old = BASE.replace("size: int", "size: int\n    weight: int | str")
    new = BASE.replace("size: int", "size: int | str | Unset = UNSET\n    weight: int\n    color: str")

    assert diff(tmp_path, old, new) == {
        Change(Level.FEATURE, "widened type of field `size` of `Order` from `int` to `int | str`"),
        Change(Level.FEATURE, "field `size` of `Order` became optional"),
        Change(Level.BREAKING, "narrowed type of field `weight` of `Order` from `int | str` to `int`"),
        Change(Level.BREAKING, "added required field `color` to `Order`"),
    }


def test_a_model_used_both_ways_may_neither_widen_nor_narrow(tmp_path: Path) -> None:
    both = (
        "def get(*, client: Client) -> Item: ...\ndef put(*, client: Client, body: Item) -> None: ...\n",
        "def get(*, client: Client) -> Item: ...\ndef put(*, client: Client, body: Item) -> None: ...\n",
    )
    old = model("Item", "a: int", "b: int | str")
    new = model("Item", "a: int | str", "b: int")

    assert diff(tmp_path, old, new, both) == {
        Change(Level.BREAKING, "widened type of field `a` of `Item` from `int` to `int | str`"),
        Change(Level.BREAKING, "narrowed type of field `b` of `Item` from `int | str` to `int`"),
    }


def test_parameters_are_inputs_and_return_types_outputs(tmp_path: Path) -> None:
    old_operations = OPERATIONS + "def find(*, client: Client) -> Report | None: ...\n"
    new_operations = (
        "def get_report(*, client: Client, page: int | Unset = UNSET) -> Report | None: ...\n"
        "def get_report_detailed(*, client: Client) -> Response[Report | HTTPError]: ...\n"
        "def create_order(*, client: Client, body: Order, dry_run: bool | str | Unset = UNSET, key: str) -> None: ...\n"
        "def find(*, client: Client) -> Report: ...\n"
    )

    assert diff(tmp_path, BASE, BASE, (old_operations, new_operations)) == {
        Change(Level.FEATURE, "added optional parameter `page` to `api.get_report`"),
        Change(Level.BREAKING, "widened return type of `api.get_report` from `Report` to `None | Report`"),
        Change(Level.FEATURE, "narrowed return type of `api.find` from `None | Report` to `Report`"),
        Change(
            Level.FEATURE, "widened type of parameter `dry_run` from `api.create_order` from `bool` to `bool | str`"
        ),
        Change(Level.BREAKING, "added required parameter `key` to `api.create_order`"),
    }


def test_a_changed_default_is_a_feature_and_said(tmp_path: Path) -> None:
    old = BASE.replace("tag: str | Unset = UNSET", 'tag: str = "a"') + model("Settings", "timeout: float = 60.0")
    new = BASE.replace("tag: str | Unset = UNSET", 'tag: str = "b"') + model("Settings", "timeout: float = 30.0")

    assert diff(tmp_path, old, new) == {
        Change(Level.FEATURE, "changed default of field `tag` of `Order` from `'a'` to `'b'`"),
        Change(Level.FEATURE, "changed default of field `timeout` of `Settings` from `60.0` to `30.0`"),
    }


@pytest.mark.parametrize(
    ("uses", "direction"),
    [
        pytest.param("def get(*, client: Client) -> Kind: ...\n", "output", id="output"),
        pytest.param("def put(*, client: Client, kind: Kind) -> None: ...\n", "input", id="input"),
    ],
)
def test_enum_values_added_are_features_and_removed_are_breaking_either_way(
    tmp_path: Path, uses: str, direction: str
) -> None:
    """An added value is safe for readers too: enums parse unknown values (`is_known` is False)."""
    old = "class Kind(StrEnum):\n    A = 'a'\n    B = 'b'\n"
    new = "class Kind(StrEnum):\n    A = 'a'\n    C = 'c'\n"

    changes = diff(tmp_path, old, new, (uses, uses))

    assert changes == {
        Change(Level.FEATURE, "added value `c` to enum `Kind`"),
        Change(Level.BREAKING, "removed value `b` from enum `Kind`"),
    }, direction


def test_removed_and_added_symbols(tmp_path: Path) -> None:
    old = BASE + model("Gone", "x: int", "def to_dict(self) -> dict[str, int]: ...")
    new = BASE + model("Fresh", "x: int")

    assert diff(tmp_path, old, new) == {
        Change(Level.BREAKING, "removed model `Gone`"),  # its methods go with it, unlisted
        Change(Level.FEATURE, "added model `Fresh`"),
    }
    assert diff(tmp_path / "same", BASE, BASE) == set()


def test_changelog_wording_of_each_level() -> None:
    changes = [
        Change(Level.BREAKING, "widened type of field `count` of `Report` from `int` to `None | int`"),
        Change(Level.FEATURE, "narrowed type of field `total` of `Report` from `int | str` to `int`"),
        Change(Level.FEATURE, "changed default of field `timeout` of `Settings` from `60.0` to `30.0`"),
    ]

    assert entry_lines(changes, ()) == [
        "BREAKING: widened type of field `count` of `Report` from `int` to `None | int`.",
        "Narrowed type of field `total` of `Report` from `int | str` to `int`.",
        "Changed default of field `timeout` of `Settings` from `60.0` to `30.0`.",
    ]
    assert entry_lines([], ("specs/a.yaml", "scripts/templates/x.jinja")) == [
        "No change to the public API (documentation or internals only); regenerated after "
        "`specs/a.yaml`, `scripts/templates/x.jinja` changed."
    ]


def test_a_method_returning_self_or_a_typevar_bound_to_its_class_is_one_api(tmp_path: Path) -> None:
    old = 'from typing import TypeVar\nT = TypeVar("T", bound="Report")\n' + BASE.replace(
        "note: str | Unset = UNSET",
        "note: str | Unset = UNSET\n    @classmethod\n    def from_dict(cls: type[T], d: dict) -> T: ...",
    )
    new = "from typing import Self\n" + BASE.replace(
        "note: str | Unset = UNSET",
        "note: str | Unset = UNSET\n    @classmethod\n    def from_dict(cls, d: dict) -> Self: ...",
    )

    assert diff(tmp_path, old, new) == set()


def read(root: Path, **modules: str) -> Api:
    package = root / "pkg"
    package.mkdir(parents=True)
    for name, source in modules.items():
        (package / f"{name}.py").write_text(source)
    return read_api(package)


CLIENT_OPERATION = "def get(*, client: AuthenticatedClient) -> None: ...\n"
BASE_CLIENT = (
    "from typing import TypedDict, Unpack\nDEFAULT_TIMEOUT = 60.0\n"
    "class Client:\n"
    "    def __init__(self, base_url: str | None = None, *, timeout: float | None = DEFAULT_TIMEOUT,"
    " retries: int = 2) -> None: ...\n"
)
SPELLED_OUT = BASE_CLIENT + (
    "class AuthenticatedClient(Client):\n"
    "    def __init__(self, token: str | None = None, base_url: str | None = None, *,"
    " timeout: float | None = DEFAULT_TIMEOUT, retries: int = 2) -> None:\n"
    "        super().__init__(base_url, timeout=timeout, retries=retries)\n"
)
UNPACKED = BASE_CLIENT + (
    "class ClientOptions(TypedDict, total=False):\n"
    "    timeout: float | None\n"
    "    retries: int\n"
    "class AuthenticatedClient(Client):\n"
    "    def __init__(self, token: str | None = None, base_url: str | None = None,"
    " **options: Unpack[ClientOptions]) -> None:\n"
    "        super().__init__(base_url, **options)\n"
)


def test_keywords_spelled_out_or_unpacked_from_a_typed_dict_are_one_api(tmp_path: Path) -> None:
    """`**options: Unpack[ClientOptions]` stands for its keys, with the defaults of the base it passes them to."""
    old = read(tmp_path / "old", client=SPELLED_OUT, api=CLIENT_OPERATION)
    new = read(tmp_path / "new", client=UNPACKED, api=CLIENT_OPERATION)

    assert new["client.AuthenticatedClient"].params == old["client.AuthenticatedClient"].params
    assert set(diff_api(old, new)) == {Change(Level.FEATURE, "added TypedDict `ClientOptions`")}


def test_a_key_added_to_an_unpacked_typed_dict_is_an_added_optional_parameter(tmp_path: Path) -> None:
    added = UNPACKED.replace("    retries: int\n", "    retries: int\n    verify: bool | str\n")
    old = read(tmp_path / "old", client=UNPACKED, api=CLIENT_OPERATION)
    new = read(tmp_path / "new", client=added, api=CLIENT_OPERATION)

    assert set(diff_api(old, new)) == {
        Change(Level.FEATURE, "added optional field `verify` to `AuthenticatedClient`"),
        Change(Level.FEATURE, "added optional key `verify` to `ClientOptions`"),
    }
    assert new["client.AuthenticatedClient"].params["verify"] == Param(frozenset({"bool", "str"}), required=False)


def test_a_typed_dict_is_described_by_its_keys(tmp_path: Path) -> None:
    """`total=`, `Required[]`, `NotRequired[]` and a TypedDict base decide each key; an input's keys may only widen."""
    source = (
        "from typing import NotRequired, Required, TypedDict, Unpack\n"
        "class Base(TypedDict):\n    region: str\n"
        "class CallOptions(Base, total=False):\n    timeout: float\n    tag: Required[str]\n"
        "class Strict(TypedDict):\n    level: NotRequired[int]\n"
        "def get(**options: Unpack[CallOptions]) -> None: ...\n"
    )
    old = read(tmp_path / "old", api=source)
    new = read(
        tmp_path / "new",
        api=source.replace("timeout: float", "timeout: float | None").replace("region: str", "region: int"),
    )

    assert old["api.CallOptions"] == Symbol(
        "TypedDict",
        "CallOptions",
        params={
            "region": Param(frozenset({"str"}), required=True),
            "timeout": Param(frozenset({"float"}), required=False),
            "tag": Param(frozenset({"str"}), required=True),
        },
        takes=frozenset({"str", "float", "Required"}),
    )
    assert old["api.Strict"].params == {"level": Param(frozenset({"int"}), required=False)}
    assert old["api.get"].params == old["api.CallOptions"].params  # a plain function's keys have no default
    assert set(diff_api(old, new)) == {
        Change(Level.FEATURE, "widened type of key `timeout` of `CallOptions` from `float` to `None | float`"),
        Change(Level.FEATURE, "widened type of parameter `timeout` from `api.get` from `float` to `None | float`"),
        Change(Level.BREAKING, "changed type of key `region` of `Base` from `str` to `int`"),
        Change(Level.BREAKING, "changed type of key `region` of `CallOptions` from `str` to `int`"),
        Change(Level.BREAKING, "changed type of parameter `region` from `api.get` from `str` to `int`"),
    }


def test_unpacking_what_is_no_typed_dict_of_the_package_stays_one_parameter(tmp_path: Path) -> None:
    api = read(tmp_path, api="from elsewhere import Options\ndef get(**options: Unpack[Options]) -> None: ...\n")

    assert api["api.get"].params == {"**options": Param(frozenset({"Unpack[Options]"}), required=False)}


def test_defaults_pass_down_a_chain_of_constructors_that_unpack_their_options(tmp_path: Path) -> None:
    """A subclass declared before its base, both passing `**options` on: the defaults still come from the root."""
    retrying = (
        "class RetryingClient(AuthenticatedClient):\n"
        "    def __init__(self, **options: Unpack[ClientOptions]) -> None:\n"
        "        super().__init__(**options)\n"
    )
    head, authenticated = UNPACKED.split("class AuthenticatedClient")
    api = read(tmp_path, client=head + retrying + "class AuthenticatedClient" + authenticated, api=CLIENT_OPERATION)

    assert api["client.RetryingClient"].params == {
        "timeout": Param(frozenset({"float", "None"}), required=False, default="`DEFAULT_TIMEOUT`"),
        "retries": Param(frozenset({"int"}), required=False, default="`2`"),
    }


def read_operation_module(tmp_path: Path, name: str, source: str) -> Api:
    """A package with one operation module, `api/records/list_records.py`, as the templates write it."""
    module = tmp_path / name / "pkg" / "api" / "records"
    module.mkdir(parents=True)
    (module / "list_records.py").write_text(source)
    return read_api(tmp_path / name / "pkg")


LIST_RECORDS = (
    "def sync(*, client: Client, region: str | Unset = UNSET) -> Page: ...\n"
    "async def asyncio(*, client: Client, region: str | Unset = UNSET) -> Page: ...\n"
)


def test_a_newly_deprecated_operation_or_parameter_is_a_feature_said_once_in_words(tmp_path: Path) -> None:
    old = read_operation_module(tmp_path, "old", LIST_RECORDS)
    parameter = read_operation_module(
        tmp_path, "parameter", '_DEPRECATED_PARAMETERS = {"region": "..."}\n' + LIST_RECORDS
    )
    operation = read_operation_module(
        tmp_path,
        "operation",
        LIST_RECORDS.replace("def sync", '@deprecated("gone soon")\ndef sync').replace(
            "async def", '@deprecated("gone soon")\nasync def'
        ),
    )
    assert diff_api(old, parameter) == [Change(Level.FEATURE, "Deprecated: parameter `region` of `list_records`")]
    assert diff_api(old, operation) == [Change(Level.FEATURE, "Deprecated: operation `list_records`")]
    assert entry_lines(diff_api(old, parameter), ()) == ["Deprecated: parameter `region` of `list_records`."]
    assert diff_api(parameter, parameter) == [], "a deprecation already made is no change"


def test_a_newly_deprecated_field_is_a_feature(tmp_path: Path) -> None:
    deprecated = model(
        "Report",
        "total: int",
        "note: str | Unset = UNSET",
        '_DEPRECATED_FIELDS: ClassVar[frozenset[str]] = frozenset({"note"})',
    )
    changes = diff(tmp_path, BASE, deprecated + model("Order", "size: int", "tag: str | Unset = UNSET"))
    assert changes == {Change(Level.FEATURE, "Deprecated: field `note` of `Report`")}


def test_removing_a_deprecated_parameter_stays_breaking(tmp_path: Path) -> None:
    old = read_operation_module(tmp_path, "old", '_DEPRECATED_PARAMETERS = {"region": "..."}\n' + LIST_RECORDS)
    new = read_operation_module(tmp_path, "new", LIST_RECORDS.replace(", region: str | Unset = UNSET", ""))
    changes = diff_api(old, new)
    assert {change.level for change in changes} == {Level.BREAKING}
    assert (
        Change(Level.BREAKING, "removed deprecated parameter `region` from `api.records.list_records.sync`") in changes
    )


def test_a_changelog_entry_is_dated_the_day_it_is_written_not_the_last_commits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the builds' (2026-01-01): not the changelog's
    monkeypatch.delenv(CHANGELOG_DATE_ENV, raising=False)
    assert release_date() == datetime.datetime.now(datetime.UTC).date().isoformat()
    monkeypatch.setenv(CHANGELOG_DATE_ENV, "2026-03-04")
    assert release_date() == "2026-03-04"
    monkeypatch.setenv(CHANGELOG_DATE_ENV, "yesterday")
    with pytest.raises(CodegenError, match="CHANGELOG_DATE must be a date"):
        release_date()
