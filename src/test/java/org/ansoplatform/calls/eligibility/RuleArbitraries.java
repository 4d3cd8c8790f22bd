package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of valid rule trees (ids unique in the whole tree) and of facts with any field missing. */
final class RuleArbitraries {

    static final List<String> COUNTRIES = List.of("CN", "PK", "LK", "GB", "US", "TH", "KE", "BR", "RU", "EG");
    static final List<String> DOCUMENTS = List.of("passport", "cv", "transcript", "research-plan", "language-certificate");
    static final List<String> CERTIFICATES = List.of("IELTS", "TOEFL", "HSK", "NATIVE_ENGLISH", "ENGLISH_MEDIUM_DEGREE");

    private RuleArbitraries() {
    }

    static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    static Arbitrary<LocalDate> birthDates() {
        return dates(LocalDate.of(1950, 1, 1), LocalDate.of(2015, 12, 31));
    }

    static Arbitrary<LocalDate> referenceDates() {
        return dates(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31));
    }

    static Arbitrary<Set<String>> subsets(List<String> pool, int min, int max) {
        return Arbitraries.of(pool).set().ofMinSize(min).ofMaxSize(max);
    }

    static Arbitrary<Rule> leaves() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 80), referenceDates())
                        .as((age, date) -> (Rule) new AgeLimit("x", age, date)),
                Combinators.combine(Arbitraries.of(Degree.class), referenceDates())
                        .as((degree, by) -> (Rule) new DegreeBy("x", degree, by)),
                Combinators.combine(subsets(COUNTRIES, 0, 4), subsets(COUNTRIES, 0, 2))
                        .as((included, excluded) -> (Rule) new Nationality("x", included, excluded)),
                subsets(DOCUMENTS, 1, 3).map(types -> (Rule) new DocumentsPresent("x", types)),
                subsets(CERTIFICATES, 1, 3).map(accepted -> (Rule) new LanguageCertificate("x", accepted)),
                Arbitraries.just(new NotCurrentAwardee("x")));
    }

    /** A rule tree of at most {@code depth} levels of combinations, with unique ids. */
    static Arbitrary<Rule> rules(int depth) {
        return tree(depth).map(rule -> renumber(rule, new AtomicInteger()));
    }

    /** A list of rule trees with ids unique across the list. */
    static Arbitrary<List<Rule>> ruleLists(int maxSize) {
        return tree(3).list().ofMaxSize(maxSize).map(list -> {
            AtomicInteger counter = new AtomicInteger();
            List<Rule> renumbered = new ArrayList<>();
            list.forEach(rule -> renumbered.add(renumber(rule, counter)));
            return renumbered;
        });
    }

    private static Arbitrary<Rule> tree(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<List<Rule>> children = Arbitraries.lazy(() -> tree(depth - 1)).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaves()),
                Tuple.of(1, children.map(rules -> (Rule) new AllOf("x", rules))),
                Tuple.of(1, children.map(rules -> (Rule) new AnyOf("x", rules))),
                Tuple.of(1, Arbitraries.lazy(() -> tree(depth - 1)).map(rule -> (Rule) new Not("x", rule))));
    }

    static Rule renumber(Rule rule, AtomicInteger counter) {
        String id = "r" + counter.incrementAndGet();
        if (rule instanceof AgeLimit r) {
            return new AgeLimit(id, r.maxAge(), r.referenceDate());
        } else if (rule instanceof DegreeBy r) {
            return new DegreeBy(id, r.degree(), r.by());
        } else if (rule instanceof Nationality r) {
            return new Nationality(id, r.included(), r.excluded());
        } else if (rule instanceof DocumentsPresent r) {
            return new DocumentsPresent(id, r.documentTypes());
        } else if (rule instanceof LanguageCertificate r) {
            return new LanguageCertificate(id, r.accepted());
        } else if (rule instanceof NotCurrentAwardee) {
            return new NotCurrentAwardee(id);
        } else if (rule instanceof AllOf r) {
            return new AllOf(id, r.rules().stream().map(child -> renumber(child, counter)).toList());
        } else if (rule instanceof AnyOf r) {
            return new AnyOf(id, r.rules().stream().map(child -> renumber(child, counter)).toList());
        } else if (rule instanceof Not r) {
            return new Not(id, renumber(r.rule(), counter));
        }
        throw new IllegalStateException(rule.toString());
    }

    /** Facts of which any field may be missing, with some unusual values (lower case, unknown kinds). */
    static Arbitrary<ApplicantFacts> facts() {
        List<String> nationalities = new ArrayList<>(COUNTRIES);
        nationalities.addAll(List.of("pk", "XX", " cn "));
        List<String> certificates = new ArrayList<>(CERTIFICATES);
        certificates.addAll(List.of("ielts", "DUOLINGO"));
        return Combinators.combine(
                birthDates().injectNull(0.2),
                Arbitraries.of(nationalities).injectNull(0.2),
                Arbitraries.of(Degree.class).injectNull(0.2),
                referenceDates().injectNull(0.2),
                subsets(DOCUMENTS, 0, 5).map(HashSet::new).map(set -> (Set<String>) set).injectNull(0.2),
                Arbitraries.of(certificates).injectNull(0.2),
                Arbitraries.of(true, false))
                .as(ApplicantFacts::new);
    }
}
