package io.github.wecomsdk.media;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

/** The media API follows docs/api-conventions.md. */
class ApiConventionTest {

    @Test
    void publicApiFollowsTheConvention() {
        ApiConventions.forModule(Media.class)
                .exempt(
                        DownloadedMedia.class,
                        "computed by the SDK from the download's headers and byte count,"
                                + " not decoded from a WeCom JSON answer")
                .check();
    }
}
