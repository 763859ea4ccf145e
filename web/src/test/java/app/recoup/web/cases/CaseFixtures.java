package app.recoup.web.cases;

import app.recoup.api.cases.CasesResumed;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceTerms;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invoices in the ledger and what the application made of them, for the case tests. */
public final class CaseFixtures {

  public static final ZoneId UTC = ZoneId.of("UTC");

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final ApplicationContext context;
  private final JdbcClient jdbc;
  private final WorkflowClient workflowClient;

  public CaseFixtures(ApplicationContext context) {
    this.context = context;
    this.customers = context.getBean(CustomerRepository.class);
    this.invoices = context.getBean(InvoiceRepository.class);
    this.jdbc = context.getBean(JdbcClient.class);
    this.workflowClient = context.getBean(WorkflowClient.class);
  }

  /** An unpaid invoice of a new customer in the given zone, with a unique number. */
  public Invoice invoiceDue(LocalDate dueDate, ZoneId zone) {
    Customer customer = customers.save(new Customer("Customer " + UUID.randomUUID(), zone));
    return invoiceOf(customer.getId(), dueDate);
  }

  /** Another unpaid invoice of the same customer, due the same day, with a unique number. */
  public Invoice siblingOf(Invoice invoice) {
    return invoiceOf(invoice.getCustomerId(), invoice.getDueDate());
  }

  private Invoice invoiceOf(long customerId, LocalDate dueDate) {
    String number = "T-" + UUID.randomUUID().toString().substring(0, 8);
    InvoiceTerms terms =
        new InvoiceTerms(
            "EUR",
            new BigDecimal("1250.00"),
            BigDecimal.ZERO,
            dueDate.minusDays(30),
            dueDate,
            null);
    Invoice saved = invoices.save(new Invoice(number, customerId, terms));
    return invoices.findById(saved.getId()).orElseThrow();
  }

  /**
   * Today in the zone by the application's own {@link Clock} (the wall clock its Temporal runs on
   * here): relative due dates follow what the application calls today, not the test's machine.
   */
  public LocalDate today(ZoneId zone) {
    return LocalDate.now(context.getBean(Clock.class).withZone(zone));
  }

  /** Yesterday in UTC: on the due-date step, the next one two days away. */
  public Invoice overdueByOneDay() {
    return invoiceDue(today(UTC).minusDays(1), UTC);
  }

  /** Announced and handled: its case is open and has drafted the due-date step for approval. */
  public Invoice overdueCaseOnItsDueDateStep() {
    Invoice invoice = overdueByOneDay();
    announce(invoice);
    Duration patience = Duration.ofSeconds(20);
    Eventually.within(patience, "case opened", () -> casesFor(invoice) == 1);
    Eventually.within(patience, "due-date touch recorded", () -> recordedStep(invoice) == 2);
    Eventually.within(
        patience, "due-date touch drafted", () -> touchStatus(invoice, 2).equals("DRAFTED"));
    // the ledger's DRAFTED comes before the workflow holds the draft: a decision sent in between
    // is refused ("no draft awaits approval"), as CaseReconcilerTest saw on a loaded machine
    Eventually.within(
        patience,
        "the workflow awaits a decision",
        () -> workflowState(invoice).pendingDraft() != null);
    return invoice;
  }

  /** Gives the invoice's customer a billing email, and the trust to skip review when asked. */
  public void reachable(Invoice invoice, boolean trustedForAutoSend) {
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.replaceBillingContact(
        Contact.billing("Pat Payer", "pat@" + invoice.getNumber().toLowerCase() + ".test", null));
    customer.setTrustedForAutoSend(trustedForAutoSend);
    customers.save(customer);
  }

  /** The case's reminders in the outbox with this status (thank-yous are not reminders). */
  public long outboxRowsFor(Invoice invoice, String status) {
    return jdbc.sql(
            "select count(*) from outbox_message o join collection_case c on c.id = o.case_id"
                + " where c.invoice_id = ? and o.status = ? and o.kind = 'REMINDER'")
        .param(invoice.getId())
        .param(status)
        .query(Long.class)
        .single();
  }

  public String touchStatus(Invoice invoice, int step) {
    return touch(invoice, step, "status", String.class);
  }

  /** The touch's id, by which the API names it while it is a draft ({@code /api/drafts/{id}}). */
  public long touchId(Invoice invoice, int step) {
    return touch(invoice, step, "id", Long.class);
  }

