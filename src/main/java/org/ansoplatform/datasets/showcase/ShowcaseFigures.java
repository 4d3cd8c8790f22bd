package org.ansoplatform.datasets.showcase;

import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;

/** The yearly figures of {@code showcase} (contracts commit: its part fills them in). */
@Component
public class ShowcaseFigures {

    public List<Figure> figures(int year) {
        return List.of();
    }
}
