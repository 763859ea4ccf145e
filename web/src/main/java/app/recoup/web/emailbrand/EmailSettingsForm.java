package app.recoup.web.emailbrand;

import jakarta.validation.constraints.Pattern;

/** The email settings form: the brand colour and whether reminders carry the statement. */
public class EmailSettingsForm {

  @Pattern(
      regexp = "#[0-9a-fA-F]{6}",
      message = "must be a colour written #rrggbb, for example #1f6feb")
  private String colour = "";

  private boolean attachStatement;

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour == null ? "" : colour.trim();
  }

  public boolean isAttachStatement() {
    return attachStatement;
  }

  public void setAttachStatement(boolean attachStatement) {
    this.attachStatement = attachStatement;
  }
}
