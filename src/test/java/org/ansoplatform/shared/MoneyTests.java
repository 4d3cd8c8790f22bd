package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void anAmountIsKeptToItsCurrencysMinorUnit() {
        assertThat(Money.of("12.5", "USD").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.of("12.5", "USD").amount().scale()).isEqualTo(2);
        assertThat(Money.of("300", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1200", "CNY")).hasToString("1200.00 CNY");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCurrenciesIso4217ListsAreAccepted() {
        assertThat(Money.isCurrency("EUR")).isTrue();
        assertThat(Money.isCurrency("eur")).isFalse();
        assertThat(Money.isCurrency("XYZ")).isFalse();
        assertThat(Money.isCurrency(null)).isFalse();
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsInDifferentCurrenciesAreNeverAddedOrCompared() {
        Money dollars = Money.of("10", "USD");
        assertThat(dollars.plus(Money.of("2.25", "USD"))).isEqualTo(Money.of("12.25", "USD"));
        assertThat(dollars.minus(Money.of("12", "USD")).isNegative()).isTrue();
        assertThat(dollars.compareTo(Money.of("9.99", "USD"))).isPositive();
        assertThatThrownBy(() -> dollars.plus(Money.of("10", "CNY"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.compareTo(Money.zero("EUR"))).isInstanceOf(IllegalArgumentException.class);
    }
}
