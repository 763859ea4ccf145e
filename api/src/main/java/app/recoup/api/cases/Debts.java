package app.recoup.api.cases;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.correspondence.Combining;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Loads invoices with their customers, two queries per batch. */
@Component
class Debts {

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final PolicyBook policies;

  Debts(InvoiceRepository invoices, CustomerRepository customers, PolicyBook policies) {
    this.invoices = invoices;
    this.customers = customers;
    this.policies = policies;
  }

  /** By invoice id, each with its customer's cadence; ids without an invoice are left out. */
  Map<Long, Debt> byInvoiceId(Collection<Long> invoiceIds) {
    List<Invoice> found = invoices.findAllById(invoiceIds);
    Map<Long, Customer> customersById =
        customers
            .findAllById(found.stream().map(Invoice::getCustomerId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Customer::getId, Function.identity()));
    Map<Long, Cadence> cadences = policies.cadences(customersById.values());
    Map<Long, Combining> combinings = policies.combinings(customersById.values());
    return found.stream()
        .collect(
            Collectors.toMap(
                Invoice::getId,
                invoice ->
                    new Debt(
                        invoice,
                        customersById.get(invoice.getCustomerId()),
                        cadences.get(invoice.getCustomerId()),
                        policies.timings(),
                        combinings.get(invoice.getCustomerId()))));
  }
}
