package org.ansoplatform.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.calendar.MeetingCalendar;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional GET for the iCalendar feeds: calendar applications poll a subscribed feed every few minutes, and
 * an unchanged feed answers 304 without its body. The ETag is a digest of the body itself (titles follow the
 * reader’s language, so the digest tells languages apart); Last-Modified is the newest meeting’s change.
 */
final class CalendarResponses {

    private CalendarResponses() {
    }

    static ResponseEntity<String> conditional(WebRequest request, List<MeetingView> meetings, String body,
            String disposition) {
        String etag = "\"" + digest(body) + "\"";
        java.time.Instant lastModified = MeetingCalendar.lastModified(meetings);
        long modified = lastModified == null ? -1 : lastModified.toEpochMilli();
        if (request.checkNotModified(etag, modified)) {
            // checkNotModified has already set the status and the ETag and Last-Modified headers
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().eTag(etag)
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType(MeetingCalendar.CONTENT_TYPE));
        if (lastModified != null) {
            ok.lastModified(lastModified);
        }
        if (disposition != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return ok.body(body);
    }

    private static String digest(String body) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
