package org.ansoplatform.partnerships.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** A signed text of an agreement in one language; the files module checks its kind and size. */
public record DocumentUpload(MultipartFile file, String language) {

    boolean missing() {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

    InputStream content() throws IOException {
        return file.getInputStream();
    }
}
