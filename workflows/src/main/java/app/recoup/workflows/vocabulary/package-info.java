/**
 * Recoup's domain words, one enum per idea, in the one module every other module may use. The
 * ledger stores each constant as its {@code stored()} word (its name, except for words older rows
 * already hold); workflow payloads carry them by name.
 */
package app.recoup.workflows.vocabulary;
