"""Docstrings for the generated code (methods, resources, clients, the package), Google style.

A method's docstring says what is particular to it: summary, description, the HTTP line, every
argument, what it returns, and the error statuses the API documents for it in one line. Which
exception class each status raises is the same for every method, so it is said once, in the
README's Errors table, and the docstring points there.
"""

from __future__ import annotations

import textwrap

from generator.plan.model import Operation, Resource, SdkPlan
from generator.plan.pagination import Pagination


def wrap(text: str, indent: str = "") -> list[str]:
    """Each line of `text` wrapped at 96 characters with `indent`, as `textwrap.wrap` wraps it.

    A line that fits and holds no tab is its own wrapping (splitlines has taken the other
    characters textwrap would replace): it is kept without textwrap, which costs a regex split per
    line (a quarter of the docs stage on GitHub's spec, where most lines fit)."""
    lines: list[str] = []
    width = 96 - len(indent)
    for paragraph in text.strip().splitlines():
        stripped = paragraph.strip()
        if len(stripped) <= width and "\t" not in stripped:
            lines.append(indent + stripped)
            continue
        wrapped = textwrap.wrap(stripped, width=width) or [""]
        lines.extend(indent + line for line in wrapped)
    return lines


def summary_line(op: Operation) -> str:
    if op.summary:
        return op.summary.strip().splitlines()[0].rstrip(".") + "."
    words = op.name.replace("_", " ")
    target = " ".join(op.resource[-1:]).replace("_", " ")
    return f"{words.capitalize()} ({target})."


def _args(op: Operation) -> list[tuple[str, str]]:
    args: list[tuple[str, str]] = []
    for p in op.path_params:
        args.append((p.python_name, p.description or f"The `{p.wire_name}` path parameter."))
    for p in op.keyword_params:
        text = p.description or f"The `{p.wire_name}` {p.location} parameter."
        args.append((p.python_name, f"Deprecated. {text}" if p.deprecated else text))
    if op.body is not None:
        if op.body.flattened:
            for f in op.body.fields:
                text = f.description or f"The `{f.wire_name}` field of the request body."
                args.append((f.python_name, f"Deprecated. {text}" if f.deprecated else text))
        else:
            args.append((op.body.param_name, "The request body."))
    if op.pagination is not None:  # extra keywords of a paginated method
        args += _pagination_args(op.pagination)
    if op.download:
        args.append(("to_file", "A path or an open binary file to stream the downloaded body into."))
    for argument in op.signature:  # sdk.yaml `param_aliases`: each alias documented as the other name it is
        if argument.alias_of is not None:
            args.append((argument.name, f"Another name for `{argument.alias_of}` (give one of the two)."))
    args.append(("request_options", "Per-request timeout, retries and extra headers, query or body parameters."))
    return args


def raises_line(op: Operation) -> str:
    """One line: an error status raises ApiError (its subclass per status is in the README), and the
    statuses this operation documents."""
    text = "ApiError: subclass per status in README.md#errors"
    statuses = sorted({e.status for e in op.errors})
    if statuses:
        return f"{text}; documented: {', '.join(str(s) for s in statuses)}."
    return text + "."


def method_doc(op: Operation) -> str:
    """Summary, description, Args, Returns, Raises and the HTTP line, Google style."""
    lines = [summary_line(op)]
    if op.description and op.description.strip() != op.summary.strip():
        lines += ["", *wrap(op.description)]
    if op.deprecated:
        lines += ["", "Deprecated: this operation is deprecated by the API and may be removed."]
    if op.rate_limit:
        lines += ["", f"Rate limit: {op.rate_limit}."]
    lines += ["", f"`{op.method.upper()} {op.path}`", "", "Args:"]
    for name, text in _args(op):
        wrapped = wrap(text, "        ")
        first = wrapped[0].strip() if wrapped else ""
        lines.append(f"    {name}: {first}")
        lines.extend(wrapped[1:])
    returns = [f"    {op.return_type}"]
    if op.pagination is not None:
        returns = wrap(
            f"A pager of `{op.pagination.item_type}`: iterating it yields every item across pages, fetching them"
            f" as needed; `iter_pages()` yields each page (its items, the parsed `{op.return_type}` and the raw"
            " response).",
            "    ",
        )
    if op.stream is not None:
        returns = wrap(
            f"A stream of `{op.stream.yields}`, each decoded as it arrives; iterate it with for or async for."
            " The connection closes when the iteration ends or is left, and with `with` or `close()`.",
            "    ",
        )
    raises = wrap(raises_line(op), "        ")
    lines += ["", "Returns:", *returns, "", "Raises:", "    " + raises[0].strip(), *raises[1:]]
    return "\n".join(lines)


def _pagination_args(pagination: Pagination) -> list[tuple[str, str]]:
    args = []
    if pagination.max_items_kwarg:
        args.append(("max_items", "Stop after this many items (all pages are read when not given)."))
    if pagination.iterator_kwarg:
        args.append(("iterator", "Iterate over every item from the first page (the page number and size are ignored)."))
    return args


def resource_doc(resource: Resource) -> str:
    return f"Operations on `client.{'.'.join(resource.path)}`."


def package_doc(plan: SdkPlan) -> str:
    return f"Python SDK for the {plan.title}."


def client_doc(plan: SdkPlan, is_async: bool) -> str:
    kind = "Asynchronous" if is_async else "Synchronous"
    lines = [f"{kind} client for the {plan.title}."]
    if plan.auth.kind != "none":
        env = f" (default: the `{plan.auth.env_var}` environment variable)" if plan.auth.env_var else ""
        lines += ["", f"Authenticate with `{plan.auth.param}=`{env}."]
    if plan.config.client_params:
        accepted = [
            f"`{p.name}=` (for `{p.alias_of}=`)" if p.alias_of else f"`{p.name}=` ({' or '.join(map(repr, p.values))})"
            for p in plan.config.client_params
        ]
        lines += ["", *wrap(f"The previous SDK's constructor arguments are accepted too: {', '.join(accepted)}.")]
    return "\n".join(lines)
