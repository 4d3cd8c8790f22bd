package org.ansoplatform.partnerships.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * What a party committed to, by when, and the records of other modules that fulfilled it ({@code links}, as
 * {@code shared.RecordRef} text). It is fulfilled once something is linked.
 */
public record CommitmentView(UUID id, UUID agreementId, int position, LocalizedText description, UUID organizationId,
        String ownerName, LocalDate dueOn, List<String> links) {

    public String description(Locale locale) {
        return description.in(locale);
    }

    public boolean fulfilled() {
        return !links.isEmpty();
    }

    /** Due and not fulfilled as of {@code today}. */
    public boolean overdue(LocalDate today) {
        return !fulfilled() && dueOn != null && dueOn.isBefore(today);
    }
}
