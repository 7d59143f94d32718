"""``Factory``: the platform SDK's way of creating configurations, communicators and clients.

Clients created from one communicator share its connection pool::

    communicator = Factory.create_communicator_from_file("payments_sdk.prp", key_id, secret)
    client = Factory.create_client_from_communicator(communicator)
"""

from __future__ import annotations

import os

from opay.client import AsyncClient, Client
from opay.communicator import AsyncCommunicator, Communicator
from opay.config import CommunicatorConfiguration, load_configuration
from opay.transport import AsyncTransport, Transport

PathLike = str | os.PathLike[str]


class Factory:
    """Static helpers; every method is also reachable through the classes it returns."""

    @staticmethod
    def create_configuration(
        path: PathLike, api_key_id: str, secret_api_key: str
    ) -> CommunicatorConfiguration:
        """Read a properties file (section ``[OnlinePaymentsSDK]``) into a configuration."""
        return load_configuration(path, api_key_id, secret_api_key)

    @staticmethod
    def create_communicator_from_configuration(
        configuration: CommunicatorConfiguration, *, transport: Transport | None = None
    ) -> Communicator:
        """A communicator with its own pool (or on ``transport``)."""
        return Communicator(configuration, transport)

    @staticmethod
    def create_communicator_from_file(
        path: PathLike,
        api_key_id: str,
        secret_api_key: str,
        *,
        transport: Transport | None = None,
    ) -> Communicator:
        """A communicator configured by a properties file."""
        return Communicator(load_configuration(path, api_key_id, secret_api_key), transport)

    @staticmethod
    def create_client_from_communicator(communicator: Communicator) -> Client:
        """A client on ``communicator``, sharing its pool with every other such client."""
        return Client.from_communicator(communicator)

    @staticmethod
    def create_client_from_configuration(
        configuration: CommunicatorConfiguration, *, transport: Transport | None = None
    ) -> Client:
        """A client with its own communicator and pool."""
        return Client.from_communicator(Communicator(configuration, transport))

    @staticmethod
    def create_client_from_file(
        path: PathLike,
        api_key_id: str,
        secret_api_key: str,
        *,
        transport: Transport | None = None,
    ) -> Client:
        """A client configured by a properties file, with its own pool."""
        configuration = load_configuration(path, api_key_id, secret_api_key)
        return Factory.create_client_from_configuration(configuration, transport=transport)

    @staticmethod
    def create_async_communicator_from_configuration(
        configuration: CommunicatorConfiguration, *, transport: AsyncTransport | None = None
    ) -> AsyncCommunicator:
        """An asyncio communicator with its own pool (or on ``transport``)."""
        return AsyncCommunicator(configuration, transport)

    @staticmethod
    def create_async_client_from_communicator(communicator: AsyncCommunicator) -> AsyncClient:
        """An asyncio client on ``communicator``, sharing its pool."""
        return AsyncClient.from_communicator(communicator)

    @staticmethod
    def create_async_client_from_configuration(
        configuration: CommunicatorConfiguration, *, transport: AsyncTransport | None = None
    ) -> AsyncClient:
        """An asyncio client with its own communicator and pool."""
        return AsyncClient.from_communicator(AsyncCommunicator(configuration, transport))

    @staticmethod
    def create_async_client_from_file(
        path: PathLike,
        api_key_id: str,
        secret_api_key: str,
        *,
        transport: AsyncTransport | None = None,
    ) -> AsyncClient:
        """An asyncio client configured by a properties file."""
        configuration = load_configuration(path, api_key_id, secret_api_key)
        return Factory.create_async_client_from_configuration(configuration, transport=transport)
