package app.recoup.workflows.events;

import java.time.LocalDate;

/** A person pauses the case until the start of a date on the customer's calendar. */
public record Snooze(String by, LocalDate until, String reason) {}
