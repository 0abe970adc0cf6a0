"""`tags` and `tags[]` side by side: the bracketed parameter gets a name of its own, its wire name kept.

Specs written for PHP frameworks (API Platform, among others) list a filter twice, once as `field` and
once as `field[]` (the array form). openapi-python-client makes one Python name of both (`field`) and
skips the operation ("Parameters with same Python identifier ... detected": 82 operations of one
APIs.guru spec). The `field[]` parameter is renamed `field_list` for the parser, and
`x-sdk-wire-name` keeps `field[]` for the plan, which sends it under that name.
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.walk import HTTP_METHODS
from generator.refs import resolve

WIRE_NAME = "x-sdk-wire-name"  # the name a renamed parameter is sent under


def bracketed_parameter_names(doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    paths = doc.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else []:
        if not isinstance(item, dict):
            continue
        shared: list[Any] = item["parameters"] if isinstance(item.get("parameters"), list) else []
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            own: list[Any] = op["parameters"] if isinstance(op.get("parameters"), list) else []
            params = [(where, i, resolve(doc, raw)) for where, group in (("item", shared), ("op", own))
                      for i, raw in enumerate(group)]  # fmt: skip
            names = {(p.get("in"), p.get("name")) for _, _, p in params if isinstance(p, dict)}
            for where, i, param in params:
                name = param.get("name") if isinstance(param, dict) else None
                if not isinstance(name, str) or not name.endswith("[]") or WIRE_NAME in param:
                    continue
                if (param.get("in"), name[:-2]) not in names:
                    continue
                param[WIRE_NAME] = name
                param["name"] = name[:-2] + "_list"
                at = pointer("paths", path, *([] if where == "item" else [method]), "parameters", str(i), "name")
                changes.append(Change("bracketed_parameter_names", at, f"{name} → {param['name']} (sent as {name})"))
    return changes
