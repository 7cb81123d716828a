package labrepl.cloud.iam;

import com.google.gson.Gson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;

/**
 * The account's IAM roles, kept in the data store. The lab's roles {@code ListCustomers} and
 * {@code SaveCustomer} exist from the start, as they do in the lab's account, trusted by Lambda
 * and with the DynamoDB policies the labs attach.
 */
public final class RoleCatalog {

    /** A trust policy that lets Lambda assume a role, as the lab's roles have. */
    static final String LAMBDA_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final List<String> LAB_ROLES = List.of("ListCustomers", "SaveCustomer");
    private static final List<String> LAB_POLICIES = List.of("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    private static final Gson GSON = new Gson();
    private static final char[] ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final StoredMap<String, String> roles;
    private final String accountId;

    public RoleCatalog(DataStore store, String accountId) {
        this.roles = store.stringMap("iam.roles");
        this.accountId = accountId;
        StoredMap<String, String> seeded = store.stringMap("iam.seeded");
        if (seeded.get("lab-roles") == null) {
            for (String name : LAB_ROLES) {
                create(name, "/", LAMBDA_TRUST, "Role of the lab's " + name + " function", 3600);
                LAB_POLICIES.forEach(policy -> attach(name, policy));
            }
            seeded.putDurably("lab-roles", "true");
        }
    }

    /** True when {@code arn} names a role of this account. */
    public boolean exists(String arn) {
        String prefix = "arn:aws:iam::" + accountId + ":role/";
        if (!arn.startsWith(prefix)) {
            return false;
        }
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        return find(name).filter(role -> role.arn().equals(arn)).isPresent();
    }

    public Optional<Role> find(String name) {
        return Optional.ofNullable(roles.get(name)).map(json -> GSON.fromJson(json, Role.class));
    }

    public List<Role> list(String pathPrefix) {
        List<Role> found = new ArrayList<>();
        roles.forEach((name, json) -> {
            Role role = GSON.fromJson(json, Role.class);
            if (role.path().startsWith(pathPrefix)) {
                found.add(role);
            }
        });
        return found;
    }

    synchronized Role create(String name, String path, String trustPolicy, String description, int maxSession) {
        if (roles.get(name) != null) {
            throw new IamException(409, "EntityAlreadyExists", "Role with name " + name + " already exists.");
        }
        Role role = new Role(name, path, "AROA" + randomId(17), "arn:aws:iam::" + accountId + ":role" + path + name,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), trustPolicy, description, maxSession, List.of());
        save(role);
        return role;
    }

    synchronized void delete(String name) {
        Role role = find(name).orElseThrow(() -> IamException.noSuchRole(name));
        if (!role.attachedPolicies().isEmpty()) {
            throw new IamException(409, "DeleteConflict", "Cannot delete entity, must detach all policies first.");
        }
        roles.removeDurably(name);
    }

    synchronized void attach(String name, String policyArn) {
        Role role = find(name).orElseThrow(() -> IamException.noSuchRole(name));
        if (!role.attachedPolicies().contains(policyArn)) {
            List<String> policies = new ArrayList<>(role.attachedPolicies());
            policies.add(policyArn);
            save(role.withAttachedPolicies(policies));
        }
    }

    synchronized void detach(String name, String policyArn) {
        Role role = find(name).orElseThrow(() -> IamException.noSuchRole(name));
        if (!role.attachedPolicies().contains(policyArn)) {
            throw new IamException(404, "NoSuchEntity", "Policy " + policyArn + " was not found.");
        }
        save(role.withAttachedPolicies(role.attachedPolicies().stream().filter(p -> !p.equals(policyArn)).toList()));
    }

    private void save(Role role) {
        roles.putDurably(role.name(), GSON.toJson(role));
    }

    private static String randomId(int length) {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = ID_CHARACTERS[ThreadLocalRandom.current().nextInt(ID_CHARACTERS.length)];
        }
        return new String(id);
    }
}
