"""Client, AsyncClient, Factory and the top-level package, with in-process transports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import opay
from opay import communicator as communicator_module
from opay.client import AsyncClient, Client
from opay.communicator import AsyncCommunicator, Communicator
from opay.config import CommunicatorConfiguration
from opay.factory import Factory
from opay.transport import Request, Response

KEY_ID = "key-id"
SECRET = "secret-key"


class FakeTransport:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.closed = 0

    def send(self, request: Request) -> Response:
        self.requests.append(request)
        return Response(200, [("Content-Type", "application/json")], b'{"result": "OK"}')

    def close(self) -> None:
        self.closed += 1


class AsyncFakeTransport:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.closed = 0

    async def send(self, request: Request) -> Response:
        self.requests.append(request)
        return Response(200, [("Content-Type", "application/json")], b'{"result": "OK"}')

    async def aclose(self) -> None:
        self.closed += 1


@pytest.fixture
def properties(tmp_path: Path) -> Path:
    path = tmp_path / "sdk.prp"
    path.write_text(
        "[OnlinePaymentsSDK]\n"
        "onlinePayments.api.endpoint.host=api.example.com\n"
        "onlinePayments.api.integrator=Facade tests\n",
        encoding="utf-8",
    )
    return path


def test_import_opay_is_cheap() -> None:
    code = (
        "import sys, opay; print(opay.__version__); print(' '.join(sorted(m for m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == opay.__version__
    loaded = set(out[1].split())
    heavy = {"opay.models", "opay.resources", "opay.operations", "opay.client", "opay.marshal"}
    heavy |= {"urllib3", "httpx", "aiohttp", "cattrs", "opay_transports"}
    assert not loaded & heavy


def test_every_export_resolves() -> None:
    for name in opay.__all__:
        assert getattr(opay, name) is not None
    assert set(opay.__all__) <= set(dir(opay))
    assert opay.Client is Client and opay.Factory is Factory
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = opay.no_such_name


def test_client_uses_given_transport_and_closes_it() -> None:
    transport = FakeTransport()
    with Client("https://api.example.com", KEY_ID, SECRET, transport=transport) as client:
        result = client.merchant("m").services().test_connection()
    assert result.result == "OK"
    [request] = transport.requests
    assert request.url == "https://api.example.com/v2/m/services/testconnection"
    assert transport.closed == 1


def test_client_proxy_credentials_are_kept_out_of_repr() -> None:
    client = Client(
        "https://api.example.com",
        KEY_ID,
        SECRET,
        proxy="http://user:pa55word@proxy.example.com:3128",
    )
    configuration = client.communicator.configuration
    assert configuration.proxy_uri == "http://proxy.example.com:3128"
    assert (configuration.proxy_username, configuration.proxy_password) == ("user", "pa55word")
    assert "pa55word" not in repr(configuration) and SECRET not in repr(configuration)
    client.close()


def test_client_rejects_bad_settings() -> None:
    with pytest.raises(opay.ConfigurationError, match="read_timeout must be a positive"):
        Client("https://api.example.com", KEY_ID, SECRET, read_timeout=0)
    with pytest.raises(opay.ConfigurationError, match="max_connections must be at least 1"):
        Client("https://api.example.com", KEY_ID, SECRET, max_connections=0)
    with pytest.raises(opay.ConfigurationError, match="api_endpoint"):
        Client("api.example.com", KEY_ID, SECRET, transport=FakeTransport())


def test_factory_sync(properties: Path) -> None:
    configuration = Factory.create_configuration(properties, KEY_ID, SECRET)
    assert configuration.api_endpoint == "https://api.example.com"
    transport = FakeTransport()
    client = Factory.create_client_from_configuration(configuration, transport=transport)
    client.merchant("m").services().test_connection()
    assert transport.requests[0].url.startswith("https://api.example.com/v2/m/")
    client.close()

    shared = FakeTransport()
    communicator = Factory.create_communicator_from_file(
        str(properties), KEY_ID, SECRET, transport=shared
    )
    first = Factory.create_client_from_communicator(communicator)
    second = Factory.create_client_from_communicator(communicator)
    first.merchant("a").services().test_connection()
    second.merchant("b").services().test_connection()
    assert [r.url.split("/")[4] for r in shared.requests] == ["a", "b"]
    communicator.close()
    assert shared.closed == 1
    assert isinstance(
        Factory.create_communicator_from_configuration(configuration, transport=FakeTransport()),
        Communicator,
    )
    from_file = Factory.create_client_from_file(
        properties, KEY_ID, SECRET, transport=FakeTransport()
    )
    assert from_file.communicator.configuration.integrator == "Facade tests"


def test_factory_rejects_the_wrong_communicator(properties: Path) -> None:
    configuration = Factory.create_configuration(properties, KEY_ID, SECRET)
    async_communicator = AsyncCommunicator(configuration, AsyncFakeTransport())
    with pytest.raises(TypeError, match="Communicator"):
        Factory.create_client_from_communicator(async_communicator)  # type: ignore[arg-type]


async def test_factory_async(properties: Path) -> None:
    transport = AsyncFakeTransport()
    client = Factory.create_async_client_from_file(properties, KEY_ID, SECRET, transport=transport)
    meta = client.with_client_meta_info(json.dumps({"device": "phone"}))
    assert meta.communicator is client.communicator
    assert (await meta.merchant("m").services().test_connection()).result == "OK"
    assert transport.requests[0].header("X-GCS-ClientMetaInfo") is not None
    await client.aclose()
    await client.aclose()
    assert transport.closed == 1

    configuration = CommunicatorConfiguration("https://api.example.com", KEY_ID, SECRET)
    other = AsyncFakeTransport()
    communicator = Factory.create_async_communicator_from_configuration(
        configuration, transport=other
    )
    async with Factory.create_async_client_from_communicator(communicator) as shared:
        await shared.merchant("m").services().test_connection()
    assert other.closed == 1
    async with Factory.create_async_client_from_configuration(
        configuration, transport=AsyncFakeTransport()
    ) as made:
        assert made.communicator.configuration is configuration


async def test_async_client_constructor() -> None:
    transport = AsyncFakeTransport()
    async with AsyncClient(
        "https://api.example.com", KEY_ID, SECRET, integrator="x", transport=transport
    ) as client:
        with pytest.raises(ValueError, match="merchant_id"):
            client.merchant("")
        await client.merchant("m").services().test_connection()
    assert transport.closed == 1


def test_default_transport_falls_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        communicator_module,
        "SYNC_TRANSPORTS",
        (
            ("opay_transports.not_installed", "Nope"),
            ("opay_transports.stdlib", "StdlibTransport"),
        ),
    )
    configuration = CommunicatorConfiguration("https://api.example.com", KEY_ID, SECRET)
    with Communicator(configuration) as communicator:
        assert type(communicator.transport).__name__ == "StdlibTransport"


def test_default_transport_missing_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        communicator_module, "SYNC_TRANSPORTS", (("opay_transports.not_installed", "Nope"),)
    )
    configuration = CommunicatorConfiguration("https://api.example.com", KEY_ID, SECRET)
    with pytest.raises(ImportError, match=r'pip install "onlinepayments-opay\[urllib3\]"'):
        Communicator(configuration)


def test_default_transports_are_urllib3_and_aiohttp() -> None:
    configuration = CommunicatorConfiguration("https://api.example.com", KEY_ID, SECRET)
    with Communicator(configuration) as communicator:
        assert type(communicator.transport).__name__ == "Urllib3Transport"


async def test_default_async_transport_is_aiohttp() -> None:
    configuration = CommunicatorConfiguration("https://api.example.com", KEY_ID, SECRET)
    async with AsyncCommunicator(configuration) as communicator:
        assert type(communicator.transport).__name__ == "AiohttpTransport"


@pytest.mark.parametrize("merchant_id", ["", "  ", None, ["m"], 42])
def test_merchant_id_must_be_a_non_empty_string(merchant_id: object) -> None:
    client = Client("https://api.example.com", KEY_ID, SECRET, transport=FakeTransport())
    with client, pytest.raises(ValueError, match="merchant_id"):
        client.merchant(merchant_id)  # type: ignore[arg-type]


def test_each_client_keeps_its_own_headers_per_merchant() -> None:
    transport = FakeTransport()
    with Client("https://api.example.com", KEY_ID, SECRET, transport=transport) as client:
        tagged = client.with_client_meta_info('{"a": 1}')
        for _ in range(2):  # a second round uses what the first one made
            client.merchant("m").services().test_connection()
            tagged.merchant("m").services().test_connection()
            tagged.merchant("n").services().test_connection()
    sent = [(r.url.split("/")[4], r.header("X-GCS-ClientMetaInfo")) for r in transport.requests]
    assert sent == [("m", None), ("m", "eyJhIjogMX0="), ("n", "eyJhIjogMX0=")] * 2


def test_async_client_without_an_async_library_fails_at_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # what a user with only a synchronous extra (urllib3) installed has
    for library in ("aiohttp", "httpx", "httpx2"):
        monkeypatch.setitem(sys.modules, library, None)
    for adapter in ("opay_transports.aiohttp", "opay_transports.httpx"):
        monkeypatch.delitem(sys.modules, adapter, raising=False)
    with pytest.raises(ImportError) as info:
        AsyncClient("https://api.example.com", KEY_ID, SECRET)
    message = str(info.value)
    assert message.startswith("no asynchronous HTTP transport is available; install one with ")
    assert 'pip install "onlinepayments-opay[aiohttp]"' in message
    assert 'pip install "onlinepayments-opay[httpx]"' in message
    with pytest.raises(ImportError, match=r"onlinepayments-opay\[aiohttp\]"):
        Factory.create_async_client_from_configuration(
            CommunicatorConfiguration("https://api.example.com", KEY_ID, SECRET)
        )
