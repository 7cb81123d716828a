package labrepl.helpers.clients;

import java.util.List;

/**
 * A call about to delete something on real AWS, as the learner is asked about it: the service,
 * the operation, what it names (its resource members, e.g. {@code TableName LabCustomers}), and the region.
 */
public record DestructiveCall(String service, String operation, List<String> resource, String region) {

    public DestructiveCall {
        resource = List.copyOf(resource);
    }

    /** E.g. {@code DynamoDB DeleteTable on real AWS (us-west-2): TableName LabCustomers}. */
    public String describe() {
        return service + " " + operation + " on real AWS (" + region + ")"
                + (resource.isEmpty() ? "" : ": " + String.join(", ", resource));
    }

    /** The kind of call one answer covers for the rest of the session. */
    String kind() {
        return service + " " + operation;
    }
}
