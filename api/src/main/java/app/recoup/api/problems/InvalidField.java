package app.recoup.api.problems;

/** A field of a request and what is wrong with it; a problem lists them under {@code errors}. */
public record InvalidField(String field, String message) {}
