"""The generator as an installed tool: build its wheel, install it away from the checkout, run `sdkgen`.

The wheel is installed with `--no-deps` into a target folder (its dependencies are the ones this test
runs with), so the test stays quick while proving what `pip install .`/`pipx install` give: a console
script that works from any folder, with the templates and the runtime inside the package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = """\
openapi: 3.0.3
info: {title: "Swagger Petstore - OpenAPI 3.0", version: "1.0"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
"""


def test_installed_sdkgen_generates_from_any_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(ROOT)],
        check=True,
    )
    (wheel,) = wheels.glob("sdk_pipeline-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "generator/templates/client.py.jinja" in names and "generator/runtime/py.typed" in names
    assert not any(n.startswith(("templates/", "tests/", "openapi/", "generated/")) for n in names)
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)], check=True
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "petstore.yaml").write_text(SPEC, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    sdkgen = [str(site / "bin" / "sdkgen")]
    where = subprocess.run(
        [sys.executable, "-c", "import generator.resources as r; print(r.TEMPLATES)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.strip() == str(site / "generator" / "templates")
    run = subprocess.run([*sdkgen, "generate", "petstore.yaml", "--out", "sdk"], cwd=work, env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert (
        run.stderr.splitlines()[-1] == f"exit 0: generated package petstore into {work / 'sdk'}, no operation skipped"
    )
    assert (work / "sdk" / "petstore" / "_core" / "http_client.py").is_file()  # the runtime, from the package
    assert 'name = "petstore-sdk"' in (work / "sdk" / "pyproject.toml").read_text(encoding="utf-8")
    help_text = subprocess.run([*sdkgen, "generate", "--help"], cwd=work, env=env, capture_output=True, text=True)
    assert help_text.returncode == 0 and "exit codes:" in help_text.stdout
