package labrepl.cloud.iam;

import java.util.List;

/** An IAM role as the local cloud keeps it; its managed policies are attached by ARN and never evaluated for function code. */
public record Role(String name, String path, String id, String arn, String createDate, String trustPolicy,
                   String description, int maxSessionDuration, List<String> attachedPolicies) {

    public Role {
        attachedPolicies = List.copyOf(attachedPolicies);
    }

    Role withAttachedPolicies(List<String> policies) {
        return new Role(name, path, id, arn, createDate, trustPolicy, description, maxSessionDuration, policies);
    }
}
