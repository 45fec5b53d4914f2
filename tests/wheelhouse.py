"""Wheels rebuilt from distributions installed in this environment, so that a test can install the clients'
dependencies into a fresh venv, or serve them from a local index, with no network beyond 127.0.0.1.

    wheelhouse(["httpx", "attrs"], out_dir)  # those and their dependencies, as .whl files
"""

import base64
import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

# Written by the installer, not part of the wheel; RECORD is written anew.
INSTALLER_FILES = {"INSTALLER", "REQUESTED", "RECORD", "direct_url.json", "uv_cache.json", "uv_build.json"}


class WheelhouseError(RuntimeError):
    """An installed distribution cannot be turned back into a wheel."""


def dependency_closure(roots: Iterable[str], python_versions: Iterable[str]) -> list[Distribution]:
    """The installed distributions `roots` need, with everything they need on any of `python_versions`."""
    versions = list(python_versions)
    found: dict[str, Distribution] = {}
    pending = list(roots)
    while pending:
        name = re.sub(r"[-_.]+", "-", pending.pop()).lower()
        if name in found:
            continue
        try:
            found[name] = distribution(name)
        except PackageNotFoundError:
            raise WheelhouseError(f"{name} is not installed here: run `make setup`") from None
        for line in found[name].requires or []:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(
                marker.evaluate({"extra": "", "python_version": version, "python_full_version": f"{version}.0"})
                for version in versions
            ):
                pending.append(requirement.name)
    return sorted(found.values(), key=lambda found_distribution: found_distribution.metadata["Name"].lower())


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def wheel_from_installed(installed: Distribution, out_dir: Path) -> Path:
    """The pure-Python wheel `installed` came from, rebuilt from its RECORD (scripts and bytecode left out)."""
    name = re.sub(r"[-_.]+", "_", installed.metadata["Name"]).lower()
    tags = [
        line.split(":", 1)[1].strip()
        for line in (installed.read_text("WHEEL") or "").splitlines()
        if line.startswith("Tag:")
    ]
    if not tags or not all(tag.endswith("-none-any") for tag in tags):
        raise WheelhouseError(f"{installed.metadata['Name']} is not a pure-Python wheel ({tags})")
    tag = ".".join(sorted({tag.split("-")[0] for tag in tags})) + "-none-any"
    members: dict[str, bytes] = {}
    for file in installed.files or []:
        parts = file.parts
        if parts[0] == ".." or "__pycache__" in parts or file.suffix == ".pyc":
            continue
        if parts[0].endswith(".dist-info") and parts[-1] in INSTALLER_FILES:
            continue
        members[file.as_posix()] = Path(str(installed.locate_file(file))).read_bytes()
    [dist_info] = {path.split("/", 1)[0] for path in members if path.split("/", 1)[0].endswith(".dist-info")}
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for path, data in sorted(members.items()):
        writer.writerow([path, _record_hash(data), len(data)])
    writer.writerow([f"{dist_info}/RECORD", "", ""])
    members[f"{dist_info}/RECORD"] = record.getvalue().encode()
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"{name}-{installed.version}-{tag}.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in sorted(members.items()):
            archive.writestr(path, data)
    return wheel


def wheelhouse(roots: Iterable[str], out_dir: Path, python_versions: Iterable[str]) -> list[Path]:
    return [wheel_from_installed(found, out_dir) for found in dependency_closure(roots, python_versions)]