  private <T> T touch(Invoice invoice, int step, String column, Class<T> type) {
    return jdbc.sql(
            "select t."
                + column
                + " from touch t join collection_case c on c.id = t.case_id"
                + " where c.invoice_id = ? and t.step = ?")
        .param(invoice.getId())
        .param(step)
        .query(type)
        .single();
  }

  public void announce(Invoice... changed) {
    context.publishEvent(
        new InvoicesChanged(List.of(changed).stream().map(Invoice::getId).toList()));
  }

  public Invoice markPaid(Invoice invoice) {
    invoice.apply(
        new InvoiceTerms(
            invoice.getCurrency(),
            invoice.getTotal(),
            invoice.getTotal(),
            invoice.getIssueDate(),
            invoice.getDueDate(),
            null));
    invoices.save(invoice);
    return invoices.findById(invoice.getId()).orElseThrow();
  }

  public long casesFor(Invoice invoice) {
    return count("select count(*) from collection_case where invoice_id = ?", invoice.getId());
  }

  public long touchesFor(Invoice invoice) {
    return count(
        "select count(*) from touch t join collection_case c on c.id = t.case_id where c.invoice_id = ?",
        invoice.getId());
  }

  /** Events of the case's process, leaving out the reconciler's notes that it resumed the case. */
  public long timelineEventsFor(Invoice invoice) {
    return count(
        "select count(*) from timeline_event e join collection_case c on c.id = e.case_id"
            + " where c.invoice_id = ? and e.type <> 'RESUMED_AFTER_RESTART'",
        invoice.getId());
  }

  public List<String> resumptionsOf(Invoice invoice) {
    return jdbc.sql(
            "select e.details from timeline_event e join collection_case c on c.id = e.case_id"
                + " where c.invoice_id = ? and e.type = 'RESUMED_AFTER_RESTART' order by e.id")
        .param(invoice.getId())
        .query(String.class)
        .list();
  }

  public int recordedStep(Invoice invoice) {
    return jdbc.sql("select current_step from collection_case where invoice_id = ?")
        .param(invoice.getId())
        .query(Integer.class)
        .single();
  }

  public String caseStatus(Invoice invoice) {
    return jdbc.sql("select status from collection_case where invoice_id = ?")
        .param(invoice.getId())
        .query(String.class)
        .single();
  }

  public boolean workflowRunning(Invoice invoice) {
    try {
      return workflowClient.newUntypedWorkflowStub(workflowId(invoice)).describe().getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (WorkflowNotFoundException unknown) {
      return false;
    }
  }

  public String runId(Invoice invoice) {
    return workflowClient
        .newUntypedWorkflowStub(workflowId(invoice))
        .describe()
        .getExecution()
        .getRunId();
  }

  public CaseState workflowState(Invoice invoice) {
    return workflow(invoice).state();
  }

  public CollectionWorkflow workflow(Invoice invoice) {
    return workflowClient.newWorkflowStub(CollectionWorkflow.class, workflowId(invoice));
  }

  /**
   * Blocks until the invoice's workflow completes. With time skipping on, the test server only
   * skips time while a client waits like this.
   */
  public void awaitWorkflowCompletion(Invoice invoice) {
    workflowClient.newUntypedWorkflowStub(workflowId(invoice)).getResult(Void.class);
  }

  /**
   * As the reconciler does after a restart: the invoice's workflow runs again from the ledger's
   * figures, at {@code recordedStep} of the default cadence, and the relay hears that it runs.
   */
  public void startAgain(Invoice invoice, int recordedStep) {
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoice.getId())
            .query(Long.class)
            .single();
    WorkflowClient.start(
        workflowClient.newWorkflowStub(
                CollectionWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(workflowId(invoice))
                    .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                    .build())
            ::run,
        snapshot(invoice, caseId, Cadence.DEFAULT, recordedStep));
    context.publishEvent(new CasesResumed(List.of(invoice.getId())));
  }

  /** What a workflow starts from: the invoice's figures in UTC, the cadence, the step reached. */
  public static CaseSnapshot snapshot(
      Invoice invoice, long caseId, Cadence cadence, int recordedStep) {
    return new CaseSnapshot(
        caseId,
        invoice.getNumber(),
        invoice.getCurrency(),
        invoice.getBalance(),
        invoice.getDueDate(),
        UTC,
        cadence,
        recordedStep);
  }

  public static String workflowId(Invoice invoice) {
    return CollectionWorkflow.workflowId(invoice.getNumber());
  }

  private long count(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }
}
