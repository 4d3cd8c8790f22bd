package org.ansoplatform.calls.intake;

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

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.Track;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.ReviewSubject;
import org.ansoplatform.review.SubjectSource;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;
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
public class CallSubjectSource implements SubjectSource {

    /** The review scope type of a call, under which its panel and outcomes are found. */
    public static final String SCOPE = "call";
    static final String SUBJECT = "application";

    /** The scholarship form's fieldOfStudy values and the expertise areas (OECD FORD) they stand for. */
    static final Map<String, String> AREAS = Map.of("natural-sciences", "1", "engineering", "2", "medical", "3", "agricultural", "4",
            "social-sciences", "5", "humanities", "6");

    static final Set<String> PERSONAL = Set.of("birthDate", "phone", "passport");

    /** One key for every referee letter, so that a panel hides them all at once. */
    static final String REFEREE_LETTERS = "referee-letters";

    /** The applicant's ORCID iD from their account, an item of its own so that a panel may declare it blind. */
    static final String APPLICANT_ORCID = "applicant-orcid";

    private final CallQueries calls;
    private final ReviewSubjectQueries queries;
    private final JsonMapper json;
    private final MessageSource messages;
    private final org.ansoplatform.shared.PersonOrcids orcids;

    CallSubjectSource(CallQueries calls, ReviewSubjectQueries queries, JsonMapper json, MessageSource messages,
            org.ansoplatform.shared.PersonOrcids orcids) {
        this.orcids = orcids;
        this.calls = calls;
        this.queries = queries;
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
                .map(CallSubjectSource::summary).toList();
    }

    @Override
    public Optional<ScopeSummary> scope(UUID scopeId) {
        return scopes().stream().filter(scope -> scope.scope().id().equals(scopeId)).findFirst();
    }

    private static ScopeSummary summary(CallView call) {
        return new ScopeSummary(new ReviewScope(SCOPE, call.id()), call.definition().title(),
                call.definition().tracks().stream().map(Track::code).toList(),
                call.definition().tracks().stream().filter(track -> track.name() != null).collect(java.util.stream.Collectors.toMap(Track::code, Track::name, (a, b) -> a)));
    }

