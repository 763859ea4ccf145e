package app.recoup.workflows.collection;

import app.recoup.workflows.vocabulary.CloseReason;

public record CaseClosure(long caseId, CloseReason reason) {}
