package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;

/** Where drafting finds the wording in force for a tone and step. */
interface WordingSource {

  Wording current(Tone tone, StepKind step);
}
