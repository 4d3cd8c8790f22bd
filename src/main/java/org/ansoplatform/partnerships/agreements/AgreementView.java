package org.ansoplatform.partnerships.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.shared.LocalizedText;

/** An agreement as its pages, the API and the register show it; party names are the directory's at reading time. */
public record AgreementView(UUID id, AgreementKind kind, LocalizedText title, LocalizedText scope, AllianceRole allianceRole,
        AgreementStatus status, LocalDate signedOn, boolean undated, LocalDate effectiveOn, LocalDate expiresOn,
        Integer noticeDays, boolean confidential, UUID ownerId, UUID decisionId, LocalDate decidedOn, LocalDate approvedOn,
        String signingRef, String originRef, boolean illustrative, int version, List<Party> parties, List<Integer> sdgs,
        List<Document> documents, Instant createdAt, Instant updatedAt) {

    @Schema(name = "AgreementParty")
    public record Party(UUID organizationId, String name, String country, AllianceRole role, String signatoryName,
            String signatoryTitle) {
    }

    public record Document(UUID fileId, String language, String name) {
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String scope(Locale locale) {
        return scope.isEmpty() ? null : scope.in(locale);
    }

    /** The last day to give notice before the agreement expires, or null. */
    public LocalDate noticeBy() {
        return expiresOn == null || noticeDays == null ? null : expiresOn.minusDays(noticeDays);
    }

    public org.ansoplatform.shared.RecordRef ref() {
        return AgreementQueries.ref(id);
    }

    /** The organizations that sign it (the alliance aside). */
    public List<Party> signingParties() {
        return parties.stream().filter(p -> p.role() == AllianceRole.PARTY).toList();
    }
}
