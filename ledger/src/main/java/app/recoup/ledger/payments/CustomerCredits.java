package app.recoup.ledger.payments;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cash held for a customer: credit kept on purpose (overpayments a person kept, credit notes or
 * their parts no invoice took), less credit spent on invoices, and cash still waiting in the queue.
 */
@Repository
public class CustomerCredits {

  private final JdbcClient jdbc;

  /** The first key of the advisory locks taken per customer while credit is spent. */
  private static final int CREDIT_LOCKS = 0x63726564;

  CustomerCredits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Balance(String currency, BigDecimal credit, BigDecimal unapplied) {}

  public void add(
      long customerId, BigDecimal amount, String currency, long exceptionId, String note) {
    jdbc.sql(
            """
            insert into customer_credit (customer_id, amount, currency, exception_id, note)
            values (:customerId, :amount, :currency, :exceptionId, :note)
            """)
        .param("customerId", customerId)
        .param("amount", amount)
        .param("currency", currency)
        .param("exceptionId", exceptionId)
        .param("note", note)
        .update();
  }

  /**
   * Keeps part of a credit note as the customer's credit: its unapplied part, or all of it when it
   * names no invoice.
   */
  public void keepFromCreditNote(
      long customerId, BigDecimal amount, String currency, long creditNoteId, String note) {
    jdbc.sql(
            """
            insert into customer_credit (customer_id, amount, currency, credit_note_id, note)
            values (:customerId, :amount, :currency, :creditNoteId, :note)
            """)
        .param("customerId", customerId)
        .param("amount", amount)
        .param("currency", currency)
        .param("creditNoteId", creditNoteId)
        .param("note", note)
        .update();
  }

  /**
   * The customer's credit in the currency, after waiting for anyone else drawing on it: call it in
   * the transaction that then {@link #draw draws}, so two applications cannot both spend it.
   */
  public BigDecimal lockAvailable(long customerId, String currency) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(:space, :customer)) locked")
        .param("space", CREDIT_LOCKS)
        .param("customer", (int) customerId)
        .query(Integer.class)
        .single();
    return jdbc.sql(
            """
            select coalesce(sum(amount), 0) from customer_credit
             where customer_id = :customerId and currency = :currency
            """)
        .param("customerId", customerId)
        .param("currency", currency)
        .query(BigDecimal.class)
        .single();
  }

  /** Spends the customer's credit on an invoice (a row below zero). */
  public void draw(
      long customerId, BigDecimal amount, String currency, long invoiceId, String note) {
    jdbc.sql(
            """
            insert into customer_credit (customer_id, amount, currency, invoice_id, note)
            values (:customerId, :amount, :currency, :invoiceId, :note)
            """)
        .param("customerId", customerId)
        .param("amount", amount.negate())
        .param("currency", currency)
        .param("invoiceId", invoiceId)
        .param("note", note)
        .update();
  }

  /** Per currency: credit kept for the customer, and unapplied cash in open exceptions. */
  public List<Balance> balances(long customerId) {
    return jdbc.sql(
            """
            select currency, sum(credit) as credit, sum(unapplied) as unapplied from (
                select currency, amount as credit, 0 as unapplied
                from customer_credit where customer_id = :customerId
                union all
                select currency, 0, amount from payment_exception
                where customer_id = :customerId and status = 'OPEN' and reason <> 'CHARGEBACK'
            ) cash group by currency order by currency
            """)
        .param("customerId", customerId)
        .query(Balance.class)
        .list();
  }
}
