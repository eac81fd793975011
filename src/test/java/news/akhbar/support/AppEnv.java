package news.akhbar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings for one test's app in an {@link AppTest}, as NAME=value entries, on top of the class's {@code env()}:
 * {@code @AppEnv("AKHBAR_WRITES_PER_MINUTE=3")}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AppEnv {

  String[] value();
}
