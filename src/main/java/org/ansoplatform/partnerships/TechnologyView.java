package org.ansoplatform.partnerships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/**
 * An offer or a request as its organization, the Secretariat and, once published, everyone see it. Pages decide what
 * of it a reader may see: a request's organization is shown only to its own people, the Secretariat and the parties
 * of an introduction. {@code related} are the records it cites (datasets, publications), in the order given.
 */
public record TechnologyView(UUID id, TechnologyKind kind, UUID organizationId, LocalizedText title, LocalizedText summary,
        String inventors, UUID projectId, String projectReference, int trl, String trlEvidence, IpStatus ipStatus,
        String patentNumbers, List<TechnologySector> sectors, List<Integer> sdgs, List<String> countries,
        List<CooperationModel> models, BigDecimal budgetMin, BigDecimal budgetMax, String budgetCurrency,
        TechnologyStatus status, Instant publishedAt, LocalDate expiresOn, boolean illustrative, Instant createdAt,
        Instant updatedAt, List<RecordRef> related) {

    /** Without cited records. */
    public TechnologyView(UUID id, TechnologyKind kind, UUID organizationId, LocalizedText title, LocalizedText summary,
            String inventors, UUID projectId, String projectReference, int trl, String trlEvidence, IpStatus ipStatus,
            String patentNumbers, List<TechnologySector> sectors, List<Integer> sdgs, List<String> countries,
            List<CooperationModel> models, BigDecimal budgetMin, BigDecimal budgetMax, String budgetCurrency,
            TechnologyStatus status, Instant publishedAt, LocalDate expiresOn, boolean illustrative, Instant createdAt,
            Instant updatedAt) {
        this(id, kind, organizationId, title, summary, inventors, projectId, projectReference, trl, trlEvidence, ipStatus,
                patentNumbers, sectors, sdgs, countries, models, budgetMin, budgetMax, budgetCurrency, status, publishedAt,
                expiresOn, illustrative, createdAt, updatedAt, List.of());
    }

    public TechnologyView {
        related = related == null ? List.of() : List.copyOf(related);
        sectors = List.copyOf(sectors);
        sdgs = List.copyOf(sdgs);
        countries = List.copyOf(countries);
        models = List.copyOf(models);
    }

    public boolean published() {
        return status == TechnologyStatus.PUBLISHED;
    }

    public boolean editable() {
        return status == TechnologyStatus.DRAFT;
    }

    /** A document or an image of the item, stored by the files module; an image is shown on the page. */
    public record Attachment(UUID fileId, String name, String mediaType, boolean image) {
    }

    /** One step of its review and life: from which status to which, by whom, when and why. */
    public record Step(TechnologyStatus from, TechnologyStatus to, String actorName, Instant at, String reason) {
    }
}
