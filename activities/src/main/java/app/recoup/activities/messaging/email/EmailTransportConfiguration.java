package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.LocalOutboxTransport;
import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.messaging.OutboxAttachments;
import app.recoup.workflows.vocabulary.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP when {@code spring.mail.host} is set; otherwise the outbox itself is the delivery. */
@Configuration
class EmailTransportConfiguration {

  @Bean
  Transport emailTransport(
      ObjectProvider<JavaMailSenderImpl> mail,
      BusinessProperties business,
      ReplyAddresses replyAddresses,
      OutboxAttachments attachments) {
    JavaMailSenderImpl sender = mail.getIfAvailable();
    return sender == null
        ? new LocalOutboxTransport(Channel.EMAIL)
        : new SmtpTransport(sender, business, replyAddresses, attachments);
  }
}
