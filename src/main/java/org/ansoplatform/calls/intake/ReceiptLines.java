package org.ansoplatform.calls.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.calls.definition.Answers;
import org.springframework.context.MessageSource;

/**
 * The answers of an application as the receipt prints them, section by section, question by question in the reader's
 * language: shared by the submission receipt and the Secretariat's application packet, so both read the same.
 */
public final class ReceiptLines {

    private ReceiptLines() {
    }

    /** A question and its answer; a group's answer is also a table ({@code shown}), drawn as one in the PDF. */
    public record Line(String label, String answer, Answers.Shown shown) {

        public Line(String label, String answer) {
            this(label, answer, null);
        }
    }

    /** The sections' titles, each with its questions' lines; documents are left out (listed under their own heading). */
    public static Map<String, List<Line>> of(CallView call, Map<String, Object> answers, Locale locale, MessageSource messages) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        for (FormSection section : call.definition().form().sections()) {
            List<Line> lines = new ArrayList<>();
            for (FormField field : section.fields()) {
                if (!field.isFile()) {
                    lines.add(new Line(field.label().in(locale), Answers.display(field, answers.get(field.key()), call, locale, messages),
                            Answers.shown(field, answers.get(field.key()), call, locale, messages)));
                }
            }
            // a section of documents only has no lines here: its documents are listed once, under their own heading
            if (!lines.isEmpty()) {
                sections.put(section.title().in(locale), lines);
            }
        }
        return sections;
    }
}
