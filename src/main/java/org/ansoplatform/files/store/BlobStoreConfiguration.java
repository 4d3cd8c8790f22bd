package org.ansoplatform.files.store;

import java.net.URI;

import org.ansoplatform.files.BlobStore;
import org.ansoplatform.platform.DataDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** One {@link BlobStore} for the whole platform, chosen by {@code anso.files.store} (decision 235). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3Settings.class)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "anso.files.store", havingValue = "local", matchIfMissing = true)
    BlobStore localBlobStore(DataDirectory dataDirectory) {
        return new LocalBlobStore(dataDirectory.resolve("files"));
    }

    @Bean
    @ConditionalOnProperty(name = "anso.files.store", havingValue = "s3")
    BlobStore s3BlobStore(S3Settings settings, DataDirectory dataDirectory) {
        S3BlobStore s3 = s3(settings, S3BlobStore.S3_COPY_LIMIT);
        if (settings.createBucket()) {
            s3.createBucketIfMissing();
        }
        return settings.fallbackToLocal() ? new FallbackBlobStore(s3, new LocalBlobStore(dataDirectory.resolve("files")))
                : s3;
    }

    /** An S3 store from the settings; {@code copyPartLimit} below 5 GB only in tests of multipart copy. */
    static S3BlobStore s3(S3Settings settings, long copyPartLimit) {
        AwsCredentialsProvider credentials = settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        Region region = Region.of(settings.region());
        boolean custom = settings.endpoint() != null && !settings.endpoint().isBlank();
        // checksums only where S3 requires them: the newer default ones (CRC32 trailers) are not understood by
        // every S3-compatible store, and the integrity check re-hashes every object anyway (decision 248)
        var client = S3Client.builder().region(region).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        S3Presigner presigner = null;
        if (settings.presign()) {
            var presigning = S3Presigner.builder().region(region).credentialsProvider(credentials)
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
            if (custom) {
                presigning.endpointOverride(URI.create(settings.endpoint()));
            }
            presigner = presigning.build();
        }
        if (custom) {
            client.endpointOverride(URI.create(settings.endpoint()));
        }
        return new S3BlobStore(client.build(), presigner, settings.bucket(), settings.multipartThreshold().toBytes(),
                settings.partSize().toBytes(), copyPartLimit);
    }
}
