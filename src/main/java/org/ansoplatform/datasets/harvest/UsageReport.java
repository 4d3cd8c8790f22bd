package org.ansoplatform.datasets.harvest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.datasets.harvest.UsageStore.MonthLine;
import org.ansoplatform.platform.TableExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usage exports, COUNTER-like: one line per dataset version and month with the four metrics of the Code of
 * Practice for Research Data (Total_Dataset_Investigations, Unique_Dataset_Investigations, Total_Dataset_Requests,
 * Unique_Dataset_Requests), as CSV or as JSON with a report header.
 */
@Component
@Transactional(readOnly = true)
public class UsageReport {

    static final List<String> HEADERS = List.of("Dataset", "Version", "Month", "Total_Dataset_Investigations",
            "Unique_Dataset_Investigations", "Total_Dataset_Requests", "Unique_Dataset_Requests");

    /** One version's four metrics in one month ({@code YYYY-MM}). */
    public record Line(UUID datasetId, UUID versionId, String month, UsageTotals totals) {
    }

    private final UsageStore store;

    UsageReport(UsageStore store) {
        this.store = store;
    }

    /** Every version used in the month, with its metrics, for the curators' page. */
    public List<Line> month(YearMonth month) {
        return store.month(month).stream()
                .map(line -> new Line(line.datasetId(), line.versionId(), line.month().toString(), line.totals())).toList();
    }

    /** One dataset's versions, month by month, for the API. */
    public List<Line> ofDataset(UUID datasetId) {
        return store.ofDatasetByMonth(datasetId).stream()
                .map(line -> new Line(line.datasetId(), line.versionId(), line.month().toString(), line.totals())).toList();
    }

    public byte[] monthCsv(YearMonth month) {
        return csv(store.month(month));
    }

    public byte[] datasetCsv(UUID datasetId) {
        return csv(store.ofDatasetByMonth(datasetId));
    }

    /** The month's report as JSON: a header naming the report, metrics and period, then one item per version. */
    public Map<String, Object> monthJson(YearMonth month) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Report_Name", "Dataset Usage by Month");
        header.put("Release", "COUNTER Code of Practice for Research Data, release 1");
        header.put("Created_By", "ANSO-DataPA");
        header.put("Begin_Date", month.atDay(1).toString());
        header.put("End_Date", month.atEndOfMonth().toString());
        header.put("Exceptions", List.of("Robots excluded by the COUNTER-Robots list; double clicks within 30 seconds counted once"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (MonthLine line : store.month(month)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("Dataset", line.datasetId().toString());
            item.put("Version", line.versionId().toString());
            item.put("Month", line.month().toString());
            item.put("Total_Dataset_Investigations", line.totals().totalInvestigations());
            item.put("Unique_Dataset_Investigations", line.totals().uniqueInvestigations());
            item.put("Total_Dataset_Requests", line.totals().totalRequests());
            item.put("Unique_Dataset_Requests", line.totals().uniqueRequests());
            items.add(item);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("Report_Header", header);
        report.put("Report_Items", items);
        return report;
    }

    private static byte[] csv(List<MonthLine> lines) {
        return TableExport.csv(HEADERS, lines.stream().map(line -> List.<Object>of(line.datasetId(), line.versionId(),
                line.month().toString(), line.totals().totalInvestigations(), line.totals().uniqueInvestigations(),
                line.totals().totalRequests(), line.totals().uniqueRequests())).toList());
    }
}
