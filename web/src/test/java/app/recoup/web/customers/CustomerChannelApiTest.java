package app.recoup.web.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.web.cases.CaseApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code PUT /api/customers/{id}/channel}: email, SMS or WhatsApp, where the contact has one. */
@AutoConfigureMockMvc
class CustomerChannelApiTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void whatsAppNeedsThePrimaryContactsPhoneNumberThenIsTheCustomersChannel() throws Exception {
    long customer = customerWith("ap@whatsapp.example", null);

    put(customer, "{\"channel\": \"WHATSAPP\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.detail").value("The primary contact has no phone number for whatsapp"))
        .andExpect(jsonPath("$.errors[0].field").value("channel"));
    assertThat(channelOf(customer)).isEqualTo("EMAIL");

    jdbc.sql("update customer_contact set phone = '+4915112345679' where customer_id = ?")
        .param(customer)
        .update();
    put(customer, "{\"channel\": \"whatsapp\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.channel").value("WHATSAPP"));
    assertThat(channelOf(customer)).isEqualTo("WHATSAPP");
  }

  @Test
  void anUnknownChannelIsRefusedNamingTheChoices() throws Exception {
    long customer = customerWith("ap@pigeon.example", "+4915112345670");

    put(customer, "{\"channel\": \"PIGEON\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("channel must be EMAIL, SMS or WHATSAPP"));
    put(customer, "{}").andExpect(status().isUnprocessableContent());
    assertThat(channelOf(customer)).isEqualTo("EMAIL");
  }

  private ResultActions put(long customer, String json) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.put("/api/customers/{id}/channel", customer)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private long customerWith(String email, String phone) {
    long customer =
        jdbc.sql("insert into customer (name) values (?) returning id")
            .param("Channel customer " + email)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, email, phone, billing) values (?, 0, ?, ?, true)")
        .params(customer, email, phone)
        .update();
    return customer;
  }

  private String channelOf(long customer) {
    return jdbc.sql("select preferred_channel from customer where id = ?")
        .param(customer)
        .query(String.class)
        .single();
  }
}
