package org.ansoplatform.datasets.deposit;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The countries of each announced version, for the catalogue's country facet. */
@Repository
class CatalogueStore {

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void countries(UUID versionId, Collection<String> countries) {
        jdbc.sql("delete from datasets.dataset_catalogue_country where version_id = :id").param("id", versionId).update();
        for (String country : countries) {
            jdbc.sql("insert into datasets.dataset_catalogue_country (version_id, country) values (:id, :country) on conflict do nothing")
                    .param("id", versionId).param("country", country).update();
        }
    }
}
