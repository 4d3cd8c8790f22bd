package org.ansoplatform.calls.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.packets.ApplicationPacket;
import org.ansoplatform.calls.packets.PacketZip;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Application packets: one application's as a PDF (or as a zip when files must go beside it), and the packets of a
 * filtered list as a zip, refused on the list's page, next to its filter, when the list is empty or too long.
 */
@Controller
class PacketPages {

    private final CallQueries calls;
    private final ApplicationQueries queries;
    private final ApplicationPacket packets;
    private final PacketZip zips;
    private final MessageSource messages;

    PacketPages(CallQueries calls, ApplicationQueries queries, ApplicationPacket packets, PacketZip zips, MessageSource messages) {
        this.calls = calls;
        this.queries = queries;
        this.packets = packets;
        this.zips = zips;
        this.messages = messages;
    }

    @GetMapping("/secretariat/applications/{id}/packet.pdf")
    ResponseEntity<?> pdf(@PathVariable UUID id, Locale locale) {
        ApplicationPacket.Packet packet = packets.build(id, locale);
        if (!packet.beside().isEmpty()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/secretariat/applications/" + id + "/packet.zip").build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(packet.reference() + "-packet.pdf")).body(packet.pdf());
    }

    @GetMapping("/secretariat/applications/{id}/packet.zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable UUID id, Locale locale) {
        ApplicationPacket.Packet packet = packets.build(id, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(packet.reference() + "-packet.zip"))
                .body(out -> zips.write(List.of(id), locale, out));
    }

    /**
     * The packets of the filtered list, written into the response one packet at a time. Not a {@code StreamingResponseBody}:
     * Spring picks that by the declared return type, and a refusal must show the list's page (a view) from this handler;
     * the response's output stream streams all the same (decision 334).
     */
    @GetMapping("/secretariat/calls/{id}/packets.zip")
    ModelAndView packets(@PathVariable UUID id, @ModelAttribute("filter") ApplicationFilterForm form, BindingResult result, Locale locale,
            Model model, HttpServletResponse response) throws IOException {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        Filter filter = Filter.none();
        try {
            if (bound.hasErrors()) {
                FormErrors.refused(response);
                return list(call, filter, model);
            }
            filter = form.filter(call);
            List<UUID> ids = zips.check(call.id(), filter);
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(call.definition().code() + "-packets.zip"));
            zips.write(ids, locale, response.getOutputStream());
            return null;
        } catch (InvalidInputException refusal) {
            List<InvalidInputException.Violation> onFields = refusal.violations().stream().filter(v -> !"filter".equals(v.field())).toList();
            refusal.violations().stream().filter(v -> "filter".equals(v.field())).findFirst().ifPresent(v ->
                    model.addAttribute("packetsRefused", messages.getMessage(v.messageKey(), v.args(), locale)));
            if (!onFields.isEmpty()) {
                FormErrors.apply(new InvalidInputException(onFields), bound);
            }
            FormErrors.refused(response);
            return list(call, onFields.isEmpty() ? filter : Filter.none(), model);
        }
    }

    /** The list's page as the list shows it, for a refusal. */
    private ModelAndView list(CallView call, Filter filter, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("bulk", BulkActionForm.empty());
        model.addAttribute("result", queries.search(call.id(), filter, PageRequest.of(null, 50)));
        model.addAttribute("byCountry", queries.byCountry(call.id(), filter));
        model.addAttribute("byTrack", queries.byTrack(call.id(), filter));
        return new ModelAndView("calls/secretariat/applications", model.asMap());
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString();
    }
}
