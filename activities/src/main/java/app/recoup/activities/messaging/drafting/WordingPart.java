package app.recoup.activities.messaging.drafting;

import java.util.Locale;

/** The separately edited parts of a reminder's wording. */
public enum WordingPart {
  SUBJECT,
  BODY,
  SMS;

  /** The name of the part's form field and classpath file. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }
}
