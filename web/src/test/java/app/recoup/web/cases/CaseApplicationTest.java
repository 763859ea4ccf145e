package app.recoup.web.cases;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The whole application on its local profile: real embedded PostgreSQL (a throw-away cluster), the
 * in-process Temporal server on the wall clock. The case tests share this one context.
 */
@SpringBootTest(
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=" + CaseApplicationTest.ADMIN,
      "recoup.admin.password=" + CaseApplicationTest.PASSWORD
    })
public abstract class CaseApplicationTest {

  protected static final String ADMIN = "admin@cases.test";
  protected static final String PASSWORD = "case-tests-secret";

  @Autowired protected ApplicationContext context;
  protected CaseFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CaseFixtures(context);
  }
}
