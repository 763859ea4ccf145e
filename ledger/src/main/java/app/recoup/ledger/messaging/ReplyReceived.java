package app.recoup.ledger.messaging;

import app.recoup.workflows.vocabulary.Channel;

/**
 * A customer answered on a case: the collection process turns this into a pause signal. Published
 * once per case and inbound message.
 */
public record ReplyReceived(long caseId, Channel channel, String excerpt) {}
