"""The platform's response shapes, rendered from the sandbox's records."""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any

from opay.sandbox import cards, catalog
from opay.sandbox.lifecycles import (
    CHECKOUT_PAYMENT_CATEGORY,
    LINK,
    MANDATE,
    PAYMENT,
    PAYOUT,
    Output,
    PaymentAction,
    PaymentState,
    PayoutState,
)
from opay.sandbox.state import (
    Mandate,
    Operation,
    Payment,
    PaymentLink,
    Payout,
    Token,
)

# States in which a payment carries its authorisation code: authorised, then captured,
# refunded or cancelled after the authorisation.
_AUTHORISED_ONCE = frozenset(
    {
        PaymentState.PENDING_CAPTURE,
        PaymentState.CAPTURED,
        PaymentState.REFUNDED,
        PaymentState.CANCELLED,
    }
)


def iso(moment: datetime) -> str:
    """A date-time as the platform writes it: ``2025-06-06T14:00:00.000Z``."""
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def compact(moment: datetime) -> str:
    """``statusCodeChangeDateTime`` style: ``yyyyMMddHHmmss``."""
    return moment.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")


def money(amount: int, currency: str) -> dict[str, Any]:
    return {"amount": amount, "currencyCode": currency}


def payment_status_output(payment: Payment) -> dict[str, Any]:
    output = PAYMENT.output(payment.status)
    # isAuthorized: an authorisation is open (authorised, or something is left to capture)
    authorised = payment.status is PaymentState.PENDING_CAPTURE or payment.capturable > 0
    body: dict[str, Any] = {
        "statusCode": output.code,
        "statusCategory": output.category,
        "statusCodeChangeDateTime": compact(payment.changed),
        "isCancellable": payment.capturable > 0,
        "isAuthorized": authorised,
        "isRefundable": payment.refundable > 0,
    }
    if payment.errors:
        body["errors"] = list(payment.errors)
    return body


def card_essentials(card: cards.CheckedCard) -> dict[str, Any]:
    details = catalog.iin_details(card.brand)
    essentials: dict[str, Any] = {
        "cardNumber": cards.masked(card.number),
        "expiryDate": card.expiry,
        "bin": card.number[:6],
    }
    for key in (
        "cardScheme",
        "cardType",
        "cardProductName",
        "countryCode",
        "issuerName",
        "issuingCountryCode",
        "panLengthMin",
        "panLengthMax",
        "panLuhnCheck",
    ):
        essentials[key] = details[key]
    return essentials


def _authorisation_code(payment: Payment) -> str:
    return payment.base_id[-6:]


def _card_output(payment: Payment) -> dict[str, Any]:
    assert payment.card is not None
    out: dict[str, Any] = {
        "paymentProductId": payment.product_id,
        "card": card_essentials(payment.card),
        "fraudResults": {"avsResult": "0", "cvvResult": "M", "fraudServiceResult": "accepted"},
    }
    if payment.status in _AUTHORISED_ONCE:
        out["authorisationCode"] = _authorisation_code(payment)
    if not payment.skipped_authentication:
        out["threeDSecureResults"] = three_d_secure_results(payment)
    if payment.token is not None:
        out["token"] = payment.token
    return out


def _authentication_status(payment: Payment, outcome: cards.Outcome) -> str:
    """The EMV 3-D Secure transStatus: Y authenticated, A attempted, N not authenticated,
    R rejected by the issuer, C challenge under way."""
    if outcome.challenged:
        if payment.status is PaymentState.REDIRECTED:
            return "C"
        if payment.status is PaymentState.REJECTED:
            return "R" if outcome is cards.Outcome.CHALLENGE_REJECTED else "N"
        return "Y"
    return {
        cards.Outcome.ATTEMPTED: "A",
        cards.Outcome.AUTHENTICATION_FAILED: "N",
        cards.Outcome.AUTHENTICATION_REJECTED: "R",
    }.get(outcome, "Y")


def three_d_secure_results(payment: Payment) -> dict[str, Any]:
    """``threeDSecureResults`` of a card payment authenticated by 3-D Secure."""
    assert payment.card is not None
    outcome = cards.outcome_of(payment.card.number)
    status = _authentication_status(payment, outcome)
    # ECI: 05 authenticated, 06 attempted, 07 not authenticated (Mastercard: 02, 01, 00)
    mastercard = payment.card.brand is cards.MASTERCARD
    eci = {"Y": "02" if mastercard else "05", "A": "01" if mastercard else "06"}.get(
        status, "00" if mastercard else "07"
    )
    return {
        "version": "2.2.0",
        "flow": "challenge" if outcome.challenged else "frictionless",
        "eci": eci,
        "liability": "issuer" if status in ("Y", "A") else "merchant",
        "authenticationStatus": status,
    }


