package app.recoup.web.forms;

import java.util.Arrays;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads an enum from a form or query parameter by its name, trimmed and in any case ("collector" is
 * {@code COLLECTOR}); blank is no value. An unknown name is a binding error on the field, which a
 * form's {@code BindingResult} collects.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class EnumNames implements ConverterFactory<String, Enum> {

  @Override
  public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
    return text -> {
      String name = text.trim();
      if (name.isEmpty()) {
        return null;
      }
      return (T)
          Arrays.stream(type.getEnumConstants())
              .filter(constant -> constant.name().equalsIgnoreCase(name))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("No " + type.getSimpleName() + " " + name));
    };
  }
}
