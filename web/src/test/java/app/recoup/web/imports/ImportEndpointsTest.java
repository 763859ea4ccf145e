package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.imports.ImportReport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@ImportApiTest
class ImportEndpointsTest {

  @Autowired ImportApi api;
  @Autowired Ledger ledger;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void multipartUploadImportsTheFileAndRemembersItsName() {
    ResponseEntity<ImportReport> response =
        api.upload(
            "march.csv",
            "invoice_number,customer,currency,total,issue_date,due_date\n"
                + run
                + "-m,Hotel "
                + run
                + ",CHF,\"CHF 2'400.00\",2026-03-01,2026-03-31\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().imported()).isEqualTo(1);
    assertThat(response.getBody().filename()).isEqualTo("march.csv");
    assertThat(ledger.balance(run + "-m")).isEqualByComparingTo("2400");
  }

  @Test
  void anImportCanBeReadBackById() {
    ImportReport posted =
        api.postCsv(
                "invoice_number,customer,currency,total,issue_date,due_date\n"
                    + run
                    + "-g,India "
                    + run
                    + ",EUR,10,2026-03-01,2026-02-01\n")
            .getBody();

    ResponseEntity<ImportReport> fetched = api.get(posted.id());

    assertThat(fetched.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fetched.getBody()).isEqualTo(posted);
    assertThat(fetched.getBody().rejected()).isEqualTo(1);
    assertThat(fetched.getBody().errors()).hasSize(1);
  }

  @Test
  void theRefusedRowsFileEscapesWhatAFormulaCouldStartWithInHeaderAndCells() {
    ImportReport posted =
        api.postCsv(
                "invoice_number,customer,currency,total,issue_date,due_date,=notes\n"
                    + "=1+1,@Juliet "
                    + run
                    + ",EUR,10,2026-03-01,2026-02-01,-2+3\n")
            .getBody();

    String refused = api.refusedRowsCsv(posted.id());

    assertThat(refused.lines().findFirst().orElseThrow()).endsWith(",'=notes");
    assertThat(refused)
        .contains(",'=1+1,'@Juliet " + run + ",EUR,")
        .contains(",'-2+3")
        .doesNotContain(",=1+1");
  }

  /**
   * Found by the fault harness's fuzz pass: the refused row was stored as sent, and PostgreSQL
   * refuses NUL.
   */
  @Test
  void rowsWithANulCharacterAreRefusedNamingTheFieldNotA500() {
    ResponseEntity<ImportReport> response =
        api.postCsv(
            "invoice_number,customer,currency,total,issue_date,due_date\n"
                + run
                + "-n,Kilo "
                + run
                + ",EUR,\u0000,2026-03-01,2026-03-31\n"
                + run
                + "-o,Lima\u0000"
                + run
                + ",EUR,10.00,2026-03-01,2026-03-31\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().rejected()).isEqualTo(2);
    assertThat(response.getBody().errors())
        .extracting(error -> error.field())
        .containsExactly("total", "customer");
    assertThat(response.getBody().errors())
        .allSatisfy(error -> assertThat(error.message()).contains("NUL"));
  }

  @Test
  void anUnknownImportIsNotFoundAsJson() {
    for (String id : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
      var response = api.getRaw(id);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)
                  || response
                      .getHeaders()
                      .getContentType()
                      .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .isTrue();
      assertThat(response.getBody()).containsEntry("detail", "No import with id " + id);
    }
  }

  @Test
  void importsNeedALogin() {
    assertThat(
            api.postCsvWithoutLogin(
                    "invoice_number,customer,currency,total,issue_date,due_date\n"
                        + run
                        + "-u,Juliet "
                        + run
                        + ",EUR,10,2026-03-01,2026-03-31\n")
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(ledger.invoicesNumbered(run)).isZero();
  }

  @Test
  void aFileThatCannotBeReadIsRefusedAsAProblemPointingAtItsReportAndImportsNothing() {
    ResponseEntity<Map> semicolons =
        api.postCsv(
            "invoice_number;customer;currency;total;issue_date;due_date\n"
                + run
                + "-s;Kilo "
                + run
                + ";EUR;10;2026-03-01;2026-03-31\n",
            Map.class);
    assertThat(semicolons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(semicolons.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(semicolons.getBody())
        .containsEntry("status", 422)
        .containsEntry("title", "Unprocessable Content")
        .containsEntry(
            "detail",
            "The file seems to be separated by ';'; Recoup reads comma-separated files."
                + " Export it as CSV with commas.");

    ResponseEntity<Map> empty = api.postCsv("\r\n\r\n", Map.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(empty.getBody()).containsEntry("detail", "The file is empty.");

    ResponseEntity<Map> unknown = api.postCsv("name,amount\n" + run + ",10\n", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat((String) unknown.getBody().get("detail")).startsWith("No recognisable header row");

    // the refused import's report stays where the problem's instance points
    String report = (String) unknown.getBody().get("instance");
    assertThat(report).isEqualTo("/api/imports/" + unknown.getBody().get("importId"));
    ImportReport refused = api.get(unknown.getBody().get("importId")).getBody();
    assertThat(refused.status()).isEqualTo("FAILED");
    assertThat(refused.imported()).isZero();
    assertThat(ledger.invoicesNumbered(run)).isZero();
  }

  @Test
  void theSampleDataLoadsInOneCallAndOnlyOnce() {
    ImportReport first = api.postSample().getBody();
    ImportReport again = api.postSample().getBody();

    assertThat(first.imported() + first.updated() + first.unchanged()).isEqualTo(30);
    assertThat(first.rejected()).isZero();
    assertThat(again.unchanged()).isEqualTo(30);
    assertThat(ledger.invoicesNumbered("SMP-")).isEqualTo(30);
    assertThat(ledger.invoice("SMP-1014").get("status")).isEqualTo("PAID");
    assertThat(ledger.timeZone("Adatum Corporation")).isEqualTo("Asia/Tokyo");
  }
}
