package app.recoup.workflows.cadence;

/**
 * How a step's reminder is worded and sent.
 *
 * @param needsApproval a person approves it even where the customer may be sent to without review
 */
public record StepMessage(Channel channel, Tone tone, Template template, boolean needsApproval) {

  /**
   * What steps of policies stored before steps carried a message do: the customer's way, by
   * position.
   */
  public static final StepMessage CUSTOMERS_OWN =
      new StepMessage(Channel.PREFERRED, Tone.CUSTOMER, Template.BY_POSITION, false);

  public enum Channel {
    /** The customer's preferred channel. */
    PREFERRED,
    EMAIL,
    SMS,
    WHATSAPP
  }

  public enum Tone {
    /** The tone set on the customer. */
    CUSTOMER,
    FRIENDLY,
    NEUTRAL,
    FIRM
  }

  public enum Template {
    /** Pre-due, due, overdue or final notice, from the step's offset and whether it is the last. */
    BY_POSITION,
    PRE_DUE,
    DUE,
    OVERDUE,
    FINAL_NOTICE,
    /** Not a cadence step's: the touch that follows a promise that lapsed unpaid. */
    PROMISE_BROKEN,
    /** Not a cadence step's: the reminder before an instalment of a payment plan. */
    PLAN_REMINDER,
    /** Not a cadence step's: the touch after an instalment of a payment plan was missed. */
    INSTALMENT_MISSED;

    /** Whether a cadence step may name it (the others follow no step). */
    public boolean forCadenceSteps() {
      return this != PROMISE_BROKEN && this != PLAN_REMINDER && this != INSTALMENT_MISSED;
    }
  }

  public StepMessage {
    if (channel == null || tone == null || template == null) {
      throw new IllegalArgumentException("a step message needs a channel, a tone and a template");
    }
  }
}
