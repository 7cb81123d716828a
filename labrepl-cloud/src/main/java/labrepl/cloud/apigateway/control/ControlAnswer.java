package labrepl.cloud.apigateway.control;

import com.google.gson.JsonObject;

/** An operation's answer before it is written: a status and a JSON body, none for 204. */
record ControlAnswer(int status, JsonObject body) {

    static ControlAnswer ok(JsonObject body) {
        return new ControlAnswer(200, body);
    }

    static ControlAnswer created(JsonObject body) {
        return new ControlAnswer(201, body);
    }

    static ControlAnswer noContent() {
        return new ControlAnswer(204, null);
    }
}
