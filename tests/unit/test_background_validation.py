"""The validator runs beside the later stages (generator/load.py `validate_in_background`).

Its findings must be the ones validating there and then gives: the same list, in the same order, for
the document as it was when validation started, whatever the pipeline does to the document afterwards
(the parser's retry prunes it). Run in a fresh interpreter: the forked path is taken only where no other
thread runs, which a pytest process with local servers cannot promise.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SPEC = """
openapi: 3.0.3
info: {title: Findings, version: "1"}
paths:
  /things:
    get:
      parameters:
        - {name: limit, in: body, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer, default: "many"}}}
"""

_CHECK = """
import json, multiprocessing, sys
from generator.load import load_spec, validate_in_background, validate_spec

loaded = load_spec(__import__("pathlib").Path(sys.argv[1]), validate=False)
here = [f.as_dict() for f in validate_spec(loaded, strict=False)]
wait = validate_in_background(loaded)
forked = bool(multiprocessing.active_children())
loaded.data["paths"].clear()  # what a later stage may do to the document: the validation already has its copy
beside = [f.as_dict() for f in wait()]
print(json.dumps({"here": here, "beside": beside, "forked": forked}))
"""


def test_findings_beside_the_pipeline_are_the_findings_here(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _CHECK, str(spec)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout)
    assert result["forked"] == (sys.platform == "linux")
    assert result["here"], "the spec must have findings for the comparison to mean anything"
    assert result["beside"] == result["here"]
