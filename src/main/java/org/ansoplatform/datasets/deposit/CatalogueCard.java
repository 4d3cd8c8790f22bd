package org.ansoplatform.datasets.deposit;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;

/** One dataset in the catalogue: its latest published version, as the card shows it. */
public record CatalogueCard(UUID datasetId, UUID versionId, int number, DatasetMetadata metadata, String doi, int year,
        UUID projectId) {

    public String title(String language) {
        return metadata.title(language);
    }

    public List<String> creators() {
        return metadata.creators().stream().map(DatasetMetadata.Agent::display).filter(name -> !name.isBlank()).toList();
    }

    public String licence() {
        return metadata.licence();
    }

    public String path() {
        return DatasetsPaths.dataset(datasetId);
    }

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }
}
