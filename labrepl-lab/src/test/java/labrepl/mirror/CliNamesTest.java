package labrepl.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CLI's names as botocore forms them from the model's, acronyms and version suffixes included. */
class CliNamesTest {

    @Test
    void camelCaseBecomesKebabCaseAsInTheCli() {
        assertEquals("put-item", CliNames.kebab("PutItem"));
        assertEquals("list-objects-v2", CliNames.kebab("ListObjectsV2"));
        assertEquals("sse-specification", CliNames.kebab("SSESpecification"));
        assertEquals("get-bucket-acl", CliNames.kebab("GetBucketAcl"));
        assertEquals("content-md5", CliNames.kebab("ContentMD5"));
        assertEquals("list-web-acls", CliNames.kebab("ListWebACLs"));
        assertEquals("get-caller-identity", CliNames.kebab("GetCallerIdentity"));
        assertEquals("describe-db-instances", CliNames.kebab("DescribeDBInstances"));
    }
}
