package labrepl.cloud.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

@WithLocalCloud
class RolesTest {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @Test
    void theLabsRolesExistFromTheStart(IamClient iam) {
        Role role = iam.getRole(b -> b.roleName("ListCustomers")).role();
        assertEquals("arn:aws:iam::000000000000:role/ListCustomers", role.arn());
        assertTrue(role.roleId().startsWith("AROA"));
        assertTrue(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8).contains("lambda.amazonaws.com"));
        assertTrue(iam.listRoles().roles().stream().anyMatch(r -> r.roleName().equals("SaveCustomer")));
        assertTrue(iam.listAttachedRolePolicies(b -> b.roleName("SaveCustomer")).attachedPolicies().stream()
                .anyMatch(p -> p.policyName().equals("AmazonDynamoDBFullAccess")));
    }

    @Test
    void aLearnersRoleIsCreatedAttachedDetachedAndDeleted(IamClient iam) {
        Role created = iam.createRole(b -> b.roleName("MyFunctionRole").assumeRolePolicyDocument(TRUST)).role();
        assertEquals("arn:aws:iam::000000000000:role/MyFunctionRole", created.arn());
        assertEquals("Role with name MyFunctionRole already exists.", assertThrows(EntityAlreadyExistsException.class,
                () -> iam.createRole(b -> b.roleName("MyFunctionRole").assumeRolePolicyDocument(TRUST)))
                .awsErrorDetails().errorMessage());
        String policy = "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess";
        iam.attachRolePolicy(b -> b.roleName("MyFunctionRole").policyArn(policy));
        assertEquals(policy, iam.listAttachedRolePolicies(b -> b.roleName("MyFunctionRole")).attachedPolicies().get(0).policyArn());
        assertEquals("Cannot delete entity, must detach all policies first.", assertThrows(DeleteConflictException.class,
                () -> iam.deleteRole(b -> b.roleName("MyFunctionRole"))).awsErrorDetails().errorMessage());
        iam.detachRolePolicy(b -> b.roleName("MyFunctionRole").policyArn(policy));
        iam.deleteRole(b -> b.roleName("MyFunctionRole"));
        assertEquals("The role with name MyFunctionRole cannot be found.", assertThrows(NoSuchEntityException.class,
                () -> iam.getRole(b -> b.roleName("MyFunctionRole"))).awsErrorDetails().errorMessage());
    }

    @Test
    void aSessionDurationOutsideOneToTwelveHoursIsAValidationError(IamClient iam) {
        IamException refused = assertThrows(IamException.class, () -> iam.createRole(b -> b.roleName("Brief")
                .assumeRolePolicyDocument(TRUST).maxSessionDuration(60)));
        assertEquals("ValidationError", refused.awsErrorDetails().errorCode());
        assertEquals("1 validation error detected: Value '60' at 'maxSessionDuration' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 3600", refused.awsErrorDetails().errorMessage());
        assertEquals(43200, iam.createRole(b -> b.roleName("Long").assumeRolePolicyDocument(TRUST)
                .maxSessionDuration(43200)).role().maxSessionDuration());
    }
}
