package app.recoup.ledger.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.ledger.LedgerConfiguration;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.InvoiceWrites.ImportedTerms;
import app.recoup.ledger.invoices.InvoiceWrites.Upserted;
import app.recoup.ledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invoice's one writer, with nothing but Spring Data JDBC and a migrated PostgreSQL around it:
 * an import's batch upsert tells created from changed rows and leaves unchanged ones alone, fees
 * move the balance, and a locked invoice makes the next locker wait its turn.
 */
@DataJdbcTest(properties = "spring.flyway.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class InvoiceRepositoryTest {

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  @Configuration
  @Import(LedgerConfiguration.class)
  static class MigratedLedger {

    @Bean
    DataSource dataSource() {
      return DATABASE.dataSource();
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
      return JdbcClient.create(dataSource);
    }
  }

  private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

  @Autowired InvoiceRepository invoices;
  @Autowired CustomerRepository customers;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void anImportedBatchCreatesNewRowsLeavesUnchangedOnesAloneAndReportsChangedOnes() {
    Customer customer = customers.save(new Customer("Upsert GmbH", ZoneId.of("Europe/Berlin")));
    Map<String, Long> ids = Map.of("Upsert GmbH", customer.getId());
    List<ImportedTerms> batch =
        List.of(imported("UP-1", "100.00", "0.00"), imported("UP-2", "250.00", "0.00"));

    Upserted first = invoices.upsertImported(batch, ids);
    assertThat(first.createdNumbers()).containsExactlyInAnyOrder("UP-1", "UP-2");
    assertThat(first.createdIds()).hasSize(2);
    assertThat(first.changedIds()).isEmpty();

    Upserted again = invoices.upsertImported(batch, ids);
    assertThat(again.createdIds()).isEmpty();
    assertThat(again.changedIds()).as("the same rows again change nothing").isEmpty();

    Upserted corrected =
        invoices.upsertImported(
            List.of(imported("UP-1", "120.00", "0.00"), imported("UP-2", "250.00", "0.00")), ids);
    Invoice up1 = invoices.findByNumber("UP-1").orElseThrow();
    assertThat(corrected.createdIds()).isEmpty();
    assertThat(corrected.changedIds()).containsExactly(up1.getId());
    assertThat(up1.getTotal()).isEqualByComparingTo("120.00");
    assertThat(up1.getBalance()).isEqualByComparingTo("120.00");
    assertThat(up1.getCustomerId()).isEqualTo(customer.getId());
  }

  @Test
  void feesMoveTheBalanceAndAWaiverMovesItBack() {
    Invoice invoice = anInvoiceOf("FEE-1", "500.00");

    invoices.addFees(invoice.getId(), new BigDecimal("40.00"));
    Invoice charged = invoices.findById(invoice.getId()).orElseThrow();
    assertThat(charged.getFees()).isEqualByComparingTo("40.00");
    assertThat(charged.getBalance()).isEqualByComparingTo("540.00");

    invoices.addFees(invoice.getId(), new BigDecimal("-40.00"));
    assertThat(invoices.findById(invoice.getId()).orElseThrow().getBalance())
        .isEqualByComparingTo("500.00");
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void aLockedInvoiceMakesTheNextLockerWaitUntilTheFirstCommits() throws Exception {
    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    Invoice invoice = inTransaction.execute(status -> anInvoiceOf("LOCK-1", "80.00"));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                inTransaction.executeWithoutResult(
                    status -> {
                      assertThat(invoices.lockByNumber("LOCK-1")).isPresent();
                      locked.countDown();
                      await(release);
                    }));
    assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(
            () ->
                inTransaction.executeWithoutResult(
                    status -> {
                      lockTimeout();
                      invoices.lockById(invoice.getId());
                    }))
        .as("a second locker while the first holds the row")
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("lock timeout");

    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    Optional<Invoice> relocked =
        inTransaction.execute(
            status -> {
              lockTimeout();
              return invoices.lockById(invoice.getId());
            });
    assertThat(relocked).as("once the first committed").isPresent();
  }

  /** The current transaction gives up on a row lock after a moment instead of waiting for ever. */
  private void lockTimeout() {
    jdbc.sql("set local lock_timeout = '300ms'").update();
  }

  private Invoice anInvoiceOf(String number, String total) {
    Customer customer = customers.save(new Customer("Customer of " + number, ZoneId.of("UTC")));
    return invoices.save(new Invoice(number, customer.getId(), terms(total, "0.00")));
  }

  private static ImportedTerms imported(String number, String total, String paid) {
    return new ImportedTerms(number, "Upsert GmbH", terms(total, paid));
  }

  private static InvoiceTerms terms(String total, String paid) {
    return new InvoiceTerms(
        "EUR", new BigDecimal(total), new BigDecimal(paid), ISSUED, ISSUED.plusDays(30), null);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
