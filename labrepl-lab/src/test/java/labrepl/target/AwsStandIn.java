package labrepl.target;

import java.net.URI;

/**
 * Real AWS as far as LabREPL's rails go (the account in the prompt, confirmations before deleting,
 * {@code --account}), served by a local cloud: how the rails are tested without an account.
 */
public final class AwsStandIn {

    private AwsStandIn() {
    }

    public static Target at(URI endpoint, String region) {
        return Target.awsStandIn(endpoint, region);
    }
}