    /** One query for the whole call (6,000 applications: one round trip, nominations and referees as sub-selects). */
    @Override
    @Transactional(readOnly = true)
    public List<SubjectFacts> subjects(UUID scopeId) {
        List<ReviewSubjectQueries.SubjectRow> rows = queries.subjects(scopeId);
        // the applicants' iDs of the whole call in one query, read from their accounts now (not from the snapshot)
        Map<UUID, org.ansoplatform.shared.OrcidId> applicantOrcids = orcids.of(rows.stream().map(ReviewSubjectQueries.SubjectRow::applicantId)
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(row -> facts(row, applicantOrcids.get(row.applicantId()))).toList();
    }

    /** @param applicantOrcid the applicant's iD, null when their account names none */
    private static SubjectFacts facts(ReviewSubjectQueries.SubjectRow row, org.ansoplatform.shared.OrcidId applicantOrcid) {
        List<String> fields = new ArrayList<>();
        String discipline = row.discipline();
        if (discipline != null && !discipline.isBlank()) {
            fields.add(discipline.strip());
        }
        // a form without a field of study (the cooperation call's) names no area: Map.of refuses a null key
        String area = row.fieldOfStudy() == null ? null : AREAS.get(row.fieldOfStudy());
        if (area == null && !fields.isEmpty()) {
            area = fields.get(0).split("\\.")[0];
        }
        if (area != null && !fields.contains(area)) {
            fields.add(area);
        }
        Set<String> people = new LinkedHashSet<>();
        people.add(row.applicantName());
        people.add(row.applicantEmail());
        for (String referee : row.referees()) {
            people.addAll(Arrays.stream(referee.split(String.valueOf((char) 31))).filter(part -> !part.isBlank()).toList());
        }
        // ORCID iDs travel with the names: review finds a reviewer with the same iD conflicted (decision 429)
        if (applicantOrcid != null) {
            people.add(applicantOrcid.value());
        }
        row.answerOrcids().stream().filter(org.ansoplatform.shared.OrcidId::isValid)
                .map(text -> org.ansoplatform.shared.OrcidId.parse(text).value()).forEach(people::add);
        String country = row.country();
        return new SubjectFacts(new ReviewSubject(SUBJECT, row.id()), row.reference(), row.track(), country == null ? null : country.strip(),
                row.institution(), row.organizationId(), fields, people);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectContent> content(UUID scopeId, UUID subjectId, Locale locale) {
        var found = queries.submitted(scopeId, subjectId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CallView call = calls.any(scopeId);
        Map<String, Object> snapshot = json.readValue(found.get().snapshot(), new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) snapshot.getOrDefault("answers", Map.of());
        List<SubjectContent.Item> items = new ArrayList<>();
        for (FormField field : call.definition().form().fields()) {
            Object answer = answers.get(field.key());
            if (field.isFile() || answer == null) {
                continue;
            }
            items.add(new SubjectContent.Item(field.key(), field.label().in(locale), display(field, answer, call, locale),
                    field.type() == org.ansoplatform.calls.FieldType.PERSON));
        }
        // the full https URI, as ORCID asks; it names the applicant, so a double-blind panel hides it
        orcids.of(found.get().applicantId()).ifPresent(orcid -> items.add(new SubjectContent.Item(APPLICANT_ORCID,
                messages.getMessage("orcid.applicant", null, locale), orcid.link(), true)));
        List<SubjectContent.Document> documents = new ArrayList<>();
        // documents go by neutral names (the question's key, the letter's number): original file names and
        // referees' names could identify the applicant to a blind panel
        for (ReviewSubjectQueries.Document document : queries.documents(subjectId)) {
            String type = document.type();
            String label = call.definition().form().field(type).map(f -> f.label().in(locale)).orElse(type);
            documents.add(new SubjectContent.Document(type, label, document.fileId(), type + extension(document.fileName())));
        }
        int letter = 0;
        for (UUID file : queries.letters(subjectId)) {
            letter++;
            documents.add(new SubjectContent.Document(REFEREE_LETTERS,
                    messages.getMessage("calls.review.refereeLetter", new Object[] {letter}, locale), file,
                    "referee-letter-" + letter + ".pdf"));
        }
        return Optional.of(new SubjectContent(found.get().reference(), items, documents));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> names(UUID scopeId, java.util.Collection<UUID> subjectIds) {
        return queries.applicantNames(scopeId, subjectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContentKey> contentKeys(UUID scopeId, Locale locale) {
        CallView call = calls.any(scopeId);
        List<ContentKey> keys = new ArrayList<>();
        for (FormField field : call.definition().form().fields()) {
            keys.add(new ContentKey(field.key(), field.label().in(locale), personal(field)));
        }
        keys.add(new ContentKey(APPLICANT_ORCID, messages.getMessage("orcid.applicant", null, locale)));
        if (call.definition().refereeCount() > 0) {
            keys.add(new ContentKey(REFEREE_LETTERS, messages.getMessage("calls.review.refereeLetters", null, locale)));
        }
        return keys;
    }

    /**
     * Personal data a reviewer does not need to judge merit: the date of birth, the telephone, the passport scan and
     * any email address. The form as data has no marker for it yet (the call builder is a later issue), so the
     * keys the platform's forms use are named here.
     */
    static boolean personal(FormField field) {
        return PERSONAL.contains(field.key()) || field.type() == FieldType.EMAIL;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,8}") ? extension : "";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Set<UUID>> subjectsWithFile(UUID scopeId, UUID fileId) {
        return Optional.of(queries.subjectsWithFile(scopeId, fileId));
    }

    /** An answer in the reader's language: choice labels, country names, host names; lists joined. */
    private String display(FormField field, Object answer, CallView call, Locale locale) {
        if (field.type() == FieldType.GROUP || field.type().composite()) {
            return org.ansoplatform.calls.definition.Answers.display(field, answer, call, locale, messages);
        }
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
