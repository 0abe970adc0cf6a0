"""generator/format.py: the import pre-pass removes only what ruff would, and ruff's output stays the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import generator.format as fmt
from generator.errors import GenerateError
from generator.format import LINE_LENGTH, format_tree, without_unused_imports
from generator.resources import TEMPLATES

MODEL = '''from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from .._core._decode import model_repr
from attrs import field as _attrs_field
import os
import json as _json
from ..types import UNSET, Unset
from .sibling import helper as helper
from .noqa import thing  # noqa: F401
from .star import *

if TYPE_CHECKING:
    from ..models.other import Other

T = TypeVar("T", bound="Thing")


@_attrs_define
class Thing:
    """Mentions BinaryIO in its docstring, so ruff decides about it."""

    other: Other
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        return {"other": self.other, "path": os.sep}
'''


def test_names_found_nowhere_else_are_removed_the_rest_stays() -> None:
    out = without_unused_imports(MODEL)
    header = out.split("if TYPE_CHECKING:")[0]
    assert "from typing import Any, TypeVar, BinaryIO, TYPE_CHECKING\n" in header  # TextIO, Generator gone
    assert "from attrs import field" not in header and "import json" not in header  # whole lines gone
    assert "from ..types import" not in header
    assert "from attrs import define as _attrs_define\n" in header
    assert "import os\n" in header
    assert "from .sibling import helper as helper\n" in header  # an explicit re-export
    assert "from .noqa import thing  # noqa: F401\n" in header  # a line with a comment is ruff's
    assert "from .star import *\n" in header
    assert "from __future__ import annotations\n" in header
    assert out.split("if TYPE_CHECKING:")[1] == MODEL.split("if TYPE_CHECKING:")[1]  # after the header: untouched


def test_code_without_unused_header_imports_is_returned_as_it_is() -> None:
    code = '"""Doc."""\n\nimport os\n\nprint(os.sep)\n'
    assert without_unused_imports(code) is code
    assert without_unused_imports("x = 1\nimport os\n") == "x = 1\nimport os\n"  # no import header at all
    multi = '"""Two\nlines."""\n\nimport os\n'  # only a one-line docstring is stepped over
    assert without_unused_imports(multi) is multi
    assert without_unused_imports('"""Doc."""\n\nimport os\n') == '"""Doc."""\n\n\n'


def test_a_module_imported_in_more_than_a_line_is_left_to_ruff() -> None:
    # isort joins the two statements into one too long for a line and wraps it with a trailing comma
    # before F401 removes `Unused`; the comma keeps the shortened statement wrapped. Removing it first
    # would end in a different (one-line) statement.
    long_name = "A" * (LINE_LENGTH - 20)  # each statement fits a line, the two joined do not
    code = f"from .m import {long_name}\nfrom .m import Unused\n\nprint({long_name})\n"
    assert without_unused_imports(code) is code
    assert without_unused_imports(code.replace("AAAAAAAAAA", "A")) != code.replace("AAAAAAAAAA", "A")


def test_the_line_length_is_the_generated_projects() -> None:
    template = (TEMPLATES / "pyproject.toml.jinja").read_text(encoding="utf-8")
    assert re.search(rf"^line-length = {LINE_LENGTH}$", template, re.MULTILINE)


RUFF_CONFIG = f"""[tool.ruff]
line-length = {LINE_LENGTH}
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B"]
ignore = ["E501", "B008", "B904", "UP007", "E741"]
"""


def _formatted(folder: Path, files: dict[str, str]) -> dict[str, str]:
    (folder / "pkg" / "models").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(RUFF_CONFIG, encoding="utf-8")
    for name, text in files.items():
        (folder / "pkg" / name).write_text(without_unused_imports(text), encoding="utf-8")
    format_tree(folder)
    return {name: (folder / "pkg" / name).read_text(encoding="utf-8") for name in files}


def test_ruff_output_is_the_same_with_and_without_the_pre_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long_name = "B" * (LINE_LENGTH // 2)
    joined = "C" * (LINE_LENGTH - 25)  # each statement fits a line, the two joined do not
    files = {
        "models/__init__.py": "",
        "models/sibling.py": "def helper() -> None: ...\n",
        "models/other.py": "class Other: ...\n",
        "models/thing.py": MODEL.replace("from .noqa import thing  # noqa: F401\nfrom .star import *\n", ""),
        "models/long.py": f"from .sibling import helper, {long_name}, {long_name}2\n\nprint({long_name})\n",
        "models/joined.py": f"from .sibling import {joined}\nfrom .sibling import Unused\n\nprint({joined})\n",
    }
    with_pass = _formatted(tmp_path / "with", files)
    monkeypatch.setattr(fmt, "without_unused_imports", lambda code: code)
    monkeypatch.setattr("tests.unit.test_format.without_unused_imports", lambda code: code)
    without_pass = _formatted(tmp_path / "without", files)
    assert with_pass == without_pass
    assert "BinaryIO" not in with_pass["models/thing.py"].split("class Thing")[0]  # ruff removed what the pass left


def test_batches_formatted_while_rendering_end_as_one_run_over_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "import os\nfrom typing import Any\nx = {'a':1}\n",
        "pkg/b.py": "from typing import Any, cast\ndef f(x:Any)->Any: return x\n",
        "pkg/c.py": "y = [1,2,\n3]\n",
        "pkg/_core/runtime.py": "import sys\nprint( sys.argv )\n",  # written without `add`, like the copied runtime
        "README.md": "# Title\n\n```python\nx = {'a':1}\n```\n",
    }

    def tree(folder: Path) -> None:
        (folder / "pkg" / "_core").mkdir(parents=True)
        (folder / "pyproject.toml").write_text(RUFF_CONFIG, encoding="utf-8")
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")

    def read(folder: Path) -> dict[str, str]:
        return {name: (folder / name).read_text(encoding="utf-8") for name in files}

    tree(tmp_path / "whole")
    format_tree(tmp_path / "whole")
    monkeypatch.setattr(fmt.Formatter, "BATCH", 2)
    tree(tmp_path / "batches")
    with fmt.Formatter(tmp_path / "batches") as formatter:
        for name in ("pkg/__init__.py", "pkg/a.py", "pkg/b.py", "pkg/c.py"):
            formatter.add(tmp_path / "batches" / name)
        formatter.finish()
    assert read(tmp_path / "batches") == read(tmp_path / "whole")
    assert read(tmp_path / "whole") != files  # ruff did change every kind of file
    assert 'x = {"a": 1}' in read(tmp_path / "whole")["README.md"]


def test_a_batch_that_does_not_parse_fails_the_format_stage(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(RUFF_CONFIG, encoding="utf-8")
    (tmp_path / "bad.py").write_text("def f(:\n", encoding="utf-8")
    with fmt.Formatter(tmp_path) as formatter, pytest.raises(GenerateError, match="does not compile"):
        formatter.add(tmp_path / "bad.py")
        formatter.finish()
