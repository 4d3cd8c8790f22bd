package org.ansoplatform.publications.series;

import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;

/** The yearly figures of {@code series} (contracts commit: its part fills them in). */
@Component
public class SeriesFigures {

    public List<Figure> figures(int year) {
        return List.of();
    }
}
