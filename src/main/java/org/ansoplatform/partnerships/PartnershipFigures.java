package org.ansoplatform.partnerships;

import java.util.List;

import org.ansoplatform.partnerships.agreements.AgreementFigures;
import org.ansoplatform.partnerships.technology.indexing.TechnologyFigures;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.springframework.stereotype.Component;

/** The module's one source of yearly figures (the figures interface wants one per module): agreements', then the platform's. */
@Component
class PartnershipFigures implements FigureSource {

    private final AgreementFigures agreements;
    private final TechnologyFigures technology;

    PartnershipFigures(AgreementFigures agreements, TechnologyFigures technology) {
        this.agreements = agreements;
        this.technology = technology;
    }

    @Override
    public String module() {
        return "partnerships";
    }

    @Override
    public List<Figure> figures(int year) {
        List<Figure> figures = new java.util.ArrayList<>(agreements.figures(year));
        figures.addAll(technology.figures(year));
        return figures;
    }
}
