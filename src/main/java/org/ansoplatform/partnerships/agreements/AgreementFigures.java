package org.ansoplatform.partnerships.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Agreements' figures of a year: those signed in it by kind and by the parties' countries (an undated agreement is
 * of no year), and the partnerships in force at its end (signed by then, not expired nor terminated before it).
 */
@Component
public class AgreementFigures {

    private final AgreementQueries queries;
    private final MessageSource messages;
    private final Languages languages;
    private final java.time.Clock clock;

    AgreementFigures(AgreementQueries queries, MessageSource messages, Languages languages, java.time.Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        List<AgreementView> all = queries.all(null);
        Map<AgreementKind, List<RecordRef>> byKind = new LinkedHashMap<>();
        Map<String, List<RecordRef>> byCountry = new TreeMap<>();
        List<RecordRef> inForce = new ArrayList<>();
        LocalDate end = LocalDate.of(year, 12, 31);
        for (AgreementView a : all) {
            if (a.signedOn() != null && a.signedOn().getYear() == year) {
                byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.ref());
                a.parties().stream().map(AgreementView.Party::country).filter(c -> c != null).distinct()
                        .forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(a.ref()));
            }
            if (inForceAt(a, end)) {
                inForce.add(a.ref());
            }
        }
        List<Figure.Part> kinds = new ArrayList<>();
        byKind.forEach((kind, refs) -> kinds.add(Figure.Part.named(kind.name(), kindName(kind), refs)));
        List<Figure.Part> countries = new ArrayList<>();
        byCountry.forEach((country, refs) -> countries.add(Figure.Part.country(country, refs)));
        var asOf = clock.instant();
        return List.of(Figure.breakdown("partnerships.agreementsSigned", kinds, asOf),
                Figure.breakdown("partnerships.agreementsByCountry", countries, asOf),
                Figure.count("partnerships.partnershipsInForce", inForce, asOf));
    }

    private boolean inForceAt(AgreementView a, LocalDate day) {
        if (!a.status().signed() || (a.signedOn() != null && a.signedOn().isAfter(day))
                || (a.signedOn() == null && a.createdAt().isAfter(day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))) {
            return false;
        }
        if (a.expiresOn() != null && a.expiresOn().isBefore(day)) {
            return false;
        }
        if (a.status() == AgreementStatus.TERMINATED) {
            return queries.history(a.id()).stream().filter(s -> s.to() == AgreementStatus.TERMINATED)
                    .noneMatch(s -> s.onDate() != null && !s.onDate().isAfter(day));
        }
        return true;
    }

    private LocalizedText kindName(AgreementKind kind) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : languages.tags()) {
            names.put(language, messages.getMessage("partnerships.kind." + kind.name(), null, Locale.forLanguageTag(language)));
        }
        return LocalizedText.of(names);
    }
}
