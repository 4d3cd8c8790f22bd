package org.ansoplatform.calls;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.Someone;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.shared.LocalizedText;

/** A small call and a complete application to it, for the calls tests. */
final class CallTestData {

    private CallTestData() {
    }

    static CallDefinition call(String code, LocalDateTime opens, LocalDateTime closes, int referees) {
        ApplicationForm form = new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About you", "个人信息"), List.of(
                field("birthDate", FieldType.DATE, true, null),
                field("nationality", FieldType.COUNTRY, true, null),
                new FormField("track", FieldType.SINGLE_CHOICE, LocalizedText.of("Track", "类别"), null, true, null,
                        List.of(new FormField.Option("PHD", LocalizedText.of("PhD", "博士")),
                                new FormField.Option("MASTER", LocalizedText.of("Master", "硕士"))), null, null),
                field("hosts", FieldType.HOST_RANKING, true, null),
                new FormField("fieldOfStudy", FieldType.SINGLE_CHOICE, LocalizedText.of("Field of study", "学科领域"), null, false, null,
                        List.of(new FormField.Option("natural-sciences", LocalizedText.of("Natural sciences", "自然科学")),
                                new FormField.Option("engineering", LocalizedText.of("Engineering", "工程"))), null, null),
                field("proposal", FieldType.LONG_TEXT, true, 10),
                new FormField("cv", FieldType.FILE, LocalizedText.of("CV", "简历"), null, true, null, null, 100_000L,
                        Set.of("application/pdf"))))));
        return new CallDefinition("test-programme", code, "TST", LocalizedText.of("Test call " + code, "测试 " + code),
                LocalizedText.of("A call for tests", "测试"), ZoneId.of("Asia/Shanghai"), opens, closes, CallStatus.OPEN, referees, 2,
                List.of(new Track("PHD", LocalizedText.of("PhD", "博士"), 3), new Track("MASTER", LocalizedText.of("Master", "硕士"), 2)),
                List.of(new Host("USTC", LocalizedText.of("USTC", "中国科大"), Host.Kind.UNIVERSITY, 5),
                        new Host("UCAS", LocalizedText.of("UCAS", "国科大"), Host.Kind.UNIVERSITY, 5)),
                form, """
                [{"type": "age-limit", "id": "age", "maxAge": 35, "referenceDate": "2030-09-01"},
                 {"type": "nationality", "id": "nationality", "included": [], "excluded": ["CN"]},
                 {"type": "documents-present", "id": "documents", "documentTypes": ["cv"]}]""");
    }

    /**
     * The small call with a proof of English: a declared certificate requires its document by the call's
     * language rule (a required-if document), its own reference prefix, and whether submissions may be reopened.
     */
    static CallDefinition languageCall(LocalDateTime opens, LocalDateTime closes, boolean reopen) {
        CallDefinition base = call(code("language"), opens, closes, 1);
        List<FormField> fields = new java.util.ArrayList<>(base.form().sections().get(0).fields());
        fields.add(new FormField("languageCertificate", FieldType.SINGLE_CHOICE, LocalizedText.of("Proof of English", "英语水平证明"), null,
                true, null, List.of(new FormField.Option("IELTS", LocalizedText.of("IELTS", "雅思")),
                        new FormField.Option("ENGLISH_MEDIUM_DEGREE", LocalizedText.of("My degree was taught in English", "学位课程以英语授课"))),
                null, null));
        fields.add(new FormField("discipline", FieldType.SINGLE_CHOICE, LocalizedText.of("Discipline", "具体学科"), null, false, null,
                List.of(new FormField.Option("1.3", LocalizedText.of("Physical sciences", "物理科学"), "natural-sciences"),
                        new FormField.Option("2.2", LocalizedText.of("Electrical engineering", "电气工程"), "engineering")),
                null, null, "fieldOfStudy"));
        fields.add(new FormField("language-certificate", FieldType.FILE, LocalizedText.of("English certificate", "英语证书"), null, false, null,
                null, 100_000L, Set.of("application/pdf")));
        String prefix = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return new CallDefinition(base.programmeCode(), base.code(), prefix, base.title(), base.description(), base.zone(), base.opens(),
                base.closes(), base.status(), base.refereeCount(), base.nominationQuota(), base.tracks(), base.hosts(),
                new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About you", "个人信息"), fields))), """
                [{"type": "documents-present", "id": "documents", "documentTypes": ["cv"]},
                 {"type": "language-certificate", "id": "english", "accepted": ["IELTS", "ENGLISH_MEDIUM_DEGREE"]}]""", reopen);
    }

    static FormField field(String key, FieldType type, boolean required, Integer maxWords) {
        return new FormField(key, type, LocalizedText.of(key, key), null, required, maxWords, null, null, null);
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> answers(String birthDate, String nationality) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("birthDate", birthDate);
        answers.put("nationality", nationality);
        answers.put("track", "PHD");
        answers.put("hosts", List.of("UCAS", "USTC"));
        answers.put("proposal", "Carbon capture in arid soils.");
        return answers;
    }

    /** A draft that only lacks submission: answers, the CV and the referees. */
    static UUID completeDraft(ApplicationIntake applications, UUID callId, Someone applicant, String nationality, int referees) {
        UUID id = applications.start(callId, applicant);
        applications.saveDraft(id, answers("1998-05-04", nationality), applicant);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);
        for (int i = 0; i < referees; i++) {
            applications.inviteReferee(id, "Referee " + i, "referee" + i + "." + System.nanoTime() + "@example.net", "Institute", applicant);
        }
        return id;
    }
}
