package labrepl.cloud.dynamodb.shape;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The declared type of one request member, as DynamoDB's service model states it: its JSON
 * type and its constraints (length, range, enumeration, pattern). Declarations mirror botocore's
 * {@code dynamodb/2012-08-10/service-2.json}; see {@link DynamoDbShapes}.
 */
public sealed interface Shape {

    /** The Java type DynamoDB's deserializer names in its messages, e.g. {@code java.lang.String}. */
    String javaType();

    /**
     * A string; {@code min}/{@code max} bound its length, {@code values} (when not empty) are the
     * only ones allowed, listed in DynamoDB's order. A table name may be given as the table's ARN.
     */
    record Text(Integer min, Integer max, Pattern pattern, List<String> values, boolean tableName) implements Shape {
        public String javaType() {
            return "java.lang.String";
        }
    }

    /** An Integer or Long member ({@code javaType} names which, for messages). */
    record Number(String javaName, Long min, Long max) implements Shape {
        public String javaType() {
            return "java.lang." + javaName;
        }
    }

    record Bool() implements Shape {
        public String javaType() {
            return "java.lang.Boolean";
        }
    }

    record ListOf(Shape member, Integer min, Integer max) implements Shape {
        public String javaType() {
            return "java.util.List<" + member.javaType() + ">";
        }
    }

    /** A map with string keys; {@code key} constrains the keys (checked as "Map keys must satisfy"). */
    record MapOf(Text key, Shape value, Integer min, Integer max) implements Shape {
        public String javaType() {
            return "java.util.Map<java.lang.String, " + value.javaType() + ">";
        }
    }

    /** A structure; its members are checked in the order listed, the order DynamoDB checks them in. */
    record Structure(String name, List<Member> members) implements Shape {
        public String javaType() {
            return "com.amazonaws.dynamodb.v20120810." + name;
        }
    }

    /** DynamoDB's AttributeValue: its content is checked by the operation, not by the constraints. */
    record AttributeValue() implements Shape {
        public String javaType() {
            return "com.amazonaws.dynamodb.v20120810.AttributeValue";
        }
    }

    /** How a structure's member must be present. */
    enum Presence {
        OPTIONAL,
        /** Absent: listed with the other constraint violations ("Member must not be null"). */
        NOT_NULL,
        /** Absent (or a table name of the wrong length): reported alone, before any other constraint. */
        REQUIRED
    }

    record Member(String name, Shape shape, Presence presence) {
    }
}
