package org.ansoplatform.publications.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.ProofOfWork;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.publications.NewsletterStatus;
import org.ansoplatform.publications.NewsletterView;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * News and subscriptions as JSON: published articles to everyone; asking for the newsletter (double opt-in: the
 * confirmation link is mailed; anonymous callers solve the proof of work); the Secretariat reads the subscribers'
 * counts and the newsletters' sending progress, never the addresses.
 */
@RestController
@Tag(name = "News", description = "News articles, newsletter subscriptions and sending progress")
public class NewsApi {

    public record Article(UUID id, Map<String, String> title, Map<String, String> summary, Map<String, String> body,
            NewsCategory category, LocalDate date, String dateNote, String imagePath, String path, Instant publishedAt) {
    }

    public record SubscriptionRequest(String email, String language,
            @Schema(description = "Anonymous callers only: the solved challenge of GET /api/v1/proof-of-work/challenge")
            String altcha) {
    }

    public record Accepted(String status) {
    }

    @Schema(name = "NewsletterIssue")
    public record Issue(UUID id, int number, LocalDate date, Map<String, String> title, NewsletterStatus status, long sent,
            long failed, long total, Instant sendStartedAt, Instant sentAt) {
    }

    public record Counts(Map<String, Long> subscribers, List<Issue> newsletters) {
    }

    private final NewsQueries queries;
    private final SubscriptionManagement subscriptions;
    private final ProofOfWork proofOfWork;

    NewsApi(NewsQueries queries, SubscriptionManagement subscriptions, ProofOfWork proofOfWork) {
        this.queries = queries;
        this.subscriptions = subscriptions;
        this.proofOfWork = proofOfWork;
    }

    @GetMapping(NewsWeb.API)
    @Operation(operationId = "listNews", summary = "Published news articles, newest first, of one category or all, paged; texts are language maps")
    PageResult<Article> list(@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.published(NewsPages.category(category), PageRequest.of(page, size)).map(NewsApi::article);
    }

    @GetMapping(NewsWeb.API + "/{id}")
    @Operation(operationId = "getNewsArticle", summary = "One published news article (a draft is not found)")
    Article one(@PathVariable UUID id) {
        return queries.published(id).map(NewsApi::article).orElseThrow(() -> new NotFoundException("news"));
    }

    @PostMapping(NewsWeb.SUBSCRIPTIONS)
    @ApiResponse(responseCode = "202", description = "Accepted: the confirmation link is mailed")
    @ApiResponse(responseCode = "429", description = "Too many attempts for this address: try again after Retry-After seconds")
    @Operation(operationId = "subscribeToNewsletter", summary = "Ask for the newsletter at an address, in a language: a confirmation link is mailed (double opt-in). "
            + "The answer is the same whether or not the address was subscribed.")
    ResponseEntity<Accepted> subscribe(@RequestBody SubscriptionRequest request, Locale locale) {
        proofOfWork.check(request.altcha());
        subscriptions.request(request.email(), request.language() == null ? locale.getLanguage() : request.language());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(NewsWeb.NEWSLETTERS + "/subscribe/sent"))
                .body(new Accepted("confirmation-sent"));
    }

    @GetMapping("/api/v1/secretariat/subscriptions")
    @Operation(operationId = "countSubscriptions", summary = "Subscribers by state and each newsletter's sending progress (Secretariat); no address is given")
    Counts counts(Locale locale) {
        return new Counts(subscriptions.counts(), queries.newsletters().stream().map(n -> issue(n, locale)).toList());
    }

    static Article article(NewsView n) {
        return new Article(n.id(), n.title().values(), n.summary().values(), n.body().values(), n.category(), n.date(),
                n.dateNote(), n.imagePath(), n.path(), n.publishedAt());
    }

    private static Issue issue(NewsletterView n, Locale locale) {
        return new Issue(n.id(), n.number(), n.date(), n.title().values(), n.status(), n.sent(), n.failed(), n.total(), n.sendStartedAt(),
                n.sentAt());
    }
}
