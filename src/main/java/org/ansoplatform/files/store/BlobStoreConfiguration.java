package org.ansoplatform.files.store;

import org.ansoplatform.files.BlobStore;
import org.ansoplatform.platform.DataDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link BlobStore} for the whole platform, chosen by {@code anso.files.store} (decision 235). */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "anso.files.store", havingValue = "local", matchIfMissing = true)
    BlobStore localBlobStore(DataDirectory dataDirectory) {
        return new LocalBlobStore(dataDirectory.resolve("files"));
    }
}
