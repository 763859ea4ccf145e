package app.recoup.api.security;

import app.recoup.api.problems.Problems;
import app.recoup.ledger.users.ApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal API tokens, as on "My account": any logged-in user manages their own. */
@Tag(name = "tokens")
@RestController
class TokenController {

  private final PersonalTokens tokens;

  TokenController(PersonalTokens tokens) {
    this.tokens = tokens;
  }

  record NewToken(
      @Schema(description = "what you call it, up to 80 characters", example = "CI") String name) {}

  @GetMapping("/api/tokens")
  List<ApiToken> mine(Principal user) {
    return tokens.of(user.getName());
  }

  @Operation(description = "The answer's token is shown this once; Recoup keeps only its hash.")
  @PostMapping("/api/tokens")
  ResponseEntity<PersonalTokens.Issued> create(
      @RequestBody(required = false) NewToken request, Principal user) {
    PersonalTokens.Issued issued =
        tokens.issue(user.getName(), request == null ? null : request.name());
    return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
  }

  /** A token revoked no longer opens the API; revoking it again, or someone else's, is a 404. */
  @PostMapping("/api/tokens/{id}/revoke")
  ResponseEntity<?> revoke(@PathVariable long id, Principal user) {
    if (!tokens.revoke(user.getName(), id)) {
      return Problems.answer(HttpStatus.NOT_FOUND, "You have no active token " + id);
    }
    return ResponseEntity.noContent().build();
  }
}
