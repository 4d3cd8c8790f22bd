package org.ansoplatform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ansoplatform.search.text.Highlighter;
import org.ansoplatform.search.text.TextSearch;
import org.ansoplatform.search.text.Tokens;
import org.junit.jupiter.api.Test;

class TokensTests {

    @Test
    void wordsAreFoldedAndChineseIsCutIntoOverlappingBigrams() {
        assertThat(Tokens.all("Ürümqi FORUM, 2021")).containsExactly("urumqi", "forum", "2021");
        assertThat(Tokens.all("塔克拉玛干沙漠论坛")).containsExactly("塔克", "克拉", "拉玛", "玛干", "干沙", "沙漠", "漠论", "论坛");
        assertThat(Tokens.all("ANSO 青年科学家 forum 会")).containsExactly("anso", "青年", "年科", "科学", "学家", "forum", "会");
        assertThat(Tokens.plainWords("ANSO 青年 Café")).isEqualTo("anso cafe");
    }

    @Test
    void queriesAreLiteralsWithChineseAsPhrasesAndTheLastWordAsAPrefix() {
        assertThat(TextSearch.query("desert foru")).isEqualTo("'desert' & 'foru':*");
        assertThat(TextSearch.query("desert forum ")).isEqualTo("'desert' & 'forum'");
        assertThat(TextSearch.query("沙漠论坛")).isEqualTo("('沙漠' <-> '漠论' <-> '论坛')");
        assertThat(TextSearch.query("沙")).isEqualTo("'沙':*");
        assertThat(TextSearch.query("it's a \\ test")).isEqualTo("'it' & 's' & 'a' & 'test':*");
        assertThat(TextSearch.vector(List.of("Desert forum"), List.of("l'été"))).isEqualTo("'desert':1A 'forum':2A 'l':3B 'ete':4B ");
    }

    @Test
    void highlightsMarkWordsInAnyCaseAndAccentAndChineseStretches() {
        assertThat(new Highlighter("urumqi", false).mark("Forum in Ürümqi.").html()).isEqualTo("Forum in <mark>Ürümqi</mark>.");
        assertThat(new Highlighter("沙漠", false).mark("塔克拉玛干沙漠论坛").html()).isEqualTo("塔克拉玛干<mark>沙漠</mark>论坛");
        assertThat(new Highlighter("taklimakn", true).mark("Taklimakan desert").html()).isEqualTo("<mark>Taklimakan</mark> desert");
        assertThat(new Highlighter("taklimakn", false).mark("Taklimakan desert").marked()).isFalse();
        assertThat(new Highlighter("x", false).mark("<b>x</b>").html()).isEqualTo("&lt;b&gt;<mark>x</mark>&lt;/b&gt;");
        String long_ = "word ".repeat(100) + "needle " + "word ".repeat(100);
        assertThat(new Highlighter("needle", false).snippet(long_, 120).html()).startsWith("… ").contains("<mark>needle</mark>").endsWith(" …");
    }
}
