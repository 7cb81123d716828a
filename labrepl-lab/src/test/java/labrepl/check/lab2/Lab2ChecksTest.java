package labrepl.check.lab2;

import static labrepl.check.Grades.assertGrades;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import labrepl.check.CheckResult;
import labrepl.check.CheckResult.Status;
import labrepl.check.Grades;
import labrepl.check.lab1.CompletedLab1;
import labrepl.cloud.junit.TestCloud;
import labrepl.helpers.lambda.FunctionPackage;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Lab 2's checks: all pass on the completed lab (the Java functions of lambda/, SaveCustomer
 * tested with the lab's event), and each hint appears when that one step was left out or done
 * wrong. Steps done wrong on the completed lab are undone after their test; a missing or
 * misbehaving function gets a cloud of its own.
 */
@Tag("process")
class Lab2ChecksTest {

    private static TestCloud completed;
    @TempDir
    Path folder;

    @BeforeAll
    static void completeTheLab() {
        completed = TestCloud.inMemory();
        new CompletedLab1(completed).table().customers();
        new CompletedLab2(completed).all();
    }

    @AfterAll
    static void stop() {
        completed.close();
    }

    private static Map<String, CheckResult> grade(TestCloud cloud) {
        return Grades.of(Target.localCloud(cloud.endpoint(), TestCloud.REGION), Lab2Checks.LAB);
    }

