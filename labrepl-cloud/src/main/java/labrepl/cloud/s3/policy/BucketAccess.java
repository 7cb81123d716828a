package labrepl.cloud.s3.policy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.Bucket;

/**
 * Decides whether a request may do what it asks on a bucket, as S3 decides for a bucket
 * whose ACLs are disabled: the bucket owner's account may do anything the bucket policy
 * does not explicitly deny; anyone else needs an Allow in the policy, and gets nothing from
 * a public policy while Block Public Access's RestrictPublicBuckets is on.
 */
public final class BucketAccess {

    /** S3 lets the owning account manage the policy even when the policy denies it, so no one is locked out. */
    private static final Set<String> NEVER_LOCKED_OUT =
            Set.of("s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy");

    private final String ownerAccount;
    private final Map<String, ParsedPolicy> parsed = new ConcurrentHashMap<>();

    public BucketAccess(String ownerAccount) {
        this.ownerAccount = ownerAccount;
    }

    private record ParsedPolicy(String text, BucketPolicy policy) {
    }

    /** @throws S3Error AccessDenied when the request is not allowed */
    public void check(Bucket bucket, AccessRequest request) {
        if (!allows(bucket, request)) {
            throw S3Error.accessDenied();
        }
    }

    public boolean allows(Bucket bucket, AccessRequest request) {
        Optional<BucketPolicy> policy = policy(bucket);
        BucketPolicy.Decision decision = policy.map(p -> p.evaluate(request)).orElse(BucketPolicy.Decision.NOT_MENTIONED);
        boolean owner = ownerAccount.equals(request.principal().accountId());
        if (decision == BucketPolicy.Decision.DENY) {
            return owner && NEVER_LOCKED_OUT.contains(request.action());
        }
        if (owner) {
            return true;
        }
        if (policy.isPresent() && policy.get().isPublic() && blockSettings(bucket).restrictPublicBuckets()) {
            return false;
        }
        return decision == BucketPolicy.Decision.ALLOW;
    }

    /**
     * Refuses a policy that Block Public Access does not let this bucket have, with the message
     * S3 gives.
     */
    public void checkNewPolicy(Bucket bucket, BucketPolicy policy, String requesterArn) {
        if (policy.isPublic() && blockSettings(bucket).blockPublicPolicy()) {
            throw S3Error.accessDenied("User: " + requesterArn + " is not authorized to perform: s3:PutBucketPolicy"
                    + " on resource: \"" + AccessRequest.arn(bucket.name(), null) + "\" because public policies are"
                    + " blocked by the BlockPublicPolicy block public access setting.");
        }
    }

    /** The bucket's Block Public Access settings; none configured blocks nothing. */
    public static PublicAccessBlock blockSettings(Bucket bucket) {
        return bucket.document(PublicAccessBlock.SUBRESOURCE).map(PublicAccessBlock::fromStored)
                .orElse(PublicAccessBlock.NONE);
    }

    /** The bucket's policy, parsed once per stored text. */
    public Optional<BucketPolicy> policy(Bucket bucket) {
        Optional<String> text = bucket.document(BucketPolicy.SUBRESOURCE);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ParsedPolicy cached = parsed.get(bucket.name());
        if (cached == null || !cached.text().equals(text.get())) {
            cached = new ParsedPolicy(text.get(), BucketPolicy.parse(text.get(), bucket.name()));
            parsed.put(bucket.name(), cached);
        }
        return Optional.of(cached.policy());
    }
}
