package org.pana.app.procedure;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.pana.core.procedure.StepType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lists the step-type vocabulary in the OpenAPI document at {@code /api/v1/openapi.json}: a step's
 * {@code type} is read from a string (the core knows no web framework), so the generator cannot see
 * its values. Both the contract's names and the older ones still accepted are listed; steps are
 * answered with the contract's names.
 */
@Component
class StepTypesInOpenApi implements OpenApiCustomizer {

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    List<String> codes = StepType.codes();
    vocabulary(schemas.get("StepDraft"), "type", codes, true);
    vocabulary(schemas.get("StepJson"), "type", names(), false);
  }

  @SuppressWarnings("unchecked")
  private static void vocabulary(
      Schema<?> schema, String property, List<String> codes, boolean input) {
    if (schema == null || schema.getProperties() == null) {
      return;
    }
    Schema<Object> type = (Schema<Object>) schema.getProperties().get(property);
    if (type == null) {
      return;
    }
    type.setEnum(List.copyOf(codes));
    type.setDescription(
        input
            ? "A step type (ARCHITECTURE.md, public contract). Older names are accepted as"
                + " aliases: "
                + aliases()
                + ". Leave it out to take the step's type from the event named by eventId."
            : "A step type, always by the contract's name.");
  }

  private static List<String> names() {
    return java.util.Arrays.stream(StepType.values()).map(Enum::name).toList();
  }

  private static String aliases() {
    return String.join(
        ", ",
        java.util.Arrays.stream(StepType.values())
            .flatMap(t -> t.aliases().stream().map(a -> a + " for " + t.name()))
            .toList());
  }
}
