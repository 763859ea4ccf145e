package app.recoup.web.cadences;

import app.recoup.api.process.PolicyDraft;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * The cadence editor's form as it was sent: one row per step in parallel fields ({@code offset},
 * {@code channel}, {@code tone}, {@code template}, {@code approval}, {@code feeKind}, {@code
 * feeValue}, {@code feeCap}, {@code manualAction}, {@code manualAssignee}, {@code manualDays});
 * rows without an offset and a fee are left out; a row with a manual action is a manual step. What
 * cannot be read as a number or a time becomes a problem next to its field.
 */
record CadenceForm(PolicyDraft draft, List<PolicyDraft.Problem> unreadable) {

  static CadenceForm read(MultiValueMap<String, String> form) {
    List<PolicyDraft.Problem> unreadable = new ArrayList<>();
    List<String> offsets = form.getOrDefault("offset", List.of());
    List<PolicyDraft.Step> steps = new ArrayList<>();
    for (int row = 0; row < offsets.size(); row++) {
      String offset = offsets.get(row).trim();
      String feeKind = value(form, "feeKind", row);
      if (offset.isEmpty() && feeKind.isEmpty()) {
        continue;
      }
      int number = steps.size() + 1;
      PolicyDraft.Fee fee =
          feeKind.isEmpty()
              ? null
              : new PolicyDraft.Fee(
                  feeKind,
                  parse(
                      value(form, "feeValue", row),
                      BigDecimal::new,
                      number,
                      "fee",
                      "the value is not a number",
                      unreadable),
                  parse(
                      value(form, "feeCap", row),
                      BigDecimal::new,
                      number,
                      "fee",
                      "the cap is not a number",
                      unreadable));
      steps.add(
          new PolicyDraft.Step(
              parse(
                  offset,
                  Integer::valueOf,
                  number,
                  "offsetDays",
                  "a whole number of days is needed",
                  unreadable),
              value(form, "channel", row),
              value(form, "tone", row),
              value(form, "template", row),
              "yes".equals(value(form, "approval", row)),
              fee,
              manual(form, row, number, unreadable)));
    }
    LocalTime touchTime =
        parse(
            String.valueOf(form.getFirst("touchTime")).trim(),
            LocalTime::parse,
            null,
            null,
            "the time of day reads like 09:30",
            unreadable);
    return new CadenceForm(
        new PolicyDraft(touchTime, form.containsKey("overdueOnly"), steps), unreadable);
  }

  private static PolicyDraft.Manual manual(
      MultiValueMap<String, String> form,
      int row,
      int number,
      List<PolicyDraft.Problem> unreadable) {
    String action = value(form, "manualAction", row);
    if (action.isEmpty()) {
      return null;
    }
    return new PolicyDraft.Manual(
        action,
        value(form, "manualAssignee", row),
        parse(
            value(form, "manualDays", row),
            Integer::valueOf,
            number,
            "manual",
            "the days to complete it are a whole number",
            unreadable));
  }

  /** What is wrong: the unreadable fields first, then what the policy's rules refuse. */
  List<PolicyDraft.Problem> problems() {
    List<PolicyDraft.Problem> problems = new ArrayList<>(unreadable);
    if (unreadable.isEmpty()) {
      problems.addAll(draft.problems());
    }
    return problems;
  }

  private static String value(MultiValueMap<String, String> form, String field, int row) {
    List<String> values = form.getOrDefault(field, List.of());
    return row < values.size() && values.get(row) != null ? values.get(row).trim() : "";
  }

  private static <T> T parse(
      String text,
      Function<String, T> parser,
      Integer step,
      String field,
      String message,
      List<PolicyDraft.Problem> problems) {
    if (text.isEmpty() || text.equals("null")) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (NumberFormatException | DateTimeParseException unreadable) {
      problems.add(new PolicyDraft.Problem(step, field, message));
      return null;
    }
  }
}
