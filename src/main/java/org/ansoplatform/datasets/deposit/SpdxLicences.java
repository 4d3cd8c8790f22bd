package org.ansoplatform.datasets.deposit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The licences a dataset may carry, by SPDX identifier: a trimmed copy of the SPDX License List (CC0) kept in
 * {@code datasets/spdx-licenses.csv} with its source and licence in the file's header.
 */
@Component
public class SpdxLicences {

    /** One licence: its SPDX identifier, full name and reference address. */
    public record Licence(String id, String name, String url) {
    }

    private final Map<String, Licence> licences = new LinkedHashMap<>();

    SpdxLicences() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("datasets/spdx-licenses.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split(",", 3);
                licences.put(parts[0], new Licence(parts[0], parts[1], parts[2]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Licence> all() {
        return List.copyOf(licences.values());
    }

    public Optional<Licence> byId(String id) {
        return Optional.ofNullable(id == null ? null : licences.get(id));
    }
}
