package org.ansoplatform.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reported figure. Its name and its definition in words are messages of the owning module,
 * {@code figure.KEY} and {@code figure.KEY.definition}, in every configured language. {@code count} is the
 * figure's value for a count (applications, countries, participants); an amount has {@code amount} and
 * {@code currency} as well; a breakdown (by country, track, kind) has {@code parts}, each with its own count and
 * records. {@code records} are every record the figure counts, so that each figure can be traced; readers see
 * those their access allows and a count of the rest.
 */
public record Figure(String key, long count, BigDecimal amount, String currency, List<Part> parts, Instant asOf,
        List<RecordRef> records) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(asOf, "asOf");
        parts = parts == null ? List.of() : List.copyOf(parts);
        records = records == null ? List.of() : List.copyOf(records);
        if ((amount == null) != (currency == null)) {
            throw new IllegalArgumentException("An amount needs its currency: " + key);
        }
    }

    /** A count of the records given. */
    public static Figure count(String key, List<RecordRef> records, Instant asOf) {
        return new Figure(key, records.size(), null, null, List.of(), asOf, records);
    }

    /** A count that is not the number of records, for example the countries the applications came from. */
    public static Figure count(String key, long count, List<RecordRef> records, Instant asOf) {
        return new Figure(key, count, null, null, List.of(), asOf, records);
    }

    /** A breakdown whose value is the number of records counted across its parts. */
    public static Figure breakdown(String key, List<Part> parts, Instant asOf) {
        List<RecordRef> all = parts.stream().flatMap(part -> part.records().stream()).distinct().toList();
        return new Figure(key, all.size(), null, null, parts, asOf, all);
    }

    /** A sum of money in one currency (ISO 4217 code), with the records it adds up. */
    public static Figure amount(String key, BigDecimal amount, String currency, List<RecordRef> records, Instant asOf) {
        return new Figure(key, records.size(), amount, currency, List.of(), asOf, records);
    }

    public boolean isAmount() {
        return amount != null;
    }

    public boolean isBreakdown() {
        return !parts.isEmpty();
    }

    /**
     * One line of a breakdown (of a count, or of an amount when {@code amount} is set, in the figure's currency). A {@code COUNTRY} part's code is an ISO 3166 alpha-2 code named in the reader's
     * language by the page; a {@code NAMED} part carries its name in every language (a track, a kind of
     * meeting).
     */
    public record Part(Kind kind, String code, LocalizedText label, long count, List<RecordRef> records, BigDecimal amount) {

        public Part {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            records = records == null ? List.of() : List.copyOf(records);
        }

        /** A part of a count: no amount. */
        public Part(Kind kind, String code, LocalizedText label, long count, List<RecordRef> records) {
            this(kind, code, label, count, records, null);
        }

        /** A named part of a sum of money, in the figure's currency (expenditure by programme), with the records it adds up. */
        public static Part amount(String code, LocalizedText label, BigDecimal amount, List<RecordRef> records) {
            return new Part(Kind.NAMED, code, label, records.size(), records, Objects.requireNonNull(amount, "amount"));
        }

        public boolean isAmount() {
            return amount != null;
        }

        public static Part country(String code, List<RecordRef> records) {
            return new Part(Kind.COUNTRY, code, null, records.size(), records);
        }

        public static Part named(String code, LocalizedText label, List<RecordRef> records) {
            return new Part(Kind.NAMED, code, label, records.size(), records);
        }

        public enum Kind {
            COUNTRY, NAMED
        }
    }
}
