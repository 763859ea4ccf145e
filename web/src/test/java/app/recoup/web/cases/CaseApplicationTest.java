package app.recoup.web.cases;

import app.recoup.web.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The whole application on its local profile: real embedded PostgreSQL (a throw-away cluster), the
 * in-process Temporal server on the wall clock; the shared context of {@link ApplicationTest}.
 */
@ApplicationTest
public abstract class CaseApplicationTest {

  protected static final String ADMIN = ApplicationTest.ADMIN;
  protected static final String PASSWORD = ApplicationTest.PASSWORD;

  @Autowired protected ApplicationContext context;
  protected CaseFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CaseFixtures(context);
  }
}
