package app.recoup.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description springdoc serves at {@code /v3/api-docs} and {@code /swagger-ui}, and which is
 * kept in {@code docs/openapi.json}. The server is the one answering (a relative URL), so the
 * description is the same on every host and port.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BASIC = "basic";
  static final String BEARER = "token";
  static final String PROBLEM = "Problem";

  @Bean
  OpenAPI recoupApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Recoup API")
                .version("1")
                .description(
                    """
                Cases and the commands people give them, drafts waiting for approval, payments, \
                promises, disputes, replies, fees, policies, imports, customers, payment \
                exceptions, tasks, users and personal tokens. Log in with HTTP Basic (the account's email and password) or a personal \
                token (`Authorization: Bearer rcp_…`). Errors are RFC 9457 problem details \
                (`type`, `title`, `status`, `detail`, and `errors: [{field, message}]` naming the \
                request's fields at fault). The webhooks and the portal are called by payment \
                processors, Twilio and customers, with their own signatures instead of a login."""))
        .servers(List.of(new Server().url("/")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("a personal token from the account page, rcp_…")))
        .security(
            List.of(
                new SecurityRequirement().addList(BASIC),
                new SecurityRequirement().addList(BEARER)))
        .tags(
            List.of(
                tag("cases", "An invoice's collection and the commands that steer it"),
                tag("drafts", "Touches waiting for a person to approve, edit or skip them"),
                tag("payments", "Payments recorded by hand"),
                tag("promises", "Promises to pay taken down by a person"),
                tag("disputes", "Disputes opened and resolved by a person"),
                tag("replies", "Customers' replies logged by hand"),
                tag("fees", "Late fees on a case, and waiving them"),
                tag("policies", "Cadence policies and per-customer overrides"),
                tag("imports", "Invoice imports: CSV, Xero and QuickBooks exports"),
                tag("customers", "A customer's policy override, unapplied cash and portal links"),
                tag("tasks", "Human tasks: the open ones, their assignment and completion"),
                tag("users", "Who may log in and with which role (admins)"),
                tag("tokens", "The caller's personal API tokens"),
                tag(
                    "payment exceptions",
                    "Money cash application could not place, and its resolution"),
                tag("payment notifications", "Payment notifications as received from processors"),
                tag("outbox", "Messages as sent or held"),
                tag("backup", "A copy of the database (admins)"),
                tag("webhooks", "Called by payment processors and Twilio, signed; no login")));
  }

  /**
   * Operation ids from the controller and the method ({@code draft.approve}), so that two
   * controllers' {@code list} do not become {@code list_1} and {@code list_2} in whatever order
   * they were found.
   */
  @Bean
  OperationCustomizer operationIds() {
    return (operation, handler) -> {
      String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
      String resource = Character.toLowerCase(controller.charAt(0)) + controller.substring(1);
      return operation.operationId(resource + "." + handler.getMethod().getName());
    };
  }

  /**
   * Every route's refusals, in the one shape they all have: a 4XX answer carrying a problem, whose
   * schema is described once.
   */
  @Bean
  OpenApiCustomizer problems() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      ApiResponse refused =
          new ApiResponse()
              .description(
                  "Refused: an RFC 9457 problem saying why, naming the request's fields at fault")
              .content(
                  new Content()
                      .addMediaType(
                          "application/problem+json",
                          new MediaType()
                              .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
      openApi
          .getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperations()
                      .forEach(
                          operation -> operation.getResponses().addApiResponse("4XX", refused)));
    };
  }

  private static Schema<?> problemSchema() {
    Schema<?> invalidField =
        new ObjectSchema()
            .addProperty("field", new StringSchema().example("reason"))
            .addProperty("message", new StringSchema().example("is required"));
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Bad Request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("reason is required"))
        .addProperty("instance", new StringSchema().example("/api/cases/INV-1042/pause"))
        .addProperty("errors", new ArraySchema().items(invalidField));
  }

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }
}
