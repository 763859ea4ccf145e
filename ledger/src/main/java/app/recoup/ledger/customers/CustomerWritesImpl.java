package app.recoup.ledger.customers;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

class CustomerWritesImpl implements CustomerWrites {

  private static final String UPSERT_WITH_ZONE =
      """
      insert into customer (name, time_zone)
      select distinct on (lower(name)) name, zone
        from unnest(?::text[], ?::text[]) with ordinality as given(name, zone, position)
       order by lower(name), position desc
      on conflict (lower(name)) do update
         set time_zone = excluded.time_zone, updated_at = now(), version = customer.version + 1
       where customer.time_zone <> excluded.time_zone
      """;

  private static final String INSERT_MISSING =
      """
      insert into customer (name)
      select distinct on (lower(name)) name from unnest(?::text[]) as given(name)
      on conflict (lower(name)) do nothing
      """;

  private static final String UPDATE_LANGUAGES =
      """
      update customer
         set language = given.language, updated_at = now(), version = customer.version + 1
        from (select distinct on (lower(name)) name, language
                from unnest(?::text[], ?::text[]) with ordinality as g(name, language, position)
               order by lower(name), position desc) as given
       where lower(customer.name) = lower(given.name)
         and customer.language is distinct from given.language
      """;

  private static final String IDS_BY_NAME =
      """
      select given.name, customer.id
        from unnest(?::text[]) as given(name)
        join customer on lower(customer.name) = lower(given.name)
      """;

  /** The billing contact is the first one flagged billing, as Customer.billingContact() says. */
  private static final String UPDATE_BILLING_CONTACTS =
      """
      with given as (
             select * from unnest(?::bigint[], ?::text[], ?::text[]) as g(customer_id, email, phone)),
           billing as (
             select distinct on (contact.customer_id) contact.id, contact.customer_id
               from customer_contact contact join given using (customer_id)
              where contact.billing
              order by contact.customer_id, contact.position)
      update customer_contact contact
         set email = coalesce(given.email, contact.email),
             phone = coalesce(given.phone, contact.phone)
        from billing join given using (customer_id)
       where contact.id = billing.id
         and (contact.email is distinct from coalesce(given.email, contact.email)
              or contact.phone is distinct from coalesce(given.phone, contact.phone))
      """;

  private static final String INSERT_MISSING_BILLING_CONTACTS =
      """
      insert into customer_contact (customer_id, position, email, phone, billing)
      select given.customer_id,
             (select coalesce(max(position) + 1, 0) from customer_contact
               where customer_id = given.customer_id),
             given.email, given.phone, true
        from unnest(?::bigint[], ?::text[], ?::text[]) as given(customer_id, email, phone)
       where not exists (select 1 from customer_contact
                          where customer_id = given.customer_id and billing)
      """;

  /**
   * A contact of the customer with a copied address (the billing contact excepted: it is always
   * addressed) is marked CC; a copied address no contact has becomes a new contact, listed last.
   * Either bumps the customer's version, as the customer page's forms go by it.
   */
  private static final String COPY_CONTACTS =
      """
      with given as (
             select distinct on (customer_id, lower(email)) customer_id, email, n
               from unnest(?::bigint[], ?::text[]) with ordinality as g(customer_id, email, n)
              order by customer_id, lower(email), n),
           marked as (
             update customer_contact contact set reminders = 'CC'
               from given
              where contact.customer_id = given.customer_id
                and lower(contact.email) = lower(given.email)
                and not contact.billing and contact.reminders <> 'CC'
             returning contact.customer_id),
           added as (
             insert into customer_contact (customer_id, position, email, billing, reminders)
             select given.customer_id,
                    (select coalesce(max(position), -1) from customer_contact
                      where customer_id = given.customer_id)
                      + row_number() over (partition by given.customer_id order by given.n),
                    given.email, false, 'CC'
               from given
              where not exists (select 1 from customer_contact contact
                                 where contact.customer_id = given.customer_id
                                   and lower(contact.email) = lower(given.email))
             returning customer_id)
      update customer set updated_at = now(), version = version + 1
       where id in (select customer_id from marked union select customer_id from added)
      """;

