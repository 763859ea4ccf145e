package app.recoup.workflows.collection;

public record CaseClosure(long caseId, String reason) {}
