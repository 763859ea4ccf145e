package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import app.recoup.api.payments.ManualPayments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Payments recorded by hand on a case, through the cash application as any other payment. */
@Tag(name = "payments")
@RestController
class CasePaymentController {

  private static final int MAX_WHOLE_DIGITS = 15;
  private static final int MAX_DECIMALS = 4;

  private final CaseRecords records;

  CasePaymentController(CaseRecords records) {
    this.records = records;
  }

  /** {@code entryId} makes a resubmission harmless: the same id posts nothing the second time. */
  record PaymentRequest(
      @Schema(example = "250.00") BigDecimal amount,
      @Schema(example = "bank-2026-06-01-17") String entryId) {}

  record PaymentRecorded(
      String invoiceNumber,
      String action,
      String entryId,
      BigDecimal amount,
      String currency,
      Instant paidAt,
      String by,
      String outcome,
      boolean recordedAlready) {}

  @Operation(summary = "Record a payment by hand")
  @PostMapping("/api/cases/{invoiceNumber}/payments")
  PaymentRecorded record(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) PaymentRequest body,
      Authentication user) {
    BigDecimal amount = required(body == null ? null : body.amount(), "amount");
    if (amount.scale() > MAX_DECIMALS || amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
      // JSON allows 1e999999999; the cash application's arithmetic on it would not end well
      throw CommandRefused.invalid(
          "amount",
          "must have at most "
              + MAX_WHOLE_DIGITS
              + " digits before the decimal point and "
              + MAX_DECIMALS
              + " after");
    }
    String entryId =
        ClientKeys.of(body.entryId(), "entryId").orElseGet(() -> UUID.randomUUID().toString());
    ManualPayments.Recorded recorded = records.payment(invoiceNumber, amount, entryId, user);
    String outcome = recorded.outcome().text();
    return new PaymentRecorded(
        recorded.invoice(),
        "payment",
        entryId,
        recorded.amount(),
        recorded.currency(),
        recorded.paidAt(),
        recorded.recordedBy(),
        recorded.recordedAlready() ? "recorded already: " + outcome : outcome,
        recorded.recordedAlready());
  }
}