    /**
     * The grade of ListCustomers' test on a cloud with Lab 1's table and {@code source} deployed as
     * ListCustomers, once {@code prepare} has run.
     */
    private Map<String, CheckResult> listTest(String source, Consumer<TestCloud> prepare) throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            new CompletedLab1(cloud).table().customers();
            Path file = Files.writeString(folder.resolve("ListCustomers.java"), source);
            new CompletedLab2(cloud).deploy("ListCustomers", FunctionPackage.fromSource(file));
            prepare.accept(cloud);
            return Map.of("list-test", grade(cloud).get("list-test"));
        }
    }

    private Map<String, CheckResult> listTest(String source) throws Exception {
        return listTest(source, cloud -> { });
    }

    @Test
    void everyCheckPassesOnTheCompletedLab() {
        assertGrades(grade(completed));
    }

    @Test
    void missingFunctionsAreNamedAndWhatNeedsThemIsBlocked() {
        try (TestCloud cloud = TestCloud.inMemory()) {
            new CompletedLab1(cloud).table().customers();

            assertGrades(grade(cloud),
                    "list-function", Status.FAILED, "there is no function ListCustomers in us-west-2; create it with"
                            + " the role ListCustomers",
                    "list-role", Status.BLOCKED, "needs 2.1 the function ListCustomers",
                    "list-test", Status.BLOCKED, "needs 2.1",
                    "save-function", Status.FAILED, "there is no function SaveCustomer",
                    "save-role", Status.BLOCKED, "needs 2.2",
                    "save-test", Status.BLOCKED, "needs 2.2");
        }
    }

    @Test
    void aFunctionNamedInAnotherCaseIsPointedOut() {
        try (TestCloud cloud = TestCloud.inMemory()) {
            new CompletedLab2(cloud).deploy("listCustomers", CompletedLab2.listCustomersPackage(), "ListCustomers");

            CheckResult list = grade(cloud).get("list-function");

            assertGrades(Map.of("list-function", list), "list-function", Status.FAILED, "there is no function"
                    + " ListCustomers but there is listCustomers: function names are case sensitive, and Lab 3's API"
                    + " calls ListCustomers");
        }
    }

    @Test
    void anotherRoleIsTheHint() {
        completed.lambda().updateFunctionConfiguration(b -> b.functionName("ListCustomers")
                .role("arn:aws:iam::000000000000:role/SaveCustomer"));
        try {
            assertGrades(grade(completed), "list-role", Status.FAILED, "ListCustomers runs as"
                    + " arn:aws:iam::000000000000:role/SaveCustomer; choose the existing role ListCustomers");
        } finally {
            completed.lambda().updateFunctionConfiguration(b -> b.functionName("ListCustomers")
                    .role("arn:aws:iam::000000000000:role/ListCustomers"));
        }
    }

    @Test
    void aHandlerThatNamesNoMethodIsTheHint() {
        completed.lambda().updateFunctionConfiguration(b -> b.functionName("ListCustomers")
                .handler("ListCustomers::handle"));
        completed.lambda().waiter().waitUntilFunctionUpdatedV2(b -> b.functionName("ListCustomers"));
        try {
            assertGrades(grade(completed), "list-test", Status.FAILED, "; its handler must name the code's class and"
                    + " method (Java: ListCustomers::handleRequest; Python: lambda_function.lambda_handler)");
        } finally {
            completed.lambda().updateFunctionConfiguration(b -> b.functionName("ListCustomers")
                    .handler("ListCustomers::handleRequest"));
            completed.lambda().waiter().waitUntilFunctionUpdatedV2(b -> b.functionName("ListCustomers"));
        }
    }

    @Test
    void aFunctionThatFindsNoTableIsTheHint() {
        try (TestCloud cloud = TestCloud.inMemory()) {
            new CompletedLab2(cloud).deploy("ListCustomers", CompletedLab2.listCustomersPackage());

            assertGrades(grade(cloud),
                    "list-test", Status.FAILED, "; the function reads the table LabCustomers, which must exist in its"
                            + " region",
                    "save-function", Status.FAILED, "there is no function SaveCustomer",
                    "save-role", Status.BLOCKED, "", "save-test", Status.BLOCKED, "");
        }
    }

    @Test
    void aMissingSavedCustomerSaysWhichTestEventSavesIt() {
        completed.dynamodb().deleteItem(b -> b.tableName("LabCustomers").key(Map.of("ID", AttributeValue.fromS("ABE125"))));
        try {
            assertGrades(grade(completed), "save-test", Status.FAILED, "there is no customer with ID ABE125; test"
                    + " SaveCustomer with the event {\"queryStringParameters\": {\"id\": \"ABE125\"");
        } finally {
            completed.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Map.of("ID", AttributeValue.fromS("ABE125"),
                    "firstname", AttributeValue.fromS("Pat"), "lastname", AttributeValue.fromS("Candella"))));
        }
    }

    @Test
    void anAnswerWithoutResultIsTheHint() throws Exception {
        assertGrades(listTest("""
                import java.util.List;
                import java.util.Map;
                public class ListCustomers {
                    public List<List<String>> handleRequest(Map<String, Object> event) {
                        return List.of(List.of("ABC123", "Manu", "Kwesi"));
                    }
                }
                """), "list-test", Status.FAILED, "a test of ListCustomers answers [[\"ABC123\",\"Manu\",\"Kwesi\"]], but"
                + " the page reads json.result: return an object {\"result\": rows}");
    }

    @Test
    void rowsThatAreNotListsOfThreeStringsAreTheHint() throws Exception {
        assertGrades(listTest("""
                import java.util.List;
                import java.util.Map;
                public class ListCustomers {
                    public Map<String, Object> handleRequest(Map<String, Object> event) {
                        return Map.of("result", List.of(Map.of("ID", "ABC123")));
                    }
                }
                """), "list-test", Status.FAILED, "but each row should be [ID, firstname, lastname], three strings, as the"
                + " page shows them, not {\"ID\":\"ABC123\"}");
    }

    @Test
    void anHttpStyleAnswerWithTheRowsInItsBodyPasses() throws Exception {
        assertGrades(listTest("""
                import java.util.Map;
                public class ListCustomers {
                    public Map<String, Object> handleRequest(Map<String, Object> event) {
                        return Map.of("statusCode", 200, "body", "{\\"result\\": [[\\"ABC123\\", \\"Manu\\", \\"Kwesi\\"]]}");
                    }
                }
                """));
    }

    @Test
    void anAnswerWithoutTheLabsCustomerIsTheHint() throws Exception {
        assertGrades(listTest("""
                import java.util.List;
                import java.util.Map;
                public class ListCustomers {
                    public Map<String, Object> handleRequest(Map<String, Object> event) {
                        return Map.of("result", List.of());
                    }
                }
                """), "list-test", Status.FAILED,
                "without the customer ABC123 Manu Kwesi; it should list every item of LabCustomers");
    }

    @Test
    void aFunctionThatRunsOutOfTimeIsTheHint() throws Exception {
        assertGrades(listTest("""
                import java.util.Map;
                public class ListCustomers {
                    public Map<String, Object> handleRequest(Map<String, Object> event) throws Exception {
                        Thread.sleep(10_000);
                        return Map.of();
                    }
                }
                """, cloud -> {
                    cloud.lambda().updateFunctionConfiguration(b -> b.functionName("ListCustomers").timeout(1));
                    cloud.lambda().waiter().waitUntilFunctionUpdatedV2(b -> b.functionName("ListCustomers"));
                }), "list-test", Status.FAILED, "; it ran out of time: raise its timeout");
    }
}
