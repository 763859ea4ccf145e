package app.recoup.ledger.customers;

import app.recoup.ledger.Like;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers as the dashboard lists them, alphabetically and a page at a time. */
@Repository
public class CustomerDirectory {

  private final JdbcClient jdbc;

  CustomerDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Customers whose name starts with {@code prefix} (any when blank), after {@code afterName}. */
  public List<CustomerSummary> page(String prefix, String afterName, int size) {
    return jdbc.sql(
            """
            select c.id, c.name, c.segment, c.time_zone, c.excluded_from_automation,
                   (select count(*) from invoice i where i.customer_id = c.id and i.status = 'OPEN')
                     as open_invoices
              from customer c
             where lower(c.name) like :prefix escape '\\'
               and (cast(:after as text) is null or lower(c.name) > :after)
             order by lower(c.name)
             limit :size
            """)
        .param("prefix", Like.prefix(prefix))
        .param("after", afterName == null ? null : afterName.toLowerCase())
        .param("size", size)
        .query(CustomerSummary.class)
        .list();
  }

  public List<OpenInvoice> openInvoices(long customerId) {
    return jdbc.sql(
            """
            select i.number, i.currency, i.balance, i.due_date, k.status as case_status
              from invoice i left join collection_case k on k.invoice_id = i.id
             where i.customer_id = :customer and i.status = 'OPEN'
             order by i.due_date, i.number
            """)
        .param("customer", customerId)
        .query(OpenInvoice.class)
        .list();
  }
}
