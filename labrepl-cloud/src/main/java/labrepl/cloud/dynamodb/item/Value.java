package labrepl.cloud.dynamodb.item;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value, of one of DynamoDB's ten types. Values are immutable;
 * numbers are held in DynamoDB's normalised text form (see {@link DynamoNumber}).
 */
public sealed interface Value {

    /** The type's name on the wire: S, N, B, BOOL, NULL, M, L, SS, NS or BS. */
    String type();

    record S(String value) implements Value {
        public String type() {
            return "S";
        }
    }

    /** A number in normalised text form; {@link #decimal()} for arithmetic and comparison. */
    record N(String value) implements Value {
        public String type() {
            return "N";
        }

        public BigDecimal decimal() {
            return new BigDecimal(value);
        }
    }

    record B(byte[] value) implements Value {
        public String type() {
            return "B";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof B b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "B[" + value.length + " bytes]";
        }
    }

    record Bool(boolean value) implements Value {
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements Value {
        public String type() {
            return "NULL";
        }
    }

    record M(Map<String, Value> value) implements Value {
        public M {
            value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
        }

        public String type() {
            return "M";
        }
    }

    record L(List<Value> value) implements Value {
        public L {
            value = List.copyOf(value);
        }

        public String type() {
            return "L";
        }
    }

    record SS(List<String> value) implements Value {
        public SS {
            value = List.copyOf(value);
        }

        public String type() {
            return "SS";
        }

        /** Sets are equal when they hold the same members, in any order. */
        @Override
        public boolean equals(Object other) {
            return other instanceof SS set && set.value.size() == value.size()
                    && new HashSet<>(value).equals(new HashSet<>(set.value));
        }

        @Override
        public int hashCode() {
            return new HashSet<>(value).hashCode();
        }
    }

    record NS(List<String> value) implements Value {
        public NS {
            value = List.copyOf(value);
        }

        public String type() {
            return "NS";
        }

        /** Sets are equal when they hold the same members, in any order. */
        @Override
        public boolean equals(Object other) {
            return other instanceof NS set && set.value.size() == value.size()
                    && new HashSet<>(value).equals(new HashSet<>(set.value));
        }

        @Override
        public int hashCode() {
            return new HashSet<>(value).hashCode();
        }
    }

    record BS(List<byte[]> value) implements Value {
        public BS {
            value = Collections.unmodifiableList(new ArrayList<>(value));
        }

        public String type() {
            return "BS";
        }

        /** Sets are equal when they hold the same members, in any order. */
        @Override
        public boolean equals(Object other) {
            return other instanceof BS set && set.value.size() == value.size() && members().equals(set.members());
        }

        @Override
        public int hashCode() {
            return members().hashCode();
        }

        private Set<ByteBuffer> members() {
            Set<ByteBuffer> members = new HashSet<>();
            value.forEach(bytes -> members.add(ByteBuffer.wrap(bytes)));
            return members;
        }
    }
}
