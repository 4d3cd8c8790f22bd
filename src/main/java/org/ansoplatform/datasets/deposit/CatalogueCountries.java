package org.ansoplatform.datasets.deposit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ansoplatform.datasets.DatasetVersionChanged;
import org.ansoplatform.datasets.HarvestSet;
import org.ansoplatform.shared.CountryNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the countries of each announced version for the catalogue (decision 231): the {@code country:} OAI sets (the
 * creators' organizations and affiliations the directory knows) and the places whose name ends with a country's
 * English name (Chüy Region, Kyrgyzstan; Nigeria), since a DataCite geolocation has no country of its own.
 * Synchronous, in the transaction that publishes or withdraws.
 */
@Component
class CatalogueCountries {

    private final CatalogueStore store;
    private final DatasetQueries queries;

    CatalogueCountries(CatalogueStore store, DatasetQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    @EventListener
    void on(DatasetVersionChanged changed) {
        Set<String> countries = new LinkedHashSet<>();
        changed.sets().stream().map(HarvestSet::spec).filter(spec -> spec.startsWith("country:"))
                .map(spec -> spec.substring("country:".length())).forEach(countries::add);
        queries.version(changed.description().versionId())
                .ifPresent(version -> countries.addAll(ofPlaces(version.metadata().places())));
        store.countries(changed.description().versionId(), countries);
    }

    /** The countries named by places: the last comma-separated part of the name, matched to a country's English name. */
    static List<String> ofPlaces(List<DatasetMetadata.Place> places) {
        return places.stream().map(DatasetMetadata.Place::place).filter(name -> name != null && !name.isBlank())
                .map(name -> name.substring(name.lastIndexOf(',') + 1).trim().toLowerCase(Locale.ROOT))
                .map(CountryNames::byEnglishName).filter(code -> code != null).distinct().toList();
    }
}
