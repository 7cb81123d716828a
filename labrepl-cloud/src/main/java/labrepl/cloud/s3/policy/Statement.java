package labrepl.cloud.s3.policy;

import java.util.List;
import java.util.Set;

/**
 * One statement of a bucket policy, read and checked by {@link BucketPolicy}.
 *
 * @param everyone   the principal is {@code "*"} or {@code {"AWS": "*"}}: anyone, anonymous callers included
 * @param accounts   account ids the principal names (by id or root ARN)
 * @param notPrincipal the principal element was NotPrincipal
 */
record Statement(boolean allow, boolean everyone, Set<String> accounts, boolean notPrincipal,
                 List<String> actions, boolean notAction, List<String> resources, boolean notResource,
                 List<Condition> conditions) {

    /** Whether this statement speaks about the request (its effect then applies). */
    boolean applies(AccessRequest request) {
        return principalMatches(request) && actionMatches(request.action()) && resourceMatches(request.resourceArn())
                && conditions.stream().allMatch(condition -> condition.holds(request));
    }

    private boolean principalMatches(AccessRequest request) {
        boolean named = everyone
                || !request.principal().isAnonymous() && accounts.contains(request.principal().accountId());
        return notPrincipal != named;
    }

    private boolean actionMatches(String action) {
        boolean named = actions.stream().anyMatch(pattern -> Wildcard.matches(pattern, action, true));
        return notAction != named;
    }

    private boolean resourceMatches(String arn) {
        boolean named = resources.stream().anyMatch(pattern -> Wildcard.matches(pattern, arn, false));
        return notResource != named;
    }
}
