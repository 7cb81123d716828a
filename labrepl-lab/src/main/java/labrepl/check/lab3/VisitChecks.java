package labrepl.check.lab3;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.check.TargetReader;
import labrepl.check.Verdict;
import labrepl.helpers.web.WebPage;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Task 3.4 of Lab 3: the API answering a visitor, and the page on the website calling it. */
final class VisitChecks {

    private static final Pattern API_INPUT = Pattern.compile("<input\\b[^>]*\\bid=\"api\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private VisitChecks() {
    }

    /** A GET through the invoke URL, as the page's list button makes it: anonymous, no credentials. */
    static Verdict listsThroughTheInvokeUrl(TargetReader target) throws Exception {
        Api api = CustomerApi.of(target);
        URI url = PageOrigin.resolve(api.apiEndpoint(), "ListCustomers");
        WebPage answer = target.fetch(url);
        String said = "GET " + url + " answers " + answer.status();
        if (answer.status() == 404) {
            return Verdict.failed(said + " Not Found: the API has no route GET /ListCustomers on its $default stage");
        }
        if (answer.status() == 500) {
            return Verdict.failed(said + " Internal Server Error: API Gateway got no answer it could use from"
                    + " ListCustomers; most often the function has no permission for API Gateway to invoke it");
        }
        if (answer.status() != 200) {
            return Verdict.failed(said + " " + answer.body().strip());
        }
        return listsTheCustomers(answer.body()) ? Verdict.passed()
                : Verdict.failed(said + " but not the customers: " + answer.body().strip()
                        + "; ListCustomers should answer {\"result\": [[ID, firstname, lastname], …]}");
    }

    private static boolean listsTheCustomers(String body) {
        try {
            JsonElement answer = JsonParser.parseString(body);
            return answer.isJsonObject() && answer.getAsJsonObject().has("result")
                    && answer.getAsJsonObject().get("result").toString().contains("[\"ABC123\",\"Manu\",\"Kwesi\"]");
        } catch (JsonParseException e) {
            return false;
        }
    }

    /** The page in the bucket has the API's invoke URL as its API Endpoint, as the lab has it pasted in. */
    static Verdict pageCallsTheApi(TargetReader target) {
        String bucket = target.labBucketName();
        String endpoint = PageOrigin.withoutTrailingSlash(CustomerApi.of(target).apiEndpoint()) + "/";
        String upload = "upload it again (aws s3 cp index.html s3://" + bucket + ")";
        String html;
        try {
            html = target.s3().getObjectAsBytes(b -> b.bucket(bucket).key("index.html")).asUtf8String();
        } catch (NoSuchBucketException e) {
            return Verdict.failed("there is no bucket " + bucket + " to serve the page from; Lab 1 makes it");
        } catch (NoSuchKeyException e) {
            return Verdict.failed("the bucket " + bucket + " has no index.html; set the page's API Endpoint to "
                    + endpoint + " and " + upload);
        }
        Matcher input = API_INPUT.matcher(html);
        Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
        if (value == null || !value.find()) {
            return Verdict.failed("the page in the bucket has no API Endpoint field (<input id=\"api\" value=…>);"
                    + " upload the lab's index.html with its API Endpoint set to " + endpoint);
        }
        String calls = value.group(1).strip();
        if (calls.equals("UPDATE-ME")) {
            return Verdict.failed("the page in the bucket still calls UPDATE-ME; set its API Endpoint value to "
                    + endpoint + " and " + upload);
        }
        if (!PageOrigin.withoutTrailingSlash(calls).equals(PageOrigin.withoutTrailingSlash(endpoint))) {
            return Verdict.failed("the page in the bucket calls " + calls + ", not the invoke URL of customer-app, "
                    + endpoint + "; set its API Endpoint value to it and " + upload);
        }
        return Verdict.passed();
    }
}
