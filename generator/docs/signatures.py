"""Method signatures for reference.md, read from the plan (never from rendered code).

The plan decides every method's ordered arguments and return annotation (`generator/plan/calls.py`:
`Operation.signature`/`.returns`, `Lro.signature`/`.returns`, builtins already qualified where a
method shadows them); the resource template places them and so does this module, as a stub.
"""

from __future__ import annotations

from generator.plan.lro import Lro
from generator.plan.model import Argument, Operation

MAX_LINE = 96  # a longer declaration is written one parameter per line


def _text(argument: Argument, spaced: bool) -> str:
    text = f"{argument.name}: {argument.annotation}"
    if argument.default is None:
        return text
    return text + (" = " if spaced else "=") + argument.default


def stub(name: str, arguments: list[Argument], returns: str) -> str:
    """`def name(self, a: A, *, b: B=x) -> R: ...` when it fits on a line, else one parameter a line.

    The one-line form is measured and written as `ast.unparse` writes it (`b: B=x`); the docs' code
    blocks are then formatted by ruff with the rest of the project."""

    def parts(spaced: bool) -> list[str]:
        positional = [_text(a, spaced) for a in arguments if a.kind == "positional"]
        keyword = [_text(a, spaced) for a in arguments if a.kind == "keyword"]
        return ["self", *positional, *(["*"] if keyword else []), *keyword]

    one = f"def {name}({', '.join(parts(False))}) -> {returns}: ..."
    if len(one) <= MAX_LINE:
        return one
    return f"def {name}(\n" + "".join(f"    {line},\n" for line in parts(True)) + f") -> {returns}: ..."


def method_signature(op: Operation) -> str:
    """The sync method's declaration as resources/<module>.py writes it."""
    return stub(op.name, op.signature, op.returns)


def lro_signature(lro: Lro) -> str:
    """The `begin_*` method's declaration: the start operation's arguments, then `polling_interval`."""
    return stub(lro.name, lro.signature, lro.returns)
