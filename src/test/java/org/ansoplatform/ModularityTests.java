package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

@Execution(ExecutionMode.CONCURRENT)
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AnsoPlatformApplication.class);

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\| ([^|]*) \\|$");

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void dependenciesFollowTheDocumentedDirections() throws IOException {
        Map<String, Set<String>> documented = directions();
        assertThat(acyclic(documented)).as("the documented directions have no cycle").isTrue();
        List<String> wrong = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            Set<String> allowed = documented.get(name);
            if (allowed == null) {
                wrong.add(name + " is not in the directions table of docs/architecture.md");
                continue;
            }
            module.getDirectDependencies(MODULES).uniqueModules()
                    .map(target -> target.getIdentifier().toString())
                    .filter(target -> !allowed.contains(target))
                    .forEach(target -> wrong.add(name + " uses " + target + ", which its row does not allow"));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }

    /** The "Directions" table; notifications' row ends in words and allows any module whose events it mails. */
    static Map<String, Set<String>> directions() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        String section = doc.substring(doc.indexOf("## Directions"), doc.indexOf("## How a module is built"));
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                String uses = row.group(2).replaceAll("\\(.*?\\)", "").replace("and every module whose events it mails", "");
                rows.put(row.group(1), Arrays.stream(uses.split(",")).map(String::strip)
                        .filter(word -> word.matches("[a-z]+")).collect(Collectors.toSet()));
            }
        }
        Set<String> mailed = MODULES.stream().map(m -> m.getIdentifier().toString())
                .filter(name -> !name.equals("notifications")).collect(Collectors.toSet());
        if (section.contains("every module whose events it mails")) {
            rows.get("notifications").addAll(mailed);
        }
        assertThat(rows).as("directions table").containsKeys("shared", "platform", "calls", "projects", "annualreport");
        return rows;
    }

    private static boolean acyclic(Map<String, Set<String>> graph) {
        Map<String, Set<String>> withoutMail = new LinkedHashMap<>(graph);
        withoutMail.remove("notifications");
        Set<String> done = new HashSet<>();
        for (String start : withoutMail.keySet()) {
            if (!visit(start, withoutMail, new HashSet<>(), done)) {
                return false;
            }
        }
        return true;
    }

    private static boolean visit(String node, Map<String, Set<String>> graph, Set<String> path, Set<String> done) {
        if (done.contains(node)) {
            return true;
        }
        if (!path.add(node)) {
            return false;
        }
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!visit(next, graph, path, done)) {
                return false;
            }
        }
        path.remove(node);
        done.add(node);
        return true;
    }
}
