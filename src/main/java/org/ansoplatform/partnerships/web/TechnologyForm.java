package org.ansoplatform.partnerships.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyCommand;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.shared.LocalizedText;

/** An offer or a request as the form types it: texts per language, lists as multiple choices, countries as codes, cited records one
 * reference per line. */
public record TechnologyForm(TechnologyKind kind, UUID organizationId, Map<String, String> title, Map<String, String> summary,
        String inventors, UUID projectId, String projectReference, Integer trl, String trlEvidence, IpStatus ipStatus,
        String patentNumbers, List<TechnologySector> sectors, List<Integer> sdgs, String countries,
        List<CooperationModel> models, BigDecimal budgetMin, BigDecimal budgetMax, String budgetCurrency, String related) {

    static TechnologyForm blank(TechnologyKind kind, UUID organizationId) {
        return new TechnologyForm(kind, organizationId, Map.of(), Map.of(), "", null, "", null, "", null, "", List.of(), List.of(),
                "", List.of(), null, null, "USD", "");
    }

    static TechnologyForm of(TechnologyView t) {
        return new TechnologyForm(t.kind(), t.organizationId(), t.title().values(), t.summary().values(), t.inventors(),
                t.projectId(), t.projectReference(), t.trl(), t.trlEvidence(), t.ipStatus(), t.patentNumbers(), t.sectors(),
                t.sdgs(), String.join(", ", t.countries()), t.models(), t.budgetMin(), t.budgetMax(), t.budgetCurrency(),
                t.related().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")));
    }

    TechnologyCommand command() {
        List<String> codes = countries == null ? List.of() : Arrays.stream(countries.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new TechnologyCommand(kind, organizationId, LocalizedText.of(title), LocalizedText.of(summary), inventors,
                projectId, projectReference, trl, trlEvidence, ipStatus, patentNumbers, sectors, sdgs, codes, models, budgetMin,
                budgetMax, budgetCurrency, related == null ? List.of() : Arrays.asList(related.split("\\R")));
    }

    public boolean has(Object value, List<?> chosen) {
        return chosen != null && chosen.contains(value);
    }
}
