package app.recoup.api.payments;

import app.recoup.ledger.payments.exceptions.Resolution;

/** A person's decision on an exception; APPLY names the invoice, CREDIT may name the customer. */
public record ResolveRequest(
    Resolution action, String invoiceNumber, Long customerId, String note) {}
