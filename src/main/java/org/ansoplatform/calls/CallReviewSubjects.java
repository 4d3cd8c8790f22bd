package org.ansoplatform.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.ReviewSubject;
import org.ansoplatform.review.SubjectSource;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls offered to the review module: a call (open or closed) is a scope, its submitted and eligible
 * applications (the Secretariat's override wins) are the subjects. Facts for conflicts and affinity come
 * from the submitted snapshot in one query: the scholarship form's field of study maps to an expertise
 * area ('1' to '6'), its optional discipline is already a field code of the vocabulary.
 */
@Component
class CallReviewSubjects implements SubjectSource {

    static final String SCOPE = "call";
    static final String SUBJECT = "application";

    /** The scholarship form's fieldOfStudy values and the expertise areas (OECD FORD) they stand for. */
    static final Map<String, String> AREAS = Map.of("natural-sciences", "1", "engineering", "2", "medical", "3", "agricultural", "4",
            "social-sciences", "5", "humanities", "6");

    /** One key for every referee letter, so that a panel hides them all at once. */
    static final String REFEREE_LETTERS = "referee-letters";

    private final Calls calls;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;

    CallReviewSubjects(Calls calls, JdbcClient jdbc, JsonMapper json, MessageSource messages) {
        this.calls = calls;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
    }

    @Override
    public String scopeType() {
        return SCOPE;
    }

    @Override
    public List<ScopeSummary> scopes() {
        return calls.all().stream()
                .filter(call -> call.definition().status() == CallStatus.OPEN || call.definition().status() == CallStatus.CLOSED)
                .sorted(Comparator.comparing((CallView call) -> call.definition().opensAt()).reversed())
                .map(CallReviewSubjects::summary).toList();
    }

    @Override
    public Optional<ScopeSummary> scope(UUID scopeId) {
        return scopes().stream().filter(scope -> scope.scope().id().equals(scopeId)).findFirst();
    }

    private static ScopeSummary summary(CallView call) {
        return new ScopeSummary(new ReviewScope(SCOPE, call.id()), call.definition().title(),
                call.definition().tracks().stream().map(Track::code).toList());
    }

    private static final String SUBJECTS = """
            select a.id, a.reference, a.track_code, a.country, a.applicant_name, a.applicant_email,
                coalesce(a.submitted -> 'answers' ->> 'university', a.submitted -> 'answers' ->> 'institution', '') institution,
                a.submitted -> 'answers' ->> 'fieldOfStudy' field_of_study, a.submitted -> 'answers' ->> 'discipline' discipline,
                (select n.organization_id from calls.nomination n where n.application_id = a.id and n.withdrawn_at is null
                    order by n.nominated_at desc limit 1) organization_id,
                (select array_agg(r.name || chr(31) || r.email) from calls.referee r where r.application_id = a.id and r.replaced_at is null) referees
            from calls.application a
            where a.call_id = ? and a.status = 'SUBMITTED' and coalesce(a.override_eligible, a.eligible) is true
            order by a.reference""";

    /** One query for the whole call (6,000 applications: one round trip, nominations and referees as sub-selects). */
    @Override
    @Transactional(readOnly = true)
    public List<SubjectFacts> subjects(UUID scopeId) {
        return jdbc.sql(SUBJECTS).param(scopeId).query((rs, n) -> {
            List<String> fields = new ArrayList<>();
            String discipline = rs.getString("discipline");
            if (discipline != null && !discipline.isBlank()) {
                fields.add(discipline.strip());
            }
            String area = AREAS.get(rs.getString("field_of_study"));
            if (area == null && !fields.isEmpty()) {
                area = fields.get(0).split("\\.")[0];
            }
            if (area != null && !fields.contains(area)) {
                fields.add(area);
            }
            Set<String> people = new LinkedHashSet<>();
            people.add(rs.getString("applicant_name"));
            people.add(rs.getString("applicant_email"));
            java.sql.Array referees = rs.getArray("referees");
            if (referees != null) {
                for (String referee : (String[]) referees.getArray()) {
                    people.addAll(Arrays.asList(referee.split(String.valueOf((char) 31))));
                }
            }
            String country = rs.getString("country");
            return new SubjectFacts(new ReviewSubject(SUBJECT, rs.getObject("id", UUID.class)), rs.getString("reference"),
                    rs.getString("track_code"), country == null ? null : country.strip(), rs.getString("institution"),
                    rs.getObject("organization_id", UUID.class), fields, people);
        }).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectContent> content(UUID scopeId, UUID subjectId, Locale locale) {
        var found = jdbc.sql("""
                select a.reference, a.submitted::text from calls.application a
                where a.id = ? and a.call_id = ? and a.status = 'SUBMITTED' and coalesce(a.override_eligible, a.eligible) is true""")
                .params(subjectId, scopeId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CallView call = calls.any(scopeId);
        Map<String, Object> snapshot = json.readValue(found.get()[1], new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) snapshot.getOrDefault("answers", Map.of());
        List<SubjectContent.Item> items = new ArrayList<>();
        for (FormField field : call.definition().form().fields()) {
            Object answer = answers.get(field.key());
            if (field.isFile() || answer == null) {
                continue;
            }
            items.add(new SubjectContent.Item(field.key(), field.label().in(locale), display(field, answer, call, locale)));
        }
        List<SubjectContent.Document> documents = new ArrayList<>();
        // documents go by neutral names (the question's key, the letter's number): original file names and
        // referees' names could identify the applicant to a blind panel
        jdbc.sql("select document_type, file_id, file_name from calls.application_document where application_id = ? order by document_type")
                .param(subjectId).query(rs -> {
                    String type = rs.getString(1);
                    String label = call.definition().form().field(type).map(f -> f.label().in(locale)).orElse(type);
                    documents.add(new SubjectContent.Document(type, label, rs.getObject(2, UUID.class), type + extension(rs.getString(3))));
                });
        int[] letter = {0};
        jdbc.sql("""
                select letter_file_id from calls.referee where application_id = ? and replaced_at is null and letter_file_id is not null
                order by invited_at, id""").param(subjectId).query(rs -> {
                    letter[0]++;
                    documents.add(new SubjectContent.Document(REFEREE_LETTERS,
                            messages.getMessage("calls.review.refereeLetter", new Object[] {letter[0]}, locale),
                            rs.getObject(1, UUID.class), "referee-letter-" + letter[0] + ".pdf"));
                });
        return Optional.of(new SubjectContent(found.get()[0], items, documents));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContentKey> contentKeys(UUID scopeId, Locale locale) {
        CallView call = calls.any(scopeId);
        List<ContentKey> keys = new ArrayList<>();
        for (FormField field : call.definition().form().fields()) {
            keys.add(new ContentKey(field.key(), field.label().in(locale)));
        }
        if (call.definition().refereeCount() > 0) {
            keys.add(new ContentKey(REFEREE_LETTERS, messages.getMessage("calls.review.refereeLetters", null, locale)));
        }
        return keys;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,8}") ? extension : "";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Set<UUID>> subjectsWithFile(UUID scopeId, UUID fileId) {
        return Optional.of(Set.copyOf(jdbc.sql("""
                select d.application_id from calls.application_document d join calls.application a on a.id = d.application_id
                where d.file_id = :f and a.call_id = :c
                union
                select r.application_id from calls.referee r join calls.application a on a.id = r.application_id
                where r.letter_file_id = :f and r.replaced_at is null and a.call_id = :c""")
                .param("f", fileId).param("c", scopeId).query(UUID.class).list()));
    }

    /** An answer in the reader's language: choice labels, country names, host names; lists joined. */
    private static String display(FormField field, Object answer, CallView call, Locale locale) {
        if (answer instanceof List<?> list) {
            return String.join(", ", list.stream().map(value -> display(field, value, call, locale)).toList());
        }
        String value = String.valueOf(answer);
        return switch (field.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> field.options().stream().filter(option -> option.value().equals(value)).findFirst()
                    .map(option -> option.label().in(locale)).orElse(value);
            case COUNTRY -> CountryCode.isValid(value) ? CountryCode.parse(value).displayName(locale) : value;
            case HOST_RANKING -> call.host(value).map(host -> host.name().in(locale)).orElse(value);
            default -> value;
        };
    }
}
