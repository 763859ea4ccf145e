package app.recoup.web.imports;

import app.recoup.web.ApplicationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The import tests: the shared application context, whose settings they need (small batches). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationTest
@interface ImportApiTest {}
