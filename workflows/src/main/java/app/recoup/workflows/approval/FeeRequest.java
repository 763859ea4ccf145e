package app.recoup.workflows.approval;

import app.recoup.workflows.fees.LateFee;

/** A step's late fee, to post at most once per touch key. */
public record FeeRequest(
    long caseId, String invoiceNumber, int step, String idempotencyKey, LateFee fee) {}
