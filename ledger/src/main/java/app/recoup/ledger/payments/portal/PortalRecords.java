package app.recoup.ledger.payments.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What customers did in the portal, and the links that were revoked. */
@Repository
public class PortalRecords {

  private final JdbcClient jdbc;

  PortalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long promise(
      long invoiceId,
      long customerId,
      LocalDate date,
      BigDecimal amount,
      String currency,
      String tokenId) {
    return jdbc.sql(
            """
            insert into promise_to_pay (invoice_id, customer_id, promised_date, amount, currency, token_id)
            values (:invoiceId, :customerId, :date, :amount, :currency, :tokenId) returning id
            """)
        .param("invoiceId", invoiceId)
        .param("customerId", customerId)
        .param("date", date)
        .param("amount", amount)
        .param("currency", currency)
        .param("tokenId", tokenId)
        .query(Long.class)
        .single();
  }

  public void revoke(String tokenId, long customerId, String by) {
    jdbc.sql(
            """
            insert into portal_token_revocation (token_id, customer_id, revoked_by)
            values (:tokenId, :customerId, :by) on conflict (token_id) do nothing
            """)
        .param("tokenId", tokenId)
        .param("customerId", customerId)
        .param("by", by)
        .update();
  }

  public boolean isRevoked(String tokenId) {
    return jdbc.sql("select exists (select 1 from portal_token_revocation where token_id = :id)")
        .param("id", tokenId)
        .query(Boolean.class)
        .single();
  }
}
