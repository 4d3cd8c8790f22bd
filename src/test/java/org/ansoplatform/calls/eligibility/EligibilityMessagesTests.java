package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every key the engine can produce is in both bundles; rules and reasons read as real sentences. */
class EligibilityMessagesTests {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ZH = Locale.CHINESE;
    static final LocalDate SEPT_2021 = LocalDate.of(2021, 9, 1);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/eligibility");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    final ResourceBundleMessageSource messages = messages();

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EligibilityMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every message key literal in the engine's source; a literal ending in a dot is a prefix. */
    static Set<String> keysInSource() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(eligibility\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/ansoplatform/calls/eligibility"))) {
            for (Path file : files.toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheEngineCanProduceIsInBothBundles() throws IOException {
        Properties en = bundle("eligibility.properties");
        Properties zh = bundle("eligibility_zh.properties");
        Set<String> needed = new TreeSet<>(ReasonKeys.ARGS.keySet());
        for (String key : keysInSource()) {
            if (key.equals("eligibility.degree.")) {
                for (Degree degree : Degree.values()) {
                    needed.add(key + degree.name());
                }
            } else if (key.equals("eligibility.certificate.")) {
                RuleArbitraries.CERTIFICATES.forEach(kind -> needed.add(key + kind));
            } else if (key.equals("eligibility.document.")) {
                needed.add(key + LanguageCertificate.DOCUMENT_TYPE);
            } else if (!key.endsWith(".")) {
                needed.add(key);
            }
        }
        assertThat(needed).hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        for (String key : needed) {
            if (!en.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!zh.containsKey(key)) {
                missing.add("zh: " + key);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(en.stringPropertyNames()).allMatch(key -> key.startsWith("eligibility."));
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void noMessageWithArgumentsUsesAStraightApostrophe() throws IOException {
        for (String name : List.of("eligibility.properties", "eligibility_zh.properties")) {
            bundle(name).forEach((key, value) -> assertThat(value.toString()).as(name + " " + key).doesNotContain("'"));
        }
    }

    @Test
    void explainsTheAgeLimitAsTheApplicantReadsIt() {
        Reason reason = new AgeLimit("age", 35, SEPT_2021).evaluate(RuleTestFacts.bornOn(LocalDate.of(1985, 6, 1)))
                .reasons().get(0);
        assertThat(Eligibility.explain(reason, messages, EN))
                .isEqualTo("You must be at most 35 years old on 1 September 2021; you will be 36.");
        assertThat(Eligibility.explain(reason, messages, ZH))
                .isEqualTo("您在2021年9月1日的年龄不得超过35周岁；届时您将年满36周岁。");
        assertThat(Eligibility.explain(reason, messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(Eligibility.explain(reason, messages, ZH));
    }

    @Test
    void explainsReasonsWhoseArgumentsCameBackFromStorage() {
        // stored as JSON, a date comes back as text and a number as a long
        Reason stored = new Reason("eligibility.reason.age.tooOld", List.of(35L, "2021-09-01", 36L));
        assertThat(Eligibility.explain(stored, messages, EN))
                .isEqualTo("You must be at most 35 years old on 1 September 2021; you will be 36.");
    }

    @Test
    void anEvaluationStoredAsJsonExplainsAsBefore() {
        List<Rule> rules = RuleJsonTests.scholarship();
        ApplicantFacts facts = new ApplicantFacts(LocalDate.of(1980, 2, 29), "CN", Degree.BACHELOR,
                LocalDate.of(2022, 1, 1), Set.of("cv"), "HSK", true);
        Evaluation evaluation = Eligibility.evaluate(rules, facts);
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        Evaluation stored = mapper.readValue(mapper.writeValueAsString(evaluation), Evaluation.class);
        assertThat(stored.eligible()).isFalse();
        assertThat(stored.failures()).extracting(RuleOutcome::ruleId).isEqualTo(
                evaluation.failures().stream().map(RuleOutcome::ruleId).toList());
        for (Locale locale : List.of(EN, ZH)) {
            assertThat(stored.reasons().stream().map(reason -> Eligibility.explain(reason, messages, locale)).toList())
                    .isEqualTo(evaluation.reasons().stream().map(reason -> Eligibility.explain(reason, messages, locale)).toList());
        }
    }

    @Test
    void namesCountriesDegreesAndCertificatesInTheReadersLanguage() {
        ApplicantFacts facts = new ApplicantFacts(null, "CN", Degree.BACHELOR, LocalDate.of(2022, 7, 1),
                Set.of(), "HSK", false);
        List<Rule> rules = List.of(
                new Nationality("nat", Set.of(), Set.of("CN")),
                new DegreeBy("degree", Degree.MASTER, LocalDate.of(2021, 8, 31)),
                new LanguageCertificate("lang", Set.of("IELTS", "TOEFL")));
        List<Reason> reasons = Eligibility.evaluate(rules, facts).reasons();
        assertThat(reasons.stream().map(reason -> Eligibility.explain(reason, messages, EN))).containsExactly(
                "Nationals of China are excluded from this call.",
                "A master’s degree or higher is required; your highest degree is a bachelor’s degree.",
                "Your degree must be obtained by 31 August 2021; yours is dated 1 July 2022.",
                "Your language qualification (HSK (Chinese proficiency test)) is not accepted; accepted are: IELTS, TOEFL.",
                "The certificate of your language qualification (HSK (Chinese proficiency test)) has not been uploaded.");
        assertThat(reasons.stream().map(reason -> Eligibility.explain(reason, messages, ZH))).containsExactly(
                "中国公民不在本次征集的申请范围内。",
                "须具有硕士学位或更高学位；您的最高学位为学士学位。",
                "学位须在2021年8月31日（含）之前获得；您的学位日期为2022年7月1日。",
                "您声明的语言资格（汉语水平考试（HSK））不被接受；可接受的有：雅思（IELTS）、托福（TOEFL）。",
                "您尚未上传语言资格（汉语水平考试（HSK））的证明材料。");
    }

    @Test
    void describesEveryRuleTypeInBothLanguages() {
        List<Rule> rules = List.of(
                new AgeLimit("age", 35, SEPT_2021),
                new DegreeBy("degree", Degree.MASTER, LocalDate.of(2021, 8, 31)),
                new Nationality("all", Set.of(), Set.of()),
                new Nationality("only", Set.of("PK", "LK"), Set.of()),
                new Nationality("except", Set.of(), Set.of("CN")),
                new Nationality("onlyExcept", Set.of("PK", "LK"), Set.of("LK")),
                new DocumentsPresent("docs", Set.of("cv", "language-certificate")),
                new LanguageCertificate("lang", Set.of("IELTS", "NATIVE_ENGLISH")),
                new NotCurrentAwardee("new"),
                new AllOf("allOf", List.of(new NotCurrentAwardee("a"), new AgeLimit("b", 30, SEPT_2021))),
                new AnyOf("anyOf", List.of(new NotCurrentAwardee("c"), new AgeLimit("d", 30, SEPT_2021))),
                new Not("not", new Nationality("e", Set.of("CN"), Set.of())));
        List<String> english = rules.stream().map(rule -> Eligibility.describe(rule, messages, EN)).toList();
        assertThat(english).containsExactly(
                "Applicants must be at most 35 years old on 1 September 2021.",
                "Applicants must hold a master’s degree or higher, or expect to obtain it, by 31 August 2021.",
                "Applicants of every nationality may apply.",
                "Applicants must be nationals of one of: Sri Lanka, Pakistan.",
                "Applicants of every nationality may apply, except nationals of: China.",
                "Applicants must be nationals of one of: Sri Lanka, Pakistan; nationals of Sri Lanka are excluded.",
                "Applicants must upload these documents: curriculum vitae, language certificate.",
                "Applicants must declare one of these language qualifications and upload its certificate: IELTS, English as first language.",
                "Applicants must not currently hold an ANSO scholarship or fellowship.",
                "All of the following: (1) Applicants must not currently hold an ANSO scholarship or fellowship; "
                        + "(2) Applicants must be at most 30 years old on 1 September 2021.",
                "At least one of the following: (1) Applicants must not currently hold an ANSO scholarship or fellowship; "
                        + "(2) Applicants must be at most 30 years old on 1 September 2021.",
                "The following must not apply: Applicants must be nationals of one of: China.");
        List<String> chinese = rules.stream().map(rule -> Eligibility.describe(rule, messages, ZH)).toList();
        assertThat(chinese.get(0)).isEqualTo("申请人在2021年9月1日的年龄不得超过35周岁。");
        assertThat(chinese.get(4)).isEqualTo("除以下国家或地区的公民外，所有国籍的申请人均可申请：中国。");
        assertThat(chinese.get(10)).isEqualTo("须至少满足以下条件之一：（1）申请人目前不得正在获得 ANSO 奖学金或访问学者资助；"
                + "（2）申请人在2021年9月1日的年龄不得超过30周岁。");
        assertThat(chinese).allSatisfy(text -> assertThat(text).isNotBlank().matches(".*\\p{IsHan}.*")
                .doesNotContain("{").doesNotContain("Applicants"));
    }

    @Test
    void explainsEveryReasonKeyInBothLanguages() {
        ApplicantFacts nothing = ApplicantFacts.none();
        ApplicantFacts awardee = new ApplicantFacts(LocalDate.of(1980, 1, 1), "CN", Degree.BACHELOR,
                LocalDate.of(2030, 1, 1), Set.of(), "DUOLINGO", true);
        List<Rule> rules = List.of(
                new AgeLimit("age", 35, SEPT_2021),
                new DegreeBy("degree", Degree.MASTER, SEPT_2021),
                new Nationality("nat", Set.of("PK"), Set.of()),
                new Nationality("nat2", Set.of(), Set.of("CN")),
                new DocumentsPresent("docs", Set.of("cv")),
                new LanguageCertificate("lang", Set.of("IELTS")),
                new NotCurrentAwardee("new"),
                new AnyOf("any", List.of(new NotCurrentAwardee("new2"), new Not("not", new Nationality("cn", Set.of("CN"), Set.of())))));
        Set<String> produced = new TreeSet<>();
        for (ApplicantFacts facts : List.of(nothing, awardee, new ApplicantFacts(null, null, Degree.DOCTORATE, null,
                Set.of(), "IELTS", false))) {
            for (Reason reason : Eligibility.evaluate(rules, facts).reasons()) {
                produced.add(reason.messageKey());
                for (Locale locale : List.of(EN, ZH)) {
                    String text = Eligibility.explain(reason, messages, locale);
                    assertThat(text).as(reason + " in " + locale).isNotBlank().doesNotContain("{")
                            .isNotEqualTo(reason.messageKey());
                }
            }
        }
        assertThat(produced).isEqualTo(ReasonKeys.ARGS.keySet());
    }

    @Test
    void explainsTheNegatedConditionAndTheFailedAlternatives() {
        Rule notChinese = new Not("not-cn", new Nationality("cn", Set.of("CN"), Set.of()));
        ApplicantFacts chinese = new ApplicantFacts(null, "CN", null, null, null, null, true);
        Reason reason = notChinese.evaluate(chinese).reasons().get(0);
        assertThat(Eligibility.explain(reason, messages, EN))
                .isEqualTo("This must not apply to you, but it does: Applicants must be nationals of one of: China.");
        assertThat(Eligibility.explain(reason, messages, ZH))
                .isEqualTo("以下情况不得适用于您，但您的情况符合：申请人须为以下国家或地区之一的公民：中国。");

        RuleOutcome any = new AnyOf("any", List.of(new NotCurrentAwardee("new"), notChinese)).evaluate(chinese);
        assertThat(Eligibility.explain(any, messages, EN)).containsExactly(
                "None of these 2 alternatives is met:",
                "You currently hold an ANSO scholarship or fellowship, so you cannot apply to this call.",
                "This must not apply to you, but it does: Applicants must be nationals of one of: China.");
    }

    @Test
    void everyRefusalReadsAsASentenceInBothLanguages() throws IOException {
        String deep = "{\"type\":\"not-current-awardee\",\"id\":\"r\"}";
        for (int i = 0; i < RuleJson.MAX_DEPTH; i++) {
            deep = "{\"type\":\"not\",\"id\":\"n" + i + "\",\"rule\":" + deep + "}";
        }
        List<String> bad = List.of("[" + deep + "]","", "[", "{}", "[1]", "[{\"type\":\"x\",\"id\":\"a\"}]", "[{\"id\":\"a\"}]",
                "[{\"type\":\"not-current-awardee\",\"id\":\"a\",\"b\":1}]",
                "[{\"type\":\"age-limit\",\"id\":\"a\",\"maxAge\":\"x\",\"referenceDate\":\"2021-09-01\"}]",
                "[{\"type\":\"age-limit\",\"id\":\"a\",\"maxAge\":-1,\"referenceDate\":\"2021-09-01\"}]",
                "[{\"type\":\"age-limit\",\"id\":\"a\",\"maxAge\":1,\"referenceDate\":\"tomorrow\"}]",
                "[{\"type\":\"degree-by\",\"id\":\"a\",\"degree\":\"PHD\",\"by\":\"2021-09-01\"}]",
                "[{\"type\":\"nationality\",\"id\":\"a\",\"included\":[\"XX\"]}]",
                "[{\"type\":\"documents-present\",\"id\":\"a\",\"documentTypes\":[]}]",
                "[{\"type\":\"all-of\",\"id\":\"a\",\"rules\":[]}]",
                "[{\"type\":\"not-current-awardee\",\"id\":\"a a\"}]",
                "[{\"type\":\"not-current-awardee\",\"id\":\"a\"},{\"type\":\"not-current-awardee\",\"id\":\"a\"}]");
        Set<String> keys = new TreeSet<>();
        for (String json : bad) {
            try {
                Eligibility.fromJson(json);
                throw new AssertionError("accepted " + json);
            } catch (InvalidInputException refusal) {
                for (InvalidInputException.Violation violation : refusal.violations()) {
                    keys.add(violation.messageKey());
                    for (Locale locale : List.of(EN, ZH)) {
                        assertThat(messages.getMessage(violation.messageKey(), violation.args(), locale))
                                .isNotBlank().doesNotContain("{");
                    }
                }
            }
        }
        Set<String> refusalKeys = new TreeSet<>();
        bundle("eligibility.properties").stringPropertyNames().stream()
                .filter(key -> key.startsWith("eligibility.invalid.")).forEach(refusalKeys::add);
        assertThat(keys).isEqualTo(refusalKeys);
        assertThat(messages.getMessage("eligibility.invalid.negativeAge", new Object[] {"a", -1}, EN))
                .isEqualTo("The age limit of rule “a” cannot be negative (-1).");
    }

    @Test
    void anUnknownKeyIsShownRatherThanThrown() {
        assertThat(Eligibility.explain(new Reason("eligibility.reason.gone", List.of()), messages, EN))
                .isEqualTo("eligibility.reason.gone");
    }
}
