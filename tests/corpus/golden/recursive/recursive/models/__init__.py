"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .department import Department
    from .employee import Employee
    from .expression import Expression
    from .expression_op import ExpressionOp
    from .tree_node import TreeNode
    from .tree_node_by_name import TreeNodeByName

_MODULES: dict[str, str] = {
    "Department": "department",
    "Employee": "employee",
    "Expression": "expression",
    "ExpressionOp": "expression_op",
    "TreeNode": "tree_node",
    "TreeNodeByName": "tree_node_by_name",
}

__all__ = [
    "Department",
    "Employee",
    "Expression",
    "ExpressionOp",
    "TreeNode",
    "TreeNodeByName",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
