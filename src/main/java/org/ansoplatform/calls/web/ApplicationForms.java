package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.springframework.util.MultiValueMap;

/** Turns a call's form and an application's answers into what the page renders, and posted fields back into answers. */
final class ApplicationForms {

    private ApplicationForms() {
    }

    /** A question as the page shows it, with its current answer; its messages are in the page's {@code applicationForm}. */
    record Question(FormField field, String value, List<String> values) {

        public String id() {
            return "q-" + field.key();
        }

        public boolean checked(String option) {
            return values.contains(option);
        }

        /** The host chosen at rank {@code index} (from 0), or empty. */
        public String ranked(int index) {
            return index < values.size() ? values.get(index) : "";
        }
    }

    record Section(FormSection section, List<Question> questions) {
    }

    static List<Section> sections(CallView call, Map<String, Object> answers) {
        List<Section> sections = new ArrayList<>();
        for (FormSection section : call.definition().form().sections()) {
            List<Question> questions = new ArrayList<>();
            for (FormField field : section.fields()) {
                Object answer = answers.get(field.key());
                List<String> values = answer instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
                String value = answer == null || answer instanceof List<?> ? "" : answer.toString();
                questions.add(new Question(field, value, values));
            }
            sections.add(new Section(section, questions));
        }
        return sections;
    }

    /** Whether the post is the answers' form (it carries at least one question), not a button without fields. */
    static boolean carriesAnswers(CallView call, MultiValueMap<String, String> posted) {
        return call.definition().form().fields().stream().anyMatch(field -> !field.isFile() && posted.containsKey(field.key()));
    }

    /** The answers a posted form carries: every question but files, lists for multiple choices and rankings. */
    static Map<String, Object> answers(CallView call, MultiValueMap<String, String> posted) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : call.definition().form().fields()) {
            if (field.isFile()) {
                continue;
            }
            List<String> values = posted.getOrDefault(field.key(), List.of());
            if (field.type() == FieldType.MULTIPLE_CHOICE || field.type() == FieldType.HOST_RANKING) {
                answers.put(field.key(), values.stream().filter(v -> v != null && !v.isBlank()).toList());
            } else {
                answers.put(field.key(), values.isEmpty() ? null : values.get(0));
            }
        }
        return answers;
    }

}
