package org.ansoplatform.partnerships.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.agreements.AgreementCommand;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The Secretariat's agreement form, bound as typed. Title and scope have one input per configured language; each
 * party is a row (an organization of the directory, its part, its signatory), and the form always offers empty rows
 * for more. The service checks the rest, with every violation at once.
 */
public record AgreementForm(
        @NotNull(message = "{validation.required}") AgreementKind kind,
        Map<String, String> title, Map<String, String> scope,
        @NotNull(message = "{validation.required}") AllianceRole allianceRole,
        List<PartyRow> parties, List<Integer> sdgs,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        Integer noticeDays, Boolean confidential, UUID ownerId, Integer version) {

    static final int NEW_PARTIES = 2;

    /** One party row; a row without an organization is left out. */
    public record PartyRow(UUID organizationId, AllianceRole role, String signatoryName, String signatoryTitle) {
    }

    public AgreementForm {
        title = title == null ? new LinkedHashMap<>() : title;
        scope = scope == null ? new LinkedHashMap<>() : scope;
        parties = parties == null ? new ArrayList<>() : new ArrayList<>(parties);
        sdgs = sdgs == null ? new ArrayList<>() : sdgs;
    }

    static AgreementForm blank() {
        return new AgreementForm(null, null, null, AllianceRole.PARTY, null, null, null, null, null, false, null, null).withEmptyRows();
    }

    static AgreementForm of(AgreementView a) {
        List<PartyRow> rows = new ArrayList<>(a.parties().stream()
                .map(p -> new PartyRow(p.organizationId(), p.role(), p.signatoryName(), p.signatoryTitle())).toList());
        return new AgreementForm(a.kind(), new LinkedHashMap<>(a.title().values()), new LinkedHashMap<>(a.scope().values()),
                a.allianceRole(), rows, new ArrayList<>(a.sdgs()), a.effectiveOn(), a.expiresOn(), a.noticeDays(),
                a.confidential(), a.ownerId(), a.version()).withEmptyRows();
    }

    /** The same form with empty party rows to fill, as many as {@link #NEW_PARTIES}. */
    AgreementForm withEmptyRows() {
        List<PartyRow> rows = new ArrayList<>(parties.stream().filter(r -> r != null && r.organizationId() != null).toList());
        for (int i = 0; i < NEW_PARTIES; i++) {
            rows.add(new PartyRow(null, AllianceRole.PARTY, null, null));
        }
        return new AgreementForm(kind, title, scope, allianceRole, rows, sdgs, effectiveOn, expiresOn, noticeDays, confidential,
                ownerId, version);
    }

    AgreementCommand command(UUID defaultOwner) {
        List<AgreementCommand.Party> list = parties.stream().filter(r -> r != null && r.organizationId() != null)
                .map(r -> new AgreementCommand.Party(r.organizationId(), r.role(), r.signatoryName(), r.signatoryTitle()))
                .toList();
        return new AgreementCommand(kind, new LocalizedText(title), new LocalizedText(scope), allianceRole, list, sdgs,
                effectiveOn, expiresOn, noticeDays, Boolean.TRUE.equals(confidential), ownerId != null ? ownerId : defaultOwner,
                false);
    }
}