def payment_output(payment: Payment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "amountOfMoney": money(payment.amount, payment.currency),
        "acquiredAmount": money(payment.captured, payment.currency),
        "amountPaid": payment.captured,
        "references": dict(payment.references),
        "paymentMethod": payment.method,
        "paymentCreationDate": iso(payment.created),
        "transactionDate": iso(payment.changed),
    }
    if payment.method == "card" and payment.card is not None:
        out["cardPaymentMethodSpecificOutput"] = _card_output(payment)
    elif payment.method == "mobile":
        out["mobilePaymentMethodSpecificOutput"] = {
            "paymentProductId": payment.product_id,
            "network": "VISA",
        }
    elif payment.method == "directDebit":
        sepa: dict[str, Any] = {"paymentProductId": payment.product_id}
        if payment.mandate_reference is not None:
            sepa["paymentProduct771SpecificOutput"] = {
                "mandateReference": payment.mandate_reference
            }
        out["sepaDirectDebitPaymentMethodSpecificOutput"] = sepa
    else:
        out["redirectPaymentMethodSpecificOutput"] = {"paymentProductId": payment.product_id}
    return out


def payment_json(payment: Payment) -> dict[str, Any]:
    """``PaymentResponse``."""
    body: dict[str, Any] = {
        "id": payment.id,
        "status": PAYMENT.output(payment.status).status,
        "statusOutput": payment_status_output(payment),
        "paymentOutput": payment_output(payment),
    }
    if payment.hosted_checkout_id is not None:
        body["hostedCheckoutSpecificOutput"] = {"hostedCheckoutId": payment.hosted_checkout_id}
    return body


def merchant_action(payment: Payment, base_url: str) -> dict[str, Any] | None:
    """The redirect a payment waiting for the customer asks for (None in other states)."""
    if not PAYMENT.can(payment.status, PaymentAction.COMPLETE):
        return None
    return {
        "actionType": "REDIRECT",
        "redirectData": {
            "redirectURL": f"{base_url}/challenge/{payment.id}",
            "RETURNMAC": payment.returnmac or "",
        },
    }


def create_payment_response(payment: Payment, base_url: str) -> dict[str, Any]:
    """``CreatePaymentResponse`` (also the ``paymentResult`` of a decline)."""
    body: dict[str, Any] = {"payment": payment_json(payment)}
    action = merchant_action(payment, base_url)
    if action is not None:
        body["merchantAction"] = action
    if payment.token is not None:
        body["creationOutput"] = {
            "token": payment.token,
            "isNewToken": payment.new_token,
            "tokenizationSucceeded": True,
        }
    return body


def _status_output_order(status: Output, cancellable: bool = False) -> dict[str, Any]:
    return {
        "statusCode": status.code,
        "statusCategory": status.category,
        "isCancellable": cancellable,
    }


def created_payment_output(payment: Payment) -> dict[str, Any]:
    """``CreatedPaymentOutput`` of a hosted checkout that made ``payment``."""
    return {
        "payment": payment_json(payment),
        "paymentStatusCategory": CHECKOUT_PAYMENT_CATEGORY[payment.status],
    }


def capture_json(payment: Payment, capture: Operation) -> dict[str, Any]:
    """``Capture`` / ``CaptureResponse``."""
    output: dict[str, Any] = {
        "amountOfMoney": money(capture.amount, payment.currency),
        "acquiredAmount": money(capture.amount, payment.currency),
        "amountPaid": capture.amount,
        "references": dict(payment.references),
        "paymentMethod": payment.method,
        "paymentCreationDate": iso(payment.created),
        "transactionDate": iso(capture.at),
    }
    if capture.operation_references:
        output["operationReferences"] = dict(capture.operation_references)
    if payment.method == "card" and payment.card is not None:
        output["cardPaymentMethodSpecificOutput"] = _card_output(payment)
    return {
        "id": capture.id,
        "status": capture.status.status,
        "statusOutput": {"statusCode": capture.status.code},
        "captureOutput": output,
    }


def refund_json(payment: Payment, refund: Operation) -> dict[str, Any]:
    """``RefundResponse``."""
    output: dict[str, Any] = {
        "amountOfMoney": money(refund.amount, payment.currency),
        "amountPaid": refund.amount,
        "references": dict(payment.references),
        "paymentMethod": payment.method,
        "paymentCreationDate": iso(payment.created),
        "transactionDate": iso(refund.at),
    }
    if refund.operation_references:
        output["operationReferences"] = dict(refund.operation_references)
    if payment.method == "card":
        output["cardRefundMethodSpecificOutput"] = {
            "totalAmountPaid": payment.captured,
            "totalAmountRefunded": payment.refunded,
        }
    return {
        "id": refund.id,
        "status": refund.status.status,
        "statusOutput": _status_output_order(refund.status),
        "refundOutput": output,
    }


