"""The synchronous resource clients (``MerchantClient`` and one class per API group),
generated from the API description into :mod:`opay.generated.resource_clients` and
re-exported here."""

from opay.generated.resource_clients import *  # noqa: F403
from opay.generated.resource_clients import MerchantClient as MerchantClient
