package app.recoup.web.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How form and query parameters become values, for every page and route, registered once here:
 * dates as a date input sends them (2026-05-31), amounts as plain decimals (120.50; the currency is
 * the case's, and its decimals are checked where the currency is known), enums by name.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverterFactory(new EnumNames());
    registry.addFormatterForFieldType(LocalDate.class, new IsoDates());
    registry.addFormatterForFieldType(BigDecimal.class, new Amounts());
  }

  static final class IsoDates implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
      return LocalDate.parse(text.trim());
    }

    @Override
    public String print(LocalDate date, Locale locale) {
      return date.toString();
    }
  }

  static final class Amounts implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) {
      return new BigDecimal(text.trim());
    }

    @Override
    public String print(BigDecimal amount, Locale locale) {
      return amount.toPlainString();
    }
  }
}
