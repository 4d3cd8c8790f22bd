package org.ansoplatform.datasets.harvest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.datasets.UsageVisit;
import org.ansoplatform.platform.DataDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * COUNTER Code of Practice for Research Data (release 1) counts. A visit by a robot (COUNTER-Robots list) is not
 * counted; a request is stored once and counts as an investigation too; the same session using the same version the
 * same way again within 30 seconds is a double click, not stored. The session is kept only as an HMAC (key in the
 * data directory) of the visitor's session, or of the client address and user agent when there is no session; the
 * unique counts take a user-session to be that hash within one clock hour (UTC), as COUNTER's session id does.
 */
@Component
class UsageCounts implements DatasetUsage {

    private final UsageStore store;
    private final UsageRobots robots;
    private final byte[] key;

    UsageCounts(UsageStore store, UsageRobots robots, DataDirectory directory) {
        this.store = store;
        this.robots = robots;
        this.key = directory.secretKey("usage-session.key", 32);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void investigation(UUID datasetId, UUID versionId, UsageVisit visit) {
        count(datasetId, versionId, UsageKind.INVESTIGATION, visit);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void request(UUID datasetId, UUID versionId, UsageVisit visit) {
        count(datasetId, versionId, UsageKind.REQUEST, visit);
    }

    @Override
    @Transactional(readOnly = true)
    public UsageTotals ofVersion(UUID versionId) {
        return store.ofVersion(versionId);
    }

    @Override
    @Transactional(readOnly = true)
    public UsageTotals ofDataset(UUID datasetId) {
        return store.ofDataset(datasetId);
    }

    private void count(UUID datasetId, UUID versionId, UsageKind kind, UsageVisit visit) {
        if (robots.isRobot(visit.userAgent())) {
            return;
        }
        store.record(datasetId, versionId, kind, session(visit), visit.at());
    }

    private String session(UsageVisit visit) {
        String who = visit.session() != null && !visit.session().isBlank() ? "session:" + visit.session()
                : "address:" + visit.clientAddress() + "|" + visit.userAgent();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(who.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
