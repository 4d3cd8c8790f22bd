package org.ansoplatform.meetings.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** A document the Secretariat attaches to a meeting (programme, poster); the files module checks its kind and size. */
public record AttachmentUpload(MultipartFile file) {

    static AttachmentUpload none() {
        return new AttachmentUpload(null);
    }

    boolean missing() {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

    InputStream content() throws IOException {
        return file.getInputStream();
    }
}
