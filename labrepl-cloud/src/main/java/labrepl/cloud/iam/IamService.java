package labrepl.cloud.iam;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.http.PercentCoding;
import labrepl.cloud.s3.protocol.XmlWriter;

/**
 * IAM's roles, as much as the Lambda labs use: CreateRole, GetRole, ListRoles, DeleteRole,
 * AttachRolePolicy, DetachRolePolicy and ListAttachedRolePolicies, in IAM's Query protocol (a
 * form POST signed for {@code iam}, answered in XML). Roles and their policies are stored, not
 * enforced: a function's code may call any service of the local cloud whatever its role says.
 */
public final class IamService implements CloudService {

    private static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

    private final RoleCatalog roles;

    public IamService(RoleCatalog roles) {
        this.roles = roles;
    }

    @Override
    public boolean accepts(CloudRequest request) {
        return "iam".equals(request.signedService());
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        Map<String, String> form = PercentCoding.parseQuery(new String(request.body().readAllBytes(), StandardCharsets.UTF_8));
        form.putAll(PercentCoding.parseQuery(request.rawQuery()));
        String action = form.getOrDefault("Action", "");
        String requestId = UUID.randomUUID().toString();
        try {
            XmlWriter answer = XmlWriter.document(action + "Response", NAMESPACE);
            switch (action) {
                case "CreateRole" -> role(answer.start("CreateRoleResult").start("Role"), roles.create(required(form, "RoleName"),
                        form.getOrDefault("Path", "/"), required(form, "AssumeRolePolicyDocument"),
                        form.get("Description"), maxSessionDuration(form))).end().end();
                case "GetRole" -> role(answer.start("GetRoleResult").start("Role"), find(required(form, "RoleName"))).end().end();
                case "ListRoles" -> {
                    answer.start("ListRolesResult").start("Roles");
                    roles.list(form.getOrDefault("PathPrefix", "/")).forEach(r -> role(answer.start("member"), r).end());
                    answer.end().element("IsTruncated", false).end();
                }
                case "DeleteRole" -> roles.delete(required(form, "RoleName"));
                case "AttachRolePolicy" -> roles.attach(required(form, "RoleName"), policyArn(form));
                case "DetachRolePolicy" -> roles.detach(required(form, "RoleName"), policyArn(form));
                case "ListAttachedRolePolicies" -> {
                    List<String> attached = find(required(form, "RoleName")).attachedPolicies();
                    answer.start("ListAttachedRolePoliciesResult").start("AttachedPolicies");
                    for (String arn : attached) {
                        answer.start("member").element("PolicyName", arn.substring(arn.lastIndexOf('/') + 1))
                                .element("PolicyArn", arn).end();
                    }
                    answer.end().element("IsTruncated", false).end();
                }
                default -> throw new IamException(400, "InvalidAction", action.isEmpty() ? "Request is missing Action"
                        : "Could not find operation " + action + " for version 2010-05-08");
            }
            answer.start("ResponseMetadata").element("RequestId", requestId).end();
            return CloudResponse.bytes(200, "text/xml", answer.toBytes()).header("x-amzn-RequestId", requestId);
        } catch (IamException e) {
            XmlWriter error = XmlWriter.document("ErrorResponse", NAMESPACE).start("Error")
                    .element("Type", e.status() >= 500 ? "Receiver" : "Sender").element("Code", e.code())
                    .element("Message", e.getMessage()).end().element("RequestId", requestId);
            return CloudResponse.bytes(e.status(), "text/xml", error.toBytes()).header("x-amzn-RequestId", requestId);
        }
    }

    private Role find(String name) {
        return roles.find(name).orElseThrow(() -> IamException.noSuchRole(name));
    }

    private static String required(Map<String, String> form, String member) {
        String value = form.get(member);
        if (value == null) {
            throw IamException.validation("1 validation error detected: Value null at '"
                    + Character.toLowerCase(member.charAt(0)) + member.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    /** MaxSessionDuration, seconds: an hour unless given, at most 12 hours, as IAM's model says. */
    private static int maxSessionDuration(Map<String, String> form) {
        String text = form.getOrDefault("MaxSessionDuration", "3600");
        int seconds;
        try {
            seconds = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw IamException.validation("1 validation error detected: Value '" + text
                    + "' at 'maxSessionDuration' failed to satisfy constraint: Member must be an integer");
        }
        if (seconds < 3600 || seconds > 43200) {
            throw IamException.validation("1 validation error detected: Value '" + seconds
                    + "' at 'maxSessionDuration' failed to satisfy constraint: Member must have value "
                    + (seconds < 3600 ? "greater than or equal to 3600" : "less than or equal to 43200"));
        }
        return seconds;
    }

    private static String policyArn(Map<String, String> form) {
        String arn = required(form, "PolicyArn");
        if (!arn.matches("arn:(aws[a-zA-Z-]*)?:iam::(aws|\\d{12}):policy/.+")) {
            throw new IamException(400, "InvalidInput", "ARN " + arn + " is not valid.");
        }
        return arn;
    }

    /** The role's members inside the element just opened ({@code Role}, or a list's {@code member}). */
    private static XmlWriter role(XmlWriter xml, Role role) {
        return xml.element("Path", role.path()).element("RoleName", role.name())
                .element("RoleId", role.id()).element("Arn", role.arn()).element("CreateDate", role.createDate())
                .element("AssumeRolePolicyDocument", URLEncoder.encode(role.trustPolicy(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .element("Description", role.description()).element("MaxSessionDuration", role.maxSessionDuration());
    }
}
