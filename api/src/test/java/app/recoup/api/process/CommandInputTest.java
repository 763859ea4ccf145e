package app.recoup.api.process;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.api.problems.ApiProblems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a program sending a case command with a missing or unreadable field gets back: a 400 problem
 * (RFC 9457) naming the field, before anything is looked up or changed. Only the web layer runs:
 * the commands and records these controllers hand over to are built without a ledger or Temporal,
 * so a refusal that reached them would fail with a 500.
 */
@WebMvcTest
class CommandInputTest {

  @Configuration
  @Import({
    PromiseController.class,
    DisputeController.class,
    ReplyController.class,
    CasePaymentController.class,
    ApiProblems.class
  })
  static class OnlyTheWebLayer {

    @Bean
    CaseCommands commands() {
      return new CaseCommands(null, null, null, null, null, null, 1);
    }

    @Bean
    CaseRecords records() {
      return new CaseRecords(null, null, null, null, null, null);
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void aPromiseWithoutADateNamesTheField() throws Exception {
    command("promises", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("about:blank"))
        .andExpect(jsonPath("$.title").value("Bad Request"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value("date is required"))
        .andExpect(jsonPath("$.errors[0].field").value("date"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
  }

  @Test
  void aPromiseWithoutABodyIsRefusedLikeAnEmptyOne() throws Exception {
    mvc.perform(
            post("/api/cases/{n}/promises", "INV-1")
                .with(user("colin").roles("COLLECTOR"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
  }

  @Test
  void anUnreadableDateSaysHowDatesAreWritten() throws Exception {
    command("promises", "{\"date\": \"next Friday\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(startsWith("The request body is not valid JSON")));
  }

  @Test
  void aDisputeNeedsAReasonAndItsResolutionOneOfTheOutcomes() throws Exception {
    command("disputes", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("reason is required"))
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    command("disputes/d-1/resolve", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("outcome (AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED) is required"))
        .andExpect(jsonPath("$.errors[0].field").value("outcome"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("is required: AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED"));
    command("disputes/d-1/resolve", "{\"outcome\": \"WAVED_THROUGH\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aReplyNeedsItsTextAndItsChannel() throws Exception {
    command("replies", "{\"channel\": \"EMAIL\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    command("replies", "{\"text\": \"hi\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("channel (EMAIL, SMS or WHATSAPP) is required"))
        .andExpect(jsonPath("$.errors[0].field").value("channel"));
  }

  @Test
  void aPaymentNeedsAnAmountOfAtMostFifteenWholeDigits() throws Exception {
    command("payments", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    command("payments", "{\"amount\": 1e999999999}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("amount must have at most 15 digits before the decimal point and 4 after"))
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    command("payments", "{\"amount\": 12.34567}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
  }

  private ResultActions command(String path, String json) throws Exception {
    return mvc.perform(
        post("/api/cases/{n}/" + path, "INV-1")
            .with(user("colin").roles("COLLECTOR"))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }
}
