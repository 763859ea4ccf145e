package app.recoup.web.imports;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the books hold, read straight from PostgreSQL. */
@TestComponent
public class Ledger {

  private final JdbcTemplate jdbc;

  Ledger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Object> invoice(String number) {
    return jdbc.queryForMap(
        """
        select i.id, i.currency, i.total, i.amount_paid, i.balance, i.issue_date, i.due_date,
               i.po_reference, i.status, c.name as customer, c.time_zone
          from invoice i join customer c on c.id = i.customer_id
         where i.number = ?
        """,
        number);
  }

  BigDecimal balance(String number) {
    return (BigDecimal) invoice(number).get("balance");
  }

  int invoicesNumbered(String prefix) {
    return jdbc.queryForObject(
        "select count(*) from invoice where number like ?", Integer.class, prefix + "%");
  }

  int customersNamed(String name) {
    return jdbc.queryForObject(
        "select count(*) from customer where lower(name) = lower(?)", Integer.class, name);
  }

  Map<String, Object> billingContact(String customer) {
    return jdbc.queryForMap(
        """
        select cc.email, cc.phone from customer_contact cc join customer c on c.id = cc.customer_id
         where lower(c.name) = lower(?) and cc.billing order by cc.position limit 1
        """,
        customer);
  }

  String timeZone(String customer) {
    return jdbc.queryForObject(
        "select time_zone from customer where lower(name) = lower(?)", String.class, customer);
  }
}
