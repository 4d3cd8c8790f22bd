package org.ansoplatform.calls.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.ansoplatform.files.StoredFile;

/**
 * One synthetic applicant drawn from a seeded random: everything a complete application holds, with the
 * answers a scholarship call asks (ages, degrees, language certificates, fields and universities spread
 * like the real applicants'), documents pointing at one stored PDF, and referees.
 */
final class SyntheticApplicants {

    /** The scholarship's tracks: most applicants apply for a PhD, the others for a master's. */
    private static final String PHD = "PHD", MASTER = "MASTER";

    private SyntheticApplicants() {
    }

    record Synthetic(ApplicationView view, Map<String, Object> snapshot, boolean submitted) {
    }

    private static final String[] CERTIFICATES = {"IELTS", "IELTS", "IELTS", "TOEFL", "TOEFL", "ENGLISH_MEDIUM_DEGREE",
            "ENGLISH_MEDIUM_DEGREE", "ENGLISH_MEDIUM_DEGREE"};
    private static final Set<String> ENGLISH_SPEAKING = Set.of("NG", "GH", "KE", "UG", "ZA", "ZW", "SL", "LR", "GM", "GB", "US", "AU",
            "CA", "IE", "NZ", "JM", "TT", "GY", "BW", "NA");
    private static final String[] FIELD_WEIGHTS = {"engineering", "engineering", "engineering", "engineering", "engineering",
            "engineering", "natural-sciences", "natural-sciences", "natural-sciences", "natural-sciences", "natural-sciences",
            "agricultural", "agricultural", "agricultural", "medical", "medical", "medical", "social-sciences", "social-sciences",
            "humanities"};
    private static final String[] INSTITUTIONS = {"Department of Chemistry", "Faculty of Engineering", "School of Agriculture",
            "Department of Physics", "Institute of Public Health", "Department of Computer Science", "Faculty of Science",
            "Department of Environmental Sciences"};

