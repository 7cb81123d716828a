package labrepl.cloud.sts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.http.PercentCoding;

/**
 * The one STS call a lab needs: GetCallerIdentity, so that {@code aws sts
 * get-caller-identity} and the REPL's {@code accountId()} name the local account, as they
 * name the real one on AWS. STS speaks the Query protocol: a form-encoded POST signed for
 * the {@code sts} service, answered in XML.
 */
public final class StsService implements CloudService {

    private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final String VERSION = "2011-06-15";

    private final CloudIdentity identity;

    public StsService(CloudIdentity identity) {
        this.identity = identity;
    }

    @Override
    public boolean accepts(CloudRequest request) {
        return "sts".equals(request.signedService());
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        Map<String, String> form = new HashMap<>(PercentCoding.parseQuery(new String(request.body().readAllBytes(),
                StandardCharsets.UTF_8)));
        form.putAll(PercentCoding.parseQuery(request.rawQuery()));
        String action = form.getOrDefault("Action", "");
        String requestId = UUID.randomUUID().toString();
        if (action.equals("GetCallerIdentity")) {
            return send(200, requestId, "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">\n"
                    + "  <GetCallerIdentityResult>\n"
                    + "    <Arn>arn:aws:iam::" + identity.accountId() + ":root</Arn>\n"
                    + "    <UserId>" + identity.accountId() + "</UserId>\n"
                    + "    <Account>" + identity.accountId() + "</Account>\n"
                    + "  </GetCallerIdentityResult>\n"
                    + "  <ResponseMetadata>\n    <RequestId>" + requestId + "</RequestId>\n  </ResponseMetadata>\n"
                    + "</GetCallerIdentityResponse>\n");
        }
        String message = action.isEmpty() ? "Request is missing Action"
                : "Could not find operation " + xml(action) + " for version " + VERSION;
        return send(400, requestId, "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <Error>\n    <Type>Sender</Type>\n    <Code>InvalidAction</Code>\n"
                + "    <Message>" + message + "</Message>\n  </Error>\n"
                + "  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static CloudResponse send(int status, String requestId, String body) {
        return CloudResponse.text(status, "text/xml", body).header("x-amzn-RequestId", requestId);
    }
}
