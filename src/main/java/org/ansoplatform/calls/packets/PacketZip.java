package org.ansoplatform.calls.packets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Packets in a zip: one application's packet with the files beside it, or the packets of a filtered list, written to
 * the response one packet at a time so that memory holds one packet, never the zip. A list over
 * {@code anso.calls.packets.max-per-zip} (300) is refused before anything is written: the Secretariat narrows it.
 */
@Service
public class PacketZip {

    private final ApplicationPacket packets;
    private final PacketQueries queries;
    private final FileStorage files;
    private final int maxPerZip;

    PacketZip(ApplicationPacket packets, PacketQueries queries, FileStorage files, @Value("${anso.calls.packets.max-per-zip:300}") int maxPerZip) {
        this.packets = packets;
        this.queries = queries;
        this.files = files;
        this.maxPerZip = maxPerZip;
    }

    /** The applications of the filter, refused when there are none or more than a zip takes. */
    public List<UUID> check(UUID callId, Filter filter) {
        long count = queries.count(callId, filter);
        if (count == 0) {
            throw new InvalidInputException("filter", "callmessaging.packets.none");
        }
        if (count > maxPerZip) {
            throw new InvalidInputException("filter", "callmessaging.packets.tooMany", count, maxPerZip);
        }
        return queries.ids(callId, filter);
    }

    /** Writes the packets of the applications, each as {@code REFERENCE.pdf} with its files beside it under {@code REFERENCE/}. */
    public void write(List<UUID> applicationIds, Locale locale, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (UUID id : applicationIds) {
                add(packets.build(id, locale), zip);
                zip.flush();
            }
        }
    }

    private void add(ApplicationPacket.Packet packet, ZipOutputStream zip) throws IOException {
        String name = ApplicationPacket.safe(packet.reference());
        zip.putNextEntry(new ZipEntry(name + ".pdf"));
        zip.write(packet.pdf());
        zip.closeEntry();
        for (ApplicationPacket.Beside beside : packet.beside()) {
            zip.putNextEntry(new ZipEntry(name + "/" + beside.name()));
            try (InputStream in = files.open(beside.file())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
    }
}