  private final JdbcTemplate jdbc;

  CustomerWritesImpl(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Long> upsertImported(Collection<ImportedCustomer> customers) {
    Map<String, Long> ids = upsertCustomers(customers);
    updateBillingContacts(customers, ids);
    copyContacts(customers, ids);
    return ids;
  }

  @Override
  public void markEmailBounced(String email) {
    jdbc.update(
        "update customer_contact set email_bounced_at = now() where lower(email) = lower(?)",
        email);
  }

  private Map<String, Long> upsertCustomers(Collection<ImportedCustomer> customers) {
    List<String> namesWithZone = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    List<String> namesWithoutZone = new ArrayList<>();
    for (ImportedCustomer customer : customers) {
      if (customer.timeZone() == null) {
        namesWithoutZone.add(customer.name());
      } else {
        namesWithZone.add(customer.name());
        zones.add(customer.timeZone());
      }
    }
    if (!namesWithZone.isEmpty()) {
      execute(UPSERT_WITH_ZONE, texts(namesWithZone), texts(zones));
    }
    if (!namesWithoutZone.isEmpty()) {
      execute(INSERT_MISSING, texts(namesWithoutZone));
    }
    List<ImportedCustomer> withLanguage =
        customers.stream().filter(customer -> customer.language() != null).toList();
    if (!withLanguage.isEmpty()) {
      execute(
          UPDATE_LANGUAGES,
          texts(withLanguage.stream().map(ImportedCustomer::name).toList()),
          texts(withLanguage.stream().map(ImportedCustomer::language).toList()));
    }
    List<String> names = customers.stream().map(ImportedCustomer::name).toList();
    Map<String, Long> ids = new HashMap<>();
    jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(IDS_BY_NAME);
          statement.setArray(1, texts(names).apply(connection));
          return statement;
        },
        row -> {
          ids.put(row.getString(1), row.getLong(2));
        });
    return ids;
  }

  private void updateBillingContacts(
      Collection<ImportedCustomer> customers, Map<String, Long> customerIds) {
    // Two spellings of one name are one customer: the later row decides.
    Map<Long, ImportedCustomer> contacts = new LinkedHashMap<>();
    customers.stream()
        .filter(ImportedCustomer::hasContact)
        .forEach(
            customer ->
                contacts.merge(
                    customerIds.get(customer.name()), customer, ImportedCustomer::updatedBy));
    if (contacts.isEmpty()) {
      return;
    }
    List<Long> ids = List.copyOf(contacts.keySet());
    List<String> emails = contacts.values().stream().map(ImportedCustomer::email).toList();
    List<String> phones = contacts.values().stream().map(ImportedCustomer::phone).toList();
    ArrayOf idArray = connection -> connection.createArrayOf("bigint", ids.toArray());
    execute(UPDATE_BILLING_CONTACTS, idArray, texts(emails), texts(phones));
    execute(INSERT_MISSING_BILLING_CONTACTS, idArray, texts(emails), texts(phones));
  }

  private void copyContacts(Collection<ImportedCustomer> customers, Map<String, Long> customerIds) {
    List<Long> ids = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (ImportedCustomer customer : customers) {
      for (String email : customer.copied()) {
        ids.add(customerIds.get(customer.name()));
        emails.add(email);
      }
    }
    if (!ids.isEmpty()) {
      execute(
          COPY_CONTACTS,
          connection -> connection.createArrayOf("bigint", ids.toArray()),
          texts(emails));
    }
  }

  private void execute(String sql, ArrayOf... arrays) {
    jdbc.update(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(sql);
          for (int i = 0; i < arrays.length; i++) {
            statement.setArray(i + 1, arrays[i].apply(connection));
          }
          return statement;
        });
  }

  private static ArrayOf texts(List<String> values) {
    return connection -> connection.createArrayOf("text", values.toArray());
  }

  @FunctionalInterface
  private interface ArrayOf {
    Array apply(Connection connection) throws SQLException;
  }
}
