package app.recoup.api.portal;

/** A portal action the books cannot take as asked; names the form field that needs fixing. */
public class PortalRefusal extends RuntimeException {

  private final String field;

  public PortalRefusal(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
