package org.ansoplatform;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a module is built (docs/architecture.md, "How a module is built"), checked: SQL only in stores and
 * queries, short controllers and services, forms that never bind entities, no status compared as a string,
 * no other module's route written in notifications.
 */
@Execution(ExecutionMode.CONCURRENT)
class ConventionTests {

    /**
     * Classes that may run SQL although they are neither a store nor a queries class, each with its reason.
     * Keep it short: everything else puts its SQL in a {@code *Store} or {@code *Queries}.
     */
    static final Map<String, String> SQL_OUTSIDE_STORES = Map.ofEntries(
            // platform
            Map.entry("org.ansoplatform.platform.database.ModuleMigrations", "runs each module's migrations and grants"),
            Map.entry("org.ansoplatform.platform.database.EmbeddedDatabaseConfiguration", "creates the runtime role of the embedded database"),
            Map.entry("org.ansoplatform.platform.EventRetry", "resubmits incomplete event publications of Modulith's registry"),
            Map.entry("org.ansoplatform.platform.PlatformConfiguration", "ShedLock's lock provider on the data source"),
            // accounts
            // calls
            // review
            // governance
            // meetings
            // other modules
            Map.entry("org.ansoplatform.AnsoPlatformApplication", "nothing: keeps the map's shape when the sections above are empty"));

    /** Pure algorithm cores that stay whole because they are one algorithm, allowed over the size limit. */
    static final Set<String> ALGORITHM_CORES = Set.of(
            "review/assignment/AssignmentSolver.java",
            "review/assignment/AssignmentProblem.java");

    static final int MAX_LINES = 350;

    static final Path MAIN = Path.of("src/main/java/org/ansoplatform");

    @Test
    void sqlRunsOnlyInStoresAndQueries() {
        noClasses().that(new DescribedPredicate<JavaClass>("are neither stores nor queries nor a named exception") {
                    @Override
                    public boolean test(JavaClass type) {
                        String top = topLevel(type).getSimpleName();
                        return !top.endsWith("Store") && !top.endsWith("Queries")
                                && !SQL_OUTSIDE_STORES.containsKey(topLevel(type).getName());
                    }
                })
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .check(ArchitectureTests.CLASSES);
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    @Test
    void formsNeverBindEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<>("take no persistent entity as a parameter") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter parameter : method.getParameters()) {
                            if (parameter.getRawType().isAnnotatedWith(Table.class)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " binds an entity"));
                            }
                        }
                    }
                })
                .check(ArchitectureTests.CLASSES);
    }

    @Test
    void classesStayShortOutsideTheAlgorithmCores() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            long lines = lines(file).size();
            if (lines > MAX_LINES && !ALGORITHM_CORES.contains(relative)) {
                tooLong.add(relative + " (" + lines + " lines)");
            }
        }
        assertThat(tooLong).as("files over %d lines", MAX_LINES).isEmpty();
    }

    /** {@code "ACCEPTED".equals(status)}, {@code status.equals("OPEN")}, {@code case "CLOSED" ->}: use the enum. */
    @Test
    void noStatusIsComparedAsAString() {
        Pattern comparison = Pattern.compile("\"[A-Z][A-Z_]{2,}\"\\s*\\.equals(IgnoreCase)?\\(|\\.equals(IgnoreCase)?\\(\\s*\"[A-Z][A-Z_]{2,}\"\\s*\\)"
                + "|case\\s+\"[A-Z][A-Z_]{2,}\"|[!=]=\\s*\"[A-Z][A-Z_]{2,}\"");
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = comparison.matcher(lines.get(i));
                if (matcher.find()) {
                    found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("status literals compared in Java").isEmpty();
    }

    /** Mail links come from the events (their {@code path}), so a module can rename its pages freely. */
    @Test
    void notificationsWriteNoOtherModulesRoute() {
        Set<String> own = Set.of("/messages", "/admin/outbox", "/unsubscribe/one-click");
        Pattern route = Pattern.compile("\"(/[a-z][^\"]*)\"");
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (!MAIN.relativize(file).toString().startsWith("notifications")) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = route.matcher(lines.get(i));
                while (matcher.find()) {
                    String path = matcher.group(1);
                    if (own.stream().noneMatch(path::startsWith) && !path.startsWith("/api/v1/messages")) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + path);
                    }
                }
            }
        }
        assertThat(found).as("routes of other modules in notifications").isEmpty();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
