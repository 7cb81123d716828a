package labrepl.cloud.s3;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.CloudService;
import labrepl.cloud.RequestIds;
import labrepl.cloud.s3.auth.Principal;
import labrepl.cloud.s3.auth.RequestAuthenticator;
import labrepl.cloud.s3.ops.Authorizer;
import labrepl.cloud.s3.ops.ObjectResponses;
import labrepl.cloud.s3.ops.S3Request;
import labrepl.cloud.s3.policy.BucketAccess;
import labrepl.cloud.s3.protocol.PercentCoding;
import labrepl.cloud.s3.protocol.RequestTarget;
import labrepl.cloud.s3.protocol.ResponseWriter;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.S3ErrorXml;
import labrepl.cloud.s3.protocol.S3Response;
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
    public boolean accepts(HttpExchange exchange) {
        return true;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = RequestIds.s3();
        String hostId = RequestIds.s3HostId();
        RequestTarget target = RequestTarget.parse(exchange.getRequestHeaders().getFirst("Host"),
                exchange.getRequestURI().getRawPath());
        S3Response response;
        try {
            Map<String, String> query = PercentCoding.parseQuery(exchange.getRequestURI().getRawQuery());
            Principal principal = authenticator.authenticate(exchange.getRequestHeaders(), query);
            S3Request request = new S3Request(exchange.getRequestMethod(), target, query,
                    exchange.getRequestHeaders(), exchange.getRequestBody(), principal,
                    exchange.getRemoteAddress().getAddress().getHostAddress(), Instant.now());
            response = operations.dispatch(request);
        } catch (S3Error error) {
            response = S3ErrorXml.render(error, target.resource(), requestId, hostId);
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "S3 " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed",
                    bug);
            response = S3ErrorXml.render(S3Error.internalError(bug.toString()), target.resource(), requestId, hostId);
        }
        ResponseWriter.send(exchange, response, requestId, hostId);
    }
}
