package labrepl.cloud.s3.policy;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import labrepl.cloud.s3.auth.Principal;

/**
 * What a request asks to do, as a policy judges it: who asks, the action
 * ({@code s3:GetObject}), the resource's ARN and the condition keys the request carries.
 *
 * @param context condition-key values by key; keys compare regardless of case, as IAM's do
 */
public record AccessRequest(Principal principal, String action, String resourceArn, Map<String, String> context) {

    public AccessRequest {
        Map<String, String> lower = new TreeMap<>();
        context.forEach((key, value) -> {
            if (value != null) {
                lower.put(key.toLowerCase(Locale.ROOT), value);
            }
        });
        context = lower;
    }

    /** The ARN of a bucket, or of an object when {@code key} is not null. */
    public static String arn(String bucket, String key) {
        return key == null ? "arn:aws:s3:::" + bucket : "arn:aws:s3:::" + bucket + "/" + key;
    }

    /** The value of a condition key, or null when the request does not carry it. */
    String value(String key) {
        return context.get(key.toLowerCase(Locale.ROOT));
    }
}