    /**
     * An applicant drawn from the seeded random: everything a complete application holds. Submitted ones
     * get dates within the call's window up to now; drafts are dated now.
     */
    static Synthetic synthetic(Random random, CallView call, StoredFile document, UUID applicantId, String fixedName,
            String fixedEmail, boolean submitted, Instant now) {
        CallDefinition definition = call.definition();
        SyntheticPeople.Country country = SyntheticPeople.country(random);
        String name = SyntheticPeople.name(random, country);
        String applicantName = fixedName != null ? fixedName : name;
        int serial = random.nextInt(1_000_000);
        String email = fixedEmail != null ? fixedEmail : SyntheticPeople.email(name, serial, "applicants.example.org");
        Instant opens = definition.opensAt();
        Instant last = definition.closesAt().isBefore(now) ? definition.closesAt() : now;
        // more submissions as the deadline nears: the square root skews the spread towards its end
        long window = Math.max(1, Duration.between(opens, last).getSeconds());
        Instant submittedAt = submitted ? opens.plusSeconds((long) (Math.sqrt(random.nextDouble()) * window)) : null;
        Instant createdAt = submitted ? submittedAt.minusSeconds((long) (random.nextDouble() * Math.min(window, 30L * 86_400)))
                : now;
        if (createdAt.isBefore(opens)) {
            createdAt = opens;
        }
        ZoneId zone = definition.zone();
        LocalDate closes = definition.closesAt().atZone(zone).toLocalDate();

        boolean phd = definition.tracks().stream().anyMatch(track -> track.code().equals(PHD)) ? random.nextInt(10) < 6 : false;
        String track = definition.tracks().isEmpty() ? null
                : phd ? PHD : definition.tracks().stream().anyMatch(t -> t.code().equals(MASTER)) ? MASTER
                : SyntheticPeople.pick(random, definition.tracks()).code();
        int roll = random.nextInt(1000);
        int age = roll < 30 ? 36 + random.nextInt(5) : (phd ? 24 : 21) + random.nextInt(phd ? 11 : 9);
        LocalDate birthDate = closes.minusYears(age).minusDays(random.nextInt(365));
        String degree = phd ? (random.nextInt(100) < 85 ? "MASTER" : "BACHELOR") : "BACHELOR";
        int degreeRoll = random.nextInt(1000);
        LocalDate degreeDate = degreeRoll < 15 ? closes.plusMonths(8 + random.nextInt(10))
                : degreeRoll < 200 ? closes.plusDays(random.nextInt(90)) : closes.minusDays(60 + random.nextInt(2500));
        String field = SyntheticPeople.pick(random, FIELD_WEIGHTS);
        String certificate = ENGLISH_SPEAKING.contains(country.code()) && random.nextBoolean() ? "NATIVE_ENGLISH"
                : SyntheticPeople.pick(random, CERTIFICATES);
        String university = SyntheticPeople.university(random, country.code());

        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> hostChoices = List.of();
        List<DocumentView> documents = new ArrayList<>();
        boolean missingPassport = submitted && random.nextInt(1000) < 8;
        for (FormField question : definition.form().fields()) {
            if (question.isFile()) {
                // the English rule wants the certificate uploaded: a few forget it; other optional documents often missing
                boolean skip = question.key().equals("passport") ? missingPassport
                        : !question.required() && random.nextInt(100) < (question.key().equals("language-certificate") ? 2 : 40);
                if (!skip) {
                    Instant uploaded = createdAt.plusSeconds(random.nextInt(3600 * 24));
                    if (submittedAt != null && uploaded.isAfter(submittedAt)) {
                        uploaded = submittedAt;
                    }
                    documents.add(new DocumentView(question.key(), document.id(), question.key() + ".pdf", document.size(),
                            document.mediaType(), uploaded));
                }
                continue;
            }
            Object answer = switch (question.key()) {
                case ApplicationScreening.BIRTH_DATE -> birthDate.toString();
                case ApplicationScreening.NATIONALITY -> country.code();
                case ApplicationIntake.TRACK -> track;
                case ApplicationScreening.HIGHEST_DEGREE -> degree;
                case ApplicationScreening.DEGREE_DATE -> degreeDate.toString();
                case ApplicationScreening.LANGUAGE_CERTIFICATE -> certificate;
                case "university" -> university;
                case "fieldOfStudy" -> field;
                case "discipline" -> SyntheticPeople.discipline(serial, field);
                case "phone" -> random.nextInt(10) < 7 ? "+" + (20 + random.nextInt(960)) + " " + (100_000_000 + random.nextInt(899_999_999)) : null;
                case "supervisor" -> random.nextInt(10) < 4 ? "Prof. " + SyntheticPeople.name(random, SyntheticPeople.COUNTRIES.get(
                        SyntheticPeople.COUNTRIES.size() - 1)) : null;
                case "motivation" -> random.nextInt(10) < 6 ? SyntheticPeople.proposal(random, field, 60 + random.nextInt(140)) : null;
                default -> byType(random, question, definition, field);
            };
            answer = fit(random, question, answer, definition);
            if (answer != null) {
                answers.put(question.key(), answer);
                if (question.type() == FieldType.HOST_RANKING && hostChoices.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    List<String> ranked = (List<String>) answer;
                    hostChoices = ranked;
                }
            }
        }
        if (definition.form().field(ApplicationIntake.TRACK).isEmpty() && track != null) {
            answers.remove(ApplicationIntake.TRACK);
        }

        List<RefereeView> referees = new ArrayList<>();
        for (int r = 0; r < definition.refereeCount(); r++) {
            SyntheticPeople.Country where = random.nextInt(10) < 7 ? country : SyntheticPeople.country(random);
            String refereeName = SyntheticPeople.name(random, where);
            Instant invited = createdAt.plusSeconds(random.nextInt(3600 * 24 * 3));
            if (submittedAt != null && invited.isAfter(submittedAt)) {
                invited = submittedAt;
            }
            Instant received = submitted && random.nextInt(100) < 85
                    ? invited.plusSeconds(random.nextInt(3600 * 24 * 14)) : null;
            if (received != null && received.isAfter(now)) {
                received = now;
            }
            referees.add(new RefereeView(UUID.nameUUIDFromBytes(uuidBytes(random)), "Prof. " + refereeName,
                    SyntheticPeople.email(refereeName, random.nextInt(1_000_000), "referees.example.net"),
                    SyntheticPeople.pick(random, INSTITUTIONS) + ", " + SyntheticPeople.university(random, where.code()), invited, received,
                    definition.closesAt()));
        }
        UUID id = submitted ? UUID.nameUUIDFromBytes(uuidBytes(random))
                : UUID.nameUUIDFromBytes(("anso-load-application-" + call.id() + applicantId).getBytes(StandardCharsets.UTF_8));
        UUID applicant = submitted ? UUID.nameUUIDFromBytes(uuidBytes(random)) : applicantId;
        Screening noScreening = new Screening(null, List.of(), null, null, null, null, null);
        ApplicationView view = new ApplicationView(id, call.id(), applicant, applicantName, email,
                submitted ? ApplicationStatus.SUBMITTED : ApplicationStatus.DRAFT, null, track, country.code(), answers, hostChoices,
                createdAt, submitted ? submittedAt : now, submittedAt, null, documents, referees, noScreening, 0);
        return new Synthetic(view, submitted ? ApplicationIntake.snapshot(view) : null, submitted);
    }

