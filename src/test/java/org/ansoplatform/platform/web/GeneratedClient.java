package org.ansoplatform.platform.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * A Java client of the platform's API made by openapi-generator (generator “java”, library “native”: java.net.http
 * and Jackson 2, nothing else), compiled by the JDK's own compiler and loaded. The test drives it by reflection,
 * as its classes exist only after generation; {@code tools/generate-client.sh} runs {@link #main} for integrators.
 */
public final class GeneratedClient {

    public static final String PACKAGE = "org.ansoplatform.client";
    public static final String API_PACKAGE = PACKAGE + ".api";
    public static final String MODEL_PACKAGE = PACKAGE + ".model";

    /**
     * What the client's sources need on the class path besides the JDK, as parts of a jar's path: those of the pom.xml
     * the generator writes (httpmime for the two multipart operations, with its httpclient and httpcore).
     */
    static final List<String> CLIENT_DEPENDENCIES = List.of("/com/fasterxml/jackson/", "/org/openapitools/jackson-databind-nullable/",
            "/jakarta/annotation/jakarta.annotation-api/", "/com/google/code/findbugs/jsr305/",
            "/org/apache/httpcomponents/httpmime/", "/org/apache/httpcomponents/httpclient/",
            "/org/apache/httpcomponents/httpcore/");

    private GeneratedClient() {
    }

    /**
     * Generates the client of the document {@code spec} into {@code out}. With {@code project} it is a whole Maven and
     * Gradle project with its README and model docs, as an integrator wants it; without, only the Java sources.
     */
    public static List<File> generate(Path spec, Path out, boolean project) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toString())
                .setOutputDir(out.toString())
                .setInvokerPackage(PACKAGE)
                .setApiPackage(API_PACKAGE)
                .setModelPackage(MODEL_PACKAGE)
                .setGroupId("org.ansoplatform")
                .setArtifactId("anso-platform-client")
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("dateLibrary", "java8")
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("openApiNullable", true)
                .addAdditionalProperty("annotationLibrary", "none")
                .addAdditionalProperty("sourceFolder", "src/main/java")
                // an enum inline in an array of unique items (Me.roles) makes the native templates loop over the set's
                // enums as strings (“RolesEnum cannot be converted to String”); as models of their own they compile
                .setInlineSchemaOptions(Map.of("RESOLVE_INLINE_ENUMS", "true"));
        if (!project) {
            configurator.setOpenapiGeneratorIgnoreList(Set.of("docs/**", "api/**", "*.md", "*.gradle", "gradle/**",
                    "gradle*", "pom.xml", "build.sbt", ".travis.yml", "git_push.sh", ".github/**", ".gitignore",
                    "src/test/**", "src/main/AndroidManifest.xml"));
        }
        DefaultGenerator generator = new DefaultGenerator();
        // tests of a generated client would only test the generator
        generator.setGeneratorPropertyDefault("apiTests", "false");
        generator.setGeneratorPropertyDefault("modelTests", "false");
        generator.setGeneratorPropertyDefault("apiDocs", Boolean.toString(project));
        generator.setGeneratorPropertyDefault("modelDocs", Boolean.toString(project));
        generator.setGenerateMetadata(project);
        try {
            return generator.opts(configurator.toClientOptInput()).generate();
        } finally {
            GlobalSettings.reset();
        }
    }

    /** Compiles every Java source under {@code sources} into {@code classes}; answers the errors, none when it compiled. */
    public static List<String> compile(Path sources, Path classes, String classPath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            List<File> java = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toFile).toList();
            if (java.isEmpty()) {
                return List.of("no Java source under " + sources);
            }
            Files.createDirectories(classes);
            List<String> options = List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none", "-Xlint:none",
                    "-nowarn", "-encoding", "UTF-8", "--release", "17");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(java))
                    .call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                    .map(diagnostic -> (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                            + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(Locale.ROOT))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (!compiled && errors.isEmpty()) {
                errors.add("javac failed without an error diagnostic");
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entries of a class path that the client needs: Jackson 2 with its Java time module, JsonNullable and the
     * annotations. Compiling against these alone shows the client does not lean on anything of the platform's.
     */
    public static String clientClassPath(String classPath) {
        return Stream.of(classPath.split(File.pathSeparator))
                .filter(entry -> CLIENT_DEPENDENCIES.stream().anyMatch(part -> entry.replace('\\', '/').contains(part)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A loader of the compiled client; its parent provides Jackson 2 and the rest of its dependencies. */
    public static URLClassLoader load(Path classes, ClassLoader parent) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name openapi-generator gives the API class of a tag: “Call applications” becomes CallApplicationsApi. */
    public static String apiClass(String tag) {
        StringBuilder name = new StringBuilder(API_PACKAGE).append('.');
        for (String word : tag.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.append("Api").toString();
    }

    /**
     * Calls the generated method of an operation (its name is the operation id without the characters Java refuses)
     * with {@code arguments} in order and for every further parameter null or an empty filter; the overload with the fewest parameters
     * that fit is chosen, as newer generators add one with a map of extra headers. Throws what the client threw.
     */
    public static Object call(Object api, String operationId, Object... arguments) throws Throwable {
        String name = operationId.replaceAll("[^A-Za-z0-9]", "");
        Method method = Stream.of(api.getClass().getMethods())
                .filter(candidate -> candidate.getName().equalsIgnoreCase(name))
                .filter(candidate -> candidate.getParameterCount() >= arguments.length)
                .min(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new AssertionError("no method " + name + " in " + api.getClass().getName() + ": "
                        + Stream.of(api.getClass().getDeclaredMethods()).map(Method::getName).sorted().toList()));
        Object[] values = new Object[method.getParameterCount()];
        System.arraycopy(arguments, 0, values, 0, arguments.length);
        for (int i = arguments.length; i < values.length; i++) {
            values[i] = emptyModel(method.getParameterTypes()[i]);
        }
        try {
            return method.invoke(api, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * An empty filter for a model parameter, else null: the document marks the filter object of a list
     * ({@code @ModelAttribute}) required, so the client refuses null before it sends anything.
     */
    static Object emptyModel(Class<?> type) throws ReflectiveOperationException {
        if (type.isEnum() || !type.getName().startsWith(MODEL_PACKAGE + ".")) {
            return null;
        }
        return type.getConstructor().newInstance();
    }

    /** A getter of a generated model or exception, by its property name. */
    public static Object get(Object bean, String property) {
        try {
            return bean.getClass().getMethod("get" + Character.toUpperCase(property.charAt(0)) + property.substring(1))
                    .invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no property " + property + " on " + bean.getClass().getName(), e);
        }
    }

    /**
     * Generates a client project from a saved {@code /v3/api-docs} document: {@code GeneratedClient openapi.json
     * out-folder}. Run by {@code tools/generate-client.sh} on the test class path.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GeneratedClient <openapi.json> <output folder>");
            System.exit(2);
        }
        List<File> files = generate(Path.of(args[0]), Path.of(args[1]), true);
        System.out.println(files.size() + " files generated in " + Path.of(args[1]).toAbsolutePath());
    }
}
