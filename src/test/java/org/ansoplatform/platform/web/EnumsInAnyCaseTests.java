package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

class EnumsInAnyCaseTests {

    @Test
    void anEnumIsReadInAnyCaseAndBlankIsNone() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        conversions.addConverterFactory(new EnumsInAnyCase());
        assertThat(conversions.convert(" monday ", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(conversions.convert("Friday", DayOfWeek.class)).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(conversions.convert("  ", DayOfWeek.class)).isNull();
        assertThatThrownBy(() -> conversions.convert("someday", DayOfWeek.class)).isInstanceOf(ConversionFailedException.class);
    }
}
