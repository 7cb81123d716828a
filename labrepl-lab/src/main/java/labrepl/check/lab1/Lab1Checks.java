package labrepl.check.lab1;

import java.util.List;
import labrepl.check.Check;
import labrepl.check.LabChecks;

/**
 * Lab 1: the page on an S3 website, and the table of customers. The checks follow the lab's
 * tasks; the items are the two customers it adds.
 */
public final class Lab1Checks {

    public static final LabChecks LAB = new LabChecks("lab1",
            "Lab 1: the page on an S3 website, and the LabCustomers table", List.of(
            Check.of("bucket", "1.1", "the bucket customerswebsite-REGION-ACCOUNT_ID, in the lab's region",
                    WebsiteChecks::bucket),
            Check.of("public-access", "1.1", "Block Public Access off for the bucket", WebsiteChecks::publicAccess)
                    .needing("bucket"),
            Check.of("policy", "1.2", "a bucket policy that lets anyone read the objects", WebsiteChecks::policy)
                    .needing("bucket"),
            Check.of("website", "1.3", "static website hosting with the index document index.html",
                    WebsiteChecks::website).needing("bucket"),
            Check.of("page", "1.4", "the object index.html, stored as text/html", WebsiteChecks::page)
                    .needing("bucket"),
            Check.of("website-answers", "1.4", "the website shows the page to an anonymous visitor",
                    WebsiteChecks::websiteAnswers).needing("bucket"),
            Check.of("table", "2.1", "the table LabCustomers with the partition key ID (String)", TableChecks::table),
            Check.of("customer-ABC123", "2.2", "the customer ABC123 Manu Kwesi",
                    TableChecks.customer("ABC123", "Manu", "Kwesi")).needing("table"),
            Check.of("customer-ABD124", "2.3", "the customer ABD124 Martha Rivera",
                    TableChecks.customer("ABD124", "Martha", "Rivera")).needing("table")));

    private Lab1Checks() {
    }
}
