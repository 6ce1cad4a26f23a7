package org.pana.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.evidence.Evidence;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files in the JSON API: upload (multipart), list, metadata and the original bytes. */
@ApiController
public class EvidenceApi {

  private final EvidenceIntake intake;
  private final EvidenceRecords records;
  private final Author author;

  public EvidenceApi(EvidenceIntake intake, EvidenceRecords records, Author author) {
    this.intake = intake;
    this.records = records;
    this.author = author;
  }

  @PostMapping(path = "/persons/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceJson> upload(
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String sourceId) {
    Stored<Evidence> stored = take(intake, id, file, description, sourceId, author);
    return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.value().id()))
        .body(EvidenceJson.of(stored));
  }

  @GetMapping("/persons/{id}/evidence")
  Items<EvidenceJson> of(@PathVariable String id) {
    return new Items<>(records.of(id).stream().map(EvidenceJson::of).toList());
  }

  @GetMapping("/evidence/{id}")
  EvidenceJson get(@PathVariable String id) {
    return EvidenceJson.of(records.get(id));
  }

  @GetMapping("/evidence/{id}/content")
  ResponseEntity<InputStreamResource> content(@PathVariable String id) {
    return download(records.get(id).value(), intake.content(id));
  }

  static Stored<Evidence> take(
      EvidenceIntake intake,
      String personId,
      MultipartFile file,
      String description,
      String sourceId,
      Author author) {
    intake.requirePerson(personId);
    if (file == null || file.isEmpty()) {
      throw new ValidationFailed("file", "required", "Choose a file to upload.");
    }
    try (InputStream in = file.getInputStream()) {
      return intake.take(
          personId,
          in,
          file.getOriginalFilename(),
          file.getContentType(),
          description,
          sourceId,
          author.change(null));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the upload", e);
    }
  }

  /** The original bytes as an attachment, never rendered inline by the browser. */
  static ResponseEntity<InputStreamResource> download(Evidence evidence, InputStream content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(evidence.mediaType()))
        .contentLength(evidence.size())
        .header(
            "Content-Disposition",
            ContentDisposition.attachment()
                .filename("evidence-" + evidence.id(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Evidence-SHA256", evidence.sha256())
        .body(new InputStreamResource(content));
  }
}
