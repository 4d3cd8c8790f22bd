package org.ansoplatform.annualreport.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.charts.ChartSvg;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An edition's sections as HTML, from the same fragments the web page and the PDF include
 * ({@code annualreport/sections :: sections}): what freezing stores as the frozen page, served as it is.
 */
@Component
public class SectionsHtml {

    private final ITemplateEngine templates;
    private final ChartSvg charts;

    SectionsHtml(ITemplateEngine templates, ChartSvg charts) {
        this.templates = templates;
        this.charts = charts;
    }

    public String html(EditionModel model) {
        return templates.process("annualreport/sections", Set.of("sections"),
                new Context(model.locale(), Map.of("report", model, "webCharts", webCharts(model))));
    }

    /**
     * The web drawing of every chart of the edition, by block id, for the block fragment (the PDF draws its own,
     * with text as outlines): a frozen page stores them with it, so they are drawn once.
     */
    public Map<UUID, String> webCharts(EditionModel model) {
        Map<UUID, String> drawn = new HashMap<>();
        collect(model.sections(), model, drawn);
        return drawn;
    }

    private void collect(List<EditionModel.Section> sections, EditionModel model, Map<UUID, String> drawn) {
        for (EditionModel.Section section : sections) {
            for (EditionModel.Block block : section.blocks()) {
                if (block.kind() == BlockKind.CHART && block.chart() != null && block.id() != null) {
                    drawn.put(block.id(), charts.web(block.chart(), model.locale()));
                }
            }
            collect(section.children(), model, drawn);
        }
    }
}
