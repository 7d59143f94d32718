# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerDevice`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.browser_data import BrowserData
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CustomerDevice(Model):
    """The ``CustomerDevice`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "accept_header": "acceptHeader",
        "browser_data": "browserData",
        "device_fingerprint": "deviceFingerprint",
        "ip_address": "ipAddress",
        "locale": "locale",
        "timezone_offset_utc_minutes": "timezoneOffsetUtcMinutes",
        "user_agent": "userAgent",
    }

    accept_header: str | None = None
    browser_data: BrowserData | None = None
    device_fingerprint: str | None = None
    ip_address: str | None = attrs.field(default=None, repr=model_field_repr("ipAddress"))
    locale: str | None = None
    timezone_offset_utc_minutes: str | None = None
    user_agent: str | None = None
