package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.calls.CallManagement;
import org.springframework.context.MessageSource;

/** What a save of a call adjusted or costs drafts, in the reader’s language, for the page after the redirect. */
final class CallNoticeTexts {

    private CallNoticeTexts() {
    }

    static List<String> of(CallManagement.Notices notices, MessageSource messages, Locale locale) {
        List<String> texts = new ArrayList<>();
        notices.offered().forEach(track -> texts.add(messages.getMessage("callbuilder.notice.trackOffered",
                new Object[] {track.name().in(locale)}, locale)));
        notices.withdrawn().forEach(code -> texts.add(messages.getMessage("callbuilder.notice.trackWithdrawn", new Object[] {code}, locale)));
        notices.losses().forEach(loss -> texts.add(messages.getMessage("callbuilder.notice.draftsLose",
                new Object[] {loss.drafts(), loss.label().in(locale)}, locale)));
        return texts;
    }
}
