package org.ansoplatform.partnerships.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agreement's partners did with the alliance, read from the other modules' public queries without retyping:
 * the meetings they organized and the projects they take part in. The same records are what a commitment may be
 * fulfilled by, so they are offered as suggestions on the commitment, those of the agreement's years first.
 */
@Service
@Transactional(readOnly = true)
public class PartnerActivity {

    /** A record of another module that involves a party: meeting or project, its title, its first day. */
    public record Item(RecordRef ref, String kind, String title, LocalDate date, UUID organizationId, String path) {
    }

    private final MeetingQueries meetings;
    private final ProjectQueries projects;

    PartnerActivity(MeetingQueries meetings, ProjectQueries projects) {
        this.meetings = meetings;
        this.projects = projects;
    }

    /** The parties' meetings and projects, newest first, each once. */
    public List<Item> of(AgreementView agreement, Locale locale) {
        Map<RecordRef, Item> items = new LinkedHashMap<>();
        for (AgreementView.Party party : agreement.parties()) {
            UUID organization = party.organizationId();
            for (MeetingView m : meetings.all(new MeetingQueries.Filter(null, null, organization.toString(), null, null, true))) {
                RecordRef ref = new RecordRef("meetings", "meeting", m.id());
                items.putIfAbsent(ref, new Item(ref, "meeting", m.title(locale), m.startDate(), organization,
                        "/secretariat/meetings/" + m.id()));
            }
            for (ProjectQueries.Row p : projects.ofOrganization(organization)) {
                RecordRef ref = ProjectQueries.ref(p.id());
                items.putIfAbsent(ref, new Item(ref, "project", p.acronym() + ": " + p.title(locale), p.startDate(),
                        organization, "/secretariat/projects/" + p.id()));
            }
        }
        List<Item> list = new ArrayList<>(items.values());
        list.sort(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return list;
    }

    /**
     * What might fulfil a commitment: the activity of the party that committed (or of all parties), not linked yet,
     * those from the agreement's effective day (or its signing) on first.
     */
    public List<Item> suggestions(AgreementView agreement, CommitmentView commitment, Locale locale) {
        LocalDate from = agreement.effectiveOn() != null ? agreement.effectiveOn() : agreement.signedOn();
        List<Item> candidates = new ArrayList<>(of(agreement, locale).stream()
                .filter(i -> commitment.organizationId() == null || commitment.organizationId().equals(i.organizationId()))
                .filter(i -> !commitment.links().contains(i.ref().toString()))
                .toList());
        candidates.sort(Comparator.comparing((Item i) -> from != null && i.date() != null && i.date().isBefore(from))
                .thenComparing(Item::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return candidates.subList(0, Math.min(candidates.size(), 10));
    }
}
