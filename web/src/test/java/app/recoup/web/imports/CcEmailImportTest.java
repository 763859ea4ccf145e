package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.ImportReport.RowError;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.EmailRecipients;
import app.recoup.ledger.customers.ReminderCopy;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The canonical {@code cc_email} column: addresses copied on the customer's email reminders. */
@ImportApiTest
class CcEmailImportTest {

  private static final String HEADER =
      "invoice_number,customer,email,currency,total,issue_date,due_date,cc_email\n";

  @Autowired ImportApi api;
  @Autowired CustomerRepository customers;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void copiedAddressesBecomeContactsMarkedCcAndTheNextReminderCopiesThem() {
    ImportReport report =
        api.postCsv(
                HEADER
                    + row(
                        "1",
                        "Copied",
                        "pat@cc-import.test",
                        "ap@cc-import.test; buyer@cc-import.test")
                    + row("2", "Plain", "sam@cc-import.test", ""))
            .getBody();

    assertThat(report.errors()).isEmpty();
    assertThat(report.imported()).isEqualTo(2);
    assertThat(recipients("Copied"))
        .isEqualTo(
            new EmailRecipients(
                List.of("pat@cc-import.test"),
                List.of("ap@cc-import.test", "buyer@cc-import.test")));
    assertThat(recipients("Plain"))
        .isEqualTo(new EmailRecipients(List.of("sam@cc-import.test"), List.of()));
  }

  @Test
  void aLaterFileMarksAnExistingContactCcWithoutDuplicatingAnyoneAndABlankCellKeepsThem() {
    api.postCsv(HEADER + row("1", "Again", "pat@again.test", "buyer@again.test"));
    long customer = customerId("Again");
    var found = customers.findById(customer).orElseThrow();
    found.addContact(Contact.other("Sales", "sales@again.test", null), false);
    customers.save(found);

    api.postCsv(
        HEADER
            + row(
                "1",
                "Again",
                "pat@again.test",
                "SALES@again.test;buyer@again.test;pat@again.test"));
    api.postCsv(HEADER + row("2", "Again", "", ""));

    assertThat(customers.findById(customer).orElseThrow().getContacts())
        .extracting(Contact::email, Contact::billing, Contact::emailReminders)
        .containsExactly(
            tuple("pat@again.test", true, ReminderCopy.TO),
            tuple("buyer@again.test", false, ReminderCopy.CC),
            tuple("sales@again.test", false, ReminderCopy.CC));
  }

  @Test
  void aBadAddressRefusesTheRowNamingTheColumnAndTheAddress() {
    ImportReport report =
        api.postCsv(
                HEADER
                    + row("1", "Good", "pat@bad-cc.test", "ap@bad-cc.test")
                    + row("2", "Bad", "kim@bad-cc.test", "ap@bad-cc.test;accounts payable"))
            .getBody();

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(tuple(3L, "cc_email", "'accounts payable' is not an email address"));
    assertThat(customers.findByNameIgnoreCase("Bad " + run)).isEmpty();
  }

  private String row(String number, String customer, String email, String copied) {
    return "%s-%s,%s %s,%s,EUR,100,2026-01-01,2026-01-31,%s\n"
        .formatted(run, number, customer, run, email, copied);
  }

  private long customerId(String customer) {
    return customers.findByNameIgnoreCase(customer + " " + run).orElseThrow().getId();
  }

  private EmailRecipients recipients(String customer) {
    return customers.findById(customerId(customer)).orElseThrow().emailRecipients();
  }
}
