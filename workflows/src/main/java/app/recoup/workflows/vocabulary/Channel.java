package app.recoup.workflows.vocabulary;

/**
 * How a message reaches a customer. A cadence step may also say "the customer's preferred one"
 * ({@link app.recoup.workflows.cadence.StepMessage.Channel#PREFERRED}).
 */
public enum Channel {
  EMAIL,
  SMS,
  /** Through Twilio's WhatsApp API; the contact's phone number is the address. */
  WHATSAPP
}
