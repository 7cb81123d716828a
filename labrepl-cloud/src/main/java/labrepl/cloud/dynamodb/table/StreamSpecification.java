package labrepl.cloud.dynamodb.table;

import com.google.gson.JsonObject;

/**
 * A table's DynamoDB stream as DescribeTable shows it: whether the stream is on and with which
 * view type, and the label of the latest stream, which stays after the stream is turned off
 * (DynamoDB keeps LatestStreamArn and LatestStreamLabel then, and drops StreamSpecification).
 *
 * @param viewType KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES; null while the stream is off
 */
public record StreamSpecification(boolean enabled, String viewType, String latestLabel) {

    /** The latest stream's ARN: the table's, then {@code /stream/LABEL}. */
    public String latestArn(String tableArn) {
        return tableArn + "/stream/" + latestLabel;
    }

    /** The same stream, turned off. */
    public StreamSpecification disabled() {
        return new StreamSpecification(false, null, latestLabel);
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("enabled", enabled);
        if (viewType != null) {
            json.addProperty("viewType", viewType);
        }
        json.addProperty("latestLabel", latestLabel);
        return json;
    }

    static StreamSpecification fromJson(JsonObject json) {
        return new StreamSpecification(json.get("enabled").getAsBoolean(),
                json.has("viewType") ? json.get("viewType").getAsString() : null, json.get("latestLabel").getAsString());
    }
}
