package app.recoup.web.outbox;

import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxEntry;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything the application sent or tried to send, newest first. In the local profile this is
 * where emails and SMS "arrive", since nothing leaves the machine.
 */
@Tag(name = "outbox")
@Controller
class OutboxController {

  private static final int MAX_PAGE_SIZE = 200;

  private final Outbox outbox;

  OutboxController(Outbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping(value = "/api/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  OutboxPage list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return load(page, size);
  }

  @GetMapping("/outbox")
  String page(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Model model) {
    model.addAttribute("outbox", load(page, size));
    return "outbox";
  }

  private OutboxPage load(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    List<OutboxEntry> items = outbox.newestFirst(Math.multiplyExact(page, size), size);
    return new OutboxPage(page, size, outbox.count(), items);
  }
}
