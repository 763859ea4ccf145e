package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Notes and calls through the API: stored with their author, listed newest first, on the timeline;
 * a call's next action date is a follow-up task for the caller at the start of that day on the
 * customer's calendar; a wrong field is a 422 naming it.
 */
@AutoConfigureMockMvc
class NotesAndCallsApiTest extends CaseApplicationTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private Invoice invoice;
  private LocalDate today;

  @BeforeEach
  void aCaseOfACustomerInNewYork() {
    today = LocalDate.now(clock.withZone(NEW_YORK));
    invoice = fixtures.invoiceDue(today.minusDays(10), NEW_YORK);
    fixtures.announce(invoice);
    Eventually.within(Duration.ofSeconds(20), "case opened", () -> fixtures.casesFor(invoice) == 1);
  }

  private ResultActions postTo(String resource, String json) throws Exception {
    return mvc.perform(
        post("/api/cases/" + invoice.getNumber() + "/" + resource)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private ResultActions list(String resource) throws Exception {
    return mvc.perform(
        get("/api/cases/" + invoice.getNumber() + "/" + resource).with(httpBasic(ADMIN, PASSWORD)));
  }

  private List<String> timeline(String type) {
    return jdbc.sql(
            """
            select t.actor || ': ' || t.details from timeline_event t
              join collection_case c on c.id = t.case_id
             where c.invoice_id = ? and t.type = ? order by t.id
            """)
        .params(invoice.getId(), type)
        .query(String.class)
        .list();
  }

  private record FollowUp(String title, String assignee, Instant dueAt) {}

  private List<FollowUp> openFollowUps() {
    return jdbc.sql(
            """
            select t.title, t.assignee, t.due_at from human_task t
              join collection_case c on c.id = t.case_id
             where c.invoice_id = ? and t.kind = 'FOLLOW_UP' and t.status = 'OPEN'
            """)
        .param(invoice.getId())
        .query(FollowUp.class)
        .list();
  }

  @Test
  void aNoteIsKeptWithItsAuthorListedNewestFirstAndOnTheTimeline() throws Exception {
    postTo("notes", "{\"text\": \"  AP clerk back on Monday  \"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.author").value(ADMIN))
        .andExpect(jsonPath("$.body").value("AP clerk back on Monday"));
    postTo("notes", "{\"text\": \"Asked for a copy of the invoice\"}")
        .andExpect(status().isCreated());

    list("notes")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].body").value("Asked for a copy of the invoice"))
        .andExpect(jsonPath("$[1].body").value("AP clerk back on Monday"));
    assertThat(timeline("NOTE_ADDED"))
        .containsExactly(
            ADMIN + ": AP clerk back on Monday", ADMIN + ": Asked for a copy of the invoice");
  }

  @Test
  void aNoteWithoutTextIsRefusedNamingTheField() throws Exception {
    postTo("notes", "{\"text\": \"   \"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("text"))
        .andExpect(jsonPath("$.errors[0].message").value("Required."));
    postTo("notes", "{\"text\": \"" + "x".repeat(2001) + "\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    list("notes").andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void aCallWithANextActionDateIsAFollowUpTaskForTheCallerThatDayInTheCustomersZone()
      throws Exception {
    LocalDate friday = today.plusDays(3);
    postTo(
            "calls",
            """
            {"contactName": "Ana Ruiz", "contactNumber": "+1 212 555 0100", "outcome": "PROMISED",
             "summary": "Pays on Friday", "nextActionDate": "%s"}
            """
                .formatted(friday))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.call.outcome").value("PROMISED"))
        .andExpect(jsonPath("$.call.author").value(ADMIN))
        .andExpect(
            jsonPath("$.continueWith").value("/api/cases/" + invoice.getNumber() + "/promises"));

    list("calls")
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].contactName").value("Ana Ruiz"))
        .andExpect(jsonPath("$[0].nextActionDate").value(friday.toString()));
    assertThat(timeline("CALL_LOGGED"))
        .containsExactly(
            ADMIN
                + ": Called Ana Ruiz (+1 212 555 0100): promised. Pays on Friday. Next action "
                + friday
                + ".");
    assertThat(openFollowUps())
        .containsExactly(
            new FollowUp(
                "Follow up the call with Ana Ruiz (promised)",
                ADMIN,
                friday.atStartOfDay(NEW_YORK).toInstant()));

    // the latest call says when to act next: the one follow-up moves, no second one opens
    postTo(
            "calls",
            "{\"contactName\": \"Ben\", \"outcome\": \"NO_ANSWER\", \"nextActionDate\": \"%s\"}"
                .formatted(today))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.continueWith").doesNotExist());
    assertThat(openFollowUps())
        .containsExactly(
            new FollowUp(
                "Follow up the call with Ben (no answer)",
                ADMIN,
                today.atStartOfDay(NEW_YORK).toInstant()));
  }

  @Test
  void wrongCallsAreRefusedNamingTheField() throws Exception {
    postTo("calls", "{\"outcome\": \"OTHER\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("contactName"));
    postTo("calls", "{\"contactName\": \"Ana\", \"outcome\": \"MAYBE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("outcome"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Choose what came of the call: PROMISED, DISPUTED, NO_ANSWER, WRONG_CONTACT,"
                        + " OTHER."));
    postTo(
            "calls",
            "{\"contactName\": \"Ana\", \"outcome\": \"OTHER\", \"nextActionDate\": \"%s\"}"
                .formatted(today.minusDays(1)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("nextActionDate"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The next action cannot be before today ("
                        + today
                        + " on the customer's calendar)."));
    list("calls").andExpect(jsonPath("$.length()").value(0));
    assertThat(openFollowUps()).isEmpty();
  }

  @Test
  void notesOfAnUnknownInvoiceAreNotFound() throws Exception {
    mvc.perform(
            post("/api/cases/NOPE-404/notes")
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"hello\"}"))
        .andExpect(status().isNotFound());
  }
}
