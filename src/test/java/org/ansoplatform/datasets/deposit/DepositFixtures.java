package org.ansoplatform.datasets.deposit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.deposit.DatasetMetadata.Agent;
import org.ansoplatform.datasets.deposit.DatasetMetadata.AgentKind;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Datasets made through deposit's commands, acting as the people a test names. */
public record DepositFixtures(DatasetManagement datasets, CurationManagement curation, AccountManagement accounts) {

    public static final String ORCID = "0000-0002-1825-0097";

    public static void as(Someone person) {
        SecurityContextHolder.getContext().setAuthentication(person == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(person, null,
                        person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }

    public static DatasetMetadata metadata(String title, UUID projectId) {
        return new DatasetMetadata(List.of(new DatasetMetadata.Text("en", title), new DatasetMetadata.Text("zh", title + "（中文）")),
                List.of(new DatasetMetadata.Text("en", "Daily rainfall at " + title + " stations.")),
                List.of(new Agent(AgentKind.PERSON, "Carberry", "Josiah", ORCID, null, null, null, "ANSO", null, null)),
                List.of(), List.of(new DatasetMetadata.Subject("Climate science", "OECD FORD")), List.of("rainfall", "drought"),
                List.of(13, 6), List.of(), List.of(), List.of(new DatasetMetadata.Place("Bishkek", 42.87, 74.59)), "en", List.of(),
                "1.0", "CC-BY-4.0", projectId);
    }

    public Someone depositor(String name) {
        return Someone.register(accounts, name);
    }

    public Someone curator(String name) {
        return Someone.register(accounts, name, "DATA_CURATOR");
    }

    /** A draft with two files (an open CSV and a restricted text) by {@code depositor}; returns the dataset's id. */
    public UUID draft(Someone depositor, String title, UUID projectId) {
        as(depositor);
        UUID id = datasets.create(metadata(title, projectId));
        file(id, "rainfall.csv", "station,day,mm\nBishkek,2021-05-10,3.2\n", FileAccess.OPEN, null);
        file(id, "notes.txt", "Field notes of " + title + "\n", FileAccess.RESTRICTED, null);
        return id;
    }

    public UUID file(UUID datasetId, String name, String content, FileAccess access, LocalDate until) {
        return datasets.addFile(datasetId, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), access, until);
    }

    /** Submitted by the depositor, taken and published by the curator; returns the version's id. */
    public UUID publish(Someone depositor, Someone curator, UUID datasetId, DatasetQueries queries) {
        as(depositor);
        datasets.submit(datasetId);
        UUID versionId = queries.latest(datasetId).orElseThrow().id();
        as(curator);
        curation.take(versionId);
        curation.publish(versionId);
        as(null);
        return versionId;
    }
}
