package org.ansoplatform.datasets.deposit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A readable difference between two versions: each metadata field that changed (its old and new value in words, long
 * texts by word with java-diff-utils), and the files added, removed, or changed (same path, other checksum). The files'
 * changes of two stored versions are compared in SQL ({@link DatasetQueries#fileChanges}), at most {@link #FILES_SHOWN}
 * of them, so that versions of tens of thousands of files are never read into memory (decision 259).
 */
public final class VersionDiff {

    /** One changed field: its message key, the old and the new value; {@code inline} marks changed words. */
    public record FieldChange(String field, String before, String after, String inline) {
    }

    /** What happened to a file between the versions. */
    public enum FileChangeKind {
        ADDED, REMOVED, CHANGED
    }

    public record FileChange(String name, FileChangeKind kind) {
    }

    /** {@code more}: there are more changed files than {@link #FILES_SHOWN}. */
    public record Result(List<FieldChange> fields, List<FileChange> files, boolean more) {

        public Result(List<FieldChange> fields, List<FileChange> files) {
            this(fields, files, false);
        }
    }

    /** How many changed files a difference lists. */
    public static final int FILES_SHOWN = 1000;

    private VersionDiff() {
    }

    /** The metadata compared here, the files' changes as {@link DatasetQueries#fileChanges} found them. */
    public static Result between(VersionView from, VersionView to, List<FileChange> fileChanges) {
        List<FileChange> shown = fileChanges.size() > FILES_SHOWN ? fileChanges.subList(0, FILES_SHOWN) : fileChanges;
        return new Result(fields(from, to), List.copyOf(shown), fileChanges.size() > FILES_SHOWN);
    }

    /** Both versions' files given, compared in one pass by path (folder and name). */
    public static Result between(VersionView from, List<FileView> fromFiles, VersionView to, List<FileView> toFiles) {
        Map<String, String> before = fromFiles.stream().collect(Collectors.toMap(f -> f.folder() + f.name(), FileView::sha256, (x, y) -> x));
        Map<String, String> after = toFiles.stream().collect(Collectors.toMap(f -> f.folder() + f.name(), FileView::sha256, (x, y) -> x));
        List<FileChange> files = new ArrayList<>();
        after.forEach((name, sha) -> {
            if (!before.containsKey(name)) {
                files.add(new FileChange(name, FileChangeKind.ADDED));
            } else if (!before.get(name).equals(sha)) {
                files.add(new FileChange(name, FileChangeKind.CHANGED));
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name))
                .forEach(name -> files.add(new FileChange(name, FileChangeKind.REMOVED)));
        files.sort(java.util.Comparator.comparing(FileChange::name));
        return new Result(fields(from, to), files);
    }

    private static List<FieldChange> fields(VersionView from, VersionView to) {
        DatasetMetadata a = from.metadata();
        DatasetMetadata b = to.metadata();
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "titles", a.titles(), b.titles(), t -> t.language() + ": " + t.text());
        field(fields, "descriptions", a.descriptions(), b.descriptions(), t -> t.language() + ": " + t.text());
        field(fields, "creators", a.creators(), b.creators(), DatasetMetadata.Agent::display);
        field(fields, "contributors", a.contributors(), b.contributors(), c -> c.display() + " (" + c.role() + ")");
        field(fields, "subjects", a.subjects(), b.subjects(), DatasetMetadata.Subject::text);
        field(fields, "keywordsShort", a.keywords(), b.keywords(), k -> k);
        field(fields, "sdgs", a.sdgs(), b.sdgs(), n -> "SDG " + n);
        field(fields, "dates", a.dates(), b.dates(), d -> d.date() + " (" + d.type() + ")");
        field(fields, "related", a.related(), b.related(), r -> r.relation() + " " + r.identifier());
        field(fields, "places", a.places(), b.places(), p -> Objects.toString(p.place(), "") + " " + Objects.toString(p.latitude(), ""));
        field(fields, "alternates", a.alternates(), b.alternates(), x -> x.type() + " " + x.identifier());
        field(fields, "language", listOf(a.language()), listOf(b.language()), s -> s);
        field(fields, "licence", listOf(a.licence()), listOf(b.licence()), s -> s);
        field(fields, "versionName", listOf(a.versionName()), listOf(b.versionName()), s -> s);
        field(fields, "project", listOf(a.projectId()), listOf(b.projectId()), Object::toString);
        return fields;
    }

    private static <T> List<T> listOf(T value) {
        return value == null ? List.of() : List.of(value);
    }

    private static <T> void field(List<FieldChange> changes, String field, List<T> a, List<T> b, Function<T, String> words) {
        String before = a.stream().map(words).collect(Collectors.joining("\n"));
        String after = b.stream().map(words).collect(Collectors.joining("\n"));
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before, after, inline(before, after)));
        }
    }

    /** The new text with removed words struck and added words marked, escaped for HTML. */
    private static String inline(String before, String after) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true).mergeOriginalRevised(true)
                .oldTag(open -> open ? "<del>" : "</del>").newTag(open -> open ? "<ins>" : "</ins>").build();
        List<DiffRow> rows = generator.generateDiffRows(List.of(before.split("\n", -1)), List.of(after.split("\n", -1)));
        return rows.stream().map(DiffRow::getOldLine).collect(Collectors.joining("<br>"));
    }
}