    private static byte[] uuidBytes(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** An answer to a question the scholarship form does not have, by its type. */
    private static Object byType(Random random, FormField question, CallDefinition definition, String field) {
        return switch (question.type()) {
            case LONG_TEXT -> SyntheticPeople.proposal(random, field, 180 + random.nextInt(320));
            case HOST_RANKING -> {
                List<String> codes = new ArrayList<>(definition.hosts().stream().map(Host::code).toList());
                java.util.Collections.shuffle(codes, random);
                yield codes.isEmpty() ? null : List.copyOf(codes.subList(0, 1 + random.nextInt(codes.size())));
            }
            case SINGLE_CHOICE -> question.options().isEmpty() ? null : SyntheticPeople.pick(random, question.options()).value();
            case MULTIPLE_CHOICE -> question.options().isEmpty() ? null : List.of(SyntheticPeople.pick(random, question.options()).value());
            case DATE -> LocalDate.of(1990, 1, 1).plusDays(random.nextInt(10_000)).toString();
            case NUMBER -> Integer.toString(random.nextInt(100));
            case EMAIL -> "someone" + random.nextInt(100_000) + "@example.org";
            case COUNTRY -> SyntheticPeople.country(random).code();
            case TEXT -> question.required() ? "Synthetic answer" : null;
            case FILE, GROUP, MONEY, ORGANIZATION, PERSON -> null;
        };
    }

    /** The answer made valid for the question: a known option, a host ranking of the call's hosts, the word limit. */
    private static Object fit(Random random, FormField question, Object answer, CallDefinition definition) {
        if (answer == null) {
            return question.required() ? byType(random, question, definition, "natural-sciences") : null;
        }
        switch (question.type()) {
            case SINGLE_CHOICE:
                return question.hasOption(answer.toString()) || question.options().isEmpty() ? answer
                        : SyntheticPeople.pick(random, question.options()).value();
            case LONG_TEXT:
                if (question.maxWords() != null && ApplicationForm.words(answer.toString()) > question.maxWords()) {
                    String[] words = answer.toString().split("\\s+");
                    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, question.maxWords())));
                }
                return answer;
            case HOST_RANKING:
                return answer instanceof List<?> ? answer : byType(random, question, definition, "");
            default:
                return answer;
        }
    }
}
