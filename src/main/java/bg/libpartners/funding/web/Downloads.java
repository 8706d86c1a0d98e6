package bg.libpartners.funding.web;

import bg.libpartners.funding.Application;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A stored file sent as an attachment (never shown inline, whatever its type). */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<StreamingResponseBody> file(Application.Attachment a, InputStream content) {
        StreamingResponseBody body = out -> {
            try (var in = content) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(a.size())
                .body(body);
    }
}
