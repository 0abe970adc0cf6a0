"""Plan: model module names short enough to be file names.

openapi-python-client names an inline model after its parents (`use_path_prefixes_for_title_model_names`):
each level of nesting adds the parent's name, and a deep Swagger 2.0 response with titled inline
objects (EVE Online's ESI spec) reaches a module name past 255 bytes, which the file system refuses
("File name too long"; stock openapi-python-client fails there with a traceback). Names of single
schemas are already cut in normalize (`schema_names.shorten_long_names`); this catches what only the
parser's concatenation makes long. A module name over `MAX_MODULE` characters is cut and given a hash
of the full name (two long names that share a beginning stay apart); the class name is left as it is
(Python has no limit there), and every import of the module follows.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openapi_python_client.parser import GeneratorData

MAX_MODULE = 100
_IMPORT = re.compile(r"^(from \.+models\.)(\w+)( import .*)$")


def _short(name: str) -> str:
    return name[: MAX_MODULE - 9].rstrip("_") + "_" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def shorten_module_names(data: GeneratorData) -> dict[str, str]:
    """Shorten over-long model and enum module names in place; {old: new} of each one changed."""
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.strings import PythonIdentifier

    renames: dict[str, str] = {}
    for prop in [*data.models, *data.enums]:
        old = str(prop.class_info.module_name)
        if len(old) > MAX_MODULE:
            new = renames.setdefault(old, _short(old))
            object.__setattr__(prop.class_info, "module_name", PythonIdentifier(new, prefix=""))
    if not renames:
        return renames

    def retarget(lines: set[str] | None) -> set[str] | None:
        if not lines:
            return lines
        out: set[str] = set()
        for line in lines:
            match = _IMPORT.match(str(line))
            out.add(match.group(1) + renames.get(match.group(2), match.group(2)) + match.group(3) if match else line)
        return out

    for model in data.models:
        object.__setattr__(model, "relative_imports", retarget(model.relative_imports))
        object.__setattr__(model, "lazy_imports", retarget(model.lazy_imports))
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoint.relative_imports = retarget(endpoint.relative_imports) or set()
            for body in endpoint.bodies:
                if isinstance(body.prop, ModelProperty):
                    object.__setattr__(body.prop, "relative_imports", retarget(body.prop.relative_imports))
                    object.__setattr__(body.prop, "lazy_imports", retarget(body.prop.lazy_imports))
    return dict(sorted(renames.items()))
