package app.recoup.activities.messaging.drafting;

import java.util.Map;

/**
 * Some parts of a wording do not render; the message for each says why, for the person editing it.
 */
public class WordingException extends RuntimeException {

  private final Map<WordingPart, String> problems;

  WordingException(Map<WordingPart, String> problems) {
    super("the wording does not render: " + problems);
    this.problems = Map.copyOf(problems);
  }

  public Map<WordingPart, String> problems() {
    return problems;
  }
}
