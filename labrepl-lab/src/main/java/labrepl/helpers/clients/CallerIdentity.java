package labrepl.helpers.clients;

import java.time.Duration;
import labrepl.target.Target;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/** Who the target's credentials are: STS GetCallerIdentity, which the local cloud answers too. */
public final class CallerIdentity {

    private CallerIdentity() {
    }

    public static String accountOf(Target target) {
        StsClientBuilder builder = StsClient.builder()
                .region(Region.of(target.region()))
                .credentialsProvider(target.credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(30)).build());
        target.endpoint().ifPresent(builder::endpointOverride);
        try (StsClient sts = builder.build()) {
            return sts.getCallerIdentity().account();
        }
    }
}
