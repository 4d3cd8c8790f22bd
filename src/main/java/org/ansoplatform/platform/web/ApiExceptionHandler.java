package org.ansoplatform.platform.web;

import org.ansoplatform.platform.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.platform.ConflictException;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problems for every JSON endpoint, each of a {@link ProblemType}, with an {@code errors} list of field
 * errors in the caller's language ({@link ProblemTitles} adds the rest). Unexpected failures are logged under an
 * incident id that the answer carries, so that a caller's report finds the log line, and are answered without
 * their message.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Map.of("field", "", "message", messages.getMessage(error, locale))));
        ProblemDetail problem = ProblemType.INVALID_INPUT.problem(messages.getMessage("problem.invalid", null, locale));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Refused input, field by field; input that clashes with what is recorded ({@link ConflictException}) is a 409. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, Locale locale) {
        List<Map<String, String>> errors = ex.violations().stream()
                .map(v -> Map.of("field", v.field() == null ? "" : v.field(),
                        "message", messages.getMessage(v.messageKey(), v.args(), locale)))
                .toList();
        ProblemType type = ex instanceof ConflictException ? ProblemType.CONFLICT : ProblemType.INVALID_INPUT;
        ProblemDetail problem = type.problem(messages.getMessage(
                type == ProblemType.CONFLICT ? "problems.conflict.detail" : "problem.invalid", null, locale));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(type.status()).body(problem);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex, Locale locale) {
        long minutes = Math.max(1, ex.retryAfter().toSeconds() / 60 + 1);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
                .body(ProblemType.TOO_MANY_REQUESTS.problem(
                        messages.getMessage("problem.tooManyRequests", new Object[] {minutes}, locale)));
    }

    /** An upload that is no multipart request, or a broken one: the client's fault, said at {@code file}. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException ex, Locale locale) {
        return invalid(new InvalidInputException("file", "error.notMultipart"), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemType.NOT_FOUND.problem(
                messages.getMessage("problem.notFound", null, locale)));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Exception ex, Locale locale) {
        String key = ex instanceof org.ansoplatform.platform.ForbiddenException reason ? reason.messageKey() : "problem.forbidden";
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemType.FORBIDDEN.problem(
                messages.getMessage(key, null, locale)));
    }

    /** Two requests changed the same record at once (a stale version, a lock): the later one may simply retry. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyFailureException ex, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemType.CONFLICT.problem(
                messages.getMessage("error.concurrentChange", null, locale)));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException ex, Locale locale) {
        return ResponseEntity.internalServerError().body(incident(ex, messages.getMessage("problem.internal", null, locale)));
    }

    /** A 500 with a fresh incident id, logged with the failure (the log line also has the request id, from the MDC). */
    static ProblemDetail incident(Throwable failure, String detail) {
        String incident = incidentId();
        log.error("Unexpected failure, incident {}", incident, failure);
        ProblemDetail problem = ProblemType.INTERNAL.problem(detail);
        problem.setProperty("incidentId", incident);
        return problem;
    }

    /** Twelve base32 characters (60 random bits): short enough to read out on the phone, unique enough to grep. */
    static String incidentId() {
        char[] alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
        long bits = RANDOM.nextLong();
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = alphabet[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(id);
    }

    /** Unreadable JSON: which field could not be read, when the parser knows it, without the parser's wording. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(org.springframework.http.converter.HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemType.BAD_REQUEST.problem(messages.getMessage("problem.badRequest", null, locale));
        if (ex.getCause() instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            problem.setProperty("errors", List.of(Map.of("field", field,
                    "message", messages.getMessage(unreadable(jackson), null, locale))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String unreadable(tools.jackson.core.JacksonException jackson) {
        if (jackson instanceof tools.jackson.databind.exc.InvalidFormatException format && format.getValue() instanceof String text
                && !org.ansoplatform.platform.TextInput.storable(text)) {
            return "validation.controlCharacters";
        }
        return jackson instanceof tools.jackson.databind.exc.InvalidNullException ? "validation.listEntryMissing"
                : "problem.unreadableField";
    }

    /**
     * A malformed id in the path names nothing, so it is answered like an unknown one; a parameter that could
     * not be read (a word for a number, a control character in a text) is named with the reason.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (MalformedPathVariables.isPathVariable(ex)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemType.NOT_FOUND.problem(
                    messages.getMessage("problem.notFound", null, locale)));
        }
        if (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException argument) {
            ProblemDetail problem = ProblemType.BAD_REQUEST.problem(messages.getMessage("problem.badRequest", null, locale));
            String reason = ex.getCause() instanceof StorableInput.ControlCharacterRefused
                    || ex.getCause() != null && ex.getCause().getCause() instanceof StorableInput.ControlCharacterRefused
                    ? "validation.controlCharacters" : "problem.unreadableField";
            problem.setProperty("errors", List.of(Map.of("field", argument.getName(), "message", messages.getMessage(reason, null, locale))));
            return ResponseEntity.badRequest().body(problem);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // framework problems (wrong method, media type, missing parameter) keep their status but not their
        // wording, which can echo internal detail: their type's own detail instead
        if (body instanceof ProblemDetail problem && statusCode.is4xxClientError()) {
            ProblemType type = ProblemType.forStatus(statusCode.value());
            problem.setDetail(messages.getMessage(type.detailKey(), null, LocaleContextHolder.getLocale()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
