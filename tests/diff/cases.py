"""The before/after spec corpus in tests/diff/cases/: reading a case and building its two spec files.

A case is one YAML file: `about` (what it shows), the `before` spec (default: tests/diff/base.yaml),
the `after` spec, given whole or as `edit` operations on the before spec (`set` a JSON pointer to a
`value`, `-` appending to a list; `remove` a pointer), and `expect`: the API-level findings as
`[rule, operation, breaking|non-breaking]` and, when present, the SDK-level ones as
`[rule, breaking|non-breaking]` (the SDK is then generated from both sides).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
CASES = sorted((HERE / "cases").glob("*.yaml"))


@dataclass
class Case:
    name: str
    before: dict[str, Any]
    after: dict[str, Any]
    api: list[tuple[str, str | None, bool]]
    sdk: list[tuple[str, bool]] | None

    def write(self, folder: Path) -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = folder / "before.yaml", folder / "after.yaml"
        for path, doc in zip(paths, (self.before, self.after), strict=True):
            path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        return paths


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _apply(doc: dict[str, Any], edit: dict[str, Any]) -> None:
    pointer = edit.get("set", edit.get("remove"))
    *parents, last = _tokens(str(pointer))
    node: Any = doc
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if "remove" in edit:
        del node[int(last) if isinstance(node, list) else last]
    elif isinstance(node, list):
        if last == "-":
            node.append(edit["value"])
        else:
            node[int(last)] = edit["value"]
    else:
        node[last] = edit["value"]


def _level(text: str) -> bool:
    assert text in ("breaking", "non-breaking"), text
    return text == "breaking"


def load_case(path: Path) -> Case:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    before = data.get("before") or yaml.safe_load((HERE / "base.yaml").read_text(encoding="utf-8"))
    after = data.get("after")
    if after is None:
        after = copy.deepcopy(before)
        for edit in data["edit"]:
            _apply(after, edit)
    expect = data["expect"]
    return Case(
        name=path.stem,
        before=before,
        after=after,
        api=[(rule, operation, _level(level)) for rule, operation, level in expect["api"]],
        sdk=None if "sdk" not in expect else [(rule, _level(level)) for rule, level in expect["sdk"]],
    )
