package org.ansoplatform.files.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings {@code anso.files.s3.*} of the S3 store (docs/files.md). Without an access key the SDK's usual
 * chain (environment, profile, instance role) provides credentials.
 *
 * @param endpoint            the service's address; empty for AWS itself
 * @param pathStyle           bucket in the path rather than the host name (S3Mock, MinIO, most self-hosted stores)
 * @param presign             whether downloads may be redirected to time-limited direct addresses
 * @param multipartThreshold  objects larger than this are uploaded in parts of {@code partSize}
 * @param createBucket        create the bucket at start when it is missing (decision 247)
 * @param fallbackToLocal     reads that miss in S3 are answered from the data directory while it is copied over
 */
@ConfigurationProperties("anso.files.s3")
public record S3Settings(String endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("anso") String bucket,
        String accessKey, String secretKey, @DefaultValue("false") boolean pathStyle,
        @DefaultValue("true") boolean presign, @DefaultValue("10m") Duration presignTtl,
        @DefaultValue("64MB") DataSize multipartThreshold, @DefaultValue("16MB") DataSize partSize,
        @DefaultValue("true") boolean createBucket, @DefaultValue("false") boolean fallbackToLocal) {
}
