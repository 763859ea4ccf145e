package app.recoup.api.plans;

import app.recoup.activities.portal.PortalAccess;
import app.recoup.api.problems.InvalidField;
import app.recoup.api.process.Callers;
import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CaseLookup;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.plans.NewPlan;
import app.recoup.ledger.plans.PaymentPlans;
import app.recoup.ledger.plans.StoredPlan;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.plans.PlanCancel;
import app.recoup.workflows.plans.PlanStatus;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment plans of cases, whoever asks: a collector's proposal is agreed at once, a customer's
 * request from the portal waits for a person's approval (a task). An agreed plan is stored and sent
 * to the case's workflow in one transaction: a plan the case refuses is not kept.
 */
@Service
@EnableConfigurationProperties(PlanProperties.class)
public class PaymentPlanService {

  static final String CUSTOMER = "customer";

  private final CaseLookup lookup;
  private final CustomerRepository customers;
  private final CollectionCases cases;
  private final PaymentPlans plans;
  private final Timeline timeline;
  private final HumanTasks tasks;
  private final CaseCommands commands;
  private final PlanProperties settings;
  private final Clock clock;

  PaymentPlanService(
      CaseLookup lookup,
      CustomerRepository customers,
      CollectionCases cases,
      PaymentPlans plans,
      Timeline timeline,
      HumanTasks tasks,
      CaseCommands commands,
      PlanProperties settings,
      Clock clock) {
    this.lookup = lookup;
    this.customers = customers;
    this.cases = cases;
    this.plans = plans;
    this.timeline = timeline;
    this.tasks = tasks;
    this.commands = commands;
    this.settings = settings;
    this.clock = clock;
  }

  /** A collector's plan: checked, stored as agreed and started; 422 naming the field at fault. */
  @Transactional
  public StoredPlan propose(String invoiceNumber, PlanRequest request, Authentication user) {
    String by = Callers.mayDecide(user);
    Invoice invoice = lookup.invoice(invoiceNumber);
    CollectionCase collectionCase = lookup.caseOf(invoice);
    List<InvalidField> faults =
        check(invoice)
            .faults(
                request == null ? null : request.instalments(),
                request == null ? null : request.currency());
    refuseIf(faults);
    long id =
        store(
            new NewPlan(
                collectionCase.id(),
                PlanStatus.ACTIVE,
                invoice.getCurrency(),
                request.note(),
                by,
                by,
                PlanCheck.numbered(request.instalments()),
                settings.terms(),
                clock.instant()));
    StoredPlan plan = plans.find(id).orElseThrow();
    commands.agreePlan(invoiceNumber, plan.agreedBy(by));
    return plan;
  }

  /**
   * A customer's request from the portal, within the limits the settings give: stored as requested,
   * on the timeline, with a task for a person to approve or decline it.
   *
   * @return the faults of the request by field; empty when it was stored
   */
  @Transactional
  public List<InvalidField> request(
      PortalAccess access,
      Invoice invoice,
      List<PlanRequest.InstalmentRequest> instalments,
      String note) {
    List<InvalidField> faults = check(invoice).faultsOfRequest(instalments, settings);
    if (!faults.isEmpty()) {
      return faults;
    }
    CollectionCase collectionCase = lookup.caseOf(invoice);
    long id =
        store(
            new NewPlan(
                collectionCase.id(),
                PlanStatus.REQUESTED,
                invoice.getCurrency(),
                note,
                CUSTOMER,
                null,
                PlanCheck.numbered(instalments),
                settings.terms(),
                clock.instant()));
    timeline.append(
        collectionCase.id(),
        clock.instant(),
        CUSTOMER,
        TimelineEventType.PLAN_REQUESTED,
        "Payment plan of %d instalments requested in the portal (token %s)"
            .formatted(instalments.size(), access.tokenId()),
        "plan-" + id + "/requested");
    tasks.openOnce(
        collectionCase.id(),
        TaskKind.APPROVE_PLAN,
        "The customer asks for a payment plan of %d instalments: approve or decline it"
            .formatted(instalments.size()));
    return List.of();
  }

