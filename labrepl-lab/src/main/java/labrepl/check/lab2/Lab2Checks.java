package labrepl.check.lab2;

import java.util.List;
import labrepl.check.Check;
import labrepl.check.LabChecks;
import labrepl.check.lab1.TableChecks;

/**
 * Lab 2: the two functions the page needs. ListCustomers is tested as the lab tests it; SaveCustomer
 * would write, so it is judged by the customer its test event saves.
 */
public final class Lab2Checks {

    public static final LabChecks LAB = new LabChecks("lab2",
            "Lab 2: the functions ListCustomers and SaveCustomer", List.of(
            Check.of("list-function", "2.1", "the function ListCustomers, ready to run",
                    FunctionChecks.exists("ListCustomers")),
            Check.of("list-role", "2.1", "ListCustomers runs as the lab's role ListCustomers",
                    FunctionChecks.role("ListCustomers")).needing("list-function"),
            Check.of("list-test", "2.1", "a test of ListCustomers answers {\"result\": [[ID, firstname, lastname], …]}",
                    TestInvoke.listsCustomers("ListCustomers")).needing("list-function"),
            Check.of("save-function", "2.2", "the function SaveCustomer, ready to run",
                    FunctionChecks.exists("SaveCustomer")),
            Check.of("save-role", "2.2", "SaveCustomer runs as the lab's role SaveCustomer",
                    FunctionChecks.role("SaveCustomer")).needing("save-function"),
            Check.of("save-test", "2.2", "the customer ABE125 Pat Candella, saved by SaveCustomer's test event",
                    TableChecks.customer("ABE125", "Pat", "Candella", "test SaveCustomer with the event"
                            + " {\"queryStringParameters\": {\"id\": \"ABE125\", \"firstname\": \"Pat\", \"lastname\":"
                            + " \"Candella\"}}")).needing("save-function")));

    private Lab2Checks() {
    }
}
