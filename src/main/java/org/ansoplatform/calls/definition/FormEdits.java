package org.ansoplatform.calls.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;

/**
 * The form builder’s operations, each giving a new form and leaving the old one as it was: sections and questions
 * added, changed, moved one place and removed. A problem of the operation itself (a key taken, a section that is
 * not there) is refused on the builder’s path; what the whole form must satisfy is checked when the call is saved.
 */
public final class FormEdits {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,59}");

    public enum Direction { UP, DOWN }

    private FormEdits() {
    }

    public static ApplicationForm addSection(ApplicationForm form, String key, LocalizedText title) {
        String clean = key == null ? "" : key.strip();
        if (!KEY.matcher(clean).matches()) {
            throw new InvalidInputException("sectionKey", "callbuilder.badKey");
        }
        if (form.sections().stream().anyMatch(section -> section.key().equals(clean))) {
            throw new InvalidInputException("sectionKey", "callbuilder.sectionTaken", clean);
        }
        if (title == null || title.isEmpty()) {
            throw new InvalidInputException("sectionTitle", "callbuilder.titleRequired");
        }
        List<FormSection> sections = new ArrayList<>(form.sections());
        sections.add(new FormSection(clean, title, List.of()));
        return new ApplicationForm(sections);
    }

    public static ApplicationForm renameSection(ApplicationForm form, String key, LocalizedText title) {
        if (title == null || title.isEmpty()) {
            throw new InvalidInputException("sections[" + key + "].title", "callbuilder.titleRequired");
        }
        return new ApplicationForm(form.sections().stream()
                .map(section -> section.key().equals(key) ? new FormSection(key, title, section.fields()) : section).toList());
    }

    public static ApplicationForm moveSection(ApplicationForm form, String key, Direction direction) {
        List<FormSection> sections = new ArrayList<>(form.sections());
        int at = sectionIndex(form, key);
        int to = direction == Direction.UP ? at - 1 : at + 1;
        if (to >= 0 && to < sections.size()) {
            sections.add(to, sections.remove(at));
        }
        return new ApplicationForm(sections);
    }

    /** The section goes with its questions (whether submitted answers allow it is checked when the call is saved). */
    public static ApplicationForm removeSection(ApplicationForm form, String key) {
        sectionIndex(form, key);
        return new ApplicationForm(form.sections().stream().filter(section -> !section.key().equals(key)).toList());
    }

    /** A new question at the end of the section; its key must be new in the form. */
    public static ApplicationForm addField(ApplicationForm form, String sectionKey, FormField field) {
        int at = sectionIndex(form, sectionKey);
        if (field.key() == null || !KEY.matcher(field.key()).matches()) {
            throw new InvalidInputException("newField.key", "callbuilder.badKey");
        }
        if (form.field(field.key()).isPresent()) {
            throw new InvalidInputException("newField.key", "callbuilder.keyTaken", field.key());
        }
        if (field.type() == null) {
            throw new InvalidInputException("newField.type", "callbuilder.typeRequired");
        }
        return withSection(form, at, fields -> {
            fields.add(field);
            return fields;
        });
    }

    /**
     * The question {@code key} replaced by {@code field}, in its place. A new key must be free, and the questions
     * that pointed at the old one (required-if, options following it) follow it to the new one.
     */
    public static ApplicationForm replaceField(ApplicationForm form, String key, FormField field) {
        form.field(key).orElseThrow(() -> new InvalidInputException("fields[" + key + "]", "callbuilder.noSuchField", key));
        String path = "fields[" + key + "]";
        if (field.key() == null || !KEY.matcher(field.key()).matches()) {
            throw new InvalidInputException(path + ".key", "callbuilder.badKey");
        }
        if (!field.key().equals(key) && form.field(field.key()).isPresent()) {
            throw new InvalidInputException(path + ".key", "callbuilder.keyTaken", field.key());
        }
        List<FormSection> sections = new ArrayList<>();
        for (FormSection section : form.sections()) {
            sections.add(new FormSection(section.key(), section.title(), section.fields().stream()
                    .map(each -> each.key().equals(key) ? field : renamedReferences(each, key, field.key())).toList()));
        }
        return new ApplicationForm(sections);
    }

    /** One place up or down; past the first or last question of its section, into the end or start of the next one. */
    public static ApplicationForm moveField(ApplicationForm form, String key, Direction direction) {
        int sectionAt = sectionOf(form, key);
        List<FormSection> sections = new ArrayList<>(form.sections());
        List<FormField> fields = new ArrayList<>(sections.get(sectionAt).fields());
        int at = indexOf(fields, key);
        int to = direction == Direction.UP ? at - 1 : at + 1;
        if (to >= 0 && to < fields.size()) {
            fields.add(to, fields.remove(at));
            sections.set(sectionAt, with(sections.get(sectionAt), fields));
            return new ApplicationForm(sections);
        }
        int next = direction == Direction.UP ? sectionAt - 1 : sectionAt + 1;
        if (next < 0 || next >= sections.size()) {
            return form;
        }
        FormField moved = fields.remove(at);
        List<FormField> target = new ArrayList<>(sections.get(next).fields());
        target.add(direction == Direction.UP ? target.size() : 0, moved);
        sections.set(sectionAt, with(sections.get(sectionAt), fields));
        sections.set(next, with(sections.get(next), target));
        return new ApplicationForm(sections);
    }

    public static ApplicationForm removeField(ApplicationForm form, String key) {
        int sectionAt = sectionOf(form, key);
        return withSection(form, sectionAt, fields -> {
            fields.removeIf(field -> field.key().equals(key));
            return fields;
        });
    }

    /** Hidden from new applicants (kept for the answers given), or asked again. */
    public static ApplicationForm hideField(ApplicationForm form, String key, boolean hidden) {
        FormField field = form.field(key).orElseThrow(() -> new InvalidInputException("fields[" + key + "]", "callbuilder.noSuchField", key));
        return replaceField(form, key, field.withHidden(hidden));
    }

    private static FormField renamedReferences(FormField field, String from, String to) {
        if (from.equals(to)) {
            return field;
        }
        FormField renamed = field;
        if (field.requiredIf() != null && from.equals(field.requiredIf().field())) {
            renamed = renamed.withRequiredIf(new FormField.Condition(to, field.requiredIf().anyOf()));
        }
        if (from.equals(field.optionsFollow())) {
            renamed = new FormField(renamed.key(), renamed.type(), renamed.label(), renamed.help(), renamed.required(), renamed.maxWords(),
                    renamed.options(), renamed.maxBytes(), renamed.contentTypes(), to, renamed.fields(), renamed.minItems(),
                    renamed.maxItems(), renamed.currencies(), renamed.sumOf(), renamed.requiredIf(), renamed.hidden());
        }
        return renamed;
    }

    private static ApplicationForm withSection(ApplicationForm form, int at, UnaryOperator<List<FormField>> change) {
        List<FormSection> sections = new ArrayList<>(form.sections());
        sections.set(at, with(sections.get(at), change.apply(new ArrayList<>(sections.get(at).fields()))));
        return new ApplicationForm(sections);
    }

    private static FormSection with(FormSection section, List<FormField> fields) {
        return new FormSection(section.key(), section.title(), fields);
    }

    private static int sectionIndex(ApplicationForm form, String key) {
        for (int i = 0; i < form.sections().size(); i++) {
            if (form.sections().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new InvalidInputException("section", "callbuilder.noSuchSection", String.valueOf(key));
    }

    private static int sectionOf(ApplicationForm form, String key) {
        for (int i = 0; i < form.sections().size(); i++) {
            if (indexOf(form.sections().get(i).fields(), key) >= 0) {
                return i;
            }
        }
        throw new InvalidInputException("fields[" + key + "]", "callbuilder.noSuchField", String.valueOf(key));
    }

    private static int indexOf(List<FormField> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
