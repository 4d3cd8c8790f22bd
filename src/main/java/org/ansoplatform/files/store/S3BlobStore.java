package org.ansoplatform.files.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.ansoplatform.files.BlobStore;
import org.ansoplatform.files.FileResponses;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Objects in one bucket of S3-compatible storage, under their keys as they are. Everything streams: a put sends
 * the file from disk (in parts above the multipart threshold, each re-read from disk if the SDK retries it), a
 * read is a GetObject with a {@code Range}, a copy stays on the server (in parts above {@code copyPartLimit},
 * S3's 5 GB limit for a single CopyObject).
 */
public class S3BlobStore implements BlobStore {

    /** The largest object a single CopyObject may copy. */
    public static final long S3_COPY_LIMIT = 5L * 1024 * 1024 * 1024;
    private static final long MAX_PARTS = 10_000;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final long multipartThreshold;
    private final long partSize;
    private final long copyPartLimit;

    /**
     * @param presigner     null when downloads are not to be redirected to presigned addresses
     * @param copyPartLimit objects larger than this are copied part by part ({@link #S3_COPY_LIMIT} in production)
     */
    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket, long multipartThreshold, long partSize,
            long copyPartLimit) {
        if (partSize < 5L * 1024 * 1024) {
            throw new IllegalArgumentException("S3 parts are at least 5 MB, not " + partSize);
        }
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
        this.copyPartLimit = copyPartLimit;
    }

    @Override
    public String kind() {
        return "s3";
    }

    public String bucket() {
        return bucket;
    }

    /** Creates the bucket unless it is there already (decision 247). */
    public void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void put(String key, Path source) throws IOException {
        checkKey(key);
        if (exists(key)) {
            return; // content is immutable: the stored object already holds these bytes
        }
        long size = Files.size(source);
        try {
            if (size <= multipartThreshold) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size), RequestBody.fromFile(source));
            } else {
                putInParts(key, source, size);
            }
        } catch (SdkException e) {
            throw new IOException("Could not store " + key + " in bucket " + bucket, e);
        }
    }

    /** The part size for an object: the configured one, larger where S3's 10,000 parts would not reach the end. */
    private long partSizeFor(long size) {
        return Math.max(partSize, (size + MAX_PARTS - 1) / MAX_PARTS);
    }

    private void putInParts(String key, Path source, long size) throws IOException {
        long step = partSizeFor(size);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < size; offset += step, number++) {
                long from = offset;
                long length = Math.min(step, size - offset);
                int partNumber = number;
                // a provider, not a stream: the SDK opens the part again from disk if it must resend it
                RequestBody body = RequestBody.fromContentProvider(() -> slice(source, from, length), length,
                        "application/octet-stream");
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(upload).partNumber(partNumber)
                        .contentLength(length), body).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(upload)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (RuntimeException | Error e) {
            abortQuietly(key, upload);
            throw e;
        }
    }

    private static InputStream slice(Path source, long offset, long length) {
        try {
            SeekableByteChannel channel = Files.newByteChannel(source);
            channel.position(offset);
            return new LocalBlobStore.BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        checkKey(key);
        if (length == 0) {
            return new ByteArrayInputStream(new byte[0]);
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (offset > 0 || length > 0) {
            request.range("bytes=" + offset + "-" + (length > 0 ? String.valueOf(offset + length - 1) : ""));
        }
        try {
            return s3.getObject(request.build());
        } catch (NoSuchKeyException e) {
            throw missing(key, e);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw missing(key, e);
            }
            throw new IOException("Could not read " + key + " from bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Could not read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        checkKey(key);
        try {
            return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw new IOException("Could not look up " + key + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Could not look up " + key + " in bucket " + bucket, e);
        }
    }

    /** The object's ETag as S3 gives it, quotes included (for tests of the multipart paths). */
    String eTag(String key) {
        return s3.headObject(b -> b.bucket(bucket).key(key)).eTag();
    }

    @Override
    public void delete(String key) throws IOException {
        checkKey(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("Could not delete " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public void copy(String fromKey, String toKey) throws IOException {
        checkKey(toKey);
        long size = size(fromKey).orElseThrow(() -> new NoSuchFileException(fromKey));
        if (exists(toKey)) {
            return;
        }
        try {
            if (size <= copyPartLimit) {
                s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(fromKey).destinationBucket(bucket)
                        .destinationKey(toKey));
            } else {
                copyInParts(fromKey, toKey, size);
            }
        } catch (SdkException e) {
            throw new IOException("Could not copy " + fromKey + " to " + toKey + " in bucket " + bucket, e);
        }
    }

    /** UploadPartCopy in ranges of the part size: the only server-side copy S3 offers above 5 GB. */
    private void copyInParts(String fromKey, String toKey, long size) {
        long step = partSizeFor(size);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(toKey)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < size; offset += step, number++) {
                String range = "bytes=" + offset + "-" + (Math.min(offset + step, size) - 1);
                int partNumber = number;
                String etag = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey(fromKey)
                        .destinationBucket(bucket).destinationKey(toKey).uploadId(upload).partNumber(partNumber)
                        .copySourceRange(range)).copyPartResult().eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(toKey).uploadId(upload)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (RuntimeException | Error e) {
            abortQuietly(toKey, upload);
            throw e;
        }
    }

    @Override
    public void forEachKey(Consumer<String> action) throws IOException {
        try {
            s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).forEach(action);
        } catch (SdkException e) {
            throw new IOException("Could not list bucket " + bucket, e);
        }
    }

    @Override
    public Optional<URI> presignedDownload(String key, String downloadName, String mediaType, Duration validFor) {
        if (presigner == null) {
            return Optional.empty();
        }
        checkKey(key);
        String disposition = FileResponses.attachment(downloadName);
        try {
            return Optional.of(presigner.presignGetObject(p -> p.signatureDuration(validFor)
                    .getObjectRequest(g -> g.bucket(bucket).key(key).responseContentDisposition(disposition)
                            .responseContentType(mediaType)))
                    .url().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void abortQuietly(String key, String upload) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(upload));
        } catch (SdkException e) {
            // the bucket's lifecycle rule for incomplete uploads removes the parts (docs/files.md)
        }
    }

    private static NoSuchFileException missing(String key, Exception cause) {
        NoSuchFileException missing = new NoSuchFileException(key);
        missing.initCause(cause);
        return missing;
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.startsWith("/") || key.contains("..") || key.length() > 1024) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
    }
}
