package org.ansoplatform.meetings.web;

import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The platform's public address as configured, for links that leave the site (feeds, JSON-LD, certificates). */
@Component
class PublicAddresses {

    private final Environment environment;

    PublicAddresses(Environment environment) {
        this.environment = environment;
    }

    String baseUrl() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The verification page of a certificate's code, printed on the certificate. */
    String verifyUrl(String code) {
        return baseUrl() + "/meetings/certificates/verify?code=" + code;
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(bytes);
    }
}
