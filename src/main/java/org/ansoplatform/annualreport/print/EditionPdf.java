package org.ansoplatform.annualreport.print;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.charts.ChartSvg;
import org.ansoplatform.annualreport.render.EditionModel;
import org.ansoplatform.platform.PdfRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The print PDF of an edition in one language, from the same model and section fragments as the web edition:
 * cover, contents with page numbers, running headers, embedded fonts for every script, PDF/A (platform's
 * {@link PdfRenderer}). Charts are the print SVG of each CHART block (text as outlines), drawn as vectors.
 */
@Component
public class EditionPdf {

    /** The Secretariat's time zone: a draft is "as of" the day it is in Beijing. */
    static final ZoneId SECRETARIAT = ZoneId.of("Asia/Shanghai");

    private final PdfRenderer renderer;
    private final ChartSvg charts;

    EditionPdf(PdfRenderer renderer, ChartSvg charts) {
        this.renderer = renderer;
        this.charts = charts;
    }

    /** A draft, or any edition whose charts were not stored: each chart drawn now from its spec. */
    public byte[] render(EditionModel model) {
        Map<UUID, String> drawn = new HashMap<>();
        forEachChart(model.sections(), block -> drawn.put(block.id(), charts.print(block.chart(), model.locale())));
        return render(model, drawn);
    }

    /**
     * A frozen edition with the print SVG that freezing stored for each CHART block (by block id), so that the PDF
     * shows the very drawing the Board approved; a block without one is drawn now.
     */
    public byte[] render(EditionModel model, Map<UUID, String> printCharts) {
        Map<UUID, String> all = new LinkedHashMap<>(printCharts);
        forEachChart(model.sections(), block -> all.computeIfAbsent(block.id(), id -> charts.print(block.chart(), model.locale())));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(model.locale());
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", model);
        // the PDF's accessibility layer reads a drawing's text from "alt"; the SVG's own title says the same
        all.replaceAll((id, svg) -> svg.replaceFirst("<svg ",
                java.util.regex.Matcher.quoteReplacement("<svg alt=\"" + HtmlUtils.htmlEscape(altOf(model, id), "UTF-8") + "\" ")));
        variables.put("charts", all);
        variables.put("decidedOn", model.decidedOn() == null ? null : dates.format(model.decidedOn()));
        variables.put("asOf", model.asOf() == null ? null : dates.format(model.asOf().atZone(SECRETARIAT)));
        return renderer.render("annualreport/print", variables, model.locale());
    }

    private static String altOf(EditionModel model, UUID blockId) {
        String[] title = {""};
        forEachChart(model.sections(), block -> {
            if (block.id().equals(blockId) && block.chart().title() != null) {
                title[0] = block.chart().title();
            }
        });
        return title[0];
    }

    private static void forEachChart(List<EditionModel.Section> sections, java.util.function.Consumer<EditionModel.Block> action) {
        for (EditionModel.Section section : sections) {
            for (EditionModel.Block block : section.blocks()) {
                if (block.kind() == BlockKind.CHART && block.chart() != null && block.id() != null) {
                    action.accept(block);
                }
            }
            forEachChart(section.children(), action);
        }
    }
}
