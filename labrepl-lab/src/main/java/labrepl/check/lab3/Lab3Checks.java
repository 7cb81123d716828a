package labrepl.check.lab3;

import java.util.List;
import labrepl.check.Check;
import labrepl.check.LabChecks;

/**
 * Lab 3: the HTTP API customer-app in front of the two functions, open to the page's origin, and
 * the page on the website calling it. The API is asked what it is; a visitor's GET shows that it
 * works.
 */
public final class Lab3Checks {

    public static final LabChecks LAB = new LabChecks("lab3",
            "Lab 3: the HTTP API customer-app, and the page calling it", List.of(
            Check.of("api", "3.1", "the HTTP API customer-app", ApiChecks::api),
            Check.of("stage", "3.1", "its $default stage, deployed automatically", ApiChecks::stage).needing("api"),
            Check.of("list-route", "3.1", "the route GET /ListCustomers, a Lambda integration to ListCustomers with"
                    + " payload 2.0", RouteChecks.route("GET", "ListCustomers")).needing("api"),
            Check.of("list-permission", "3.1", "ListCustomers lets API Gateway invoke it",
                    PermissionChecks.invokableByTheApi("ListCustomers", "GET")).needing("api"),
            Check.of("save-route", "3.2", "the route POST /SaveCustomer, a Lambda integration to SaveCustomer with"
                    + " payload 2.0", RouteChecks.route("POST", "SaveCustomer")).needing("api"),
            Check.of("save-permission", "3.2", "SaveCustomer lets API Gateway invoke it",
                    PermissionChecks.invokableByTheApi("SaveCustomer", "POST")).needing("api"),
            Check.of("cors", "3.3", "CORS allows the page's origin and the methods GET and POST", ApiChecks::cors)
                    .needing("api"),
            Check.of("invoke-url", "3.4", "a GET of the invoke URL's /ListCustomers lists the customers",
                    VisitChecks::listsThroughTheInvokeUrl).needing("api", "stage"),
            Check.of("page", "3.4", "the page on the website calls the API's invoke URL", VisitChecks::pageCallsTheApi)
                    .needing("api")));

    private Lab3Checks() {
    }
}