  /** A person approves the customer's request: the plan starts. */
  @Transactional
  public StoredPlan approve(String invoiceNumber, long planId, Authentication user) {
    String by = Callers.mayDecide(user);
    StoredPlan plan = planOf(invoiceNumber, planId);
    if (!plans.approve(planId, by, clock.instant())) {
      throw new CommandRefused(
          HttpStatus.CONFLICT, "plan " + planId + " is " + plan.status() + ", not requested");
    }
    commands.agreePlan(invoiceNumber, plan.agreedBy(by));
    tasks.completeOpen(plan.caseId(), TaskKind.APPROVE_PLAN, by);
    return plans.find(planId).orElseThrow();
  }

  /** A person declines the customer's request: the case goes on with its cadence. */
  @Transactional
  public StoredPlan decline(String invoiceNumber, long planId, Authentication user) {
    String by = Callers.mayDecide(user);
    StoredPlan plan = planOf(invoiceNumber, planId);
    if (!plans.decline(planId, by, clock.instant())) {
      throw new CommandRefused(
          HttpStatus.CONFLICT, "plan " + planId + " is " + plan.status() + ", not requested");
    }
    timeline.append(
        plan.caseId(),
        clock.instant(),
        by,
        TimelineEventType.PLAN_DECLINED,
        "Payment plan request declined",
        "plan-" + planId + "/declined");
    tasks.completeOpen(plan.caseId(), TaskKind.APPROVE_PLAN, by);
    return plans.find(planId).orElseThrow();
  }

  /** Ends the running plan; the case's workflow records it and returns to the cadence. */
  public void cancel(String invoiceNumber, long planId, String reason, Authentication user) {
    String by = Callers.mayDecide(user);
    StoredPlan plan = planOf(invoiceNumber, planId);
    if (plan.status() != PlanStatus.ACTIVE) {
      throw new CommandRefused(
          HttpStatus.CONFLICT, "plan " + planId + " is " + plan.status() + ", not running");
    }
    commands.cancelPlan(
        invoiceNumber,
        new PlanCancel(
            planId, by, reason == null || reason.isBlank() ? "no reason given" : reason));
  }

  public StoredPlan planOf(String invoiceNumber, long planId) {
    Invoice invoice = lookup.invoice(invoiceNumber);
    return plans
        .find(planId)
        .filter(plan -> plan.caseId() == lookup.caseOf(invoice).id())
        .orElseThrow(
            () ->
                new CommandRefused(
                    HttpStatus.NOT_FOUND,
                    "No payment plan " + planId + " for invoice " + invoiceNumber));
  }

  /** The case's plans, newest first. */
  public List<StoredPlan> plansOf(String invoiceNumber) {
    return plans.forCase(lookup.caseOf(lookup.invoice(invoiceNumber)).id());
  }

  /** The invoice's latest plan (running, waiting for approval or ended), if any. */
  public Optional<StoredPlan> latestFor(long invoiceId) {
    return cases
        .findByInvoiceId(invoiceId)
        .flatMap(found -> plans.forCase(found.id()).stream().findFirst());
  }

  public PlanProperties settings() {
    return settings;
  }

  private long store(NewPlan plan) {
    try {
      return plans.add(plan);
    } catch (DuplicateKeyException running) {
      throw new CommandRefused(
          HttpStatus.CONFLICT,
          "the case has a payment plan running or waiting for approval already");
    }
  }

  private PlanCheck check(Invoice invoice) {
    LocalDate today =
        LocalDate.now(
            clock.withZone(customers.findById(invoice.getCustomerId()).orElseThrow().zone()));
    return new PlanCheck(invoice.getBalance(), invoice.getCurrency(), today);
  }

  private static void refuseIf(List<InvalidField> faults) {
    if (faults.isEmpty()) {
      return;
    }
    InvalidField first = faults.get(0);
    throw CommandRefused.byFields(
        HttpStatus.UNPROCESSABLE_CONTENT, first.field() + " " + first.message(), faults);
  }
}
