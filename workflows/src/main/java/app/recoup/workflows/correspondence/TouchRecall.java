package app.recoup.workflows.correspondence;

/** A case paid, closed or on hold asks for its handed touch back before it is sent. */
public record TouchRecall(String idempotencyKey, String reason) {}
