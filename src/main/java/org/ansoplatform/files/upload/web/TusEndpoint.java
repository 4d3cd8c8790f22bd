package org.ansoplatform.files.upload.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.upload.TusUploads;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The tus 1.0 endpoint: {@code POST /uploads} creates an upload, {@code HEAD}, {@code PATCH} and {@code DELETE} on
 * {@code /uploads/<id>} ask its offset, append to it and end it, {@code OPTIONS} tells what the server supports.
 * Signed-in people only (the security chain asks for a sign-in on every path no rule opens), CSRF header
 * included (scripts use {@code /api/v1/uploads} with a personal API token); the library answers, owner key being the person's id, so another person's upload answers 404.
 */
@Controller
class TusEndpoint {

    private final TusUploads uploads;
    private final CurrentActor currentActor;

    TusEndpoint(TusUploads uploads, CurrentActor currentActor) {
        this.uploads = uploads;
        this.currentActor = currentActor;
    }

    @RequestMapping(path = {TusUploads.PATH, TusUploads.PATH + "/{id}", TusUploads.API_PATH, TusUploads.API_PATH + "/{id}"},
            method = {RequestMethod.POST, RequestMethod.HEAD, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS})
    void tus(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentActor.personId() == null) {
            throw new NotFoundException("upload"); // a signed-in principal that is not a person (a token without one)
        }
        uploads.process(new TusRequest(request), response, currentActor.personId());
    }

    /**
     * The library wants the PATCH's Content-Type to be exactly {@code application/offset+octet-stream}; a charset
     * parameter added on the way (a proxy, or the servlet container once a filter set the request's encoding)
     * would refuse a good chunk with 406, so parameters are dropped from that one media type.
     */
    private static final class TusRequest extends HttpServletRequestWrapper {

        private static final String OFFSET_STREAM = "application/offset+octet-stream";

        TusRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            if ("Content-Type".equalsIgnoreCase(name) && value != null
                    && value.toLowerCase(java.util.Locale.ROOT).startsWith(OFFSET_STREAM + ";")) {
                return OFFSET_STREAM;
            }
            return value;
        }

        @Override
        public String getContentType() {
            return getHeader("Content-Type");
        }
    }
}
