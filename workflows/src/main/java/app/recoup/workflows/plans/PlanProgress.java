package app.recoup.workflows.plans;

/**
 * What a running plan reached, for the ledger: its status and how many instalments are paid.
 *
 * @param missedInstalment the instalment missed and not yet made good, or null
 */
public record PlanProgress(
    long planId, PlanStatus status, int instalmentsPaid, Integer missedInstalment) {}
