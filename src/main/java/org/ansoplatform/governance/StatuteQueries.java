package org.ansoplatform.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.statutes.StatuteStore;
import org.ansoplatform.governance.statutes.TextDiff;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Statutes: every version with its articles, comparisons with word-level differences, and amendments. */
@Service
@Transactional(readOnly = true)
public class StatuteQueries {

    private final StatuteStore store;

    StatuteQueries(StatuteStore store) {
        this.store = store;
    }

    public List<VersionView> versions() {
        return store.versions();
    }

    /** The version in force: the highest number. */
    public Optional<VersionView> current() {
        return store.current();
    }

    public VersionView version(int number) {
        return store.version(number).orElseThrow(() -> new NotFoundException("statute version"));
    }

    public List<ArticleView> articles(int number) {
        return store.articles(number);
    }

    public Optional<ArticleView> article(int version, String number) {
        return articles(version).stream().filter(a -> a.number().equals(number)).findFirst();
    }

    /** Every article of two versions side by side, with word-level differences from the first to the second. */
    public List<ArticleComparison> compare(int from, int to) {
        version(from);
        version(to);
        Map<String, ArticleView> before = new LinkedHashMap<>();
        articles(from).forEach(a -> before.put(a.number(), a));
        Map<String, ArticleView> after = new LinkedHashMap<>();
        articles(to).forEach(a -> after.put(a.number(), a));
        List<String> numbers = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(n -> !after.containsKey(n)).forEach(numbers::add);
        numbers.sort(Comparator.comparing(StatuteQueries::sortKey));
        List<ArticleComparison> rows = new ArrayList<>();
        for (String n : numbers) {
            rows.add(comparison(n, before.get(n), after.get(n)));
        }
        return rows;
    }

    public Optional<AmendmentView> amendment(UUID id) {
        return id == null ? Optional.empty() : store.amendment(id);
    }

    public List<AmendmentView> amendments() {
        return store.amendments();
    }

    /** The amendment as differences against the text it would replace in its base version. */
    public ArticleComparison amendmentDiff(UUID id) {
        AmendmentView amendment = amendment(id).orElseThrow(() -> new NotFoundException("amendment"));
        ArticleView before = article(amendment.baseVersion(), amendment.articleNumber()).orElse(null);
        ArticleView after = new ArticleView(amendment.articleNumber(), before == null ? 0 : before.position(),
                amendment.heading(), amendment.body());
        return comparison(amendment.articleNumber(), before, after);
    }

    /** Orders 8 before 8.3 before 9 and 10 after 9. */
    public static int sortKey(String number) {
        String[] parts = number.split("\\.");
        int key = 0;
        for (int i = 0; i < 3; i++) {
            key = key * 1000 + (i < parts.length ? Integer.parseInt(parts[i]) : 0);
        }
        return key;
    }

    private static ArticleComparison comparison(String number, ArticleView before, ArticleView after) {
        List<DiffSegment> heading = TextDiff.of(before == null ? null : before.heading(), after == null ? null : after.heading());
        List<DiffSegment> body = TextDiff.of(before == null ? null : before.body(), after == null ? null : after.body());
        return new ArticleComparison(number, before, after, heading, body, TextDiff.changed(heading) || TextDiff.changed(body));
    }
}
