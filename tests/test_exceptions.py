"""What exception messages show: the platform's error codes, never the data sent."""

from __future__ import annotations

from opay.exceptions import DeclinedPaymentException, ValidationException
from opay.models import APIError


def test_error_codes_stay_readable_while_echoed_card_numbers_are_hidden() -> None:
    error = APIError(
        code="30511001",
        property_name="cardPaymentMethodSpecificInput.card.cardNumber",
        message="card number 4111111111111111 is not valid",
    )
    text = str(ValidationException(400, "{}", "e-1", [error]))
    assert "30511001" in text
    assert "cardPaymentMethodSpecificInput.card.cardNumber" in text
    assert "4111111111111111" not in text


def test_an_explicit_message_is_scrubbed_whole() -> None:
    text = str(DeclinedPaymentException(402, "{}", message="declined 5555555555554444"))
    assert "5555555555554444" not in text
    assert "declined" in text


def test_str_does_not_repeat_the_class_name() -> None:
    from opay import exceptions

    error = APIError(code="21000020", property_name="order.amountOfMoney.amount")
    for cls in (
        exceptions.ApiException,
        exceptions.ValidationException,
        exceptions.AuthorizationException,
        exceptions.ReferenceException,
        exceptions.IdempotenceException,
        exceptions.PlatformException,
        exceptions.DeclinedPaymentException,
        exceptions.DeclinedRefundException,
        exceptions.DeclinedPayoutException,
    ):
        text = str(cls(400, "{}", "e-1", [error]))
        assert text == "the platform answered HTTP 400; 21000020 [order.amountOfMoney.amount]"
        assert cls.__name__ not in text
    for other in (
        exceptions.CommunicationException("connection reset"),
        exceptions.ConfigurationError("bad port"),
        exceptions.NotFoundException("no such path"),
    ):
        assert type(other).__name__ not in str(other)
