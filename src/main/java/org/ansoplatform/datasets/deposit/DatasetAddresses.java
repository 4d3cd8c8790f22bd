package org.ansoplatform.datasets.deposit;

import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The platform's public address (no trailing slash) and the pages deposit links to. */
@Component
public class DatasetAddresses {

    public static final String MINE = "/me/datasets";
    public static final String CURATION = "/curation/datasets";

    private final Environment environment;

    DatasetAddresses(Environment environment) {
        this.environment = environment;
    }

    public String base() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The depositor's page of a dataset (its current version, files, history). */
    public static String mine(UUID datasetId) {
        return MINE + "/" + datasetId;
    }

    /** A curator's page of a version. */
    public static String curation(UUID versionId) {
        return CURATION + "/" + versionId;
    }

    /** The public page of a project (projects' path, which projects keep under /projects). */
    public static String project(UUID projectId) {
        return "/projects/" + projectId;
    }
}
