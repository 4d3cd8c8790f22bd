package org.ansoplatform.projects.publishing;

import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The paths of the public project pages, and their full addresses for JSON-LD and DataCite's landing pages. */
@Component
public class ProjectAddresses {

    private final Environment environment;

    ProjectAddresses(Environment environment) {
        this.environment = environment;
    }

    public static String page(UUID projectId) {
        return "/projects/" + projectId;
    }

    public static String secretariatPage(UUID projectId) {
        return "/secretariat/projects/" + projectId;
    }

    public String pageUrl(UUID projectId) {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + page(projectId);
    }
}
