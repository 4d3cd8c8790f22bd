package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountryNamesTests {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void everyCodeTheJdkAssignsHasARowInTheFile() {
        for (String code : CountryCode.all()) {
            String english = CountryNames.name(code, Locale.ENGLISH);
            String chinese = CountryNames.name(code, CHINESE);
            assertThat(english).as(code).isNotBlank().isNotEqualTo(code);
            assertThat(chinese).as(code).isNotBlank().isNotEqualTo(english);
            assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(code + " " + chinese).isTrue();
        }
    }

    @Test
    void englishIsTheIsoShortName() {
        assertThat(new CountryCode("KR").displayName(Locale.ENGLISH)).isEqualTo("Korea, Republic of");
        assertThat(CountryCode.name("VN", Locale.UK)).isEqualTo("Viet Nam");
        assertThat(CountryCode.name("PK", Locale.ENGLISH)).isEqualTo("Pakistan");
    }

    @Test
    void chineseIsTheFilesFormWithTheOfficialFormsForHongKongMacaoAndTaiwan() {
        assertThat(CountryCode.name("KR", CHINESE)).isEqualTo("大韩民国");
        assertThat(CountryCode.name("KR", Locale.CHINESE)).isEqualTo("大韩民国");
        assertThat(CountryCode.name("HK", CHINESE)).isEqualTo("中国香港");
        assertThat(CountryCode.name("MO", CHINESE)).isEqualTo("中国澳门");
        assertThat(CountryCode.name("TW", CHINESE)).isEqualTo("中国台湾");
        assertThat(CountryCode.name("CN", CHINESE)).isEqualTo("中国");
    }

    @Test
    void otherLanguagesComeFromTheJdksCldr() {
        assertThat(CountryCode.name("KR", Locale.FRENCH)).isEqualTo("Corée du Sud");
        assertThat(CountryCode.name("DE", Locale.FRENCH)).isEqualTo("Allemagne");
        assertThat(CountryCode.name("DE", Locale.forLanguageTag("es"))).isEqualTo("Alemania");
        assertThat(CountryCode.name("DE", Locale.forLanguageTag("ru"))).isEqualTo("Германия");
    }

    @Test
    void blankGivesNothingAndAnUnknownCodeComesBackAsItIs() {
        assertThat(CountryCode.name(null, Locale.ENGLISH)).isEmpty();
        assertThat(CountryCode.name(" ", Locale.ENGLISH)).isEmpty();
        assertThat(CountryCode.name("XX", Locale.ENGLISH)).isEqualTo("XX");
        assertThat(CountryCode.name("pk", Locale.ENGLISH)).isEqualTo("Pakistan");
    }

    @Test
    void aCountryIsFoundByItsIsoOrItsCommonEnglishName() {
        assertThat(CountryNames.byEnglishName("Viet Nam")).isEqualTo("VN");
        assertThat(CountryNames.byEnglishName("vietnam")).isEqualTo("VN");
        assertThat(CountryNames.byEnglishName("Korea, Republic of")).isEqualTo("KR");
        assertThat(CountryNames.byEnglishName("South Korea")).isEqualTo("KR");
        assertThat(CountryNames.byEnglishName("Atlantis")).isNull();
    }
}
