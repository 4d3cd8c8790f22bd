package org.ansoplatform.meetings.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.ansoplatform.meetings.importing.MeetingImport;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * In demo mode, imports the Annual Report 2021's lists (List of ANSO Meetings 2021, List of Workshops in 2021)
 * from {@code demo/*.csv} through the Secretariat's CSV import, after the demo organizations so that organizers
 * are linked to the directory. Lines already in the catalogue are left out, so a restart adds nothing.
 */
@Component
class DemoMeetings {

    static final List<String> RESOURCES = List.of("demo/meetings-2021.csv");
    /**
     * The Annual Report's workshop list repeats events of its meetings list under other titles; they are merged
     * into the meetings list (its descriptions name them), and removed where an earlier demo imported them.
     */
    static final String MERGED = "demo/merged-workshops-2021.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final MeetingImport importer;
    private final DemoMode demoMode;
    private final Clock clock;

    DemoMeetings(MeetingImport importer, DemoMode demoMode, Clock clock) {
        this.importer = importer;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        try (InputStream csv = new ClassPathResource(MERGED).getInputStream()) {
            int removed = importer.removeListed(csv);
            if (removed > 0) {
                log.info("Demo data: removed {} meeting(s) merged into the 2021 meetings list", removed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + MERGED, e);
        }
        for (String resource : RESOURCES) {
            try (InputStream csv = new ClassPathResource(resource).getInputStream()) {
                int added = importer.importCsv(csv, Actor.system(clock.instant()), true);
                if (added > 0) {
                    log.info("Demo data: imported {} meeting(s) from {}", added, resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
    }
}
