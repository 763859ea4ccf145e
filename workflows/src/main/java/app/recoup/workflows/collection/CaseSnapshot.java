package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.correspondence.Correspondence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Everything a case needs to run, copied when it starts so later edits of configuration cannot
 * change a running case behind its back (they arrive by signal instead).
 *
 * @param lastDoneStep the cadence step already recorded for this case (0 = none): a resumed case
 *     continues after it
 * @param continuation what an earlier run of the case carried over; null (snapshots recorded before
 *     it existed) means a fresh case
 * @param timings the process's waits; null (snapshots recorded before they were settings) means
 *     {@link ProcessTimings#DEFAULTS}
 * @param reopening why a closed case runs again because its invoice is owed again; null for a case
 *     running for the first time
 * @param correspondence the customer and how its touches are combined; null (snapshots recorded
 *     before combining existed) sends each touch on its own
 */
public record CaseSnapshot(
    long caseId,
    String invoiceNumber,
    String currency,
    BigDecimal balance,
    LocalDate dueDate,
    ZoneId customerZone,
    Cadence cadence,
    int lastDoneStep,
    Continuation continuation,
    ProcessTimings timings,
    Reopening reopening,
    Correspondence correspondence) {

  public CaseSnapshot(
      long caseId,
      String invoiceNumber,
      String currency,
      BigDecimal balance,
      LocalDate dueDate,
      ZoneId customerZone,
      Cadence cadence,
      int lastDoneStep,
      Continuation continuation,
      ProcessTimings timings,
      Reopening reopening) {
    this(
        caseId,
        invoiceNumber,
        currency,
        balance,
        dueDate,
        customerZone,
        cadence,
        lastDoneStep,
        continuation,
        timings,
        reopening,
        null);
  }

  public CaseSnapshot(
      long caseId,
      String invoiceNumber,
      String currency,
      BigDecimal balance,
      LocalDate dueDate,
      ZoneId customerZone,
      Cadence cadence,
      int lastDoneStep,
      Continuation continuation,
      ProcessTimings timings) {
    this(
        caseId,
        invoiceNumber,
        currency,
        balance,
        dueDate,
        customerZone,
        cadence,
        lastDoneStep,
        continuation,
        timings,
        null);
  }

  public CaseSnapshot(
      long caseId,
      String invoiceNumber,
      String currency,
      BigDecimal balance,
      LocalDate dueDate,
      ZoneId customerZone,
      Cadence cadence,
      int lastDoneStep) {
    this(
        caseId,
        invoiceNumber,
        currency,
        balance,
        dueDate,
        customerZone,
        cadence,
        lastDoneStep,
        Continuation.FRESH,
        ProcessTimings.DEFAULTS);
  }

  Continuation continued() {
    return continuation == null ? Continuation.FRESH : continuation;
  }

  ProcessTimings timed() {
    return timings == null ? ProcessTimings.DEFAULTS : timings;
  }
}
