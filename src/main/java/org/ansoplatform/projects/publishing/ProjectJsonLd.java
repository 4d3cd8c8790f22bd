package org.ansoplatform.projects.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.shared.CountryCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code ResearchProject} data for a project page, in a JSON-LD data block (not a script the browser
 * runs, so the Content Security Policy does not concern it); {@code <} is escaped so no value can close the
 * element. A research project is an organization in schema.org, so its dates are {@code foundingDate} and
 * {@code dissolutionDate}, its partners and team {@code member}s, ANSO its {@code funder}.
 */
@Component
public class ProjectJsonLd {

    private final JsonMapper json;

    ProjectJsonLd(JsonMapper json) {
        this.json = json;
    }

    public String of(PublicProject project, String pageUrl, List<String> reached, Locale reader) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "ResearchProject");
        data.put("@id", pageUrl);
        data.put("url", pageUrl);
        data.put("name", project.title(reader));
        data.put("alternateName", project.acronym());
        data.put("identifier", project.code());
        if (project.summary(reader) != null) {
            data.put("description", project.summary(reader));
        }
        data.put("foundingDate", project.startDate().toString());
        data.put("dissolutionDate", project.endDate().toString());
        data.put("funder", Map.of("@type", "Organization", "name", ProjectDataCite.PUBLISHER));
        List<Object> members = new ArrayList<>();
        for (PublicProject.Partner partner : project.partners()) {
            Map<String, Object> organization = new LinkedHashMap<>();
            organization.put("@type", "Organization");
            organization.put("name", partner.name());
            organization.put("address", Map.of("@type", "PostalAddress", "addressCountry", partner.country()));
            if (partner.rorUrl() != null) {
                organization.put("sameAs", partner.rorUrl());
            }
            members.add(organization);
            for (PublicProject.Member member : partner.members()) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", member.name());
                if (member.orcidUrl() != null) {
                    person.put("sameAs", member.orcidUrl());
                }
                person.put("affiliation", Map.of("@type", "Organization", "name", partner.name()));
                members.add(person);
            }
        }
        if (!members.isEmpty()) {
            data.put("member", members);
        }
        List<Object> places = new ArrayList<>();
        for (String country : reached) {
            places.add(Map.of("@type", "Country", "name", CountryCode.name(country, Locale.ENGLISH),
                    "identifier", country));
        }
        if (!places.isEmpty()) {
            data.put("areaServed", places);
        }
        if (!project.sdgs().isEmpty()) {
            data.put("keywords", String.join(", ", project.sdgs().stream().map(sdg -> "SDG " + sdg).toList()));
        }
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
