"""mkdocs hook of the documentation site: the pages generated from the code at build time.

- ``reference/operations/<resource>.md``: every operation of a resource (method, path, Python
  signature, body, query, response and error models, the ``opay call`` form), from
  ``opay.operations.OPERATIONS`` and the generated resource clients;
- ``reference/models/<letter>.md``: every model, documented by mkdocstrings;
- in hand-written pages, ``<!-- opay:NAME -->`` markers replaced by generated text: the help
  of the ``opay`` command, the migration tables of models and query classes, the examples.

Nothing generated is committed: it always matches the code it documents.
"""

from __future__ import annotations

import argparse
import inspect
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

import opay.models
from opay import resources as resource_clients
from opay.cli import build_parser
from opay.cli.call import resources, usage_line
from opay.operation import Operation
from opay.operations import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS_DIR = "reference/operations"
MODELS_DIR = "reference/models"
REFERENCE_SECTION = "API reference"

# Models whose module in the platform's SDK is not the snake_case form of the class name.
PLATFORM_MODULES = {"WebhooksEvent": "web_hooks_event"}


# -- names ----------------------------------------------------------------------------------


def model_names() -> list[str]:
    """Every model and query-parameter class of ``opay.models``, sorted."""
    return sorted(
        name
        for name in dir(opay.models)
        if name[:1].isupper() and isinstance(getattr(opay.models, name), type)
    )


def model_identifier(name: str) -> str:
    """The mkdocstrings identifier of a model: its defining module and class."""
    cls = getattr(opay.models, name)
    return f"{cls.__module__}.{name}"


def model_link(name: str | None) -> str:
    """A Markdown cross-reference to the model ``name`` (a dash for None)."""
    if name is None:
        return "—"
    return f"[`{name}`][{model_identifier(name)}]"


def snake(name: str) -> str:
    """``GetPaymentProductsParams`` -> ``get_payment_products_params`` (module names)."""
    module: str = getattr(opay.models, name).__module__
    return module.rsplit(".", 1)[-1]


def resource_class(tag: str) -> type[Any]:
    """The generated client class of a resource (``payments`` -> ``PaymentsClient``)."""
    annotation = inspect.signature(getattr(resource_clients.MerchantClient, tag)).return_annotation
    cls: type[Any] = getattr(resource_clients, str(annotation).strip("'\""))
    return cls


# -- operation pages --------------------------------------------------------------------------


def python_signature(tag: str, operation: Operation) -> str:
    """``payments().create_payment(body: CreatePaymentRequest | ..., ...) -> ...``."""
    method = getattr(resource_class(tag), operation.operation_id)
    signature = inspect.signature(method)
    params = []
    for param in list(signature.parameters.values())[1:]:
        text = f"{param.name}: {param.annotation}"
        if param.default is not inspect.Parameter.empty:
            text += f" = {param.default!r}"
        params.append(text)
    joined = ",\n    ".join(params)
    head = f"client.merchant(merchant_id).{tag}().{operation.operation_id}"
    call = f"{head}(\n    {joined},\n)" if params else f"{head}()"
    return f"{call} -> {signature.return_annotation}"


def operation_section(operation: Operation) -> str:
    """The reference of one operation."""
    tag = operation.tag
    query = model_link(operation.query_class) if operation.query_class else "—"
    path_ids = [p.python_name for p in operation.path_params if p.bound_by != "merchant"]
    lines = [
        f"## `{operation.operation_id}`",
        "",
        f"`{operation.method} {operation.path}`"
        + (" — **deprecated** by the platform" if operation.deprecated else ""),
        "",
        "```python",
        python_signature(tag, operation),
        "```",
        "",
        "| | |",
        "|:--|:--|",
        f"| path ids | {', '.join(f'`{n}`' for n in path_ids) or '—'} |",
        f"| request body | {model_link(operation.body_model)} |",
        f"| query parameters | {query} |",
        f"| response | {model_link(operation.response_model)} |",
        f"| error body | {model_link(operation.error_model)} |",
        f"| command line | `opay call {usage_line(operation)}` |",
        "",
    ]
    return "\n".join(lines)


def operations_page(tag: str, operations: list[Operation]) -> str:
    """The page of one resource."""
    client = resource_class(tag).__name__
    parts = [
        f"# {tag}",
        "",
        f"`client.merchant(merchant_id).{tag}()` returns a `{client}`; the asyncio client's "
        "has the same methods, to be awaited. Errors raise the exceptions of "
        "[Errors](../../errors.md).",
        "",
    ]
    parts += [operation_section(op) for op in operations]
    return "\n".join(parts)


def operations_index() -> str:
    """Every operation in one table."""
    rows = [
        f"| [`{tag}.{op.operation_id}`]({tag}.md#{op.operation_id}) | `{op.method}` | `{op.path}` |"
        for tag, operations in resources().items()
        for op in operations
    ]
    return "\n".join(
        [
            "# Operations",
            "",
            f"The {len(OPERATIONS)} operations of the API, by resource "
            "(`client.merchant(merchant_id).<resource>().<operation>(...)`).",
            "",
            "| operation | method | path |",
            "|---|---|---|",
            *rows,
            "",
        ]
    )


# -- model pages --------------------------------------------------------------------------------

MODEL_OPTIONS = """\
    options:
      show_if_no_docstring: true
      show_bases: false
      show_root_heading: true
      members_order: source
      heading_level: 2
"""


