"""Payment products: which payment methods a customer may use for an order, and the details
(fields, display hints) of one of them.

Run: python examples/payment_products.py
"""

from __future__ import annotations

from _connect import connect

from opay.models import GetPaymentProductParams, GetPaymentProductsParams


def main() -> None:
    with connect() as (client, merchant_id):
        products = client.merchant(merchant_id).products()
        query = GetPaymentProductsParams(
            country_code="NL", currency_code="EUR", amount=1000, locale="en_GB"
        )
        found = products.get_payment_products(query).payment_products or []
        print(f"get_payment_products: {len(found)} products for NL/EUR")
        for product in found:
            label = product.display_hints.label if product.display_hints else None
            print(f"  {product.id}: {label} ({product.payment_method})")

        first = found[0]
        assert first.id is not None
        detail = products.get_payment_product(
            first.id, GetPaymentProductParams(country_code="NL", currency_code="EUR")
        )
        fields = [field.id for field in detail.fields or []]
        print(f"get_payment_product {detail.id}: fields {', '.join(str(f) for f in fields)}")


if __name__ == "__main__":
    main()
