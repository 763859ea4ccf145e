package app.recoup.activities.messaging.sms;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When an SMS may reach a customer, in the customer's own time zone: [windowStart, windowEnd). */
@ConfigurationProperties("recoup.sms")
public record SmsProperties(
    @DefaultValue("09:00") LocalTime windowStart, @DefaultValue("20:00") LocalTime windowEnd) {}
