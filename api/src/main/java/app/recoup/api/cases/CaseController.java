package app.recoup.api.cases;

import app.recoup.api.plans.PaymentPlanService;
import app.recoup.api.plans.PlanView;
import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.timeline.Timeline;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "cases")
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final CollectionCases cases;
  private final Timeline timeline;
  private final Clock clock;
  private final PolicyBook policies;
  private final PaymentPlanService plans;

  CaseController(
      InvoiceRepository invoices,
      CustomerRepository customers,
      CollectionCases cases,
      Timeline timeline,
      Clock clock,
      PolicyBook policies,
      PaymentPlanService plans) {
    this.policies = policies;
    this.plans = plans;
    this.invoices = invoices;
    this.customers = customers;
    this.cases = cases;
    this.timeline = timeline;
    this.clock = clock;
  }

  @GetMapping("/{invoiceNumber}")
  CaseView show(@PathVariable String invoiceNumber) {
    Invoice invoice =
        invoices.findByNumber(invoiceNumber).orElseThrow(() -> noSuchCase(invoiceNumber));
    CollectionCase collectionCase =
        cases.findByInvoiceId(invoice.getId()).orElseThrow(() -> noSuchCase(invoiceNumber));
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    return new CaseView(
        invoice.getNumber(),
        collectionCase.status().name(),
        invoice.getBalance(),
        invoice.getCurrency(),
        new Debt(
                invoice,
                customer,
                policies.cadenceFor(customer),
                policies.timings(),
                policies.combiningFor(customer))
            .daysOverdue(clock),
        collectionCase.nextTouchAt(),
        collectionCase.currentStep(),
        invoice.getAmountCredited(),
        collectionCase.closeReason() == null ? null : collectionCase.closeReason().name(),
        timeline.forCase(collectionCase.id()).stream()
            .map(
                event ->
                    new CaseView.Entry(
                        event.occurredAt(), event.actor(), event.type(), event.details()))
            .toList(),
        plans.latestFor(invoice.getId()).map(PlanView::of).orElse(null));
  }

  private static ResponseStatusException noSuchCase(String invoiceNumber) {
    return new ResponseStatusException(
        HttpStatus.NOT_FOUND, "No collection case for invoice " + invoiceNumber);
  }
}
