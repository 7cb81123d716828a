package labrepl.target;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * Real AWS as a target. Before anything runs against it, makes sure there is a region and there are
 * credentials, and otherwise explains in one paragraph how to give them. A stack trace from the
 * SDK's provider chain teaches a learner nothing.
 */
public final class AwsTarget {

    /** A problem the learner fixes in their environment; the message says how. */
    public static final class NotConfigured extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConfigured(String message) {
            super(message);
        }
    }

    private AwsTarget() {
    }

    /**
     * Real AWS in {@code region} (null: where the AWS CLI would look) with {@code profile}'s credentials
     * (null: the default chain).
     */
    static Target resolve(String region, String profile) {
        String chosen = region != null ? region : regionFromEnvironment(profile);
        Target target = Target.aws(chosen, profile);
        try {
            target.credentials().resolveCredentials();
        } catch (SdkClientException | IllegalArgumentException | IllegalStateException e) {
            throw new NotConfigured("labrepl --aws found no AWS credentials" + (profile == null ? "" : " for profile "
                    + profile) + ". It looks where the AWS CLI looks: the variables AWS_ACCESS_KEY_ID and"
                    + " AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN for temporary credentials, such as a lab's),"
                    + " then ~/.aws/credentials and ~/.aws/config (written by `aws configure`, or by `aws sso login`"
                    + " for single sign-on), then a container or instance role. Export the values your lab or"
                    + " administrator gives you, or name a configured profile with --profile NAME. Without --aws,"
                    + " LabREPL uses its local cloud and needs no account. (The SDK said: " + firstLine(e) + ")");
        }
        return target;
    }

    /** As the CLI and SDKs find it, minus the instance metadata service (no network before the prompt). */
    private static String regionFromEnvironment(String profile) {
        String fromEnvironment = System.getenv("AWS_DEFAULT_REGION");
        try {
            AwsRegionProviderChain chain = new AwsRegionProviderChain(
                    new SystemSettingsRegionProvider(),
                    () -> fromEnvironment == null || fromEnvironment.isBlank() ? null : Region.of(fromEnvironment.strip()),
                    new AwsProfileRegionProvider(ProfileFile::defaultProfileFile,
                            profile != null ? profile : ProfileFileSystemSetting.AWS_PROFILE.getStringValueOrThrow()));
            return chain.getRegion().id();
        } catch (SdkClientException e) {
            throw new NotConfigured("labrepl --aws needs a region: each AWS region is a separate set of endpoints,"
                    + " and nothing here names one. Give it with --region us-west-2, or `export AWS_REGION=us-west-2`,"
                    + " or a line `region = us-west-2` in the [default] section of ~/.aws/config (or in"
                    + " [profile NAME] when you use --profile NAME). A lab names its region next to its instructions.");
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
