package org.ansoplatform.calls.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Track;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat states what each track's award gives (stipend, start, what it covers); the offer letter and the
 * applicant's offer read it. Every problem of a submission is reported together, by the row's field.
 */
@Service
public class AwardTermsManagement {

    /** Above any stipend a scholarship pays, below the column's numeric(12, 2). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    private static final int MAX_COVERS = 2000;

    private final AwardTermsStore store;
    private final CallQueries calls;

    AwardTermsManagement(AwardTermsStore store, CallQueries calls) {
        this.store = store;
        this.calls = calls;
    }

    /** Every track of the call, with its terms or empty ones, in the call's track order. */
    public List<AwardTerms> of(UUID callId) {
        CallView call = calls.any(callId);
        List<AwardTerms> stored = store.of(callId);
        return call.definition().tracks().stream().map(track -> stored.stream().filter(t -> t.track().equals(track.code()))
                .findFirst().orElse(new AwardTerms(track.code(), null, null, null, null, null))).toList();
    }

    public Optional<AwardTerms> of(UUID callId, String track) {
        return store.of(callId).stream().filter(t -> t.track().equals(track)).findFirst();
    }

    @Transactional
    public void save(UUID callId, List<AwardTerms> terms) {
        CallView call = calls.any(callId);
        Set<String> tracks = new HashSet<>(call.definition().tracks().stream().map(Track::code).toList());
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            AwardTerms t = terms.get(i);
            String row = "terms[" + i + "].";
            if (t.track() == null || !tracks.contains(t.track())) {
                problems.add(new Violation(row + "track", "calls.terms.unknownTrack", String.valueOf(t.track())));
                continue;
            }
            if (!seen.add(t.track())) {
                problems.add(new Violation(row + "track", "calls.terms.duplicateTrack", t.track()));
            }
            boolean anyStipend = t.stipendAmount() != null || t.stipendCurrency() != null || t.stipendPeriod() != null;
            if (anyStipend && !t.hasStipend()) {
                problems.add(new Violation(row + (t.stipendAmount() == null ? "stipendAmount"
                        : t.stipendCurrency() == null ? "stipendCurrency" : "stipendPeriod"), "calls.terms.stipendIncomplete"));
            }
            if (t.stipendAmount() != null && (t.stipendAmount().signum() < 0 || t.stipendAmount().compareTo(MAX_AMOUNT) >= 0
                    || t.stipendAmount().stripTrailingZeros().scale() > 2)) {
                problems.add(new Violation(row + "stipendAmount", "calls.terms.amount"));
            }
            if (t.stipendCurrency() != null && !isCurrency(t.stipendCurrency())) {
                problems.add(new Violation(row + "stipendCurrency", "calls.terms.currency", t.stipendCurrency()));
            }
            t.covers().values().forEach((language, text) -> {
                if (text.length() > MAX_COVERS) {
                    problems.add(new Violation(row + "covers[" + language + "]", "calls.terms.coversTooLong", MAX_COVERS));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.replace(callId, terms);
    }

    private static boolean isCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
