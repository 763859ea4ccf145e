package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;

/** Where drafting finds the wording in force for a tone, step and language. */
interface WordingSource {

  ChosenWording current(Tone tone, StepKind step, String language);
}
