package app.recoup.activities.connectors;

/** What the books made of a push: the id of the payment (or fee invoice) they now hold. */
public record PushedPayment(String externalId) {}
