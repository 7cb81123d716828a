package labrepl.cloud.sts;

import java.io.IOException;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.query.QueryCall;

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
        QueryCall call = QueryCall.read(request, NAMESPACE, VERSION);
        if (!call.action().equals("GetCallerIdentity")) {
            return call.unknownAction();
        }
        return call.answer(call.answerDocument().start("GetCallerIdentityResult")
                .element("Arn", "arn:aws:iam::" + identity.accountId() + ":root")
                .element("UserId", identity.accountId()).element("Account", identity.accountId()).end());
    }
}
