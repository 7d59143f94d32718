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
