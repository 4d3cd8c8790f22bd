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
 * is the funding project when there is one, with its public page's path. {@code placeCountries} are the ISO 3166-1
 * alpha-2 codes of its geolocations in their order ("" where none was given; DataCite has no country element).
 */
public record DatasetDescription(UUID datasetId, UUID versionId, int number, DataCiteMetadata metadata, String conceptDoi,
        List<DatasetFile> files, List<String> keywords, RecordRef project, String projectPath, String projectTitle,
        Instant published, Instant modified, boolean withdrawn, List<String> placeCountries) {

    /** Without countries of its places. */
    public DatasetDescription(UUID datasetId, UUID versionId, int number, DataCiteMetadata metadata, String conceptDoi,
            List<DatasetFile> files, List<String> keywords, RecordRef project, String projectPath, String projectTitle,
            Instant published, Instant modified, boolean withdrawn) {
        this(datasetId, versionId, number, metadata, conceptDoi, files, keywords, project, projectPath, projectTitle, published,
                modified, withdrawn, List.of());
    }

    public DatasetDescription {
        placeCountries = placeCountries == null ? List.of() : List.copyOf(placeCountries);
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
