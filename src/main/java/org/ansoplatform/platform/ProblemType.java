package org.ansoplatform.platform;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of RFC 9457 problem the platform answers, each with its own page at {@code /problems/{slug}}
 * that its {@code type} URI names. Two kinds share 400: input the server read but refused field by field
 * ({@link #INVALID_INPUT}) and a request it could not read at all ({@link #BAD_REQUEST}).
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    UNPROCESSABLE("unprocessable", HttpStatus.UNPROCESSABLE_CONTENT),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    /** Where the pages of the problem types live, below the platform's base address. */
    public static final String PATH = "/problems/";

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    /** The message key of the type's title, also the heading of its page. */
    public String titleKey() {
        return "problems.type." + slug + ".title";
    }

    /** The message key of the detail said when the handler has nothing more precise. */
    public String detailKey() {
        return "problems.type." + slug + ".detail";
    }

    /** A problem of this type: the relative type is made absolute when the problem is written out. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PATH + slug));
        return problem;
    }

    public URI uri(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + PATH + slug);
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }

    /**
     * The type a problem already names (relative or absolute), else the usual type of its status; a status no
     * type stands for is a client's fault (400) or the server's (500).
     */
    public static ProblemType of(ProblemDetail problem) {
        URI type = problem.getType();
        String path = type == null ? null : type.getPath();
        if (path != null && path.contains(PATH)) {
            Optional<ProblemType> named = bySlug(path.substring(path.lastIndexOf(PATH) + PATH.length()));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return forStatus(problem.getStatus());
    }

    public static ProblemType forStatus(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return BAD_REQUEST;
        }
        return Arrays.stream(values()).filter(type -> type.status.value() == status).findFirst()
                .orElse(status >= 500 ? INTERNAL : BAD_REQUEST);
    }
}
