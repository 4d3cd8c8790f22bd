package org.ansoplatform.notifications.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ansoplatform.notifications.MessageQueries;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Each person's copy of every email sent to them; administrators' outbox of all mail. */
@Controller
class MessagesController {

    private final MessageQueries mailbox;

    MessagesController(MessageQueries mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/messages")
    String mine(@AuthenticationPrincipal SignedInPerson me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("messages", mailbox.of(me.id(), PageRequest.of(page, 25)));
        return "notifications/messages";
    }

    @GetMapping("/messages/{id}")
    String one(@AuthenticationPrincipal SignedInPerson me, @PathVariable UUID id, Model model) {
        model.addAttribute("message", mailbox.find(id, me.id()).orElseThrow(() -> new NotFoundException("message")));
        model.addAttribute("backTo", "/messages");
        return "notifications/message";
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("to", to);
        model.addAttribute("messages", mailbox.all(to, PageRequest.of(page, 50)));
        return "notifications/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String outboxMessage(@PathVariable UUID id, Model model) {
        model.addAttribute("message", mailbox.find(id).orElseThrow(() -> new NotFoundException("message")));
        model.addAttribute("backTo", "/admin/outbox");
        model.addAttribute("sourcePath", mailbox.source(id).isPresent() ? "/admin/outbox/%s/source".formatted(id) : null);
        return "notifications/message";
    }

    /**
     * The message as it left, for an administrator checking what a mail client received (decision 421): its link
     * secrets removed, as text, never rendered (its HTML part is someone's mail, not a page of the platform).
     */
    @GetMapping(value = "/admin/outbox/{id}/source", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> source(@PathVariable UUID id) {
        String source = mailbox.source(id).orElseThrow(() -> new NotFoundException("message"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + id + ".eml.txt\"").body(source);
    }
}
