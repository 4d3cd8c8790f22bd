package org.ansoplatform.publications;

import java.util.ArrayList;
import java.util.List;

import org.ansoplatform.publications.news.NewsFigures;
import org.ansoplatform.publications.series.SeriesFigures;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.springframework.stereotype.Component;

/** The module's one source of yearly figures (the figures interface reads one per module): the series', then news'. */
@Component
class PublicationFigures implements FigureSource {

    private final SeriesFigures series;
    private final NewsFigures news;

    PublicationFigures(SeriesFigures series, NewsFigures news) {
        this.series = series;
        this.news = news;
    }

    @Override
    public String module() {
        return PublicationsPaths.MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        List<Figure> figures = new ArrayList<>(series.figures(year));
        figures.addAll(news.figures(year));
        return figures;
    }

    // issue 24 part A: the series' scope (series=ID); news has none
    @Override
    public java.util.Optional<List<Figure>> figures(int year, org.ansoplatform.shared.FigureScope scope) {
        return series.figures(year, scope);
    }

    @Override
    public List<String> scopeKinds() {
        return List.of(SeriesFigures.SERIES_SCOPE);
    }

    @Override
    public List<org.ansoplatform.shared.FigureScope.Choice> scopes(int year) {
        return series.scopes();
    }
}
