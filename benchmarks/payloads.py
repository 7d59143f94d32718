"""The canned, platform-shaped messages every contender sends and receives.

One realistic card payment: a create-payment request with customer, device, shipping and a
two-line shopping cart; the platform's 201 answer (a ``CreatePaymentResponse``) and its 200
answer to reading the payment back (a ``PaymentResponse``).
"""

from __future__ import annotations

import json
from typing import Any

MERCHANT_ID = "bench-merchant"
PAYMENT_ID = "3066019730_0"
API_KEY_ID = "BENCH0KEY0ID0123"
SECRET_API_KEY = "bench-secret-api-key-0123456789abcdefghijklmnopqrstuvwxyz="

CREATE_PATH = f"/v2/{MERCHANT_ID}/payments"
GET_PATH = f"/v2/{MERCHANT_ID}/payments/{PAYMENT_ID}"

_AMOUNT = {"amount": 12990, "currencyCode": "EUR"}

CREATE_PAYMENT_REQUEST: dict[str, Any] = {
    "cardPaymentMethodSpecificInput": {
        "authorizationMode": "FINAL_AUTHORIZATION",
        "card": {
            "cardNumber": "4012000033330026",
            "cardholderName": "Wile E. Coyote",
            "cvv": "123",
            "expiryDate": "1230",
        },
        "paymentProductId": 1,
        "returnUrl": "https://shop.example.com/checkout/return",
        "threeDSecure": {
            "challengeIndicator": "no-preference",
            "redirectionData": {"returnUrl": "https://shop.example.com/checkout/3ds"},
            "skipAuthentication": False,
        },
        "transactionChannel": "ECOMMERCE",
        "tokenize": False,
    },
    "order": {
        "amountOfMoney": _AMOUNT,
        "customer": {
            "billingAddress": {
                "city": "Amsterdam",
                "countryCode": "NL",
                "houseNumber": "12",
                "street": "Keizersgracht",
                "zip": "1015 CJ",
            },
            "contactDetails": {
                "emailAddress": "wile.e.coyote@example.com",
                "phoneNumber": "+31200000000",
            },
            "device": {
                "acceptHeader": "text/html,application/xhtml+xml",
                "browserData": {
                    "colorDepth": 24,
                    "javaEnabled": False,
                    "javaScriptEnabled": True,
                    "screenHeight": "1080",
                    "screenWidth": "1920",
                },
                "ipAddress": "198.51.100.7",
                "locale": "nl_NL",
                "timezoneOffsetUtcMinutes": "-60",
                "userAgent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0",
            },
            "locale": "nl_NL",
            "merchantCustomerId": "customer-4711",
            "personalInformation": {
                "dateOfBirth": "19700101",
                "gender": "male",
                "name": {"firstName": "Wile", "surname": "Coyote", "title": "Mr."},
            },
        },
        "references": {
            "descriptor": "ACME order 100042",
            "merchantReference": "order-100042",
        },
        "shipping": {
            "address": {
                "city": "Amsterdam",
                "countryCode": "NL",
                "houseNumber": "12",
                "name": {"firstName": "Wile", "surname": "Coyote"},
                "street": "Keizersgracht",
                "zip": "1015 CJ",
            },
            "emailAddress": "wile.e.coyote@example.com",
            "shippingCost": 490,
            "type": "overnight",
        },
        "shoppingCart": {
            "items": [
                {
                    "amountOfMoney": {"amount": 9990, "currencyCode": "EUR"},
                    "orderLineDetails": {
                        "productCode": "ROCKET-SKATES",
                        "productName": "Rocket skates",
                        "productPrice": 9990,
                        "productType": "goods",
                        "quantity": 1,
                        "taxAmount": 1734,
                    },
                },
                {
                    "amountOfMoney": {"amount": 2510, "currencyCode": "EUR"},
                    "orderLineDetails": {
                        "productCode": "BIRDSEED-1KG",
                        "productName": "Bird seed, 1 kg",
                        "productPrice": 1255,
                        "productType": "goods",
                        "quantity": 2,
                        "taxAmount": 436,
                    },
                },
            ]
        },
    },
}

PAYMENT_RESPONSE: dict[str, Any] = {
    "id": PAYMENT_ID,
    "paymentOutput": {
        "acquiredAmount": _AMOUNT,
        "amountOfMoney": _AMOUNT,
        "cardPaymentMethodSpecificOutput": {
            "acquirerInformation": {"name": "ACQUIRER"},
            "authorisationCode": "test123",
            "card": {
                "bin": "40120000",
                "cardNumber": "************0026",
                "countryCode": "NL",
                "expiryDate": "1230",
            },
            "fraudResults": {
                "avsResult": "U",
                "cvvResult": "M",
                "fraudServiceResult": "accepted",
            },
            "paymentProductId": 1,
            "schemeReferenceData": "483298105273881",
            "threeDSecureResults": {
                "acsTransactionId": "0d4e5c6a-5c1b-4f5e-9a47-2f1d8e2b7c11",
                "authenticationStatus": "Y",
                "cavv": "AAABBEg0VhI0VniQEjRWAAAAAAA=",
                "dsTransactionId": "f25084f0-5b16-4c0a-ae5d-b24808a95e4b",
                "eci": "5",
                "flow": "frictionless",
                "liability": "issuer",
                "version": "2.2.0",
            },
        },
        "customer": {"device": {"ipAddressCountryCode": "NL"}},
        "paymentMethod": "card",
        "references": {"merchantReference": "order-100042"},
    },
    "status": "PENDING_CAPTURE",
    "statusOutput": {
        "isAuthorized": True,
        "isCancellable": True,
        "isRefundable": False,
        "statusCategory": "PENDING_MERCHANT",
        "statusCode": 5,
        "statusCodeChangeDateTime": "20261125174455",
    },
}

CREATE_PAYMENT_RESPONSE: dict[str, Any] = {
    "creationOutput": {
        "externalReference": "bench-merchant-order-100042",
        "isNewToken": False,
        "tokenizationSucceeded": False,
    },
    "payment": PAYMENT_RESPONSE,
}


def _compact(value: dict[str, Any]) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


CREATE_PAYMENT_REQUEST_BODY = _compact(CREATE_PAYMENT_REQUEST)
CREATE_PAYMENT_RESPONSE_BODY = _compact(CREATE_PAYMENT_RESPONSE)
PAYMENT_RESPONSE_BODY = _compact(PAYMENT_RESPONSE)
