package app.recoup.activities.connectors.xero;

/** What every accounting call carries: a current access token and the organisation it reads. */
record XeroAccess(String accessToken, String tenantId) {

  @Override
  public String toString() {
    return "XeroAccess[tenantId=" + tenantId + "]";
  }
}
