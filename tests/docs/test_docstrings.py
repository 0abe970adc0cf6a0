"""Every generated public method and model has a docstring, and a method's docstring states its facts:
every argument under Args, the return type under Returns, and under Raises one line pointing to the
README's error table with the statuses the operation documents, consistent with the generation report
and reference.md."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from pathlib import Path

import pytest

from generator.plan.model import Resource

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
APIS = sorted(p.name for p in GENERATED.glob("*") if (p / "generation-report.json").is_file())


def _report(api: str) -> dict[str, object]:
    return json.loads((GENERATED / api / "generation-report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("api", APIS)
def test_every_method_docstring_states_args_returns_and_raises(api: str) -> None:
    report = _report(api)
    package = str(report["package"])
    problems: list[str] = []
    checked = 0
    for entry in report["operations"]:  # type: ignore[attr-defined]
        path = str(entry["python"]).split(".")[1:]
        resource, name = Resource(path=tuple(path[:-1])), path[-1]
        module = importlib.import_module(f"{package}.resources.{resource.module}")
        for cls_name in (resource.class_name, "Async" + resource.class_name):
            method = getattr(getattr(module, cls_name), name)
            doc = inspect.getdoc(method) or ""
            where = f"{cls_name}.{name}"
            for section in ("Args:", "Returns:", "Raises:"):
                if section not in doc:
                    problems.append(f"{where}: no {section}")
            args = doc.split("Args:", 1)[-1].split("Returns:", 1)[0]
            for param in list(inspect.signature(method).parameters)[1:]:
                if not re.search(rf"^\s*{re.escape(param)}:", args, re.MULTILINE):
                    problems.append(f"{where}: argument {param!r} not documented")
            checked += 1
    assert checked, f"{api}: no methods checked"
    assert not problems, f"{len(problems)} docstring problems:\n" + "\n".join(problems[:30])


@pytest.mark.parametrize("api", APIS)
def test_raises_sections_match_the_reference(api: str) -> None:
    """The statuses a method's docstring raises for are the ones reference.md lists for it."""
    report = _report(api)
    package = str(report["package"])
    reference = (GENERATED / api / "reference.md").read_text(encoding="utf-8")
    sections = re.split(r"^### `(client\.[\w.]+)`$", reference, flags=re.MULTILINE)
    statuses = {
        sections[i]: set(re.findall(r"^\| (\d{3}) \| `\w+` \|", sections[i + 1], re.MULTILINE))
        for i in range(1, len(sections), 2)
    }
    mismatches = []
    for entry in report["operations"]:  # type: ignore[attr-defined]
        call = str(entry["python"])
        path = call.split(".")[1:]
        resource, name = Resource(path=tuple(path[:-1])), path[-1]
        module = importlib.import_module(f"{package}.resources.{resource.module}")
        doc = inspect.getdoc(getattr(getattr(module, resource.class_name), name)) or ""
        raises = doc.split("Raises:", 1)[-1]
        assert raises.lstrip().startswith("ApiError: subclass per status in README.md#errors")
        assert len(raises.strip().splitlines()) <= 2, f"{call}: Raises is boilerplate again:\n{raises}"
        raised = (
            set(re.findall(r"\b(\d{3})\b", raises.split("documented:", 1)[1])) if "documented:" in raises else set()
        )
        if call not in statuses:
            mismatches.append(f"{call}: not in reference.md")
        elif raised != statuses[call]:
            mismatches.append(f"{call}: docstring raises {sorted(raised)}, reference.md lists {sorted(statuses[call])}")
    assert not mismatches, "\n".join(mismatches[:30])


@pytest.mark.parametrize("api", APIS)
def test_every_model_has_a_docstring(api: str) -> None:
    package = str(_report(api)["package"])
    models = importlib.import_module(f"{package}.models")
    missing = []
    for name in models.__all__:
        value = getattr(models, name)
        if inspect.isclass(value) and not (value.__doc__ or "").strip():
            missing.append(name)
    assert not missing, f"models without a docstring: {missing[:30]}"
