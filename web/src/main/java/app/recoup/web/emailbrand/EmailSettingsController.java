package app.recoup.web.emailbrand;

import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.activities.messaging.drafting.MessageTemplates;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.brand.EmailBrand;
import app.recoup.ledger.brand.EmailBrands;
import app.recoup.ledger.customers.Tone;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings, Email (admins): the brand colour and logo of the HTML emails, and whether reminders
 * about one invoice carry the customer's PDF statement. A sample reminder shows the result.
 */
@Controller
class EmailSettingsController {

  private static final String PAGE = "redirect:/settings/email";

  private final EmailBrands brands;
  private final MessageTemplates templates;
  private final MessageLanguages languages;

  EmailSettingsController(
      EmailBrands brands, MessageTemplates templates, MessageLanguages languages) {
    this.brands = brands;
    this.templates = templates;
    this.languages = languages;
  }

  @GetMapping("/settings/email")
  String settings(Model model) {
    model.addAttribute("form", currentForm());
    return page(model, Map.of());
  }

  @PostMapping("/settings/email")
  String save(
      @Valid @ModelAttribute("form") EmailSettingsForm form,
      BindingResult binding,
      Principal admin,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (binding.hasFieldErrors("colour")) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          model, Map.of("colour", "Colour " + binding.getFieldError("colour").getDefaultMessage()));
    }
    brands.saveSettings(form.getColour().toLowerCase(), form.isAttachStatement(), admin.getName());
    redirect.addFlashAttribute("notice", "Saved. New emails use these settings.");
    return PAGE;
  }

  @PostMapping("/settings/email/logo")
  String uploadLogo(
      @RequestParam(name = "logo", required = false) MultipartFile file,
      Principal admin,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    try {
      brands.saveLogo(
          LogoUpload.check(
              file == null ? null : file.getOriginalFilename(),
              file == null ? new byte[0] : file.getBytes()),
          admin.getName());
    } catch (LogoUpload.Refused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("form", currentForm());
      return page(model, Map.of("logo", refused.getMessage()));
    }
    redirect.addFlashAttribute("notice", "Logo saved. New emails show it.");
    return PAGE;
  }

  @PostMapping("/settings/email/logo/remove")
  String removeLogo(Principal admin, RedirectAttributes redirect) {
    brands.removeLogo(admin.getName());
    redirect.addFlashAttribute("notice", "Logo removed. New emails show the business's name.");
    return PAGE;
  }

  @GetMapping("/settings/email/logo")
  ResponseEntity<byte[]> logo() {
    return brands
        .current()
        .logo()
        .map(
            logo ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(logo.contentType()))
                    .body(logo.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private EmailSettingsForm currentForm() {
    EmailBrand brand = brands.current();
    EmailSettingsForm form = new EmailSettingsForm();
    form.setColour(brand.colour());
    form.setAttachStatement(brand.attachStatement());
    return form;
  }

  private String page(Model model, Map<String, String> errors) {
    model.addAttribute("errors", errors);
    model.addAttribute("hasLogo", brands.current().logo().isPresent());
    model.addAttribute("maxKb", LogoUpload.MAX_BYTES / 1024);
    model.addAttribute(
        "sample",
        templates.preview(
            Tone.FRIENDLY,
            StepKind.OVERDUE,
            languages.defaultLanguage(),
            templates
                .current(Tone.FRIENDLY, StepKind.OVERDUE, languages.defaultLanguage())
                .wording()));
    return "email-settings";
  }
}
