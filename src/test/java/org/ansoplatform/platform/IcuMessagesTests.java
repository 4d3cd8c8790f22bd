package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The platform's messages are formatted by ICU: real plural rules, and every message of every bundle formats. */
class IcuMessagesTests {

    private static final Pattern LEFTOVER = Pattern.compile("\\{\\s*\\d");
    private static final Pattern NUMBERED = Pattern.compile("\\{\\d");
    private static final Pattern BUNDLE = Pattern.compile("([a-z]+)(?:_([a-z]{2,3}))?\\.properties");

    private final IcuMessageSource messages = messages();

    @Test
    void aRussianPluralCountsOneFewAndMany() {
        String pattern = "{0,plural,one{# место} few{# места} many{# мест} other{# места}}";
        Locale russian = Locale.forLanguageTag("ru");
        assertThat(List.of(1, 2, 5, 21, 22, 11).stream().map(n -> format(pattern, russian, n)).toList())
                .containsExactly("1 место", "2 места", "5 мест", "21 место", "22 места", "11 мест");
    }

    @Test
    void choiceAndNumberMessagesStillWork() {
        String choice = "{0,choice,0#No results|1#1 result|1<{0,number,integer} results}";
        assertThat(format(choice, Locale.ENGLISH, 0)).isEqualTo("No results");
        assertThat(format(choice, Locale.ENGLISH, 1)).isEqualTo("1 result");
        assertThat(format(choice, Locale.ENGLISH, 1500)).isEqualTo("1,500 results");
        assertThat(format("{0,number,#.#} points", Locale.ENGLISH, 3.14)).isEqualTo("3.1 points");
    }

    @Test
    void anApostropheIsQuotingOnlyBeforeABrace() {
        assertThat(format("Referee''s name: {0}", Locale.ENGLISH, "Kim")).isEqualTo("Referee's name: Kim");
        assertThat(format("The referee's name: {0}", Locale.ENGLISH, "Kim")).isEqualTo("The referee's name: Kim");
        assertThat(format("l’arbitre {0}", Locale.FRENCH, "Kim")).isEqualTo("l’arbitre Kim");
        assertThat(format("Write '{0}' as it is", Locale.ENGLISH, "Kim")).isEqualTo("Write {0} as it is");
    }

    @Test
    void aDateArgumentIsNeverWrittenInTheUsShortStyle() {
        LocalDate day = LocalDate.of(2021, 10, 13);
        assertThat(format("on {0}", Locale.ENGLISH, day)).isEqualTo("on 13 October 2021");
        assertThat(format("在{0}", Locale.CHINESE, day)).isEqualTo("在2021年10月13日");
        assertThat(format("{0}", Locale.forLanguageTag("ru"), day).replaceAll("\\h", " ")).isEqualTo("13 октября 2021 г.");
        assertThat(format("{0}", Locale.ENGLISH, Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())))
                .doesNotContain("10/13/21").contains("13 October 2021");
    }

    /** Every message of every bundle, in its file's language, with arguments of the kind it asks for. */
    @Test
    void everyMessageOfEveryBundleFormatsWithSampleArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        int formatted = 0;
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            var name = BUNDLE.matcher(resource.getFilename());
            if (!name.matches()) {
                continue;
            }
            Locale locale = name.group(2) == null ? Locale.ENGLISH : Locale.forLanguageTag(name.group(2));
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (!NUMBERED.matcher(text).find() && !key.startsWith("mail.")) {
                    continue; // shown as written, or a Bean Validation text with {max}: not MessageFormat's
                }
                for (int count : new int[] {1, 2, 5, 21}) {
                    try {
                        String shown = messages.getMessage(key, sampleArguments(text, count), locale);
                        formatted++;
                        if (LEFTOVER.matcher(shown).find()) {
                            problems.add(resource.getFilename() + ": " + key + " leaves a placeholder: " + shown);
                        }
                    } catch (RuntimeException e) {
                        problems.add(resource.getFilename() + ": " + key + " fails: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(formatted).isGreaterThan(1000);
        assertThat(problems).isEmpty();
    }

    /** One argument per placeholder: a count where the pattern counts, a date where it dates, else a word. */
    static Object[] sampleArguments(String text, int count) {
        MessagePattern pattern = new MessagePattern(text);
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.Part number = pattern.getPart(i + 1);
            if (number.getType() != MessagePattern.Part.Type.ARG_NUMBER) {
                throw new IllegalArgumentException("named argument in " + text);
            }
            Object sample = switch (part.getArgType()) {
                case CHOICE, PLURAL, SELECTORDINAL -> count;
                case SELECT -> "other";
                case SIMPLE -> switch (pattern.getSubstring(pattern.getPart(i + 2))) {
                    case "date", "time" -> new Date(1634133600000L);
                    default -> count;
                };
                default -> "Word";
            };
            while (args.size() <= number.getValue()) {
                args.add(null);
            }
            if (args.get(number.getValue()) == null || sample instanceof Number) {
                args.set(number.getValue(), sample);
            }
        }
        args.replaceAll(arg -> arg == null ? "Word" : arg);
        return args.toArray();
    }

    private String format(String pattern, Locale locale, Object... args) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"test.none"}, args, pattern), locale);
    }

    private static IcuMessageSource messages() {
        try {
            return IcuMessageSource.fromClassPath(IcuMessagesTests.class.getClassLoader());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
