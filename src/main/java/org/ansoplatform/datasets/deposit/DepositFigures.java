package org.ansoplatform.datasets.deposit;

import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;

/** The yearly figures of {@code deposit} (contracts commit: its part fills them in). */
@Component
public class DepositFigures {

    public List<Figure> figures(int year) {
        return List.of();
    }
}
