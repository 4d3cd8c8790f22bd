package org.ansoplatform.datasets;

import java.util.ArrayList;
import java.util.List;

import org.ansoplatform.datasets.deposit.DepositFigures;
import org.ansoplatform.datasets.harvest.UsageFigures;
import org.ansoplatform.datasets.showcase.ShowcaseFigures;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.springframework.stereotype.Component;

/** The module's one source of yearly figures (the figures interface reads one per module): deposit's, usage's, showcases'. */
@Component
class DatasetFigures implements FigureSource {

    private final DepositFigures deposit;
    private final UsageFigures usage;
    private final ShowcaseFigures showcases;

    DatasetFigures(DepositFigures deposit, UsageFigures usage, ShowcaseFigures showcases) {
        this.deposit = deposit;
        this.usage = usage;
        this.showcases = showcases;
    }

    @Override
    public String module() {
        return DatasetsPaths.MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        List<Figure> figures = new ArrayList<>(deposit.figures(year));
        figures.addAll(usage.figures(year));
        figures.addAll(showcases.figures(year));
        return figures;
    }
}
