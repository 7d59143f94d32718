# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardBinDetails`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CardBinDetails(Model):
    """The ``CardBinDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_corporate_indicator": "cardCorporateIndicator",
        "card_effective_date": "cardEffectiveDate",
        "card_effective_date_indicator": "cardEffectiveDateIndicator",
        "card_pan_type": "cardPanType",
        "card_product_code": "cardProductCode",
        "card_product_name": "cardProductName",
        "card_product_usage_label": "cardProductUsageLabel",
        "card_scheme": "cardScheme",
        "card_type": "cardType",
        "country_code": "countryCode",
        "issuer_code": "issuerCode",
        "issuer_name": "issuerName",
        "issuer_principal_member_code": "issuerPrincipalMemberCode",
        "issuer_principal_member_name": "issuerPrincipalMemberName",
        "issuer_region_code": "issuerRegionCode",
        "issuing_country_code": "issuingCountryCode",
        "pan_length_max": "panLengthMax",
        "pan_length_min": "panLengthMin",
        "pan_luhn_check": "panLuhnCheck",
        "virtual_card_indicator": "virtualCardIndicator",
    }

    card_corporate_indicator: bool | None = None
    card_effective_date: datetime.date | None = None
    card_effective_date_indicator: bool | None = None
    card_pan_type: str | None = None
    card_product_code: str | None = None
    card_product_name: str | None = None
    card_product_usage_label: str | None = None
    card_scheme: str | None = None
    card_type: str | None = None
    country_code: str | None = None
    issuer_code: str | None = None
    issuer_name: str | None = None
    issuer_principal_member_code: str | None = None
    issuer_principal_member_name: str | None = None
    issuer_region_code: str | None = None
    issuing_country_code: str | None = None
    pan_length_max: int | None = None
    pan_length_min: int | None = None
    pan_luhn_check: bool | None = None
    virtual_card_indicator: bool | None = None
