package org.ansoplatform.organizations.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.organizations.OrganizationView;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code Organization} data for the directory: one organization on its page, the page’s list as an
 * {@code ItemList}. The directory page is the organization’s {@code @id}; its own website is its {@code url}; its
 * ROR record is {@code sameAs}, which is how search engines and aggregators join records of one institution.
 * {@code <} is escaped so that no value can close the data block.
 */
@Component
class OrganizationJsonLd {

    private final JsonMapper json;
    private final Environment environment;

    OrganizationJsonLd(JsonMapper json, Environment environment) {
        this.json = json;
        this.environment = environment;
    }

    String of(OrganizationView organization) {
        Map<String, Object> data = organization(organization);
        Map<String, Object> withContext = new LinkedHashMap<>();
        withContext.put("@context", "https://schema.org");
        withContext.putAll(data);
        return write(withContext);
    }

    /** The organizations shown, in the order shown, as list items. */
    String list(List<OrganizationView> organizations, int firstPosition) {
        List<Object> items = new ArrayList<>();
        int position = firstPosition;
        for (OrganizationView organization : organizations) {
            items.add(Map.of("@type", "ListItem", "position", position++, "item", organization(organization)));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "ItemList");
        list.put("url", baseUrl() + "/directory");
        list.put("numberOfItems", items.size());
        list.put("itemListElement", items);
        return write(list);
    }

    private Map<String, Object> organization(OrganizationView o) {
        Map<String, Object> data = new LinkedHashMap<>();
        String page = baseUrl() + "/directory/" + o.id();
        data.put("@type", "Organization");
        data.put("@id", page);
        data.put("name", o.name());
        if (o.originalName() != null && !o.originalName().equals(o.name())) {
            data.put("alternateName", o.originalName());
        }
        data.put("url", o.website() != null ? o.website() : page);
        data.put("address", Map.of("@type", "PostalAddress", "addressCountry", o.country()));
        if (o.rorUrl() != null) {
            data.put("sameAs", o.rorUrl());
        }
        return data;
    }

    private String write(Map<String, Object> data) {
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    private String baseUrl() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
