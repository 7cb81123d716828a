package labrepl.cloud.apigateway.control;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;

/** GetApis, GetRoutes and the other listings: maxResults per page, nextToken to go on. */
final class Paging {

    private Paging() {
    }

    static <T> ControlAnswer page(ControlRequest request, List<T> all, Function<T, JsonObject> shape) {
        int start = 0;
        String token = request.queryValue("nextToken");
        if (token != null) {
            try {
                start = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw ApiGatewayError.badRequest("Invalid nextToken: " + token);
            }
            if (start < 0 || start > all.size()) {
                throw ApiGatewayError.badRequest("Invalid nextToken: " + token);
            }
        }
        int size = all.size() - start;
        String maxResults = request.queryValue("maxResults");
        if (maxResults != null) {
            try {
                size = Math.min(size, Integer.parseInt(maxResults));
            } catch (NumberFormatException e) {
                throw ApiGatewayError.badRequest("Invalid maxResults: " + maxResults + " is not a number.");
            }
            if (size < 1 && start < all.size()) {
                throw ApiGatewayError.badRequest("Invalid maxResults: " + maxResults + " is below 1.");
            }
        }
        int end = start + Math.max(size, 0);
        return ControlAnswer.ok(Shapes.items(all.subList(start, end).stream().map(shape).toList(),
                end < all.size() ? Integer.toString(end) : null));
    }
}
