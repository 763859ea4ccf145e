package app.recoup.api.webhooks.twilio;

import app.recoup.activities.messaging.inbound.SmsReplies;
import app.recoup.api.problems.InvalidField;
import app.recoup.api.problems.Problems;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks: inbound SMS and WhatsApp messages and their delivery status callbacks. Open to
 * the internet, so each request must carry a valid X-Twilio-Signature; anything else gets 403 and
 * changes nothing. Twilio reads only a success's body (TwiML for an inbound SMS); it logs an
 * error's status and ignores its body, so errors are problem details as everywhere else.
 */
@Tag(name = "webhooks")
@SecurityRequirements
@RestController
@RequestMapping(value = "/webhooks/twilio", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
class TwilioWebhookController {

  private static final String EMPTY_TWIML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

  private final TwilioSignatures signatures;
  private final SmsReplies replies;

  TwilioWebhookController(TwilioSignatures signatures, SmsReplies replies) {
    this.signatures = signatures;
    this.replies = replies;
  }

  @PostMapping(value = "/sms", produces = MediaType.TEXT_XML_VALUE)
  ResponseEntity<?> inbound(HttpServletRequest request, @RequestParam Map<String, String> form) {
    return verified(
        request,
        form,
        List.of("MessageSid", "From"),
        () -> {
          replies.received(form.get("MessageSid"), form.get("From"), form.getOrDefault("Body", ""));
          return ResponseEntity.ok(EMPTY_TWIML);
        });
  }

  @PostMapping("/status")
  ResponseEntity<?> status(HttpServletRequest request, @RequestParam Map<String, String> form) {
    return verified(
        request,
        form,
        List.of("MessageSid", "MessageStatus"),
        () -> {
          replies.status(form.get("MessageSid"), form.get("MessageStatus"), form.get("ErrorCode"));
          return ResponseEntity.noContent().build();
        });
  }

  @PostMapping(value = "/whatsapp", produces = MediaType.TEXT_XML_VALUE)
  ResponseEntity<?> inboundWhatsApp(
      HttpServletRequest request, @RequestParam Map<String, String> form) {
    return verified(
        request,
        form,
        List.of("MessageSid", "From"),
        () -> {
          replies.receivedWhatsApp(
              form.get("MessageSid"), form.get("From"), form.getOrDefault("Body", ""));
          return ResponseEntity.ok(EMPTY_TWIML);
        });
  }

  @PostMapping("/whatsapp/status")
  ResponseEntity<?> whatsAppStatus(
      HttpServletRequest request, @RequestParam Map<String, String> form) {
    return verified(
        request,
        form,
        List.of("MessageSid", "MessageStatus"),
        () -> {
          replies.whatsAppStatus(
              form.get("MessageSid"), form.get("MessageStatus"), form.get("ErrorCode"));
          return ResponseEntity.noContent().build();
        });
  }

  /**
   * 403 unless Twilio signed it, 400 when a required field is missing, else the handler's answer.
   */
  private ResponseEntity<?> verified(
      HttpServletRequest request,
      Map<String, String> form,
      List<String> required,
      Supplier<ResponseEntity<?>> handler) {
    if (!signatures.valid(request, form)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "The request does not carry Twilio's signature");
    }
    List<InvalidField> missing =
        required.stream()
            .filter(field -> form.get(field) == null || form.get(field).isBlank())
            .map(field -> new InvalidField(field, "is required"))
            .toList();
    if (!missing.isEmpty()) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST, String.join(" and ", required) + " are required", missing);
    }
    return handler.get();
  }
}
