package org.ansoplatform.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.notifications.MessageQueries;
import org.ansoplatform.notifications.MessageView;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Messages", description = "Every email the platform sent to the caller")
class MessagesApi {

    private final MessageQueries mailbox;

    MessagesApi(MessageQueries mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/api/v1/messages")
    @Operation(operationId = "listMessages", summary = "The caller's messages, newest first")
    PageResult<MessageView> mine(@AuthenticationPrincipal SignedInPerson me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return mailbox.of(me.id(), PageRequest.of(page, size));
    }
}
