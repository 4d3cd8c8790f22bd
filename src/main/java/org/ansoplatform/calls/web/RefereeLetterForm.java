package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * The referee's letter sent through the emailed link: the link's secret (a hidden field), the PDF and the
 * referee's optional ORCID iD.
 */
public record RefereeLetterForm(String token, MultipartFile file, String orcid) {

    public RefereeLetterForm(String token, MultipartFile file) {
        this(token, file, "");
    }

    /** The letter's bytes; no file sent reads as an empty one, which the files module refuses. */
    InputStream content() throws IOException {
        return file == null ? InputStream.nullInputStream() : file.getInputStream();
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }
}
