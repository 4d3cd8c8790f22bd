package org.ansoplatform.datasets.harvest;

import java.net.URI;
import java.time.Duration;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The repository's settings ({@code anso.datasets.oai.*}): the records per page, how long a resumption token lasts,
 * the administrator's address Identify names, and the DataCite data centre symbol of the {@code oai_datacite} wrapper.
 * The base URL is the platform's public address ({@code anso.base-url}) followed by {@code /oai}; the identifiers'
 * namespace is its host.
 */
@Component
public class OaiSettings {

    private final String baseUrl;
    private final String host;
    private volatile int pageSize;
    private final Duration tokenLifetime;
    private final String adminEmail;
    private final String datacentreSymbol;

    OaiSettings(Environment environment) {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        this.baseUrl = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/oai";
        String parsed = URI.create(base).getHost();
        this.host = parsed == null ? "localhost" : parsed;
        this.pageSize = environment.getProperty("anso.datasets.oai.page-size", Integer.class, 100);
        this.tokenLifetime = environment.getProperty("anso.datasets.oai.token-lifetime", Duration.class, Duration.ofHours(24));
        this.adminEmail = environment.getProperty("anso.datasets.oai.admin-email", "datapa@example.org");
        this.datacentreSymbol = environment.getProperty("anso.datasets.oai.datacentre-symbol", "ANSO.DATAPA");
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("anso.datasets.oai.page-size must be between 1 and 10000");
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String host() {
        return host;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Another page size from now on (tests of long lists use small pages). */
    void pageSize(int size) {
        this.pageSize = size;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String datacentreSymbol() {
        return datacentreSymbol;
    }
}
