package vn.dvc.assistant.evaluation;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.smallrye.config.WithDefault;

/**
 * A configuration mapping as it reads with nothing configured: each method answers its {@code @WithDefault}, or an
 * override. Lets the engine run in a plain test on exactly the defaults the service uses.
 */
public final class ConfigDefaults {

    private ConfigDefaults() {
    }

    public static <T> T of(Class<T> mapping, Map<String, String> overrides) {
        Object proxy = Proxy.newProxyInstance(mapping.getClassLoader(), new Class<?>[] {mapping}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(overrides, args);
            }
            String value = overrides.getOrDefault(method.getName(), defaultOf(method));
            return convert(value, method);
        });
        return mapping.cast(proxy);
    }

    private static String defaultOf(Method method) {
        WithDefault annotation = method.getAnnotation(WithDefault.class);
        if (annotation == null) {
            throw new IllegalStateException(method + " has no default");
        }
        return annotation.value();
    }

    private static Object convert(String value, Method method) {
        Class<?> type = method.getReturnType();
        if (type == double.class) {
            return Double.parseDouble(value);
        }
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type == List.class) {
            return Arrays.stream(value.split(",")).map(String::strip).toList();
        }
        return value;
    }
}
