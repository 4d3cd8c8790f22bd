package org.ansoplatform.meetings.web;

import org.springframework.web.multipart.MultipartFile;

/** A CSV file sent to be imported (meetings, online attendance); the import refuses it line by line. */
public record CsvUpload(MultipartFile file) {

    boolean empty() {
        return file == null || file.isEmpty();
    }
}
