package org.ansoplatform.partnerships.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyAccess;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyStatus;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers and requests as JSON: published ones to everyone, a draft to its organization and the Secretariat (404 to
 * anyone else); expressions of interest and introductions to their parties and the Secretariat only, the other side's
 * organization and contacts only once both agreed.
 */
@RestController
@Tag(name = "Technology transfer", description = "Technology offers and requests, expressions of interest and introductions")
public class TechnologyApi {

    public record Item(UUID id, TechnologyKind kind, UUID organizationId, String organization, String organizationType,
            String country, Map<String, String> title, Map<String, String> summary, String inventors, UUID projectId,
            String projectReference, int trl, String trlEvidence, IpStatus ipStatus, String patentNumbers,
            List<TechnologySector> sectors, List<Integer> sdgs, List<String> countries, List<CooperationModel> models,
            BigDecimal budgetMin, BigDecimal budgetMax, String budgetCurrency, TechnologyStatus status, Instant publishedAt,
            LocalDate expiresOn, boolean illustrative, List<Related> related) {
    }

    /** A record the item cites, as the reader may see it: its reference, title and page. */
    @Schema(name = "TechnologyRelated")
    public record Related(String ref, String title, String path) {
    }

    public record Side(UUID organizationId, String organization, String organizationType, String country,
            List<IntroductionCards.Contact> contacts) {
    }

    public record Interest(UUID id, UUID technologyId, TechnologyKind kind, IntroductionStatus status, boolean identitiesShared,
            Side owner, Side interested, AgreementKind agreementKind, Instant createdAt, Instant updatedAt) {
    }

    public record InterestRequest(UUID technologyId, UUID organizationId, String message) {
    }

    private final TechnologyQueries queries;
    private final TechnologyAccess access;
    private final TechnologyPages pages;
    private final IntroductionCards cards;
    private final IntroductionManagement introductions;
    private final CurrentActor currentActor;

    TechnologyApi(TechnologyQueries queries, TechnologyAccess access, TechnologyPages pages, IntroductionCards cards,
            IntroductionManagement introductions, CurrentActor currentActor) {
        this.queries = queries;
        this.access = access;
        this.pages = pages;
        this.cards = cards;
        this.introductions = introductions;
        this.currentActor = currentActor;
    }

    @GetMapping(TechnologyWeb.API + "/offers")
    @Operation(operationId = "listTechnologyOffers", summary = "Published technology offers, filtered by text, sector, least TRL, country and SDG")
    PageResult<Item> offers(@ModelAttribute TechnologyFilter filter, @RequestParam(required = false) Integer size, Locale locale) {
        return list(TechnologyKind.OFFER, filter, size, locale);
    }

    @GetMapping(TechnologyWeb.API + "/requests")
    @Operation(operationId = "listTechnologyRequests", summary = "Published technology requests, filtered like the offers")
    PageResult<Item> requests(@ModelAttribute TechnologyFilter filter, @RequestParam(required = false) Integer size, Locale locale) {
        return list(TechnologyKind.REQUEST, filter, size, locale);
    }

    @GetMapping(TechnologyWeb.API + "/offers/{id}")
    @Operation(operationId = "getTechnologyOffer", summary = "One offer: published to everyone, a draft to its organization and the Secretariat")
    Item offer(@PathVariable UUID id, Locale locale) {
        return one(TechnologyKind.OFFER, id, locale);
    }

    @GetMapping(TechnologyWeb.API + "/requests/{id}")
    @Operation(operationId = "getTechnologyRequest", summary = "One request: published to everyone, a draft to its organization and the Secretariat")
    Item request(@PathVariable UUID id, Locale locale) {
        return one(TechnologyKind.REQUEST, id, locale);
    }

