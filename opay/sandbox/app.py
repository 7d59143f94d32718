"""The sandbox application: a sans-IO, stateful simulator of the platform.

:meth:`SandboxApp.handle` turns one :class:`~opay.transport.Request` into one
:class:`~opay.transport.Response`, checking what the platform checks (v1HMAC signature, Date
header, API key and merchant, request bodies against the API description), keeping state in
memory, honouring idempotence keys, and reporting webhook events through ``on_event``. It is
thread-safe: the servers call it from many threads at once.

Paths under ``/_sandbox/`` are a read-only, unauthenticated view of the state for tests.
The hosted pages (checkout, tokenization, 3-D Secure challenge) are served elsewhere; the
methods below make the state changes they stand for.
"""

from __future__ import annotations

import email.utils
import json
import re
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

from opay import signing
from opay.compression import gunzip_within
from opay.exceptions import CommunicationException
from opay.sandbox import cards, errors, validation, views
from opay.sandbox.handlers import Context, Handler, all_handlers
from opay.sandbox.handlers import hosted as hosted_ops
from opay.sandbox.handlers import links as link_ops
from opay.sandbox.handlers import payments as payment_ops
from opay.sandbox.idempotence import IdempotenceStore, State, deduplicates, refreshed
from opay.sandbox.lifecycles import (
    CHECKOUT,
    LINK,
    PAYMENT,
    CheckoutAction,
    LinkAction,
    PaymentAction,
    checkout_successful,
)
from opay.sandbox.state import HostedCheckout, Payment, Store
from opay.transport import Request, Response

MAX_CLOCK_SKEW = timedelta(minutes=15)
IDEMPOTENCE_KEY = "X-GCS-Idempotence-Key"
IDEMPOTENCE_TIMESTAMP = "X-GCS-Idempotence-Request-Timestamp"
# The replay's date-time header, as the platform's SDK reads it (its communicator sets
# CallContext.idempotence_response_date_time from it) and the API description lists it. No
# doc page says what time it holds; the sandbox sends the first request's (its choice).
IDEMPOTENCE_DATE_TIME = "IdempotencyResponseDatetime"
MAX_DECODED_BODY = 16 * 1024 * 1024  # what a gzip request body may expand to (the sandbox's own)
_JSON = (("Content-Type", "application/json"),)
_TEXT = (("Content-Type", "text/plain; charset=utf-8"),)


