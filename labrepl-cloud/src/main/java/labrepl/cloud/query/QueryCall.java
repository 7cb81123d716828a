package labrepl.cloud.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.PercentCoding;
import labrepl.cloud.s3.protocol.XmlWriter;

/**
 * One call in AWS's Query protocol, as IAM and STS take it: a form-encoded POST (members in the
 * query string win) naming its {@code Action}, answered in XML in the service's namespace, every
 * answer carrying the call's request id.
 */
public final class QueryCall {

    private final String namespace;
    private final String version;
    private final Map<String, String> form;
    private final String requestId = UUID.randomUUID().toString();

    private QueryCall(String namespace, String version, Map<String, String> form) {
        this.namespace = namespace;
        this.version = version;
        this.form = form;
    }

    /** Reads the call's form from the request's body and query string. */
    public static QueryCall read(CloudRequest request, String namespace, String version) throws IOException {
        Map<String, String> form = PercentCoding.parseQuery(new String(request.body().readAllBytes(), StandardCharsets.UTF_8));
        form.putAll(PercentCoding.parseQuery(request.rawQuery()));
        return new QueryCall(namespace, version, form);
    }

    public String action() {
        return form.getOrDefault("Action", "");
    }

    /** The form's members: {@code Action} and the action's parameters. */
    public Map<String, String> form() {
        return form;
    }

    /** The answer's document, {@code <ActionResponse>}, for the action's result to be written into. */
    public XmlWriter answerDocument() {
        return XmlWriter.document(action() + "Response", namespace);
    }

    /** The 200 answer: {@code document} with the call's ResponseMetadata appended. */
    public CloudResponse answer(XmlWriter document) {
        document.start("ResponseMetadata").element("RequestId", requestId).end();
        return send(200, document);
    }

    /** The service's ErrorResponse; a 5xx is the receiver's fault, anything else the sender's. */
    public CloudResponse error(int status, String code, String message) {
        return send(status, XmlWriter.document("ErrorResponse", namespace).start("Error")
                .element("Type", status >= 500 ? "Receiver" : "Sender").element("Code", code)
                .element("Message", message).end().element("RequestId", requestId));
    }

    /** The InvalidAction error for an action the service does not have, or for none at all. */
    public CloudResponse unknownAction() {
        String action = action();
        return error(400, "InvalidAction", action.isEmpty() ? "Request is missing Action"
                : "Could not find operation " + action + " for version " + version);
    }

    private CloudResponse send(int status, XmlWriter document) {
        return CloudResponse.bytes(status, "text/xml", document.toBytes()).header("x-amzn-RequestId", requestId);
    }
}
