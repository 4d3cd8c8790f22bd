package org.ansoplatform.annualreport.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;

/**
 * Acronyms the directory proposes for an edition's glossary: the members and partners the year's figures count,
 * whose names end in their abbreviation ("Chinese Academy of Sciences (CAS)"), less the terms the glossary has.
 * Read through the figures and the records they count, as the report reads everything: annualreport never reads the
 * directory's tables. The editors choose which to add; nothing is added by itself.
 */
@Component
public class GlossaryProposals {

    /** A name that ends in its abbreviation: capitals, digits and a few joiners, two to fifteen of them. */
    private static final Pattern ABBREVIATED = Pattern.compile("^(.*\\S)\\s*\\(([\\p{Lu}][\\p{Lu}\\p{N}&\\-]{1,14})\\)$");
    private static final List<FigureRef> DIRECTORY = List.of(FigureRef.of("organizations.members"), FigureRef.of("organizations.partners"));

    public record Proposal(String term, String expansion) {
    }

    private final FigureQueries figures;
    private final Records records;

    GlossaryProposals(FigureQueries figures, Records records) {
        this.figures = figures;
        this.records = records;
    }

    public List<Proposal> proposals(int year, EditionContent content) {
        Set<String> kept = content.glossary().stream().map(entry -> entry.term().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<RecordRef> counted = new ArrayList<>();
        for (FigureQueries.Resolved resolved : figures.resolve(DIRECTORY, year).values()) {
            counted.addAll(resolved.records());
        }
        Map<String, Proposal> found = new TreeMap<>();
        for (RecordView view : records.describe(counted.stream().distinct().toList(), Reader.system(), Locale.ENGLISH)) {
            Matcher name = view.title() == null ? null : ABBREVIATED.matcher(view.title().strip());
            if (name != null && name.matches() && !kept.contains(name.group(2).toLowerCase(Locale.ROOT))) {
                found.putIfAbsent(name.group(2), new Proposal(name.group(2), name.group(1)));
            }
        }
        return List.copyOf(found.values());
    }
}
