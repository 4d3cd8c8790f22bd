package org.ansoplatform.publications.news;

import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;

/** The yearly figures of {@code news} (contracts commit: its part fills them in). */
@Component
public class NewsFigures {

    public List<Figure> figures(int year) {
        return List.of();
    }
}
