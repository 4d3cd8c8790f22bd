package org.ansoplatform.datasets.harvest;

import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;

/** The yearly figures of {@code harvest} (contracts commit: its part fills them in). */
@Component
public class UsageFigures {

    public List<Figure> figures(int year) {
        return List.of();
    }
}
