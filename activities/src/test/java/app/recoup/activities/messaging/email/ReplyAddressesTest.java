package app.recoup.activities.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.messaging.BusinessProperties;
import org.junit.jupiter.api.Test;

class ReplyAddressesTest {

  static final BusinessProperties PER_CASE =
      new BusinessProperties("Acme", "Dana", "billing@acme.test", "collections@acme.test", true);
  static final String SECRET = "0123456789abcdef0123456789abcdef";

  final ReplyAddresses addresses = new ReplyAddresses(PER_CASE, SECRET);

  @Test
  void aSignedAddressNamesItsCaseWhateverTheLetterCase() {
    String address = addresses.forCase(42);

    assertThat(address).matches("collections\\+c42-[0-9a-f]{12}@acme\\.test");
    assertThat(addresses.caseOf(address)).contains(42L);
    assertThat(addresses.caseOf("Pat <" + address.toUpperCase() + ">")).contains(42L);
  }

  @Test
  void unsignedOrForgedAddressesNameNoCase() {
    String signature = addresses.forCase(42).replaceAll(".*-([0-9a-f]+)@.*", "$1");

    assertThat(addresses.caseOf("collections+c42@acme.test")).as("unsigned").isEmpty();
    assertThat(addresses.caseOf("collections+c43-" + signature + "@acme.test"))
        .as("another case's signature")
        .isEmpty();
    assertThat(addresses.caseOf("collections+c42-000000000000@acme.test")).as("made up").isEmpty();
    assertThat(new ReplyAddresses(PER_CASE, SECRET.replace('0', 'x')).caseOf(addresses.forCase(42)))
        .as("signed with another secret")
        .isEmpty();
  }

  @Test
  void perCaseAddressesNeedASecret() {
    assertThatThrownBy(() -> new ReplyAddresses(PER_CASE, ""))
        .hasMessageContaining("recoup.business.reply-token-secret");
    assertThatThrownBy(() -> new ReplyAddresses(PER_CASE, "short"))
        .hasMessageContaining("at least 32");
    var shared =
        new BusinessProperties("Acme", "Dana", "billing@acme.test", "collections@acme.test", false);
    assertThat(new ReplyAddresses(shared, "").caseOf(addresses.forCase(42)))
        .as("no secret, no tokens")
        .isEmpty();
  }
}
