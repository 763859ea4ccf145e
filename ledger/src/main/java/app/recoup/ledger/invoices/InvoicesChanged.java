package app.recoup.ledger.invoices;

import java.util.List;

/**
 * Published (as a Spring application event) after invoices were created or changed and the change
 * committed: whoever keeps collection cases in step with the books listens for it.
 */
public record InvoicesChanged(List<Long> invoiceIds) {}
