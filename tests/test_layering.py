"""The layering rule: flows -> tasks -> (newsetl, expectations); newsetl imports no orchestration."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imports_of(package: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        mods: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                mods.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mods.add(node.module.split(".")[0])
        out[str(path.relative_to(ROOT))] = mods
    return out


def test_newsetl_is_pure() -> None:
    for path, mods in imports_of("newsetl").items():
        assert not mods & {"prefect", "prefect_dask", "great_expectations", "tasks", "flows", "expectations", "dask",
                           "distributed"}, path


def test_expectations_do_not_orchestrate() -> None:
    for path, mods in imports_of("expectations").items():
        assert not mods & {"prefect", "tasks", "flows"}, path


def test_tasks_do_not_import_flows() -> None:
    for path, mods in imports_of("tasks").items():
        assert "flows" not in mods, path


def test_every_package_documents_itself() -> None:
    for pkg in ("newsetl", "tasks", "flows", "expectations", "newsetl/readers", "newsetl/text", "newsetl/extract",
                "newsetl/dedup", "newsetl/io", "newsetl/lexicons"):
        tree = ast.parse((ROOT / pkg / "__init__.py").read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), pkg
