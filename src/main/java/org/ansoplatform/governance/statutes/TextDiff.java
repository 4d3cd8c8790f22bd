package org.ansoplatform.governance.statutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.ansoplatform.governance.DiffSegment;
import org.ansoplatform.governance.DiffSegment.Kind;

/** Word-level differences between two texts (java-diff-utils), as segments a page can mark up safely. */
public final class TextDiff {

    private TextDiff() {
    }

    public static List<DiffSegment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffSegment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Kind.SAME, a.subList(position, start));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Kind.SAME, a.subList(position, a.size()));
        return segments;
    }

    /** Whether the texts differ at all. */
    public static boolean changed(List<DiffSegment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static void add(List<DiffSegment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            DiffSegment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new DiffSegment(kind, text));
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
    }
}
