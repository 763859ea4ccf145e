package app.recoup.ledger.touches;

import app.recoup.workflows.vocabulary.Channel;

/**
 * The wording of a drafted touch as stored for approval.
 *
 * @param justStored whether this drafting stored it (false when an earlier attempt had)
 */
public record TouchDraft(String subject, String body, Channel channel, boolean justStored) {}
