package labrepl.cloud.s3.website;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.RequestIds;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.auth.Principal;
import labrepl.cloud.s3.ops.Authorizer;
import labrepl.cloud.s3.ops.ObjectResponses;
import labrepl.cloud.s3.policy.AccessRequest;
import labrepl.cloud.s3.policy.BucketAccess;
import labrepl.cloud.s3.protocol.PercentCoding;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.S3Stamp;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.StoredObject;

/**
 * Static website hosting: a request whose Host is {@code BUCKET.s3-website-REGION.localhost}
 * (or {@code …s3-website.REGION…}) is served as S3's website endpoints serve it. Every
 * request is anonymous, so a page is readable only when the bucket policy makes it public
 * and Block Public Access lets it; errors are HTML pages, or the bucket's error document.
 */
public final class WebsiteService implements CloudService {

    private static final Logger LOG = Logger.getLogger(WebsiteService.class.getName());

    private final S3Storage storage;
    private final BucketAccess access;
    private final ObjectResponses responses;

    public WebsiteService(S3Storage storage, BucketAccess access, ObjectResponses responses) {
        this.storage = storage;
        this.access = access;
        this.responses = responses;
    }

    @Override
    public boolean accepts(CloudRequest request) {
        return WebsiteEndpoint.parseHost(request.header("Host")).isPresent();
    }

