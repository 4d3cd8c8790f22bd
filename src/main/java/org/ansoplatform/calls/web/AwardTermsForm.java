package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.calls.AwardTerms;

/** The terms of a call's awards as typed, one row per track: text fields, read by {@link AwardTermsPages}. */
public record AwardTermsForm(List<Row> terms) {

    public AwardTermsForm {
        terms = terms == null ? new ArrayList<>() : new ArrayList<>(terms);
    }

    public record Row(String track, String stipendAmount, String stipendCurrency, String stipendPeriod, String startsOn,
            Map<String, String> covers) {

        public Row {
            covers = covers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(covers);
        }
    }

    static AwardTermsForm of(List<AwardTerms> terms) {
        return new AwardTermsForm(terms.stream().map(t -> new Row(t.track(),
                t.stipendAmount() == null ? "" : t.stipendAmount().stripTrailingZeros().toPlainString(),
                t.stipendCurrency() == null ? "" : t.stipendCurrency(),
                t.stipendPeriod() == null ? "" : t.stipendPeriod().name(),
                t.startsOn() == null ? "" : t.startsOn().toString(), t.covers().values())).toList());
    }
}
