"""Names derived for generated code: module names, constants and class names."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """``CreatePaymentRequest`` -> ``create_payment_request``, ``APIError`` -> ``api_error``."""
    return _BOUNDARY.sub("_", name).lower()


def constant_name(operation_id: str) -> str:
    """The operation table constant of an operation: ``create_payment`` -> ``CREATE_PAYMENT``."""
    return operation_id.upper()


def tag_class_name(tag: str) -> str:
    """The resource client class of a tag: ``hosted_checkout`` -> ``HostedCheckoutClient``."""
    return "".join(part[:1].upper() + part[1:] for part in tag.split("_")) + "Client"


# Where the generated code lives: one package, its module names unlike any hand-written one.
# The public import paths (opay.models, opay.operations, opay.resources, opay.async_resources)
# re-export these.
GENERATED_PACKAGE = "opay.generated"
SCHEMAS_PACKAGE = f"{GENERATED_PACKAGE}.schemas"
OPERATION_TABLE_MODULE = f"{GENERATED_PACKAGE}.operation_table"
RESOURCE_CLIENTS_MODULE = f"{GENERATED_PACKAGE}.resource_clients"
ASYNC_RESOURCE_CLIENTS_MODULE = f"{GENERATED_PACKAGE}.async_resource_clients"


def module_path(module: str) -> str:
    """The file of a module, relative to the project root: ``opay/generated/x.py``."""
    return module.replace(".", "/") + ".py"
