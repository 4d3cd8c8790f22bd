package org.ansoplatform.files.store;

import org.ansoplatform.files.BlobStore;
import org.junit.jupiter.api.BeforeEach;

/** The contract on the data directory. */
class LocalBlobStoreTests extends BlobStoreContract {

    private LocalBlobStore store;

    @BeforeEach
    void createStore() {
        store = new LocalBlobStore(temp.resolve("files"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    boolean presigns() {
        return false;
    }
}
