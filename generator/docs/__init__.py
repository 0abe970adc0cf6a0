"""Stage 4, docs: everything the generated documentation says, decided from the plan.

Runs after plan and before render, and reads only the plan (with the parsed models and the raw spec
it was built from), never the rendered code:

- `spec`: the examples, defaults and formats of the raw spec that the parser does not keep;
- `literals` and `examples`: example values as Python expressions (one handler per property class);
- `snippets` and `readme`: runnable usage snippets, one argument builder for all of them;
- `signatures`: method declarations for reference.md, from the plan's ordered arguments;
- `docstrings`: the docstrings of generated methods, resources, clients and the package;
- `markdown`: spec text made safe for Markdown, types linked to their models;
- `context`: `build_docs(plan, openapi) -> DocsContext`, all of the above for render to place.
"""

from __future__ import annotations

from generator.docs.context import DocsContext, build_docs

__all__ = ["DocsContext", "build_docs"]
