"""Generating every output file from the API description, and writing them."""

from __future__ import annotations

from pathlib import Path

from codegen.models import render_model, render_models_init
from codegen.naming import (
    ASYNC_RESOURCE_CLIENTS_MODULE,
    GENERATED_PACKAGE,
    OPERATION_TABLE_MODULE,
    RESOURCE_CLIENTS_MODULE,
    SCHEMAS_PACKAGE,
    module_path,
)
from codegen.operations import render_operations
from codegen.resources import render_resources
from codegen.spec import load_spec

PACKAGE_DOC = (
    '"""opay\'s generated code: everything here is written by the generator from the API\n'
    "description, so that nothing hand-written repeats it. Import it through its public\n"
    "names: ``opay.models`` (the schemas), ``opay.operations`` (the operation table),\n"
    '``opay.resources`` and ``opay.async_resources`` (the resource clients)."""\n'
)

HEADER = (
    "# Generated from opay/openapi.json by `make generate` (python -m codegen).\n"
    "# Do not edit: change the API description or the generator and regenerate.\n"
)

MODELS_DIR = SCHEMAS_PACKAGE.replace(".", "/")


def generate_files(spec_path: Path) -> dict[str, str]:
    """The text of every generated file, keyed by its path relative to the project root."""
    api = load_spec(spec_path)
    files: dict[str, str] = {}
    for model in api.models:
        files[f"{MODELS_DIR}/{model.module}.py"] = HEADER + render_model(model)
    files[f"{MODELS_DIR}/__init__.py"] = HEADER + render_models_init(api.models)
    files[module_path(GENERATED_PACKAGE + ".__init__")] = HEADER + PACKAGE_DOC
    files[module_path(OPERATION_TABLE_MODULE)] = HEADER + render_operations(api)
    files[module_path(RESOURCE_CLIENTS_MODULE)] = HEADER + render_resources(
        api, asynchronous=False
    )
    files[module_path(ASYNC_RESOURCE_CLIENTS_MODULE)] = HEADER + render_resources(
        api, asynchronous=True
    )
    return dict(sorted(files.items()))


def write_files(files: dict[str, str], root: Path) -> int:
    """Write ``files`` under ``root``, removing generated model modules that are no longer
    produced. Returns how many files were created, changed or removed."""
    changed = 0
    models_dir = root / MODELS_DIR
    if models_dir.is_dir():
        for stale in sorted(models_dir.glob("*.py")):
            relative = stale.relative_to(root).as_posix()
            if relative not in files and stale.read_text(encoding="utf-8").startswith(HEADER):
                stale.unlink()
                changed += 1
    for relative, text in files.items():
        target = root / relative
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        changed += 1
    return changed
