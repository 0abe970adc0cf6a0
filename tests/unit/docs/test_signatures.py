"""generator.docs.signatures: reference.md's declarations come from the plan's ordered signature and
say exactly what the rendered resource modules declare."""

from __future__ import annotations

import ast
import io

import pytest

from generator.cli import GENERATED_DIR, OPENAPI_DIR
from generator.config import load_config
from generator.docs.signatures import lro_signature, method_signature, stub
from generator.pipeline import generate
from generator.plan.model import Argument
from tests.unit.docs_support import op, planned


def _declaration(code: str) -> str:
    func = ast.parse(code).body[0]
    assert isinstance(func, ast.FunctionDef)
    return ast.dump(func.args) + " -> " + ast.dump(func.returns or ast.Constant(None))


def test_short_signatures_stay_on_one_line_long_ones_wrap() -> None:
    plan, _ = planned()
    delete = op(plan, "DELETE /items/{itemId}")
    assert method_signature(delete) == (
        "def delete(self, item_id: str, *, request_options: RequestOptions | None=None) -> None: ..."
    )
    text = method_signature(op(plan, "GET /items/{itemId}"))
    assert text.startswith("def get(\n    self,\n    item_id: str,\n    *,\n    limit: int | Unset = UNSET,\n")
    assert text.endswith("    request_options: RequestOptions | None = None,\n) -> Item: ...")
    assert stub("f", [Argument("a", "int", None, "positional")], "None") == "def f(self, a: int) -> None: ..."


@pytest.mark.parametrize("api", ["bookshelf", "civis"])
def test_signatures_match_the_rendered_methods(api: str) -> None:
    config = load_config(OPENAPI_DIR / api / "sdk.yaml")
    plan = generate(OPENAPI_DIR / api / config.spec, config, None, stream=io.StringIO()).plan
    package = GENERATED_DIR / api / config.package / "resources"
    methods: dict[tuple[tuple[str, ...], str], str] = {}
    for resource in plan.all_resources():
        tree = ast.parse((package / f"{resource.module}.py").read_text(encoding="utf-8"))
        cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == resource.class_name)
        for item in cls.body:
            if isinstance(item, ast.FunctionDef):
                item.body, item.decorator_list = [ast.Expr(ast.Constant(Ellipsis))], []
                methods[(resource.path, item.name)] = _declaration(ast.unparse(item))
    checked = 0
    for resource in plan.all_resources():
        for operation in resource.operations:
            expected = methods[(resource.path, operation.name)]
            assert _declaration(method_signature(operation)) == expected, operation.qualified_name
            checked += 1
    for lro in plan.lros:
        assert _declaration(lro_signature(lro)) == methods[(tuple(lro.resource), lro.name)]
    assert checked == len(plan.operations)
    assert api != "civis" or plan.lros
