package labrepl.cloud.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets a field of a {@link WithLocalCloud} test class to a part of the class's cloud, as
 * {@code @TempDir} does with a folder: a static field before {@code @BeforeAll}, an instance
 * field before each test. The types are those the extension hands out by parameter.
 *
 * <pre>{@code
 * @WithLocalCloud
 * class BucketsTest {
 *     @ClassCloud
 *     static S3Client s3;
 * }
 * }</pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClassCloud {
}
