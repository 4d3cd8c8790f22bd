package org.ansoplatform.partnerships;

import java.util.List;

import org.ansoplatform.partnerships.agreements.AgreementFigures;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.springframework.stereotype.Component;

/** The module's one source of yearly figures (the figures interface wants one per module): the agreements' first. */
@Component
class PartnershipFigures implements FigureSource {

    private final AgreementFigures agreements;

    PartnershipFigures(AgreementFigures agreements) {
        this.agreements = agreements;
    }

    @Override
    public String module() {
        return "partnerships";
    }

    @Override
    public List<Figure> figures(int year) {
        return agreements.figures(year);
    }
}
