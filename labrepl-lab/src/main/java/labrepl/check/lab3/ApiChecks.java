package labrepl.check.lab3;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import labrepl.check.TargetReader;
import labrepl.check.Verdict;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Cors;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;

/** Task 3.1 and 3.3 of Lab 3: the API itself, its stage and its CORS configuration. */
final class ApiChecks {

    private ApiChecks() {
    }

    static Verdict api(TargetReader target) {
        if (CustomerApi.find(target).isPresent()) {
            return Verdict.passed();
        }
        List<Api> apis = CustomerApi.all(target);
        List<String> similar = apis.stream().map(Api::name)
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("customer")).toList();
        if (!similar.isEmpty()) {
            return Verdict.failed("there is no HTTP API customer-app but there is " + String.join(", ", similar)
                    + "; name the API customer-app");
        }
        return Verdict.failed("there is no HTTP API customer-app in " + target.region() + "; create it (an HTTP API,"
                + " not a REST API) with a Lambda integration to ListCustomers");
    }

    static Verdict stage(TargetReader target) {
        Api api = CustomerApi.of(target);
        List<Stage> stages = target.apigateway().getStages(b -> b.apiId(api.apiId())).items();
        Optional<Stage> main = stages.stream().filter(stage -> stage.stageName().equals("$default")).findFirst();
        if (main.isEmpty()) {
            return Verdict.failed("the API has no $default stage" + (stages.isEmpty() ? ""
                    : " (only " + String.join(", ", stages.stream().map(Stage::stageName).toList()) + ")")
                    + ", so its invoke URL does not answer as the page calls it; add the $default stage with automatic"
                    + " deployment");
        }
        if (!Boolean.TRUE.equals(main.get().autoDeploy()) && main.get().deploymentId() == null) {
            return Verdict.failed("the $default stage has nothing deployed; turn on its automatic deployment (or"
                    + " deploy the API)");
        }
        return Verdict.passed();
    }

    static Verdict cors(TargetReader target) {
        Api api = CustomerApi.of(target);
        Optional<String> origin = PageOrigin.of(target);
        String page = origin.map(o -> "the page at " + o).orElse("the page");
        Cors cors = api.corsConfiguration();
        if (cors == null) {
            return Verdict.failed("the API has no CORS configuration, so the browser keeps its answers from " + page
                    + "; allow the origin * and the methods GET and POST");
        }
        List<String> origins = cors.allowOrigins();
        boolean originAllowed = origins.contains("*") || origin.map(origins::contains).orElse(!origins.isEmpty());
        if (!originAllowed) {
            return Verdict.failed("CORS allows the origins " + String.join(", ", origins) + ", not " + page
                    + "; allow the origin * (or " + origin.orElse("the page's origin") + ")");
        }
        List<String> methods = cors.allowMethods().stream().map(m -> m.toUpperCase(Locale.ROOT)).toList();
        if (methods.contains("*") || methods.containsAll(List.of("GET", "POST"))) {
            return Verdict.passed();
        }
        if (methods.isEmpty()) {
            return Verdict.failed("CORS allows no methods; the page lists with GET and saves with POST");
        }
        String allowed = String.join(" and ", methods);
        String missing = methods.contains("GET") ? "the page's save uses POST" : "the page lists with GET";
        return Verdict.failed("CORS allows " + allowed + " only; " + missing);
    }
}
