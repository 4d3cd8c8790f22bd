package org.ansoplatform.files.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ansoplatform.files.FileAccess;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a file's bytes to a person who may read it, always as a download: an unknown id, a malformed one and
 * a file they may not read all get the same 404.
 */
@Component
class FileDownloads {

    private final FileStorage storage;
    private final FileAccess access;
    private final CurrentActor actor;

    FileDownloads(FileStorage storage, FileAccess access, CurrentActor actor) {
        this.storage = storage;
        this.access = access;
        this.actor = actor;
    }

    /** The file this person may read, or a {@link NotFoundException}. */
    StoredFile readable(UUID id) {
        return access.readable(actor.personId(), id)
                .orElseThrow(() -> new NotFoundException("file " + id));
    }

    ResponseEntity<Resource> download(UUID id) {
        StoredFile file = readable(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .body(new InputStreamResource(storage.open(file)));
    }

    /**
     * {@code attachment} with the name twice, as RFC 6266 advises: a plain ASCII {@code filename} for old
     * clients and the exact name as UTF-8 in {@code filename*} (RFC 8187), which current browsers prefer.
     */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    private static String encode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
