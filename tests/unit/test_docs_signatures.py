"""generator.docs.signatures: reference.md's declarations come from the plan and say exactly what the
rendered resource modules declare."""

from __future__ import annotations

import ast
import io

import pytest

from generator.cli import GENERATED_DIR, OPENAPI_DIR
from generator.config import load_config
from generator.docs.signatures import lro_signature, method_signature, ordered_keywords, resource_of
from generator.pipeline import generate
from tests.unit.docs_support import op, planned


def _declaration(code: str) -> str:
    func = ast.parse(code).body[0]
    assert isinstance(func, ast.FunctionDef)
    return ast.dump(func.args) + " -> " + ast.dump(func.returns or ast.Constant(None))


def test_required_keywords_come_first_and_long_signatures_wrap() -> None:
    plan, _ = planned()
    get = op(plan, "GET /items/{itemId}")
    assert [p.python_name for p in ordered_keywords(get)] == ["limit", "q", "color"]
    text = method_signature(get, resource_of(plan, get.resource))
    assert text.startswith("def get(\n    self,\n    item_id: str,\n    *,\n")
    delete = op(plan, "DELETE /items/{itemId}")
    assert method_signature(delete, resource_of(plan, delete.resource)) == (
        "def delete(self, item_id: str, *, request_options: RequestOptions | None=None) -> None: ..."
    )


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
            assert _declaration(method_signature(operation, resource)) == expected, operation.qualified_name
            checked += 1
    for lro in plan.lros:
        expected = methods[(tuple(lro.resource), lro.name)]
        assert _declaration(lro_signature(lro, resource_of(plan, lro.resource))) == expected
    assert checked == len(plan.operations)
    assert api != "civis" or plan.lros
