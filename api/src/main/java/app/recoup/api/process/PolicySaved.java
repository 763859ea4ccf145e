package app.recoup.api.process;

import app.recoup.ledger.policies.CadencePolicy;

/** A policy as saved or applied, and how many running cases now follow it. */
public record PolicySaved(CadencePolicy policy, int runningCasesUpdated) {}
