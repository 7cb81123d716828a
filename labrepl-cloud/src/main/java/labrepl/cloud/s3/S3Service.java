package labrepl.cloud.s3;

import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.RequestIds;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.s3.auth.Principal;
import labrepl.cloud.s3.auth.RequestAuthenticator;
import labrepl.cloud.s3.ops.Authorizer;
import labrepl.cloud.s3.ops.ObjectResponses;
import labrepl.cloud.s3.ops.S3Request;
import labrepl.cloud.s3.policy.BucketAccess;
import labrepl.cloud.s3.protocol.PercentCoding;
import labrepl.cloud.s3.protocol.RequestTarget;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.S3ErrorXml;
import labrepl.cloud.s3.protocol.S3Stamp;
import labrepl.cloud.s3.storage.S3Storage;

/**
 * S3's REST protocol, path-style and virtual-host style: the catch-all service of the local
 * cloud's listener. Each request is parsed once (target, query, principal), dispatched to
 * its operation, and any {@link S3Error} rendered as S3's XML error.
 */
public final class S3Service implements CloudService {

    private static final Logger LOG = Logger.getLogger(S3Service.class.getName());

    private final RequestAuthenticator authenticator;
    private final RestOperations operations;

    public S3Service(CloudIdentity identity, S3Storage storage, BucketAccess access) {
        this.authenticator = new RequestAuthenticator(identity.accountId(), Clock.systemUTC());
        this.operations = new RestOperations(identity, storage, new Authorizer(access));
    }

    /** Serves the object reads the website endpoint shares with the REST API. */
    public ObjectResponses objectResponses() {
        return operations.objects().responses();
    }

    /** Every request no other service claimed is an S3 request. */
    @Override
    public boolean accepts(CloudRequest request) {
        return true;
    }

    @Override
    public CloudResponse handle(CloudRequest http) {
        String requestId = RequestIds.s3();
        String hostId = RequestIds.s3HostId();
        RequestTarget target = RequestTarget.parse(http.header("Host"), http.rawPath());
        CloudResponse response;
        try {
            Map<String, String> query = PercentCoding.parseQuery(http.rawQuery());
            Principal principal = authenticator.authenticate(http.headers(), query);
            S3Request request = new S3Request(http.method(), target, query, http.headers(), http.body(), principal,
                    http.sourceIp(), http.received());
            response = operations.dispatch(request);
        } catch (S3Error error) {
            response = S3ErrorXml.render(error, target.resource(), requestId, hostId);
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "S3 " + http.method() + " " + http.rawTarget() + " failed", bug);
            response = S3ErrorXml.render(S3Error.internalError(bug.toString()), target.resource(), requestId, hostId);
        }
        return S3Stamp.on(response, requestId, hostId);
    }
}
