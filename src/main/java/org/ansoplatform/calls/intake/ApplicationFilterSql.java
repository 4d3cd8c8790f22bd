package org.ansoplatform.calls.intake;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationStatus;

/**
 * The one {@code where} clause of a call's applications under a filter (the table aliased {@code a}), shared by the
 * list, the counts, the exports and everything that acts on "everyone in this list" (messages, packets), so that
 * what the Secretariat sees is exactly what it writes to or downloads.
 */
public final class ApplicationFilterSql {

    private ApplicationFilterSql() {
    }

    /** The clause, starting with {@code where}; its parameters are put into {@code parameters}. */
    public static String where(UUID callId, Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("where a.call_id = :call");
        parameters.put("call", callId);
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status().name());
        } else {
            where.append(" and a.status <> :draft");
            parameters.put("draft", ApplicationStatus.DRAFT.name());
        }
        if (filter.track() != null) {
            where.append(" and a.track_code = :track");
            parameters.put("track", filter.track());
        }
        if (filter.country() != null) {
            where.append(" and a.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.eligible() != null) {
            where.append(" and coalesce(a.override_eligible, a.eligible) = :eligible");
            parameters.put("eligible", filter.eligible());
        }
        if (filter.nominated() != null) {
            where.append(filter.nominated() ? " and" : " and not").append(
                    " exists (select 1 from calls.nomination n where n.application_id = a.id and n.withdrawn_at is null)");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            // a part of the reference or of the name, whatever its case; the user's % and _ are taken literally
            where.append(" and (a.reference ilike :q escape '\\' or a.applicant_name ilike :q escape '\\')");
            parameters.put("q", "%" + literal(filter.q().strip()) + "%");
        }
        return where.toString();
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").toLowerCase(Locale.ROOT);
    }
}
