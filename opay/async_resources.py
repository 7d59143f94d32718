"""The asynchronous resource clients (``AsyncMerchantClient`` and one class per API group),
generated from the API description into :mod:`opay.generated.async_resource_clients` and
re-exported here."""

from opay.generated.async_resource_clients import *  # noqa: F403
from opay.generated.async_resource_clients import AsyncMerchantClient as AsyncMerchantClient
