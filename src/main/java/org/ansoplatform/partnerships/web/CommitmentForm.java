package org.ansoplatform.partnerships.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** A new commitment: what (in each language), which party (none for all), who follows it, by when. */
public record CommitmentForm(Map<String, String> description, UUID organizationId, String ownerName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    public CommitmentForm {
        description = description == null ? new LinkedHashMap<>() : description;
    }

    static CommitmentForm blank() {
        return new CommitmentForm(null, null, null, null);
    }
}
