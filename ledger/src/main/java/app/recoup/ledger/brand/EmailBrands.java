package app.recoup.ledger.brand;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of email brand settings. */
@Repository
public class EmailBrands {

  private final JdbcClient jdbc;

  EmailBrands(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public EmailBrand current() {
    return jdbc.sql(
            "select colour, logo, logo_content_type, attach_statement from email_brand where id = 1")
        .query(
            (rs, row) -> {
              byte[] logo = rs.getBytes("logo");
              return new EmailBrand(
                  rs.getString("colour"),
                  logo == null
                      ? Optional.empty()
                      : Optional.of(new EmailBrand.Logo(logo, rs.getString("logo_content_type"))),
                  rs.getBoolean("attach_statement"));
            })
        .single();
  }

  public void saveSettings(String colour, boolean attachStatement, String by) {
    jdbc.sql(
            """
            update email_brand set colour = ?, attach_statement = ?, updated_by = ?, updated_at = now()
             where id = 1
            """)
        .params(colour, attachStatement, by)
        .update();
  }

  public void saveLogo(EmailBrand.Logo logo, String by) {
    jdbc.sql(
            """
            update email_brand set logo = ?, logo_content_type = ?, updated_by = ?, updated_at = now()
             where id = 1
            """)
        .params(logo.content(), logo.contentType(), by)
        .update();
  }

  public void removeLogo(String by) {
    jdbc.sql(
            """
            update email_brand set logo = null, logo_content_type = null, updated_by = ?,
                   updated_at = now()
             where id = 1
            """)
        .param(by)
        .update();
  }
}
