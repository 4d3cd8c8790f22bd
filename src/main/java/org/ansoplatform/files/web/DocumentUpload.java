package org.ansoplatform.files.web;

import org.springframework.web.multipart.MultipartFile;

/** A document the signed-in person adds to their own; the storage checks its kind and size, each refusal on {@code file}. */
public record DocumentUpload(MultipartFile file) {

    static DocumentUpload none() {
        return new DocumentUpload(null);
    }

    /** No file chosen: the browser sends an empty part without a name, or none at all. */
    boolean missing() {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }
}