def operation_json(payment: Payment, op: Operation) -> dict[str, Any]:
    """``OperationOutput`` of the payment details."""
    body: dict[str, Any] = {
        "id": op.id,
        "amountOfMoney": money(op.amount, payment.currency),
        "paymentMethod": payment.method,
        "references": dict(payment.references),
        "status": op.status.status,
        "statusOutput": {
            "statusCode": op.status.code,
            "statusCategory": op.status.category,
            "statusCodeChangeDateTime": compact(op.at),
            "isCancellable": False,
            "isAuthorized": op.kind == "authorization"
            and op.status == PAYMENT.output(PaymentState.PENDING_CAPTURE),
            "isRefundable": op.kind == "capture",
        },
        "transactionDate": iso(op.at),
    }
    if op.operation_references:
        body["operationReferences"] = dict(op.operation_references)
    return body


def payment_details_json(payment: Payment) -> dict[str, Any]:
    """``PaymentDetailsResponse``."""
    body = payment_json(payment)
    body["Operations"] = [operation_json(payment, op) for op in payment.operations]
    return body


def token_json(token: Token) -> dict[str, Any]:
    """``TokenResponse``."""
    card = token.card
    details = catalog.iin_details(card.brand)
    bin_details = dict(details)
    without_cvv: dict[str, Any] = {
        "cardNumber": cards.masked(card.number),
        "expiryDate": card.expiry,
    }
    if card.holder is not None:
        without_cvv["cardholderName"] = card.holder
    return {
        "id": token.id,
        "paymentProductId": token.product_id,
        "isTemporary": False,
        "card": {
            "alias": cards.masked(card.number),
            "data": {"cardWithoutCvv": without_cvv, "cardBinDetails": bin_details},
        },
    }


def created_token_json(token: Token, is_new: bool) -> dict[str, Any]:
    """``CreatedTokenResponse``."""
    card: dict[str, Any] = {
        "cardNumber": cards.masked(token.card.number),
        "expiryDate": token.card.expiry,
    }
    if token.card.holder is not None:
        card["cardholderName"] = token.card.holder
    return {
        "token": token.id,
        "isNewToken": is_new,
        "tokenStatus": "CREATED" if is_new else "UNCHANGED",
        "card": card,
    }


def payment_link_json(link: PaymentLink, base_url: str) -> dict[str, Any]:
    """``PaymentLinkResponse``."""
    order: dict[str, Any] = {"amount": money(link.amount, link.currency)}
    if link.merchant_reference is not None:
        order["merchantReference"] = link.merchant_reference
    body: dict[str, Any] = {
        "paymentLinkId": link.id,
        "redirectionUrl": f"{base_url}/hostedcheckout/{link.hosted_checkout_id}",
        "status": LINK.output(link.status).status,
        "isReusableLink": link.reusable,
        "paymentLinkOrder": order,
        "paymentLinkEvents": list(link.events),
    }
    if link.expiration is not None:
        body["expirationDate"] = iso(link.expiration)
    if link.recipient_name is not None:
        body["recipientName"] = link.recipient_name
    if link.payment_id is not None:
        body["paymentId"] = link.payment_id
    if link.qr_code:
        # stands in for the QR code image: the URL, base64 encoded
        body["qrCodeBase64"] = base64.b64encode(body["redirectionUrl"].encode()).decode()
    return body


def mandate_json(mandate: Mandate) -> dict[str, Any]:
    """``MandateResponse``."""
    request = mandate.request
    body: dict[str, Any] = {
        "uniqueMandateReference": mandate.reference,
        "status": MANDATE.output(mandate.status).status,
    }
    for key in ("alias", "customerReference", "recurrenceType"):
        if request.get(key) is not None:
            body[key] = request[key]
    if request.get("customer") is not None:
        body["customer"] = request["customer"]
    return body


def payout_json(payout: Payout) -> dict[str, Any]:
    """``PayoutResponse`` / ``PayoutResult``."""
    output: dict[str, Any] = {
        "amountOfMoney": money(payout.amount, payout.currency),
        "references": dict(payout.references),
        "paymentCreationDate": iso(payout.created),
        "transactionDate": iso(payout.created),
        "payoutCardPaymentMethodSpecificOutput": {
            "paymentProductId": payout.product_id,
            "card": card_essentials(payout.card),
        },
    }
    if payout.reason is not None:
        output["payoutReason"] = payout.reason
    if payout.status is PayoutState.ACCOUNT_CREDITED:
        output["payoutCardPaymentMethodSpecificOutput"]["authorisationCode"] = payout.id[-6:]
    status = PAYOUT.output(payout.status)
    return {
        "id": payout.id,
        "status": status.status,
        "statusOutput": {
            "statusCode": status.code,
            "statusCategory": status.category,
            "isCancellable": False,
        },
        "payoutOutput": output,
    }
