package labrepl.cloud.dynamodb.expression;

/** One lexical token of an expression, with where it sits in the expression's text. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        /** A bare name, a keyword (AND, SET, …) or a function name; the parser tells which. */
        NAME,
        /** {@code #name}: a placeholder from ExpressionAttributeNames. */
        NAME_PLACEHOLDER,
        /** {@code :value}: a placeholder from ExpressionAttributeValues. */
        VALUE_PLACEHOLDER,
        /** Digits, as in a list index. */
        NUMBER,
        /** Punctuation and operators: = <> < <= > >= ( ) [ ] , . + - */
        SYMBOL,
        /** A character no token starts with; the parser reports it as the syntax error. */
        UNKNOWN,
        END
    }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Case-insensitive keyword test, as DynamoDB reads AND, between, Set… */
    boolean isKeyword(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }

    /** How DynamoDB quotes the token in a syntax error. */
    String shown() {
        return kind == Kind.END ? "<EOF>" : text;
    }
}
