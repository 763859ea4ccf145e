package app.recoup.ledger.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Numbers that answered STOP (or that Twilio reports as unsubscribed). */
@Repository
public class SmsOptOuts {

  private final JdbcClient jdbc;

  public SmsOptOuts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void optOut(String phone, String source) {
    jdbc.sql("insert into sms_opt_out (phone, source) values (?, ?) on conflict (phone) do nothing")
        .params(PhoneNumbers.normalize(phone), source)
        .update();
  }

  public void optIn(String phone) {
    jdbc.sql("delete from sms_opt_out where phone = ?")
        .param(PhoneNumbers.normalize(phone))
        .update();
  }

  public boolean isOptedOut(String phone) {
    return jdbc.sql("select exists (select 1 from sms_opt_out where phone = ?)")
        .param(PhoneNumbers.normalize(phone))
        .query(Boolean.class)
        .single();
  }
}
