package org.ansoplatform.datasets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.shared.RecordRef;

/**
 * One published (or withdrawn) version as everything downstream of deposit sees it: discovery markup, signposting,
 * content negotiation and OAI-PMH. {@code metadata} carries the version's own DOI as identifier and its landing
 * page as url; {@code conceptDoi} is the dataset's, which always resolves to the latest version. {@code project}
 * is the funding project when there is one, with its public page's path.
 */
public record DatasetDescription(UUID datasetId, UUID versionId, int number, DataCiteMetadata metadata, String conceptDoi,
        List<DatasetFile> files, List<String> keywords, RecordRef project, String projectPath, String projectTitle,
        Instant published, Instant modified, boolean withdrawn) {

    public DatasetDescription {
        files = files == null ? List.of() : List.copyOf(files);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public String path() {
        return DatasetsPaths.version(datasetId, number);
    }

    public RecordRef ref() {
        return new RecordRef(DatasetsPaths.MODULE, DatasetsPaths.VERSION, versionId);
    }
}
