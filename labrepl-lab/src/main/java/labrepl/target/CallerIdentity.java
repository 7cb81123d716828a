package labrepl.target;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/** Who the target's credentials are: STS GetCallerIdentity, which the local cloud answers too. */
public final class CallerIdentity {

    private CallerIdentity() {
    }

    /** The account id of the target's credentials, asked of the target's STS. */
    public static String accountOf(Target target) {
        StsClientBuilder builder = StsClient.builder()
                .region(Region.of(target.region()))
                .credentialsProvider(target.credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(30)).build());
        target.endpoint(AwsService.STS).ifPresent(builder::endpointOverride);
        try (StsClient sts = builder.build()) {
            return sts.getCallerIdentity().account();
        }
    }
}
