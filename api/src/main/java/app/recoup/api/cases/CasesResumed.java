package app.recoup.api.cases;

import java.util.List;

/**
 * The reconciler started the workflows of these invoices' cases again: facts waiting for them can
 * go.
 */
public record CasesResumed(List<Long> invoiceIds) {}
