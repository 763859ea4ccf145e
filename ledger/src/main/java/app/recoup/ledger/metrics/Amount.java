package app.recoup.ledger.metrics;

import java.math.BigDecimal;

/** A labelled amount: one bar of a chart. */
public record Amount(String label, BigDecimal value) {}
