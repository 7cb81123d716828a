package labrepl.check.lab3;

import java.net.URI;
import java.util.Optional;
import labrepl.check.TargetReader;

/** The origin the lab's page is served from, the bucket's website, which CORS must allow. */
final class PageOrigin {

    private PageOrigin() {
    }

    /** {@code http://customerswebsite-….s3-website-us-west-2.amazonaws.com}; empty where websites are unknown. */
    static Optional<String> of(TargetReader target) {
        return target.websiteUrl(target.labBucketName()).map(url -> url.getScheme() + "://" + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort()));
    }

    static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }

    static URI resolve(String endpoint, String path) {
        return URI.create(withoutTrailingSlash(endpoint) + "/" + path);
    }
}
