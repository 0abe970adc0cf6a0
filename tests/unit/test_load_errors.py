"""Bad input gets one clear message naming the file and JSON pointer, exit code 2, and no writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cli
from generator.errors import SpecError
from generator.load import load_spec

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unparseable_yaml_names_file_and_line(tmp_path: Path) -> None:
    spec = _write(tmp_path, "openapi: 3.0.3\ninfo: [unclosed\n")
    with pytest.raises(SpecError) as info:
        load_spec(spec)
    assert str(spec) in info.value.message
    assert "line" in info.value.message


def test_not_openapi(tmp_path: Path) -> None:
    spec = _write(tmp_path, "hello: world\n")
    with pytest.raises(SpecError, match="not an OpenAPI or Swagger document"):
        load_spec(spec)


def test_unresolvable_ref_names_pointer(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Missing"}
""",
    )
    with pytest.raises(SpecError) as info:
        load_spec(spec)
    assert info.value.json_pointer == "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    assert "#/components/schemas/Missing" in info.value.message


def test_invalid_document_names_pointer(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n'
        "      parameters: [{name: x, in: nowhere}]\n      responses: {'200': {description: ok}}\n",
    )
    with pytest.raises(SpecError) as info:
        load_spec(spec)
    assert info.value.json_pointer.startswith("/paths/~1a/get")


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    spec = _write(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(SpecError):
        load_spec(spec)


def test_broken_spec_leaves_generated_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    openapi_dir = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi" / "bookshelf", openapi_dir / "bookshelf")
    out_dir = tmp_path / "generated"
    assert cli.generate_api("bookshelf", openapi_dir=openapi_dir, out_dir=out_dir) == 0
    before = {p: p.read_bytes() for p in sorted((out_dir / "bookshelf").rglob("*")) if p.is_file()}
    spec = openapi_dir / "bookshelf" / "openapi.yaml"
    spec.write_text(
        spec.read_text().replace('$ref: "#/components/schemas/Shelf"', '$ref: "#/components/schemas/Nope"', 1)
    )
    with pytest.raises(SpecError) as info:
        cli.generate_api("bookshelf", openapi_dir=openapi_dir, out_dir=out_dir)
    assert "#/components/schemas/Nope" in info.value.message
    after = {p: p.read_bytes() for p in sorted((out_dir / "bookshelf").rglob("*")) if p.is_file()}
    assert after == before
    assert [p.name for p in out_dir.iterdir()] == ["bookshelf"]  # no staging folders left behind


def test_cli_exit_code_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, "{ not json", name="spec.json")
    code = cli.main(["generate", str(spec), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ") and str(spec) in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()
