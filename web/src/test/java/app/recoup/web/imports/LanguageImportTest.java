package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.ImportReport.RowError;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ImportApiTest
class LanguageImportTest {

  private static final String HEADER =
      "invoice_number,customer,currency,total,issue_date,due_date,language\n";

  @Autowired ImportApi api;
  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void theLanguageColumnSetsTheCustomersLanguageAndAnUnknownCodeIsRefusedByName() {
    ImportReport report =
        api.postCsv(
                HEADER
                    + row("1", "Kunde", "DE")
                    + row("2", "Client", "fr")
                    + row("3", "Klant", "xx")
                    + row("4", "Blank", ""))
            .getBody();

    assertThat(report.imported()).isEqualTo(3);
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(
            tuple(4L, "language", "unknown language 'xx' (expected an ISO 639-1 code such as de)"));
    assertThat(language("Kunde")).isEqualTo("de");
    assertThat(language("Client")).isEqualTo("fr");
    assertThat(language("Blank")).as("blank: the business's default language").isNull();

    api.postCsv(HEADER + row("1", "Kunde", "") + row("2", "Client", "nl"));
    assertThat(language("Kunde")).as("a later blank keeps what the books hold").isEqualTo("de");
    assertThat(language("Client")).as("a later file changes it").isEqualTo("nl");
  }

  private String row(String number, String customer, String language) {
    return "%s-%s,%s %s,EUR,100,2026-01-01,2026-01-31,%s\n"
        .formatted(run, number, customer, run, language);
  }

  private String language(String customer) {
    return jdbc.sql("select language from customer where name = ?")
        .param(customer + " " + run)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
