"""Generating every output file from the API description, and writing them."""

from __future__ import annotations

from pathlib import Path

from codegen.models import render_model, render_models_init
from codegen.operations import render_operations
from codegen.resources import render_resources
from codegen.spec import load_spec

HEADER = (
    "# Generated from opay/openapi.json by `make generate` (python -m codegen).\n"
    "# Do not edit: change the API description or the generator and regenerate.\n"
)

MODELS_DIR = "opay/models"


def generate_files(spec_path: Path) -> dict[str, str]:
    """The text of every generated file, keyed by its path relative to the project root."""
    api = load_spec(spec_path)
    files: dict[str, str] = {}
    for model in api.models:
        files[f"{MODELS_DIR}/{model.module}.py"] = HEADER + render_model(model)
    files[f"{MODELS_DIR}/__init__.py"] = HEADER + render_models_init(api.models)
    files["opay/operations.py"] = HEADER + render_operations(api)
    files["opay/resources.py"] = HEADER + render_resources(api, asynchronous=False)
    files["opay/async_resources.py"] = HEADER + render_resources(api, asynchronous=True)
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
