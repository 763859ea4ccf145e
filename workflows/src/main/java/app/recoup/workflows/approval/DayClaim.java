package app.recoup.workflows.approval;

import app.recoup.workflows.cadence.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;

/** A touch due at {@code at} asks for a business slot on a day its customer is not touched yet. */
public record DayClaim(
    long caseId, String idempotencyKey, Instant at, BusinessCalendar calendar, ZoneId zone) {}
