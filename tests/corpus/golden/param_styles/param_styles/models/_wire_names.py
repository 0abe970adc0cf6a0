"""Wire names of model fields whose Python name differs, the nested models of each field, and the values
the SDK fills in.

Read by `_core._types.as_model`, so a dict argument may use either name, is always sent with wire
names and gets the values the SDK fills in. Generated from the spec; loaded only when a dict is given
for a model.
"""

from __future__ import annotations

# class -> ({python name: wire name}, {wire name: nested model class, or a union's model classes},
#           {wire name: value filled in when a dict leaves it out})
TABLE: dict[str, tuple[dict[str, str], dict[str, str | list[str]], dict[str, object]]] = {}
