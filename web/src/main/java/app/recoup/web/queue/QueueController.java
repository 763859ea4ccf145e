package app.recoup.web.queue;

import app.recoup.ledger.queue.AgingBucket;
import app.recoup.ledger.queue.CaseQueue;
import app.recoup.ledger.queue.QueueCursor;
import app.recoup.ledger.queue.QueueFacts;
import app.recoup.ledger.queue.QueueFilter;
import app.recoup.workflows.vocabulary.CaseStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The first page after login: the queue of open cases, filtered by a plain GET form and paged by
 * keyset; or, on an empty installation, what to do first. An htmx request from the filter or the
 * pager gets only the results.
 */
@Controller
class QueueController {

  static final int PAGE_SIZE = 50;

  private final CaseQueue queue;

  QueueController(CaseQueue queue) {
    this.queue = queue;
  }

  @GetMapping("/")
  String queue(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String bucket,
      @RequestParam(required = false) String segment,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String after,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      Model model,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    QueueFilter filter =
        new QueueFilter(
            status(status, errors),
            bucket(bucket, errors),
            blankToNull(segment),
            blankToNull(customer),
            blankToNull(assignee));
    QueueCursor cursor = cursor(after, errors);
    model.addAttribute("filter", filter);
    model.addAttribute("errors", errors);
    boolean resultsOnly = htmx != null && restore == null;
    QueueFacts facts = queue.facts();
    if (!resultsOnly) {
      model.addAttribute("statuses", new CaseStatus[] {CaseStatus.OPEN, CaseStatus.PAUSED});
      model.addAttribute("buckets", AgingBucket.values());
      model.addAttribute("segments", facts.segments());
      model.addAttribute("assignees", facts.assignees());
      model.addAttribute("hasInvoices", facts.anyInvoice());
    }
    model.addAttribute("openCount", facts.openCases());
    model.addAttribute("now", Instant.now());
    model.addAttribute("paged", cursor != null);
    model.addAttribute("filterQuery", query(status, bucket, segment, customer, assignee));
    if (errors.isEmpty()) {
      model.addAttribute("page", queue.page(filter, cursor, PAGE_SIZE));
    } else {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    // the same URL answers with the whole page or only the results: caches must tell them apart
    response.addHeader("Vary", "HX-Request");
    return resultsOnly ? "queue-results" : "cases";
  }

  private static CaseStatus status(String value, Map<String, String> errors) {
    if (blankToNull(value) == null) {
      return null;
    }
    if (value.equals(CaseStatus.OPEN.name()) || value.equals(CaseStatus.PAUSED.name())) {
      return CaseStatus.valueOf(value);
    }
    errors.put("status", "Choose open or paused.");
    return null;
  }

  private static AgingBucket bucket(String value, Map<String, String> errors) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return AgingBucket.ofLabel(value);
    } catch (IllegalArgumentException unknown) {
      errors.put("bucket", "Choose current, 1-30, 31-60, 61-90 or 90+.");
      return null;
    }
  }

  private static QueueCursor cursor(String value, Map<String, String> errors) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return QueueCursor.decode(value);
    } catch (IllegalArgumentException unreadable) {
      errors.put("after", "That page link is broken: start again from the first page.");
      return null;
    }
  }

  /** The filter as a query string, so the pager keeps it. */
  private static String query(
      String status, String bucket, String segment, String customer, String assignee) {
    return UriComponentsBuilder.newInstance()
        .queryParam("status", blankToEmpty(status))
        .queryParam("bucket", blankToEmpty(bucket))
        .queryParam("segment", blankToEmpty(segment))
        .queryParam("customer", blankToEmpty(customer))
        .queryParam("assignee", blankToEmpty(assignee))
        .encode()
        .build()
        .getQuery();
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
