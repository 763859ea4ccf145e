package app.recoup.workflows.events;

import app.recoup.workflows.vocabulary.Channel;

/** The customer answered (any channel): the case pauses at once until a person looks. */
public record Reply(Channel channel, String excerpt) {}
