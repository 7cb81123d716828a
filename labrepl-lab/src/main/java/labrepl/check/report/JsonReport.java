package labrepl.check.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import labrepl.check.CheckResult;
import labrepl.check.Grader;
import labrepl.check.LabChecks;

/**
 * The grade for a program (an instructor's script over a class): the target, whether all passed,
 * and per lab each check's id, task, title, status and, unless it passed, its message.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(String target, List<LabChecks> labs, List<CheckResult> grades) {
        JsonObject root = new JsonObject();
        root.addProperty("target", target);
        root.addProperty("passed", Grader.allPassed(grades));
        JsonArray labArray = new JsonArray();
        for (LabChecks lab : labs) {
            List<CheckResult> own = grades.stream().filter(grade -> grade.lab().equals(lab.id())).toList();
            JsonObject labObject = new JsonObject();
            labObject.addProperty("lab", lab.id());
            labObject.addProperty("title", lab.title());
            labObject.addProperty("passed", own.stream().filter(g -> g.status() == CheckResult.Status.PASSED).count());
            labObject.addProperty("total", own.size());
            JsonArray checks = new JsonArray();
            for (CheckResult grade : own) {
                JsonObject check = new JsonObject();
                check.addProperty("id", grade.check().id());
                check.addProperty("task", grade.check().task());
                check.addProperty("title", grade.check().title());
                check.addProperty("status", grade.status().label());
                if (!grade.message().isEmpty()) {
                    check.addProperty("message", grade.message());
                }
                checks.add(check);
            }
            labObject.add("checks", checks);
            labArray.add(labObject);
        }
        root.add("labs", labArray);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
