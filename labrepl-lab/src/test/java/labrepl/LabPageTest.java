package labrepl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The lab's customer page at the repository root has what the lab's Tasks 1.4 and 1.5 describe and
 * speaks lab 3's API contract; {@link LabPageBrowserTest} runs it in a browser.
 */
class LabPageTest {

    private static String page() throws Exception {
        return Files.readString(Path.of("index.html"));
    }

    @Test
    void theFormHasTheEndpointFieldTheCustomerFieldsAndTheTwoButtons() throws Exception {
        String html = page();
        assertTrue(html.contains("value=\"UPDATE-ME\""), "the API Endpoint starts as UPDATE-ME");
        for (String label : new String[] {">API Endpoint", ">Customer ID", ">First Name", ">Last Name"}) {
            assertTrue(html.contains(label), label);
        }
        assertTrue(html.contains("<button id=\"send\""));
        assertTrue(html.contains("Save customer &amp; then list customers</button>"));
        assertTrue(html.contains("<button id=\"get_items\""));
        assertTrue(html.contains("Only list customers</button>"));
        assertTrue(html.contains("<th scope=\"col\">Customer ID</th><th scope=\"col\">First Name</th>"
                + "<th scope=\"col\">Last Name</th>"));
    }

    @Test
    void theScriptSpeaksTheLabsContractAndRendersDataAsText() throws Exception {
        String html = page();
        assertTrue(html.contains("callApi(\"ListCustomers\", { method: \"GET\" })"), "GET {endpoint}ListCustomers");
        assertTrue(html.contains("answer.result"), "the list is the answer's result");
        assertTrue(html.contains("callApi(\"SaveCustomer?\" + customer, { method: \"POST\" })"),
                "POST {endpoint}SaveCustomer?id=…&firstname=…&lastname=… with no body");
        assertTrue(html.contains("new URLSearchParams({\n        id:"), "the save's query names are id, firstname, lastname");
        assertTrue(html.contains("replace(/\\/+$/, \"\") + \"/\""), "an endpoint with or without its trailing / works");
        assertTrue(html.contains("td.textContent"));
        assertFalse(html.contains("innerHTML"), "customer data is never parsed as HTML");
        assertTrue(html.contains("unreachable"), "a clear message when the API cannot be reached");
        assertTrue(html.contains("CORS"), "a clear message when the API's CORS refuses the page");
        assertTrue(html.contains("aria-live=\"polite\""), "messages are announced to screen readers");
    }
}
