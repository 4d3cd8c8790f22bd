package org.ansoplatform.datasets;

import java.util.UUID;

/**
 * The module's addresses, in one place so that landing pages, signposting, OAI-PMH records, search documents and
 * other modules' links agree. The record types ({@code RecordRef} of module {@value #MODULE}) are named here too:
 * a dataset is the concept (all its versions), a version one published state with its own identifier.
 */
public final class DatasetsPaths {

    public static final String MODULE = "datasets";
    public static final String DATASET = "dataset";
    public static final String VERSION = "version";
    public static final String SHOWCASE = "showcase";

    public static final String DATASETS = "/datasets";
    public static final String OAI = "/oai";
    public static final String SHOWCASES = "/showcases";
    public static final String API = "/api/v1/datasets";

    private DatasetsPaths() {
    }

    /** The concept's landing page: it shows the latest published version. */
    public static String dataset(UUID datasetId) {
        return DATASETS + "/" + datasetId;
    }

    /** One version's landing page, which its own identifier resolves to and which stays citable once superseded. */
    public static String version(UUID datasetId, int number) {
        return dataset(datasetId) + "/versions/" + number;
    }

    public static String file(UUID datasetId, int number, UUID fileId) {
        return version(datasetId, number) + "/files/" + fileId;
    }

    public static String linkset(UUID datasetId, int number) {
        return version(datasetId, number) + "/linkset";
    }

    public static String showcase(UUID showcaseId) {
        return SHOWCASES + "/" + showcaseId;
    }

    public static String theme(String theme) {
        return SHOWCASES + "/themes/" + theme;
    }
}
