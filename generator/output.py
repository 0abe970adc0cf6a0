"""Where a generated project goes: which `--out` folders may be written, and the swap that writes them.

A generated project is rendered into a staging folder beside the destination and swapped in with one
rename once every stage succeeded, so a failed run leaves the destination as it was. That swap replaces
a folder, which is right for an earlier output of this generator and wrong for anything else, so:

- a destination that does not exist, or is an empty folder (or holds nothing but the input spec), is
  simply created;
- an earlier output of this generator (recognised by its `generation-report.json`) is replaced, except
  that every top-level entry the generator does not write (the user's `NOTES.txt`, `.git/`, `dist/`, an
  input spec kept beside the SDK, ...) is carried over into the new tree untouched;
- any other non-empty folder is refused, unless `force=True`: then the generated files are written into
  it, replacing same-named entries, and every other entry is kept (the same carry-over);
- a destination that is a file (or a symlink) is always refused;
- the input spec (and config) are never deleted: if one lies inside a part of the destination the
  generator would replace, the run is refused before anything is written.

Hand-written (a few dozen lines of `pathlib`/`os.rename`): no kept library offers "replace my own
output, keep everything else" semantics.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.errors import GenerateError
from generator.report import REPORT_NAME

# Top-level entries a generated project consists of, besides its package folder.
GENERATED_TOP_LEVEL = frozenset({REPORT_NAME, "README.md", "reference.md", "models.md", "pyproject.toml"})


def earlier_output_package(folder: Path) -> str | None:
    """The package name recorded by an earlier run of this generator in `folder`, None if it is not one."""
    try:
        report = json.loads((folder / REPORT_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(report, dict) or not {"counts", "operations", "package"} <= set(report):
        return None
    package = report["package"]
    return package if isinstance(package, str) and package.isidentifier() else None


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def owned_entries(destination: Path, package: str) -> set[str]:
    """Top-level names under `destination` a run for `package` replaces; everything else is carried over."""
    names = set(GENERATED_TOP_LEVEL) | {package}
    earlier = earlier_output_package(destination)
    if earlier is not None:
        names.add(earlier)
    return names


def check_destination(destination: Path, package: str, *, force: bool, inputs: Iterable[Path] = ()) -> None:
    """Refuse a destination this run must not write (raises GenerateError with one clear line)."""
    shown = str(destination)
    if destination.is_symlink() or (destination.exists() and not destination.is_dir()):
        raise GenerateError(f"--out {shown} is a file, not a folder; give a folder for the generated project")
    resolved = destination.resolve()
    for parent in (resolved, *resolved.parents):
        if parent.exists() and not parent.is_dir():
            raise GenerateError(f"--out {shown}: {parent} is a file, so the folder cannot be created")
    owned = owned_entries(destination, package) if destination.is_dir() else set()
    input_names: set[str] = set()
    for item in inputs:
        path = item.resolve()
        if path.parent == resolved:
            input_names.add(path.name)
        if _is_within(path, resolved):
            top = path.relative_to(resolved).parts[0]
            if top in owned:
                raise GenerateError(
                    f"--out {shown}: the input file {item} lies in {top!r}, which the generated project replaces; "
                    "move it or choose another --out"
                )
    if not destination.is_dir():
        return
    entries = sorted(p.name for p in destination.iterdir() if p.name not in input_names)
    if not entries or earlier_output_package(destination) is not None or force:
        return
    listed = ", ".join(entries[:3]) + (f" and {len(entries) - 3} more" if len(entries) > 3 else "")
    raise GenerateError(
        f"--out {shown} is a non-empty folder that is not an earlier output of this generator "
        f"(it holds {listed}); choose an empty or new folder, or pass --force to write into it "
        "(same-named files are replaced, all others are kept)"
    )


@contextlib.contextmanager
def staging_beside(destination: Path) -> Iterator[Path]:
    """A temporary folder on the destination's file system (so the swap is a rename), removed afterwards."""
    parent = destination.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=parent))
    except OSError as exc:
        raise GenerateError(f"cannot create the output folder {parent}: {exc.strerror or exc}") from None
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def swap_in(new: Path, destination: Path, package: str) -> list[str]:
    """Replace `destination` by `new` in one rename, first moving over every entry we do not own.

    Returns the names carried over. On failure the destination is put back as it was.
    """
    if not destination.exists():
        new.rename(destination)
        return []
    owned = owned_entries(destination, package) | {p.name for p in new.iterdir()}
    backup = destination.with_name(f".{destination.name}.previous")
    shutil.rmtree(backup, ignore_errors=True)
    destination.rename(backup)
    carried: list[str] = []
    try:
        for entry in sorted(backup.iterdir()):
            if entry.name not in owned:
                os.rename(entry, new / entry.name)
                carried.append(entry.name)
        new.rename(destination)
    except OSError:
        for name in carried:
            if (new / name).exists() or (new / name).is_symlink():
                os.rename(new / name, backup / name)
        backup.rename(destination)
        raise
    shutil.rmtree(backup, ignore_errors=True)
    return carried
