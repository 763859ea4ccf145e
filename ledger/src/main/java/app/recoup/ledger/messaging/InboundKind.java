package app.recoup.ledger.messaging;

/** What an inbound message turned out to be. Only a REPLY pauses a case. */
public enum InboundKind {
  REPLY,
  AUTO_REPLY,
  BOUNCE,
  OPT_OUT,
  OPT_IN,
  UNMATCHED
}
