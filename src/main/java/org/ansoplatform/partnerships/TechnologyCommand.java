package org.ansoplatform.partnerships;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * An offer or a request as typed: {@link TechnologyOfferManagement} trims and checks every field before it writes.
 * Offers carry inventors, IP status and the project that produced them; requests a budget range. {@code trl} is an
 * offer's readiness or the least a request accepts. {@code related} are records it cites (a dataset's reference
 * {@code datasets:dataset:<id>}, one per entry), checked through {@code platform.Records}.
 */
public record TechnologyCommand(TechnologyKind kind, UUID organizationId, LocalizedText title, LocalizedText summary,
        String inventors, UUID projectId, String projectReference, Integer trl, String trlEvidence, IpStatus ipStatus,
        String patentNumbers, List<TechnologySector> sectors, List<Integer> sdgs, List<String> countries,
        List<CooperationModel> models, BigDecimal budgetMin, BigDecimal budgetMax, String budgetCurrency,
        List<String> related) {

    /** Without cited records. */
    public TechnologyCommand(TechnologyKind kind, UUID organizationId, LocalizedText title, LocalizedText summary,
            String inventors, UUID projectId, String projectReference, Integer trl, String trlEvidence, IpStatus ipStatus,
            String patentNumbers, List<TechnologySector> sectors, List<Integer> sdgs, List<String> countries,
            List<CooperationModel> models, BigDecimal budgetMin, BigDecimal budgetMax, String budgetCurrency) {
        this(kind, organizationId, title, summary, inventors, projectId, projectReference, trl, trlEvidence, ipStatus,
                patentNumbers, sectors, sdgs, countries, models, budgetMin, budgetMax, budgetCurrency, List.of());
    }

    public TechnologyCommand {
        related = related == null ? List.of() : related.stream().filter(java.util.Objects::nonNull).toList();
        sectors = sectors == null ? List.of() : sectors.stream().filter(java.util.Objects::nonNull).distinct().toList();
        sdgs = sdgs == null ? List.of() : sdgs.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        countries = countries == null ? List.of() : countries.stream().filter(java.util.Objects::nonNull).distinct().toList();
        models = models == null ? List.of() : models.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
