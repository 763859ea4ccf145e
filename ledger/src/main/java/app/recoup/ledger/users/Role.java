package app.recoup.ledger.users;

/** What a person may do: admins configure and write off, collectors act on cases, viewers read. */
public enum Role {
  ADMIN,
  COLLECTOR,
  VIEWER
}
