package org.ansoplatform.calls.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.shared.LocalizedText;

/**
 * The places of a call that name one of some years, for the Secretariat to read before next year’s call opens: the
 * title and description (which {@link NextRound} changed), section titles, question labels, help and options, and the
 * award terms. Each mention is the sentence around the year, so that “Enrolment in September 2021” is read in context.
 */
public final class YearMentions {

    /** Where (a message key and what it names), in which language, the sentence, and the year it names. */
    public record Mention(String place, String name, String language, String excerpt, int year) {
    }

    private static final int MAX_EXCERPT = 160;

    private YearMentions() {
    }

    /** Every mention of one of {@code years} in the call, in the order of the page. */
    public static List<Mention> find(CallDefinition call, List<AwardTerms> terms, Set<Integer> years) {
        List<Mention> mentions = new ArrayList<>();
        add(mentions, "callrules.clone.place.title", "", call.title(), years);
        add(mentions, "callrules.clone.place.description", "", call.description(), years);
        for (FormSection section : call.form().sections()) {
            add(mentions, "callrules.clone.place.section", section.key(), section.title(), years);
            section.fields().forEach(field -> field(mentions, field, years));
        }
        for (AwardTerms term : terms) {
            add(mentions, "callrules.clone.place.awardTerms", term.track() == null ? "" : term.track(), term.covers(), years);
        }
        return mentions;
    }

    private static void field(List<Mention> mentions, FormField field, Set<Integer> years) {
        add(mentions, "callrules.clone.place.label", field.key(), field.label(), years);
        add(mentions, "callrules.clone.place.help", field.key(), field.help(), years);
        if (field.options() != null) {
            field.options().forEach(option -> add(mentions, "callrules.clone.place.option", field.key() + " / " + option.value(),
                    option.label(), years));
        }
        if (field.fields() != null) {
            field.fields().forEach(column -> field(mentions, column, years));
        }
    }

    private static void add(List<Mention> mentions, String place, String name, LocalizedText text, Set<Integer> years) {
        if (text == null) {
            return;
        }
        new TreeMap<>(text.values()).forEach((language, value) -> {
            for (String sentence : value.split("(?<=[.!?。！？])\\s*")) {
                NextRound.yearsIn(sentence).stream().filter(years::contains).findFirst().ifPresent(year -> mentions.add(
                        new Mention(place, name, language, excerpt(sentence), year)));
            }
        });
    }

    private static String excerpt(String sentence) {
        String text = sentence.strip();
        return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT - 1) + "…";
    }
}
