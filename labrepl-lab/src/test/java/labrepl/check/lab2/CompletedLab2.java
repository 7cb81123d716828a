package labrepl.check.lab2;

import java.nio.file.Path;
import labrepl.cloud.junit.TestCloud;
import labrepl.helpers.lambda.FunctionDeployer;
import labrepl.helpers.lambda.FunctionPackage;
import labrepl.helpers.lambda.FunctionTestRun;

/**
 * Lab 2 done as the lab asks, on a cloud where Lab 1's table is: the two functions in Java from
 * the repository's lambda/ folder, deployed with their roles, and SaveCustomer tested with the
 * lab's test event. The packages are built once per test run.
 */
public final class CompletedLab2 {

    public static final String SAVE_EVENT =
            "{\"queryStringParameters\": {\"id\": \"ABE125\", \"firstname\": \"Pat\", \"lastname\": \"Candella\"}}";
    private static FunctionPackage listCustomers;
    private static FunctionPackage saveCustomer;

    private final FunctionDeployer deployer;

    public CompletedLab2(TestCloud cloud) {
        this.deployer = new FunctionDeployer(cloud.lambda());
    }

    public static synchronized FunctionPackage listCustomersPackage() {
        if (listCustomers == null) {
            listCustomers = FunctionPackage.fromSource(Path.of("lambda/ListCustomers.java"));
        }
        return listCustomers;
    }

    private static synchronized FunctionPackage saveCustomerPackage() {
        if (saveCustomer == null) {
            saveCustomer = FunctionPackage.fromSource(Path.of("lambda/SaveCustomer.java"));
        }
        return saveCustomer;
    }

    public CompletedLab2 all() {
        deploy("ListCustomers", listCustomersPackage());
        deploy("SaveCustomer", saveCustomerPackage());
        FunctionTestRun saved = deployer.invoke("SaveCustomer", SAVE_EVENT);
        if (!saved.succeeded()) {
            throw new AssertionError("SaveCustomer's test event failed: " + saved);
        }
        return this;
    }

    /** Deploys {@code code} as {@code name}, with the lab's role of that name. */
    public CompletedLab2 deploy(String name, FunctionPackage code) {
        return deploy(name, code, name);
    }

    public CompletedLab2 deploy(String name, FunctionPackage code, String role) {
        deployer.deploy(name, code, "arn:aws:iam::000000000000:role/" + role);
        return this;
    }
}