def model_groups() -> dict[str, list[str]]:
    """The models grouped by first letter."""
    groups: dict[str, list[str]] = {}
    for name in model_names():
        groups.setdefault(name[0], []).append(name)
    return groups


def models_page(letter: str, names: list[str]) -> str:
    """The page of the models starting with ``letter``."""
    parts = [f"# Models: {letter}", ""]
    for name in names:
        parts += [f"::: {model_identifier(name)}", MODEL_OPTIONS]
    return "\n".join(parts)


def models_index() -> str:
    """Every model, linked, by letter."""
    parts = [
        "# Models",
        "",
        "Every model of the API description and every query-parameter class, importable as "
        "`from opay.models import <Name>`. Attributes are snake_case; `to_dictionary()` and "
        "`from_dictionary()` use the JSON names.",
        "",
    ]
    for letter, names in model_groups().items():
        parts += [f"## {letter}", "", ", ".join(model_link(n) for n in names), ""]
    return "\n".join(parts)


# -- generated parts of hand-written pages --------------------------------------------------------


def cli_help(arguments: str) -> str:
    """The ``--help`` text of ``opay <arguments>``, in a code block."""
    parser = build_parser()
    for word in shlex.split(arguments):
        subcommands = next(
            action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
        )
        parser = subcommands.choices[word]
    return f"```text\n{parser.format_help().rstrip()}\n```"


def migration_models() -> str:
    """The import of every model in the platform's SDK and in opay."""
    query_classes = {op.query_class: op.tag for op in OPERATIONS.values() if op.query_class}
    rows = []
    for name in model_names():
        if name in query_classes:
            continue
        module = PLATFORM_MODULES.get(name, snake(name))
        rows.append(f"| `onlinepayments.sdk.domain.{module}.{name}` | {model_link(name)} |")
    return "\n".join(["| platform SDK | opay.models |", "|---|---|", *rows])


def migration_queries() -> str:
    """The import of every query-parameter class in the platform's SDK and in opay."""
    rows = []
    for name, tag in sorted(
        {op.query_class: op.tag for op in OPERATIONS.values() if op.query_class}.items()
    ):
        package = tag.replace("_", "")
        rows.append(
            f"| `onlinepayments.sdk.merchant.{package}.{snake(name)}.{name}` | {model_link(name)} |"
        )
    return "\n".join(["| platform SDK | opay.models |", "|---|---|", *rows])


def example_scripts() -> list[Path]:
    """The runnable scripts of ``examples/``."""
    return sorted(p for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))


def examples_list() -> str:
    """Each example: its docstring and its code (folded)."""
    import ast

    parts = []
    for path in example_scripts():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        summary, _, details = doc.partition("\n\n")
        summary = summary.replace("\n", " ")
        title, colon, rest = summary.partition(": ")
        if not colon or len(title) > 70:
            title, rest = path.stem.replace("_", " ").capitalize(), summary
        parts += [
            f"## {title}",
            "",
            rest[:1].upper() + rest[1:],
            "",
            details,
            "",
            f'??? example "examples/{path.name}"',
            "",
            "    ```python",
            f'    --8<-- "examples/{path.name}"',
            "    ```",
            "",
        ]
    return "\n".join(parts)


MARKERS: dict[str, Callable[[str], str]] = {
    "cli-help": cli_help,
    "migration-models": lambda _: migration_models(),
    "migration-queries": lambda _: migration_queries(),
    "examples": lambda _: examples_list(),
}
_MARKER = re.compile(r"<!-- opay:([\w-]+)(?: ([^>]*?))? -->")


def expand_markers(markdown: str, where: str) -> str:
    """``markdown`` with each ``<!-- opay:NAME ARGS -->`` replaced by its generated text."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in MARKERS:
            raise ValueError(f"{where}: unknown generated block {name!r}")
        return MARKERS[name](match.group(2) or "")

    return _MARKER.sub(replace, markdown)


# -- mkdocs events ------------------------------------------------------------------------------


def generated_pages() -> dict[str, str]:
    """Every generated page: its path in the site and its Markdown."""
    pages = {f"{OPERATIONS_DIR}/index.md": operations_index()}
    for tag, operations in resources().items():
        pages[f"{OPERATIONS_DIR}/{tag}.md"] = operations_page(tag, operations)
    pages[f"{MODELS_DIR}/index.md"] = models_index()
    for letter, names in model_groups().items():
        pages[f"{MODELS_DIR}/{letter.lower()}.md"] = models_page(letter, names)
    return pages


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Add the generated pages to the API reference section of the navigation."""
    nav: list[Any] = config.nav or []
    for entry in nav:
        if isinstance(entry, dict) and REFERENCE_SECTION in entry:
            section: list[Any] = entry[REFERENCE_SECTION]
            break
    else:
        raise ValueError(f"mkdocs.yml: the nav has no {REFERENCE_SECTION!r} section")
    section.append(
        {
            "Operations": [f"{OPERATIONS_DIR}/index.md"]
            + [{tag: f"{OPERATIONS_DIR}/{tag}.md"} for tag in resources()]
        }
    )
    section.append(
        {
            "Models": [f"{MODELS_DIR}/index.md"]
            + [{letter: f"{MODELS_DIR}/{letter.lower()}.md"} for letter in model_groups()]
        }
    )
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages."""
    for path, content in generated_pages().items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill in the generated blocks of a page."""
    return expand_markers(markdown, page.file.src_uri)
