package labrepl.helpers;

/** Choices for {@link Lab#pretty(Object, PrettyOption)}. */
public enum PrettyOption {
    /**
     * Print a response the way the lab's boto3 step does ({@code json.dumps(response, indent=4,
     * default=str)}): every member, then {@code ResponseMetadata} with the request id, HTTP status,
     * headers and retries.
     */
    WITH_METADATA
}
