package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** The referee's letter sent through the emailed link: the link's secret (a hidden field) and the PDF. */
public record RefereeLetterForm(String token, MultipartFile file) {

    /** The letter's bytes; no file sent reads as an empty one, which the files module refuses. */
    InputStream content() throws IOException {
        return file == null ? InputStream.nullInputStream() : file.getInputStream();
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }
}
