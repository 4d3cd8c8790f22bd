package org.ansoplatform.datasets.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.harvest.OaiProtocol;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The OAI-PMH 2.0 endpoint: GET with a query, or POST form-encoded (public, no CSRF token: harvesters send it without
 * a page). Every answer is {@code text/xml; charset=UTF-8} with status 200, errors included, as the protocol asks.
 */
@Controller
class OaiController {

    private final OaiProtocol protocol;

    OaiController(OaiProtocol protocol) {
        this.protocol = protocol;
    }

    @GetMapping(DatasetsPaths.OAI)
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @PostMapping(path = DatasetsPaths.OAI, consumes = "application/x-www-form-urlencoded")
    void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(OaiProtocol.CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 32 * 1024);
        protocol.answer(request.getParameterMap(), out);
        out.flush();
    }
}
