package org.ansoplatform.publications.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RorId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An issue as its editors type it: texts per language; authors one per line as {@code name; ORCID iD or ROR id;
 * affiliation} (a ROR id makes the author an organization); keywords separated by commas; links one
 * {@code module:type:id} per line; recipients of a restricted issue by email, one per line, and organizations chosen
 * from the directory.
 */
public record IssueForm(@NotNull @Positive Integer number, @Size(max = 60) String label,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Map<String, String> title,
        Map<String, String> summary, @Size(max = 5000) String authors, @Size(max = 3000) String keywords, List<Integer> sdgs,
        @Size(max = 5000) String links, AccessPolicy accessPolicy, Boolean titlePublic, @Size(max = 5000) String readerEmails,
        List<UUID> readerOrganizations) {

    static IssueForm blank(int number, LocalDate date, boolean titlePublic) {
        return new IssueForm(number, "", date, Map.of(), Map.of(), "", "", List.of(), "", null, titlePublic, "", List.of());
    }

    static IssueForm of(IssueView i, List<String> emails) {
        String authors = i.authors().stream().map(a -> String.join("; ", a.name(),
                a.organization() ? (a.ror() == null ? "" : a.ror()) : (a.orcid() == null ? "" : a.orcid()),
                a.affiliation() == null ? "" : a.affiliation()).replaceAll("(; )+$", "")).collect(Collectors.joining("\n"));
        return new IssueForm(i.number(), i.label(), i.date(), i.title().values(), i.summary().values(), authors,
                String.join(", ", i.keywords()), i.sdgs(), String.join("\n", i.links()), i.accessPolicy(), i.titlePublic(),
                String.join("\n", emails), i.readerOrganizations());
    }

    IssueCommand command(List<UUID> readerPeople) {
        List<IssueCommand.Author> list = new ArrayList<>();
        for (String line : lines(authors)) {
            String[] parts = Arrays.stream(line.split(";", -1)).map(String::strip).toArray(String[]::new);
            String id = parts.length > 1 ? parts[1] : "";
            String affiliation = parts.length > 2 ? parts[2] : "";
            if (!id.isEmpty() && RorId.isValid(id)) {
                list.add(IssueCommand.Author.organization(parts[0], id, null));
            } else {
                list.add(IssueCommand.Author.person(parts[0], id.isEmpty() ? null : id, affiliation.isEmpty() ? null : affiliation));
            }
        }
        List<String> words = keywords == null ? List.of() : Arrays.stream(keywords.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new IssueCommand(number == null ? 0 : number, label, date, LocalizedText.of(title), LocalizedText.of(summary),
                list, words, sdgs, lines(links), accessPolicy, Boolean.TRUE.equals(titlePublic), readerPeople,
                readerOrganizations == null ? List.of() : readerOrganizations);
    }

    List<String> emails() {
        return lines(readerEmails);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean has(Object value, List<?> chosen) {
        return chosen != null && chosen.contains(value);
    }
}
