package app.recoup.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A client that lost the answer to a command (a 504, or Recoup restarted under the request) sends
 * it again with the same Idempotency-Key: it gets the first answer, and the case takes the command
 * once.
 */
class RepeatedCommandTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private ResultActions pause(Invoice invoice, String key) throws Exception {
    var request =
        post("/api/cases/{n}/pause", invoice.getNumber())
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"customer on holiday\"}");
    return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
  }

  private long holdsNoted(Invoice invoice) {
    return jdbc.sql(
            "select count(*) from timeline_event e join collection_case c on c.id = e.case_id"
                + " where c.invoice_id = ? and e.type = 'CASE_ON_HOLD'")
        .param(invoice.getId())
        .query(Long.class)
        .single();
  }

  @Test
  void aCommandRepeatedWithItsKeyIsAnsweredAsTheFirstAndTakenOnce() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    pause(invoice, "pause-1").andExpect(status().isOk());
    pause(invoice, "pause-1")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.action").value("pause"));
    pause(invoice, null)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value("the case is on hold already (pause: customer on holiday)"));
    pause(invoice, "k".repeat(101))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Idempotency-Key must be at most 100 characters"));

    Eventually.within(PATIENCE, "hold noted", () -> holdsNoted(invoice) == 1);
    assertThat(holdsNoted(invoice)).as("holds on the case's timeline").isEqualTo(1);
  }
}
