package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A text written once is keyed by the configured language its script belongs to, never by guessing words. */
class UntranslatedTests {

    static final Languages FIVE = new Languages(List.of("en", "zh", "ru", "es", "fr"));

    @Test
    void chineseIsChineseCyrillicIsRussianAndLatinIsTheFirstLanguageThatWritesIt() {
        assertThat(Untranslated.languageOf("中国科学院微生物研究所", FIVE)).isEqualTo("zh");
        assertThat(Untranslated.languageOf("Российская академия наук", FIVE)).isEqualTo("ru");
        assertThat(Untranslated.languageOf("Instituto Argentino de Radioastronomía", FIVE)).isEqualTo("en");
        assertThat(Untranslated.languageOf("Instituto Argentino", new Languages(List.of("es", "en")))).isEqualTo("es");
    }

    @Test
    void theMostFrequentScriptDecidesAndAScriptNoConfiguredLanguageWritesFallsBack() {
        assertThat(Untranslated.languageOf("ANSO 2021 年度报告：塔克拉玛干沙漠论坛", FIVE)).isEqualTo("zh");
        assertThat(Untranslated.languageOf("Taklimakan Desert Forum 沙漠", FIVE)).isEqualTo("en");
        assertThat(Untranslated.languageOf("الأكاديمية", FIVE)).isEqualTo("en");
        assertThat(Untranslated.languageOf("2021", FIVE)).isEqualTo("en");
        assertThat(Untranslated.languageOf(null, new Languages(List.of("zh", "en")))).isEqualTo("zh");
    }

    @Test
    void partsAreJoinedPerLanguageAndBlankOnesLeftOut() {
        assertThat(Untranslated.of(FIVE, "Minutes of the meeting", null, " ", "会议纪要", "Agenda").values())
                .containsOnly(java.util.Map.entry("en", "Minutes of the meeting\nAgenda"), java.util.Map.entry("zh", "会议纪要"));
    }
}
