package org.ansoplatform.datasets.web;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.platform.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The file list, folder zips and previews (issue 23, part M) are open to anyone; each then answers 404 for an
 * unpublished version (but to its depositor and the curators) and for a file the reader may not open.
 */
@Configuration(proxyBeanMethods = false)
class FileListWeb {

    @Bean
    AccessRule datasetFilesPublic() {
        String d = DatasetsPaths.DATASETS;
        return AccessRule.openForGet(d + "/*/versions/*/files", d + "/*/versions/*/zip", d + "/*/versions/*/files/*/preview",
                d + "/*/versions/*/files/*/preview.png", DatasetsPaths.API + "/*/versions/*/files");
    }
}
