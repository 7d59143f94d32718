"""The documentation site's generated pages and the README's migration table."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from opay.operations import OPERATIONS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("opay_docs", ROOT / "docs/hooks/opay_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["opay_docs"] = module
    spec.loader.exec_module(module)
    return module


def test_every_operation_has_its_section(hook: ModuleType) -> None:
    pages: dict[str, str] = hook.generated_pages()
    for operation in OPERATIONS.values():
        page = pages[f"reference/operations/{operation.tag}.md"]
        assert f"## `{operation.operation_id}`" in page
        assert f"`{operation.method} {operation.path}`" in page
        if operation.body_model:
            assert f"[`{operation.body_model}`][opay.generated.schemas." in page


def test_every_model_is_documented_once(hook: ModuleType) -> None:
    pages: dict[str, str] = hook.generated_pages()
    directives = [
        line
        for path, text in pages.items()
        if path.startswith("reference/models/")
        for line in text.splitlines()
        if line.startswith("::: ")
    ]
    assert len(directives) == len(set(directives)) == len(hook.model_names())
    assert "::: opay.generated.schemas.create_payment_request.CreatePaymentRequest" in directives


def test_migration_tables_name_the_platform_modules(hook: ModuleType) -> None:
    models = hook.migration_models()
    assert "`onlinepayments.sdk.domain.create_payment_request.CreatePaymentRequest`" in models
    assert "`onlinepayments.sdk.domain.web_hooks_event.WebhooksEvent`" in models
    assert "GetPaymentProductsParams" not in models
    queries = hook.migration_queries()
    assert (
        "`onlinepayments.sdk.merchant.products.get_payment_products_params."
        "GetPaymentProductsParams`" in queries
    )
    assert "`onlinepayments.sdk.merchant.productgroups.get_product_groups_params." in queries


def test_unknown_marker_is_an_error(hook: ModuleType) -> None:
    with pytest.raises(ValueError, match="unknown generated block 'nope'"):
        hook.expand_markers("<!-- opay:nope -->", "page.md")
    assert "usage: opay call" in hook.expand_markers("<!-- opay:cli-help call -->", "page.md")


def _readme_section(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"<!-- --8<-- [start:{name}] -->")
    return text[start : text.index(f"<!-- --8<-- [end:{name}] -->", start)]


def _resolve(dotted: str) -> object:
    """The object named by ``dotted``: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            value = getattr(value, attribute)
        return value
    raise ImportError(dotted)


def test_readme_migration_table_names_importable_opay_objects() -> None:
    rows = [line for line in _readme_section("migration").splitlines() if line.startswith("| `")]
    assert len(rows) > 20
    for row in rows:
        opay_side = row.split("|")[2]
        for dotted in re.findall(r"`(opay[\w.]*)", opay_side):
            if dotted.endswith("."):  # a pattern such as opay.models.<Model>
                continue
            assert _resolve(dotted) is not None, row
