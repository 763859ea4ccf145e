package app.recoup.api.process;

import app.recoup.ledger.fees.LateFeeLedger.PostedFee;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A case's late fees, and waiving one (admins, with a reason). */
@Tag(name = "fees")
@RestController
class FeeController {

  private final FeeWaivers waivers;

  FeeController(FeeWaivers waivers) {
    this.waivers = waivers;
  }

  record WaiveRequest(String reason) {}

  record Waived(long feeId, BigDecimal amount, String by) {}

  @GetMapping("/api/cases/{invoiceNumber}/fees")
  List<PostedFee> list(@PathVariable String invoiceNumber) {
    return waivers.onCase(invoiceNumber);
  }

  @PostMapping("/api/cases/{invoiceNumber}/fees/{feeId}/waive")
  Waived waive(
      @PathVariable String invoiceNumber,
      @PathVariable long feeId,
      @RequestBody(required = false) WaiveRequest request,
      Authentication user) {
    BigDecimal amount =
        waivers.waive(invoiceNumber, feeId, request == null ? null : request.reason(), user);
    return new Waived(feeId, amount, user.getName());
  }
}
