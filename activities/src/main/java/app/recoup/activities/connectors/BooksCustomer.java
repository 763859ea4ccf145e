package app.recoup.activities.connectors;

/**
 * A customer in the books with its billing contact; null fields are not known to the books.
 *
 * @param name the name invoices are filed under (the import's customer column)
 * @param timeZone an IANA zone id, when the books keep one
 */
public record BooksCustomer(
    String externalId, String name, String email, String phone, String timeZone) {}
