package app.recoup.api.process;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a case took: the command's name, who gave it and, where there is one, its outcome (a
 * dispute's id, say).
 */
record Recorded(
    @Schema(example = "INV-1042") String invoiceNumber,
    @Schema(example = "pause") String action,
    @Schema(example = "ada@example.com") String by,
    @Schema(example = "api-5b0c6f7e-2f8e-4a43-9d59-0c3f1f0f9a1e") String outcome) {}
