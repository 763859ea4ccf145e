package app.recoup.api.portal;

/** A payment made through the portal was stored as this receipt; its email follows the commit. */
public record PortalPaymentReceived(long receiptId) {}