    @Override
    public CloudResponse handle(CloudRequest http) {
        String requestId = RequestIds.s3();
        String hostId = RequestIds.s3HostId();
        WebsiteRequest request = new WebsiteRequest(http);
        CloudResponse response;
        try {
            response = serve(request);
        } catch (S3Error error) {
            response = errorResponse(request, error, requestId, hostId);
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "Website request " + http.rawTarget() + " failed", bug);
            response = WebsitePages.errorPage(S3Error.internalError(bug.toString()), null, requestId, hostId);
        }
        return S3Stamp.on(response, requestId, hostId);
    }

    /** What a website request asks for, read once from the request. */
    private static final class WebsiteRequest {
        final String method;
        final WebsiteEndpoint.Target target;
        final String host;
        final String path;
        final CloudRequest http;
        final String sourceIp;
        final Instant received;
        Bucket bucket;
        WebsiteConfiguration configuration;
        String key;

        WebsiteRequest(CloudRequest http) {
            this.http = http;
            this.method = http.method();
            this.host = http.header("Host");
            this.target = WebsiteEndpoint.parseHost(host).orElseThrow();
            String raw = http.rawPath();
            this.path = PercentCoding.decodePath(raw == null || raw.isEmpty() ? "/" : raw);
            this.sourceIp = http.sourceIp();
            this.received = http.received();
        }
    }

    private CloudResponse serve(WebsiteRequest request) {
        if (!request.method.equals("GET") && !request.method.equals("HEAD")) {
            throw S3Error.methodNotAllowed(request.method, "OBJECT");
        }
        Bucket bucket = storage.buckets().find(request.target.bucket())
                .orElseThrow(() -> S3Error.noSuchBucket(request.target.bucket()));
        request.bucket = bucket;
        if (!bucket.region().equals(request.target.region())) {
            throw new S3Error(400, "IncorrectEndpoint", "The specified bucket exists in another region. Please direct"
                    + " requests to the specified endpoint.").with("BucketName", bucket.name())
                    .with("Endpoint", WebsiteEndpoint.local(bucket.name(), bucket.region(),
                            request.http.localPort()).getHost());
        }
        WebsiteConfiguration configuration = bucket.document(WebsiteConfiguration.SUBRESOURCE)
                .map(WebsiteConfiguration::fromStored)
                .orElseThrow(() -> WebsiteConfigOperations.noWebsite(bucket.name()));
        request.configuration = configuration;
        if (configuration.redirectAllHost() != null) {
            String protocol = configuration.redirectAllProtocol() == null ? "http" : configuration.redirectAllProtocol();
            return redirect(301, protocol + "://" + configuration.redirectAllHost() + request.http.rawTarget());
        }
        String key = request.path.substring(1);
        if (key.isEmpty() || key.endsWith("/")) {
            key = key + configuration.indexSuffix();
        }
        request.key = key;
        for (WebsiteConfiguration.RoutingRule rule : configuration.rules()) {
            if (rule.matches(key, null)) {
                return ruleRedirect(request, rule);
            }
        }
        Optional<StoredObject> found = readable(request, key);
        if (found.isEmpty()) {
            return folderRedirect(request).orElseThrow(() -> missing(request, request.key));
        }
        StoredObject object = found.get();
        if (object.metadata().websiteRedirectLocation() != null) {
            return redirect(301, object.metadata().websiteRedirectLocation());
        }
        return responses.read(object, new ObjectResponses.ReadOptions(request.http.headers(), null, false));
    }

    /**
     * The object under {@code key} if it exists; empty when it does not.
     *
     * @throws S3Error AccessDenied when the anonymous requester may not read it
     */
    private Optional<StoredObject> readable(WebsiteRequest request, String key) {
        if (!allows(request, "s3:GetObject", key)) {
            throw S3Error.accessDenied();
        }
        return storage.objects().get(request.bucket.name(), key);
    }

    /** As on the REST API, a missing key is NoSuchKey only for those who may list the bucket. */
    private S3Error missing(WebsiteRequest request, String key) {
        return allows(request, "s3:ListBucket", null) ? S3Error.noSuchKey(key) : S3Error.accessDenied();
    }

    /** For a missing key {@code x}, S3 redirects to {@code x/} when {@code x/INDEX} exists. */
    private Optional<CloudResponse> folderRedirect(WebsiteRequest request) {
        String folderIndex = request.key + "/" + request.configuration.indexSuffix();
        if (!request.path.endsWith("/") && storage.objects().get(request.bucket.name(), folderIndex).isPresent()
                && allows(request, "s3:GetObject", folderIndex)) {
            return Optional.of(redirect(302, "/" + request.key + "/"));
        }
        return Optional.empty();
    }

    private boolean allows(WebsiteRequest request, String action, String key) {
        Map<String, String> keys = Authorizer.conditionKeys(Principal.ANONYMOUS, request.sourceIp,
                request.received.getEpochSecond(), request.http::header,
                Map.of());
        return access.allows(request.bucket,
                new AccessRequest(Principal.ANONYMOUS, action, AccessRequest.arn(request.bucket.name(), key), keys));
    }

    /** An error turned into the answer: a routing rule's redirect, the error document, or S3's HTML page. */
    private CloudResponse errorResponse(WebsiteRequest request, S3Error error, String requestId, String hostId) {
        WebsiteConfiguration configuration = request.configuration;
        if (configuration != null && request.key != null) {
            for (WebsiteConfiguration.RoutingRule rule : configuration.rules()) {
                if (rule.matches(request.key, error.status())) {
                    return ruleRedirect(request, rule);
                }
            }
        }
        if (configuration == null || configuration.errorKey() == null || error.status() >= 500
                || error.status() == 405) {
            return WebsitePages.errorPage(error, null, requestId, hostId);
        }
        try {
            StoredObject document = readable(request, configuration.errorKey())
                    .orElseThrow(() -> missing(request, configuration.errorKey()));
            return responses.read(document, new ObjectResponses.ReadOptions(new HttpHeaders(), null, false))
                    .withStatus(error.status())
                    .header("x-amz-error-code", error.code()).header("x-amz-error-message", error.getMessage());
        } catch (S3Error documentError) {
            return WebsitePages.errorPage(error, documentError, requestId, hostId);
        }
    }

    private static CloudResponse ruleRedirect(WebsiteRequest request, WebsiteConfiguration.RoutingRule rule) {
        String protocol = rule.protocol() == null ? "http" : rule.protocol();
        String host = rule.hostName() == null ? request.host : rule.hostName();
        int status = rule.redirectCode() == null ? 301 : rule.redirectCode();
        return redirect(status, protocol + "://" + host + "/" + rule.redirectKey(request.key));
    }

    private static CloudResponse redirect(int status, String location) {
        return CloudResponse.status(status).header("Location", location).header("Content-Length", "0");
    }
}
