package labrepl.cloud.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A RequestHandler of POJOs, which AWS's serialisation reads and writes as beans. */
public class Greeter implements RequestHandler<Greeter.Person, Greeter.Greeting> {

    @Override
    public Greeting handleRequest(Person person, Context context) {
        Greeting greeting = new Greeting();
        greeting.setMessage("Hello " + person.getFirstname() + " " + person.getLastname());
        return greeting;
    }

    public static class Person {
        private String firstname;
        private String lastname;

        public String getFirstname() {
            return firstname;
        }

        public void setFirstname(String firstname) {
            this.firstname = firstname;
        }

        public String getLastname() {
            return lastname;
        }

        public void setLastname(String lastname) {
            this.lastname = lastname;
        }
    }

    public static class Greeting {
        private String message;
        private String unset;

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        public String getUnset() {
            return unset;
        }

        public void setUnset(String unset) {
            this.unset = unset;
        }
    }
}
