package org.pana.store.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pana.core.date.PartialDate;
import org.pana.core.problem.IntegrityViolation;
import org.pana.core.procedure.StepType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Turns domain records into the JSON bodies the store keeps, and back. Partial dates are written as
 * EDTF strings so that a body stays readable to a person inspecting an export. A step type stored
 * under a name since renamed is read by that name (an alias).
 */
public final class RecordCodec {

  private final JsonMapper mapper;

  public RecordCodec() {
    SimpleModule pana = new SimpleModule("pana-records");
    pana.addSerializer(PartialDate.class, new PartialDateSerializer());
    pana.addDeserializer(PartialDate.class, new PartialDateDeserializer());
    pana.addDeserializer(StepType.class, new StepTypeDeserializer());
    this.mapper =
        JsonMapper.builder()
            .addModule(pana)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
  }

  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  public <T> T read(String body, Class<T> type, String recordId) {
    try {
      return mapper.readValue(body, type);
    } catch (JacksonException e) {
      throw new IntegrityViolation("The stored body of record " + recordId + " is unreadable.", e);
    }
  }

  /** The top-level fields whose values differ between two bodies ({@code before} may be null). */
  public List<String> changedFields(String before, String after) {
    JsonNode next = mapper.readTree(after);
    if (before == null) {
      List<String> all = new ArrayList<>();
      next.propertyNames().forEach(all::add);
      return all;
    }
    JsonNode previous = mapper.readTree(before);
    Set<String> names = new LinkedHashSet<>();
    previous.propertyNames().forEach(names::add);
    next.propertyNames().forEach(names::add);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      if (!previous.path(name).equals(next.path(name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  public String writeList(List<String> values) {
    return mapper.writeValueAsString(values);
  }

  public List<String> readList(String json) {
    return List.of(mapper.readValue(json, String[].class));
  }

  private static final class PartialDateSerializer extends ValueSerializer<PartialDate> {
    @Override
    public void serialize(PartialDate value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(value.toString());
    }
  }

  private static final class PartialDateDeserializer extends ValueDeserializer<PartialDate> {
    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext context) {
      return PartialDate.parse(parser.getValueAsString());
    }
  }

  /** Steps stored before a rename keep their old name in the body: read it as its alias. */
  private static final class StepTypeDeserializer extends ValueDeserializer<StepType> {
    @Override
    public StepType deserialize(JsonParser parser, DeserializationContext context) {
      String code = parser.getValueAsString();
      return StepType.fromCode(code)
          .orElseThrow(() -> new IllegalArgumentException("Not a step type: " + code));
    }
  }
}
