package org.ansoplatform.files.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;

import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.exception.UploadNotFoundException;
import me.desair.tus.server.upload.UploadIdFactory;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.UploadLockingService;
import me.desair.tus.server.upload.UploadStorageService;
import me.desair.tus.server.upload.concatenation.UploadConcatenationService;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The tus library's disk storage with the upload's SHA-256 and MD5 computed on the way in: every appended chunk
 * passes through the digests as it is written, and the digests' state is saved with the offset it covers
 * ({@link UploadDigests}). The digests see exactly the bytes written: when the count read differs from what the
 * library reports as written (a failed write), or the saved state does not start where the upload stands, the
 * state is marked stale and the checksums are computed again from the file at the end.
 */
final class DigestingStorage implements UploadStorageService {

    private final UploadStorageService delegate;
    private final UploadDigests digests;
    private final Clock clock;

    DigestingStorage(UploadStorageService delegate, UploadDigests digests, Clock clock) {
        this.delegate = delegate;
        this.digests = digests;
        this.clock = clock;
    }

    @Override
    public UploadInfo create(UploadInfo info, String ownerKey) throws IOException {
        UploadInfo created = delegate.create(info, ownerKey);
        if (created != null) {
            digests.write(created.getId().toString(), UploadDigests.State.fresh(clock.instant()));
        }
        return created;
    }

    @Override
    public UploadInfo append(UploadInfo info, InputStream inputStream) throws IOException, TusException {
        if (info == null) {
            return delegate.append(null, inputStream);
        }
        String id = info.getId().toString();
        long before = info.getOffset();
        Optional<UploadDigests.State> state = digests.read(id);
        boolean tracking = state.isPresent() && !state.get().stale() && state.get().offset() == before;
        SHA256Digest sha = tracking ? state.get().sha256Digest() : null;
        MD5Digest md = tracking ? state.get().md5Digest() : null;
        Hashing hashing = new Hashing(inputStream, sha, md);
        try {
            return delegate.append(info, hashing);
        } finally {
            long after = info.getOffset();
            if (tracking && hashing.count == after - before) {
                digests.write(id, state.get().advanced(after, sha, md, clock.instant()));
            } else {
                UploadDigests.State old = state.orElseGet(() -> UploadDigests.State.fresh(clock.instant()));
                digests.write(id, old.staleAt(clock.instant()));
            }
        }
    }

    @Override
    public void removeLastNumberOfBytes(UploadInfo info, long byteCount) throws UploadNotFoundException, IOException {
        delegate.removeLastNumberOfBytes(info, byteCount);
        if (info != null && byteCount > 0) {
            String id = info.getId().toString();
            UploadDigests.State state = digests.read(id).orElseGet(() -> UploadDigests.State.fresh(clock.instant())
                    .staleAt(clock.instant()));
            digests.write(id, state.rolledBackTo(info.getOffset(), clock.instant()));
        }
    }

    @Override
    public void terminateUpload(UploadInfo info) throws UploadNotFoundException, IOException {
        delegate.terminateUpload(info);
        if (info != null) {
            digests.delete(info.getId().toString());
        }
    }

    @Override
    public UploadInfo getUploadInfo(String uploadUrl, String ownerKey) throws IOException {
        return delegate.getUploadInfo(uploadUrl, ownerKey);
    }

    @Override
    public UploadInfo getUploadInfo(me.desair.tus.server.upload.UploadId id) throws IOException {
        return delegate.getUploadInfo(id);
    }

    @Override
    public String getUploadUri() {
        return delegate.getUploadUri();
    }

    @Override
    public void setMaxUploadSize(Long maxUploadSize) {
        delegate.setMaxUploadSize(maxUploadSize);
    }

    @Override
    public long getMaxUploadSize() {
        return delegate.getMaxUploadSize();
    }

    @Override
    public void update(UploadInfo info) throws IOException, UploadNotFoundException {
        delegate.update(info);
    }

    @Override
    public InputStream getUploadedBytes(String uploadUri, String ownerKey) throws IOException, UploadNotFoundException {
        return delegate.getUploadedBytes(uploadUri, ownerKey);
    }

    @Override
    public InputStream getUploadedBytes(me.desair.tus.server.upload.UploadId id) throws IOException, UploadNotFoundException {
        return delegate.getUploadedBytes(id);
    }

    @Override
    public void copyUploadTo(UploadInfo info, OutputStream outputStream) throws UploadNotFoundException, IOException {
        delegate.copyUploadTo(info, outputStream);
    }

    @Override
    public void cleanupExpiredUploads(UploadLockingService lockingService) throws IOException {
        // expiry goes by the platform's clock and removes the digests too: TusUploads.expire, not the library's
    }

    @Override
    public Long getUploadExpirationPeriod() {
        return delegate.getUploadExpirationPeriod();
    }

    @Override
    public void setUploadExpirationPeriod(Long period) {
        delegate.setUploadExpirationPeriod(period);
    }

    @Override
    public void setUploadConcatenationService(UploadConcatenationService service) {
        delegate.setUploadConcatenationService(service);
    }

    @Override
    public UploadConcatenationService getUploadConcatenationService() {
        return delegate.getUploadConcatenationService();
    }

    @Override
    public void setIdFactory(UploadIdFactory idFactory) {
        delegate.setIdFactory(idFactory);
    }

    /** Counts what passes, and hashes it when the digests are tracked. */
    private static final class Hashing extends FilterInputStream {

        private final SHA256Digest sha;
        private final MD5Digest md;
        long count;

        Hashing(InputStream in, SHA256Digest sha, MD5Digest md) {
            super(in);
            this.sha = sha;
            this.md = md;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                if (sha != null) {
                    sha.update((byte) b);
                    md.update((byte) b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
                if (sha != null) {
                    sha.update(buffer, offset, read);
                    md.update(buffer, offset, read);
                }
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("An upload's bytes are not skipped");
        }
    }
}