@attrs.frozen
class Route:
    """One operation of the API description, matched by method and path pattern."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    body_model: str | None
    error_model: str
    query: tuple[dict[str, Any], ...]  # the query parameters of the API description
    path_params: tuple[dict[str, Any], ...]  # its path parameters


def _routes() -> list[Route]:
    routes = []
    for template, item in validation.spec()["paths"].items():
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        for method, op in item.items():
            if method == "parameters":
                continue
            body_ref = (
                op.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
                .get("$ref")
            )
            routes.append(
                Route(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    template=template,
                    pattern=re.compile(f"^{regex}$"),
                    body_model=body_ref.rsplit("/", 1)[-1] if body_ref else None,
                    error_model=op.get("x-error-type", "ErrorResponse"),
                    query=tuple(p for p in op.get("parameters", []) if p["in"] == "query"),
                    path_params=tuple(p for p in op.get("parameters", []) if p["in"] == "path"),
                )
            )
    # literal segments win over parameters (".../tokens/importCofSeries" before ".../{tokenId}")
    routes.sort(key=lambda r: -sum(1 for s in r.template.split("/") if s and "{" not in s))
    return routes


def _dump(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _json_response(status: int, body: Any, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    if body is None:
        return Response(status, headers, b"")
    return Response(status, _JSON + headers, _dump(body))


def _text_response(status: int, text: str) -> Response:
    return Response(status, _TEXT, text.encode("utf-8"))


def _forbidden(code: errors.Entry, message: str) -> errors.Failure:
    return errors.fail(code, message)


class SandboxApp:
    """The platform simulator. See the module documentation."""

    def __init__(
        self,
        *,
        merchant_id: str = "sandbox-merchant",
        api_key_id: str = "sandbox-key",
        secret_api_key: str = "sandbox-secret",
        base_url: str = "http://127.0.0.1",
        clock: Callable[[], datetime] | None = None,
        on_event: Callable[[dict[str, Any]], None] | None = None,
        seed: int | None = None,
        before_handling: Callable[[Request], None] | None = None,
        processing_delay: float = 0.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """``before_handling(request)`` runs for every API request after its idempotence key
        is marked in progress and before it is handled, outside the lock: a hook for slow
        requests (fault injection, tests of concurrent repeats).

        ``processing_delay`` (seconds) holds every request of an operation the platform
        deduplicates "in progress" that long, its idempotence key registered, before it runs
        (with ``sleep``): a repeat with the same key meanwhile gets the platform's 409."""
        if not 0 <= processing_delay < float("inf"):
            raise ValueError(
                f"processing_delay must be a finite number of seconds >= 0, got {processing_delay!r}"
            )
        self.processing_delay = float(processing_delay)
        self._sleep = sleep
        self.base_url = base_url
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._on_event = on_event
        self._before_handling = before_handling
        self._lock = threading.RLock()
        self._merchants: set[str] = {merchant_id}
        self._api_keys: dict[str, str] = {api_key_id: secret_api_key}
        self.webhook_keys: dict[str, str] = {}
        self._store = Store(seed)
        self._idempotence = IdempotenceStore()
        self._routes = _routes()
        self._handlers: dict[str, Handler] = all_handlers()
        self._events: list[dict[str, Any]] = []
        self._requests: list[dict[str, Any]] = []

    # configuration

    def add_merchant(self, merchant_id: str) -> None:
        """Let the API keys act for one more merchant."""
        with self._lock:
            self._merchants.add(merchant_id)

    def add_api_key(self, key_id: str, secret: str) -> None:
        """Accept one more API key (valid for every merchant)."""
        signing.check_api_key_id(key_id)
        with self._lock:
            self._api_keys[key_id] = secret

    def now(self) -> datetime:
        """The simulator's current time (from its clock), timezone-aware."""
        moment = self._clock()
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)

    # requests

    def handle(self, request: Request) -> Response:
        """Answer one request."""
        parts = urlsplit(request.url)
        path = parts.path
        if path == "/_sandbox" or path.startswith("/_sandbox/"):
            return self._inspect(request.method, path)
        if not path.startswith("/v2/"):
            return _text_response(404, f"Not Found: {path}")
        events: list[dict[str, Any]] = []
        log: dict[str, Any] = {
            "method": request.method,
            "path": path,
            "operationId": None,
            "idempotenceKey": request.header(IDEMPOTENCE_KEY),
            "status": None,
            "replayed": False,
        }
        try:
            response = self._handle_api(request, parts.query, path, log, events)
        except BaseException:
            with self._lock:
                self._requests.append(log)
                self._events.extend(events)
            raise
        log["status"] = response.status
        with self._lock:
            self._requests.append(log)
            self._events.extend(events)
        if self._on_event is not None:
            for event in events:
                self._on_event(event)
        return response

    def _handle_api(
        self,
        request: Request,
        query: str,
        path: str,
        log: dict[str, Any],
        events: list[dict[str, Any]],
    ) -> Response:
        now = self.now()
        route: Route | None = None
        try:
            self._authenticate(request, now)
            route, params = self._route(request.method, path)
            log["operationId"] = route.operation_id
            merchant_id = params.get("merchantId")
            if merchant_id is not None and merchant_id not in self._merchants:
                raise _forbidden(
                    errors.AUTHORIZATION, f"the API key may not act for merchant {merchant_id!r}"
                )
        except errors.Failure as failure:
            return self._error_response(failure, route)
        deduplicated = deduplicates(route.operation_id)
        key = request.header(IDEMPOTENCE_KEY) if deduplicated else None
        idem_key = None
        if key:
            idem_key = (merchant_id or "", path, key)
            timestamp = int(now.timestamp() * 1000)
            with self._lock:
                state, first, stored = self._idempotence.begin(idem_key, timestamp)
                if state is State.DONE:
                    assert stored is not None
                    log["replayed"] = True
                    return self._replay(stored, first, merchant_id or "")
            if state is State.IN_PROGRESS:
                return self._in_progress(route, first)
        try:
            if deduplicated and self.processing_delay:
                self._sleep(self.processing_delay)
            if self._before_handling is not None:
                self._before_handling(request)
            with self._lock:
                response = self._run(request, route, params, query, merchant_id, now, events)
        except BaseException:
            if idem_key is not None:
                with self._lock:
                    self._idempotence.abandon(idem_key)
            raise
        if idem_key is not None:
            with self._lock:
                self._idempotence.finish(idem_key, response)
        return response

    def _replay(self, stored: Response, first: int, merchant_id: str) -> Response:
        """The first outcome of a deduplicated request again, showing the current state of
        its payment, with the first request's timestamp (called under the lock)."""

        def current_payment(payment_id: str) -> dict[str, Any] | None:
            payment = self._store.payment(merchant_id, payment_id)
            return views.payment_json(payment) if payment is not None else None

        first_time = datetime.fromtimestamp(first / 1000, timezone.utc)
        return Response(
            stored.status,
            (
                *stored.headers,
                (IDEMPOTENCE_TIMESTAMP, str(first)),
                (IDEMPOTENCE_DATE_TIME, first_time.isoformat(timespec="milliseconds")),
            ),
            refreshed(stored, current_payment),
        )

    def _in_progress(self, route: Route, first: int) -> Response:
        """The platform's 409 for a repeat while the first request is being processed."""
        conflict = errors.fail(
            errors.IN_PROGRESS, "a request with this idempotence key is still being processed"
        )
        response = self._error_response(conflict, route)
        return Response(
            response.status,
            (*response.headers, (IDEMPOTENCE_TIMESTAMP, str(first))),
            response.body,
        )

    def _run(
        self,
        request: Request,
        route: Route,
        params: dict[str, str],
        query: str,
        merchant_id: str | None,
        now: datetime,
        events: list[dict[str, Any]],
    ) -> Response:
        ctx = Context(
            store=self._store,
            base_url=self.base_url,
            now=now,
            merchant_id=merchant_id or "",
            params=params,
            credentials={**self._api_keys, **self.webhook_keys},
        )
        try:
            self._check_path(route, params)
            ctx.query = self._query(route, query)
            ctx.body = self._body(request, route)
            reply = self._handlers[route.operation_id](ctx)
        except errors.Failure as failure:
            events.extend(ctx.events)
            return self._error_response(failure, route)
        events.extend(ctx.events)
        return _json_response(reply.status, reply.body, reply.headers)

    def _error_response(self, failure: errors.Failure, route: Route | None) -> Response:
        with self._lock:
            error_id = self._store.uuid()
        if route is not None and route.error_model == "ProblemDetailsResponse":
            # RFC 7807 fields from the first error; the docs give no example of which text
            # goes in title and which in detail: both carry the message (the sandbox's own)
            first = failure.errors[0]
            body: dict[str, Any] = {
                "type": f"about:blank#{first.code.id}",
                "title": first.message,
                "status": failure.status,
                "detail": first.message,
                "instance": error_id,
            }
            return Response(
                failure.status, (("Content-Type", "application/problem+json"),), _dump(body)
            )
        return _json_response(failure.status, failure.body(error_id))

    # checks

    def _authenticate(self, request: Request, now: datetime) -> None:
        date = request.header("Date")
        if not date:
            raise _forbidden(errors.DATE, "the Date header is missing")
        try:
            sent = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError):
            raise _forbidden(
                errors.DATE, f"the Date header {date!r} is not an RFC 1123 date"
            ) from None
        if sent.tzinfo is None:
            sent = sent.replace(tzinfo=timezone.utc)
        if abs(sent - now) > MAX_CLOCK_SKEW:
            raise _forbidden(
                errors.DATE,
                "the Date header is more than 15 minutes away from the platform's clock",
            )
        authorization = request.header("Authorization")
        if not authorization:
            raise _forbidden(errors.SIGNATURE, "the Authorization header is missing")
        try:
            key_id, sent_signature = signing.parse_authorization(authorization)
        except ValueError as exc:
            raise _forbidden(errors.SIGNATURE, str(exc)) from None
        secret = self._api_keys.get(key_id)
        if secret is None:
            raise _forbidden(errors.SIGNATURE, f"the API key {key_id!r} is not known")
        expected = signing.signature(
            signing.string_to_sign(
                request.method, signing.path_and_query(request.url), request.headers
            ),
            secret,
        )
        if not signing.signatures_match(expected, sent_signature):
            raise _forbidden(errors.SIGNATURE, "the request signature does not match")

    def _route(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        known_path = False
        for route in self._routes:
            match = route.pattern.match(path)
            if match is None:
                continue
            known_path = True
            if route.method == method:
                return route, {k: unquote(v) for k, v in match.groupdict().items()}
        message = (
            f"{method} is not allowed on {path}"
            if known_path
            else f"there is no API resource at {path}"
        )
        raise errors.fail(errors.WRONG_METHOD if known_path else errors.UNKNOWN_ROUTE, message)

    def _check_path(self, route: Route, params: dict[str, str]) -> None:
        """A malformed identifier in the path is a 400, before anything is looked up (a
        well-formed one naming nothing is the handler's 404). The docs show no answer to a
        malformed id: the 400 is the sandbox's reading of the id's pattern in the API
        description (its ``x-source``), where an unknown id is documented as 404."""
        problems, _ = validation.validate_parameters(
            list(route.path_params), {k: [v] for k, v in params.items()}
        )
        if problems:
            raise errors.Failure(400, [_problem_error(p) for p in problems])

    def _query(self, route: Route, query: str) -> dict[str, list[str]]:
        parsed = parse_qs(query, keep_blank_values=True)
        problems, normal = validation.validate_parameters(list(route.query), parsed)
        if problems:
            # (at most 20 errors per answer: the sandbox's own bound, not documented)
            raise errors.Failure(400, [_problem_error(p) for p in problems[:20]])
        return normal

    def _body(self, request: Request, route: Route) -> Any:
        if route.body_model is None:
            return None
        raw = request.body
        encoding = (request.header("Content-Encoding") or "").lower()
        if encoding == "gzip":
            try:
                decoded = gunzip_within(raw, MAX_DECODED_BODY)
            except CommunicationException:
                raise errors.bad_request(
                    "the gzip request body cannot be decompressed", code=errors.BAD_JSON
                ) from None
            if decoded is None:  # a decompression bomb is refused before it is expanded
                raise errors.bad_request(
                    f"the gzip request body is larger than {MAX_DECODED_BODY} bytes decompressed",
                    code=errors.BAD_JSON,
                )
            raw = decoded
        elif encoding not in ("", "identity"):
            raise errors.bad_request(
                f"Content-Encoding {encoding!r} is not supported", code=errors.BAD_JSON
            )
        if not raw.strip():
            return {}
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise errors.bad_request(
                f"the request body is not valid JSON: {exc}", code=errors.BAD_JSON
            ) from None
        problems = validation.validate(body, route.body_model)
        if problems:
            raise errors.Failure(400, [_problem_error(p) for p in problems[:20]])
        return body

    # inspection

    def _inspect(self, method: str, path: str) -> Response:
        if method != "GET":
            return _text_response(405, "the sandbox inspection endpoints are read-only")
        with self._lock:
            if path in ("/_sandbox", "/_sandbox/"):
                body: Any = {
                    "endpoints": ["/_sandbox/payments", "/_sandbox/requests", "/_sandbox/events"]
                }
            elif path == "/_sandbox/payments":
                body = self.payments()
            elif path == "/_sandbox/requests":
                body = [dict(entry) for entry in self._requests]
            elif path == "/_sandbox/events":
                body = list(self._events)
            else:
                return _text_response(404, f"Not Found: {path}")
        return _json_response(200, body)

    def payments(self) -> list[dict[str, Any]]:
        """Every payment: what ``GET /_sandbox/payments`` answers."""
        with self._lock:
            return [
                {
                    "id": p.id,
                    "merchantId": p.merchant_id,
                    "status": PAYMENT.output(p.status).status,
                    "merchantReference": p.references.get("merchantReference"),
                    "amount": p.amount,
                    "currencyCode": p.currency,
                }
                for p in self._store.payments.values()
            ]

    @property
    def keys_in_progress(self) -> int:
        """How many idempotence keys have a first request still being processed."""
        with self._lock:
            return self._idempotence.in_progress()

    @property
    def events(self) -> list[dict[str, Any]]:
        """Every webhook event emitted so far."""
        with self._lock:
            return list(self._events)

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The log of API requests: method, path, operation, idempotence key, status."""
        with self._lock:
            return [dict(entry) for entry in self._requests]

    # hosted pages

    def _page_context(self, merchant_id: str) -> Context:
        return Context(
            store=self._store, base_url=self.base_url, now=self.now(), merchant_id=merchant_id
        )

    def _dispatch(self, ctx: Context) -> None:
        with self._lock:
            self._events.extend(ctx.events)
        if self._on_event is not None:
            for event in ctx.events:
                self._on_event(event)

    def hosted_checkout(self, hosted_checkout_id: str) -> dict[str, Any]:
        """What the hosted checkout page shows. KeyError when the id is unknown."""
        with self._lock:
            checkout = self._store.hosted_checkouts[hosted_checkout_id]
            ctx = self._page_context(checkout.merchant_id)
            if checkout.payment_link_id is not None:
                link_ops.refresh(ctx, self._store.payment_links[checkout.payment_link_id])
                link = self._store.payment_links[checkout.payment_link_id]
                closed = not LINK.can(link.status, LinkAction.PAY)
                if closed and CHECKOUT.can(checkout.status, CheckoutAction.CANCEL):
                    checkout.status = CHECKOUT.after(checkout.status, CheckoutAction.CANCEL)
            info = {
                "hostedCheckoutId": checkout.id,
                "merchantId": checkout.merchant_id,
                "amount": checkout.amount,
                "currency": checkout.currency,
                "currencyCode": checkout.currency,
                "returnUrl": checkout.return_url,
                "merchantReference": checkout.merchant_reference,
                "status": CHECKOUT.output(checkout.status).status,
                "paymentId": checkout.payment_id,
                "paymentLinkId": checkout.payment_link_id,
                "paymentProducts": [
                    {"id": b.product_id, "label": b.name}
                    for b in sorted(cards.BRANDS, key=lambda b: b.product_id)
                ],
            }
        self._dispatch(ctx)
        return info

    def complete_hosted_checkout(self, hosted_checkout_id: str, card: dict[str, str]) -> str:
        """The customer paid with ``card`` on the hosted checkout; returns where they go next
        (the 3-D Secure challenge, or the merchant's returnUrl with RETURNMAC and
        hostedCheckoutId). ValueError with a message for the page when the card is wrong."""
        with self._lock:
            checkout = self._store.hosted_checkouts[hosted_checkout_id]
            ctx = self._page_context(checkout.merchant_id)
            if checkout.payment_link_id is not None:
                link = self._store.payment_links[checkout.payment_link_id]
                link_ops.refresh(ctx, link)
                if not LINK.can(link.status, LinkAction.PAY):
                    status = LINK.output(link.status).status
                    raise ValueError(f"this payment link is {status.lower()}")
            elif not CHECKOUT.can(checkout.status, CheckoutAction.PAY):
                raise ValueError("this checkout is no longer open")
            payment = hosted_ops.pay_hosted_checkout(ctx, checkout, card)
            self._after_page_payment(ctx, checkout, payment)
            if PAYMENT.can(payment.status, PaymentAction.COMPLETE):
                target = f"{self.base_url}/challenge/{payment.id}"
            else:
                target = hosted_ops.checkout_return_url(checkout)
        self._dispatch(ctx)
        return target

    def _after_page_payment(self, ctx: Context, checkout: HostedCheckout, payment: Payment) -> None:
        if checkout.payment_link_id is None or not checkout_successful(payment.status):
            return
        link = self._store.payment_links[checkout.payment_link_id]
        link_ops.mark_paid(ctx, link, payment.id)
        if link.reusable:
            checkout.status = CHECKOUT.after(checkout.status, CheckoutAction.REOPEN)

    def hosted_tokenization(self, hosted_tokenization_id: str) -> dict[str, Any]:
        """What the hosted tokenization page shows. KeyError when the id is unknown."""
        with self._lock:
            session = self._store.hosted_tokenizations[hosted_tokenization_id]
            return {
                "hostedTokenizationId": session.id,
                "merchantId": session.merchant_id,
                "status": "IN_PROGRESS" if session.token_id is None else "TOKEN_CREATED",
                "tokenId": session.token_id,
                "locale": session.request.get("locale"),
                "paymentProducts": [
                    {"id": b.product_id, "label": b.name}
                    for b in sorted(cards.BRANDS, key=lambda b: b.product_id)
                ],
            }

    def complete_hosted_tokenization(
        self, hosted_tokenization_id: str, card: dict[str, str]
    ) -> str:
        """The customer submitted ``card`` on the tokenization page; returns the page's URL
        with ``status=TOKEN_CREATED`` and ``tokenId`` (the page then reads
        :meth:`hosted_tokenization`, whose status is TOKEN_CREATED). ValueError with a message
        for the page when the card is wrong."""
        with self._lock:
            session = self._store.hosted_tokenizations[hosted_tokenization_id]
            ctx = self._page_context(session.merchant_id)
            token_id = hosted_ops.tokenize_hosted(ctx, session, card)
        self._dispatch(ctx)
        return hosted_ops.with_query(
            f"{self.base_url}/hostedtokenization/{hosted_tokenization_id}",
            {"status": "TOKEN_CREATED", "tokenId": token_id},
        )

    def challenge(self, payment_id: str) -> dict[str, Any]:
        """What the 3-D Secure challenge page shows. KeyError when the id is unknown."""
        with self._lock:
            payment = self._store.payments[payment_id]
            info: dict[str, Any] = {
                "paymentId": payment.id,
                "merchantId": payment.merchant_id,
                "status": PAYMENT.output(payment.status).status,
                "amount": payment.amount,
                "currency": payment.currency,
                "currencyCode": payment.currency,
                "merchantReference": payment.references.get("merchantReference"),
                "returnUrl": payment.return_url,
                "paymentProductId": payment.product_id,
                "waiting": PAYMENT.can(payment.status, PaymentAction.COMPLETE),
            }
            if payment.card is not None:
                info["cardNumber"] = views.card_essentials(payment.card)["cardNumber"]
                info["brand"] = payment.card.brand.name
            return info

    def complete_challenge(self, payment_id: str, approve: bool) -> str:
        """The customer passed (``approve``) or failed the challenge; returns the returnUrl
        to go to. KeyError for an unknown payment, ValueError when it is not waiting."""
        with self._lock:
            payment = self._store.payments[payment_id]
            ctx = self._page_context(payment.merchant_id)
            try:
                payment_ops.finish_challenge(ctx, payment, approve)
            except errors.Failure as failure:
                raise ValueError(str(failure)) from failure
            if payment.hosted_checkout_id is not None:
                checkout = self._store.hosted_checkouts[payment.hosted_checkout_id]
                self._after_page_payment(ctx, checkout, payment)
                target = hosted_ops.checkout_return_url(checkout)
            else:
                target = hosted_ops.with_query(
                    payment.return_url or "about:blank",
                    {"RETURNMAC": payment.returnmac or "", "paymentId": payment.id},
                )
        self._dispatch(ctx)
        return target


def _problem_error(problem: validation.Problem) -> errors.ApiError:
    code = {"unknown": errors.UNKNOWN_PROPERTY, "missing": errors.MISSING}.get(
        problem.kind, errors.INVALID
    )
    return errors.ApiError(
        code, f"{problem.path or 'the body'} {problem.message}", property_name=problem.path or None
    )
