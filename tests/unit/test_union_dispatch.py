"""Discriminated unions are read by their discriminator value (generator/plan/decoding.py `dispatched`).

The variant the value names is tried first; the result must be the one trying every variant in order
gives, which is what the generated code did before (and still does when the named variant fails).
Checked on generated/frameio's asset union, whose last variant (`FileWithIncludes`) still lists every
asset type: it must only be tried first for "file".
"""

from __future__ import annotations

import json
import subprocess
import sys

from generator.cli import GENERATED_DIR

FRAMEIO = GENERATED_DIR / "frameio"

_CHECK = """
import json, sys
from frameio._core import _decode as decode
from frameio.models.assets_with_includes_response import AssetsWithIncludesResponse
from frameio.models.asset_with_includes_unknown import AssetWithIncludesUnknown
from frameio.models.file_with_includes import FileWithIncludes
from frameio.models.folder_with_includes import FolderWithIncludes
from frameio.models.version_stack_with_includes import VersionStackWithIncludes

items = json.loads(sys.argv[1])
ORDER = [FolderWithIncludes, VersionStackWithIncludes, FileWithIncludes, AssetWithIncludesUnknown]

def in_order(item):
    for cls in ORDER:
        try:
            with decode.strictly():
                return cls.from_dict(item)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass
    return decode.mismatch("one of the variants", item)

def outcome(read):
    try:
        value = read()
    except decode.Mismatch as exc:
        return ["Mismatch", exc.expected]
    return [type(value).__name__, value.to_dict() if hasattr(value, "to_dict") else value]

for strict in (False, True):
    with decode.decoding(strict=strict):
        got = [outcome(lambda: AssetsWithIncludesResponse.from_dict({"data": [item], "links": {"next": None}}).data[0]) for item in items]
        want = [outcome(lambda: in_order(item)) for item in items]
    print(json.dumps([[g[0], g == w or g[0] == w[0] == "Mismatch"] for g, w in zip(got, want)]))
"""

_BASE = {
    "id": "8f1c2a4e-0d3b-4a7e-9c55-2b8f1e7d3a10",
    "name": "a",
    "project_id": "8f1c2a4e-0d3b-4a7e-9c55-2b8f1e7d3a11",
    "parent_id": None,
    "view_url": "https://example.com/v",
    "created_at": "2024-05-01T12:00:00Z",
    "updated_at": "2024-05-01T12:00:00Z",
}
_FILE = {**_BASE, "type": "file", "status": "uploaded", "media_type": "video/mp4", "file_size": 1}


def test_dispatch_gives_what_trying_the_variants_in_order_gives() -> None:
    items = [
        {**_BASE, "type": "folder", "cover_file_id": None},
        {**_BASE, "type": "version_stack", "head_version": _FILE},
        _FILE,
        {**_BASE, "type": "collection"},  # a type added after generation: the fallback keeps it
        {**_BASE, "type": "folder", "cover_file_id": 5},  # the named variant fails: every variant in order
        {**_FILE, "type": "folder"},  # named folder, shaped like a file
        {**_BASE, "name": "no type at all"},
        {**_BASE, "type": 3},
    ]
    done = subprocess.run(
        [sys.executable, "-c", _CHECK, json.dumps(items)], cwd=FRAMEIO, capture_output=True, text=True, check=True
    )
    lenient, strict = (json.loads(line) for line in done.stdout.splitlines())
    assert [kind for kind, _ in lenient][:4] == [
        "FolderWithIncludes",
        "VersionStackWithIncludes",
        "FileWithIncludes",
        "AssetWithIncludesUnknown",
    ]
    assert all(same for _, same in lenient), lenient
    assert all(same for _, same in strict), strict


def test_the_frameio_asset_union_dispatches_by_type() -> None:
    source = (FRAMEIO / "frameio" / "models" / "assets_with_includes_response.py").read_text(encoding="utf-8")
    assert 'tag = data.get("type")' in source
    # FileWithIncludes lists every type, but folders and version stacks are claimed by the variants before it
    assert (
        source.index('if tag == "folder":')
        < source.index('elif tag == "version_stack":')
        < source.index('elif tag == "file":')
    )


_LONE = """
import json, sys
from frameio._core import _decode as decode
from frameio.models.version_stack_with_includes import VersionStackWithIncludes

def outcome(item):
    try:
        stack = VersionStackWithIncludes.from_dict(item)
    except decode.Mismatch as exc:
        return ["Mismatch", exc.pointer, exc.expected, repr(exc.received)]
    head = stack.head_version
    return [repr(stack.parent_id), repr(stack.adobe_id), type(head).__name__, head if isinstance(head, dict) else None]

items = json.loads(sys.argv[1])
for strict in (False, True):
    with decode.decoding(strict=strict):
        print(json.dumps([outcome(item) for item in items]))
"""


def test_a_union_of_null_and_one_variant_is_read_as_before() -> None:
    """`X | None` is read in place (plan/decoding.py `lone_variant`): `None` as it is, a value the variant
    accepts as the variant, anything else kept (lenient) or a mismatch naming the union (strict)."""
    stack = {**_BASE, "type": "version_stack", "head_version": _FILE}
    bad_head = {**_FILE, "file_size": "big"}
    items = [
        stack,
        {**stack, "parent_id": "8F1C2A4E-0D3B-4A7E-9C55-2B8F1E7D3A12", "adobe_id": "a1", "head_version": None},
        {**stack, "parent_id": "nope"},
        {**stack, "parent_id": 7},
        {**stack, "adobe_id": 5},
        {**stack, "head_version": bad_head},
        {key: value for key, value in stack.items() if key != "parent_id"},
    ]
    done = subprocess.run(
        [sys.executable, "-c", _LONE, json.dumps(items)], cwd=FRAMEIO, capture_output=True, text=True, check=True
    )
    lenient, strict = (json.loads(line) for line in done.stdout.splitlines())
    assert lenient == [
        ["None", "NOT_GIVEN", "FileWithIncludes", None],
        ["UUID('8f1c2a4e-0d3b-4a7e-9c55-2b8f1e7d3a12')", "'a1'", "NoneType", None],
        ["'nope'", "NOT_GIVEN", "FileWithIncludes", None],
        ["7", "NOT_GIVEN", "FileWithIncludes", None],
        ["None", "5", "FileWithIncludes", None],
        ["None", "NOT_GIVEN", "dict", bad_head],  # the variant, tried strictly, fails: the object is kept
        ["None", "NOT_GIVEN", "FileWithIncludes", None],  # left out: None
    ]
    assert strict[:2] == lenient[:2]
    assert strict[2:] == [
        ["Mismatch", "/parent_id", "one of None | UUID", "'nope'"],
        ["Mismatch", "/parent_id", "one of None | UUID", "7"],
        ["Mismatch", "/adobe_id", "one of None | str", "5"],
        ["Mismatch", "/head_version", "one of FileWithIncludes | None", repr(bad_head)],
        ["Mismatch", "/parent_id", "one of None | UUID", "'missing'"],
    ]
