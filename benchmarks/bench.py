"""`nox -s bench`: speed and memory of the pipeline and of the generated SDKs, as ratios to a baseline
measured in the same run on the same machine.

- import: `import <pkg>; <Client>(...)` (lazy) vs importing every model module eagerly, which is what
  openapi-python-client's own `models/__init__.py` does. Median of N fresh interpreters; peak memory by
  tracemalloc in the same subprocess.
- first call: importing the package, building the client and touching one resource (a resource module
  and the models it uses load on first use).
- generate: our full pipeline (load → … → format) vs openapi-python-client alone rendering the same spec
  with its stock templates (`Project.build`), both in this process.
- faults: time and peak memory of one call per fault of the fault suite, sync and async (`faults.py`).
"""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.faults import bench_faults, table  # noqa: E402
from generator.cli import OPENAPI_DIR, api_names  # noqa: E402
from generator.config import load_config  # noqa: E402

RUNS = 7

_PROBE = """
import importlib, pkgutil, sys, time, tracemalloc
tracemalloc.start()
t0 = time.perf_counter()
mode, package, client, param = sys.argv[1:5]
if mode == "eager":
    models = importlib.import_module(package + ".models")
    for info in pkgutil.iter_modules(models.__path__):
        importlib.import_module(package + ".models." + info.name)
    importlib.import_module(package)
else:
    pkg = importlib.import_module(package)
    c = getattr(pkg, client)(**({param: "x"} if param else {}))
    if mode == "first_call":
        resource = next(n for n in dir(type(c)) if not n.startswith("_") and n not in ("close",))
        getattr(c, resource)
elapsed = time.perf_counter() - t0
print(elapsed, tracemalloc.get_traced_memory()[1], len(sys.modules))
"""


def _probe(project: Path, mode: str, package: str, client: str, param: str) -> tuple[float, int, int]:
    samples = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE, mode, package, client, param],
            cwd=project, capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        samples.append((float(out[0]), int(out[1]), int(out[2])))
    return (
        statistics.median(s[0] for s in samples),
        int(statistics.median(s[1] for s in samples)),
        int(statistics.median(s[2] for s in samples)),
    )


def bench_imports() -> list[dict[str, object]]:
    rows = []
    for name in api_names():
        config = load_config(OPENAPI_DIR / name / "sdk.yaml")
        project = ROOT / "generated" / name
        param = "" if not config.auth_param else config.auth_param
        eager = _probe(project, "eager", config.package, config.client, param)
        lazy = _probe(project, "lazy", config.package, config.client, param)
        first = _probe(project, "first_call", config.package, config.client, param)
        rows.append(
            {
                "api": name,
                "eager_ms": round(eager[0] * 1000, 1),
                "lazy_ms": round(lazy[0] * 1000, 1),
                "first_call_ms": round(first[0] * 1000, 1),
                "time_ratio_lazy_vs_eager": round(lazy[0] / eager[0], 3),
                "memory_ratio_lazy_vs_eager": round(lazy[1] / eager[1], 3),
                "modules_lazy_vs_eager": f"{lazy[2]}/{eager[2]}",
            }
        )
    return rows


def bench_generate() -> list[dict[str, object]]:
    from openapi_python_client import Project
    from openapi_python_client.parser import GeneratorData

    from generator.load import load_spec
    from generator.normalize import normalize
    from generator.pipeline import _openapi_python_client_config, generate

    rows = []
    for name in api_names():
        config = load_config(OPENAPI_DIR / name / "sdk.yaml")
        spec = OPENAPI_DIR / name / config.spec
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            generate(spec, config, Path(tmp) / "ours", stream=io.StringIO())
            ours = time.perf_counter() - start

            start = time.perf_counter()
            loaded = load_spec(spec, validate=False)
            normalize(loaded.data)  # stock openapi-python-client cannot read some specs unnormalized
            oapc_config = _openapi_python_client_config(config, Path(tmp) / "stock", loaded.file)
            data = GeneratorData.from_dict(loaded.data, config=oapc_config)
            Project(openapi=data, config=oapc_config).build()  # type: ignore[arg-type]
            stock = time.perf_counter() - start
        ops = json.loads((ROOT / "generated" / name / "generation-report.json").read_text())["counts"]
        rows.append(
            {
                "api": name,
                "operations": ops["operations_generated"],
                "ours_s": round(ours, 2),
                "stock_openapi_python_client_s": round(stock, 2),
                "time_ratio_ours_vs_stock": round(ours / stock, 2),
            }
        )
    return rows


def main() -> int:
    print("== import (lazy SDK vs eager import of every model; median of", RUNS, "fresh interpreters) ==")
    for row in bench_imports():
        print(json.dumps(row))
    print("== generate (our pipeline vs stock openapi-python-client on the same spec) ==")
    for row in bench_generate():
        print(json.dumps(row))
    print("== faults (runtime clients under a hostile network: timeout=2, max_retries=2, default limits) ==")
    print(table(bench_faults()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