    @GetMapping(TechnologyWeb.API + "/interests")
    @Operation(operationId = "listInterests", summary = "The expressions of interest and introductions the reader is a party to (all of them for the Secretariat), paged")
    PageResult<Interest> interests(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Locale locale) {
        Reader reader = currentActor.reader();
        PageResult<org.ansoplatform.partnerships.IntroductionView> found = access.secretariat(reader)
                ? queries.introductions(java.util.EnumSet.allOf(IntroductionStatus.class), PageRequest.of(page, size))
                : pageOf(queries.introductionsOf(access.organizations(reader)), PageRequest.of(page, size));
        return new PageResult<>(cards.cards(found.items(), reader, locale).stream().map(TechnologyApi::interest).toList(),
                found.page(), found.size(), found.total());
    }

    private static <T> PageResult<T> pageOf(List<T> all, PageRequest page) {
        List<T> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new PageResult<>(items, page.page(), page.size(), all.size());
    }

    @GetMapping(TechnologyWeb.API + "/interests/{id}")
    @Operation(operationId = "getInterest", summary = "One expression of interest, to its parties and the Secretariat")
    Interest interest(@PathVariable UUID id, Locale locale) {
        return cards.card(id, currentActor.reader(), locale).map(TechnologyApi::interest)
                .orElseThrow(() -> new NotFoundException("introduction"));
    }

    @PostMapping(TechnologyWeb.API + "/interests")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "expressInterest", summary = "Expresses the interest of an organization the reader represents in a published offer or request, once")
    ResponseEntity<Interest> express(@RequestBody InterestRequest request, Locale locale) {
        UUID id = introductions.express(request.technologyId(), request.organizationId(), request.message());
        return ResponseEntity.created(URI.create(TechnologyWeb.API + "/interests/" + id)).body(interest(id, locale));
    }

    private PageResult<Item> list(TechnologyKind kind, TechnologyFilter filter, Integer size, Locale locale) {
        TechnologyQueries.Filter f = filter.toQuery();
        Reader reader = currentActor.reader();
        return queries.published(new TechnologyQueries.Filter(kind, f.q(), f.sector(), f.trl(), f.country(), f.sdg()),
                PageRequest.of(filter.pageNumber(), size)).map(t -> item(t, reader, locale));
    }

    private Item one(TechnologyKind kind, UUID id, Locale locale) {
        Reader reader = currentActor.reader();
        return queries.byId(id).filter(t -> t.kind() == kind && access.mayRead(t, reader)).map(t -> item(t, reader, locale))
                .orElseThrow(() -> new NotFoundException("technology"));
    }

    private Item item(TechnologyView t, Reader reader, Locale locale) {
        TechnologyPages.Card card = pages.card(t, reader, locale);
        boolean named = card.organization() != null;
        return new Item(t.id(), t.kind(), named ? t.organizationId() : null, card.organization(), card.organizationType(),
                card.country(), t.title().values(), t.summary().values(), t.inventors(), t.projectId(), t.projectReference(),
                t.trl(), t.trlEvidence(), t.ipStatus(), t.patentNumbers(), t.sectors(), t.sdgs(), t.countries(), t.models(),
                t.budgetMin(), t.budgetMax(), t.budgetCurrency(), t.status(), t.publishedAt(), t.expiresOn(), t.illustrative(),
                pages.related(t, reader, locale).stream().map(r -> new Related(r.ref().toString(), r.title(), r.path())).toList());
    }

    private static Interest interest(IntroductionCards.Card c) {
        return new Interest(c.introduction().id(), c.item().id(), c.item().kind(), c.introduction().status(), c.identitiesShown(),
                side(c.owner(), c.owner().organization() == null ? null : c.item().organizationId()),
                side(c.interested(), c.interested().organization() == null ? null : c.introduction().interestedOrganization()),
                c.introduction().agreementKind(), c.introduction().createdAt(), c.introduction().updatedAt());
    }

    private static Side side(IntroductionCards.Side s, UUID id) {
        return new Side(id, s.organization(), s.type(), s.country(), s.contacts());
    }
}
