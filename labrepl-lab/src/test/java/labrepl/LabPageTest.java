package labrepl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lab's customer page at the repository root has what the lab's Tasks 1.4 and 1.5 describe. */
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
    void theScriptCallsListCustomersAndSaveCustomerAndRendersDataAsText() throws Exception {
        String html = page();
        assertTrue(html.contains("\"/ListCustomers\", { method: \"GET\" }"));
        assertTrue(html.contains("\"/SaveCustomer\", {\n          method: \"POST\""));
        assertTrue(html.contains("td.textContent"));
        assertFalse(html.contains("innerHTML"), "customer data is never parsed as HTML");
        assertTrue(html.contains("unreachable"), "a clear message when the API cannot be reached");
        assertTrue(html.contains("aria-live=\"polite\""), "messages are announced to screen readers");
    }
}
